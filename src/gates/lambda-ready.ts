/**
 * Gate: every named Lambda function is ready to be invoked, i.e. its State is Active and its
 * LastUpdateStatus Successful. Lambda sets State Pending while it creates a function's resources
 * (VPC interfaces, EFS mounts) and LastUpdateStatus InProgress while an update is applied; until both
 * settle, invocations fail or still run the previous code.
 */
import {
  type FunctionConfiguration,
  GetFunctionConfigurationCommand,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import { DEFAULT_POLLING, DeadlineExceededError, type PollingPolicy, pollUntil } from '../runtime/polling';
import type { LambdaFunctionRef } from './resources';

/**
 * ready: Active and Successful. failed: State or LastUpdateStatus Failed. inactive: idle so long that
 * Lambda reclaimed its resources (only an invocation or a new deployment brings it back).
 * waiting: not settled yet; after the deadline it is reported as timed-out.
 */
export type FunctionOutcome =
  'ready' | 'waiting' | 'failed' | 'inactive' | 'timed-out' | 'not-found' | 'error';

export interface FunctionReadiness {
  /** The function as the user named it. */
  function: string;
  outcome: FunctionOutcome;
  state?: string;
  lastUpdateStatus?: string;
  /** Lambda's StateReason or LastUpdateStatusReason, or the error met. */
  reason?: string;
  /** Lambda's StateReasonCode or LastUpdateStatusReasonCode. */
  reasonCode?: string;
}

export interface LambdaReadyResult {
  ready: boolean;
  /** In the order the functions were given. */
  functions: FunctionReadiness[];
}

export interface LambdaReadyOptions {
  functions: LambdaFunctionRef[];
  timeoutMs: number;
  /** The client for the function's region (and account). */
  lambdaFor(fn: LambdaFunctionRef): LambdaClient;
  polling?: PollingPolicy;
  /** Called whenever a function's state, update status or reason changes, the first look included. */
  onChange?(readiness: FunctionReadiness): void;
}

/** Error names of throttling: Lambda's own, and the generic ones of the SDK. */
const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling']);

/** Looks at every function in parallel until each is ready or settled otherwise, or the time is up. */
export async function waitForLambdaReady(options: LambdaReadyOptions): Promise<LambdaReadyResult> {
  const deadline = Date.now() + options.timeoutMs;
  const functions = await Promise.all(options.functions.map((fn) => waitForFunction(fn, options, deadline)));
  return { ready: functions.every((fn) => fn.outcome === 'ready'), functions };
}

async function waitForFunction(
  fn: LambdaFunctionRef,
  options: LambdaReadyOptions,
  deadline: number,
): Promise<FunctionReadiness> {
  const client = options.lambdaFor(fn);
  let previous: FunctionReadiness | undefined;
  /** The last look that reached the function: a failed look does not erase what is known. */
  let known: FunctionReadiness = { function: fn.label, outcome: 'waiting' };
  const look = async (): Promise<FunctionReadiness | undefined> => {
    const seen = await observe(client, fn);
    if (!previous || differs(previous, seen)) options.onChange?.(seen);
    previous = seen;
    if (seen.state !== undefined || seen.outcome !== 'waiting') known = seen;
    return seen.outcome === 'waiting' ? undefined : seen;
  };
  try {
    return await pollUntil(look, deadline, options.polling ?? DEFAULT_POLLING);
  } catch (error) {
    if (!(error instanceof DeadlineExceededError)) throw error;
    const lastLookFailed = previous !== known && previous?.reason !== undefined;
    const reason = [known.reason, lastLookFailed ? `last look: ${previous?.reason}` : undefined]
      .filter(Boolean)
      .join('; ');
    return { ...known, outcome: 'timed-out', reason: reason || undefined };
  }
}

async function observe(client: LambdaClient, fn: LambdaFunctionRef): Promise<FunctionReadiness> {
  try {
    const configuration = await client.send(
      new GetFunctionConfigurationCommand({ FunctionName: fn.functionName, Qualifier: fn.qualifier }),
    );
    return { function: fn.label, ...classify(configuration) };
  } catch (error) {
    const { name, message } = error as Error;
    const reason = `${name}: ${message}`;
    if (isTransient(error)) return { function: fn.label, outcome: 'waiting', reason };
    return {
      function: fn.label,
      outcome: name === 'ResourceNotFoundException' ? 'not-found' : 'error',
      reason,
    };
  }
}

function classify(configuration: FunctionConfiguration): Omit<FunctionReadiness, 'function'> {
  const state = configuration.State;
  const lastUpdateStatus = configuration.LastUpdateStatus;
  const seen = { state, lastUpdateStatus };
  const stateReason = { reason: configuration.StateReason, reasonCode: configuration.StateReasonCode };
  const updateReason = {
    reason: configuration.LastUpdateStatusReason,
    reasonCode: configuration.LastUpdateStatusReasonCode,
  };
  if (state === 'Failed') return { ...seen, outcome: 'failed', ...stateReason };
  if (lastUpdateStatus === 'Failed') return { ...seen, outcome: 'failed', ...updateReason };
  if (state === 'Inactive') return { ...seen, outcome: 'inactive', ...stateReason };
  // LastUpdateStatus is Successful from the end of the function's creation on; absent, nothing is pending.
  if (state === 'Active' && (lastUpdateStatus ?? 'Successful') === 'Successful') {
    return { ...seen, outcome: 'ready' };
  }
  return { ...seen, outcome: 'waiting', ...(state === 'Active' ? updateReason : stateReason) };
}

/** Throttling and server faults pass: the next look may succeed. */
function isTransient(error: unknown): boolean {
  const { name, $fault, $metadata } = error as {
    name?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
  };
  return THROTTLING.has(name ?? '') || $fault === 'server' || $metadata?.httpStatusCode === 429;
}

function differs(previous: FunctionReadiness, next: FunctionReadiness): boolean {
  return (
    previous.outcome !== next.outcome ||
    previous.state !== next.state ||
    previous.lastUpdateStatus !== next.lastUpdateStatus ||
    previous.reason !== next.reason
  );
}
