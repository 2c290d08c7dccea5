/**
 * What an update changes in a repository: every declaration of the package in its build files, each
 * one moved to the new version unless it is already there or newer (never a downgrade), or its own
 * specifier excludes the new version.
 */
import { InputError } from '../errors';
import {
  type Declaration,
  type Findings,
  type SourceFile,
  spliceVersion,
  type Unchangeable,
  type VersionConstraint,
} from './editors/declarations';
import { editorsFor } from './editors/index';
import type { Release } from './release';
import { compareVersions } from './versions';

export interface Change extends Declaration {
  to: string;
}

export interface UpdatePlan {
  changes: Change[];
  /** Declarations already at the version or newer. */
  atOrAbove: Declaration[];
  unchangeable: Unchangeable[];
  /** The changed files' new text, by path. */
  files: Map<string, string>;
}

/** The build files among `paths` (repository-relative) that an editor of the ecosystem reads, and what they read beside them. */
export function isBuildFileFor(release: Pick<Release, 'ecosystem'>, path: string): boolean {
  return (
    editorsFor(release.ecosystem).some((editor) => editor.handles(path)) || path.endsWith('gradle.properties')
  );
}

export function planUpdate(files: SourceFile[], release: Release): UpdatePlan {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const found = findDeclarations(files, release, byPath);
  if (found.declarations.length === 0 && found.unchangeable.length === 0) {
    const kinds = editorsFor(release.ecosystem).map((editor) => editor.kind);
    throw new InputError([
      `${release.package} (${release.ecosystem}) is not declared in any build file of this repository (looked for it in ${files.length} file(s): ${kinds.join(', ')})`,
    ]);
  }
  const plan: UpdatePlan = {
    changes: [],
    atOrAbove: [],
    unchangeable: [...found.unchangeable],
    files: new Map(),
  };
  for (const declaration of found.declarations) classify(declaration, release, plan);
  plan.unchangeable.sort(byPlace);
  for (const [path, changes] of groupByFile(plan.changes)) {
    plan.files.set(path, spliceVersion(byPath.get(path)?.text ?? '', changes, release.version));
  }
  return plan;
}

function findDeclarations(files: SourceFile[], release: Release, byPath: Map<string, SourceFile>): Findings {
  const context = { readFile: (path: string) => byPath.get(path) };
  const declarations = new Map<string, Declaration>();
  const unchangeable: Unchangeable[] = [];
  for (const file of files) {
    for (const editor of editorsFor(release.ecosystem).filter((candidate) => candidate.handles(file.path))) {
      const findings = editor.find(file, release.package, context);
      // Two references to one property or variable are one declaration.
      for (const declaration of findings.declarations)
        declarations.set(`${declaration.file}:${declaration.start}`, declaration);
      unchangeable.push(...findings.unchangeable);
    }
  }
  return { declarations: [...declarations.values()], unchangeable };
}

function classify(declaration: Declaration, release: Release, plan: UpdatePlan): void {
  const order = compareVersions(declaration.current, release.version, release.ecosystem) ?? 0;
  if (order >= 0) {
    plan.atOrAbove.push(declaration);
    return;
  }
  const unmet = (declaration.constraints ?? []).find((constraint) => !meets(release, constraint));
  if (unmet) {
    plan.unchangeable.push({
      file: declaration.file,
      line: declaration.line,
      reason: `${release.version} does not meet "${unmet.operator}${unmet.version}" written beside it: widen that by hand`,
    });
    return;
  }
  plan.changes.push({ ...declaration, to: release.version });
}

function meets(release: Release, constraint: VersionConstraint): boolean {
  const order = compareVersions(release.version, constraint.version, release.ecosystem);
  if (order === undefined) return true;
  switch (constraint.operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '!=':
      return order !== 0;
    case '==':
    case '===':
      return order === 0;
    default:
      return true;
  }
}

function byPlace(a: { file: string; line: number }, b: { file: string; line: number }): number {
  return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}

function groupByFile(changes: Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) groups.set(change.file, [...(groups.get(change.file) ?? []), change]);
  return groups;
}
