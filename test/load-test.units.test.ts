import { InputError } from '../src/errors';
import { aggregate, evaluateThresholds } from '../src/load-test/gate';
import { parseLegacyScenario, parseScenario } from '../src/load-test/load-scenario';
import { threadShare } from '../src/load-test/local/threads';
import {
  deserialize,
  emptyMeasurements,
  type Measurements,
  mergeInto,
  recordRequest,
  serialize,
} from '../src/load-test/metrics';
import { judge, type LoadTestResult, mergeResults } from '../src/load-test/result';
import { burstWindows, loadShape, shareOf } from '../src/load-test/schedule';
import { seededRandom } from '../src/runtime/seeded-random';
import { parseThreshold } from '../src/load-test/thresholds';
import { parseShard } from '../src/load-test/invoke';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('thresholds in k6 syntax', () => {
  test.each([
    ['http_req_duration', 'p(99.9)<2000', { aggregation: 'p(99.9)', percentile: 99.9, operator: '<' }],
    ['http_req_duration', 'avg <= 1000', { aggregation: 'avg', operator: '<=' }],
    ['http_req_failed', 'rate<0.01', { aggregation: 'rate', operator: '<' }],
    ['http_req_failed', 'count<1', { aggregation: 'count', operator: '<' }],
    ['http_reqs', 'count>100', { aggregation: 'count', operator: '>' }],
    ['checks', 'rate>0.99', { aggregation: 'rate', operator: '>' }],
  ] as const)('%s %s', (metric, source, expected) => {
    expect(parseThreshold(metric, source)).toMatchObject({ metric, source, ...expected });
  });

  test('relative bounds read the baseline', () => {
    expect(parseThreshold('http_req_duration', 'p(95) < baseline * 1.10').bound).toEqual({
      kind: 'baseline',
      operation: '*',
      operand: 1.1,
    });
  });

  test.each([
    ['http_req_duration', 'rate<1', 'http_req_duration takes avg, min, max, med, p(N), not rate'],
    ['http_req_failed', 'p(95)<1', 'http_req_failed has no percentiles'],
    ['http_req_duration', 'p(101)<1', 'a percentile is between 0 and 100'],
    ['http_req_duration', 'avg 100', 'expected an operator'],
    ['http_req_duration', 'avg<fast', 'expected a number or "baseline"'],
  ] as const)('%s "%s" is refused: %s', (metric, source, message) => {
    expect(() => parseThreshold(metric, source)).toThrow(message);
  });
});

describe('scenario files', () => {
  const valid =
    'name: api\ntarget: ${APP_ENDPOINT}/v1\nrequests:\n  - { path: /health }\nrate: 10\nduration: 30s\n';

  test('defaults, environment variables and durations', () => {
    const scenario = parseScenario(valid, 'load-tests/api.yml', { APP_ENDPOINT: 'https://dev.example.com' });
    expect(scenario).toMatchObject({
      target: 'https://dev.example.com/v1',
      executor: 'constant-arrival-rate',
      rate: 10,
      vus: 10,
      durationMs: 30_000,
      timeoutMs: 60_000,
      requests: [{ method: 'GET', path: '/health', weight: 1, headers: {} }],
    });
  });

  test('every problem is named with file, line and field', () => {
    const text = [
      'name: api',
      'target: ${APP_ENDPOINT}',
      'requests:',
      '  - { path: health, method: FETCH }',
      'executor: constant-vus',
      'duration: 30 seconds',
      'thresholds:',
      '  http_req_duration: ["p(95)<fast"]',
      '  latency: ["avg<1"]',
    ].join('\n');
    expect(problemsOf(() => parseScenario(text, 'load-tests/api.yml', {}))).toEqual([
      'load-tests/api.yml:1: scenario needs "vus" with executor constant-vus',
      'load-tests/api.yml:2: target reads environment variable(s) APP_ENDPOINT, which is not set',
      'load-tests/api.yml:4: requests[0].method "FETCH" must be GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS',
      'load-tests/api.yml:4: requests[0].path "health" must start with /',
      'load-tests/api.yml:6: duration "30 seconds" must be a duration such as 500ms, 30s, 1m30s or 2h',
      'load-tests/api.yml:8: thresholds.http_req_duration[0] "p(95)<fast": expected a number or "baseline" (optionally * + - a number) after the operator, not "fast"',
      'load-tests/api.yml:9: thresholds.latency is not a known key (known: http_req_duration, http_req_failed, http_reqs, checks)',
    ]);
  });

  test("the source pipeline's loadTestEnvVariables.json becomes the same gate", () => {
    const scenario = parseLegacyScenario(
      JSON.stringify({
        LOAD_TEST_API_ENDPOINT: 'https://q0w8l3mz2a.execute-api.us-east-1.amazonaws.com/prod/',
        AVG_RT_THRESHOLD: '1',
        FAILURE_THRESHOLD: '1',
      }),
      'loadTestEnvVariables.json',
      { APP_END_POINT: 'https://app.example.com/prod/items?x=1' },
    );
    expect(scenario).toMatchObject({
      target: 'https://app.example.com',
      requests: [{ method: 'GET', path: '/prod/items?x=1' }],
      executor: 'constant-vus',
      vus: 1,
      durationMs: 30_000,
      dltEndpoint: 'https://q0w8l3mz2a.execute-api.us-east-1.amazonaws.com/prod/',
    });
    expect(scenario.thresholds.map((threshold) => `${threshold.metric} ${threshold.source}`)).toEqual([
      'http_req_duration avg<1000',
      'http_req_failed count<1',
    ]);
    expect(
      problemsOf(() =>
        parseLegacyScenario('{"AVG_RT_THRESHOLD": "soon", "LOAD_TEST_API_ENDPOINT": 3}', 'env.json', {}),
      ),
    ).toEqual([
      'env.json: AVG_RT_THRESHOLD must be a number (seconds)',
      'env.json: FAILURE_THRESHOLD must be a number (a count of failed requests)',
      "env.json: the URL to test comes from environment variable APP_END_POINT (the deployed stack's endpoint), which is not set",
      "env.json: LOAD_TEST_API_ENDPOINT must be the DLT stack's API endpoint (its DLTApiEndpoint output)",
    ]);
  });
});

describe('load shape and shares', () => {
  const base = {
    file: 'x.yml',
    name: 'x',
    target: 'http://127.0.0.1',
    requests: [],
    rate: 100,
    vus: 7,
    durationMs: 10_000,
    timeoutMs: 1000,
    thresholds: [],
  };

  test('shares of a count add up to the whole, for shards and for the threads of shards', () => {
    for (const total of [0, 1, 7, 100, 101]) {
      for (const count of [1, 3, 8]) {
        const parts = Array.from({ length: count }, (_, index) => shareOf(total, { index, count }));
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        for (let index = 0; index < count; index++) {
          const threads = [0, 1].map((thread) => shareOf(total, threadShare({ index, count }, thread, 2)));
          expect(threads[0] + threads[1]).toBe(parts[index]);
        }
      }
    }
  });

  test('ramping follows the stages linearly, and a shard gets its part', () => {
    const scenario = {
      ...base,
      executor: 'ramping-arrival-rate' as const,
      rate: 0,
      stages: [
        { durationMs: 10_000, target: 400 },
        { durationMs: 10_000, target: 0 },
      ],
    };
    const whole = loadShape(scenario, { index: 0, count: 1 });
    const quarter = loadShape(scenario, { index: 3, count: 4 });
    expect(whole.durationMs).toBe(20_000);
    expect([0, 5000, 10_000, 15_000].map((ms) => whole.at(ms))).toEqual([0, 200, 400, 200]);
    expect(quarter.at(10_000)).toBe(100);
  });

  test('bursts: idle gaps of every ± jitter, the same windows for every shard', () => {
    const bursts = { everyMs: 20_000, jitterMs: 10_000, durationMs: 5000, factor: 4 };
    const windows = burstWindows(bursts, 300_000, seededRandom(9));
    let end = 0;
    for (const window of windows) {
      expect(window.end - window.start).toBe(5000);
      expect(window.start - end).toBeGreaterThanOrEqual(10_000);
      expect(window.start - end).toBeLessThanOrEqual(30_000);
      end = window.end;
    }
    const scenario = {
      ...base,
      executor: 'constant-arrival-rate' as const,
      stages: [],
      bursts,
      durationMs: 300_000,
    };
    const [first, second] = [0, 1].map((index) => loadShape(scenario, { index, count: 2 }));
    const samples = Array.from({ length: 300 }, (_, second) => second * 1000 + 500);
    expect(samples.map((ms) => first?.at(ms))).toEqual(samples.map((ms) => second?.at(ms)));
    expect(new Set(samples.map((ms) => first?.at(ms)))).toEqual(new Set([50, 200]));
  });

  test('shards are written I/N, 1-based', () => {
    expect(parseShard('2/8')).toEqual({ index: 1, count: 8 });
    for (const bad of ['0/8', '9/8', '2', 'a/b', '1/0']) {
      expect(() => parseShard(bad)).toThrow(`shard "${bad}" must be I/N`);
    }
  });
});

describe('exact merging of shards', () => {
  function record(measurements: Measurements, latencyMs: number, index: number): void {
    recordRequest(measurements, {
      kind: index % 17 === 0 ? 'unexpected-status' : 'ok',
      latencyMs,
      second: Math.floor(index / 50),
      checked: true,
    });
  }

  test('splitting recorded samples into N shards and merging gives exactly the single-run histogram', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 20; trial++) {
      const samples = Array.from({ length: 2000 }, () =>
        random() < 0.8 ? 5 + random() * 20 : 200 + random() ** 3 * 5000,
      );
      const shards = 1 + Math.floor(random() * 12);
      const single = emptyMeasurements();
      const parts = Array.from({ length: shards }, () => emptyMeasurements());
      samples.forEach((latency, index) => {
        record(single, latency, index);
        record(parts[Math.floor(random() * shards)] as Measurements, latency, index);
      });
      const results = parts.map((part, index): LoadTestResult => ({
        tool: 'rampart',
        kind: 'load-test-result',
        version: 1,
        engine: 'local',
        scenario: { name: 's', target: 'http://x', executor: 'constant-vus', thresholds: [] },
        shard: { index: index + 1, count: shards },
        startedAt: new Date(0).toISOString(),
        measurements: serialize(part),
      }));
      const merged = deserialize(mergeResults(results).measurements);
      expect(serialize(merged)).toEqual(serialize(single));
      for (const percentile of [50, 90, 99, 99.9, 100]) {
        expect(merged.latency.getValueAtPercentile(percentile)).toBe(
          single.latency.getValueAtPercentile(percentile),
        );
      }
    }
  });

  test('merging refuses results of different scenarios, and summaries without samples', () => {
    const result = (name: string): LoadTestResult => ({
      tool: 'rampart',
      kind: 'load-test-result',
      version: 1,
      engine: 'local',
      scenario: { name, target: 'http://x', executor: 'constant-vus', thresholds: [] },
      startedAt: new Date(0).toISOString(),
      measurements: serialize(emptyMeasurements()),
    });
    expect(() => mergeResults([result('a'), result('b')])).toThrow('different scenarios');
    const dlt = { ...result('a'), engine: 'dlt' as const };
    dlt.measurements = { ...dlt.measurements, latencySummary: { avgMs: 1, percentilesMs: { 50: 1 } } };
    expect(() => mergeResults([result('a'), dlt])).toThrow('a dlt result holds latency percentiles');
  });

  test('mergeInto adds counts and timelines by second', () => {
    const [a, b] = [emptyMeasurements(), emptyMeasurements()];
    recordRequest(a, { kind: 'ok', latencyMs: 10, second: 0, checked: false });
    recordRequest(b, { kind: 'timeout', latencyMs: 30, second: 2, checked: false });
    mergeInto(a, b);
    expect(a).toMatchObject({ requests: 2, failed: 1, timeouts: 1 });
    expect(a.timeline.map((point) => point.requests)).toEqual([1, 0, 1]);
  });
});

describe('the gate', () => {
  function measured(latencies: number[], failures = 0): Measurements {
    const measurements = emptyMeasurements();
    latencies.forEach((latencyMs, index) =>
      recordRequest(measurements, {
        kind: index < failures ? 'timeout' : 'ok',
        latencyMs,
        second: 0,
        checked: true,
      }),
    );
    measurements.durationMs = 1000;
    return measurements;
  }

  test('values per aggregation, and a relative threshold against a baseline', () => {
    const current = measured([100, 200, 300, 400], 1);
    expect(aggregate(current, { metric: 'http_req_duration', aggregation: 'avg' })).toBeCloseTo(250, 0);
    expect(aggregate(current, { metric: 'http_req_failed', aggregation: 'rate' })).toBe(0.25);
    expect(aggregate(current, { metric: 'http_req_failed', aggregation: 'count' })).toBe(1);
    expect(aggregate(current, { metric: 'http_reqs', aggregation: 'rate' })).toBe(4);
    expect(aggregate(current, { metric: 'checks', aggregation: 'rate' })).toBe(0.75);
    const thresholds = [parseThreshold('http_req_duration', 'max < baseline * 1.10')];
    const [slower] = evaluateThresholds(thresholds, current, measured([100, 200, 300, 350]));
    expect(slower).toMatchObject({
      passed: false,
      baseline: expect.closeTo(350, 0),
      bound: expect.closeTo(385, 0),
    });
    const [faster] = evaluateThresholds(thresholds, current, measured([100, 200, 300, 380]));
    expect(faster?.passed).toBe(true);
    const [missing] = evaluateThresholds(thresholds, current);
    expect(missing).toMatchObject({
      passed: false,
      reason: 'relative to a baseline, and no baseline was given',
    });
  });

  test('summary statistics (DLT) are read as reported, and a percentile it lacks fails with the reason', () => {
    const measurements = {
      ...emptyMeasurements(),
      requests: 10,
      latencySummary: { avgMs: 120, percentilesMs: { 50: 100, 95: 300 } },
    };
    const [p95, p97, avg] = evaluateThresholds(
      ['p(95)<500', 'p(97)<500', 'avg<100'].map((source) => parseThreshold('http_req_duration', source)),
      measurements,
    );
    expect(p95).toMatchObject({ value: 300, passed: true });
    expect(p97).toMatchObject({
      passed: false,
      reason: 'the engine reports only avg, min, max and p(50), p(95) of http_req_duration',
    });
    expect(avg).toMatchObject({ value: 120, passed: false });
  });

  test('an aborted run fails even when its thresholds pass', () => {
    const result: LoadTestResult = {
      tool: 'rampart',
      kind: 'load-test-result',
      version: 1,
      engine: 'local',
      scenario: {
        name: 's',
        target: 'http://x',
        executor: 'constant-vus',
        thresholds: [parseThreshold('http_reqs', 'count>0')],
      },
      startedAt: new Date(0).toISOString(),
      measurements: serialize(measured([1, 2])),
    };
    expect(judge(result).passed).toBe(true);
    expect(judge({ ...result, aborted: { threshold: 'http_req_duration p(95)<1', atMs: 10 } }).passed).toBe(
      false,
    );
  });
});
