import {
  addedLinesDocument,
  addedLinesOfCommits,
  addedLinesStaged,
  type AddedLines,
  type DiffStats,
  git,
} from './sources/git-diff';
import { listFiles } from '../runtime/file-tree';
import { FileReader, fileDocument } from './sources/files';
import { type FilesScanned, type ParallelScan, ScanPool, scanFiles, workerCount } from './parallel';
import { InputError } from '../errors';
import type { SecretsConfig } from './config';
import { type ScanDocument, SecretScanner } from './engine';
import type { Finding, RawFinding } from './types';

/** What to scan. */
export type ScanTarget =
  /** The lines added by the commits of a push or pull request. `base` may be all zeros (a new branch). */
  | { kind: 'range'; base: string; head: string }
  /** The lines added in the index (a pre-commit hook). */
  | { kind: 'staged' }
  /** Every commit reachable from HEAD. */
  | { kind: 'history' }
  /** Every text file below a folder, as it is now. */
  | { kind: 'path'; path: string }
  /** Text given directly (standard input). */
  | { kind: 'text'; name: string; text: string }
  /** The commits of a push to AWS CodeCommit, read through its API. */
  | { kind: 'codecommit'; region: string; repositoryName: string; oldCommitId?: string; newCommitId: string };

export interface ScanInput {
  target: ScanTarget;
  /** The repository (git targets) or the folder paths are relative to. */
  root: string;
  config: SecretsConfig;
  /** Fingerprints of known findings (a baseline): reported apart, never a failure. */
  baseline?: Set<string>;
  /** Scan a large folder on worker threads running this script (a bundle); one thread without it. */
  parallel?: ParallelScan;
}

export interface ScanResult {
  target: ScanTarget;
  /** Secrets to act on: not allowed, not in the baseline, not examples. */
  findings: Finding[];
  /** Published example credentials (AKIAIOSFODNN7EXAMPLE). */
  examples: Finding[];
  /** Allowed by fingerprint in the config, with the reason. */
  allowed: (Finding & { reason: string })[];
  /** Known from the baseline. */
  baselined: Finding[];
  /** Files (in a diff: files of a commit) and characters read. */
  scanned: { commits: number; files: number; characters: number };
  /** Binary files, not scanned. */
  binaryFiles: string[];
  /** Each secret found, for a log masker; never print or store these. */
  secretsToMask: string[];
  /** The AWS access key IDs among `findings`, for deactivation; never print or store these. */
  accessKeyIds: string[];
  /** Something the reader should know about how the target was read (e.g. a new branch). */
  notes: string[];
}

const ZERO_COMMIT = /^0+$/;

/** Below this many files a folder is scanned on one thread: starting workers would cost more. */
const PARALLEL_MIN_FILES = 500;

export async function scanForSecrets(input: ScanInput): Promise<ScanResult> {
  const { target } = input;
  if (target.kind === 'path') {
    const part = await scanFolder(input, target.path);
    // Threads finish in any order; the report is in file order.
    part.raw.sort(
      ({ finding: a }, { finding: b }) =>
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column,
    );
    const scanned = { commits: 0, files: part.files, characters: part.characters };
    return classify(part.raw, input, { scanned, binaryFiles: part.binaryFiles.sort(), notes: [] });
  }
  const scanner = new SecretScanner(input.config.rules);
  const stats: DiffStats = { commits: 0, binaryFiles: [] };
  const scanned = { commits: 0, files: 0, characters: 0 };
  const notes: string[] = [];
  const raw: RawFinding[] = [];
  for await (const document of documentsOf(input, stats, notes)) {
    scanned.files++;
    scanned.characters += document.characterCount;
    raw.push(...scanner.scan(document));
  }
  scanned.commits = stats.commits;
  return classify(raw, input, { scanned, binaryFiles: stats.binaryFiles, notes });
}

/**
 * Every text file below a folder: on this thread and the workers once the listing shows the folder
 * is large (the workers start while the rest is listed), on this thread alone otherwise.
 */
async function scanFolder(input: ScanInput, root: string): Promise<FilesScanned> {
  const { config, parallel } = input;
  const spread = parallel && workerCount(parallel.workers) > 1 ? parallel : undefined;
  let pool: ScanPool | undefined;
  const paths = await listFiles(root, config.skips, (files) => {
    if (spread && files >= PARALLEL_MIN_FILES) pool ??= new ScanPool(root, config.rules, spread);
  });
  return pool ? pool.scan(paths) : scanFiles(new SecretScanner(config.rules), new FileReader(), root, paths);
}

async function* documentsOf(
  input: ScanInput,
  stats: DiffStats,
  notes: string[],
): AsyncGenerator<ScanDocument> {
  const { target, root, config } = input;
  const fromDiff = async function* (added: AsyncIterable<AddedLines>) {
    for await (const part of added) if (!config.skips(part.path)) yield addedLinesDocument(part);
  };
  switch (target.kind) {
    case 'range':
      yield* fromDiff(addedLinesOfCommits(root, await rangeRevisions(root, target, notes), stats));
      return;
    case 'staged':
      yield* fromDiff(addedLinesStaged(root, stats));
      return;
    case 'history':
      yield* fromDiff(addedLinesOfCommits(root, ['HEAD'], stats));
      return;
    case 'text':
      yield fileDocument(target.name, target.text);
      return;
    case 'codecommit': {
      // Loaded here only: the AWS SDK would otherwise be most of every other scan's start-up.
      const { addedLinesOfPushIn } = await import('./codecommit/commits');
      yield* fromDiff(addedLinesOfPushIn(target.region, target, stats, notes));
    }
  }
}

/**
 * The revisions of a push or pull request: `base..head` when git has the base (also after a force
 * push, where base is no ancestor: `..` still means the commits of head that base lacks). A base of
 * zeros (a new branch, a first push) or one git does not have: the commits of head that no other
 * branch holds, or all of them if there is no other branch.
 */
async function rangeRevisions(
  root: string,
  target: { base: string; head: string },
  notes: string[],
): Promise<string[]> {
  if (!ZERO_COMMIT.test(target.base)) {
    if (await commitExists(root, target.base)) return [`${target.base}..${target.head}`];
    notes.push(
      `base ${target.base} is not in this repository (a force push over commits not fetched?): scanned the commits of ${target.head} that no other branch holds`,
    );
  }
  const head = (await git(root, ['rev-parse', '--verify', `${target.head}^{commit}`])).trim();
  const others = (await git(root, ['for-each-ref', '--format=%(objectname)', 'refs/heads', 'refs/remotes']))
    .split('\n')
    .filter((sha) => sha && sha !== head);
  return [head, '--not', ...new Set(others)];
}

async function commitExists(root: string, revision: string): Promise<boolean> {
  try {
    await git(root, ['cat-file', '-e', `${revision}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

function classify(
  raw: RawFinding[],
  input: ScanInput,
  rest: Pick<ScanResult, 'scanned' | 'binaryFiles' | 'notes'>,
): ScanResult {
  const result: ScanResult = {
    target: input.target,
    findings: [],
    examples: [],
    allowed: [],
    baselined: [],
    secretsToMask: [...new Set(raw.filter((entry) => !entry.finding.example).map((entry) => entry.secret))],
    accessKeyIds: [],
    ...rest,
  };
  for (const { finding, secret } of raw) {
    const reason = input.config.allowed.get(finding.fingerprint);
    if (finding.example) result.examples.push(finding);
    else if (reason !== undefined) result.allowed.push({ ...finding, reason });
    else if (input.baseline?.has(finding.fingerprint)) result.baselined.push(finding);
    else {
      result.findings.push(finding);
      if (finding.ruleId === 'aws-access-key-id') result.accessKeyIds.push(secret);
    }
  }
  return result;
}

/** `BASE..HEAD` as a range target; `label` names where it came from (a flag, an input). */
export function parseRange(range: string, label: string): ScanTarget {
  const match = /^([^.\s]+)\.\.([^.\s]+)$/.exec(range);
  if (!match) {
    throw new InputError([
      `${label} "${range}" must be BASE..HEAD, e.g. \${{ github.event.before }}..\${{ github.sha }}`,
    ]);
  }
  return { kind: 'range', base: match[1] as string, head: match[2] as string };
}
