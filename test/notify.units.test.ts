/**
 * The notification core without a network: details files, `--to` values, the message model and how
 * each target renders it (Slack blocks, SNS subject and body, the EventBridge detail), within each
 * service's limits. Delivery is tested against moto and a local Slack stand-in in notify.cli.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { InputError } from '../src/errors';
import { loadDetails } from '../src/notify/details';
import { eventDetail, putNotificationEvent } from '../src/notify/events';
import { buildMessage, type NotificationMessage, runOriginFromEnvironment } from '../src/notify/message';
import { slackPayload } from '../src/notify/slack';
import { MAX_SNS_SUBJECT, snsMessage, snsSubject } from '../src/notify/sns';
import { parseTargets, webhookUrlsIn } from '../src/notify/targets';
import { tempDir } from './support/deploy-fixtures';
import { deployResults, loadTestResult, writeJson } from './support/notify-fixtures';

const WEBHOOK = 'https://hooks.slack.com/services/T0000/B0000/secretpathXYZ';
const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:releases';

function message(overrides: Partial<NotificationMessage> = {}): NotificationMessage {
  return {
    title: 'Deployment of shop',
    status: 'failure',
    what: 'release',
    where: 'acme/shop@main',
    who: 'octocat',
    runUrl: 'https://github.com/acme/shop/actions/runs/42',
    summary: '3 stack(s): 1 deployed, 1 failed, 1 skipped',
    fields: [{ name: 'beta (eu-west-1, wave 2)', value: 'failed: Bucket already exists' }],
    time: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

function problemsOf(work: () => unknown): string[] {
  try {
    work();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

async function asyncProblemsOf(work: () => Promise<unknown>): Promise<string[]> {
  try {
    await work();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('details files', () => {
  const dir = tempDir();

  test('deploy results: the tenants that did not deploy, with their region, wave and error', async () => {
    const details = await loadDetails(writeJson(dir, 'deploy.json', deployResults()));
    expect(details).toEqual({
      kind: 'deploy-results',
      title: 'Deployment of shop',
      summary: '3 stack(s): 1 deployed, 1 failed, 1 skipped',
      fields: [
        {
          name: 'beta (eu-west-1, wave 2)',
          value: 'failed: UPDATE_ROLLBACK_COMPLETE: Bucket shop-beta-assets already exists',
        },
        { name: 'gamma (eu-west-1, wave 3)', value: 'skipped' },
      ],
    });
  });

  test('a load-test result: every threshold with its measured value and verdict', async () => {
    const details = await loadDetails(writeJson(dir, 'load.json', loadTestResult()));
    expect(details.kind).toBe('load-test-result');
    expect(details.title).toBe('Load test checkout-api');
    expect(details.summary).toMatch(
      /^https:\/\/staging\.example\.com, local engine, constant-arrival-rate, /,
    );
    expect(details.fields).toEqual([
      { name: 'http_req_duration p(95)<500', value: expect.stringMatching(/^9[45](\.\d+)? ms \(passed\)$/) },
      { name: 'http_req_failed rate<0.01', value: '5% (failed)' },
    ]);
  });

  test('a generic document: title, summary and fields in their order; long values cut', async () => {
    const file = writeJson(dir, 'generic.json', {
      title: 'Nightly restore drill',
      summary: 'restored in 14 minutes',
      fields: { database: 'orders', 'within RTO': true, minutes: 14, log: 'x'.repeat(5000) },
    });
    const details = await loadDetails(file);
    expect(details.title).toBe('Nightly restore drill');
    expect(details.fields.map((field) => [field.name, field.value.length])).toEqual([
      ['database', 6],
      ['within RTO', 4],
      ['minutes', 2],
      ['log', 1500],
    ]);
    expect(details.fields[3]?.value.endsWith('…')).toBe(true);
  });

  test('bad details name the file and what is wrong', async () => {
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, '{"title": "x",');
    expect(await asyncProblemsOf(() => loadDetails(invalid))).toEqual([
      expect.stringMatching(new RegExp(`^${invalid}: the details are not valid JSON: `)),
    ]);
    const missing = join(dir, 'missing.json');
    expect(await asyncProblemsOf(() => loadDetails(missing))).toEqual([
      expect.stringMatching(new RegExp(`^${missing}: cannot read the details: ENOENT`)),
    ]);
    const other = writeJson(dir, 'other.json', { hello: 'world' });
    expect(await asyncProblemsOf(() => loadDetails(other))).toEqual([
      `${other}: no "tenants", "kind" or "fields": expected a rampart deploy results file, a load-test result, or {"title": "...", "summary": "...", "fields": {"name": "value", ...}}`,
    ]);
    const wrongTypes = writeJson(dir, 'types.json', { title: 3, fields: { a: { nested: true }, b: null } });
    expect(await asyncProblemsOf(() => loadDetails(wrongTypes))).toEqual([
      `${wrongTypes}: "title" must be a string`,
      `${wrongTypes}: fields."a" must be a string, number or boolean`,
      `${wrongTypes}: fields."b" must be a string, number or boolean`,
    ]);
    const brokenTenant = writeJson(dir, 'tenants.json', { ...deployResults(), tenants: [{ id: 'a' }] });
    expect(await asyncProblemsOf(() => loadDetails(brokenTenant))).toEqual([
      expect.stringContaining(`${brokenTenant}: tenants[0] has no "id" and "status"`),
    ]);
    const notLoadTest = writeJson(dir, 'not-load.json', { kind: 'load-test-result', version: 9 });
    expect(await asyncProblemsOf(() => loadDetails(notLoadTest))).toEqual([
      `${notLoadTest}: not a Rampart load-test result (rampart load-test run --out FILE writes one)`,
    ]);
  });
});

describe('--to values', () => {
  const env = { SLACK_URL: WEBHOOK, EMPTY: '' };

  test('each kind, labelled without the webhook URL', () => {
    const targets = parseTargets(
      [
        `sns:${TOPIC}`,
        'events:releases',
        'events:arn:aws:events:ap-south-1:123456789012:event-bus/ops',
        `slack:${WEBHOOK}`,
        'slack:env:SLACK_URL',
      ],
      { env, region: 'us-west-2' },
    );
    expect(targets).toEqual([
      { kind: 'sns', label: `sns ${TOPIC}`, topicArn: TOPIC },
      { kind: 'events', label: 'events releases', eventBus: 'releases', region: 'us-west-2' },
      {
        kind: 'events',
        label: 'events arn:aws:events:ap-south-1:123456789012:event-bus/ops',
        eventBus: 'arn:aws:events:ap-south-1:123456789012:event-bus/ops',
        region: 'ap-south-1',
      },
      { kind: 'slack', label: 'slack webhook on hooks.slack.com', webhookUrl: WEBHOOK },
      { kind: 'slack', label: 'slack (env SLACK_URL)', webhookUrl: WEBHOOK },
    ]);
  });

  test('every malformed value is reported at once, and no problem quotes a webhook URL', () => {
    const problems = problemsOf(() =>
      parseTargets(
        [
          'sns:not-an-arn',
          'events:releases',
          'email:ops@example.com',
          'slack:env:EMPTY',
          'slack:env:1BAD',
          'slack:http://hooks.slack.com/services/T0000/B0000/secretpathXYZ',
          'slack:hooks.slack.com/services/secretpathXYZ',
          'sns:https://hooks.slack.com/services/T0000/B0000/secretpathXYZ',
          'pager',
        ],
        { env },
      ),
    );
    expect(problems).toEqual([
      '--to sns:not-an-arn: expected an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME',
      '--to events:releases: an event bus name needs a region: give --region or set AWS_REGION',
      '--to email:…: expected one of sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN',
      '--to slack:env:EMPTY: the environment variable EMPTY is empty',
      '--to slack:env:1BAD: expected an environment variable name after env:',
      '--to slack:…: the webhook URL must be https (it is a credential)',
      '--to slack:…: expected a webhook URL (https://hooks.slack.com/…) or env:VARIABLE',
      '--to sns:…: expected an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME',
      '--to pager:…: expected one of sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN',
    ]);
    expect(problems.join('\n')).not.toContain('secretpath');
    expect(problemsOf(() => parseTargets([], { env }))).toEqual([
      '--to is needed: one or more of sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN',
    ]);
  });

  test('plain http is allowed for a loopback webhook only (a local stand-in)', () => {
    const [target] = parseTargets(['slack:http://127.0.0.1:8080/hook'], { env });
    expect(target).toMatchObject({ kind: 'slack', label: 'slack webhook on 127.0.0.1:8080' });
  });

  test('the webhook URLs to mask, given directly or through a variable, parsable or not', () => {
    expect(
      webhookUrlsIn(
        [`sns:${TOPIC}`, ` slack:${WEBHOOK} `, 'slack:env:SLACK_URL', 'slack:env:UNSET', 'slack:junk'],
        env,
      ),
    ).toEqual([WEBHOOK, WEBHOOK, 'junk']);
  });
});

describe('the message', () => {
  test('what, where, who and the run link come from GitHub Actions or CodeBuild', () => {
    expect(
      runOriginFromEnvironment({
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKFLOW: 'release',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_REF_NAME: 'main',
        GITHUB_ACTOR: 'octocat',
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_RUN_ID: '42',
      }),
    ).toEqual({
      what: 'release',
      where: 'acme/shop@main',
      who: 'octocat',
      runUrl: 'https://github.example.com/acme/shop/actions/runs/42',
    });
    expect(
      runOriginFromEnvironment({
        CODEBUILD_BUILD_ID: 'shop-deploy:0b6a1c2d',
        CODEBUILD_SOURCE_REPO_URL: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/shop',
        CODEBUILD_INITIATOR: 'codepipeline/shop',
        CODEBUILD_BUILD_URL:
          'https://console.aws.amazon.com/codesuite/codebuild/projects/shop-deploy/build/x',
      }),
    ).toEqual({
      what: 'shop-deploy',
      where: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/shop',
      who: 'codepipeline/shop',
      runUrl: 'https://console.aws.amazon.com/codesuite/codebuild/projects/shop-deploy/build/x',
    });
  });

  test("the title falls back to the details'; a missing title and a bad status are both reported", () => {
    const built = buildMessage(
      {
        status: 'success',
        origin: { who: 'octocat', where: '' },
        details: { kind: 'fields', title: 'Drill', fields: [] },
      },
      undefined,
      new Date('2024-05-01T10:00:00Z'),
    );
    expect(built).toEqual({
      title: 'Drill',
      status: 'success',
      who: 'octocat',
      summary: undefined,
      fields: [],
      detailsKind: 'fields',
      time: '2024-05-01T10:00:00.000Z',
    });
    expect(problemsOf(() => buildMessage({ status: 'ok', origin: {} }))).toEqual([
      '--title is needed (the details file has no title to use)',
      '--status "ok" is not one of success, failure',
    ]);
    expect(
      problemsOf(() => buildMessage({ status: 'ok', title: 'x', origin: {} }, (i) => `input "${i}"`)),
    ).toEqual(['input "status" "ok" is not one of success, failure']);
  });
});

describe('SNS', () => {
  test('a subject is one line of fewer than 100 characters, cut at a word with an ellipsis', () => {
    const fits = `[FAILURE] ${'a'.repeat(89)}`;
    expect(snsSubject(fits)).toBe(fits);
    expect(fits).toHaveLength(MAX_SNS_SUBJECT);
    const long = snsMessage(
      message({
        title:
          'Deployment of the shop application to every production tenant in eu-west-1 failed in wave 3 of 5',
      }),
    ).subject;
    expect(long).toBe(
      '[FAILURE] Deployment of the shop application to every production tenant in eu-west-1 failed in…',
    );
    expect(long.length).toBeLessThan(100);
    expect(snsSubject('line one\nline\ttwo\u0007 three')).toBe('line one line two three');
    // A word longer than the room is cut where the room ends.
    expect(snsSubject('x'.repeat(300))).toBe(`${'x'.repeat(98)}…`);
    // An emoji (two UTF-16 units) on the cut is never split in half.
    const emoji = snsSubject(`${'y'.repeat(97)}🚨 end`);
    expect(emoji).toBe(`${'y'.repeat(97)}…`);
    expect(emoji.length).toBeLessThan(100);
  });

  test('the body is plain text: the run, the summary and the details', () => {
    expect(snsMessage(message()).body).toBe(
      [
        'FAILURE: Deployment of shop',
        '',
        'What: release',
        'Where: acme/shop@main',
        'Who: octocat',
        'Run: https://github.com/acme/shop/actions/runs/42',
        '',
        '3 stack(s): 1 deployed, 1 failed, 1 skipped',
        '',
        '- beta (eu-west-1, wave 2): failed: Bucket already exists',
        '',
        'Sent by Rampart at 2024-05-01T10:00:00.000Z',
        '',
      ].join('\n'),
    );
  });

  test('a body over 256 KiB keeps as many details as fit and says how many it left out', () => {
    const fields = Array.from({ length: 500 }, (_, index) => ({
      name: `tenant-${index}`,
      value: 'é'.repeat(1500),
    }));
    const { body } = snsMessage(message({ fields }));
    const bytes = Buffer.byteLength(body);
    expect(bytes).toBeLessThanOrEqual(262_144);
    expect(bytes).toBeGreaterThan(262_144 - 3100);
    const kept = body.split('\n').filter((line) => line.startsWith('- tenant-')).length;
    expect(body).toContain(`(${500 - kept} more detail(s) left out: see the run)`);
  });
});

describe('EventBridge', () => {
  test('the detail is the message as JSON; an oversized one drops details to stay under 256 KiB', () => {
    expect(JSON.parse(eventDetail(message()))).toEqual(message());
    const fields = Array.from({ length: 400 }, (_, index) => ({
      name: `t${index}`,
      value: 'v'.repeat(1500),
    }));
    const detail = eventDetail(message({ fields }));
    const entryBytes = Buffer.byteLength(detail) + 'rampart'.length + 'Rampart Notification'.length + 14;
    expect(entryBytes).toBeLessThan(262_144);
    const parsed = JSON.parse(detail);
    expect(parsed.omittedFields).toBe(400 - parsed.fields.length);
    expect(parsed.fields.length).toBeGreaterThan(150);
  });

  test('an entry EventBridge rejects fails the target (response shaped like the PutEvents API reference)', async () => {
    const events = mockClient(EventBridgeClient);
    try {
      events.on(PutEventsCommand).resolves({
        FailedEntryCount: 1,
        Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'The request processing has failed.' }],
      });
      await expect(putNotificationEvent({ eventBus: 'ops', region: 'eu-west-1' }, message())).rejects.toThrow(
        'EventBridge rejected the event: InternalFailure The request processing has failed.',
      );
      const [call] = events.commandCalls(PutEventsCommand);
      expect(call?.args[0].input.Entries?.[0]).toMatchObject({
        Source: 'rampart',
        DetailType: 'Rampart Notification',
        EventBusName: 'ops',
      });
    } finally {
      events.restore();
    }
  });
});

describe('Slack blocks', () => {
  test('header, the run as fields, the details in sections of ten, a context line and a button to the run', () => {
    const fields = Array.from({ length: 12 }, (_, index) => ({ name: `tenant-${index}`, value: 'failed' }));
    const payload = slackPayload(message({ fields }));
    expect(payload.text).toBe('FAILURE: Deployment of shop');
    expect(payload.blocks.map((block) => block.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'context',
      'actions',
    ]);
    expect(payload.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: ':x: Deployment of shop', emoji: true },
    });
    expect(payload.blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '3 stack(s): 1 deployed, 1 failed, 1 skipped' },
      fields: [
        { type: 'mrkdwn', text: '*Status*\n:x: failure' },
        { type: 'mrkdwn', text: '*What*\nrelease' },
        { type: 'mrkdwn', text: '*Where*\nacme/shop@main' },
        { type: 'mrkdwn', text: '*Who*\noctocat' },
      ],
    });
    expect(
      [payload.blocks[2], payload.blocks[3]].map((block) => ('fields' in block ? block.fields?.length : 0)),
    ).toEqual([10, 2]);
    expect(payload.blocks[5]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'View run' },
          url: 'https://github.com/acme/shop/actions/runs/42',
          style: 'danger',
        },
      ],
    });
  });

  test("Block Kit's limits: header 150 characters, 30 detail fields with the rest counted, markup escaped", () => {
    const fields = Array.from({ length: 45 }, (_, index) => ({
      name: `<!channel> ${index}`,
      value: 'a & b',
    }));
    const payload = slackPayload(
      message({ title: 'T'.repeat(400), fields, runUrl: undefined, status: 'success' }),
    );
    const header = payload.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBe(150);
    const detailFields = payload.blocks.flatMap((block, index) =>
      index > 1 && block.type === 'section' ? (block.fields ?? []) : [],
    );
    expect(detailFields).toHaveLength(30);
    expect(detailFields[0]).toEqual({ type: 'mrkdwn', text: '*&lt;!channel&gt; 0*\na &amp; b' });
    expect(payload.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Sent by Rampart at 2024-05-01T10:00:00.000Z · 15 more detail(s) in the run',
        },
      ],
    });
    expect(payload.blocks.some((block) => block.type === 'actions')).toBe(false);
  });
});
