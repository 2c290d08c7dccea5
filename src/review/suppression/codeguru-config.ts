import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileSchema,
  type DocumentPath,
  formatPath,
  parseValidatedYaml,
  type Problem,
  type SourceMap,
} from '../../config/yaml-document';
import { readInputFile } from '../../runtime/files';
import type { Severity } from '../../runtime/severity';
import type { ReviewFinding, RuleMeta } from '../types';
import schema from './codeguru-config.schema.json';
import { namesRuleOf } from './codeguru-detectors';
import { compileJavaGlob, GlobSyntaxError } from './java-glob';

/** CodeGuru Reviewer reads this file at the repository root; so does Rampart. */
export const CODEGURU_CONFIG_FILE = 'aws-codeguru-reviewer.yml';

/** CodeGuru's severities, most severe first; its CLI drops recommendations less severe than the threshold. */
const CODEGURU_SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 5 };
const RANK_OF_SEVERITY: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export interface PathGlob {
  glob: string;
  matches(path: string): boolean;
}

/**
 * The suppressions of an aws-codeguru-reviewer.yml. The AWS user guide documents `version` and
 * `excludeFiles`; CodeGuru's CLI adds `excludeById`, `excludeTags`, `excludeBelowSeverity` and
 * `excludeRecommendations`, and Rampart honours them all.
 */
export interface CodeGuruConfig {
  excludeFiles: PathGlob[];
  /** Fingerprints, rule ids or CodeGuru detector ids. */
  excludeById: string[];
  excludeTags: string[];
  /** As written (`HIGH`), for reasons; compared case-insensitively. */
  excludeBelowSeverity?: string;
  excludeRecommendations: { detectorId: string; locations: PathGlob[] }[];
}

const KEYS = [
  'version',
  'excludeFiles',
  'excludeById',
  'excludeTags',
  'excludeBelowSeverity',
  'excludeRecommendations',
] as const;
type Loose = Record<string, unknown>;

const validateConfig = compileSchema<Loose>(schema);

/** The repository's aws-codeguru-reviewer.yml, or undefined when it has none. */
export async function loadCodeGuruConfig(repositoryRoot: string): Promise<CodeGuruConfig | undefined> {
  const file = join(repositoryRoot, CODEGURU_CONFIG_FILE);
  if (!existsSync(file)) return undefined;
  return parseCodeGuruConfig(await readInputFile(file, 'CodeGuru Reviewer suppression file'), file);
}

/** Every problem of the file at once, each as `file:line: field problem` in one InputError. */
export function parseCodeGuruConfig(text: string, file: string): CodeGuruConfig {
  const { data } = parseValidatedYaml(text, file, {
    validate: validateConfig,
    rootName: 'the file',
    furtherProblems,
  });
  const severity = valueOf(data, 'excludeBelowSeverity');
  return {
    excludeFiles: globsOf(valueOf(data, 'excludeFiles')),
    excludeById: (valueOf(data, 'excludeById') as string[] | undefined) ?? [],
    excludeTags: (valueOf(data, 'excludeTags') as string[] | undefined) ?? [],
    ...(typeof severity === 'string' ? { excludeBelowSeverity: severity } : {}),
    excludeRecommendations: ((valueOf(data, 'excludeRecommendations') as Loose[] | undefined) ?? []).map(
      (entry) => ({
        detectorId: valueOf(entry, 'detectorId') as string,
        locations: globsOf(valueOf(entry, 'locations')),
      }),
    ),
  };
}

/** True for a file `excludeFiles` names: the review need not analyse it at all. */
export function isExcludedPath(config: CodeGuruConfig | undefined, path: string): boolean {
  return config?.excludeFiles.some((glob) => glob.matches(path)) ?? false;
}

/** Why the file suppresses the finding (e.g. `aws-codeguru-reviewer.yml excludeFiles tst/**`), if it does. */
export function codeGuruExclusion(
  config: CodeGuruConfig,
  finding: ReviewFinding,
  rule: RuleMeta | undefined,
): string | undefined {
  const because = (text: string) => `${CODEGURU_CONFIG_FILE} ${text}`;
  const file = config.excludeFiles.find((glob) => glob.matches(finding.path));
  if (file) return because(`excludeFiles ${file.glob}`);
  const id = config.excludeById.find((entry) => entry === finding.fingerprint || namesRuleOf(entry, finding));
  if (id) return because(`excludeById ${id}`);
  const tag = config.excludeTags.find((entry) => rule?.tags.includes(entry));
  if (tag) return because(`excludeTags ${tag}`);
  const threshold = config.excludeBelowSeverity;
  if (
    threshold &&
    RANK_OF_SEVERITY[finding.severity] > (CODEGURU_SEVERITY_RANK[threshold.toLowerCase()] ?? 5)
  ) {
    return because(`excludeBelowSeverity ${threshold}`);
  }
  const recommendation = config.excludeRecommendations.find(
    (entry) =>
      namesRuleOf(entry.detectorId, finding) &&
      (entry.locations.length === 0 || entry.locations.some((glob) => glob.matches(finding.path))),
  );
  if (recommendation) return because(`excludeRecommendations ${recommendation.detectorId}`);
  return undefined;
}

// --- Reading the two spellings of each key

function spellings(key: string): [string, string] {
  return [key, `${key[0]?.toUpperCase()}${key.slice(1)}`];
}

/** The key as written in `map` (`excludeFiles` or `ExcludeFiles`), if either is. */
function writtenKey(map: Loose, key: string): string | undefined {
  return spellings(key).find((spelling) => spelling in map);
}

function valueOf(map: Loose, key: string): unknown {
  const written = writtenKey(map, key);
  return written === undefined ? undefined : map[written];
}

function globsOf(value: unknown): PathGlob[] {
  return ((value as string[] | undefined) ?? []).map((glob) => {
    const regex = compileJavaGlob(glob);
    return { glob, matches: (path: string) => regex.test(path) };
  });
}

// --- Checks the schema cannot express

function furtherProblems(data: unknown, source: SourceMap): Problem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const root = data as Loose;
  const problems: Problem[] = [];
  const at = (path: DocumentPath, text: string) =>
    problems.push({ line: source.lineOf(path), text: `${formatPath(path)} ${text}` });
  for (const key of KEYS) {
    const [camel, pascal] = spellings(key);
    if (camel in root && pascal in root) at([pascal], `and ${camel} are the same key: keep one`);
  }
  if (writtenKey(root, 'version') === undefined) {
    problems.push({ line: 1, text: 'the file is missing "version" (CodeGuru requires version: 1.0)' });
  }
  severityProblem(root, at);
  globProblems(root, 'excludeFiles', [], at);
  const recommendationsKey = writtenKey(root, 'excludeRecommendations');
  const recommendations = recommendationsKey === undefined ? undefined : root[recommendationsKey];
  (Array.isArray(recommendations) ? recommendations : []).forEach((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) return;
    const path = [recommendationsKey as string, index];
    if (writtenKey(entry as Loose, 'detectorId') === undefined) at(path, 'is missing "detectorId"');
    globProblems(entry as Loose, 'locations', path, at);
  });
  return problems;
}

function severityProblem(root: Loose, at: (path: DocumentPath, text: string) => void): void {
  const key = writtenKey(root, 'excludeBelowSeverity');
  const value = key === undefined ? undefined : root[key];
  if (typeof value === 'string' && !(value.toLowerCase() in CODEGURU_SEVERITY_RANK)) {
    at([key as string], `"${value}" must be one of Critical, High, Medium, Low, Info`);
  }
}

function globProblems(
  map: Loose,
  key: string,
  parent: DocumentPath,
  at: (path: DocumentPath, text: string) => void,
): void {
  const written = writtenKey(map, key);
  const globs = written === undefined ? undefined : map[written];
  (Array.isArray(globs) ? globs : []).forEach((glob: unknown, index) => {
    if (typeof glob !== 'string') return;
    try {
      compileJavaGlob(glob);
    } catch (error) {
      if (!(error instanceof GlobSyntaxError)) throw error;
      at([...parent, written as string, index], `"${glob}" is not a valid glob: ${error.message}`);
    }
  });
}
