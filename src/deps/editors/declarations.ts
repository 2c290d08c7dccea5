/**
 * What every build-file editor reports: where a package's version is written (file and character
 * offsets), so that a new version is spliced into the original text and nothing else changes.
 */
import type { Ecosystem } from '../ecosystems';

/** A version written in a file, at [start, end) of its text. */
export interface Declaration {
  /** Repository-relative path, `/`-separated. */
  file: string;
  line: number;
  start: number;
  end: number;
  current: string;
  /** Other clauses of the same specifier (`<2.0` in `>=1.2,<2.0`) that the new version must meet. */
  constraints?: VersionConstraint[];
}

export interface VersionConstraint {
  operator: string;
  version: string;
}

/** The package is declared here, but not in a way Rampart can change (a range, a variable it cannot follow…). */
export interface Unchangeable {
  file: string;
  line: number;
  reason: string;
}

export interface Findings {
  declarations: Declaration[];
  unchangeable: Unchangeable[];
}

export interface SourceFile {
  path: string;
  text: string;
}

export interface EditorContext {
  /** Another file of the repository by relative path (gradle.properties), if it exists. */
  readFile(path: string): SourceFile | undefined;
}

export interface BuildFileEditor {
  /** How the file kind is named in messages, e.g. "Maven pom.xml". */
  kind: string;
  ecosystem: Ecosystem;
  handles(path: string): boolean;
  find(file: SourceFile, packageName: string, context: EditorContext): Findings;
}

export function noFindings(): Findings {
  return { declarations: [], unchangeable: [] };
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
  }
  return line;
}

export function declarationAt(file: SourceFile, start: number, end: number): Declaration {
  return {
    file: file.path,
    line: lineAt(file.text, start),
    start,
    end,
    current: file.text.slice(start, end),
  };
}

export function unchangeableAt(file: SourceFile, offset: number, reason: string): Unchangeable {
  return { file: file.path, line: lineAt(file.text, offset), reason };
}

/** The text with each declaration's version replaced by `version`, every other byte as it was. */
export function spliceVersion(text: string, declarations: Declaration[], version: string): string {
  const unique = [...new Map(declarations.map((declaration) => [declaration.start, declaration])).values()];
  let result = text;
  for (const declaration of unique.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, declaration.start) + version + result.slice(declaration.end);
  }
  return result;
}

/** The last segment of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function joinPath(directory: string, name: string): string {
  return directory ? `${directory}/${name}` : name;
}
