/**
 * pyproject.toml: PEP 621 `[project] dependencies` and `optional-dependencies`, PEP 735
 * `[dependency-groups]` (PEP 508 strings), and Poetry's `[tool.poetry.dependencies]`,
 * `dev-dependencies` and `group.<name>.dependencies` (`acme-lib = "^1.2"` or `{ version = "^1.2" }`).
 */
import { samePackage } from '../ecosystems';
import { baseName, type BuildFileEditor, type Findings, noFindings, type SourceFile } from './declarations';
import { addRequirement, addSpecifier, POETRY_PINS } from './python-specifiers';
import { entriesOf, readTomlFile, type TomlEntry, type TomlValue, valueAt } from './toml';

export const pyprojectEditor: BuildFileEditor = {
  kind: 'pyproject.toml',
  ecosystem: 'pypi',
  handles: (path) => baseName(path) === 'pyproject.toml',
  find(file, packageName) {
    const entries = readTomlFile(file);
    const findings = noFindings();
    for (const requirement of pep508Strings(entries)) {
      addRequirement(file, requirement.start, requirement.end, packageName, findings);
    }
    for (const entry of poetryDependencies(entries)) {
      if (samePackage('pypi', entry.key.at(-1) ?? '', packageName))
        addPoetryConstraint(file, entry.value, findings);
    }
    return findings;
  },
};

type TomlString = Extract<TomlValue, { kind: 'string' }>;

function pep508Strings(entries: TomlEntry[]): TomlString[] {
  const project = entriesOf(entries, ['project']);
  const lists = [
    ...project.filter((entry) => entry.key[0] === 'dependencies' && entry.key.length === 1),
    ...project.filter((entry) => entry.key[0] === 'optional-dependencies' && entry.key.length === 2),
    ...entriesOf(entries, ['dependency-groups']).filter((entry) => entry.key.length === 1),
  ];
  return lists.flatMap((entry) =>
    entry.value.kind === 'array'
      ? entry.value.items.filter((item): item is TomlString => item.kind === 'string' && !item.verbatim)
      : [],
  );
}

/** Entries whose key ends in a package name, relative to a Poetry dependency table. */
function poetryDependencies(entries: TomlEntry[]): TomlEntry[] {
  return entriesOf(entries, ['tool', 'poetry']).flatMap((entry) => {
    const { key } = entry;
    const table = key[0] === 'group' ? 2 : 0;
    if (!['dependencies', 'dev-dependencies'].includes(key[table] ?? '')) return [];
    const rest = key.slice(table + 1);
    // `acme-lib = "^1.2"`, `acme-lib = { version = "^1.2" }` or `acme-lib.version = "^1.2"`.
    if (rest.length === 1) return [{ ...entry, key: rest }];
    if (rest.length === 2 && rest[1] === 'version') return [{ ...entry, key: rest.slice(0, 1) }];
    return [];
  });
}

function addPoetryConstraint(file: SourceFile, value: TomlValue, findings: Findings): void {
  const constraint = value.kind === 'table' ? valueAt(value.entries, ['version']) : value;
  if (constraint?.kind === 'string' && !constraint.verbatim) {
    addSpecifier(file, constraint.start, constraint.end, POETRY_PINS, findings);
  }
}
