import {
  CodeCommitClient,
  type Difference,
  GetBlobCommand,
  GetCommitCommand,
  type GetCommitCommandOutput,
  GetDifferencesCommand,
} from '@aws-sdk/client-codecommit';
import { createAwsClient } from '../../aws/client-factory';
import { isBinary } from '../sources/files';
import type { AddedLines, DiffStats } from '../sources/git-diff';

/** Commits read at most for one push: a longer push is scanned up to here, and says so. */
export const MAX_COMMITS_PER_PUSH = 200;

export interface PushRange {
  repositoryName: string;
  /** The branch's commit before the push; absent for a new branch. */
  oldCommitId?: string;
  newCommitId: string;
}

/**
 * The lines each commit of a push added, through the CodeCommit API: the commits from the new tip
 * back to the old one (first parents), and for each its differences to its parent (every page of
 * GetDifferences) and the blobs on both sides. CodeCommit gives no line diff: a line counts as added
 * where the file before the commit had fewer copies of it.
 */
export async function* addedLinesOfPush(
  client: CodeCommitClient,
  range: PushRange,
  stats: DiffStats,
  notes: string[],
): AsyncGenerator<AddedLines> {
  const commits = await commitsOfPush(client, range, notes);
  for (const { commitId, parentId, author } of commits.reverse()) {
    stats.commits++;
    for (const difference of await differences(client, range.repositoryName, commitId, parentId)) {
      const path = difference.afterBlob?.path;
      if (!path || !difference.afterBlob?.blobId) continue;
      const after = await blob(client, range.repositoryName, difference.afterBlob.blobId);
      if (isBinary(after)) {
        stats.binaryFiles.push(path);
        continue;
      }
      const before = difference.beforeBlob?.blobId
        ? await blob(client, range.repositoryName, difference.beforeBlob.blobId)
        : undefined;
      const added = addedLines(before?.toString('utf8') ?? '', after.toString('utf8'));
      if (added.lines.length > 0) yield { path, commit: commitId, author, ...added };
    }
  }
}

/** addedLinesOfPush with a client for the region. */
export function addedLinesOfPushIn(
  region: string,
  range: PushRange,
  stats: DiffStats,
  notes: string[],
): AsyncGenerator<AddedLines> {
  return addedLinesOfPush(createAwsClient(CodeCommitClient, { region }), range, stats, notes);
}

interface CommitOfPush {
  commitId: string;
  parentId?: string;
  author?: string;
}

async function commitsOfPush(
  client: CodeCommitClient,
  range: PushRange,
  notes: string[],
): Promise<CommitOfPush[]> {
  const commits: CommitOfPush[] = [];
  let commitId: string | undefined = range.newCommitId;
  while (commitId && commitId !== range.oldCommitId && commits.length < MAX_COMMITS_PER_PUSH) {
    const response: GetCommitCommandOutput = await client.send(
      new GetCommitCommand({ repositoryName: range.repositoryName, commitId }),
    );
    const { commit } = response;
    const parentId: string | undefined = commit?.parents?.[0];
    const author = commit?.author ? `${commit.author.name} <${commit.author.email}>` : undefined;
    commits.push({ commitId, parentId, author });
    commitId = parentId;
  }
  if (commitId && commitId !== range.oldCommitId) {
    notes.push(
      `the push has more than ${MAX_COMMITS_PER_PUSH} commits: scanned the newest ${MAX_COMMITS_PER_PUSH}`,
    );
  }
  return commits;
}

async function differences(
  client: CodeCommitClient,
  repositoryName: string,
  commitId: string,
  parentId: string | undefined,
): Promise<Difference[]> {
  const all: Difference[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new GetDifferencesCommand({
        repositoryName,
        afterCommitSpecifier: commitId,
        beforeCommitSpecifier: parentId,
        NextToken: nextToken,
      }),
    );
    all.push(...(page.differences ?? []));
    nextToken = page.NextToken;
  } while (nextToken);
  return all;
}

async function blob(client: CodeCommitClient, repositoryName: string, blobId: string): Promise<Buffer> {
  const { content } = await client.send(new GetBlobCommand({ repositoryName, blobId }));
  return Buffer.from(content ?? new Uint8Array());
}

/** The lines of `after` that `before` had fewer copies of, with their line numbers in `after`. */
export function addedLines(before: string, after: string): Pick<AddedLines, 'lines' | 'lineNumbers'> {
  const remaining = new Map<string, number>();
  for (const line of before.split(/\r?\n/)) remaining.set(line, (remaining.get(line) ?? 0) + 1);
  const lines: string[] = [];
  const lineNumbers: number[] = [];
  after.split(/\r?\n/).forEach((line, index) => {
    const left = remaining.get(line) ?? 0;
    if (left > 0) {
      remaining.set(line, left - 1);
      return;
    }
    lines.push(line);
    lineNumbers.push(index + 1);
  });
  return { lines, lineNumbers };
}
