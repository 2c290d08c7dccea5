import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/errors';
import { changedLines, onChangedLines } from '../src/review/diff';
import { tempDir } from './support/deploy-fixtures';
import { GitRepo } from './support/git-repo';
import { HASH_FINDING, TRAVERSAL_FINDING } from './support/review-result';

const lines = (count: number, prefix = 'line') =>
  `${Array.from({ length: count }, (_, index) => `${prefix} ${index + 1}`).join('\n')}\n`;

function replaceLines(text: string, replacements: Record<number, string[]>): string {
  const old = text.trimEnd().split('\n');
  return `${old.flatMap((line, index) => replacements[index + 1] ?? [line]).join('\n')}\n`;
}

async function inputProblems(action: () => Promise<unknown>): Promise<string[]> {
  const error = await action().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (error instanceof InputError) return error.problems;
  throw new Error(`expected an InputError, got ${String(error)}`);
}

const sorted = (changed: Map<string, Set<number>>) =>
  Object.fromEntries(
    [...changed]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, set]) => [path, [...set].sort((a, b) => a - b)]),
  );

/** main with a few files; a feature branch off it; main moving on afterwards. */
function repositoryWithBranch(): GitRepo {
  const repo = new GitRepo();
  repo.commit(
    {
      'src/A.java': lines(10),
      'src/B.py': lines(5),
      'src/Old.java': lines(8, 'old'),
      'src/Gone.java': lines(4),
      'src/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
      'src/counter.js': lines(3),
    },
    'base',
  );
  repo.git('checkout', '--quiet', '-b', 'feature');
  return repo;
}

describe('changedLines', () => {
  test('modified and added lines, a new file, a rename with one edit; deleted and binary files are absent', async () => {
    const repo = repositoryWithBranch();
    repo.commit(
      {
        'src/A.java': replaceLines(lines(10), { 3: ['changed 3'], 7: ['line 7', 'added a', 'added b'] }),
        'src/New.java': lines(3, 'new'),
        'src/Old.java': null,
        'src/Moved.java': replaceLines(lines(8, 'old'), { 5: ['edited after the move'] }),
        'src/Gone.java': null,
        'src/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]),
        'src/counter.js': replaceLines(lines(3), { 2: ['++counter;'] }),
      },
      'feature work',
    );
    expect(sorted(await changedLines(repo.root, 'main'))).toEqual({
      'src/A.java': [3, 8, 9],
      'src/Moved.java': [5],
      'src/New.java': [1, 2, 3],
      'src/counter.js': [2],
    });
  });

  test('only the branch since its merge base counts, not what main did since', async () => {
    const repo = repositoryWithBranch();
    repo.commit({ 'src/A.java': replaceLines(lines(10), { 2: ['feature 2'] }) }, 'feature');
    repo.git('checkout', '--quiet', 'main');
    repo.commit({ 'src/B.py': replaceLines(lines(5), { 4: ['main moved on'] }) }, 'main moves on');
    repo.git('checkout', '--quiet', 'feature');
    expect(sorted(await changedLines(repo.root, 'main'))).toEqual({ 'src/A.java': [2] });
  });

  test('uncommitted changes count too: unstaged, staged, and untracked text files (every line)', async () => {
    const repo = repositoryWithBranch();
    writeFileSync(join(repo.root, 'src/A.java'), replaceLines(lines(10), { 1: ['edited, not staged'] }));
    writeFileSync(join(repo.root, 'src/B.py'), replaceLines(lines(5), { 5: ['staged'] }));
    repo.git('add', 'src/B.py');
    writeFileSync(join(repo.root, 'src/Untracked.java'), 'class Untracked {\n}\n');
    writeFileSync(join(repo.root, 'src/untracked.bin'), Buffer.from([1, 0, 2]));
    writeFileSync(join(repo.root, 'src/empty.py'), '');
    writeFileSync(join(repo.root, '.gitignore'), 'ignored/\n');
    mkdirSync(join(repo.root, 'ignored'));
    writeFileSync(join(repo.root, 'ignored/Secret.java'), 'class Secret {}\n');
    expect(sorted(await changedLines(repo.root, 'main'))).toEqual({
      '.gitignore': [1],
      'src/A.java': [1],
      'src/B.py': [5],
      'src/Untracked.java': [1, 2],
    });
  });

  test('a working tree change that undoes a committed one leaves nothing changed', async () => {
    const repo = repositoryWithBranch();
    repo.commit({ 'src/A.java': replaceLines(lines(10), { 4: ['feature 4'] }) }, 'feature');
    writeFileSync(join(repo.root, 'src/A.java'), lines(10));
    expect(sorted(await changedLines(repo.root, 'main'))).toEqual({});
  });

  test('paths with spaces, quotes and non-ASCII letters come back as written', async () => {
    const repo = repositoryWithBranch();
    repo.commit({ 'src/dir with space/naïve "q".py': lines(2) }, 'odd names');
    expect(sorted(await changedLines(repo.root, 'main'))).toEqual({
      'src/dir with space/naïve "q".py': [1, 2],
    });
  });

  test('a root below the top of the repository: its files only, relative to it', async () => {
    const repo = repositoryWithBranch();
    repo.commit(
      { 'src/A.java': replaceLines(lines(10), { 6: ['six'] }), 'docs/notes.md': lines(1) },
      'feature',
    );
    writeFileSync(join(repo.root, 'src/Untracked.java'), 'class U {}\n');
    expect(sorted(await changedLines(join(repo.root, 'src'), 'main'))).toEqual({
      'A.java': [6],
      'Untracked.java': [1],
    });
  });

  test('a base that does not exist is bad input telling how to fetch it', async () => {
    const repo = repositoryWithBranch();
    expect(await inputProblems(() => changedLines(repo.root, 'origin/main'))).toEqual([
      `--base origin/main: no such branch or commit in ${repo.root}; fetch it first (git fetch origin main), and in GitHub Actions check out with fetch-depth: 0 (actions/checkout)`,
    ]);
    expect(await inputProblems(() => changedLines(repo.root, 'release'))).toEqual([
      `--base release: no such branch or commit in ${repo.root}; fetch it first (git fetch origin release), and in GitHub Actions check out with fetch-depth: 0 (actions/checkout)`,
    ]);
    expect(await inputProblems(() => changedLines(repo.root, '--output=x'))).toEqual([
      '--base "--output=x" is not a branch, tag or commit',
    ]);
  });

  test('a base with no history in common (as in a shallow clone) is bad input', async () => {
    const repo = repositoryWithBranch();
    repo.git('checkout', '--quiet', '--orphan', 'unrelated');
    repo.git('rm', '-r', '--quiet', '--cached', '.');
    rmSync(join(repo.root, 'src'), { recursive: true });
    repo.commit({ 'other.txt': 'x\n' }, 'unrelated root');
    expect(await inputProblems(() => changedLines(repo.root, 'main'))).toEqual([
      '--base main: HEAD and main share no history here; the clone is probably shallow: fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)',
    ]);
  });

  test('a folder that is not a git working tree is bad input', async () => {
    const folder = tempDir();
    expect(await inputProblems(() => changedLines(folder, 'main'))).toEqual([
      `${folder}: not a git working tree; --mode diff compares the branch with --base in git`,
    ]);
  });
});

describe('onChangedLines', () => {
  test('keeps the findings reported on a changed line of their file, and only those without a changed flow step', () => {
    const changed = new Map([
      [TRAVERSAL_FINDING.path, new Set([41, 42])],
      ['src/other.py', new Set([7])],
    ]);
    expect(onChangedLines([TRAVERSAL_FINDING, HASH_FINDING], changed)).toEqual([TRAVERSAL_FINDING]);
    expect(onChangedLines([TRAVERSAL_FINDING], new Map([[TRAVERSAL_FINDING.path, new Set([43])]]))).toEqual(
      [],
    );
    expect(onChangedLines([TRAVERSAL_FINDING], new Map())).toEqual([]);
  });

  test('keeps a finding whose flow passes a changed line, in its own file or another', () => {
    const sourceChanged = new Map([['src/main/java/com/example/Web.java', new Set([12])]]);
    expect(onChangedLines([TRAVERSAL_FINDING, HASH_FINDING], sourceChanged)).toEqual([TRAVERSAL_FINDING]);
    const decodeChanged = new Map([[TRAVERSAL_FINDING.path, new Set([40])]]);
    expect(onChangedLines([TRAVERSAL_FINDING], decodeChanged)).toEqual([TRAVERSAL_FINDING]);
    expect(
      onChangedLines([TRAVERSAL_FINDING], new Map([['src/main/java/com/example/Web.java', new Set([13])]])),
    ).toEqual([]);
  });
});
