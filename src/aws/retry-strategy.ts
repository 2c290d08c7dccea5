import type { RetryErrorInfo, RetryStrategyV2, RetryToken } from '@smithy/types';

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Upper bound of the first retry's delay; it doubles with each further retry. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 10, baseDelayMs: 200, maxDelayMs: 20_000 };

/**
 * Exponential backoff with full jitter on throttling, 5xx and connection faults.
 * Unlike the SDK's standard strategy it keeps no shared retry quota: a deploy to many tenants must
 * not stop retrying because other tenants' calls were throttled a moment before.
 */
export class JitteredRetryStrategy implements RetryStrategyV2 {
  constructor(
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly random: () => number = Math.random,
  ) {}

  async acquireInitialRetryToken(): Promise<RetryToken> {
    return retryToken(0, 0);
  }

  async refreshRetryTokenForRetry(token: RetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    const retryCount = token.getRetryCount() + 1;
    if (errorInfo.errorType === 'CLIENT_ERROR' || retryCount >= this.policy.maxAttempts) {
      throw errorInfo.error ?? new Error('AWS request failed and may not be retried');
    }
    return retryToken(retryCount, this.delayFor(retryCount, errorInfo.retryAfterHint));
  }

  recordSuccess(): void {}

  delayFor(retryCount: number, retryAfter?: Date): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (retryCount - 1));
    const jittered = Math.floor(this.random() * ceiling);
    const hinted = retryAfter ? retryAfter.getTime() - Date.now() : 0;
    return Math.max(jittered, Math.min(hinted, this.policy.maxDelayMs));
  }
}

function retryToken(retryCount: number, delayMs: number): RetryToken {
  return { getRetryCount: () => retryCount, getRetryDelay: () => delayMs };
}
