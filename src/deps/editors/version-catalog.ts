/**
 * Gradle version catalogs (gradle/libs.versions.toml and other *.versions.toml): a library under
 * `[libraries]` written as `"group:name:version"`, or as a table with `module = "group:name"` (or
 * `group` and `name`) and `version = "…"`, a rich version (`strictly`, `require`, `prefer`) or
 * `version.ref` naming an entry of `[versions]`, where the version is changed then.
 */
import { isPlainVersion } from '../versions';
import {
  type BuildFileEditor,
  declarationAt,
  type Findings,
  noFindings,
  type SourceFile,
  unchangeableAt,
} from './declarations';
import { entriesOf, groupByName, readTomlFile, type TomlEntry, type TomlValue, valueAt } from './toml';

const RICH_VERSION_KEYS = ['strictly', 'require', 'prefer'];

export const versionCatalogEditor: BuildFileEditor = {
  kind: 'Gradle version catalog',
  ecosystem: 'maven',
  handles: (path) => path.endsWith('.versions.toml'),
  find(file, packageName) {
    const entries = readTomlFile(file);
    const versions = groupByName(entriesOf(entries, ['versions']));
    const findings = noFindings();
    for (const [alias, members] of groupByName(entriesOf(entries, ['libraries']))) {
      const notation = stringNotation(members);
      if (notation) {
        if (notation.module === packageName && notation.version) addString(file, notation.version, findings);
        continue;
      }
      if (moduleOf(members) !== packageName) continue;
      const reference = valueAt(members, ['version', 'ref']);
      if (reference?.kind === 'string') {
        addReferenced(file, versions.get(reference.value), reference, alias, findings);
      } else {
        addVersions(file, versionMembers(members), findings);
      }
    }
    return findings;
  },
};

/** `alias = "group:name:version"`: the module, and the version's place inside the string. */
function stringNotation(members: TomlEntry[]): { module: string; version?: TomlValue } | undefined {
  const [only] = members;
  if (members.length !== 1 || only?.key.length !== 0 || only.value.kind !== 'string') return undefined;
  const { value } = only;
  const parts = value.value.split(':');
  if (parts.length !== 3) return { module: value.value };
  const offset = (parts[0] ?? '').length + (parts[1] ?? '').length + 2;
  return {
    module: parts.slice(0, 2).join(':'),
    version: { ...value, value: parts[2] ?? '', start: value.start + offset },
  };
}

function moduleOf(members: TomlEntry[]): string | undefined {
  const module = valueAt(members, ['module']);
  if (module?.kind === 'string') return module.value;
  const [group, name] = [valueAt(members, ['group']), valueAt(members, ['name'])];
  return group?.kind === 'string' && name?.kind === 'string' ? `${group.value}:${name.value}` : undefined;
}

/** The members of a library's `version` (or a `[versions]` entry) with keys relative to it. */
function versionMembers(members: TomlEntry[]): TomlEntry[] {
  return groupByName(members.filter((member) => member.key[0] === 'version')).get('version') ?? [];
}

function addReferenced(
  file: SourceFile,
  members: TomlEntry[] | undefined,
  reference: Extract<TomlValue, { kind: 'string' }>,
  alias: string,
  findings: Findings,
): void {
  if (!members) {
    findings.unchangeable.push(
      unchangeableAt(
        file,
        reference.start,
        `libraries.${alias} refers to versions.${reference.value}, which is not there`,
      ),
    );
  } else {
    addVersions(file, members, findings);
  }
}

/** A plain `"1.2.3"`, or the `strictly` / `require` / `prefer` of a rich version. */
function addVersions(file: SourceFile, members: TomlEntry[], findings: Findings): void {
  for (const member of members) {
    const [key] = member.key;
    if (key === undefined || RICH_VERSION_KEYS.includes(key)) addString(file, member.value, findings);
  }
}

function addString(file: SourceFile, value: TomlValue, findings: Findings): void {
  if (value.kind === 'string' && !value.verbatim && isPlainVersion(value.value)) {
    findings.declarations.push(declarationAt(file, value.start, value.start + value.value.length));
  } else if (value.kind !== 'table') {
    const shown = value.kind === 'string' ? `"${value.value}"` : 'not a string';
    findings.unchangeable.push(unchangeableAt(file, value.start, `version ${shown} is not a plain version`));
  }
}
