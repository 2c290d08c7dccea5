/**
 * Gradle build.gradle (Groovy) and build.gradle.kts (Kotlin): string notation
 * `"group:name:version[:classifier][@ext]"` and map notation `group: 'g', name: 'n', version: 'v'`
 * (Kotlin: `group = "g", name = "n", version = "v"`). A version written as `$name` / `${name}` (or a
 * bare `name` in map notation) is followed to its assignment in the same script or to
 * gradle.properties. Comments are ignored.
 */
import { isPlainVersion } from '../versions';
import { withoutComments } from './code-text';
import {
  baseName,
  type BuildFileEditor,
  declarationAt,
  directoryOf,
  type EditorContext,
  type Findings,
  joinPath,
  noFindings,
  type SourceFile,
  unchangeableAt,
} from './declarations';

const STRING_NOTATION = /(["'])([\w.-]+):([\w.-]+):([^"':@\s]+)(?::[\w.-]+)?(?:@[\w.-]+)?\1/dg;
const MAP_NOTATION =
  /\bgroup\s*[:=]\s*(["'])([^"'\n]+)\1\s*,\s*name\s*[:=]\s*(["'])([^"'\n]+)\3\s*,\s*version\s*[:=]\s*(?:(["'])([^"'\n]+)\5|([A-Za-z_]\w*))/dg;
const VARIABLE_REFERENCE = /^\$\{?([A-Za-z_]\w*)\}?$/;

export const gradleBuildEditor: BuildFileEditor = {
  kind: 'Gradle build script',
  ecosystem: 'maven',
  handles: (path) => ['build.gradle', 'build.gradle.kts'].includes(baseName(path)),
  find(file, packageName, context) {
    const code = withoutComments(file.text);
    const [group, name] = packageName.split(':');
    const findings = noFindings();
    for (const match of code.matchAll(STRING_NOTATION)) {
      if (match[2] !== group || match[3] !== name) continue;
      const [start, end] = match.indices?.[4] ?? [0, 0];
      const variable = match[1] === '"' ? VARIABLE_REFERENCE.exec(match[4] ?? '')?.[1] : undefined;
      addVersion({ file, code, context, findings }, start, end, variable);
    }
    for (const match of code.matchAll(MAP_NOTATION)) {
      if (match[2] !== group || match[4] !== name) continue;
      const quoted = match.indices?.[6];
      const variable = quoted ? VARIABLE_REFERENCE.exec(match[6] ?? '')?.[1] : match[7];
      const [start, end] = quoted ?? match.indices?.[7] ?? [0, 0];
      addVersion({ file, code, context, findings }, start, end, variable);
    }
    return findings;
  },
};

interface Search {
  file: SourceFile;
  code: string;
  context: EditorContext;
  findings: Findings;
}

function addVersion(search: Search, start: number, end: number, variable: string | undefined): void {
  const { file, findings } = search;
  const written = file.text.slice(start, end);
  if (variable) {
    followVariable(search, variable, start);
  } else if (isPlainVersion(written)) {
    findings.declarations.push(declarationAt(file, start, end));
  } else {
    findings.unchangeable.push(unchangeableAt(file, start, `version "${written}" is not a plain version`));
  }
}

/** `def v = '1.0'`, `val v = "1.0"`, `ext.v = '1.0'`, `v = '1.0'` in an ext block; else gradle.properties. */
function followVariable(search: Search, variable: string, referenceAt: number): void {
  const { file, code, findings } = search;
  const assignment = new RegExp(
    String.raw`(?:(?<![\w$])ext\.|(?<![\w.$]))${variable}\s*=\s*(["'])([^"'$\\\n]*)\1`,
    'dg',
  );
  const inScript = [...code.matchAll(assignment)].map((match) => match.indices?.[2] ?? [0, 0]);
  const located = inScript.length > 0 ? { file, ranges: inScript } : inGradleProperties(search, variable);
  if (!located) {
    findings.unchangeable.push(
      unchangeableAt(
        file,
        referenceAt,
        `version comes from ${variable}, set neither in this script nor in gradle.properties`,
      ),
    );
    return;
  }
  for (const [start, end] of located.ranges) {
    const value = located.file.text.slice(start, end);
    if (isPlainVersion(value)) findings.declarations.push(declarationAt(located.file, start, end));
    else
      findings.unchangeable.push(
        unchangeableAt(located.file, start, `${variable} is "${value}", not a plain version`),
      );
  }
}

/** The property in gradle.properties beside the script, or at the repository root. */
function inGradleProperties(
  { file, context }: Search,
  variable: string,
): { file: SourceFile; ranges: [number, number][] } | undefined {
  const candidates = [joinPath(directoryOf(file.path), 'gradle.properties'), 'gradle.properties'];
  for (const path of new Set(candidates)) {
    const properties = context.readFile(path);
    const match =
      properties &&
      new RegExp(String.raw`^[ \t]*${variable}[ \t]*[=:][ \t]*(\S.*?)[ \t]*\r?$`, 'md').exec(properties.text);
    if (properties && match?.indices?.[1]) return { file: properties, ranges: [match.indices[1]] };
  }
  return undefined;
}
