/**
 * `rampart notify` in-process through the CLI's main(), delivering for real: SNS on moto to an HTTP
 * subscriber, EventBridge on moto through a rule to an SQS queue, and a local HTTP server standing in
 * for the Slack webhook. Partial failure, bad input (exit 2, nothing sent) and webhook URLs kept out
 * of every output.
 */
import {
  CreateEventBusCommand,
  EventBridgeClient,
  PutRuleCommand,
  PutTargetsCommand,
} from '@aws-sdk/client-eventbridge';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAwsClient } from '../src/aws/client-factory';
import { tempDir } from './support/deploy-fixtures';
import { type HttpCapture, startHttpCapture } from './support/http-capture';
import { REGION, TOOLING_ACCOUNT, toolingAccountRequest, useLocalAws } from './support/local-aws';
import { deployResults, loadTestResult, writeJson } from './support/notify-fixtures';
import { runCli } from './support/run-cli';

useLocalAws();

/** The runner's variables that give what ran, where, who and the run link; CodeBuild's cleared. */
const GITHUB_RUN = {
  GITHUB_ACTIONS: 'true',
  GITHUB_WORKFLOW: 'release',
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_REF_NAME: 'main',
  GITHUB_ACTOR: 'octocat',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
  CODEBUILD_BUILD_ID: undefined,
};
const RUN_URL = 'https://github.com/acme/shop/actions/runs/42';

/** `rampart notify ARGS…` with these environment variables set (and put back afterwards). */
async function notify(args: string[], env: Record<string, string | undefined> = {}) {
  const values = { ...GITHUB_RUN, ...env };
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  setEnvironment(values);
  try {
    return await runCli('notify', ...args);
  } finally {
    setEnvironment(saved);
  }
}

function setEnvironment(values: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

const dir = tempDir();
const deployFile = writeJson(dir, 'deploy-results.json', deployResults());
const loadTestFile = writeJson(dir, 'load-test.json', loadTestResult());

let subscriber: HttpCapture;
let slack: HttpCapture;
beforeEach(async () => {
  subscriber = await startHttpCapture();
  slack = await startHttpCapture();
});
afterEach(async () => {
  await subscriber.close();
  await slack.close();
});

/** A topic with the local HTTP endpoint subscribed, as moto delivers to it on Publish. */
async function topicWithSubscriber(name: string): Promise<string> {
  const sns = createAwsClient(SNSClient, { region: REGION });
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: subscriber.url }));
  return TopicArn ?? '';
}

function snsNotifications(): { Subject?: string; Message: string }[] {
  return subscriber.requests
    .map((request) => JSON.parse(request.body))
    .filter((body) => body.Type === 'Notification');
}

async function sqs(action: string, body: object): Promise<Record<string, unknown>> {
  const response = await toolingAccountRequest('sqs', {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AmazonSQS.${action}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`SQS ${action}: ${response.status} ${response.body}`);
  return JSON.parse(response.body);
}

/** An event bus whose rule sends failure notifications from Rampart to a queue; returns the queue's URL. */
async function busWithFailureRule(bus: string): Promise<string> {
  const { QueueUrl } = (await sqs('CreateQueue', { QueueName: `${bus}-events` })) as { QueueUrl: string };
  const events = createAwsClient(EventBridgeClient, { region: REGION });
  await events.send(new CreateEventBusCommand({ Name: bus }));
  await events.send(
    new PutRuleCommand({
      Name: 'rampart-failures',
      EventBusName: bus,
      EventPattern: JSON.stringify({
        source: ['rampart'],
        'detail-type': ['Rampart Notification'],
        detail: { status: ['failure'] },
      }),
    }),
  );
  await events.send(
    new PutTargetsCommand({
      Rule: 'rampart-failures',
      EventBusName: bus,
      Targets: [{ Id: 'queue', Arn: `arn:aws:sqs:${REGION}:${TOOLING_ACCOUNT}:${bus}-events` }],
    }),
  );
  return QueueUrl;
}

async function queuedEvents(
  queueUrl: string,
): Promise<{ source: string; 'detail-type': string; detail: Record<string, unknown> }[]> {
  const { Messages } = (await sqs('ReceiveMessage', { QueueUrl: queueUrl, MaxNumberOfMessages: 10 })) as {
    Messages?: { Body: string }[];
  };
  return (Messages ?? []).map((message) => JSON.parse(message.Body));
}

test('SNS (moto, HTTP subscriber): "[FAILURE] title" as the subject, the run and failing tenants as plain text', async () => {
  const topic = await topicWithSubscriber('releases');
  const run = await notify(['--to', `sns:${topic}`, '--status', 'failure', '--details', deployFile]);
  expect(run).toEqual({
    code: 0,
    stdout: expect.stringMatching(new RegExp(`^sns ${topic}: sent: published message [\\w-]+\\n$`)),
    stderr: '',
  });
  const [delivered, ...others] = snsNotifications();
  expect(others).toEqual([]);
  expect(delivered?.Subject).toBe('[FAILURE] Deployment of shop');
  expect(delivered?.Message).toMatch(
    new RegExp(
      [
        '^FAILURE: Deployment of shop',
        '',
        'What: release',
        'Where: acme/shop@main',
        'Who: octocat',
        `Run: ${RUN_URL}`,
        '',
        '3 stack\\(s\\): 1 deployed, 1 failed, 1 skipped',
        '',
        '- beta \\(eu-west-1, wave 2\\): failed: UPDATE_ROLLBACK_COMPLETE: Bucket shop-beta-assets already exists',
        '- gamma \\(eu-west-1, wave 3\\): skipped',
        '',
        'Sent by Rampart at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\n$',
      ].join('\n'),
    ),
  );
});

test('SNS (moto): a title too long for a subject is cut below 100 characters at a word, and kept whole in the body', async () => {
  const topic = await topicWithSubscriber('long-titles');
  const title = `Production wave 3 of the shop release failed for ${'tenant-with-a-long-name '.repeat(5)}and more`;
  const run = await notify([
    '--to',
    `sns:${topic}`,
    '--status',
    'failure',
    '--title',
    title,
    '--who',
    'release-bot',
  ]);
  expect(run.code).toBe(0);
  const [delivered] = snsNotifications();
  expect(delivered?.Subject).toBe(
    '[FAILURE] Production wave 3 of the shop release failed for tenant-with-a-long-name…',
  );
  expect(delivered?.Subject?.length).toBeLessThan(100);
  expect(delivered?.Message.split('\n').slice(0, 5)).toEqual([
    `FAILURE: ${title}`,
    '',
    'What: release',
    'Where: acme/shop@main',
    'Who: release-bot',
  ]);
});

test('EventBridge (moto): PutEvents on the bus; a rule on detail.status routes failures to SQS, not successes', async () => {
  const queue = await busWithFailureRule('releases');
  const failed = await notify([
    '--to',
    'events:releases',
    '--status',
    'failure',
    '--details',
    loadTestFile,
    '--region',
    REGION,
  ]);
  expect(failed.stdout).toMatch(/^events releases: sent: put event [\w-]+\n$/);
  expect(failed.code).toBe(0);
  const succeeded = await notify(
    ['--to', 'events:releases', '--status', 'success', '--title', 'Load test passed'],
    {
      AWS_REGION: REGION,
    },
  );
  expect(succeeded.code).toBe(0);
  const events = await queuedEvents(queue);
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ source: 'rampart', 'detail-type': 'Rampart Notification' });
  expect(events[0]?.detail).toEqual({
    title: 'Load test checkout-api',
    status: 'failure',
    what: 'release',
    where: 'acme/shop@main',
    who: 'octocat',
    runUrl: RUN_URL,
    summary: expect.stringMatching(/^https:\/\/staging\.example\.com, local engine/),
    fields: [
      { name: 'http_req_duration p(95)<500', value: expect.stringMatching(/ ms \(passed\)$/) },
      { name: 'http_req_failed rate<0.01', value: '5% (failed)' },
    ],
    detailsKind: 'load-test-result',
    time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
});

test('Slack (local webhook): Block Kit blocks with the run, the details and a button; the URL from an environment variable is printed nowhere', async () => {
  const run = await notify(
    ['--to', 'slack:env:SLACK_WEBHOOK', '--status', 'failure', '--details', deployFile],
    {
      SLACK_WEBHOOK: slack.url,
    },
  );
  expect(run).toEqual({ code: 0, stdout: 'slack (env SLACK_WEBHOOK): sent: posted\n', stderr: '' });
  expect(slack.requests).toHaveLength(1);
  const request = slack.requests[0];
  expect(request?.method).toBe('POST');
  const payload = JSON.parse(request?.body ?? '{}');
  expect(payload.text).toBe('FAILURE: Deployment of shop');
  expect(payload.blocks.map((block: { type: string }) => block.type)).toEqual([
    'header',
    'section',
    'section',
    'context',
    'actions',
  ]);
  expect(payload.blocks[0].text).toEqual({ type: 'plain_text', text: ':x: Deployment of shop', emoji: true });
  expect(payload.blocks[1].fields.map((field: { text: string }) => field.text)).toEqual([
    '*Status*\n:x: failure',
    '*What*\nrelease',
    '*Where*\nacme/shop@main',
    '*Who*\noctocat',
  ]);
  expect(payload.blocks[2].fields.map((field: { text: string }) => field.text)).toEqual([
    '*beta (eu-west-1, wave 2)*\nfailed: UPDATE_ROLLBACK_COMPLETE: Bucket shop-beta-assets already exists',
    '*gamma (eu-west-1, wave 3)*\nskipped',
  ]);
  expect(payload.blocks[4].elements).toEqual([
    { type: 'button', text: { type: 'plain_text', text: 'View run' }, url: RUN_URL, style: 'danger' },
  ]);
  expect(run.stdout + run.stderr).not.toContain(slack.url);
});

test('partial failure: Slack answers 500 and a bus is missing while SNS succeeds; each is reported, exit 1', async () => {
  const topic = await topicWithSubscriber('partial');
  slack.status = 500;
  const run = await notify(
    [
      '--to',
      `slack:${slack.url}`,
      '--to',
      `sns:${topic}`,
      '--to',
      'events:no-such-bus',
      '--status',
      'failure',
      '--title',
      'Gate failed',
    ],
    { AWS_REGION: REGION },
  );
  expect(run.code).toBe(1);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines).toEqual([
    `slack webhook on ${new URL(slack.url).host}: failed: the Slack webhook answered 500 invalid_token`,
    expect.stringMatching(new RegExp(`^sns ${topic}: sent: published message `)),
    expect.stringMatching(/^events no-such-bus: failed: .*no-such-bus/),
  ]);
  expect(slack.requests).toHaveLength(1);
  expect(snsNotifications().map((delivered) => delivered.Subject)).toEqual(['[FAILURE] Gate failed']);
  expect(run.stdout + run.stderr).not.toContain(slack.url);
});

test('an unreachable webhook fails its target without printing the URL', async () => {
  const url = `${slack.url}/T0000/B0000/secretpath`;
  await slack.close();
  const run = await notify(['--to', `slack:${url}`, '--status', 'success', '--title', 'Deployed']);
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(
    /^slack webhook on 127\.0\.0\.1:\d+: failed: the Slack webhook could not be reached: .*ECONNREFUSED/,
  );
  expect(run.stdout + run.stderr).not.toContain('secretpath');
  slack = await startHttpCapture();
});

describe('bad input: exit 2, every problem on its own line, nothing sent', () => {
  test('malformed --to values, a bad status and an unreadable details file, all at once', async () => {
    const missing = join(dir, 'missing.json');
    const run = await notify([
      '--to',
      'sns:arn:aws:sns:us-east-1:12:x',
      '--to',
      `slack:ftp://${new URL(slack.url).host}/secretpath`,
      '--to',
      `slack:${slack.url}`,
      '--status',
      'broken',
      '--title',
      'x',
      '--details',
      missing,
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'error: --to sns:arn:aws:sns:us-east-1:12:x: expected an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME',
      'error: --to slack:…: the webhook URL must be https (it is a credential)',
      expect.stringMatching(new RegExp(`^error: ${missing}: cannot read the details: ENOENT`)),
      'error: --status "broken" is not one of success, failure',
    ]);
    expect(run.stderr).not.toContain('secretpath');
    expect(slack.requests).toEqual([]);
  });

  test('details that are not JSON name the file; no --to, no --status are usage errors', async () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, 'tenants: [beta]\n');
    const run = await notify(['--to', `slack:${slack.url}`, '--status', 'failure', '--details', invalid]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^error: ${invalid}: the details are not valid JSON: Unexpected token [^\\n]+ is not valid JSON\\n$`,
      ),
    );
    expect(await notify(['--status', 'failure'])).toMatchObject({
      code: 2,
      stderr: 'error: rampart notify: --to is required\n',
    });
    expect(await notify(['--to', `slack:${slack.url}`])).toMatchObject({
      code: 2,
      stderr: 'error: rampart notify: --status is required\n',
    });
    expect(slack.requests).toEqual([]);
  });
});
