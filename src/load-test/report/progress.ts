import { formatDuration } from '../../runtime/duration';
import type { Progress } from '../run';
import { formatNumber } from './summary';

/**
 * One line of progress, e.g. `1200 requests, 200/s, p95 45.2 ms, 3 errors (0.25%), 6s of 1m`: redrawn
 * in place in a terminal, printed every few seconds in CI logs. Plain ASCII, for any log viewer.
 */
export function progressLine(snapshot: Progress): string {
  const { requests, failed, elapsedMs, totalMs, p95Ms, rps } = snapshot;
  const errorShare = requests > 0 ? ` (${formatNumber((failed / requests) * 100)}%)` : '';
  return [
    `${requests} requests`,
    `${formatNumber(rps)}/s`,
    `p95 ${p95Ms === undefined ? '-' : `${formatNumber(p95Ms)} ms`}`,
    `${failed} errors${errorShare}`,
    `${formatDuration(elapsedMs)} of ${formatDuration(totalMs)}`,
  ].join(', ');
}

/** Prints a progress line at most every `everyMs`, and the line at the end of the run once. */
export function periodicProgress(
  everyMs: number,
  print: (line: string) => void,
): (progress: Progress) => void {
  let lastMs = -Infinity;
  let ended = false;
  return (progress) => {
    const end = progress.elapsedMs >= progress.totalMs;
    if (ended || (!end && progress.elapsedMs - lastMs < everyMs)) return;
    lastMs = progress.elapsedMs;
    ended = end;
    print(progressLine(progress));
  };
}
