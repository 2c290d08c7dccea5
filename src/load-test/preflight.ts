import { request } from 'undici';
import { InputError } from '../errors';
import type { Scenario } from './scenario';

const PREFLIGHT_TIMEOUT_MS = 10_000;

/**
 * One request to the scenario's first URL before the load starts: a target that cannot be reached
 * is bad input (exit 2, naming the URL and the reason), not a failed gate. Any HTTP answer will do.
 */
export async function checkReachable(scenario: Scenario): Promise<void> {
  const first = scenario.requests[0];
  const url = `${scenario.target}${first?.path ?? '/'}`;
  try {
    const response = await request(url, {
      method: 'GET',
      headersTimeout: Math.min(scenario.timeoutMs, PREFLIGHT_TIMEOUT_MS),
      bodyTimeout: Math.min(scenario.timeoutMs, PREFLIGHT_TIMEOUT_MS),
    });
    await response.body.dump();
  } catch (error) {
    throw new InputError([`${scenario.file}: target ${url} cannot be reached: ${reason(error)}`]);
  }
}

function reason(error: unknown): string {
  const { code, message, cause } = error as { code?: string; message?: string; cause?: { code?: string } };
  const detail = cause?.code ?? code;
  return detail && !message?.includes(detail) ? `${message} (${detail})` : (message ?? String(error));
}
