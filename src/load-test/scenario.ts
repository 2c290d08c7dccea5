import type { Threshold } from './thresholds';

export type ExecutorKind = 'constant-arrival-rate' | 'ramping-arrival-rate' | 'constant-vus' | 'ramping-vus';

/** One request of the mix. */
export interface RequestSpec {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  weight: number;
  /** Statuses that count as success (and pass the request's check); default 200-399. */
  expectStatus?: number[];
}

export interface Stage {
  durationMs: number;
  target: number;
}

/** Short surges: every `everyMs` (± `jitterMs`), the load is multiplied by `factor` for `durationMs`. */
export interface Bursts {
  everyMs: number;
  jitterMs: number;
  durationMs: number;
  factor: number;
}

/** A scenario with defaults applied and durations in milliseconds. */
export interface Scenario {
  file: string;
  name: string;
  /** Base URL, environment variables already substituted. */
  target: string;
  requests: RequestSpec[];
  executor: ExecutorKind;
  /** Requests per second (arrival-rate executors, the start rate of a ramp). */
  rate: number;
  /** Virtual users (vus executors), or the cap on requests in flight (arrival-rate executors). */
  vus: number;
  durationMs: number;
  stages: Stage[];
  bursts?: Bursts;
  /** Longest a request may take before it counts as a timeout. */
  timeoutMs: number;
  thresholds: Threshold[];
  /** The DLT stack's API endpoint a scenario file names (the source pipeline's LOAD_TEST_API_ENDPOINT). */
  dltEndpoint?: string;
}

/** How long the scenario runs: its duration, or the sum of its stages for ramping executors. */
export function scenarioDurationMs(scenario: Pick<Scenario, 'executor' | 'durationMs' | 'stages'>): number {
  return scenario.executor.startsWith('ramping')
    ? scenario.stages.reduce((sum, stage) => sum + stage.durationMs, 0)
    : scenario.durationMs;
}
