/**
 * CodeCommit mode. moto's CodeCommit has only Create/Get/DeleteRepository, so GetCommit,
 * GetDifferences (paginated), GetBlob and TagResource answer with responses shaped like the
 * CodeCommit API reference (aws-sdk-client-mock); SNS and IAM are moto's, for real.
 */
import {
  CodeCommitClient,
  GetBlobCommand,
  GetCommitCommand,
  GetDifferencesCommand,
  GetRepositoryCommand,
  TagResourceCommand,
} from '@aws-sdk/client-codecommit';
import { CreateAccessKeyCommand, CreateUserCommand, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { handler, type RepositoryStateChange } from '../lambdas/codecommit-secret-scan/main';
import { createAwsClient } from '../src/aws/client-factory';
import { addedLines } from '../src/secrets/codecommit/commits';
import { startHttpCapture } from './support/http-capture';
import { iamIn, REGION, TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { SecretFactory } from './support/secret-samples';

useLocalAws();
const factory = new SecretFactory(505);
const REPOSITORY_ARN = `arn:aws:codecommit:${REGION}:${TOOLING_ACCOUNT}:app`;

interface FakeCommit {
  id: string;
  parent?: string;
  /** Path → file content after this commit (null: deleted). */
  files: Record<string, string | Buffer | null>;
}

/**
 * Answers the CodeCommit calls for a chain of commits the way the API does: GetDifferences in pages
 * of `pageSize`, blobs addressed by id, and the commit's files relative to its parent's.
 */
function fakeCodeCommit(commits: FakeCommit[], pageSize = 1) {
  const mock = mockClient(CodeCommitClient);
  const blobs = new Map<string, Buffer>();
  const trees = new Map<string, Map<string, string>>();
  for (const commit of commits) {
    const tree = new Map(commit.parent ? trees.get(commit.parent) : []);
    for (const [path, content] of Object.entries(commit.files)) {
      if (content === null) {
        tree.delete(path);
        continue;
      }
      const blobId = `blob-${blobs.size + 1}`;
      blobs.set(blobId, Buffer.from(content));
      tree.set(path, blobId);
    }
    trees.set(commit.id, tree);
  }
  mock.on(GetCommitCommand).callsFake(({ commitId }) => {
    const commit = commits.find((candidate) => candidate.id === commitId);
    if (!commit)
      throw Object.assign(new Error(`CommitIdDoesNotExistException ${commitId}`), {
        name: 'CommitIdDoesNotExistException',
      });
    return {
      commit: {
        commitId,
        parents: commit.parent ? [commit.parent] : [],
        author: { name: 'Dev One', email: 'dev1@example.com', date: '1700000000 +0000' },
      },
    };
  });
  mock.on(GetDifferencesCommand).callsFake(({ afterCommitSpecifier, beforeCommitSpecifier, NextToken }) => {
    const after = trees.get(afterCommitSpecifier) ?? new Map<string, string>();
    const before = beforeCommitSpecifier
      ? (trees.get(beforeCommitSpecifier) ?? new Map<string, string>())
      : new Map<string, string>();
    const differences = [...new Set([...after.keys(), ...before.keys()])]
      .filter((path) => after.get(path) !== before.get(path))
      .map((path) => ({
        beforeBlob: before.has(path) ? { blobId: before.get(path), path, mode: '100644' } : undefined,
        afterBlob: after.has(path) ? { blobId: after.get(path), path, mode: '100644' } : undefined,
        changeType: !before.has(path) ? 'A' : !after.has(path) ? 'D' : 'M',
      }));
    const start = Number(NextToken ?? 0);
    const end = start + pageSize;
    return {
      differences: differences.slice(start, end),
      NextToken: end < differences.length ? String(end) : undefined,
    };
  });
  mock
    .on(GetBlobCommand)
    .callsFake(({ blobId }) => ({ content: new Uint8Array(blobs.get(blobId) ?? Buffer.alloc(0)) }));
  mock
    .on(GetRepositoryCommand)
    .resolves({ repositoryMetadata: { repositoryName: 'app', Arn: REPOSITORY_ARN } });
  mock.on(TagResourceCommand).resolves({});
  return mock;
}

function pushEvent(detail: Partial<RepositoryStateChange['detail']>): RepositoryStateChange {
  return {
    'detail-type': 'CodeCommit Repository State Change',
    region: REGION,
    detail: {
      event: 'referenceUpdated',
      repositoryName: 'app',
      referenceType: 'branch',
      referenceName: 'main',
      ...detail,
    },
  };
}

describe('the CodeCommit Lambda function', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('scans each commit of the push, page by page, and notifies, locks and deactivates as configured', async () => {
    const iam = iamIn(TOOLING_ACCOUNT);
    await iam.send(new CreateUserCommand({ UserName: 'legacy-ci' }));
    const keyId =
      (await iam.send(new CreateAccessKeyCommand({ UserName: 'legacy-ci' }))).AccessKey?.AccessKeyId ?? '';
    const sns = createAwsClient(SNSClient, { region: REGION });
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'codecommit-secrets' }));
    const subscriber = await startHttpCapture();
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: subscriber.url }));
    const token = factory.sample('github-token');
    const codecommit = fakeCodeCommit([
      { id: 'c0', files: { 'README.md': '# app\n', 'config/app.env': 'A=1\nB=2\n' } },
      {
        id: 'c1',
        parent: 'c0',
        files: {
          'config/app.env': `A=1\nB=2\nGITHUB_TOKEN=${token}\n`,
          'logo.png': Buffer.from([0x89, 0x50, 0, 0, 1]),
        },
      },
      {
        id: 'c2',
        parent: 'c1',
        files: {
          'config/app.env': 'A=1\nB=2\n',
          'deploy/keys.env': `AWS_ACCESS_KEY_ID=${keyId}\n`,
          'README.md': null,
        },
      },
    ]);
    Object.assign(process.env, {
      SNS_TOPIC_ARN: TopicArn,
      LOCK_REPOSITORY: 'true',
      DEACTIVATE_AWS_KEYS: 'true',
    });
    try {
      const result = await handler(
        pushEvent({
          oldCommitId: 'c0',
          commitId: 'c2',
          callerUserArn: 'arn:aws:iam::123456789012:user/dev1',
        }),
      );
      expect(result.summary).toBe('2 secret(s) found (2 critical) in 2 commit(s) of CodeCommit app c0..c2');
      expect(
        result.findings.map(
          (finding) => `${finding.ruleId} ${finding.path}:${finding.line} ${finding.commit}`,
        ),
      ).toEqual(['github-token config/app.env:3 c1', 'aws-access-key-id deploy/keys.env:1 c2']);
      expect(result.remediation.map((step) => [step.step, step.status])).toEqual([
        ['notify: SNS', 'done'],
        ['deactivate AWS keys', 'done'],
        ['lock: CodeCommit RepoState tag', 'done'],
      ]);
      expect(codecommit.commandCalls(TagResourceCommand)[0]?.args[0].input).toEqual({
        resourceArn: REPOSITORY_ARN,
        tags: { RepoState: 'locked' },
      });
      expect(codecommit.commandCalls(GetDifferencesCommand).length).toBeGreaterThan(2);
      const { AccessKeyMetadata } = await iam.send(new ListAccessKeysCommand({ UserName: 'legacy-ci' }));
      expect(AccessKeyMetadata?.[0]?.Status).toBe('Inactive');
      const notification = subscriber.requests
        .map((request) => JSON.parse(request.body))
        .find((body) => body.Type === 'Notification');
      expect(notification.Subject).toBe('[ACTION REQUIRED] Secrets discovered in app');
      expect(notification.Message).not.toContain(token.slice(0, 5));
    } finally {
      codecommit.restore();
      await subscriber.close();
    }
  });

  test('a new branch (no old commit) is scanned down to its first commit', async () => {
    const codecommit = fakeCodeCommit([
      { id: 'root', files: { 'a.env': `NPM_TOKEN=${factory.sample('npm-token')}\n` } },
    ]);
    try {
      const result = await handler(pushEvent({ event: 'referenceCreated', commitId: 'root' }));
      expect(result.findings.map((finding) => [finding.ruleId, finding.commit])).toEqual([
        ['npm-token', 'root'],
      ]);
      expect(result.remediation).toEqual([]);
    } finally {
      codecommit.restore();
    }
  });

  test('tags, deleted branches and pushes without a commit are ignored', async () => {
    expect((await handler(pushEvent({ referenceType: 'tag', commitId: 'x' }))).summary).toBe(
      'ignored: referenceUpdated of tag main',
    );
    expect((await handler(pushEvent({ event: 'referenceDeleted' }))).scanned).toBe(false);
  });

  test('the bundled function loads on its own and answers an event, as the Lambda runtime calls it', () => {
    const bundle = join(__dirname, '..', 'lambdas', 'codecommit-secret-scan', 'dist', 'index.js');
    const script = `require(${JSON.stringify(bundle)}).handler(JSON.parse(process.argv[1])).then((r) => process.stdout.write(JSON.stringify(r)))`;
    const run = spawnSync(
      process.execPath,
      ['-e', script, JSON.stringify(pushEvent({ referenceType: 'tag' }))],
      {
        cwd: tmpdir(),
        encoding: 'utf8',
      },
    );
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toEqual({
      scanned: false,
      summary: 'ignored: referenceUpdated of tag main',
      findings: [],
      remediation: [],
    });
  });
});

test('added lines: what the file before had fewer copies of, with line numbers in the file after', () => {
  expect(addedLines('a\nb\nb\nc\n', 'a\nb\nx\nb\nb\nc\n')).toEqual({
    lines: ['x', 'b'],
    lineNumbers: [3, 5],
  });
});
