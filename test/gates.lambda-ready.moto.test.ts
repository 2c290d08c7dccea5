/**
 * `rampart gate lambda-ready` on moto: functions created for real, found by name, by ARN in another
 * region, by version and $LATEST, and in another account through --role-name. moto 5.2.1 reports every
 * function Active with LastUpdateStatus Successful at once, so this covers the ready path and the
 * lookups; the states on the way there are in gates.lambda-ready.states.test.ts.
 */
import { createFunctionIn } from './support/lambda-fixtures';
import { TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { runCli } from './support/run-cli';

useLocalAws();

const TENANT_ACCOUNT = '222222222222';
const arns: Record<string, string> = {};

beforeAll(async () => {
  arns.orders = await createFunctionIn(TOOLING_ACCOUNT, 'orders-api', { publish: true });
  arns.edge = await createFunctionIn(TOOLING_ACCOUNT, 'edge-router', { region: 'eu-west-1' });
  arns.billing = await createFunctionIn(TENANT_ACCOUNT, 'billing');
});

test('functions by name and by ARN in another region, a version and $LATEST: all ready, exit 0', async () => {
  const run = await runCli(
    'gate',
    'lambda-ready',
    '--function',
    'orders-api',
    '--function',
    `${arns.edge},orders-api:1`,
    '--function',
    'orders-api:$LATEST',
  );
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(
    [
      'lambda-ready: PASS: 4 of 4 function(s) ready',
      '  ready  orders-api (State Active, LastUpdateStatus Successful)',
      `  ready  ${arns.edge} (State Active, LastUpdateStatus Successful)`,
      '  ready  orders-api:1 (State Active, LastUpdateStatus Successful)',
      '  ready  orders-api:$LATEST (State Active, LastUpdateStatus Successful)',
      '',
    ].join('\n'),
  );
  // One progress line per function: the first look.
  expect(run.stderr.trim().split('\n')).toHaveLength(4);
});

test('the region comes from the ARN: by name in the default region the function is not found, exit 1', async () => {
  const run = await runCli('gate', 'lambda-ready', '--function', 'edge-router', '--timeout', '30s');
  expect(run.code).toBe(1);
  expect(run.stdout).toMatch(/^ {2}NOT FOUND {2}edge-router \(no state read\): ResourceNotFoundException: /m);
  const byArn = await runCli('gate', 'lambda-ready', '--function', arns.edge ?? '');
  expect(byArn.code).toBe(0);
});

test('a function in another account: found only through --role-name, which assumes the role there', async () => {
  const direct = await runCli('gate', 'lambda-ready', '--function', arns.billing ?? '');
  expect(direct.code).toBe(1);
  expect(direct.stdout).toContain('NOT FOUND');
  const assumed = await runCli(
    'gate',
    'lambda-ready',
    '--function',
    arns.billing ?? '',
    '--role-name',
    'gate-reader',
  );
  expect(assumed.code).toBe(0);
  expect(assumed.stdout).toContain(`ready  ${arns.billing} (State Active, LastUpdateStatus Successful)`);
});

test('a version that does not exist is not found, and the others are still reported', async () => {
  const run = await runCli('gate', 'lambda-ready', '--function', 'orders-api:7', '--function', 'orders-api');
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n').slice(0, 3)).toEqual([
    'lambda-ready: FAIL: 1 of 2 function(s) ready',
    expect.stringMatching(/^ {2}NOT FOUND {2}orders-api:7 \(no state read\): ResourceNotFoundException/),
    '  ready      orders-api (State Active, LastUpdateStatus Successful)',
  ]);
});
