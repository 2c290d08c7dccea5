/**
 * rampart deps report-failure: the tracking issue on the local GitHub stand-in (one per version, each
 * failing consumer once), SNS on moto delivering to an HTTP subscriber, and EventBridge on moto
 * delivering through a rule to SQS.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateEventBusCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { createAwsClient } from '../src/aws/client-factory';
import type { UpdatePlan } from '../src/deps/plan';
import { pullRequestBody } from '../src/deps/pull-request';
import { type FakeGitHub, type FakeRepository, startFakeGitHub } from './support/github-api';
import { type HttpCapture, startHttpCapture } from './support/http-capture';
import { REGION, useLocalAws } from './support/local-aws';
import { queuedEvents, ruleToQueue } from './support/moto-sqs';
import { runCli } from './support/run-cli';

const local = useLocalAws();

let github: FakeGitHub;
let producer: FakeRepository;
let saved: NodeJS.ProcessEnv;
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'shared-lib');
  producer = github.repository('acme/shared-lib');
  saved = { ...process.env };
  Object.assign(process.env, { GITHUB_TOKEN: github.token, GITHUB_API_URL: github.apiUrl });
  for (const name of ['GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'CODEBUILD_BUILD_URL'])
    delete process.env[name];
});
afterEach(async () => {
  process.env = saved;
  await github.close();
});

const release = (version = '2.0.0') => [
  '--package',
  'com.acme:shared-lib',
  '--ecosystem',
  'maven',
  '--version',
  version,
];
const report = (consumer: string, runUrl: string, version = '2.0.0') =>
  runCli(
    'deps',
    'report-failure',
    ...release(version),
    '--producer',
    'acme/shared-lib',
    '--consumer',
    consumer,
    '--run-url',
    runUrl,
  );
const run = (repo: string, id: number) => `https://github.com/${repo}/actions/runs/${id}`;

describe('the tracking issue in the producer repository', () => {
  test('one issue per version; repeated reports list each failing consumer once, with its latest run', async () => {
    expect((await report('acme/orders', run('acme/orders', 1))).code).toBe(0);
    expect((await report('acme/orders', run('acme/orders', 1))).code).toBe(0);
    expect((await report('acme/billing', run('acme/billing', 7))).code).toBe(0);
    const again = await report('acme/orders', run('acme/orders', 2));
    expect(again.stdout).toBe(
      'done   GitHub issue in acme/shared-lib: acme/orders: updated its comment on issue #1 (2 failing consumer(s))\n',
    );
    expect(producer.issues).toHaveLength(1);
    const [issue] = producer.issues;
    expect(issue).toMatchObject({
      title: 'com.acme:shared-lib 2.0.0 breaks consumer builds',
      state: 'open',
      labels: [{ name: 'rampart-dependency-failure' }],
    });
    const listed = issue?.body.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toEqual([
      `- \`acme/orders\` ([failed run](${run('acme/orders', 2)}))`,
      `- \`acme/billing\` ([failed run](${run('acme/billing', 7)}))`,
    ]);
    expect(producer.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      `\`acme/orders\` fails to build with \`com.acme:shared-lib\` 2.0.0: ${run('acme/orders', 2)}`,
      `\`acme/billing\` fails to build with \`com.acme:shared-lib\` 2.0.0: ${run('acme/billing', 7)}`,
    ]);
  });

  test('the same report twice writes nothing the second time', async () => {
    await report('acme/orders', run('acme/orders', 1));
    const writes = () => github.requests.filter((request) => request.method !== 'GET').length;
    const before = writes();
    const second = await report('acme/orders', run('acme/orders', 1));
    expect(second.stdout).toContain('acme/orders: already listed on issue #1 (1 failing consumer(s))');
    expect(writes()).toBe(before);
  });

  test('another version gets its own issue; a closed issue is reopened when a consumer fails again', async () => {
    await report('acme/orders', run('acme/orders', 1), '2.0.0');
    await report('acme/orders', run('acme/orders', 2), '2.0.1');
    expect(producer.issues.map((issue) => issue.title)).toEqual([
      'com.acme:shared-lib 2.0.0 breaks consumer builds',
      'com.acme:shared-lib 2.0.1 breaks consumer builds',
    ]);
    producer.issues[0]!.state = 'closed';
    await report('acme/search', run('acme/search', 3), '2.0.0');
    expect(producer.issues[0]).toMatchObject({ state: 'open' });
    expect(producer.issues[0]?.body).toContain('`acme/search`');
  });

  test("the release, producer and run come from the update pull request's event and the runner", async () => {
    const plan: UpdatePlan = { changes: [], atOrAbove: [], unchangeable: [], files: new Map() };
    const body = pullRequestBody(
      { package: 'com.acme:shared-lib', ecosystem: 'maven', version: '2.0.0', producer: 'acme/shared-lib' },
      plan,
    );
    const event = join(mkdtempSync(join(tmpdir(), 'rampart-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'synchronize', pull_request: { number: 4, body } }));
    Object.assign(process.env, {
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'acme/orders',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '4242',
    });
    const result = await runCli('deps', 'report-failure');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(producer.issues[0]?.body).toContain(
      `- \`acme/orders\` ([failed run](${run('acme/orders', 4242)}))`,
    );
  });

  test('a producer repository that cannot be reached fails (exit 1)', async () => {
    const result = await runCli(
      'deps',
      'report-failure',
      ...release(),
      '--producer',
      'acme/gone',
      '--consumer',
      'acme/orders',
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'failed GitHub issue in acme/gone: GitHub API GET /repos/acme/gone/issues: 404 Not Found\n',
    );
  });

  test.each([
    [
      'nothing to report to',
      ['--consumer', 'acme/orders'],
      'error: nothing to report to: give --producer (tracking issue), --sns-topic or --event-bus\n',
    ],
    [
      'no consumer',
      ['--producer', 'acme/shared-lib'],
      'error: --consumer is required (GITHUB_REPOSITORY is not set)\n',
    ],
  ])('%s is bad input (exit 2)', async (_, args, stderr) => {
    const result = await runCli('deps', 'report-failure', ...release(), ...args);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(github.requests).toEqual([]);
  });

  test('no token for the tracking issue is bad input', async () => {
    delete process.env.GITHUB_TOKEN;
    const result = await runCli(
      'deps',
      'report-failure',
      ...release(),
      '--producer',
      'acme/shared-lib',
      '--consumer',
      'acme/orders',
    );
    expect(result.stderr).toBe('error: GITHUB_TOKEN is needed for the tracking issue in acme/shared-lib\n');
    expect(result.code).toBe(2);
  });
});

describe("the producer's AWS account (moto)", () => {
  let subscriber: HttpCapture;
  beforeEach(async () => {
    subscriber = await startHttpCapture();
  });
  afterEach(() => subscriber.close());

  test('SNS: one message naming the consumer, the version and the failed run', async () => {
    const sns = createAwsClient(SNSClient, { region: REGION });
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'shared-lib-breakage' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: subscriber.url }));
    const result = await runCli(
      'deps',
      'report-failure',
      ...release(),
      '--consumer',
      'acme/orders',
      '--run-url',
      run('acme/orders', 9),
      '--sns-topic',
      TopicArn ?? '',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const notification = subscriber.requests
      .map((request) => JSON.parse(request.body) as { Type: string; Subject?: string; Message: string })
      .find((message) => message.Type === 'Notification');
    expect(notification?.Subject).toBe('acme/orders fails with com.acme:shared-lib 2.0.0');
    expect(notification?.Message).toBe(
      `acme/orders fails to build with com.acme:shared-lib 2.0.0 (maven).\n\nFailed run: ${run('acme/orders', 9)}`,
    );
  });

  test('EventBridge: a failure event on the producer bus, matched by its rule', async () => {
    const events = createAwsClient(EventBridgeClient, { region: REGION });
    await events.send(new CreateEventBusCommand({ Name: 'shared-lib-feedback' }));
    const queueUrl = await ruleToQueue(local.endpoint(), 'shared-lib-feedback', 'failures', {
      source: ['rampart.deps'],
      'detail-type': ['Rampart Dependency Update Failed'],
    });
    const result = await runCli(
      'deps',
      'report-failure',
      ...release(),
      '--consumer',
      'acme/orders',
      '--run-url',
      run('acme/orders', 9),
      '--event-bus',
      'shared-lib-feedback',
    );
    expect(result.code).toBe(0);
    const [event] = await queuedEvents(local.endpoint(), queueUrl);
    expect(event?.detail).toEqual({
      package: 'com.acme:shared-lib',
      ecosystem: 'maven',
      version: '2.0.0',
      consumer: 'acme/orders',
      runUrl: run('acme/orders', 9),
    });
  });
});

test('--help lists every flag', async () => {
  const help = await runCli('deps', 'report-failure', '--help');
  for (const flag of [
    '--package',
    '--ecosystem',
    '--version',
    '--producer',
    '--event',
    '--consumer',
    '--run-url',
    '--sns-topic',
    '--event-bus',
    '--region',
  ]) {
    expect(help.stdout).toContain(`  ${flag}`);
  }
});
