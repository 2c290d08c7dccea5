import type { LatencySummary, Measurements } from './metrics';
import { boundValue, compare, type Threshold } from './thresholds';

export interface ThresholdResult {
  metric: string;
  /** As written, e.g. `p(95)<500`. */
  threshold: string;
  /** The measured value (milliseconds for durations, a share for rates); absent without samples. */
  value?: number;
  /** The number compared with (a relative threshold's, from the baseline). */
  bound?: number;
  /** The baseline run's value of the same aggregation. */
  baseline?: number;
  passed: boolean;
  abortOnFail: boolean;
  /** Why it failed when there was nothing to compare. */
  reason?: string;
}

/**
 * One aggregation of one metric. Undefined when the metric has no samples: zero requests is never a
 * pass (a count is still a count: `count>=0` passes with none).
 */
export function aggregate(
  measurements: Measurements,
  threshold: Pick<Threshold, 'metric' | 'aggregation' | 'percentile'>,
): number | undefined {
  const { latency, requests, failed, checksPassed, checksTotal, durationMs } = measurements;
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : undefined);
  switch (threshold.metric) {
    case 'http_req_duration':
      return measurements.latencySummary
        ? fromSummary(measurements.latencySummary, threshold)
        : fromHistogram(latency, threshold);
    case 'http_req_failed':
      return threshold.aggregation === 'count'
        ? requests > 0
          ? failed
          : undefined
        : share(failed, requests);
    case 'http_reqs':
      return threshold.aggregation === 'count' ? requests : share(requests, durationMs / 1000);
    case 'checks':
      return threshold.aggregation === 'count'
        ? checksTotal > 0
          ? checksPassed
          : undefined
        : share(checksPassed, checksTotal);
  }
}

type Aggregation = Pick<Threshold, 'aggregation' | 'percentile'>;

function fromHistogram(latency: Measurements['latency'], threshold: Aggregation): number | undefined {
  if (latency.totalCount === 0) return undefined;
  const ms = (microseconds: number) => microseconds / 1000;
  if (threshold.percentile !== undefined) return ms(latency.getValueAtPercentile(threshold.percentile));
  if (threshold.aggregation === 'avg') return ms(latency.mean);
  if (threshold.aggregation === 'min') return ms(latency.minNonZeroValue);
  if (threshold.aggregation === 'max') return ms(latency.maxValue);
  return ms(latency.getValueAtPercentile(50));
}

function fromSummary(summary: LatencySummary, threshold: Aggregation): number | undefined {
  if (threshold.percentile !== undefined) return summary.percentilesMs[threshold.percentile];
  if (threshold.aggregation === 'avg') return summary.avgMs;
  if (threshold.aggregation === 'min') return summary.minMs ?? summary.percentilesMs[0];
  if (threshold.aggregation === 'max') return summary.maxMs ?? summary.percentilesMs[100];
  return summary.percentilesMs[50];
}

/** Why a threshold has no value to compare. */
function missingReason(measurements: Measurements, threshold: Threshold): string {
  const summary = measurements.latencySummary;
  if (!summary || threshold.metric !== 'http_req_duration' || measurements.requests === 0)
    return 'no samples';
  const reported = Object.keys(summary.percentilesMs).map((percentile) => `p(${percentile})`);
  return `the engine reports only avg, min, max and ${reported.join(', ')} of http_req_duration`;
}

export function evaluateThreshold(
  threshold: Threshold,
  measurements: Measurements,
  baseline?: Measurements,
): ThresholdResult {
  const value = aggregate(measurements, threshold);
  const baselineValue = baseline ? aggregate(baseline, threshold) : undefined;
  const bound = boundValue(threshold.bound, baselineValue);
  const common = {
    metric: threshold.metric,
    threshold: threshold.source,
    abortOnFail: threshold.abortOnFail,
  };
  if (value === undefined)
    return {
      ...common,
      bound,
      baseline: baselineValue,
      passed: false,
      reason: missingReason(measurements, threshold),
    };
  if (bound === undefined)
    return { ...common, value, passed: false, reason: 'relative to a baseline, and no baseline was given' };
  return {
    ...common,
    value,
    bound,
    baseline: baselineValue,
    passed: compare(value, threshold.operator, bound),
  };
}

export function evaluateThresholds(
  thresholds: Threshold[],
  measurements: Measurements,
  baseline?: Measurements,
): ThresholdResult[] {
  return thresholds.map((threshold) => evaluateThreshold(threshold, measurements, baseline));
}

/** The first abortOnFail threshold that fails once its delay has passed, if any. */
export function abortingThreshold(
  thresholds: Threshold[],
  measurements: Measurements,
  elapsedMs: number,
): ThresholdResult | undefined {
  return thresholds
    .filter((threshold) => threshold.abortOnFail && elapsedMs >= threshold.delayAbortEvalMs)
    .map((threshold) => evaluateThreshold(threshold, measurements))
    .find((result) => !result.passed && result.reason === undefined);
}
