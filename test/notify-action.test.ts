/**
 * actions/notify, its committed bundle run the way the runner runs it: SNS on moto, a local HTTP
 * server standing in for the Slack webhook, and one for Incident Manager answering StartIncident as its
 * API reference shows (moto 5.2.1 has no ssm-incidents). Webhook URLs are masked before anything else
 * is printed and appear nowhere else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { createAwsClient } from '../src/aws/client-factory';
import { tempDir } from './support/deploy-fixtures';
import { type HttpCapture, startHttpCapture } from './support/http-capture';
import { REGION, useLocalAws } from './support/local-aws';
import { deployResults, writeJson } from './support/notify-fixtures';
import { runAction, workflowCommands } from './support/run-action';

useLocalAws();

const ACTION = join(__dirname, '..', 'actions', 'notify');
const PLAN = 'arn:aws:ssm-incidents::111122223333:response-plan/ReleaseResponsePlan';
const RECORD =
  'arn:aws:ssm-incidents::111122223333:incident-record/ReleaseResponsePlan/6ebcc812-85f5-b7eb-8b2f-283e4d844308';
/** runAction's repository and run id, with this server. */
const RUN_URL = 'https://github.com/acme/app/actions/runs/4242';

const workspace = tempDir();
writeJson(workspace, 'deploy-results.json', deployResults());
const RUNNER = {
  GITHUB_WORKSPACE: workspace,
  GITHUB_WORKFLOW: 'release',
  GITHUB_REF_NAME: 'main',
  GITHUB_SERVER_URL: 'https://github.com',
  AWS_REGION: REGION,
};

let slack: HttpCapture;
let subscriber: HttpCapture;
beforeEach(async () => {
  slack = await startHttpCapture();
  subscriber = await startHttpCapture();
});
afterEach(async () => {
  await slack.close();
  await subscriber.close();
});

async function topicWithSubscriber(name: string): Promise<string> {
  const sns = createAwsClient(SNSClient, { region: REGION });
  const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
  await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: subscriber.url }));
  return TopicArn ?? '';
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

function errors(stdout: string): string[] {
  return workflowCommands(stdout)
    .filter((command) => command.command === 'error')
    .map((command) => command.message);
}

/** A stand-in for Incident Manager's StartIncident (POST /startIncident), answering as its API reference shows. */
async function startIncidentManager(): Promise<{
  endpoint: string;
  bodies: unknown[];
  close(): Promise<void>;
}> {
  const bodies: unknown[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || request.url !== '/startIncident') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"not found"}');
      return;
    }
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ incidentRecordArn: RECORD }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bodies,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('Slack and SNS: the run filled in from the runner, the webhook URL masked first and printed nowhere else', async () => {
  const topic = await topicWithSubscriber('action-releases');
  const secretUrl = `${slack.url}/T0000/B0000/secretpath`;
  const run = await runAction(
    ACTION,
    { to: `slack:${secretUrl}\nsns:${topic}\n`, status: 'failure', details: 'deploy-results.json' },
    RUNNER,
  );
  expect(run.exitCode).toBe(0);
  const masks = workflowCommands(run.stdout).filter((command) => command.command === 'add-mask');
  expect(masks.map((command) => command.message)).toEqual([secretUrl]);
  expect(run.stdout.indexOf('::add-mask::')).toBeLessThanOrEqual(run.stdout.indexOf(secretUrl));
  expect(occurrences(run.stdout, 'secretpath')).toBe(1);
  expect(run.stderr).not.toContain('secretpath');
  expect(run.summary).not.toContain('secretpath');
  expect(JSON.stringify(run.outputs)).not.toContain('secretpath');

  expect(JSON.parse(run.outputs.results ?? '[]')).toEqual([
    { target: `slack webhook on ${new URL(slack.url).host}`, status: 'sent', detail: 'posted' },
    { target: `sns ${topic}`, status: 'sent', detail: expect.stringMatching(/^published message /) },
  ]);
  expect(run.outputs.failed).toBe('0');
  expect(run.outputs['incident-arn']).toBe('');
  expect(run.summary).toContain('| sns ' + topic + ' | sent |');

  const payload = JSON.parse(slack.requests[0]?.body ?? '{}');
  expect(slack.requests[0]?.path).toBe('/hook/T0000/B0000/secretpath');
  expect(payload.blocks[1].fields.map((field: { text: string }) => field.text)).toEqual([
    '*Status*\n:x: failure',
    '*What*\nrelease',
    '*Where*\nacme/app@main',
    '*Who*\noctocat',
  ]);
  expect(payload.blocks.at(-1).elements[0].url).toBe(RUN_URL);
  const notification = subscriber.requests
    .map((request) => JSON.parse(request.body))
    .find((body) => body.Type === 'Notification');
  expect(notification.Subject).toBe('[FAILURE] Deployment of shop');
  expect(notification.Message).toContain(`Run: ${RUN_URL}`);
});

test('slack:env:VARIABLE: the URL in the environment is masked too', async () => {
  const run = await runAction(
    ACTION,
    { to: 'slack:env:SLACK_WEBHOOK_URL', status: 'success', title: 'Release 1.4.0 deployed' },
    { ...RUNNER, SLACK_WEBHOOK_URL: `${slack.url}/secretpath` },
  );
  expect(run.exitCode).toBe(0);
  expect(workflowCommands(run.stdout).filter((command) => command.command === 'add-mask')).toHaveLength(1);
  expect(occurrences(run.stdout, 'secretpath')).toBe(1);
  expect(JSON.parse(slack.requests[0]?.body ?? '{}').text).toBe('SUCCESS: Release 1.4.0 deployed');
});

test('a failing target fails the step with every target reported; fail-on-error "false" only warns', async () => {
  const topic = await topicWithSubscriber('action-partial');
  slack.status = 500;
  const inputs = { to: `slack:${slack.url}\nsns:${topic}`, status: 'failure', title: 'Gate failed' };
  const failed = await runAction(ACTION, inputs, RUNNER);
  expect(failed.exitCode).toBe(1);
  expect(errors(failed.stdout)).toEqual([`could not notify slack webhook on ${new URL(slack.url).host}`]);
  expect(failed.outputs.failed).toBe('1');
  expect(
    JSON.parse(failed.outputs.results ?? '[]').map((result: { status: string }) => result.status),
  ).toEqual(['failed', 'sent']);
  const warned = await runAction(ACTION, { ...inputs, 'fail-on-error': 'false' }, RUNNER);
  expect(warned.exitCode).toBe(0);
  expect(workflowCommands(warned.stdout).filter((command) => command.command === 'warning')).toHaveLength(1);
});

test('bad inputs fail the step naming each input, and nothing is sent', async () => {
  const run = await runAction(
    ACTION,
    {
      to: `slack:ftp://example.com/secretpath\npager:ops`,
      status: 'done',
      details: 'missing.json',
      'incident-response-plan': PLAN,
    },
    RUNNER,
  );
  expect(run.exitCode).toBe(1);
  expect(errors(run.stdout)).toEqual([
    [
      'input "to" slack:…: the webhook URL must be https (it is a credential)',
      'input "to" pager:…: expected one of sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN',
      `${join(workspace, 'missing.json')}: cannot read the details: ENOENT: no such file or directory, open '${join(workspace, 'missing.json')}'`,
      'input "status" "done" is not one of success, failure',
    ].join('\n'),
  ]);
  expect(occurrences(run.stdout, 'secretpath')).toBe(1);
  expect(slack.requests).toEqual([]);
});

describe('an incident on failure (a stand-in answering StartIncident as its API reference shows; moto has no ssm-incidents)', () => {
  test('status failure: notified and an incident started with the run linked; its ARN is an output', async () => {
    const incidents = await startIncidentManager();
    try {
      const run = await runAction(
        ACTION,
        {
          to: `slack:${slack.url}`,
          status: 'failure',
          title: 'Wave 2 failed',
          'incident-response-plan': PLAN,
          'incident-impact': '1',
        },
        {
          ...RUNNER,
          AWS_ENDPOINT_URL: incidents.endpoint,
          AWS_ACCESS_KEY_ID: 'testing',
          AWS_SECRET_ACCESS_KEY: 'testing',
        },
      );
      expect(run.exitCode).toBe(0);
      expect(run.outputs['incident-arn']).toBe(RECORD);
      expect(run.summary).toContain(`Incident started: \`${RECORD}\``);
      expect(incidents.bodies).toEqual([
        {
          responsePlanArn: PLAN,
          title: 'Wave 2 failed',
          impact: 1,
          clientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
          triggerDetails: { source: 'rampart', timestamp: expect.any(Number) },
          relatedItems: [{ identifier: { type: 'OTHER', value: { url: RUN_URL } } }],
        },
      ]);
      expect(slack.requests).toHaveLength(1);
    } finally {
      await incidents.close();
    }
  });

  test('status success starts none; an impact out of 1..5 is bad input and nothing is sent', async () => {
    const incidents = await startIncidentManager();
    try {
      const env = {
        ...RUNNER,
        AWS_ENDPOINT_URL: incidents.endpoint,
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
      };
      const inputs = { to: `slack:${slack.url}`, title: 'Wave 2', 'incident-response-plan': PLAN };
      const success = await runAction(ACTION, { ...inputs, status: 'success' }, env);
      expect([success.exitCode, success.outputs['incident-arn']]).toEqual([0, '']);
      const bad = await runAction(ACTION, { ...inputs, status: 'failure', 'incident-impact': '6' }, env);
      expect(bad.exitCode).toBe(1);
      expect(errors(bad.stdout)).toEqual([
        'input "incident-impact" "6" is not 1 (critical) to 5 (no impact)',
      ]);
      expect(incidents.bodies).toEqual([]);
      expect(slack.requests).toHaveLength(1);
    } finally {
      await incidents.close();
    }
  });
});
