import { seededRandom } from '../runtime/seeded-random';
import type { Bursts, Scenario, Stage } from './scenario';
import { scenarioDurationMs } from './scenario';

/**
 * How much load a scenario asks for at each moment: requests per second for arrival-rate
 * executors, virtual users for the others, times the burst factor inside a burst.
 */
export interface LoadShape {
  kind: 'arrival-rate' | 'vus';
  durationMs: number;
  /** This share's load at `ms` since the start: its part of the rate, or of the virtual users. */
  at(ms: number): number;
  /** The most `at` ever gives. */
  peak: number;
}

export interface Share {
  /** 0-based. */
  index: number;
  count: number;
}

/** Bursts are the whole run's: every shard and thread draws the same windows from this seed. */
export const BURST_SEED = 1;

export function loadShape(scenario: Scenario, share: Share): LoadShape {
  const durationMs = scenarioDurationMs(scenario);
  const kind = scenario.executor.endsWith('arrival-rate') ? 'arrival-rate' : 'vus';
  const start = kind === 'arrival-rate' ? scenario.rate : scenario.vus;
  const base = scenario.executor.startsWith('ramping')
    ? (ms: number) => ramp(start, scenario.stages, ms)
    : () => start;
  const bursts = scenario.bursts ? burstWindows(scenario.bursts, durationMs, seededRandom(BURST_SEED)) : [];
  const factor = scenario.bursts?.factor ?? 1;
  const part = (whole: number) =>
    kind === 'arrival-rate' ? whole / share.count : shareOf(Math.round(whole), share);
  const highest = Math.max(
    start,
    ...(scenario.executor.startsWith('ramping') ? scenario.stages : []).map((stage) => stage.target),
  );
  return {
    kind,
    durationMs,
    peak: part(highest * Math.max(1, bursts.length > 0 ? factor : 1)),
    at(ms) {
      const inBurst = bursts.some((window) => ms >= window.start && ms < window.end);
      return part(base(ms) * (inBurst ? factor : 1));
    },
  };
}

/** Linear from `start` to each stage's target over the stage, k6's ramping. */
function ramp(start: number, stages: Stage[], ms: number): number {
  let from = start;
  let elapsed = 0;
  for (const stage of stages) {
    if (ms < elapsed + stage.durationMs)
      return from + ((stage.target - from) * (ms - elapsed)) / stage.durationMs;
    elapsed += stage.durationMs;
    from = stage.target;
  }
  return from;
}

/** Burst windows: idle gaps of `every` ± `jitter` (random), each burst lasting `duration`. */
export function burstWindows(
  bursts: Bursts,
  durationMs: number,
  random: () => number,
): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  let at = 0;
  for (;;) {
    at += Math.max(0, bursts.everyMs + (random() * 2 - 1) * bursts.jitterMs);
    if (at >= durationMs || bursts.everyMs <= 0) return windows;
    windows.push({ start: at, end: at + bursts.durationMs });
    at += bursts.durationMs;
  }
}

/** A share of a whole count: shard `index` of `count` gets its part, the parts adding up to `total`. */
export function shareOf(total: number, share: Share): number {
  return Math.floor((total + share.count - 1 - share.index) / share.count);
}
