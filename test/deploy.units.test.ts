import type { RetryErrorInfo, RetryErrorType, RetryToken } from '@smithy/types';
import { sanitizeSessionName, toSessionTags } from '../src/aws/assume-role';
import { JitteredRetryStrategy, type RetryPolicy } from '../src/aws/retry-strategy';
import { describeTolerance, parseFailureTolerance, toleratedFailures } from '../src/deploy/failure-tolerance';
import { renderMarkdown, renderTable, summaryLine } from '../src/deploy/report';
import { renderStackName } from '../src/deploy/targets';
import type { DeployResults, DeploySummary, ResourceChange, TenantResult } from '../src/deploy/types';
import { InputError } from '../src/errors';
import type { Tenant } from '../src/manifest/types';

describe('failure tolerance', () => {
  test.each([
    ['0', { count: 0 }],
    ['3', { count: 3 }],
    [' 3 ', { count: 3 }],
    ['10%', { percent: 10 }],
    ['0%', { percent: 0 }],
    ['100%', { percent: 100 }],
  ])('parses %p', (text, expected) => {
    expect(parseFailureTolerance(text)).toEqual(expected);
  });

  const notANumber = (text: string, source = '--failure-tolerance') =>
    `${source} "${text}" must be a whole number (e.g. 2) or a percentage (e.g. 10%)`;
  test.each([
    ['abc', notANumber('abc')],
    ['-1', notANumber('-1')],
    ['1.5', notANumber('1.5')],
    ['', notANumber('')],
    ['10 %', notANumber('10 %')],
    ['101%', '--failure-tolerance "101%" must be a percentage from 0% to 100%'],
  ])('rejects %p with an InputError naming the flag', (text, problem) => {
    const error = captureError(() => parseFailureTolerance(text));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([problem]);
    expect((error as InputError).message).toBe(problem);
  });

  test('names the source it was given instead of the flag', () => {
    expect(() => parseFailureTolerance('x', 'tenants.yml: failureTolerance')).toThrow(
      notANumber('x', 'tenants.yml: failureTolerance'),
    );
  });

  test.each([
    [{ count: 0 }, 10, 0],
    [{ count: 3 }, 1, 3],
    [{ count: 3 }, 50, 3],
    [{ percent: 10 }, 25, 2], // 2.5 rounds down
    [{ percent: 10 }, 9, 0], // 0.9 rounds down: one failure stops a small wave
    [{ percent: 10 }, 10, 1],
    [{ percent: 33 }, 10, 3],
    [{ percent: 50 }, 7, 3],
    [{ percent: 100 }, 7, 7],
    [{ percent: 0 }, 100, 0],
  ])('%p tolerates, in a wave of %i, %i failures', (tolerance, waveSize, expected) => {
    expect(toleratedFailures(tolerance, waveSize)).toBe(expected);
  });

  test('describes a tolerance the way it is written', () => {
    expect(describeTolerance({ count: 2 })).toBe('2');
    expect(describeTolerance({ percent: 25 })).toBe('25%');
  });
});

describe('JitteredRetryStrategy', () => {
  const POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 1_000 };
  const throttled: RetryErrorInfo = {
    errorType: 'THROTTLING',
    error: sdkError('Rate exceeded', 'Throttling'),
  };

  /** The delays of each retry until the strategy gives up, with `random` as the jitter source. */
  async function retryDelays(random: () => number, errorInfo: RetryErrorInfo = throttled): Promise<number[]> {
    const strategy = new JitteredRetryStrategy(POLICY, random);
    let token: RetryToken = await strategy.acquireInitialRetryToken();
    const delays: number[] = [];
    for (;;) {
      try {
        token = await strategy.refreshRetryTokenForRetry(token, errorInfo);
      } catch {
        return delays;
      }
      delays.push(token.getRetryDelay());
    }
  }

  // Ceilings: min(1000, 100 * 2^(n-1)) = 100, 200, 400, 800, 1000 for retries 1..5.
  test('the lowest random value gives no delay', async () => {
    expect(await retryDelays(() => 0)).toEqual([0, 0, 0, 0, 0]);
  });

  test('the highest random value stays just under each ceiling, which doubles up to the maximum', async () => {
    expect(await retryDelays(() => 0.999_999)).toEqual([99, 199, 399, 799, 999]);
  });

  test('a middle random value gives half of each ceiling', async () => {
    expect(await retryDelays(() => 0.5)).toEqual([50, 100, 200, 400, 500]);
  });

  test('every delay lies within [0, ceiling] for many random values', async () => {
    const values = Array.from({ length: 200 }, (_, index) => (index * 0.618_033_988_7) % 1);
    let next = 0;
    const delays = await retryDelays(() => values[next++ % values.length] ?? 0);
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(Math.min(POLICY.maxDelayMs, POLICY.baseDelayMs * 2 ** index));
    });
  });

  test('stops after maxAttempts attempts in all, rethrowing the last error', async () => {
    const strategy = new JitteredRetryStrategy(POLICY, () => 0);
    let token = await strategy.acquireInitialRetryToken();
    for (let attempt = 1; attempt < POLICY.maxAttempts; attempt++) {
      token = await strategy.refreshRetryTokenForRetry(token, throttled);
      expect(token.getRetryCount()).toBe(attempt);
    }
    await expect(strategy.refreshRetryTokenForRetry(token, throttled)).rejects.toBe(throttled.error);
  });

  test.each(['THROTTLING', 'SERVER_ERROR', 'TRANSIENT'] as RetryErrorType[])(
    'retries %s',
    async (errorType) => {
      expect(await retryDelays(() => 0.5, { errorType })).toHaveLength(POLICY.maxAttempts - 1);
    },
  );

  test('does not retry a CLIENT_ERROR', async () => {
    const strategy = new JitteredRetryStrategy(POLICY, () => 0.5);
    const error = sdkError('Stack with id app does not exist', 'ValidationError');
    const token = await strategy.acquireInitialRetryToken();
    await expect(
      strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR', error }),
    ).rejects.toBe(error);
  });

  test('gives up with a generic error when none was passed', async () => {
    const strategy = new JitteredRetryStrategy(POLICY);
    const token = await strategy.acquireInitialRetryToken();
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'CLIENT_ERROR' })).rejects.toThrow(
      'AWS request failed and may not be retried',
    );
  });

  describe('retryAfterHint', () => {
    const NOW = Date.parse('2024-07-02T09:00:00Z');
    beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
    afterEach(() => jest.restoreAllMocks());
    const strategy = () => new JitteredRetryStrategy(POLICY, () => 0.5);

    test('waits at least until the hinted time', () => {
      expect(strategy().delayFor(1, new Date(NOW + 700))).toBe(700);
    });

    test('caps the hint at maxDelayMs', () => {
      expect(strategy().delayFor(1, new Date(NOW + 60_000))).toBe(1_000);
    });

    test('keeps the jittered delay when it is longer than the hint, or the hint has passed', () => {
      expect(strategy().delayFor(4, new Date(NOW + 100))).toBe(400);
      expect(strategy().delayFor(2, new Date(NOW - 5_000))).toBe(100);
    });

    test('is used by refreshRetryTokenForRetry', async () => {
      const token = await strategy().refreshRetryTokenForRetry(await strategy().acquireInitialRetryToken(), {
        ...throttled,
        retryAfterHint: new Date(NOW + 900),
      });
      expect(token.getRetryDelay()).toBe(900);
    });
  });
});

describe('sanitizeSessionName', () => {
  test.each([
    ['rampart-acme', 'rampart-acme'],
    ['keeps_all+allowed=chars,.@-', 'keeps_all+allowed=chars,.@-'],
    ['rampart deploy/acme#1', 'rampart-deploy-acme-1'],
    ['tenant:zürich', 'tenant-z-rich'],
    ['a', 'a-'],
    ['', '--'],
    ['#', '--'],
  ])('%p becomes %p', (name, expected) => {
    expect(sanitizeSessionName(name)).toBe(expected);
  });

  test('is capped at 64 characters', () => {
    expect(sanitizeSessionName(`rampart-${'x'.repeat(100)}`)).toBe(`rampart-${'x'.repeat(56)}`);
  });
});

describe('toSessionTags', () => {
  test('keeps allowed characters, including letters of any script and spaces', () => {
    expect(toSessionTags({ 'rampart:tenant': 'Zürich Büro 1', 'cost-center': 'a_b.c:d/e=f+g-h@i' })).toEqual([
      { Key: 'rampart:tenant', Value: 'Zürich Büro 1' },
      { Key: 'cost-center', Value: 'a_b.c:d/e=f+g-h@i' },
    ]);
  });

  test('replaces characters STS rejects with _', () => {
    expect(
      toSessionTags({ 'cost#center': 'ops|platform', 'run*id': 'build (42)!', ship: 'launch🚀' }),
    ).toEqual([
      { Key: 'cost_center', Value: 'ops_platform' },
      { Key: 'run_id', Value: 'build _42__' },
      { Key: 'ship', Value: 'launch_' },
    ]);
  });

  test('caps keys at 128 and values at 256 characters', () => {
    const [tag] = toSessionTags({ ['k'.repeat(200)]: 'v'.repeat(300) });
    expect(tag?.Key).toBe('k'.repeat(128));
    expect(tag?.Value).toBe('v'.repeat(256));
  });

  test('drops tags with empty values', () => {
    expect(toSessionTags({ team: 'payments', owner: '', 'rampart:run': '1234' })).toEqual([
      { Key: 'team', Value: 'payments' },
      { Key: 'rampart:run', Value: '1234' },
    ]);
    expect(toSessionTags({})).toEqual([]);
  });
});

describe('report', () => {
  const queue = change('Add', 'Queue', 'AWS::SQS::Queue');
  const bucket = change('Modify', 'Bucket', 'AWS::S3::Bucket', 'True');
  const worker = change('Modify', 'Worker', 'AWS::Lambda::Function', 'Conditional');
  const topic = change('Remove', 'Alerts', 'AWS::SNS::Topic');
  const acme = tenantResult({
    id: 'acme',
    accountId: '111122223333',
    wave: 1,
    status: 'deployed',
    changes: [queue, bucket, worker, topic],
    durationMs: 12_340,
  });
  const globex = tenantResult({
    id: 'globex',
    accountId: '444455556666',
    region: 'eu-west-1',
    wave: 2,
    status: 'failed',
    error: 'change set failed: No export named a|b found',
    durationMs: 800,
  });
  const initech = tenantResult({ id: 'initech', accountId: '777788889999', wave: 2, status: 'skipped' });
  const results = deployResults('deploy', [acme, globex, initech], { deployed: 1, failed: 1, skipped: 1 });

  test('summaryLine counts only the statuses that occur, in summary order', () => {
    expect(summaryLine(results)).toBe('3 stack(s): 1 deployed, 1 failed, 1 skipped');
    expect(summaryLine(deployResults('deploy', [acme, globex], { rolledBack: 2 }))).toBe(
      '2 stack(s): 2 rolled back',
    );
    expect(summaryLine(deployResults('plan', [], {}))).toBe('0 stack(s): none');
  });

  test('renderTable aligns the columns and ends with the summary', () => {
    expect(renderTable(results).split('\n')).toEqual([
      'wave  tenant   account       region     stack                  status    changes                time   detail',
      '1     acme     111122223333  us-east-1  app-acme-us-east-1     deployed  +1 ~2 -1 (1 replaced)  12.3s',
      '2     globex   444455556666  eu-west-1  app-globex-eu-west-1   failed                           0.8s   change set failed: No export named a|b found',
      '2     initech  777788889999  us-east-1  app-initech-us-east-1  skipped',
      '',
      '3 stack(s): 1 deployed, 1 failed, 1 skipped',
    ]);
  });

  test('renderMarkdown has the title, summary, an escaped table and the changes per stack', () => {
    expect(renderMarkdown(results).split('\n')).toEqual([
      '### Deployment of web',
      '',
      '3 stack(s): 1 deployed, 1 failed, 1 skipped',
      '',
      '| wave | tenant | account | region | stack | status | changes | time | detail |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | acme | 111122223333 | us-east-1 | app-acme-us-east-1 | deployed | +1 ~2 -1 (1 replaced) | 12.3s |  |',
      '| 2 | globex | 444455556666 | eu-west-1 | app-globex-eu-west-1 | failed |  | 0.8s | change set failed: No export named a\\|b found |',
      '| 2 | initech | 777788889999 | us-east-1 | app-initech-us-east-1 | skipped |  |  |  |',
      '',
      '#### Changes',
      '',
      '<details><summary>acme us-east-1 (app-acme-us-east-1)</summary>',
      '',
      '| action | logical id | type | replacement |',
      '| --- | --- | --- | --- |',
      '| Add | Queue | AWS::SQS::Queue |  |',
      '| Modify | Bucket | AWS::S3::Bucket | True |',
      '| Modify | Worker | AWS::Lambda::Function | Conditional |',
      '| Remove | Alerts | AWS::SNS::Topic |  |',
      '',
      '</details>',
      '',
      '',
    ]);
  });

  test('renderMarkdown titles a plan, puts a multi-line error on one line and omits Changes when there are none', () => {
    const planned = tenantResult({
      id: 'acme',
      accountId: '111122223333',
      wave: 1,
      status: 'failed',
      error: 'first\nsecond',
    });
    const markdown = renderMarkdown(deployResults('plan', [planned], { failed: 1 }));
    expect(markdown.startsWith('### Deployment plan for web\n\n1 stack(s): 1 failed\n')).toBe(true);
    expect(markdown).toContain(
      '| 1 | acme | 111122223333 | us-east-1 | app-acme-us-east-1 | failed |  |  | first second |\n',
    );
    expect(markdown).not.toContain('#### Changes');
  });
});

describe('renderStackName', () => {
  const tenant = tenantFixture({ id: 'acme', accountId: '111122223333', wave: 3 });

  test.each([
    ['{app}-{tenant}-{region}', 'web-acme-eu-central-1'],
    ['{app}-{accountId}-w{wave}', 'web-111122223333-w3'],
    ['{tenant}-{tenant}', 'acme-acme'],
    ['fixed-name', 'fixed-name'],
  ])('%p gives %p', (pattern, expected) => {
    expect(renderStackName(pattern, { app: 'web', tenant, region: 'eu-central-1' })).toBe(expected);
  });
});

// ---- builders ---------------------------------------------------------------------------------

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function sdkError(message: string, name: string): RetryErrorInfo['error'] {
  return Object.assign(new Error(message), { name, $metadata: {} }) as RetryErrorInfo['error'];
}

function change(
  action: string,
  logicalId: string,
  resourceType: string,
  replacement?: string,
): ResourceChange {
  return { action, logicalId, resourceType, ...(replacement ? { replacement } : {}) };
}

function tenantResult(
  fields: Pick<TenantResult, 'id' | 'accountId' | 'wave' | 'status'> & Partial<TenantResult>,
): TenantResult {
  const region = fields.region ?? 'us-east-1';
  return {
    region,
    stackName: `app-${fields.id}-${region}`,
    outputs: {},
    changes: [],
    durationMs: 0,
    ...fields,
  };
}

function deployResults(
  mode: DeployResults['mode'],
  tenants: TenantResult[],
  counts: Partial<DeploySummary>,
): DeployResults {
  const summary: DeploySummary = {
    deployed: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    rolledBack: 0,
    planned: 0,
    ...counts,
  };
  return { app: 'web', mode, tenants, summary };
}

function tenantFixture(fields: Pick<Tenant, 'id' | 'accountId' | 'wave'>): Tenant {
  return {
    regions: ['eu-central-1'],
    deployRoleName: 'RampartDeploy',
    cloudFormationRoleName: 'RampartCloudFormation',
    parameters: {},
    tags: {},
    enabled: true,
    index: 0,
    ...fields,
  };
}
