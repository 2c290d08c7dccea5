/**
 * Repositories for the dependency loop: a bare repository standing for the GitHub one (the remote)
 * and a clone of it, the checkout a workflow would have. No jest here: the demo uses it too.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface LocalRepository {
  /** The bare repository: what GitHub would hold. */
  remote: string;
  /** A clone with `origin` pointing at the remote. */
  checkout: string;
  /** Commits files to main through another clone and pushes them, as a colleague would. */
  pushToMain(files: Record<string, string>, message?: string): void;
  /** A file as the remote has it on a branch; undefined when the branch or file is not there. */
  fileOn(branch: string, path: string): string | undefined;
  branchCommit(branch: string): string | undefined;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

const IDENTITY = [
  '-c',
  'user.name=Dev One',
  '-c',
  'user.email=dev1@example.com',
  '-c',
  'commit.gpgsign=false',
];

export function commitAll(cwd: string, files: Record<string, string>, message: string): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content);
  }
  git(cwd, 'add', '--all');
  git(cwd, ...IDENTITY, 'commit', '--quiet', '-m', message);
}

/** A repository whose main branch holds `files`, and a fresh clone of it. */
export function localRepository(name: string, files: Record<string, string>): LocalRepository {
  const root = mkdtempSync(join(tmpdir(), `rampart-deps-${name}-`));
  const remote = join(root, `${name}.git`);
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', remote);
  const clone = (directory: string) => {
    git(root, 'clone', '--quiet', remote, directory);
    return join(root, directory);
  };
  const seed = join(root, 'seed');
  mkdirSync(seed);
  git(seed, 'init', '--quiet', '--initial-branch=main');
  commitAll(seed, files, 'start');
  git(seed, 'push', '--quiet', remote, 'HEAD:refs/heads/main');
  const checkout = clone('checkout');
  let colleagues = 0;
  return {
    remote,
    checkout,
    pushToMain(changes, message = 'change on main') {
      const colleague = clone(`colleague-${++colleagues}`);
      commitAll(colleague, changes, message);
      git(colleague, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
    },
    fileOn(branch, path) {
      try {
        return execFileSync('git', ['show', `refs/heads/${branch}:${path}`], {
          cwd: remote,
          encoding: 'utf8',
          stdio: 'pipe',
        });
      } catch {
        return undefined;
      }
    },
    branchCommit(branch) {
      try {
        return git(remote, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`);
      } catch {
        return undefined;
      }
    },
  };
}
