import { createHash } from 'node:crypto';
import { request } from 'undici';
import { InputError } from '../src/errors';
import { DltApiError, DltConnectionError } from '../src/load-test/dlt/client';
import { buildDltTest } from '../src/load-test/dlt/request';
import { type DltRunOptions, runDlt } from '../src/load-test/dlt/run-dlt';
import { EngineFailure } from '../src/load-test/engine';
import { evaluateThresholds } from '../src/load-test/gate';
import { parseLegacyScenario } from '../src/load-test/load-scenario';
import type { Scenario } from '../src/load-test/scenario';
import { parseThreshold } from '../src/load-test/thresholds';
import {
  CREDENTIALS,
  type FakeDlt,
  REGION,
  type Reply,
  STAGE,
  startFakeDlt,
  TEST_ID,
} from './support/dlt-api';

const WHOLE: { index: number; count: number } = { index: 0, count: 1 };

/** The source article's pipeline: one user for 30 s against the sample app, avg < 1 s and fewer than 1 error. */
const ARTICLE_SCENARIO = parseLegacyScenario(
  JSON.stringify({
    AVG_RT_THRESHOLD: 1,
    FAILURE_THRESHOLD: 1,
    LOAD_TEST_API_ENDPOINT: 'https://q0w8l3mz2a.execute-api.us-east-1.amazonaws.com/prod/',
  }),
  'pipeline/loadTestEnvVariables.json',
  { APP_END_POINT: 'https://dev.example.com/items' },
);

/** results.total as DLT stores it for the article's sample app (a Lambda sleeping 500 ms). */
const ARTICLE_TOTALS = {
  avg_ct: '0.01520',
  avg_lt: '0.51100',
  avg_rt: '0.51234',
  bytes: '512',
  concurrency: '1',
  fail: 0,
  succ: 58,
  throughput: 58,
  p0_0: '0.501',
  p50_0: '0.510',
  p90_0: '0.523',
  p95_0: '0.531',
  p99_0: '0.602',
  p99_9: '0.640',
  p100_0: '0.641',
  stdev_rt: '0.012',
  testDuration: '30',
  rc: [],
};

/** Time that passes only when the run sleeps, so that minutes of polling take no time. */
function fakeClock() {
  let nowMs = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => nowMs,
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw new Error('aborted');
      sleeps.push(ms);
      nowMs += ms;
    },
  };
}

function startRun(dlt: FakeDlt, overrides: Partial<DltRunOptions> = {}) {
  const clock = fakeClock();
  const statuses: string[] = [];
  const run = runDlt({
    scenario: ARTICLE_SCENARIO,
    share: WHOLE,
    endpoint: dlt.endpoint,
    region: REGION,
    credentials: CREDENTIALS,
    timeoutMs: 10 * 60_000,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    onStatus: (message) => statuses.push(message),
    ...overrides,
  });
  return { run, clock, statuses };
}

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the run to fail');
}

const running: Reply = { body: { testId: TEST_ID, status: 'running' } };
const complete = (total: unknown): Reply => ({
  body: { testId: TEST_ID, status: 'complete', results: { total } },
});
const cancelCalls = (dlt: FakeDlt) =>
  dlt.calls.filter((call) => call.method === 'POST' && call.path === `${STAGE}/scenarios/${TEST_ID}`);

describe('the dlt engine against a local DLT API', () => {
  let dlt: FakeDlt;
  afterEach(() => dlt.close());

  it('creates the test, polls it to complete and maps results.total exactly; the article gate passes', async () => {
    dlt = await startFakeDlt([
      { body: { testId: TEST_ID, status: 'provisioning' } },
      running,
      running,
      complete(ARTICLE_TOTALS),
    ]);
    const { run, statuses } = startRun(dlt);
    const { measurements } = await run;

    expect(measurements).toMatchObject({
      requests: 58,
      failed: 0,
      timeouts: 0,
      connectionErrors: 0,
      unexpectedStatus: 0,
      checksTotal: 0,
      durationMs: 30_000,
      timeline: [],
      latencySummary: {
        avgMs: 512.34,
        minMs: 501,
        maxMs: 641,
        percentilesMs: { 0: 501, 50: 510, 90: 523, 95: 531, 99: 602, 99.9: 640, 100: 641 },
      },
    });
    expect(measurements.latency.totalCount).toBe(0);
    expect(statuses).toEqual([
      `DLT test ${TEST_ID}: queued`,
      `DLT test ${TEST_ID}: provisioning`,
      `DLT test ${TEST_ID}: running`,
      `DLT test ${TEST_ID}: complete`,
    ]);

    const verdict = evaluateThresholds(ARTICLE_SCENARIO.thresholds, measurements);
    expect(verdict.map(({ threshold, value, passed }) => ({ threshold, value, passed }))).toEqual([
      { threshold: 'avg<1000', value: 512.34, passed: true },
      { threshold: 'count<1', value: 0, passed: true },
    ]);
    // The article's second run: AVG_RT_THRESHOLD .2 fails against the 500 ms app.
    const [tighter] = evaluateThresholds([parseThreshold('http_req_duration', 'avg<200')], measurements);
    expect(tighter?.passed).toBe(false);
  });

  it('sends the article payload: one task, one user, no ramp-up, 30 s of GET, signed with the session token', async () => {
    dlt = await startFakeDlt([complete(ARTICLE_TOTALS)]);
    await startRun(dlt).run;

    const [create, read] = dlt.calls;
    expect(create?.method).toBe('POST');
    expect(create?.path).toBe(`${STAGE}/scenarios`);
    expect(JSON.parse(create?.body ?? '')).toEqual({
      testName: 'rampart-loadTestEnvVariables',
      testDescription:
        'Rampart load test loadTestEnvVariables (constant-vus) from pipeline/loadTestEnvVariables.json',
      testType: 'simple',
      fileType: 'none',
      showLive: false,
      testTaskConfigs: [{ region: REGION, taskCount: 1, concurrency: 1 }],
      regionalTaskDetails: { [REGION]: { dltAvailableTasks: 1 } },
      testScenario: {
        execution: [{ 'ramp-up': '0s', 'hold-for': '30s', scenario: 'rampart-loadTestEnvVariables' }],
        scenarios: {
          'rampart-loadTestEnvVariables': {
            requests: [{ url: 'https://dev.example.com/items', method: 'GET', headers: {} }],
            timeout: '60000ms',
            keepalive: true,
            'retrieve-resources': false,
          },
        },
      },
    });
    expect(read).toMatchObject({
      method: 'GET',
      path: `${STAGE}/scenarios/${TEST_ID}`,
      query: '?history=false',
    });
    for (const call of dlt.calls) {
      expect(call.headers.authorization).toMatch(
        new RegExp(`^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/${REGION}/execute-api/aws4_request, `),
      );
      expect(call.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
      expect(call.headers['x-amz-security-token']).toBe(CREDENTIALS.sessionToken);
      expect(call.headers['x-amz-content-sha256']).toBe(createHash('sha256').update(call.body).digest('hex'));
    }
  });

  it('signs without a security token when the credentials (from a provider) have none', async () => {
    dlt = await startFakeDlt([complete(ARTICLE_TOTALS)]);
    const { accessKeyId, secretAccessKey } = CREDENTIALS;
    await startRun(dlt, { credentials: async () => ({ accessKeyId, secretAccessKey }) }).run;
    expect(dlt.calls).toHaveLength(2);
    expect(dlt.calls.every((call) => call.headers['x-amz-security-token'] === undefined)).toBe(true);
  });

  it('answers an unsigned request with 403, as API Gateway does', async () => {
    dlt = await startFakeDlt([running]);
    const response = await request(`${dlt.endpoint}/scenarios/${TEST_ID}`);
    expect(response.statusCode).toBe(403);
    expect(await response.body.json()).toEqual({ message: 'Missing Authentication Token' });
    expect(dlt.calls).toHaveLength(0);
  });

  it('counts the failures DLT reports by kind: HTTP statuses, timeouts and connection errors', async () => {
    dlt = await startFakeDlt([
      complete({
        ...ARTICLE_TOTALS,
        succ: 96,
        fail: 4,
        throughput: 100,
        rc: [
          { code: '503', count: 2 },
          { code: 'Non HTTP response code: java.net.SocketTimeoutException', count: '1' },
          { code: 'Non HTTP response code: org.apache.http.conn.HttpHostConnectException', count: 1 },
        ],
      }),
    ]);
    const { measurements } = await startRun(dlt).run;
    expect(measurements).toMatchObject({
      requests: 100,
      failed: 4,
      unexpectedStatus: 2,
      timeouts: 1,
      connectionErrors: 1,
    });
    const [, errors] = evaluateThresholds(ARTICLE_SCENARIO.thresholds, measurements);
    expect(errors).toMatchObject({ threshold: 'count<1', value: 4, passed: false });
  });

  it('fails with the reason DLT gives when the test failed', async () => {
    const errorReason = 'No requests were recorded in us-east-1 - check the test configuration and target';
    dlt = await startFakeDlt([running, { body: { testId: TEST_ID, status: 'failed', errorReason } }]);
    const error = await failureOf(startRun(dlt).run);
    expect(error).toBeInstanceOf(EngineFailure);
    expect(error.message).toBe(
      `the DLT test ${TEST_ID} failed: ${errorReason} (its logs are in the DLT console)`,
    );
    expect(cancelCalls(dlt)).toHaveLength(0);
  });

  it('fails when someone cancels the test in DLT', async () => {
    dlt = await startFakeDlt([running, { body: { testId: TEST_ID, status: 'cancelled' } }]);
    const error = await failureOf(startRun(dlt).run);
    expect(error).toBeInstanceOf(EngineFailure);
    expect(error.message).toMatch(`the DLT test ${TEST_ID} was cancelled`);
  });

  it('fails a test that completed without results.total', async () => {
    dlt = await startFakeDlt([{ body: { testId: TEST_ID, status: 'complete', results: {} } }]);
    const error = await failureOf(startRun(dlt).run);
    expect(error).toBeInstanceOf(EngineFailure);
    expect(error.message).toMatch('completed without results');
  });

  it('cancels the test and fails once the timeout has passed, its waits ending at the deadline', async () => {
    dlt = await startFakeDlt([running]);
    const { run, clock } = startRun(dlt, { timeoutMs: 120_000 });
    const error = await failureOf(run);
    expect(error).toBeInstanceOf(EngineFailure);
    expect(error.message).toMatch(
      `the DLT test ${TEST_ID} did not finish within 2m (last status: running); raise --timeout`,
    );
    expect(error.message).toMatch(`the DLT test ${TEST_ID} was cancelled`);
    expect(cancelCalls(dlt)).toHaveLength(1);
    expect(clock.sleeps).toEqual([5_000, 10_000, 20_000, 40_000, 45_000]);
  });

  it('cancels the test when the user aborts the run', async () => {
    dlt = await startFakeDlt([running]);
    const controller = new AbortController();
    const clock = fakeClock();
    const { run } = startRun(dlt, {
      signal: controller.signal,
      sleep: async (ms, signal) => {
        if (clock.sleeps.length === 1) controller.abort();
        await clock.sleep(ms, signal);
      },
    });
    const error = await failureOf(run);
    expect(error).toBeInstanceOf(EngineFailure);
    expect(error.message).toBe(`cancelled by the user; the DLT test ${TEST_ID} was cancelled`);
    expect(cancelCalls(dlt)).toHaveLength(1);
  });

  it('backs off exponentially with jitter, never waiting longer than the cap', async () => {
    dlt = await startFakeDlt([...Array<Reply>(8).fill(running), complete(ARTICLE_TOTALS)]);
    const { run, clock } = startRun(dlt, { random: () => 1, timeoutMs: 3_600_000 });
    await run;
    expect(clock.sleeps).toEqual([6_000, 12_000, 24_000, 48_000, 60_000, 60_000, 60_000, 60_000, 60_000]);
    const { run: early, clock: earlyClock } = startRun(dlt, { random: () => 0 });
    await early;
    expect(earlyClock.sleeps).toEqual([4_000]);
  });

  it('tries a status read again after a 5xx from the API', async () => {
    dlt = await startFakeDlt([
      { httpStatus: 502, body: { message: 'Internal server error' } },
      complete(ARTICLE_TOTALS),
    ]);
    const { run, statuses } = startRun(dlt);
    await expect(run).resolves.toBeDefined();
    expect(statuses).toContainEqual(
      expect.stringMatching(
        /could not read its status \(GET .* failed with 502: Internal server error\); trying again/,
      ),
    );
  });

  it('explains a 403: method, URL, status, the API message and the IAM and region hint, no secrets', async () => {
    dlt = await startFakeDlt([running]);
    const error = await failureOf(
      startRun(dlt, { credentials: { ...CREDENTIALS, secretAccessKey: 'not-the-key-the-api-knows' } }).run,
    );
    expect(error).toBeInstanceOf(DltApiError);
    expect((error as DltApiError).status).toBe(403);
    expect(error.message).toBe(
      `POST ${dlt.endpoint}/scenarios failed with 403: The request signature we calculated does not match the signature you provided; the caller needs IAM permission execute-api:Invoke on the DLT API, and requests must be signed for the API's region (they were signed for ${REGION}: give the region of the DLT stack)`,
    );
    expect(error.message).not.toMatch('not-the-key-the-api-knows');
    expect(error.message).not.toMatch(String(CREDENTIALS.sessionToken));
  });

  it('names the region a 403 was signed for, and points at the endpoint when the path does not exist', async () => {
    dlt = await startFakeDlt([running]);
    const wrongRegion = await failureOf(startRun(dlt, { region: 'eu-west-1' }).run);
    expect(wrongRegion.message).toMatch(
      /failed with 403: Credential should be scoped .*signed for eu-west-1/,
    );
    const noStage = await failureOf(startRun(dlt, { endpoint: dlt.endpoint.replace(STAGE, '') }).run);
    expect(noStage.message).toMatch(
      /failed with 403: Missing Authentication Token; the API has no such path; check the endpoint/,
    );
  });

  it('names the endpoint and the reason when the API cannot be reached', async () => {
    dlt = await startFakeDlt([running]);
    const error = await failureOf(startRun(dlt, { endpoint: 'http://127.0.0.1:1/prod' }).run);
    expect(error).toBeInstanceOf(DltConnectionError);
    expect(error.message).toMatch(
      /^POST http:\/\/127\.0\.0\.1:1\/prod\/scenarios: could not reach the DLT API at http:\/\/127\.0\.0\.1:1: .*ECONNREFUSED/,
    );
  });

  it('says how to give credentials when none can be found', async () => {
    dlt = await startFakeDlt([running]);
    const noCredentials = async () => {
      throw new Error('Could not load credentials from any providers');
    };
    const error = await failureOf(startRun(dlt, { credentials: noCredentials }).run);
    expect(error.message).toBe(
      'could not sign the request to the DLT API: Could not load credentials from any providers. Give AWS credentials as for the AWS CLI (AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role)',
    );
    expect(dlt.calls).toHaveLength(0);
  });

  it('refuses what DLT cannot run before creating any test', async () => {
    dlt = await startFakeDlt([running]);
    const error = await failureOf(startRun(dlt, { share: { index: 1, count: 4 } }).run);
    expect(error).toBeInstanceOf(InputError);
    expect(dlt.calls).toHaveLength(0);
  });
});

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    file: 'load-tests/checkout.yml',
    name: 'checkout-api',
    target: 'https://dev.example.com',
    requests: [{ method: 'GET', path: '/health', headers: {}, weight: 1 }],
    executor: 'constant-vus',
    rate: 0,
    vus: 20,
    durationMs: 60_000,
    stages: [],
    timeoutMs: 60_000,
    thresholds: [],
    ...overrides,
  };
}

function plan(written: Partial<Scenario>, taskCount = 1) {
  return buildDltTest(scenario(written), { region: REGION, taskCount, share: WHOLE });
}

describe('the DLT test built from a scenario', () => {
  it('caps an arrival rate with Taurus throughput, split over the tasks', () => {
    const { body, notices } = plan({ executor: 'constant-arrival-rate', rate: 200, vus: 20 }, 4);
    expect(body.testTaskConfigs).toEqual([{ region: REGION, taskCount: 4, concurrency: 5 }]);
    expect(body.regionalTaskDetails).toEqual({ [REGION]: { dltAvailableTasks: 4 } });
    expect(body.testScenario.execution).toEqual([
      { 'ramp-up': '0s', 'hold-for': '60s', scenario: 'rampart-checkout-api', throughput: 50 },
    ]);
    expect(notices).toEqual([]);
  });

  it('runs the virtual users of a vus executor, saying when the tasks round them up', () => {
    const { body, notices } = plan({ executor: 'constant-vus', vus: 10 }, 3);
    expect(body.testTaskConfigs[0]?.concurrency).toBe(4);
    expect(body.testScenario.execution[0]).not.toHaveProperty('throughput');
    expect(notices).toEqual([
      'DLT runs 4 virtual users on each of its 3 task(s): 12 in all, where the scenario has 10',
    ]);
  });

  it('ramps a ramping executor up to its peak and holds it for the rest, saying what differs', () => {
    const { body, notices } = plan({
      executor: 'ramping-vus',
      vus: 0,
      stages: [
        { durationMs: 30_000, target: 400 },
        { durationMs: 30_000, target: 0 },
      ],
    });
    expect(body.testTaskConfigs[0]?.concurrency).toBe(400);
    expect(body.testScenario.execution[0]).toMatchObject({ 'ramp-up': '30s', 'hold-for': '30s' });
    expect(notices).toEqual([
      "DLT cannot follow the scenario's 2 stage(s): it ramps from 0 to the peak of 400 virtual users over 30s, then holds the peak for 30s",
    ]);
  });

  it('runs a ramp that is already DLT shape without a notice', () => {
    const { body, notices } = plan(
      {
        executor: 'ramping-arrival-rate',
        rate: 0,
        vus: 50,
        stages: [
          { durationMs: 60_000, target: 100 },
          { durationMs: 120_000, target: 100 },
        ],
      },
      2,
    );
    expect(body.testTaskConfigs[0]?.concurrency).toBe(25);
    expect(body.testScenario.execution[0]).toMatchObject({
      'ramp-up': '60s',
      'hold-for': '120s',
      throughput: 50,
    });
    expect(notices).toEqual([]);
  });

  it('writes durations over an hour in minutes', () => {
    const { body } = plan({ durationMs: 2 * 3_600_000 });
    expect(body.testScenario.execution[0]?.['hold-for']).toBe('120m');
  });

  it('repeats the requests in proportion to whole-number weights, with their headers and bodies', () => {
    const order = {
      method: 'POST',
      path: '/orders',
      headers: { 'content-type': 'application/json' },
      body: '{"sku":"A1"}',
      weight: 3,
    };
    const { body } = plan({ requests: [{ method: 'GET', path: '/health', headers: {}, weight: 1 }, order] });
    const requests = body.testScenario.scenarios['rampart-checkout-api']?.requests;
    expect(requests?.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET https://dev.example.com/health',
      'POST https://dev.example.com/orders',
      'POST https://dev.example.com/orders',
      'POST https://dev.example.com/orders',
    ]);
    expect(requests?.[1]).toEqual({
      url: 'https://dev.example.com/orders',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"sku":"A1"}',
    });
  });

  it('notes expectations and abortOnFail that DLT cannot honour exactly', () => {
    const { notices } = plan({
      requests: [{ method: 'GET', path: '/health', headers: {}, weight: 1, expectStatus: [200] }],
      thresholds: [parseThreshold('http_req_duration', 'p(95)<500', { abortOnFail: true })],
    });
    expect(notices).toEqual([
      'requests[0].expect.status [200]: DLT counts every 2xx and 3xx response as a success',
      'http_req_duration "p(95)<500" (abortOnFail): DLT reports results only when the test ends, so it cannot stop early; the threshold is judged at the end',
    ]);
  });

  it('refuses, all at once, what DLT cannot express, saying what to use instead', () => {
    let error: unknown;
    try {
      buildDltTest(
        scenario({
          requests: [
            { method: 'GET', path: '/health', headers: {}, weight: 1, expectStatus: [200, 404] },
            { method: 'GET', path: '/items', headers: {}, weight: 200 },
          ],
          bursts: { everyMs: 20_000, jitterMs: 10_000, durationMs: 5_000, factor: 4 },
          thresholds: [
            parseThreshold('checks', 'rate>0.99'),
            parseThreshold('http_req_duration', 'p(75)<300'),
            parseThreshold('http_req_duration', 'p(99.9)<2000'),
          ],
        }),
        { region: 'mars-north-1a', taskCount: 0, share: { index: 1, count: 8 } },
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      '--shard 2/8: DLT spreads the load over its own tasks; run the dlt engine once, without --shard, and set its task count instead',
      'the DLT task count must be a whole number of at least 1, not 0',
      '"mars-north-1a" is not an AWS region such as us-east-1: give the region of the DLT stack',
      'load-tests/checkout.yml: bursts: DLT holds a steady load and cannot add bursts; remove them or use --engine local or k6',
      'load-tests/checkout.yml: requests: DLT sends its requests in turn, so it can mix them only in whole-number proportions of at most 100 requests in all, not 1:200; use --engine local or k6 for this mix',
      'load-tests/checkout.yml: requests[0].expect.status: DLT counts every status outside 200-399 as a failure, so it cannot expect 404; use --engine local or k6',
      'load-tests/checkout.yml: thresholds.checks "rate>0.99": DLT reports no checks, only successes and failures; judge http_req_failed instead, or use --engine local or k6',
      'load-tests/checkout.yml: thresholds.http_req_duration "p(75)<300": DLT reports only p(0), p(50), p(90), p(95), p(99), p(99.9), p(100); use one of those, or use --engine local or k6',
    ]);
  });
});
