import { setTimeout as delay } from 'node:timers/promises';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { formatDuration } from '../../runtime/duration';
import { EngineFailure, type EngineRun, type EngineRunOptions } from '../engine';
import { emptyMeasurements, type Measurements } from '../metrics';
import { scenarioDurationMs } from '../scenario';
import {
  DLT_PERCENTILE_FIELDS,
  DltApiError,
  DltClient,
  DltConnectionError,
  type DltNumericField,
  type DltTest,
  type DltTotals,
} from './client';
import { buildDltTest } from './request';

export interface DltRunOptions extends EngineRunOptions {
  /** The DLT stack's DLTApiEndpoint output, stage included. */
  endpoint: string;
  /** The region of the DLT stack: requests are signed for it and the tasks run there. */
  region: string;
  /** Tasks (Fargate containers) that share the load; default 1. */
  taskCount?: number;
  /** Omitted: the SDK's default chain. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Longest the whole test may take, DLT's start-up included, before it is cancelled. */
  timeoutMs: number;
  /** The first wait between status reads (default 5 s); it doubles up to maxPollIntervalMs (default 60 s). */
  pollIntervalMs?: number;
  maxPollIntervalMs?: number;
  /** Waits; rejects or resolves early once `signal` is aborted. Replaced in tests, as are `now` and `random`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  /** The jitter of the waits: each is its interval times 0.8 to 1.2. */
  random?: () => number;
}

const FIRST_POLL_INTERVAL_MS = 5_000;
const MAX_POLL_INTERVAL_MS = 60_000;
/** Status reads in a row that may fail on a network error, a throttle or a 5xx before the run is given up. */
const MAX_POLL_FAILURES = 5;

/**
 * Runs the scenario on the AWS Distributed Load Testing solution: creates the test, reads its status
 * with jittered exponential backoff until it is complete, and returns DLT's summary as measurements.
 * A failed or cancelled test, the timeout or the user's abort throw EngineFailure (a running test is
 * cancelled first).
 */
export async function runDlt(options: DltRunOptions): Promise<EngineRun> {
  const { body, notices } = buildDltTest(options.scenario, options);
  for (const notice of notices) options.onStatus?.(notice);
  if (options.signal?.aborted) throw new EngineFailure('cancelled by the user before the DLT test started');
  const client = new DltClient(options);
  const now = options.now ?? Date.now;
  const deadline = now() + options.timeoutMs;
  const created = await client.createTest(body);
  if (!created?.testId) {
    throw new Error(
      `the DLT API created no test (its answer has no testId): is ${options.endpoint} the DLT API?`,
    );
  }
  const run: PollingRun = { client, options, testId: created.testId, deadline, status: '', failures: 0 };
  noteStatus(run, created.status ?? 'created');
  return { measurements: measurementsOfDltTest(await waitUntilComplete(run)) };
}

interface PollingRun {
  client: DltClient;
  options: DltRunOptions;
  testId: string;
  deadline: number;
  /** The last status read. */
  status: string;
  /** Status reads that failed in a row. */
  failures: number;
}

async function waitUntilComplete(run: PollingRun): Promise<DltTest> {
  const { options } = run;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal }));
  for (let attempt = 0; ; attempt++) {
    const remainingMs = run.deadline - now();
    if (remainingMs <= 0) throw await cancelAndFail(run, timeoutMessage(run));
    await sleep(Math.min(pollDelay(attempt, options), remainingMs), options.signal).catch(() => undefined);
    if (options.signal?.aborted) throw await cancelAndFail(run, 'cancelled by the user');
    const test = await readTest(run);
    if (!test?.status) continue;
    noteStatus(run, test.status);
    const status = test.status.toLowerCase();
    if (status === 'complete') return test;
    if (status === 'failed' || status === 'cancelled') throw endedWithoutResults(run.testId, test);
  }
}

/** The wait before status read `attempt`: doubling from the first interval up to the cap, ±20%. */
function pollDelay(attempt: number, options: DltRunOptions): number {
  const cap = options.maxPollIntervalMs ?? MAX_POLL_INTERVAL_MS;
  const interval = Math.min(cap, (options.pollIntervalMs ?? FIRST_POLL_INTERVAL_MS) * 2 ** attempt);
  return Math.round(Math.min(cap, interval * (0.8 + 0.4 * (options.random ?? Math.random)())));
}

/** The test's state, or undefined when this read failed in a way worth trying again. */
async function readTest(run: PollingRun): Promise<DltTest | undefined> {
  try {
    const test = await run.client.getTest(run.testId, run.options.signal);
    run.failures = 0;
    return test;
  } catch (error) {
    if (run.options.signal?.aborted) return undefined;
    const message = (error as Error).message;
    if (!isTransient(error) || ++run.failures >= MAX_POLL_FAILURES) {
      throw new EngineFailure(
        `lost track of DLT test ${run.testId}: ${message}. It may still be running: see it in the DLT console`,
      );
    }
    run.options.onStatus?.(`DLT test ${run.testId}: could not read its status (${message}); trying again`);
    return undefined;
  }
}

function isTransient(error: unknown): boolean {
  return (
    error instanceof DltConnectionError ||
    (error instanceof DltApiError && (error.status === 429 || error.status >= 500))
  );
}

function noteStatus(run: PollingRun, status: string): void {
  if (status === run.status) return;
  run.status = status;
  run.options.onStatus?.(`DLT test ${run.testId}: ${status}`);
}

function timeoutMessage(run: PollingRun): string {
  const load = formatDuration(scenarioDurationMs(run.options.scenario));
  return `the DLT test ${run.testId} did not finish within ${formatDuration(run.options.timeoutMs)} (last status: ${run.status}); raise --timeout if it needs longer: the scenario runs ${load}, and DLT takes a few minutes to start its tasks and gather the results`;
}

/** Cancels the running test; the failure says whether that worked. */
async function cancelAndFail(run: PollingRun, reason: string): Promise<EngineFailure> {
  try {
    await run.client.cancelTest(run.testId);
    run.options.onStatus?.(`DLT test ${run.testId}: cancelling`);
    return new EngineFailure(`${reason}; the DLT test ${run.testId} was cancelled`);
  } catch (error) {
    return new EngineFailure(
      `${reason}; cancelling the DLT test ${run.testId} failed too (${(error as Error).message}): cancel it in the DLT console`,
    );
  }
}

function endedWithoutResults(testId: string, test: DltTest): EngineFailure {
  const ended = test.status?.toLowerCase() === 'failed' ? 'failed' : 'was cancelled';
  const reason = test.errorReason ? `: ${test.errorReason}` : '';
  return new EngineFailure(`the DLT test ${testId} ${ended}${reason} (its logs are in the DLT console)`);
}

/**
 * DLT's summary as measurements: counts from succ and fail, latencies (seconds in DLT) as a latency
 * summary in milliseconds. DLT keeps no samples, so the histogram and the timeline stay empty.
 */
export function measurementsOfDltTest(test: DltTest): Measurements {
  const total = test.results?.total;
  if (!total) {
    throw new EngineFailure(
      `the DLT test ${test.testId} completed without results (no results.total): no request was recorded; check the target and the test's logs in the DLT console`,
    );
  }
  const field = (name: DltNumericField) => requiredNumber(test.testId, total, name);
  const measurements = emptyMeasurements();
  measurements.requests = field('succ') + field('fail');
  measurements.failed = field('fail');
  countResponseCodes(measurements, total.rc ?? []);
  measurements.durationMs = secondsToMs(optionalNumber(total.testDuration) ?? 0);
  measurements.latencySummary = {
    avgMs: secondsToMs(field('avg_rt')),
    minMs: optionalMs(total.p0_0),
    maxMs: optionalMs(total.p100_0),
    percentilesMs: percentilesMs(total),
  };
  return measurements;
}

/** The failures by kind: JMeter names an HTTP status by its number, and a network failure by its Java exception. */
function countResponseCodes(measurements: Measurements, codes: NonNullable<DltTotals['rc']>): void {
  for (const { code, count } of codes) {
    const times = optionalNumber(count) ?? 0;
    if (/^\d{3}$/.test(String(code))) measurements.unexpectedStatus += times;
    else if (/timeout|timed out/i.test(String(code))) measurements.timeouts += times;
    else measurements.connectionErrors += times;
  }
}

function percentilesMs(total: DltTotals): Record<number, number> {
  const percentiles: Record<number, number> = {};
  for (const [percentile, name] of DLT_PERCENTILE_FIELDS) {
    const ms = optionalMs(total[name]);
    if (ms !== undefined) percentiles[percentile] = ms;
  }
  return percentiles;
}

function requiredNumber(testId: string, total: DltTotals, name: DltNumericField): number {
  const value = optionalNumber(total[name]);
  if (value === undefined) {
    throw new EngineFailure(
      `the DLT test ${testId} completed, but its results.total.${name} is ${JSON.stringify(total[name]) ?? 'missing'}, not a number`,
    );
  }
  return value;
}

function optionalNumber(value: string | number | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

function optionalMs(seconds: string | number | undefined): number | undefined {
  const value = optionalNumber(seconds);
  return value === undefined ? undefined : secondsToMs(value);
}

/** Rounded to the microsecond, finer than anything DLT reports, so that 0.512 s is 512 ms exactly. */
function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1_000_000) / 1000;
}
