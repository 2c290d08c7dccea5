import type { Measurements } from './metrics';
import type { Scenario } from './scenario';
import type { Share } from './schedule';

export type EngineName = 'local' | 'k6' | 'dlt';

/** What every engine is given: the scenario, its share of the load, and where to report progress. */
export interface EngineRunOptions {
  scenario: Scenario;
  /** This run's part of the load: shard `index` (0-based) of `count`. */
  share: Share;
  /**
   * Once aborted, the engine stops sending and returns what it measured; an engine that cannot read a
   * stopped remote test's results cancels it and throws EngineFailure.
   */
  signal?: AbortSignal;
  /** About every second, the measurements so far, where the engine can see them while it runs. */
  onSnapshot?(measurements: Measurements, elapsedMs: number): void;
  /** Progress an engine can only describe, such as a remote test's status. */
  onStatus?(message: string): void;
}

export interface EngineRun {
  measurements: Measurements;
  /** The engine itself stopped the run on an abortOnFail threshold. */
  aborted?: { threshold: string; atMs: number };
}

/**
 * The load test could not run to a result (a remote test failed, was cancelled or timed out; the k6
 * process died). The gate fails (exit 1) with this message; nothing was measured to judge.
 */
export class EngineFailure extends Error {
  override name = 'EngineFailure';
}
