import type { EngineName, EngineRun, EngineRunOptions } from './engine';
import { abortingThreshold } from './gate';
import type { Measurements } from './metrics';
import { serialize } from './metrics';
import { checkReachable } from './preflight';
import { judge, type LoadTestResult, type Verdict } from './result';
import { type Scenario, scenarioDurationMs } from './scenario';
import type { Share } from './schedule';

const MIN_RATE_INTERVAL_MS = 500;

export type Engine = (options: EngineRunOptions) => Promise<EngineRun>;

export interface LoadTestRun {
  scenario: Scenario;
  engine: { name: EngineName; run: Engine };
  /** This run's part of a distributed run (0-based index); the whole load without it. */
  shard?: Share;
  baseline?: LoadTestResult;
  /** Check that the target answers before the load starts (not for engines that run elsewhere). */
  preflight: boolean;
  signal?: AbortSignal;
  onProgress?(progress: Progress): void;
  onStatus?(message: string): void;
}

/** What a progress line shows, about every second. */
export interface Progress {
  requests: number;
  failed: number;
  elapsedMs: number;
  totalMs: number;
  /** Requests per second over the last interval. */
  rps: number;
  /** Absent until there are samples, and for engines that report no latency while running. */
  p95Ms?: number;
}

/**
 * Runs a scenario (or a shard of it) on an engine, stopping early when an abortOnFail threshold fails,
 * and judges the result against the thresholds (and the baseline, when given).
 */
export async function runLoadTest(run: LoadTestRun): Promise<{ result: LoadTestResult; verdict: Verdict }> {
  const { scenario } = run;
  const share = run.shard ?? { index: 0, count: 1 };
  if (run.preflight) await checkReachable(scenario);
  const controller = new AbortController();
  run.signal?.addEventListener('abort', () => controller.abort(), { once: true });
  let aborted: LoadTestResult['aborted'];
  const totalMs = scenarioDurationMs(scenario);
  const report = progressReporter(totalMs, run.onProgress);
  const startedAt = new Date().toISOString();
  const outcome = await run.engine.run({
    scenario,
    share,
    signal: controller.signal,
    onStatus: run.onStatus,
    onSnapshot(measurements, elapsedMs) {
      report(measurements, elapsedMs);
      const running = !aborted && elapsedMs < totalMs;
      const failing = running ? abortingThreshold(scenario.thresholds, measurements, elapsedMs) : undefined;
      if (failing) {
        aborted = { threshold: `${failing.metric} ${failing.threshold}`, atMs: Math.round(elapsedMs) };
        controller.abort();
      }
    },
  });
  const result: LoadTestResult = {
    tool: 'rampart',
    kind: 'load-test-result',
    version: 1,
    engine: run.engine.name,
    scenario: {
      name: scenario.name,
      target: scenario.target,
      executor: scenario.executor,
      thresholds: scenario.thresholds,
    },
    shard: run.shard && { index: share.index + 1, count: share.count },
    startedAt,
    aborted: aborted ?? outcome.aborted,
    measurements: serialize(outcome.measurements),
  };
  return { result, verdict: judge(result, run.baseline) };
}

function progressReporter(
  totalMs: number,
  onProgress: LoadTestRun['onProgress'],
): (measurements: Measurements, elapsedMs: number) => void {
  let last = { requests: 0, elapsedMs: 0, rps: 0 };
  return (measurements, elapsedMs) => {
    if (!onProgress) return;
    const intervalMs = elapsedMs - last.elapsedMs;
    // The final snapshot may follow the last one closely: too short an interval to give a rate.
    const rps =
      intervalMs >= MIN_RATE_INTERVAL_MS
        ? ((measurements.requests - last.requests) * 1000) / intervalMs
        : last.rps;
    last = { requests: measurements.requests, elapsedMs, rps };
    onProgress({
      requests: measurements.requests,
      failed: measurements.failed,
      elapsedMs,
      totalMs,
      rps,
      p95Ms:
        measurements.latency.totalCount > 0
          ? measurements.latency.getValueAtPercentile(95) / 1000
          : undefined,
    });
  };
}
