/**
 * actions/lambda-ready and actions/inspector-gate, bundled, run as the runner runs them: lambda-ready
 * against moto with functions created for real; inspector-gate against a local stand-in for
 * Inspector's ListFindings shaped like the API reference (moto 5.2.1 has no inspector2).
 */
import { join } from 'node:path';
import { FUNCTION_ARN, IMAGE_URI, lambdaFinding } from './support/inspector-findings';
import { type InspectorStandIn, startInspectorStandIn } from './support/inspector-api';
import { createFunctionIn } from './support/lambda-fixtures';
import { TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { runAction, workflowCommands } from './support/run-action';

const LAMBDA_READY = join(__dirname, '..', 'actions', 'lambda-ready');
const INSPECTOR_GATE = join(__dirname, '..', 'actions', 'inspector-gate');

useLocalAws();

const errors = (stdout: string) =>
  workflowCommands(stdout)
    .filter((command) => command.command === 'error')
    .map((command) => command.message);

describe('actions/lambda-ready on moto', () => {
  let edgeArn: string;
  beforeAll(async () => {
    await createFunctionIn(TOOLING_ACCOUNT, 'orders-api');
    edgeArn = await createFunctionIn(TOOLING_ACCOUNT, 'edge-router', { region: 'eu-west-1' });
  });

  test('every function ready: outputs ready and states, and a summary table', async () => {
    const run = await runAction(LAMBDA_READY, { functions: `orders-api\n${edgeArn}\n` });
    expect(run.exitCode).toBe(0);
    expect(run.outputs.ready).toBe('true');
    expect(run.outputs['not-ready']).toBe('');
    expect(JSON.parse(run.outputs.states ?? '')).toEqual([
      { function: 'orders-api', outcome: 'ready', state: 'Active', lastUpdateStatus: 'Successful' },
      { function: edgeArn, outcome: 'ready', state: 'Active', lastUpdateStatus: 'Successful' },
    ]);
    expect(run.summary).toContain('### Lambda functions ready: PASS');
    expect(run.summary).toContain('| orders-api | ready | Active | Successful |  |');
  });

  test('a missing function fails the step and is named; fail-on-not-ready: false only reports it', async () => {
    const run = await runAction(LAMBDA_READY, { functions: 'orders-api, reports', timeout: '30s' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ ready: 'false', 'not-ready': 'reports' });
    expect(errors(run.stdout)).toEqual(['not ready: reports (not-found)']);
    expect(run.summary).toMatch(/\| reports \| NOT FOUND \| {2}\| {2}\| ResourceNotFoundException: /);
    const reported = await runAction(LAMBDA_READY, { functions: 'reports', 'fail-on-not-ready': 'false' });
    expect(reported.exitCode).toBe(0);
    expect(reported.outputs.ready).toBe('false');
  });

  test('bad input fails the step with every problem, before any call', async () => {
    const run = await runAction(LAMBDA_READY, { functions: 'orders/api', timeout: 'later' });
    expect(run.exitCode).toBe(1);
    expect(errors(run.stdout)).toEqual([
      [
        'input "functions" "orders/api" is not a Lambda function name or ARN, optionally with :version or :alias (e.g. orders-api, orders-api:live, arn:aws:lambda:eu-west-1:123456789012:function:orders-api)',
        'input "timeout" "later" must be a duration such as 90s, 45m or 1h30m',
      ].join('\n'),
    ]);
    expect(run.outputs).toEqual({});
  });
});

describe('actions/inspector-gate on a ListFindings stand-in (recorded API shapes: moto has no inspector2)', () => {
  let inspector: InspectorStandIn;
  beforeEach(async () => {
    inspector = await startInspectorStandIn();
  });
  afterEach(() => inspector.close());
  const env = () => ({ AWS_ENDPOINT_URL: inspector.endpoint });

  test('findings at or above the bar fail the step: count, worst severity, a summary table with the fix', async () => {
    inspector.pages = [
      {
        findings: [
          lambdaFinding({ severity: 'HIGH', inspectorScore: 8.2, title: 'CVE-2023-0286 - openssl' }),
        ],
        nextToken: 'page-1',
      },
      { findings: [lambdaFinding()] },
    ];
    const run = await runAction(
      INSPECTOR_GATE,
      { resources: FUNCTION_ARN, severity: 'HIGH', 'min-score': '8' },
      env(),
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toEqual({ passed: 'false', findings: '2', 'worst-severity': 'CRITICAL' });
    expect(
      inspector.requests.map((request) => [request.nextToken, request.filterCriteria?.severity]),
    ).toEqual([
      [
        undefined,
        [
          { comparison: 'EQUALS', value: 'HIGH' },
          { comparison: 'EQUALS', value: 'CRITICAL' },
        ],
      ],
      [
        'page-1',
        [
          { comparison: 'EQUALS', value: 'HIGH' },
          { comparison: 'EQUALS', value: 'CRITICAL' },
        ],
      ],
    ]);
    expect(errors(run.stdout)).toEqual([
      `CVE-2022-39227 - python-jwt on ${FUNCTION_ARN}`,
      `CVE-2023-0286 - openssl on ${FUNCTION_ARN}`,
      'Amazon Inspector gate failed: 2 active finding(s) at HIGH or above with an Inspector score of at least 8',
    ]);
    expect(run.summary).toContain(
      `| CRITICAL | 9.1 | CVE-2022-39227 - python-jwt | python-jwt 3.3.3 → fixed in 3.3.4 | None Provided pip install python-jwt==3.3.4 | ${FUNCTION_ARN} |`,
    );
    expect(run.summary).toContain(`| ${FUNCTION_ARN} | 2 |`);
  });

  test('no active finding at the bar passes, for functions and images alike', async () => {
    inspector.pages = [{ findings: [lambdaFinding({ status: 'SUPPRESSED' })] }];
    const run = await runAction(INSPECTOR_GATE, { resources: `${FUNCTION_ARN}\n${IMAGE_URI}` }, env());
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toEqual({ passed: 'true', findings: '0', 'worst-severity': '' });
    expect(inspector.requests).toHaveLength(2);
    expect(run.summary).toContain(
      '### Amazon Inspector gate: PASS: no active finding at CRITICAL (2 resource(s) checked)',
    );
  });

  test('fail-on-findings: false reports without failing; a bad severity fails before any call', async () => {
    inspector.pages = [{ findings: [lambdaFinding()] }];
    const reported = await runAction(
      INSPECTOR_GATE,
      { resources: FUNCTION_ARN, 'fail-on-findings': 'false' },
      env(),
    );
    expect(reported.exitCode).toBe(0);
    expect(reported.outputs.passed).toBe('false');
    inspector.requests.length = 0;
    const bad = await runAction(INSPECTOR_GATE, { resources: FUNCTION_ARN, severity: 'urgent' }, env());
    expect(bad.exitCode).toBe(1);
    expect(errors(bad.stdout)).toEqual([
      'input "severity" "urgent" is not one of INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL',
    ]);
    expect(inspector.requests).toHaveLength(0);
  });
});
