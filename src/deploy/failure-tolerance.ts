import { InputError } from '../errors';

/** How many failed stacks a wave absorbs before Rampart stops: a count, or a share of the wave. */
export type FailureTolerance = { count: number } | { percent: number };

export function parseFailureTolerance(text: string, source = '--failure-tolerance'): FailureTolerance {
  const match = /^(\d+)(%?)$/.exec(text.trim());
  if (!match)
    throw new InputError([`${source} "${text}" must be a whole number (e.g. 2) or a percentage (e.g. 10%)`]);
  const value = Number(match[1]);
  if (!match[2]) return { count: value };
  if (value > 100) throw new InputError([`${source} "${text}" must be a percentage from 0% to 100%`]);
  return { percent: value };
}

/** The number of failures a wave of this size tolerates; one more stops the deployment. */
export function toleratedFailures(tolerance: FailureTolerance, waveSize: number): number {
  return 'count' in tolerance ? tolerance.count : Math.floor((waveSize * tolerance.percent) / 100);
}

export function describeTolerance(tolerance: FailureTolerance): string {
  return 'count' in tolerance ? String(tolerance.count) : `${tolerance.percent}%`;
}
