import { formatDuration } from '../../runtime/duration';
import { aggregate, type ThresholdResult } from '../gate';
import { deserialize, type Measurements, newHistogram } from '../metrics';
import type { LoadTestResult, Verdict } from '../result';
import type { Table } from '../../runtime/markdown';

/** What every report shows of a run, whichever engine measured it. Undefined: nothing to show. */
export interface KeyMetrics {
  requests: number;
  rps: number | undefined;
  failed: number;
  failedRate: number | undefined;
  timeouts: number;
  connectionErrors: number;
  unexpectedStatus: number;
  dropped: number;
  checksRate: number | undefined;
  latencyAvgMs: number | undefined;
  latencyP50Ms: number | undefined;
  latencyP90Ms: number | undefined;
  latencyP95Ms: number | undefined;
  latencyP99Ms: number | undefined;
  latencyMaxMs: number | undefined;
}

export type KeyMetricName = keyof KeyMetrics;

export type Unit = 'ms' | 'count' | 'per-second' | 'share';

const KEY_METRIC_LABELS: Record<KeyMetricName, { label: string; unit: Unit }> = {
  requests: { label: 'requests', unit: 'count' },
  rps: { label: 'throughput', unit: 'per-second' },
  failed: { label: 'failed requests', unit: 'count' },
  failedRate: { label: 'failure rate', unit: 'share' },
  timeouts: { label: 'timeouts', unit: 'count' },
  connectionErrors: { label: 'connection errors', unit: 'count' },
  unexpectedStatus: { label: 'unexpected status', unit: 'count' },
  dropped: { label: 'dropped arrivals', unit: 'count' },
  checksRate: { label: 'checks passed', unit: 'share' },
  latencyAvgMs: { label: 'latency avg', unit: 'ms' },
  latencyP50Ms: { label: 'latency p50', unit: 'ms' },
  latencyP90Ms: { label: 'latency p90', unit: 'ms' },
  latencyP95Ms: { label: 'latency p95', unit: 'ms' },
  latencyP99Ms: { label: 'latency p99', unit: 'ms' },
  latencyMaxMs: { label: 'latency max', unit: 'ms' },
};

/** Aggregated as the thresholds aggregate, so a report never disagrees with the gate. */
export function keyMetrics(measurements: Measurements): KeyMetrics {
  const latency = (aggregation: string, percentile?: number) =>
    aggregate(measurements, { metric: 'http_req_duration', aggregation, percentile });
  return {
    requests: measurements.requests,
    rps: aggregate(measurements, { metric: 'http_reqs', aggregation: 'rate' }),
    failed: measurements.failed,
    failedRate: aggregate(measurements, { metric: 'http_req_failed', aggregation: 'rate' }),
    timeouts: measurements.timeouts,
    connectionErrors: measurements.connectionErrors,
    unexpectedStatus: measurements.unexpectedStatus,
    dropped: measurements.dropped,
    checksRate: aggregate(measurements, { metric: 'checks', aggregation: 'rate' }),
    latencyAvgMs: latency('avg'),
    latencyP50Ms: latency('p(50)', 50),
    latencyP90Ms: latency('p(90)', 90),
    latencyP95Ms: latency('p(95)', 95),
    latencyP99Ms: latency('p(99)', 99),
    latencyMaxMs: latency('max'),
  };
}

export interface Change {
  absolute: number;
  /** Relative to the baseline; undefined when the baseline is zero. */
  percent: number | undefined;
}

function change(current: number | undefined, baseline: number | undefined): Change | undefined {
  if (current === undefined || baseline === undefined) return undefined;
  const absolute = current - baseline;
  return { absolute, percent: baseline === 0 ? undefined : (absolute / baseline) * 100 };
}

/** Per metric, how the current run differs from the baseline (absent where either has no value). */
export function changes(current: KeyMetrics, baseline: KeyMetrics): Partial<Record<KeyMetricName, Change>> {
  const entries = (Object.keys(KEY_METRIC_LABELS) as KeyMetricName[])
    .map((name) => [name, change(current[name], baseline[name])] as const)
    .filter(([, difference]) => difference !== undefined);
  return Object.fromEntries(entries);
}

/** A stretch of the timeline: one second, or several merged when a long run is downsampled. */
export interface TimelineBucket {
  startSecond: number;
  seconds: number;
  rps: number;
  /** From the bucket's merged histogram; undefined when it holds no samples. */
  p95Ms: number | undefined;
  failed: number;
}

/**
 * The per-second timeline in at most `maxPoints` buckets of equal length. A bucket's p95 comes from
 * the merge of its seconds' histograms: an average of per-second percentiles would be no percentile.
 */
export function timelineSeries(measurements: Measurements, maxPoints = Infinity): TimelineBucket[] {
  const { timeline } = measurements;
  const size = Math.max(1, Math.ceil(timeline.length / maxPoints));
  const buckets: TimelineBucket[] = [];
  for (let start = 0; start < timeline.length; start += size) {
    const points = timeline.slice(start, start + size);
    const latency = newHistogram();
    for (const point of points) latency.add(point.latency);
    const requests = points.reduce((sum, point) => sum + point.requests, 0);
    buckets.push({
      startSecond: points[0]?.second ?? start,
      seconds: points.length,
      rps: requests / points.length,
      p95Ms: latency.totalCount > 0 ? latency.getValueAtPercentile(95) / 1000 : undefined,
      failed: points.reduce((sum, point) => sum + point.failed, 0),
    });
  }
  return buckets;
}

export interface TimeChart {
  title: string;
  unit: string;
  bucketSeconds: number;
  points: { second: number; value: number | undefined }[];
}

export const NO_TIMELINE = 'No per-second timeline was recorded.';

/** The two charts of every report, latency p95 and throughput over time; none without a timeline. */
export function timelineCharts(measurements: Measurements, maxPoints: number): TimeChart[] {
  const buckets = timelineSeries(measurements, maxPoints);
  if (buckets.length === 0) return [];
  const bucketSeconds = buckets[0]?.seconds ?? 1;
  const per = bucketSeconds === 1 ? 'per second' : `per ${bucketSeconds} s`;
  const chart = (title: string, unit: string, value: (bucket: TimelineBucket) => number | undefined) => ({
    title: `${title}, ${per}`,
    unit,
    bucketSeconds,
    points: buckets.map((bucket) => ({ second: bucket.startSecond, value: value(bucket) })),
  });
  return [
    chart('Latency p95 (ms)', 'ms', (bucket) => bucket.p95Ms),
    chart('Throughput (requests/s)', 'requests/s', (bucket) => bucket.rps),
  ];
}

/** Zero and evenly spaced round numbers up to at least `max`, about `count` of them. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const rough = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const ticks = [0];
  while ((ticks[ticks.length - 1] as number) < max) ticks.push(Number((ticks.length * step).toPrecision(12)));
  return ticks;
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  const text = magnitude >= 100 ? value.toFixed(1) : magnitude >= 1 ? value.toFixed(2) : value.toPrecision(2);
  return String(Number(text));
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '—';
  switch (unit) {
    case 'ms':
      return `${formatNumber(value)} ms`;
    case 'per-second':
      return `${formatNumber(value)}/s`;
    case 'share':
      return `${formatNumber(value * 100)}%`;
    default:
      return formatNumber(value);
  }
}

function formatChange(difference: Change | undefined, unit: Unit): string {
  if (!difference) return '—';
  const sign = (value: number) => (value > 0 ? '+' : '');
  const absolute =
    unit === 'share'
      ? `${sign(difference.absolute)}${formatNumber(difference.absolute * 100)} pp`
      : `${sign(difference.absolute)}${formatValue(difference.absolute, unit)}`;
  return difference.percent === undefined
    ? absolute
    : `${absolute} (${sign(difference.percent)}${formatNumber(difference.percent)}%)`;
}

/** The unit a threshold's value is in: its metric's, or a plain number for `count`. */
export function thresholdUnit(threshold: ThresholdResult): Unit {
  if (threshold.metric === 'http_req_duration') return 'ms';
  if (/^\s*count\b/.test(threshold.threshold)) return 'count';
  return threshold.metric === 'http_reqs' ? 'per-second' : 'share';
}

export function thresholdTable(verdict: Verdict, withBaseline: boolean): Table {
  const header = [
    'metric',
    'threshold',
    'measured',
    ...(withBaseline ? ['baseline', 'change'] : []),
    'result',
  ];
  const rows = verdict.thresholds.map((threshold) => {
    const unit = thresholdUnit(threshold);
    const compared = withBaseline
      ? [
          formatValue(threshold.baseline, unit),
          formatChange(change(threshold.value, threshold.baseline), unit),
        ]
      : [];
    return [
      threshold.metric,
      threshold.threshold,
      measuredCell(threshold, unit),
      ...compared,
      threshold.passed ? '✅' : '❌',
    ];
  });
  return { header, rows };
}

function measuredCell(threshold: ThresholdResult, unit: Unit): string {
  const notes = [
    threshold.reason,
    /\bbaseline\b/.test(threshold.threshold) && threshold.bound !== undefined
      ? `bound ${formatValue(threshold.bound, unit)}`
      : undefined,
  ].filter(Boolean);
  return `${formatValue(threshold.value, unit)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

export function keyMetricsTable(current: KeyMetrics, baseline?: KeyMetrics): Table {
  const differences = baseline ? changes(current, baseline) : {};
  const rows = (Object.keys(KEY_METRIC_LABELS) as KeyMetricName[]).map((name) => {
    const { label, unit } = KEY_METRIC_LABELS[name];
    const compared = baseline
      ? [formatValue(baseline[name], unit), formatChange(differences[name], unit)]
      : [];
    return [label, formatValue(current[name], unit), ...compared];
  });
  return { header: ['metric', 'value', ...(baseline ? ['baseline', 'change'] : [])], rows };
}

export function resultKeyMetrics(result: LoadTestResult): KeyMetrics {
  return keyMetrics(deserialize(result.measurements));
}

export function verdictWord(verdict: Verdict): string {
  return verdict.passed ? '✅ PASS' : '❌ FAIL';
}

/** One line saying what ran: target, engine, executor, length, start, shard. */
export function describeRun(result: LoadTestResult): string {
  const { scenario, engine, shard, startedAt, measurements } = result;
  return [
    scenario.target,
    `${engine} engine`,
    scenario.executor,
    formatDuration(measurements.durationMs),
    `started ${startedAt}`,
    shard ? `shard ${shard.index}/${shard.count}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function describeAbort(aborted: NonNullable<Verdict['aborted']>): string {
  return `aborted after ${formatDuration(aborted.atMs)} by the abortOnFail threshold ${aborted.threshold}`;
}
