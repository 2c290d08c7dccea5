/**
 * The git side of an update: a temporary worktree of the base branch (the checkout the user ran in
 * is never touched), one commit, and a push of the update branch only when its content changes.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git } from '../runtime/git';
import type { SourceFile } from './editors/declarations';

/** The commit trailer that marks Rampart's own commits on an update branch. */
export const UPDATE_TRAILER = 'Rampart-Update';

export interface GitIdentity {
  name: string;
  email: string;
}

/** The branch pull requests go to: given, else where the remote's HEAD points, else the current branch. */
export async function defaultBaseBranch(root: string, remote: string): Promise<string | undefined> {
  const remoteHead = await git(root, [
    'symbolic-ref',
    '--quiet',
    '--short',
    `refs/remotes/${remote}/HEAD`,
  ]).catch(() => '');
  if (remoteHead.trim()) return remoteHead.trim().slice(remote.length + 1);
  const current = await git(root, ['branch', '--show-current']).catch(() => '');
  return current.trim() || undefined;
}

export interface Worktree {
  path: string;
  remove(): Promise<void>;
}

/** A detached worktree of the remote's base branch, fetched fresh. */
export async function baseWorktree(root: string, remote: string, base: string): Promise<Worktree> {
  const tracking = `refs/remotes/${remote}/${base}`;
  await git(root, ['fetch', '--quiet', remote, `+refs/heads/${base}:${tracking}`]);
  const path = await mkdtemp(join(tmpdir(), 'rampart-update-'));
  await git(root, ['worktree', 'add', '--quiet', '--detach', path, tracking]);
  return {
    path,
    remove: async () => {
      await git(root, ['worktree', 'remove', '--force', path]).catch(() => undefined);
      await rm(path, { recursive: true, force: true });
    },
  };
}

/** Every tracked file, repository-relative. */
export async function trackedFiles(path: string): Promise<string[]> {
  return (await git(path, ['ls-files', '-z'])).split('\0').filter(Boolean);
}

export async function readFiles(path: string, names: string[]): Promise<SourceFile[]> {
  return Promise.all(
    names.map(async (name) => ({ path: name, text: await readFile(join(path, name), 'utf8') })),
  );
}

export async function writeFiles(path: string, files: Map<string, string>): Promise<void> {
  await Promise.all([...files].map(([name, text]) => writeFile(join(path, name), text)));
}

/** Commits the named files with `message` and the Rampart trailer naming the update. */
export async function commitFiles(
  path: string,
  names: string[],
  message: string,
  update: string,
  identity: GitIdentity,
): Promise<void> {
  await git(path, ['add', '--', ...names]);
  await git(
    path,
    [
      '-c',
      'commit.gpgsign=false',
      'commit',
      '--quiet',
      '--no-verify',
      '-m',
      message,
      '-m',
      `${UPDATE_TRAILER}: ${update}`,
    ],
    {
      GIT_AUTHOR_NAME: identity.name,
      GIT_AUTHOR_EMAIL: identity.email,
      GIT_COMMITTER_NAME: identity.name,
      GIT_COMMITTER_EMAIL: identity.email,
    },
  );
}

export type PushOutcome = { pushed: true } | { pushed: false; reason: 'same-content' | 'not-ours' };

/**
 * Pushes HEAD to the branch unless the branch already has the same content. A branch whose last
 * commit is not Rampart's (someone fixed the build there) is left alone.
 */
export async function pushIfChanged(path: string, remote: string, branch: string): Promise<PushOutcome> {
  const ref = `refs/heads/${branch}`;
  const remoteCommit = (await git(path, ['ls-remote', remote, ref])).split(/\s/)[0] ?? '';
  if (remoteCommit) {
    await git(path, ['fetch', '--quiet', remote, ref]);
    const [theirs, ours] = await Promise.all([treeOf(path, remoteCommit), treeOf(path, 'HEAD')]);
    if (theirs === ours) return { pushed: false, reason: 'same-content' };
    const message = await git(path, ['log', '-1', '--format=%B', remoteCommit]);
    if (!message.includes(`${UPDATE_TRAILER}: `)) return { pushed: false, reason: 'not-ours' };
  }
  // The lease: push only over the commit just seen (or onto no branch at all).
  await git(path, ['push', '--quiet', `--force-with-lease=${ref}:${remoteCommit}`, remote, `HEAD:${ref}`]);
  return { pushed: true };
}

async function treeOf(path: string, commit: string): Promise<string> {
  return (await git(path, ['rev-parse', `${commit}^{tree}`])).trim();
}
