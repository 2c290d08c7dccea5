import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { unquoteGitPath } from '../../runtime/git-path';
import type { ScanDocument } from '../engine';
import type { LineOrigin } from '../types';

/** The lines one commit (or the index) added to one file. */
export interface AddedLines {
  path: string;
  commit?: string;
  author?: string;
  lines: string[];
  lineNumbers: number[];
}

export interface DiffStats {
  commits: number;
  /** Files whose changes git showed as binary: not scanned. */
  binaryFiles: string[];
}

export function addedLinesDocument(added: AddedLines): ScanDocument {
  return {
    lineCount: added.lines.length,
    characterCount: added.lines.reduce((sum, line) => sum + line.length + 1, 0),
    line: (index) => added.lines[index] ?? '',
    originOf: (index): LineOrigin => ({
      path: added.path,
      line: added.lineNumbers[index] ?? 0,
      commit: added.commit,
      author: added.author,
    }),
  };
}

const COMMIT_MARK = '\u001ecommit ';
/** Patch options: no colour, no external or text-converted diffs, no context, renames followed. */
const PATCH_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--find-renames'];

/** Runs git in `cwd` and yields its output line by line, without holding it all in memory. */
async function* gitLines(cwd: string, args: string[]): AsyncGenerator<string> {
  const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exit = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? 1));
  });
  yield* createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
  const code = await exit;
  if (code !== 0) throw new Error(`git ${args[0]} failed: ${stderr.trim() || `exit code ${code}`}`);
}

export async function git(cwd: string, args: string[]): Promise<string> {
  const lines: string[] = [];
  for await (const line of gitLines(cwd, args)) lines.push(line);
  return lines.join('\n');
}

/** The added lines of every commit `git log` selects with `revisions`, oldest first. */
export function addedLinesOfCommits(
  cwd: string,
  revisions: string[],
  stats: DiffStats,
): AsyncGenerator<AddedLines> {
  const format = `--format=${COMMIT_MARK}%H%x1f%an <%ae>`;
  return parsePatch(
    gitLines(cwd, ['log', '--reverse', '-p', format, ...PATCH_OPTIONS, ...revisions, '--']),
    stats,
  );
}

/** The added lines staged in the index. */
export function addedLinesStaged(cwd: string, stats: DiffStats): AsyncGenerator<AddedLines> {
  return parsePatch(gitLines(cwd, ['diff', '--cached', ...PATCH_OPTIONS]), stats);
}

/**
 * Reads a patch (`git log -p` or `git diff`) and yields the added lines per commit and file. Only
 * lines inside a hunk count, so a content line that looks like a header (`+++ x`) is still content.
 */
async function* parsePatch(lines: AsyncIterable<string>, stats: DiffStats): AsyncGenerator<AddedLines> {
  let commit: string | undefined;
  let author: string | undefined;
  let current: AddedLines | undefined;
  let nextLine = 0;
  let inHunk = false;
  const flush = function* () {
    if (current && current.lines.length > 0) yield current;
    current = undefined;
  };
  for await (const line of lines) {
    if (line.startsWith(COMMIT_MARK)) {
      yield* flush();
      [commit, author] = line.slice(COMMIT_MARK.length).split('\u001f');
      stats.commits++;
      inHunk = false;
    } else if (line.startsWith('diff --git ')) {
      yield* flush();
      inHunk = false;
    } else if (!inHunk && line.startsWith('+++ ')) {
      // git ends the name with a tab when it holds a space, so that the line can be read back.
      const path = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      current =
        path === '/dev/null'
          ? undefined
          : { path: path.replace(/^b\//, ''), commit, author, lines: [], lineNumbers: [] };
    } else if (!inHunk && line.startsWith('Binary files ')) {
      stats.binaryFiles.push(binaryPath(line));
    } else if (line.startsWith('@@ ')) {
      const start = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
      nextLine = Number(start?.[1] ?? 0);
      inHunk = current !== undefined;
    } else if (inHunk && current) {
      if (line.startsWith('+')) {
        current.lines.push(line.slice(1));
        current.lineNumbers.push(nextLine++);
      } else if (line.startsWith(' ')) {
        nextLine++;
      } else if (!line.startsWith('-') && !line.startsWith('\\')) {
        inHunk = false;
      }
    }
  }
  yield* flush();
}

function binaryPath(line: string): string {
  const match = /^Binary files (?:a\/.*|\/dev\/null) and (.*) differ$/.exec(line);
  const path = match?.[1] ?? line;
  return unquoteGitPath(path).replace(/^b\//, '');
}
