import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { EngineFailure } from '../engine';
import { emptyMeasurements, type Measurements, type Outcome, recordRequest } from '../metrics';

/**
 * k6's JSON output (`k6 run --out json=FILE`): one JSON object a line, either a metric's declaration
 * (`"type":"Metric"`) or one sample of it (`"type":"Point"`, with `data.time`, `data.value` and
 * `data.tags`).
 */
interface K6Line {
  type?: string;
  metric?: string;
  data?: { time?: string; value?: number; tags?: Record<string, string> | null };
}

interface K6Point {
  metric: string;
  epochMs: number;
  value: number;
  tags: Record<string, string>;
}

/** k6's error codes for a request that timed out: 1050 the request, 1211 the connection (dial). */
const TIMEOUT_ERROR_CODES = new Set(['1050', '1211']);

/** Reads k6's JSON output, a line at a time (a long run writes gigabytes), into measurements. */
export async function readK6Points(file: string): Promise<Measurements> {
  const reader = k6PointsReader(file);
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) reader.add(line);
  return reader.finish();
}

/**
 * Measurements from k6's output lines: each http_req_duration sample is one request, exactly in the
 * histogram; `checks` samples are checks; `dropped_iterations` are arrivals k6 could not send (one
 * iteration sends one request). `source` names the output in errors.
 */
export function k6PointsReader(source: string): { add(line: string): void; finish(): Measurements } {
  const measurements = emptyMeasurements();
  let firstMs: number | undefined;
  let earliestMs = Infinity;
  let latestMs = -Infinity;
  let lineNumber = 0;
  let unreadable: string | undefined;
  return {
    add(line) {
      lineNumber++;
      // k6 stopped hard can leave its last line cut short; a bad line anywhere else is an error.
      if (unreadable) throw new EngineFailure(unreadable);
      if (line.trim() === '') return;
      let parsed: K6Line;
      try {
        parsed = JSON.parse(line) as K6Line;
      } catch (error) {
        unreadable = `${source}:${lineNumber}: k6's output is not JSON: ${(error as Error).message}`;
        return;
      }
      const point = toPoint(parsed, `${source}:${lineNumber}`);
      if (!point) return;
      firstMs ??= point.epochMs;
      earliestMs = Math.min(earliestMs, point.epochMs);
      latestMs = Math.max(latestMs, point.epochMs);
      addPoint(measurements, point, Math.max(0, Math.floor((point.epochMs - firstMs) / 1000)));
    },
    finish() {
      measurements.durationMs = latestMs > earliestMs ? latestMs - earliestMs : 0;
      return measurements;
    },
  };
}

function toPoint(parsed: K6Line, where: string): K6Point | undefined {
  if (parsed.type !== 'Point' || !parsed.metric || !parsed.data) return undefined;
  const epochMs = parseTime(parsed.data.time ?? '');
  if (Number.isNaN(epochMs)) {
    throw new EngineFailure(`${where}: k6's output has a point without a valid time ("${parsed.data.time}")`);
  }
  return { metric: parsed.metric, epochMs, value: parsed.data.value ?? 0, tags: parsed.data.tags ?? {} };
}

/** RFC 3339 with k6's nanoseconds (`2017-05-09T14:34:45.625742514+02:00`), to a fraction of a millisecond. */
function parseTime(time: string): number {
  const match = /^(.+T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(time);
  if (!match) return Number.NaN;
  return Date.parse(`${match[1]}${match[3]}`) + Number(`0${match[2] ?? ''}`) * 1000;
}

function addPoint(measurements: Measurements, point: K6Point, second: number): void {
  switch (point.metric) {
    case 'http_req_duration':
      recordRequest(measurements, {
        kind: outcomeOf(point.tags),
        latencyMs: point.value,
        second,
        checked: false,
      });
      break;
    case 'checks':
      measurements.checksTotal++;
      if (point.value > 0) measurements.checksPassed++;
      break;
    case 'dropped_iterations':
      measurements.dropped += point.value;
      break;
  }
}

/**
 * How a request ended, from the tags k6 puts on every sample of it. `expected_response` is the
 * verdict of the response callback, the very value of the request's http_req_failed sample; without
 * it (no callback, or the tag turned off) Rampart's default applies: 200-399 succeed. A failed request
 * timed out (error_code 1050 or 1211), got no response at all (status 0: DNS, TCP, TLS, HTTP/2
 * errors), or got a status it did not expect.
 */
function outcomeOf(tags: Record<string, string>): Outcome {
  const status = Number(tags.status ?? 0);
  const failed =
    tags.expected_response === undefined
      ? !(status >= 200 && status < 400)
      : tags.expected_response === 'false';
  if (!failed) return 'ok';
  if (TIMEOUT_ERROR_CODES.has(tags.error_code ?? '')) return 'timeout';
  return status > 0 ? 'unexpected-status' : 'connection-error';
}
