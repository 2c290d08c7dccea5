import { InputError } from '../errors';

/** Durations as k6 writes them (`500ms`, `30s`, `1m30s`, `2h`): scenario files, timeouts, time limits. */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
    total += Number(amount) * (UNIT_MS[unit as string] ?? 0);
  }
  return total;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const seconds = Math.round(ms / 1000);
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${seconds % 60 ? `${seconds % 60}s` : ''}`;
}

/** A time limit the user gave (`what` names the flag or input), in milliseconds. */
export function parseTimeLimit(text: string, what: string): number {
  const ms = parseDuration(text);
  if (!ms) throw new InputError([`${what} "${text}" must be a duration such as 90s, 45m or 1h30m`]);
  return ms;
}
