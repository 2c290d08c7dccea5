import {
  build,
  decodeFromCompressedBase64,
  encodeIntoCompressedBase64,
  type Histogram,
} from 'hdr-histogram-js';

/**
 * What a run measured, in a form that merges exactly: latencies in an HDR histogram (microseconds,
 * three significant digits), the rest as counts. Shards of a distributed run each hold one; merged,
 * their histogram is the one a single run would have recorded, so its percentiles are exact.
 */
export interface Measurements {
  /** Response times, from the intended send time for arrival-rate executors. */
  latency: Histogram;
  requests: number;
  /** Requests that failed: an unexpected status, a timeout or a connection error. */
  failed: number;
  timeouts: number;
  connectionErrors: number;
  unexpectedStatus: number;
  checksPassed: number;
  checksTotal: number;
  /** Arrivals an arrival-rate executor could not send: every request slot was busy too long. */
  dropped: number;
  /** The measured span, from the first to the last second of load. */
  durationMs: number;
  /** Per second since the start: requests, failures and latencies. */
  timeline: TimelinePoint[];
  /**
   * Latency statistics as an engine reported them when it keeps no samples (DLT reports an average
   * and fixed percentiles). When present, thresholds read it instead of the (empty) histogram, and
   * the measurements cannot be merged with others.
   */
  latencySummary?: LatencySummary;
}

export interface LatencySummary {
  avgMs: number;
  minMs?: number;
  maxMs?: number;
  /** By percentile, e.g. { 50: 12.5, 99.9: 240 }. */
  percentilesMs: Record<number, number>;
}

export interface TimelinePoint {
  second: number;
  requests: number;
  failed: number;
  latency: Histogram;
}

/** 60 s in microseconds: a request that took longer is recorded as 60 s. */
const HIGHEST_MICROSECONDS = 60_000_000;

export function newHistogram(): Histogram {
  return build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: HIGHEST_MICROSECONDS,
    numberOfSignificantValueDigits: 3,
  });
}

export function emptyMeasurements(): Measurements {
  return {
    latency: newHistogram(),
    requests: 0,
    failed: 0,
    timeouts: 0,
    connectionErrors: 0,
    unexpectedStatus: 0,
    checksPassed: 0,
    checksTotal: 0,
    dropped: 0,
    durationMs: 0,
    timeline: [],
  };
}

export type Outcome = 'ok' | 'unexpected-status' | 'timeout' | 'connection-error';

/** Records one request: its latency (from the intended start) and how it ended. */
export function recordRequest(
  measurements: Measurements,
  outcome: { kind: Outcome; latencyMs: number; second: number; checked: boolean },
): void {
  const microseconds = Math.min(HIGHEST_MICROSECONDS, Math.max(1, Math.round(outcome.latencyMs * 1000)));
  const failed = outcome.kind !== 'ok';
  measurements.latency.recordValue(microseconds);
  measurements.requests++;
  if (failed) measurements.failed++;
  if (outcome.kind === 'timeout') measurements.timeouts++;
  if (outcome.kind === 'connection-error') measurements.connectionErrors++;
  if (outcome.kind === 'unexpected-status') measurements.unexpectedStatus++;
  if (outcome.checked) {
    measurements.checksTotal++;
    if (!failed) measurements.checksPassed++;
  }
  const point = pointAt(measurements, outcome.second);
  point.requests++;
  if (failed) point.failed++;
  point.latency.recordValue(microseconds);
}

function pointAt(measurements: Measurements, second: number): TimelinePoint {
  let point = measurements.timeline[second];
  if (!point) {
    for (let index = measurements.timeline.length; index <= second; index++) {
      measurements.timeline[index] = { second: index, requests: 0, failed: 0, latency: newHistogram() };
    }
    point = measurements.timeline[second] as TimelinePoint;
  }
  return point;
}

/** `into` becomes the merge of both: histograms added, counts summed, timelines added by second. */
export function mergeInto(into: Measurements, other: Measurements): void {
  if (into.latencySummary || other.latencySummary) {
    throw new Error(
      'measurements reported as summary statistics (percentiles, not samples) cannot be merged exactly',
    );
  }
  into.latency.add(other.latency);
  for (const key of [
    'requests',
    'failed',
    'timeouts',
    'connectionErrors',
    'unexpectedStatus',
    'checksPassed',
    'checksTotal',
    'dropped',
  ] as const) {
    into[key] += other[key];
  }
  into.durationMs = Math.max(into.durationMs, other.durationMs);
  for (const point of other.timeline) {
    const target = pointAt(into, point.second);
    target.requests += point.requests;
    target.failed += point.failed;
    target.latency.add(point.latency);
  }
}

/** The measurements as JSON, histograms compressed (HdrHistogram's base64 format). */
export interface SerializedMeasurements extends Omit<Measurements, 'latency' | 'timeline'> {
  latency: string;
  timeline: { second: number; requests: number; failed: number; latency: string }[];
}

export function serialize(measurements: Measurements): SerializedMeasurements {
  return {
    ...measurements,
    latency: encodeIntoCompressedBase64(measurements.latency),
    timeline: measurements.timeline.map((point) => ({
      ...point,
      latency: encodeIntoCompressedBase64(point.latency),
    })),
  };
}

export function deserialize(serialized: SerializedMeasurements): Measurements {
  return {
    ...serialized,
    latency: widen(decodeFromCompressedBase64(serialized.latency)),
    timeline: serialized.timeline.map((point) => ({
      ...point,
      latency: widen(decodeFromCompressedBase64(point.latency)),
    })),
  };
}

/** A decoded histogram in the same shape as newHistogram's, so that any two can be added. */
function widen(decoded: Histogram): Histogram {
  const histogram = newHistogram();
  histogram.add(decoded);
  return histogram;
}
