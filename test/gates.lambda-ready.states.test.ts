/**
 * The function states moto cannot produce (it reports every function Active and Successful at once):
 * Pending → Active, updates InProgress → Successful, Failed with its reason, Inactive, throttling and
 * the timeout. GetFunctionConfiguration answers are shaped like the Lambda API reference's
 * FunctionConfiguration (State, StateReason, StateReasonCode, LastUpdateStatus, …) and errors are the
 * SDK's own exception classes, served through aws-sdk-client-mock.
 */
import {
  type FunctionConfiguration,
  GetFunctionConfigurationCommand,
  LambdaClient,
  LambdaServiceException,
  ResourceNotFoundException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { type FunctionReadiness, waitForLambdaReady } from '../src/gates/lambda-ready';
import { parseFunctionRef } from '../src/gates/resources';
import { runCli } from './support/run-cli';

const REGION = 'eu-west-1';
const ACCOUNT = '111122223333';
const ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api`;
const FAST_POLLING = { initialDelayMs: 1, maxDelayMs: 2, backoffFactor: 2 };

const lambdaMock = mockClient(LambdaClient);
beforeEach(() => lambdaMock.reset());
afterAll(() => lambdaMock.restore());

/** A FunctionConfiguration as GetFunctionConfiguration returns it, with the given state fields. */
function configuration(fields: Partial<FunctionConfiguration>): FunctionConfiguration {
  return {
    FunctionName: 'orders-api',
    FunctionArn: ARN,
    Runtime: 'nodejs20.x',
    Role: `arn:aws:iam::${ACCOUNT}:role/orders-api-role`,
    Handler: 'index.handler',
    CodeSize: 5797206,
    Timeout: 15,
    MemorySize: 512,
    LastModified: '2024-03-14T09:26:53.000+0000',
    CodeSha256: 'YFgDgEKG3ugvF1+pX64gV6tu9qNuIYNUdgJm8nCxsm4=',
    Version: '$LATEST',
    VpcConfig: {
      SubnetIds: ['subnet-071f712345678e7c8', 'subnet-07fd123456788a036'],
      SecurityGroupIds: ['sg-085912345678492fb'],
      VpcId: 'vpc-08e1234569e011e83',
    },
    PackageType: 'Zip',
    Architectures: ['arm64'],
    ...fields,
  };
}

const PENDING = configuration({
  State: 'Pending',
  StateReason: 'The function is being created.',
  StateReasonCode: 'Creating',
});
const ACTIVE = configuration({ State: 'Active', LastUpdateStatus: 'Successful' });
const UPDATING = configuration({
  State: 'Active',
  LastUpdateStatus: 'InProgress',
  LastUpdateStatusReason: 'The function is being updated.',
});
const throttled = () =>
  new TooManyRequestsException({
    message: 'Rate exceeded',
    Reason: 'CallerRateLimitExceeded',
    $metadata: { httpStatusCode: 429 },
  });

/** Waits for the functions with fast polling, collecting the progress lines. */
async function waitFor(functions: string[], timeoutMs = 5_000) {
  const changes: FunctionReadiness[] = [];
  const result = await waitForLambdaReady({
    functions: functions.map((text) => parseFunctionRef(text, '--function', REGION)),
    timeoutMs,
    lambdaFor: () => new LambdaClient({ region: REGION }),
    polling: FAST_POLLING,
    onChange: (readiness) => changes.push(readiness),
  });
  return { result, changes };
}

const requests = () =>
  lambdaMock.commandCalls(GetFunctionConfigurationCommand).map((call) => call.args[0].input);

describe('lambda-ready on recorded API shapes (moto reports only Active/Successful)', () => {
  test('Pending while Lambda creates the VPC interfaces, then Active: ready once both settle', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce(PENDING)
      .resolvesOnce(PENDING)
      .resolvesOnce(ACTIVE);
    const { result, changes } = await waitFor([ARN]);
    expect(result).toEqual({
      ready: true,
      functions: [{ function: ARN, outcome: 'ready', state: 'Active', lastUpdateStatus: 'Successful' }],
    });
    // Each change once: the second Pending look changed nothing.
    expect(changes.map((change) => [change.outcome, change.state, change.reasonCode])).toEqual([
      ['waiting', 'Pending', 'Creating'],
      ['ready', 'Active', undefined],
    ]);
    expect(requests()).toEqual([
      { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api` },
      { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api` },
      { FunctionName: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-api` },
    ]);
  });

  test('an update InProgress keeps the gate waiting until LastUpdateStatus is Successful', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolvesOnce(UPDATING).resolvesOnce(ACTIVE);
    const { result, changes } = await waitFor(['orders-api:live']);
    expect(result.ready).toBe(true);
    expect(changes[0]).toEqual({
      function: 'orders-api:live',
      outcome: 'waiting',
      state: 'Active',
      lastUpdateStatus: 'InProgress',
      reason: 'The function is being updated.',
      reasonCode: undefined,
    });
    // The alias goes as Qualifier, apart from the name.
    expect(requests()[0]).toEqual({ FunctionName: 'orders-api', Qualifier: 'live' });
  });

  test('State Failed: the gate stops at once with StateReason and StateReasonCode', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(
      configuration({
        State: 'Failed',
        StateReason:
          'Lambda was unable to create a network interface: the subnet subnet-071f712345678e7c8 has no free IP addresses.',
        StateReasonCode: 'SubnetOutOfIPAddresses',
      }),
    );
    const { result } = await waitFor([`${ARN}:3`]);
    expect(result).toEqual({
      ready: false,
      functions: [
        {
          function: `${ARN}:3`,
          outcome: 'failed',
          state: 'Failed',
          lastUpdateStatus: undefined,
          reason:
            'Lambda was unable to create a network interface: the subnet subnet-071f712345678e7c8 has no free IP addresses.',
          reasonCode: 'SubnetOutOfIPAddresses',
        },
      ],
    });
    expect(requests()).toEqual([{ FunctionName: ARN, Qualifier: '3' }]);
  });

  test('LastUpdateStatus Failed: the previous code still runs, the gate fails with LastUpdateStatusReason', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolvesOnce(UPDATING)
      .resolves(
        configuration({
          State: 'Active',
          LastUpdateStatus: 'Failed',
          LastUpdateStatusReason: 'Lambda could not create the network interfaces: the ENI limit is reached.',
          LastUpdateStatusReasonCode: 'EniLimitExceeded',
        }),
      );
    const { result } = await waitFor([ARN]);
    expect(result.functions[0]).toMatchObject({
      outcome: 'failed',
      state: 'Active',
      lastUpdateStatus: 'Failed',
      reasonCode: 'EniLimitExceeded',
    });
  });

  test('Inactive: idle functions do not wake up by waiting, so the gate fails without waiting', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .resolves(
        configuration({ State: 'Inactive', StateReason: 'The function is idle.', StateReasonCode: 'Idle' }),
      );
    const { result } = await waitFor([ARN]);
    expect(result.functions[0]).toMatchObject({ outcome: 'inactive', reasonCode: 'Idle' });
    expect(requests()).toHaveLength(1);
  });

  test('throttled looks are retried (TooManyRequestsException, 429): ready once a look gets through', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolvesOnce(ACTIVE);
    const { result, changes } = await waitFor([ARN]);
    expect(result.ready).toBe(true);
    expect(changes.map((change) => change.reason ?? change.outcome)).toEqual([
      'TooManyRequestsException: Rate exceeded',
      'ready',
    ]);
    expect(requests()).toHaveLength(3);
  });

  test('the time runs out while Pending: timed-out with the last state, and the last look if it was throttled', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand).resolvesOnce(PENDING).rejects(throttled());
    const { result } = await waitFor([ARN], 20);
    expect(result.functions[0]).toEqual({
      function: ARN,
      outcome: 'timed-out',
      state: 'Pending',
      lastUpdateStatus: undefined,
      reason: 'The function is being created.; last look: TooManyRequestsException: Rate exceeded',
      reasonCode: 'Creating',
    });
    lambdaMock.reset();
    lambdaMock.on(GetFunctionConfigurationCommand).resolves(PENDING);
    const pending = await waitFor([ARN], 0);
    expect(pending.result.functions[0]).toMatchObject({ outcome: 'timed-out', state: 'Pending' });
  });

  test('missing and forbidden functions end at once; the others are still waited for', async () => {
    lambdaMock
      .on(GetFunctionConfigurationCommand, { FunctionName: 'gone' })
      .rejects(
        new ResourceNotFoundException({ message: 'Function not found: gone', $metadata: {}, Type: 'User' }),
      )
      .on(GetFunctionConfigurationCommand, { FunctionName: 'secret' })
      .rejects(
        new LambdaServiceException({
          name: 'AccessDeniedException',
          $fault: 'client',
          message: 'User is not authorized to perform: lambda:GetFunctionConfiguration',
          $metadata: { httpStatusCode: 403 },
        }),
      )
      .on(GetFunctionConfigurationCommand, { FunctionName: 'orders-api' })
      .resolvesOnce(PENDING)
      .resolves(ACTIVE);
    const { result } = await waitFor(['gone', 'secret', 'orders-api']);
    expect(result.functions.map((fn) => [fn.function, fn.outcome, fn.reason])).toEqual([
      ['gone', 'not-found', 'ResourceNotFoundException: Function not found: gone'],
      [
        'secret',
        'error',
        'AccessDeniedException: User is not authorized to perform: lambda:GetFunctionConfiguration',
      ],
      ['orders-api', 'ready', undefined],
    ]);
    expect(result.ready).toBe(false);
  });
});

describe('rampart gate lambda-ready: output and exit codes (recorded API shapes)', () => {
  test('a failed function: exit 1, its reason on stdout, each state change on stderr', async () => {
    lambdaMock.on(GetFunctionConfigurationCommand, { FunctionName: 'orders-api' }).resolves(ACTIVE);
    lambdaMock.on(GetFunctionConfigurationCommand, { FunctionName: 'reports' }).resolves(
      configuration({
        State: 'Failed',
        StateReason: 'The KMS key is disabled.',
        StateReasonCode: 'DisabledKMSKey',
      }),
    );
    const run = await runCli(
      'gate',
      'lambda-ready',
      '--function',
      'orders-api',
      '--function',
      'reports',
      '--region',
      REGION,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'lambda-ready: FAIL: 1 of 2 function(s) ready',
        '  ready   orders-api (State Active, LastUpdateStatus Successful)',
        '  FAILED  reports (State Failed, LastUpdateStatus (none)): The KMS key is disabled. (DisabledKMSKey)',
        '',
      ].join('\n'),
    );
    expect(run.stderr.split('\n').sort()).toEqual([
      '',
      'orders-api: State Active, LastUpdateStatus Successful',
      'reports: State Failed, LastUpdateStatus (none): The KMS key is disabled. (DisabledKMSKey)',
    ]);
  });
});

describe('rampart gate lambda-ready: bad input exits 2 before any call', () => {
  const region = process.env.AWS_REGION;
  afterEach(() => {
    process.env.AWS_REGION = region;
  });

  test.each([
    [['gate', 'lambda-ready'], ['error: rampart gate lambda-ready: --function is required']],
    [
      ['gate', 'lambda-ready', '--function', 'arn:aws:lambda:eu-west-1:1234:function:orders-api'],
      [
        'error: --function "arn:aws:lambda:eu-west-1:1234:function:orders-api" is not a Lambda function name or ARN, optionally with :version or :alias (e.g. orders-api, orders-api:live, arn:aws:lambda:eu-west-1:123456789012:function:orders-api)',
      ],
    ],
    [
      ['gate', 'lambda-ready', '--function', ARN, '--timeout', 'soon'],
      ['error: --timeout "soon" must be a duration such as 90s, 45m or 1h30m'],
    ],
    [
      [
        'gate',
        'lambda-ready',
        '--function',
        ARN,
        '--function',
        'orders/api',
        '--timeout',
        '0s',
        '--role-name',
        'a/b',
      ],
      [
        expect.stringMatching(/^error: --function "orders\/api" is not a Lambda function name/),
        'error: --timeout "0s" must be a duration such as 90s, 45m or 1h30m',
        'error: --role-name "a/b" is not an IAM role name (1-64 of letters, digits and +=,.@_-)',
      ],
    ],
    [
      ['gate', 'lambda-ready', '--function', 'orders-api', '--region', REGION, '--role-name', 'gate-reader'],
      [
        'error: "orders-api" names no account, so --role-name cannot say where to assume the role: give its ARN',
      ],
    ],
  ])('%j', async (argv, problems) => {
    const run = await runCli(...argv);
    expect([run.code, run.stderr.trimEnd().split('\n')]).toEqual([2, problems]);
    expect(run.stdout).toBe('');
    expect(lambdaMock.calls()).toHaveLength(0);
  });

  test('a function by name needs a region: --region or AWS_REGION', async () => {
    delete process.env.AWS_REGION;
    const run = await runCli('gate', 'lambda-ready', '--function', 'orders-api');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'error: --function "orders-api" is a name without a region: give its ARN, or the region (--region or AWS_REGION)\n',
    );
  });
});
