/**
 * npm package.json: the package under dependencies, devDependencies, peerDependencies or
 * optionalDependencies, written as a version or a `^` / `~` / `>=` / `=` range of one; the range
 * operator stays. JSON is YAML 1.2, so the yaml parser gives every value's offsets in the text.
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../../errors';
import {
  baseName,
  type BuildFileEditor,
  declarationAt,
  type Findings,
  noFindings,
  type SourceFile,
  unchangeableAt,
} from './declarations';

export const DEPENDENCY_SECTIONS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

/** An operator, then a version (1.2.3, 1.2, 1.2.3-beta.1); the version is what changes. */
const SIMPLE_RANGE = /^(\^|~|>=|=)?\s*(v?)(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/;

export const npmPackageEditor: BuildFileEditor = {
  kind: 'npm package.json',
  ecosystem: 'npm',
  handles: (path) => baseName(path) === 'package.json',
  find(file, packageName) {
    const manifest = readManifest(file);
    const findings = noFindings();
    if (!isMap(manifest)) return findings;
    for (const section of DEPENDENCY_SECTIONS) {
      const dependencies = manifest.get(section, true);
      if (!isMap(dependencies)) continue;
      for (const pair of dependencies.items) {
        if (isScalar(pair.key) && pair.key.value === packageName) addRange(file, pair.value, findings);
      }
    }
    return findings;
  },
};

function readManifest(file: SourceFile): unknown {
  const lineCounter = new LineCounter();
  const document = parseDocument(file.text, { lineCounter, prettyErrors: false });
  const [error] = document.errors;
  if (error) {
    const { line } = lineCounter.linePos(error.pos[0]);
    throw new InputError([`${file.path}:${line}: not valid JSON: ${error.message.split('\n')[0]}`]);
  }
  return document.contents;
}

function addRange(file: SourceFile, node: unknown, findings: Findings): void {
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
  // Inside the quotes; a value written with escapes is not the text it reads as, and is left alone.
  const [start, end] = [node.range[0] + 1, node.range[1] - 1];
  const written = file.text.slice(start, end);
  const range = SIMPLE_RANGE.exec(written);
  if (written !== node.value || !range) {
    findings.unchangeable.push(
      unchangeableAt(file, start, `"${node.value}" is not a version or a ^ / ~ / >= range of one`),
    );
    return;
  }
  const versionStart = end - (range[3] ?? '').length;
  findings.declarations.push(declarationAt(file, versionStart, end));
}
