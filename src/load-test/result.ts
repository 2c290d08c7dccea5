import { InputError } from '../errors';
import type { EngineName } from './engine';
import { readInputFile } from '../runtime/files';
import { type ThresholdResult, evaluateThresholds } from './gate';
import {
  deserialize,
  emptyMeasurements,
  type Measurements,
  mergeInto,
  type SerializedMeasurements,
  serialize,
} from './metrics';
import type { Threshold } from './thresholds';

/**
 * What a run leaves behind: the measurements (histograms included, so that shards merge exactly),
 * and what is needed to judge them again: the scenario's name, target and thresholds.
 */
export interface LoadTestResult {
  tool: 'rampart';
  kind: 'load-test-result';
  version: 1;
  engine: EngineName;
  scenario: { name: string; target: string; executor: string; thresholds: Threshold[] };
  /** Present for one shard of a distributed run: 1-based `index` of `count`. */
  shard?: { index: number; count: number };
  startedAt: string;
  /** An abortOnFail threshold stopped the run. */
  aborted?: { threshold: string; atMs: number };
  measurements: SerializedMeasurements;
}

/** A result judged: every threshold with its measured value, and the verdict. */
export interface Verdict {
  passed: boolean;
  thresholds: ThresholdResult[];
  aborted?: LoadTestResult['aborted'];
}

export function judge(result: LoadTestResult, baseline?: LoadTestResult): Verdict {
  const thresholds = evaluateThresholds(
    result.scenario.thresholds,
    deserialize(result.measurements),
    baseline && deserialize(baseline.measurements),
  );
  return {
    passed: !result.aborted && thresholds.every((threshold) => threshold.passed),
    thresholds,
    aborted: result.aborted,
  };
}

/**
 * Merges the shards of one run: histograms added (the merged percentiles are those of all the
 * samples, never an average of percentiles), counts summed. The shards must be of one scenario.
 */
export function mergeResults(results: LoadTestResult[]): LoadTestResult {
  const [first] = results;
  if (!first) throw new InputError(['nothing to merge: give the result files of the shards']);
  const others = results.filter(
    (result) => JSON.stringify(result.scenario) !== JSON.stringify(first.scenario),
  );
  if (others.length > 0) {
    throw new InputError([
      `the results are of different scenarios or thresholds (${first.scenario.name} and ${others[0]?.scenario.name}): merge the shards of one run only`,
    ]);
  }
  const summarized = results.find((result) => result.measurements.latencySummary);
  if (summarized) {
    throw new InputError([
      `a ${summarized.engine} result holds latency percentiles, not samples, and cannot be merged exactly: judge it on its own`,
    ]);
  }
  const merged: Measurements = emptyMeasurements();
  for (const result of results) mergeInto(merged, deserialize(result.measurements));
  const aborted = results.find((result) => result.aborted)?.aborted;
  const startedAt = results.map((result) => result.startedAt).sort()[0] ?? first.startedAt;
  return { ...first, shard: undefined, startedAt, aborted, measurements: serialize(merged) };
}

/** Reads a result file, checking that it is one. */
export async function loadResult(file: string): Promise<LoadTestResult> {
  const text = await readInputFile(file, 'load-test result');
  let result: LoadTestResult;
  try {
    result = JSON.parse(text) as LoadTestResult;
  } catch (error) {
    throw new InputError([`${file}: not JSON: ${(error as Error).message}`]);
  }
  if (result?.kind !== 'load-test-result' || result.version !== 1 || !result.measurements?.latency) {
    throw new InputError([
      `${file}: not a Rampart load-test result (rampart load-test run --out FILE writes one)`,
    ]);
  }
  return result;
}
