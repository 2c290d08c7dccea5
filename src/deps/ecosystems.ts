import { InputError } from '../errors';

/** Package formats, named as CodeArtifact's `packageFormat` names them. */
export const ECOSYSTEMS = ['maven', 'npm', 'pypi'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** `where` names the flag, input or field the value came from, e.g. `--ecosystem`. */
export function parseEcosystem(value: string, where: string): Ecosystem {
  const lower = value.trim().toLowerCase();
  if ((ECOSYSTEMS as readonly string[]).includes(lower)) return lower as Ecosystem;
  throw new InputError([`${where} "${value}" is not a known ecosystem (known: ${ECOSYSTEMS.join(', ')})`]);
}

/** Problems with a package name as its ecosystem spells it; none when it is well formed. */
export function packageNameProblems(ecosystem: Ecosystem, name: string, where: string): string[] {
  const shapes: Record<Ecosystem, { pattern: RegExp; example: string }> = {
    maven: { pattern: /^[\w.-]+:[\w.-]+$/, example: 'group:artifact, e.g. com.acme:shared-lib' },
    npm: { pattern: /^(@[\w.-]+\/)?[\w.-]+$/, example: 'name or @scope/name' },
    pypi: { pattern: /^[A-Za-z0-9]([\w.-]*[A-Za-z0-9])?$/, example: 'a PyPI project name, e.g. acme-lib' },
  };
  const shape = shapes[ecosystem];
  return shape.pattern.test(name)
    ? []
    : [`${where} "${name}" is not a ${ecosystem} package name (${shape.example})`];
}

/** The form two spellings of one package share: PyPI names ignore case and treat `-`, `_`, `.` alike. */
export function canonicalPackageName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}

export function samePackage(ecosystem: Ecosystem, a: string, b: string): boolean {
  return canonicalPackageName(ecosystem, a) === canonicalPackageName(ecosystem, b);
}

/** `rampart/update-<package>-<version>`, with what git refuses in a branch name replaced. */
export function updateBranchName(packageName: string, version: string): string {
  return `${UPDATE_BRANCH_PREFIX}${refPart(packageName)}-${refPart(version)}`;
}

export const UPDATE_BRANCH_PREFIX = 'rampart/update-';

function refPart(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}
