/**
 * `rampart incident start` in-process through the CLI's main(). moto 5.2.1 has no Systems Manager
 * Incident Manager (ssm-incidents): StartIncident answers with responses shaped like its API reference,
 * through aws-sdk-client-mock.
 */
import {
  AccessDeniedException,
  ResourceNotFoundException,
  SSMIncidentsClient,
  StartIncidentCommand,
  type StartIncidentCommandInput,
} from '@aws-sdk/client-ssm-incidents';
import { mockClient } from 'aws-sdk-client-mock';
import { runCli } from './support/run-cli';

const PLAN = 'arn:aws:ssm-incidents::111122223333:response-plan/SecurityEventResponsePlan';
const RECORD =
  'arn:aws:ssm-incidents::111122223333:incident-record/SecurityEventResponsePlan/1ec1b2c2-4b7e-4d5a-9a3f-7a1e2b3c4d5e';
const RUN_URL = 'https://github.com/acme/shop/actions/runs/42';

const incidents = mockClient(SSMIncidentsClient);
const saved = { ...process.env };
beforeEach(() => {
  incidents.reset();
  incidents.on(StartIncidentCommand).resolves({ incidentRecordArn: RECORD });
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
  });
  delete process.env.GITHUB_ACTIONS;
  delete process.env.CODEBUILD_BUILD_ID;
});
afterAll(() => {
  incidents.restore();
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
});

function start(...args: string[]) {
  return runCli('incident', 'start', '--response-plan', PLAN, ...args);
}

function sentInputs(): StartIncidentCommandInput[] {
  return incidents.commandCalls(StartIncidentCommand).map((call) => call.args[0].input);
}

test('StartIncident (API-reference-shaped responses; moto has no ssm-incidents): title, impact override, the link, and the record ARN printed', async () => {
  const run = await start(
    '--title',
    'Production wave 2 failed: beta',
    '--impact',
    '2',
    '--related-url',
    RUN_URL,
  );
  expect(run).toEqual({ code: 0, stdout: `${RECORD}\n`, stderr: '' });
  const [input, ...others] = sentInputs();
  expect(others).toEqual([]);
  expect(input).toEqual({
    responsePlanArn: PLAN,
    title: 'Production wave 2 failed: beta',
    impact: 2,
    clientToken: expect.stringMatching(/^[0-9a-f]{64}$/),
    triggerDetails: { source: 'rampart', timestamp: expect.any(Date) },
    relatedItems: [{ identifier: { type: 'OTHER', value: { url: RUN_URL } } }],
  });
  expect(await incidents.call(0).thisValue.config.region()).toBe('eu-west-1');
});

test('idempotency (API-reference-shaped responses): the same inputs give the same client token, another run link another', async () => {
  await start('--title', 'Gate failed', '--impact', '3', '--related-url', RUN_URL);
  await start('--title', 'Gate failed', '--impact', '3', '--related-url', RUN_URL);
  await start('--title', 'Gate failed', '--impact', '3', '--related-url', `${RUN_URL}/attempts/2`);
  await start('--title', 'Gate failed', '--impact', '3', '--client-token', 'release-2024-05-01-wave-2');
  const tokens = sentInputs().map((input) => input.clientToken);
  expect(tokens[0]).toBe(tokens[1]);
  expect(tokens[2]).not.toBe(tokens[0]);
  expect(tokens[3]).toBe('release-2024-05-01-wave-2');
});

test('in GitHub Actions the run is linked by default (API-reference-shaped responses)', async () => {
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  });
  const run = await start('--title', 'Gate failed', '--impact', '1', '--region', 'us-east-1');
  expect(run.code).toBe(0);
  expect(sentInputs()[0]?.relatedItems).toEqual([{ identifier: { type: 'OTHER', value: { url: RUN_URL } } }]);
  expect(await incidents.call(0).thisValue.config.region()).toBe('us-east-1');
});

test("errors StartIncident answers (shaped like its API reference's) fail the command with exit 1 and the service's message", async () => {
  incidents.on(StartIncidentCommand).rejects(
    new ResourceNotFoundException({
      $metadata: { httpStatusCode: 404 },
      message: 'Response plan SecurityEventResponsePlan was not found',
      resourceType: 'RESPONSE_PLAN',
      resourceIdentifier: PLAN,
    }),
  );
  expect(await start('--title', 'Gate failed', '--impact', '2')).toEqual({
    code: 1,
    stdout: '',
    stderr: 'rampart incident start: Response plan SecurityEventResponsePlan was not found\n',
  });
  incidents.on(StartIncidentCommand).rejects(
    new AccessDeniedException({
      $metadata: { httpStatusCode: 403 },
      message: `User: arn:aws:sts::111122223333:assumed-role/ci/gha is not authorized to perform: ssm-incidents:StartIncident on resource: ${PLAN}`,
    }),
  );
  const denied = await start('--title', 'Gate failed', '--impact', '2');
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain('is not authorized to perform: ssm-incidents:StartIncident');
});

describe('bad input: exit 2, nothing started', () => {
  test.each(['0', '6', 'high', '2.5'])('--impact %s', async (impact) => {
    expect(await start('--title', 'Gate failed', '--impact', impact)).toEqual({
      code: 2,
      stdout: '',
      stderr: `error: --impact "${impact}" is not 1 (critical) to 5 (no impact)\n`,
    });
    expect(sentInputs()).toEqual([]);
  });

  test('a plan that is not a response plan ARN, links that are not URLs, no region: all at once', async () => {
    delete process.env.AWS_REGION;
    const run = await runCli(
      'incident',
      'start',
      '--response-plan',
      'arn:aws:ssm:eu-west-1:111122223333:document/plan',
      '--title',
      '  ',
      '--impact',
      '3',
      '--related-url',
      'not a url',
      '--related-url',
      'ftp://example.com/run',
    );
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'error: --response-plan "arn:aws:ssm:eu-west-1:111122223333:document/plan" is not a response plan ARN (arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME)',
      'error: --title is needed',
      'error: --related-url "not a url" is not a URL',
      'error: --related-url "ftp://example.com/run" is not an http(s) URL',
      'error: the region is not known: give --region or set AWS_REGION',
    ]);
    expect(await runCli('incident', 'start', '--title', 'x', '--impact', '1')).toMatchObject({
      code: 2,
      stderr: 'error: rampart incident start: --response-plan is required\n',
    });
    expect(sentInputs()).toEqual([]);
  });

  test('a title longer than Incident Manager takes (200) is cut, not refused', async () => {
    const run = await start('--title', `Wave failed ${'x'.repeat(300)}`, '--impact', '2');
    expect(run.code).toBe(0);
    const title = sentInputs()[0]?.title ?? '';
    expect(title).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });
});
