/**
 * Remediation against real peers: a local GitHub REST server (issues, branch protection), moto
 * (SNS with an HTTP subscriber, IAM access keys), a local HTTP endpoint standing in for Slack, and a
 * real bare git remote (reset). moto lacks CodeCommit's TagResource: that step is tested with
 * responses shaped like the CodeCommit API reference.
 */
import { execFileSync } from 'node:child_process';
import { CodeCommitClient, GetRepositoryCommand, TagResourceCommand } from '@aws-sdk/client-codecommit';
import { CreateAccessKeyCommand, CreateUserCommand, ListAccessKeysCommand } from '@aws-sdk/client-iam';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { createAwsClient } from '../src/aws/client-factory';
import { GitHubClient } from '../src/github/rest-client';
import { remediate, remediationSteps } from '../src/secrets/remediate/remediate';
import type { PushContext } from '../src/secrets/remediate/types';
import { defaultSecretsConfig } from '../src/secrets/config';
import { scanForSecrets } from '../src/secrets/scan';
import { tempDir } from './support/deploy-fixtures';
import { GitRepo } from './support/git-repo';
import { type FakeGitHub, startFakeGitHub } from './support/github-api';
import { type HttpCapture, startHttpCapture } from './support/http-capture';
import { iamIn, REGION, TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { SecretFactory } from './support/secret-samples';

useLocalAws();
const factory = new SecretFactory(303);

/** A repository with a push that adds a GitHub token, an npm token and, optionally, more lines. */
async function pushWithSecrets(extraLines: string[] = []) {
  const repo = new GitRepo();
  const base = repo.commit({ 'README.md': '# app\n' });
  const tokens = [factory.sample('github-token'), factory.sample('npm-token')];
  const head = repo.commit({
    'deploy.env': [`GITHUB_TOKEN=${tokens[0]}`, `NPM_TOKEN=${tokens[1]}`, ...extraLines].join('\n'),
  });
  const result = await scanForSecrets({
    target: { kind: 'range', base, head },
    root: repo.root,
    config: defaultSecretsConfig(),
  });
  const push: PushContext = {
    repository: 'acme/app',
    branch: 'feature/x',
    base,
    head,
    pusher: 'dev1',
    defaultBranch: 'main',
  };
  return {
    repo,
    base,
    head,
    tokens,
    result,
    push,
    input: { push, findings: result.findings, accessKeyIds: result.accessKeyIds },
  };
}

describe('GitHub: one issue per secret, and branch protection', () => {
  let github: FakeGitHub;
  let client: GitHubClient;
  beforeEach(async () => {
    github = await startFakeGitHub();
    client = new GitHubClient({ token: github.token, apiUrl: github.apiUrl });
  });
  afterEach(() => github.close());

  test('the first run opens an issue per secret; a re-run updates them and opens none', async () => {
    const { input, tokens } = await pushWithSecrets();
    github.maxPageSize = 1;
    const first = await remediate(input, remediationSteps({ githubIssues: client }));
    expect(first).toEqual([{ step: 'notify: GitHub issues', status: 'done', detail: 'opened #1, #2' }]);
    github.issues[0]!.state = 'closed';
    const second = await remediate(input, remediationSteps({ githubIssues: client }));
    expect(second).toEqual([{ step: 'notify: GitHub issues', status: 'done', detail: 'updated #1, #2' }]);
    expect(github.issues.map((issue) => [issue.number, issue.state, issue.labels])).toEqual([
      [1, 'open', [{ name: 'rampart-secret' }]],
      [2, 'open', [{ name: 'rampart-secret' }]],
    ]);
    expect(github.issues[0]?.title).toBe(
      'Secret in deploy.env: GitHub personal access, OAuth, user-to-server, server-to-server or refresh token',
    );
    expect(github.issues[0]?.body).toContain('deploy.env:1');
    const everything = JSON.stringify(github.requests);
    for (const token of tokens) expect(everything).not.toContain(token.slice(0, 6));
    // Two list pages were read (one issue per page), so a third issue was never opened by mistake.
    expect(github.requests.filter((request) => request.method === 'GET').length).toBeGreaterThanOrEqual(3);
  });

  test("lock protects the branch, with push restrictions only in an organisation's repository", async () => {
    const { input } = await pushWithSecrets();
    const [organisation] = await remediate(input, remediationSteps({ lock: { kind: 'github', client } }));
    expect(organisation).toEqual({
      step: 'lock: GitHub branch protection',
      status: 'done',
      detail: 'branch feature/x now needs a reviewed pull request',
    });
    expect(github.protections.get('feature/x')).toEqual({
      required_status_checks: null,
      enforce_admins: false,
      required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
      restrictions: { users: [], teams: [], apps: [] },
    });
    github.ownerType = 'User';
    await remediate(input, remediationSteps({ lock: { kind: 'github', client } }));
    expect(github.protections.get('feature/x')).toMatchObject({ restrictions: null });
  });

  test("a refused token fails the step with GitHub's message, and the other steps still run", async () => {
    const { input } = await pushWithSecrets();
    const slack = await startHttpCapture();
    try {
      const bad = new GitHubClient({ token: 'wrong', apiUrl: github.apiUrl });
      const results = await remediate(
        input,
        remediationSteps({ githubIssues: bad, slackWebhookUrl: slack.url }),
      );
      expect(results).toEqual([
        {
          step: 'notify: GitHub issues',
          status: 'failed',
          detail: 'GitHub API GET /repos/acme/app/issues: 401 Requires authentication',
        },
        { step: 'notify: Slack', status: 'done', detail: 'posted to the Slack webhook' },
      ]);
    } finally {
      await slack.close();
    }
  });
});

describe('notifications carry the masked details only', () => {
  let endpoint: HttpCapture;
  beforeEach(async () => {
    endpoint = await startHttpCapture();
  });
  afterEach(() => endpoint.close());

  test("SNS (moto, delivering to an HTTP subscriber): the source article's subject and the masked findings", async () => {
    const { input, tokens } = await pushWithSecrets();
    const sns = createAwsClient(SNSClient, { region: REGION });
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'secret-alerts' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: endpoint.url }));
    const [result] = await remediate(input, remediationSteps({ snsTopicArn: TopicArn }));
    expect(result).toMatchObject({ step: 'notify: SNS', status: 'done' });
    const delivered = endpoint.requests
      .map((request) => JSON.parse(request.body))
      .find((body) => body.Type === 'Notification');
    expect(delivered.Subject).toBe('[ACTION REQUIRED] Secrets discovered in acme/app');
    expect(delivered.Message).toContain('- critical github-token at deploy.env:1');
    expect(delivered.Message).toContain(`${tokens[0]?.slice(0, 4)}… (40 characters)`);
    for (const token of tokens) expect(delivered.Message).not.toContain(token.slice(0, 5));
  });

  test('Slack: a refused webhook fails the step with its answer', async () => {
    const { input, tokens } = await pushWithSecrets();
    await remediate(input, remediationSteps({ slackWebhookUrl: endpoint.url }));
    expect(JSON.parse(endpoint.requests[0]?.body ?? '{}').text).toContain(
      '2 secret(s) were pushed to acme/app, branch feature/x, by dev1',
    );
    expect(endpoint.requests[0]?.body).not.toContain(tokens[1]?.slice(0, 5));
    endpoint.status = 403;
    expect(await remediate(input, remediationSteps({ slackWebhookUrl: endpoint.url }))).toEqual([
      { step: 'notify: Slack', status: 'failed', detail: 'the Slack webhook answered 403 invalid_token' },
    ]);
  });
});

test("AWS keys (moto): a key of our account is deactivated; a temporary key and a stranger's are left alone", async () => {
  const iam = iamIn(TOOLING_ACCOUNT);
  await iam.send(new CreateUserCommand({ UserName: 'ci-deployer' }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'ci-deployer' }));
  const ours = AccessKey?.AccessKeyId ?? '';
  // A key of another account. moto's GetAccessKeyLastUsed finds users in every account (AWS's does
  // not), so this also covers UpdateAccessKey refusing a user that is not in ours.
  const other = iamIn('222222222222');
  await other.send(new CreateUserCommand({ UserName: 'someone-else' }));
  const stranger =
    (await other.send(new CreateAccessKeyCommand({ UserName: 'someone-else' }))).AccessKey?.AccessKeyId ?? '';
  const temporary = `ASIA${factory.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  const { input } = await pushWithSecrets([`KEY_A=${ours}`, `KEY_B=${stranger}`, `KEY_C=${temporary}`]);
  expect(input.accessKeyIds).toEqual([ours, stranger, temporary]);
  const [result] = await remediate(input, remediationSteps({ deactivateAwsKeysRegion: REGION }));
  expect(result).toEqual({
    step: 'deactivate AWS keys',
    status: 'done',
    detail: [
      `${ours.slice(0, 4)}… (20 characters): deactivated (user ci-deployer)`,
      `${stranger.slice(0, 4)}… (20 characters): not a key of this account, left alone`,
      `${temporary.slice(0, 4)}… (20 characters): not an IAM user's long-term key (temporary keys expire, or their role's sessions are revoked)`,
    ].join('; '),
  });
  const { AccessKeyMetadata } = await iam.send(new ListAccessKeysCommand({ UserName: 'ci-deployer' }));
  expect(AccessKeyMetadata?.map((key) => key.Status)).toEqual(['Inactive']);
});

test('CodeCommit lock tags the repository RepoState=locked (API-reference-shaped responses: moto has no TagResource)', async () => {
  const codecommit = mockClient(CodeCommitClient);
  try {
    const arn = `arn:aws:codecommit:${REGION}:${TOOLING_ACCOUNT}:app`;
    codecommit.on(GetRepositoryCommand).resolves({ repositoryMetadata: { repositoryName: 'app', Arn: arn } });
    codecommit.on(TagResourceCommand).resolves({});
    const { input } = await pushWithSecrets();
    const [result] = await remediate(
      { ...input, push: { ...input.push, repository: 'app' } },
      remediationSteps({ lock: { kind: 'codecommit', region: REGION } }),
    );
    expect(result).toEqual({
      step: 'lock: CodeCommit RepoState tag',
      status: 'done',
      detail: 'tagged app RepoState=locked',
    });
    expect(codecommit.commandCalls(TagResourceCommand)[0]?.args[0].input).toEqual({
      resourceArn: arn,
      tags: { RepoState: 'locked' },
    });
  } finally {
    codecommit.restore();
  }
});

describe('reset: the branch goes back to the commit before the push, only when allowed', () => {
  /** A clone whose pushes go to a bare remote; the push under test is on `branch`. */
  async function pushedBranch(branch: string) {
    const remote = tempDir();
    execFileSync('git', ['init', '--quiet', '--bare', remote]);
    const pushed = await pushWithSecrets();
    const git = (...args: string[]) => pushed.repo.git(...args);
    git('remote', 'add', 'origin', remote);
    // The default branch holds the commit before the push, unless the push went to it.
    const main = branch === 'main' ? [] : [`${pushed.base}:refs/heads/main`];
    git('push', '--quiet', 'origin', ...main, `${pushed.head}:refs/heads/${branch}`);
    const remoteTip = () =>
      execFileSync('git', ['rev-parse', `refs/heads/${branch}`], { cwd: remote, encoding: 'utf8' }).trim();
    return { ...pushed, remote, remoteTip, push: { ...pushed.push, branch } };
  }
  const policy = {
    allowHistoryRewrite: true,
    allowDefaultBranch: false,
    remediationIdentity: 'rampart-bot',
    remote: 'origin',
  };

  test('a feature branch is reset', async () => {
    const pushed = await pushedBranch('feature/y');
    const [result] = await remediate(
      { ...pushed.input, push: pushed.push },
      remediationSteps({ reset: { root: pushed.repo.root, ...policy } }),
    );
    expect(result).toEqual({
      step: 'reset branch',
      status: 'done',
      detail: `feature/y reset from ${pushed.head.slice(0, 12)} to ${pushed.base.slice(0, 12)}`,
    });
    expect(pushed.remoteTip()).toBe(pushed.base);
  });

  test("never without allow-history-rewrite, never the default branch unless allowed, never remediation's own push", async () => {
    const pushed = await pushedBranch('main');
    const run = (overrides: object, push = pushed.push) =>
      remediate(
        { ...pushed.input, push },
        remediationSteps({ reset: { root: pushed.repo.root, ...policy, ...overrides } }),
      );
    expect((await run({ allowHistoryRewrite: false }))[0]?.detail).toBe('allow-history-rewrite is not set');
    expect((await run({}))[0]?.detail).toBe('main is the default branch and allow-default-branch is not set');
    expect((await run({}, { ...pushed.push, defaultBranch: undefined }))[0]?.detail).toBe(
      'the default branch is unknown and allow-default-branch is not set',
    );
    expect(
      (await run({ allowDefaultBranch: true }, { ...pushed.push, pusher: 'rampart-bot' }))[0]?.detail,
    ).toBe('the push was made by rampart-bot, remediation itself');
    expect(pushed.remoteTip()).toBe(pushed.head);
    expect((await run({ allowDefaultBranch: true }))[0]?.status).toBe('done');
    expect(pushed.remoteTip()).toBe(pushed.base);
  });

  test('a branch that moved since the push is not reset: the later push is kept', async () => {
    const pushed = await pushedBranch('feature/z');
    const later = pushed.repo.commit({ 'fix.txt': 'later work\n' });
    pushed.repo.git('push', '--quiet', 'origin', `${later}:refs/heads/feature/z`);
    const [result] = await remediate(
      { ...pushed.input, push: pushed.push },
      remediationSteps({ reset: { root: pushed.repo.root, ...policy } }),
    );
    expect(result?.status).toBe('failed');
    expect(result?.detail).toMatch(/stale info|rejected/);
    expect(pushed.remoteTip()).toBe(later);
  });
});

test('nothing found, nothing done', async () => {
  const repo = new GitRepo();
  const base = repo.commit({ 'a.txt': 'a\n' });
  const head = repo.commit({ 'b.txt': 'b\n' });
  const result = await scanForSecrets({
    target: { kind: 'range', base, head },
    root: repo.root,
    config: defaultSecretsConfig(),
  });
  expect(
    await remediate(
      {
        push: { repository: 'acme/app', branch: 'x', base, head },
        findings: result.findings,
        accessKeyIds: [],
      },
      remediationSteps({ slackWebhookUrl: 'http://127.0.0.1:9/none' }),
    ),
  ).toEqual([]);
});
