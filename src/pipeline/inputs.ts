import { join, relative, resolve, sep } from 'node:path';
import { templateParameters } from '../deploy/template';
import type { TemplateSource } from '../deploy/types';
import { InputError } from '../errors';
import { loadManifest } from '../manifest/load-manifest';
import type { Manifest } from '../manifest/types';
import { readInputFile } from '../runtime/files';
import { INSTALL_ROOT } from '../runtime/install-root';
import { BUILDSPEC_NAMES, type BuildspecTexts } from './buildspecs';
import { loadPipelineConfig } from './load-config';
import type { PipelineConfig } from './types';

export interface PipelineFiles {
  manifest: string;
  config: string;
}

export interface LoadedPipelineFiles {
  manifest: Manifest;
  config: PipelineConfig;
  /** The two paths relative to the repository root, as the build finds them in the source. */
  manifestPath: string;
  configPath: string;
}

/**
 * Reads the manifest and pipeline.yml. Both must lie inside `repositoryRoot` (the current directory):
 * the generated build reads them again from the source at the same relative paths.
 */
export async function loadPipelineFiles(
  files: PipelineFiles,
  repositoryRoot: string,
): Promise<LoadedPipelineFiles> {
  const manifestPath = pathInRepository(files.manifest, '--manifest', repositoryRoot);
  const configPath = pathInRepository(files.config, '--config', repositoryRoot);
  const manifest = await loadManifest(files.manifest);
  const config = await loadPipelineConfig(files.config, manifest.defaults);
  return { manifest, config, manifestPath, configPath };
}

function pathInRepository(file: string, flag: string, repositoryRoot: string): string {
  const path = relative(repositoryRoot, resolve(repositoryRoot, file));
  if (path.startsWith('..') || resolve(path) === path) {
    throw new InputError([
      `${flag} ${file} is outside ${repositoryRoot}: run rampart pipeline from the repository root with files inside it, so that the build finds them in the source at the same paths`,
    ]);
  }
  return path.split(sep).join('/');
}

/** pipelines/buildspecs/*.yml of this Rampart installation. */
export async function loadBuildspecs(
  directory = join(INSTALL_ROOT, 'pipelines', 'buildspecs'),
): Promise<BuildspecTexts> {
  const texts = await Promise.all(
    BUILDSPEC_NAMES.map((name) => readInputFile(join(directory, `${name}.yml`), 'buildspec')),
  );
  return Object.fromEntries(BUILDSPEC_NAMES.map((name, index) => [name, texts[index]])) as BuildspecTexts;
}

/** The application template of the build output, for its parameters; its size does not matter to CodePipeline. */
export async function loadBuiltTemplate(file: string): Promise<TemplateSource> {
  const body = await readInputFile(file, 'the application template (pipeline.yml template)');
  return { kind: 'body', file, body, parameters: templateParameters(body, file) };
}
