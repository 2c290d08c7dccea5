/** npm lockfiles follow their package.json: `npm install --package-lock-only --ignore-scripts`. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { baseName, directoryOf, joinPath } from './editors/declarations';

const execFileAsync = promisify(execFile);
const LOCKFILE = 'package-lock.json';
/** A registry slow to answer is still an answer; a hung one is not. */
const NPM_TIMEOUT_MS = 10 * 60_000;

/** Brings the lockfile in `directory` (absolute) in line with its package.json. */
export type LockfileRefresher = (directory: string) => Promise<void>;

export const npmLockfileRefresher: LockfileRefresher = async (directory) => {
  try {
    await execFileAsync(
      'npm',
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: directory, timeout: NPM_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    const lines = (stderr || message).trim().split('\n');
    throw new Error(`npm install --package-lock-only failed in ${directory}: ${lines.slice(-5).join(' | ')}`);
  }
};

/**
 * The lockfiles (repository-relative) that cover the changed package.json files: the nearest
 * package-lock.json at or above each one (a workspace root's lockfile covers its members).
 */
export function lockfilesFor(changedFiles: string[], trackedFiles: string[]): string[] {
  const tracked = new Set(trackedFiles);
  const lockfiles = new Set<string>();
  for (const file of changedFiles.filter((path) => baseName(path) === 'package.json')) {
    for (let directory = directoryOf(file); ; directory = directoryOf(directory)) {
      const candidate = joinPath(directory, LOCKFILE);
      if (tracked.has(candidate)) {
        lockfiles.add(candidate);
        break;
      }
      if (!directory) break;
    }
  }
  return [...lockfiles];
}
