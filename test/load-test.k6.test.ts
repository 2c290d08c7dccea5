import { accessSync, constants, statSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { EngineFailure } from '../src/load-test/engine';
import { type Measurements, newHistogram } from '../src/load-test/metrics';
import { k6PointsReader, readK6Points } from '../src/load-test/k6/points';
import { executionSegmentArguments, failedAbortThreshold, runK6 } from '../src/load-test/k6/run-k6';
import { k6Script } from '../src/load-test/k6/script';
import type { Scenario } from '../src/load-test/scenario';
import { BURST_SEED, burstWindows, loadShape } from '../src/load-test/schedule';
import { seededRandom } from '../src/runtime/seeded-random';
import { parseThreshold } from '../src/load-test/thresholds';
import { startLoadTarget } from './support/load-target';

const FIXTURES = join(__dirname, 'fixtures', 'load-test', 'k6');
const WHOLE = { index: 0, count: 1 };

function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    file: 'load-tests/checkout.yml',
    name: 'checkout-api',
    target: 'https://dev.example.com',
    requests: [
      { method: 'GET', path: '/health', headers: {}, weight: 1, expectStatus: [200] },
      {
        method: 'POST',
        path: '/orders',
        headers: { 'content-type': 'application/json' },
        body: '{"sku":"A1"}',
        weight: 3,
      },
    ],
    executor: 'constant-arrival-rate',
    rate: 200,
    vus: 20,
    durationMs: 60_000,
    stages: [],
    timeoutMs: 5_000,
    thresholds: [],
    ...overrides,
  };
}

interface SentRequest {
  method: string;
  url: string;
  body: string | null;
  params: { headers: Record<string, string>; timeout: string; responseCallback?: unknown };
}

type CheckSet = Record<string, (response: { status: number }) => boolean>;

/**
 * Runs a generated script as k6 would, with stubs for k6's modules: the `import` lines go, the
 * exports become locals, and Math.random is the one given.
 */
function evaluateScript(script: string, random: () => number = Math.random) {
  const sent: SentRequest[] = [];
  const checks: CheckSet[] = [];
  const http = {
    request(method: string, url: string, body: string | null, params: SentRequest['params']) {
      sent.push({ method, url, body, params });
      return { status: 200 };
    },
    expectedStatuses: (...statuses: number[]) => ({ expectedStatuses: statuses }),
  };
  const check = (_response: unknown, set: CheckSet) => checks.push(set) > 0;
  const body = script
    .replace(/^import .*$/gm, '')
    .replace('export const options', 'const options')
    .replace('export default function', 'const iteration = function');
  const sandbox: Record<string, unknown> = {};
  const factory = runInNewContext(
    `(function (http, check, Math) {\n${body}\nreturn { options, iteration };\n})`,
    sandbox,
  ) as (...args: unknown[]) => { options: unknown; iteration(): void };
  const { options, iteration } = factory(http, check, Object.assign(Object.create(Math), { random }));
  return { options: JSON.parse(JSON.stringify(options)) as K6Options, iteration, sent, checks, sandbox };
}

interface K6Options {
  scenarios: Record<string, Record<string, unknown> & { stages?: { duration: string; target: number }[] }>;
  thresholds: Record<string, unknown[]>;
}

function onlyExecutor(options: K6Options) {
  const executors = Object.values(options.scenarios);
  expect(executors).toHaveLength(1);
  return executors[0] as K6Options['scenarios'][string];
}

describe('k6Script: executors', () => {
  test('constant-arrival-rate: the rate per second, the duration and the in-flight cap', () => {
    const { options } = evaluateScript(k6Script(scenario()));
    expect(options.scenarios).toEqual({
      'checkout-api': {
        executor: 'constant-arrival-rate',
        rate: 200,
        timeUnit: '1s',
        duration: '60000ms',
        preAllocatedVUs: 20,
        maxVUs: 20,
      },
    });
  });

  test('a fractional rate becomes a whole number per longer time unit', () => {
    const { options } = evaluateScript(k6Script(scenario({ rate: 0.5 })));
    expect(onlyExecutor(options)).toMatchObject({ rate: 5, timeUnit: '10s' });
  });

  test('ramping-arrival-rate: start rate and stages', () => {
    const ramping = scenario({
      executor: 'ramping-arrival-rate',
      rate: 10,
      stages: [
        { durationMs: 30_000, target: 400 },
        { durationMs: 30_000, target: 0 },
      ],
    });
    expect(onlyExecutor(evaluateScript(k6Script(ramping)).options)).toEqual({
      executor: 'ramping-arrival-rate',
      startRate: 10,
      timeUnit: '1s',
      stages: [
        { duration: '30000ms', target: 400 },
        { duration: '30000ms', target: 0 },
      ],
      preAllocatedVUs: 20,
      maxVUs: 20,
    });
  });

  test('constant-vus: virtual users for the duration', () => {
    const { options } = evaluateScript(
      k6Script(scenario({ executor: 'constant-vus', vus: 5, durationMs: 10_000 })),
    );
    expect(onlyExecutor(options)).toEqual({ executor: 'constant-vus', vus: 5, duration: '10000ms' });
  });

  test('ramping-vus: start VUs and stages', () => {
    const ramping = scenario({
      executor: 'ramping-vus',
      vus: 2,
      stages: [
        { durationMs: 5_000, target: 10 },
        { durationMs: 1_500, target: 0 },
      ],
    });
    expect(onlyExecutor(evaluateScript(k6Script(ramping)).options)).toEqual({
      executor: 'ramping-vus',
      startVUs: 2,
      stages: [
        { duration: '5000ms', target: 10 },
        { duration: '1500ms', target: 0 },
      ],
    });
  });

  test('the k6 scenario name keeps only the characters k6 allows', () => {
    const { options } = evaluateScript(k6Script(scenario({ name: 'checkout api: "v2"' })));
    expect(Object.keys(options.scenarios)).toEqual(['checkout_api___v2_']);
  });
});

/** The level k6 plays at `ms`: linear from the start value through each stage's target. */
function k6Level(start: number, stages: { duration: string; target: number }[], ms: number): number {
  let from = start;
  let elapsed = 0;
  for (const stage of stages) {
    const durationMs = Number(stage.duration.replace(/ms$/, ''));
    if (ms < elapsed + durationMs) return from + ((stage.target - from) * (ms - elapsed)) / durationMs;
    elapsed += durationMs;
    from = stage.target;
  }
  return from;
}

describe('k6Script: bursts', () => {
  const bursts = { everyMs: 20_000, jitterMs: 5_000, durationMs: 5_000, factor: 4 };

  /** Compares k6's stages with the local engine's load shape, away from the 1 ms steps at the burst edges. */
  function expectSameShape(
    bursting: Scenario,
    executor: { start: number; stages: { duration: string; target: number }[] },
    tolerance: number,
  ) {
    const { start, stages } = executor;
    const totalMs = stages.reduce((sum, stage) => sum + Number(stage.duration.replace(/ms$/, '')), 0);
    expect(totalMs).toBe(60_000);
    const windows = burstWindows(bursts, 60_000, seededRandom(BURST_SEED));
    expect(windows.length).toBeGreaterThan(0);
    const local = loadShape(bursting, WHOLE);
    const nearEdge = (ms: number) =>
      windows.some((window) => Math.abs(ms - window.start) < 3 || Math.abs(ms - window.end) < 3);
    for (let ms = 0; ms < 60_000; ms += 125) {
      if (nearEdge(ms)) continue;
      expect(Math.abs(k6Level(start, stages, ms) - local.at(ms))).toBeLessThanOrEqual(tolerance);
    }
  }

  test('a constant arrival rate with bursts becomes ramping-arrival-rate stages with the same windows', () => {
    const bursting = scenario({ rate: 100, bursts });
    const executor = onlyExecutor(evaluateScript(k6Script(bursting)).options);
    expect(executor).toMatchObject({ executor: 'ramping-arrival-rate', startRate: 100, timeUnit: '1s' });
    expectSameShape(bursting, { start: executor.startRate as number, stages: executor.stages ?? [] }, 1e-6);
  });

  test('ramping VUs with bursts multiply the ramp inside the windows', () => {
    const bursting = scenario({
      executor: 'ramping-vus',
      vus: 0,
      stages: [
        { durationMs: 30_000, target: 40 },
        { durationMs: 30_000, target: 40 },
      ],
      bursts,
    });
    const executor = onlyExecutor(evaluateScript(k6Script(bursting)).options);
    expect(executor).toMatchObject({ executor: 'ramping-vus', startVUs: 0 });
    expect(executor.stages?.every((stage) => Number.isInteger(stage.target))).toBe(true);
    // Whole VUs on both sides: the local engine rounds the level, k6 ramps between rounded targets.
    expectSameShape(bursting, { start: 0, stages: executor.stages ?? [] }, 1);
  });
});

describe('k6Script: requests and thresholds', () => {
  test('the weighted mix picks by cumulative weight, with headers, body, timeout and expected statuses', () => {
    const draws = [0.1, 0.2, 0.3, 0.9];
    const { iteration, sent, checks } = evaluateScript(k6Script(scenario()), () => draws.shift() as number);
    for (let times = 0; times < 4; times++) iteration();
    expect(sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET https://dev.example.com/health',
      'GET https://dev.example.com/health',
      'POST https://dev.example.com/orders',
      'POST https://dev.example.com/orders',
    ]);
    expect(sent[0]).toEqual({
      method: 'GET',
      url: 'https://dev.example.com/health',
      body: null,
      params: { headers: {}, timeout: '5000ms', responseCallback: { expectedStatuses: [200] } },
    });
    expect(sent[2]).toEqual({
      method: 'POST',
      url: 'https://dev.example.com/orders',
      body: '{"sku":"A1"}',
      params: { headers: { 'content-type': 'application/json' }, timeout: '5000ms' },
    });
    expect(checks).toHaveLength(2);
    const [statusCheck] = Object.values(checks[0] as CheckSet);
    expect(statusCheck?.({ status: 200 })).toBe(true);
    expect(statusCheck?.({ status: 500 })).toBe(false);
  });

  test('over many draws the mix follows the weights exactly', () => {
    let draw = 0;
    const { iteration, sent } = evaluateScript(k6Script(scenario()), () => (draw++ % 1000) / 1000);
    for (let times = 0; times < 1000; times++) iteration();
    expect(sent.filter((request) => request.method === 'GET')).toHaveLength(250);
  });

  test('hostile header, body and path values stay strings', () => {
    const hostile = `"'\`; globalThis.pwned = true; //\u2028globalThis.pwned = true;\u2029*/ </script> \${1}`;
    const { iteration, sent, sandbox } = evaluateScript(
      k6Script(
        scenario({
          name: hostile,
          requests: [
            { method: 'PUT', path: `/x${hostile}`, headers: { 'x-evil': hostile }, body: hostile, weight: 1 },
          ],
        }),
      ),
    );
    iteration();
    expect(sent[0]?.params.headers['x-evil']).toBe(hostile);
    expect(sent[0]?.body).toBe(hostile);
    expect(sent[0]?.url).toBe(`https://dev.example.com/x${hostile}`);
    expect(sandbox.pwned).toBeUndefined();
  });

  test('only abortOnFail thresholds k6 can evaluate go into the script', () => {
    const abort = { abortOnFail: true, delayAbortEvalMs: 10_000 };
    const thresholds = [
      parseThreshold('http_req_duration', 'p(95)<500'),
      parseThreshold('http_req_duration', 'p(99)<800', abort),
      parseThreshold('http_req_duration', 'p(95) < baseline * 1.10', abort),
      parseThreshold('http_req_failed', 'count<5', abort),
      parseThreshold('http_req_failed', 'rate<0.01', { abortOnFail: true }),
      parseThreshold('http_reqs', 'rate>150', abort),
    ];
    const { options } = evaluateScript(k6Script(scenario({ thresholds })));
    expect(options.thresholds).toEqual({
      http_req_duration: [{ threshold: 'p(99)<800', abortOnFail: true, delayAbortEval: '10000ms' }],
      http_req_failed: [{ threshold: 'rate<0.01', abortOnFail: true, delayAbortEval: '0ms' }],
      http_reqs: [{ threshold: 'rate>150', abortOnFail: true, delayAbortEval: '10000ms' }],
    });
  });
});

describe('execution segments', () => {
  test('one shard runs the whole test', () => {
    expect(executionSegmentArguments({ index: 0, count: 1 })).toEqual([]);
  });

  test('the first and the last of four shards', () => {
    const sequence = ['--execution-segment-sequence', '0,1/4,2/4,3/4,1'];
    expect(executionSegmentArguments({ index: 0, count: 4 })).toEqual([
      '--execution-segment',
      '0:1/4',
      ...sequence,
    ]);
    expect(executionSegmentArguments({ index: 3, count: 4 })).toEqual([
      '--execution-segment',
      '3/4:1',
      ...sequence,
    ]);
  });
});

describe("k6's JSON output", () => {
  /** Latencies of the fixture's requests, in milliseconds, in file order. */
  const latenciesMs = [100, 200, 300, 50, 5, 1000.5, 0.5, 0.25, 400, 10];

  test('every http_req_duration point is one request, classified from its tags', async () => {
    const measurements = await readK6Points(join(FIXTURES, 'points.ndjson'));
    expect(countsOf(measurements)).toEqual({
      requests: 10,
      failed: 5,
      timeouts: 2,
      connectionErrors: 1,
      unexpectedStatus: 2,
      checksPassed: 2,
      checksTotal: 5,
      dropped: 2,
      durationMs: 3500,
    });
    expect(
      measurements.timeline.map(({ second, requests, failed }) => ({ second, requests, failed })),
    ).toEqual([
      { second: 0, requests: 3, failed: 0 },
      { second: 1, requests: 3, failed: 2 },
      { second: 2, requests: 3, failed: 2 },
      { second: 3, requests: 1, failed: 1 },
    ]);
  });

  test('the latency histogram holds exactly the requests’ durations', async () => {
    const { latency } = await readK6Points(join(FIXTURES, 'points.ndjson'));
    const expected = newHistogram();
    for (const ms of latenciesMs) expected.recordValue(Math.round(ms * 1000));
    expect(latency.totalCount).toBe(10);
    for (const percentile of [0, 50, 90, 95, 99, 100]) {
      expect(latency.getValueAtPercentile(percentile)).toBe(expected.getValueAtPercentile(percentile));
    }
    expect(latency.getValueAtPercentile(50) / 1000).toBeCloseTo(50, 1);
    expect(latency.getValueAtPercentile(90) / 1000).toBeCloseTo(400, 0);
    expect(latency.minNonZeroValue).toBe(250);
    expect(latency.mean / 1000).toBeCloseTo(latenciesMs.reduce((sum, ms) => sum + ms) / 10, 0);
  });

  test('a last line cut short (k6 stopped hard) is ignored; a bad line before the end is an error', () => {
    const point = (value: number) =>
      JSON.stringify({
        type: 'Point',
        metric: 'http_req_duration',
        data: { time: '2024-05-09T12:00:00.5Z', value, tags: { status: '200', expected_response: 'true' } },
      });
    const cut = k6PointsReader('points.json');
    cut.add(point(12));
    cut.add(point(14).slice(0, 40));
    expect(cut.finish().requests).toBe(1);

    const broken = k6PointsReader('points.json');
    broken.add(point(12).slice(0, 40));
    expect(() => broken.add(point(14))).toThrow(EngineFailure);
    expect(() => broken.add(point(14))).toThrow(/^points\.json:1: k6's output is not JSON/);
  });
});

function countsOf(measurements: Measurements) {
  const { requests, failed, timeouts, connectionErrors, unexpectedStatus } = measurements;
  const { checksPassed, checksTotal, dropped, durationMs } = measurements;
  return {
    requests,
    failed,
    timeouts,
    connectionErrors,
    unexpectedStatus,
    checksPassed,
    checksTotal,
    dropped,
    durationMs,
  };
}

describe('abort detection from the summary export', () => {
  const thresholds = [
    parseThreshold('http_req_duration', 'p(95)<2000', { abortOnFail: true }),
    parseThreshold('http_req_duration', 'p(99)<800', { abortOnFail: true, delayAbortEvalMs: 10_000 }),
    parseThreshold('http_req_failed', 'rate<0.9', { abortOnFail: true }),
  ];

  test("the failed abortOnFail threshold of k6's --summary-export (true means failed)", async () => {
    const summary = JSON.parse(await readFile(join(FIXTURES, 'summary-export.json'), 'utf8')) as unknown;
    expect(failedAbortThreshold(summary, thresholds)).toBe('http_req_duration p(99)<800');
  });

  test('a failed threshold without abortOnFail did not stop the run', async () => {
    const summary = JSON.parse(await readFile(join(FIXTURES, 'summary-export.json'), 'utf8')) as unknown;
    const judgedLater = thresholds.map((threshold) => ({ ...threshold, abortOnFail: false }));
    expect(failedAbortThreshold(summary, judgedLater)).toBeUndefined();
  });

  test("handleSummary's shape: { ok: false }", () => {
    const summary = { metrics: { http_req_failed: { thresholds: { 'rate<0.9': { ok: false } } } } };
    expect(failedAbortThreshold(summary, thresholds)).toBe('http_req_failed rate<0.9');
    expect(failedAbortThreshold({ metrics: {} }, thresholds)).toBeUndefined();
  });
});

describe('runK6', () => {
  let workDir: string;
  beforeEach(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'rampart-k6-'));
  });
  afterEach(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  /** A `k6` in its own folder that runs fixtures/fake-k6.js with the given settings. */
  async function fakeK6(settings: Record<string, string>): Promise<{ binary: string; argsFile: string }> {
    const folder = await mkdtemp(join(workDir, 'bin-'));
    const binary = join(folder, 'k6');
    const argsFile = join(folder, 'args.json');
    const exports = Object.entries({ ...settings, FAKE_K6_ARGS: argsFile })
      .map(([name, value]) => `export ${name}='${value}'`)
      .join('\n');
    await writeFile(
      binary,
      `#!/bin/sh\n${exports}\nexec '${process.execPath}' '${join(FIXTURES, 'fake-k6.js')}' "$@"\n`,
    );
    await chmod(binary, 0o755);
    return { binary, argsFile };
  }

  const onPosix = process.platform === 'win32' ? test.skip : test;

  test('without k6 on PATH: an InputError that says how to get k6', async () => {
    const path = process.env.PATH;
    process.env.PATH = workDir;
    try {
      await expect(runK6({ scenario: scenario(), share: WHOLE, workDir })).rejects.toMatchObject({
        name: 'InputError',
        problems: [
          expect.stringMatching(
            /^k6 is not on PATH: .*grafana\/setup-k6-action.*k6-build\.yml.*--engine local$/,
          ),
        ],
      });
    } finally {
      process.env.PATH = path;
    }
  });

  test('a k6 path that does not exist is an InputError', async () => {
    await expect(
      runK6({ scenario: scenario(), share: WHOLE, workDir, k6Path: join(workDir, 'nowhere', 'k6') }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });

  onPosix(
    'runs the generated script with the shard as an execution segment and reads the points',
    async () => {
      const { binary, argsFile } = await fakeK6({ FAKE_K6_EXIT: '0' });
      const path = process.env.PATH;
      process.env.PATH = [dirname(binary), path].join(delimiter);
      const status: string[] = [];
      try {
        const run = await runK6({
          scenario: scenario(),
          share: { index: 1, count: 4 },
          workDir,
          onStatus: (line) => status.push(line),
        });
        expect(run.aborted).toBeUndefined();
        expect(run.measurements.requests).toBe(10);
      } finally {
        process.env.PATH = path;
      }
      const script = join(workDir, 'script.js');
      expect(JSON.parse(await readFile(argsFile, 'utf8'))).toEqual([
        'run',
        '--quiet',
        '--no-color',
        '--out',
        `json=${join(workDir, 'points.json')}`,
        `--summary-export=${join(workDir, 'summary.json')}`,
        '--execution-segment',
        '1/4:2/4',
        '--execution-segment-sequence',
        '0,1/4,2/4,3/4,1',
        script,
      ]);
      expect(await readFile(script, 'utf8')).toBe(k6Script(scenario()));
      expect(status).toEqual([
        'running (fake k6)',
        'level=error msg="first problem"',
        'level=error msg="last problem"',
      ]);
    },
  );

  onPosix("exit 99 with a failed abortOnFail threshold: the run was aborted at the points' end", async () => {
    const { binary, argsFile } = await fakeK6({ FAKE_K6_EXIT: '99' });
    const own = join(workDir, 'own-test.js');
    await writeFile(own, 'export default function () {}\n');
    const thresholds = [parseThreshold('http_req_duration', 'p(99)<800', { abortOnFail: true })];
    const run = await runK6({
      scenario: scenario({ thresholds }),
      share: WHOLE,
      workDir,
      k6Path: binary,
      script: own,
    });
    expect(run.aborted).toEqual({ threshold: 'http_req_duration p(99)<800', atMs: 3500 });
    expect((JSON.parse(await readFile(argsFile, 'utf8')) as string[]).at(-1)).toBe(own);
  });

  onPosix('any other exit code is an EngineFailure with the code and the last errors', async () => {
    const { binary } = await fakeK6({ FAKE_K6_EXIT: '107' });
    await expect(runK6({ scenario: scenario(), share: WHOLE, workDir, k6Path: binary })).rejects.toThrow(
      new EngineFailure(
        'k6 exited with code 107 (the script threw an exception):\nlevel=error msg="first problem"\nlevel=error msg="last problem"',
      ),
    );
  });

  onPosix('on abort k6 gets SIGINT and what it measured is returned', async () => {
    const { binary } = await fakeK6({ FAKE_K6_WAIT: '1' });
    const controller = new AbortController();
    const run = await runK6({
      scenario: scenario(),
      share: WHOLE,
      workDir,
      k6Path: binary,
      signal: controller.signal,
      onStatus: (line) => line === 'waiting' && controller.abort(),
    });
    expect(run.measurements.requests).toBe(10);
  });
});

/** The k6 binary on PATH, if there is one. */
function k6OnPath(): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((folder) => join(folder, process.platform === 'win32' ? 'k6.exe' : 'k6'))
    .find((candidate) => {
      try {
        accessSync(candidate, constants.X_OK);
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
}

const k6Binary = k6OnPath();
if (!k6Binary) console.info('k6 is not on PATH: the live k6 test is skipped (install k6 to run it)');
const live = k6Binary ? test : test.skip;

live('live: k6 runs a generated scenario against a local server', async () => {
  const target = await startLoadTarget((n) => ({ status: n % 5 === 4 ? 500 : 200 }));
  const workDir = await mkdtemp(join(tmpdir(), 'rampart-k6-live-'));
  try {
    const run = await runK6({
      scenario: scenario({
        target: target.url,
        requests: [{ method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [200] }],
        rate: 20,
        vus: 5,
        durationMs: 2_000,
      }),
      share: WHOLE,
      workDir,
    });
    expect(run.measurements.requests).toBe(target.requests);
    expect(run.measurements.requests).toBeGreaterThanOrEqual(30);
    expect(run.measurements.unexpectedStatus).toBe(Math.floor(target.requests / 5));
    expect(run.measurements.checksTotal).toBe(target.requests);
  } finally {
    await target.close();
    await rm(workDir, { recursive: true, force: true });
  }
});
