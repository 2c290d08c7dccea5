/**
 * The local engine against local HTTP servers with known behaviour: the gate's verdicts, latency and
 * error accuracy, coordinated omission, and abortOnFail.
 */
import { parseScenario } from '../src/load-test/load-scenario';
import { runLocal } from '../src/load-test/local/run-local';
import { deserialize } from '../src/load-test/metrics';
import { runLoadTest } from '../src/load-test/run';
import { type LoadTarget, percentileOf, startLoadTarget } from './support/load-target';

let target: LoadTarget | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

function scenario(url: string, body: string) {
  return parseScenario(`name: test\ntarget: ${url}\nrequests:\n  - { path: /work }\n${body}`, 'test.yml');
}

async function run(yaml: string) {
  const loaded = scenario((target as LoadTarget).url, yaml);
  const { result, verdict } = await runLoadTest({
    scenario: loaded,
    engine: { name: 'local', run: (options) => runLocal({ ...options, threads: 1 }) },
    preflight: true,
  });
  return { result, verdict, measurements: deserialize(result.measurements) };
}

const byThreshold = (verdict: { thresholds: { threshold: string; passed: boolean }[] }) =>
  Object.fromEntries(verdict.thresholds.map((threshold) => [threshold.threshold, threshold.passed]));

test("the source article's fixture: a 500 ms server passes avg<1000 and fails avg<200", async () => {
  target = await startLoadTarget(() => ({ delayMs: 500 }));
  const { verdict, measurements } = await run(
    'executor: constant-vus\nvus: 4\nduration: 3s\nthresholds:\n  http_req_duration: ["avg<1000", "avg<200"]\n  http_req_failed: ["count<1"]\n',
  );
  expect(byThreshold(verdict)).toEqual({ 'avg<1000': true, 'avg<200': false, 'count<1': true });
  expect(verdict.passed).toBe(false);
  expect(measurements.latency.mean / 1000).toBeGreaterThanOrEqual(500);
  expect(measurements.latency.mean / 1000).toBeLessThan(560);
  // 4 users, each 500 ms a request, for 3 s.
  expect(measurements.requests).toBeGreaterThanOrEqual(20);
  expect(measurements.requests).toBeLessThanOrEqual(28);
});

test('a bimodal latency distribution is measured within 2% at p50, p90 and p99', async () => {
  // Every fifth request is slow: 80% near 100 ms, 20% near 400 ms.
  target = await startLoadTarget((n) => ({ delayMs: n % 5 === 4 ? 400 : 100 }));
  const { measurements } = await run('executor: constant-arrival-rate\nrate: 100\nvus: 100\nduration: 4s\n');
  // The first answer was the preflight request's.
  const held = (target as LoadTarget).heldMs.slice(1);
  expect(measurements.requests).toBe(held.length);
  for (const percentile of [50, 90, 99]) {
    const truth = percentileOf(held, percentile);
    const measured = measurements.latency.getValueAtPercentile(percentile) / 1000;
    expect(Math.abs(measured - truth) / truth).toBeLessThan(0.02);
  }
});

test('errors are counted by kind, and 5% error responses give an error rate within 1 point', async () => {
  target = await startLoadTarget((n) => ({ status: n % 20 === 7 ? 500 : 200, delayMs: 5 }));
  const { measurements, verdict } = await run(
    'executor: constant-arrival-rate\nrate: 200\nduration: 3s\nthresholds:\n  http_req_failed: ["rate<0.04", "rate<0.06"]\n',
  );
  const rate = measurements.failed / measurements.requests;
  expect(Math.abs(rate - 0.05)).toBeLessThan(0.01);
  expect(measurements.unexpectedStatus).toBe(measurements.failed);
  expect(measurements.timeouts + measurements.connectionErrors).toBe(0);
  expect(byThreshold(verdict)).toEqual({ 'rate<0.04': false, 'rate<0.06': true });
});

test('timeouts, connection errors and unexpected statuses are told apart', async () => {
  target = await startLoadTarget((n) =>
    n === 0 ? {} : n % 3 === 0 ? { hang: true } : n % 3 === 1 ? { destroy: true } : { status: 503 },
  );
  const { measurements } = await run(
    'executor: constant-arrival-rate\nrate: 30\nduration: 1s\ntimeout: 300ms\n',
  );
  expect(measurements.requests).toBeGreaterThanOrEqual(25);
  expect(measurements.failed).toBe(measurements.requests);
  for (const kind of ['timeouts', 'connectionErrors', 'unexpectedStatus'] as const) {
    expect(measurements[kind]).toBeGreaterThanOrEqual(Math.floor(measurements.requests / 3) - 1);
  }
});

test('a stalled server shows in the tail latency of an arrival-rate run (no coordinated omission)', async () => {
  target = await stallingTarget();
  const { measurements } = await run('executor: constant-arrival-rate\nrate: 100\nvus: 200\nduration: 3s\n');
  // The ~100 arrivals due during the one-second stall were sent on time and waited: their wait counts.
  expect(measurements.requests).toBeGreaterThanOrEqual(280);
  expect(measurements.dropped).toBe(0);
  expect(measurements.latency.getValueAtPercentile(90) / 1000).toBeGreaterThan(500);
  expect(measurements.latency.maxValue / 1000).toBeGreaterThan(950);
  await target.close();
  // A closed loop sends nothing while it waits, so it sees the stall once: the omission avoided above.
  target = await stallingTarget();
  const closed = await run('executor: constant-vus\nvus: 1\nduration: 3s\n');
  expect(closed.measurements.latency.getValueAtPercentile(90) / 1000).toBeLessThan(50);
  expect(closed.measurements.latency.maxValue / 1000).toBeGreaterThan(950);
});

/** Answers in 2 ms, except that from its 50th request on it answers nothing for one second. */
function stallingTarget(): Promise<LoadTarget> {
  let stallUntil = 0;
  return startLoadTarget((n) => {
    if (n === 50) stallUntil = Date.now() + 1000;
    return { delayMs: Math.max(2, stallUntil - Date.now()) };
  });
}

test('an abortOnFail threshold stops the run once its delay has passed', async () => {
  target = await startLoadTarget(() => ({ delayMs: 300 }));
  const started = Date.now();
  const { result, verdict } = await run(
    'executor: constant-vus\nvus: 5\nduration: 20s\nthresholds:\n  http_req_duration:\n    - { threshold: "p(95)<100", abortOnFail: true, delayAbortEval: 1s }\n',
  );
  expect(Date.now() - started).toBeLessThan(6000);
  expect(result.aborted?.threshold).toBe('http_req_duration p(95)<100');
  expect(result.aborted?.atMs).toBeGreaterThanOrEqual(1000);
  expect(verdict.passed).toBe(false);
});

test('zero requests is never a pass', async () => {
  target = await startLoadTarget(() => ({ hang: true }));
  const loaded = scenario(
    target.url,
    'executor: constant-vus\nvus: 1\nduration: 1s\nthresholds:\n  http_req_duration: ["p(95)<1000"]\n  http_req_failed: ["rate<0.5"]\n',
  );
  const { verdict } = await runLoadTest({
    scenario: loaded,
    engine: {
      name: 'local',
      run: (options) => runLocal({ ...options, threads: 1, signal: AbortSignal.abort() }),
    },
    preflight: false,
  });
  expect(verdict.passed).toBe(false);
  expect(verdict.thresholds.map((threshold) => threshold.reason)).toEqual(['no samples', 'no samples']);
});
