export interface PollingPolicy {
  /** Delay before the second look; the first look is immediate. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Each further delay is the previous one times this. */
  backoffFactor: number;
}

/** Cloud operations (a CloudFormation change, a Lambda update) take seconds to minutes: look often at first, then less. */
export const DEFAULT_POLLING: PollingPolicy = {
  initialDelayMs: 1000,
  maxDelayMs: 10_000,
  backoffFactor: 1.5,
};

export class DeadlineExceededError extends Error {}

/**
 * Calls `look` until it returns a value other than undefined. Throws DeadlineExceededError once
 * `deadline` (epoch ms) passes, after one last look.
 */
export async function pollUntil<T>(
  look: () => Promise<T | undefined>,
  deadline: number,
  policy: PollingPolicy = DEFAULT_POLLING,
): Promise<T> {
  let delay = policy.initialDelayMs;
  for (;;) {
    const value = await look();
    if (value !== undefined) return value;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new DeadlineExceededError('deadline passed');
    await sleep(Math.min(delay, remaining));
    delay = Math.min(policy.maxDelayMs, delay * policy.backoffFactor);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
