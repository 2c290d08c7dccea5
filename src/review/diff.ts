import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { git } from '../runtime/git';
import { InputError } from '../errors';
import { unquoteGitPath } from '../runtime/git-path';
import type { ReviewFinding } from './types';

/** Bytes read to decide whether an untracked file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;

/**
 * The lines added or modified on the current branch since it left `base` (e.g. `origin/main`):
 * the diff from the merge base to the working tree, so commits, staged and unstaged changes all
 * count, and so do untracked files (every line). Paths are relative to `repositoryRoot` with `/`
 * separators; renames are followed (a moved file's unchanged lines are not changed), deleted and
 * binary files are absent, and files outside `repositoryRoot` are left out.
 */
export async function changedLines(repositoryRoot: string, base: string): Promise<Map<string, Set<number>>> {
  await checkWorkTree(repositoryRoot);
  const mergeBase = await mergeBaseWith(repositoryRoot, base);
  const patch = await git(repositoryRoot, [
    '-c',
    'core.quotePath=false',
    'diff',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--unified=0',
    '--find-renames',
    '--relative',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--ignore-submodules=all',
    mergeBase,
    '--',
  ]);
  const changed = addedLinesOfPatch(patch);
  for (const [path, lines] of await untrackedFiles(repositoryRoot)) changed.set(path, lines);
  return changed;
}

/**
 * The findings the change is part of: reported on a changed line, or with a step of their flow on
 * one (a change that removes a check or adds a source makes an old sink vulnerable).
 */
export function onChangedLines(
  findings: ReviewFinding[],
  changed: ReadonlyMap<string, ReadonlySet<number>>,
): ReviewFinding[] {
  const isChanged = (path: string, line: number) => changed.get(path)?.has(line) ?? false;
  return findings.filter(
    (finding) =>
      isChanged(finding.path, finding.loc.line) ||
      (finding.flow ?? []).some((step) => isChanged(step.path, step.loc.line)),
  );
}

async function checkWorkTree(root: string): Promise<void> {
  const inside = await git(root, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
  if (inside.trim() !== 'true') {
    throw new InputError([
      `${root}: not a git working tree; --mode diff compares the branch with --base in git`,
    ]);
  }
}

async function mergeBaseWith(root: string, base: string): Promise<string> {
  if (base.startsWith('-') || base.trim() === '') {
    throw new InputError([`--base "${base}" is not a branch, tag or commit`]);
  }
  const commit = await git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => '');
  if (!commit.trim()) {
    const [, remote = 'origin', branch = base] = /^([^/]+)\/(.+)$/.exec(base) ?? [];
    throw new InputError([
      `--base ${base}: no such branch or commit in ${root}; fetch it first (git fetch ${remote} ${branch}), and in GitHub Actions check out with fetch-depth: 0 (actions/checkout)`,
    ]);
  }
  const mergeBase = await git(root, ['merge-base', commit.trim(), 'HEAD']).catch(() => '');
  if (!mergeBase.trim()) {
    throw new InputError([
      `--base ${base}: HEAD and ${base} share no history here; the clone is probably shallow: fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
    ]);
  }
  return mergeBase.trim();
}

/**
 * The new-side line numbers of every `+` line of a `--unified=0` patch, by new path. Only lines
 * inside a hunk count, so content that looks like a header (`+++ x`) is still content.
 */
export function addedLinesOfPatch(patch: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  let path: string | undefined;
  let nextLine = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = undefined;
      path = undefined;
      inHunk = false;
    } else if (!inHunk && line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space, so that the line can be read back.
      const name = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      path = name === '/dev/null' ? undefined : name.replace(/^b\//, '');
    } else if (line.startsWith('@@ ')) {
      nextLine = Number(/^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line)?.[1] ?? 0);
      inHunk = path !== undefined;
      if (inHunk && path !== undefined && !current) {
        current = new Set();
        changed.set(path, current);
      }
    } else if (inHunk && current) {
      if (line.startsWith('+')) current.add(nextLine++);
      else if (!line.startsWith('-') && !line.startsWith('\\')) inHunk = false;
    }
  }
  for (const [name, lines] of changed) if (lines.size === 0) changed.delete(name);
  return changed;
}

/** Files git does not track yet (and does not ignore): every line of each text file is new. */
async function untrackedFiles(root: string): Promise<Map<string, Set<number>>> {
  const listing = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files = new Map<string, Set<number>>();
  for (const path of listing.split('\0').filter(Boolean)) {
    const bytes = await readFile(join(root, path)).catch(() => undefined);
    if (!bytes || bytes.length === 0 || bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) continue;
    const lineCount = bytes.toString('utf8').split('\n').length - (bytes.at(-1) === 0x0a ? 1 : 0);
    files.set(path, new Set(Array.from({ length: lineCount }, (_, index) => index + 1)));
  }
  return files;
}
