/**
 * What the adapters (CLI, actions, the pipeline's build) share: the user's strings turned into the
 * gates' typed inputs, every problem reported at once, and the gates run with clients per region and
 * account.
 */
import { Inspector2Client } from '@aws-sdk/client-inspector2';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { InputError } from '../errors';
import { parseTimeLimit } from '../runtime/duration';
import { checkAccountsKnown, clientsByLocation, type GateIdentity, parseRoleName } from './clients';
import {
  type InspectorBar,
  type InspectorGateResult,
  parseMinScore,
  parseSeverity,
  runInspectorGate,
} from './inspector';
import { type FunctionReadiness, type LambdaReadyResult, waitForLambdaReady } from './lambda-ready';
import {
  type InspectedResource,
  type LambdaFunctionRef,
  parseFunctionRef,
  parseInspectedResource,
  parseTogether,
} from './resources';

export const DEFAULT_LAMBDA_READY_TIMEOUT = '10m';
export const DEFAULT_SEVERITY = 'CRITICAL';

export interface LambdaReadyRequest {
  functions: LambdaFunctionRef[];
  timeoutMs: number;
  roleName?: string;
}

export interface InspectorRequest {
  resources: InspectedResource[];
  bar: InspectorBar;
  roleName?: string;
}

/** Entries as given: repeated flags or input lines, each of which may hold several, separated by commas or blanks. */
export function entries(values: string[]): string[] {
  return values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
}

function requireSome(values: string[], origin: string, what: string): string[] {
  if (values.length === 0) throw new InputError([`${origin} names no ${what}`]);
  return values;
}

/** Where each value came from, e.g. `--function` or `input "functions"`; adapters without a role setting omit it. */
type Origins<Input> = Record<Exclude<keyof Input, 'roleName'>, string> & { roleName?: string };

export interface LambdaReadyInput {
  functions: string[];
  timeout?: string;
  /** For functions given by name. */
  region?: string;
  roleName?: string;
}

export function lambdaReadyRequest(
  input: LambdaReadyInput,
  origins: Origins<LambdaReadyInput>,
): LambdaReadyRequest {
  const [functions, timeoutMs, roleName] = parseTogether<[LambdaFunctionRef[], number, string | undefined]>(
    () =>
      parseTogether(
        ...requireSome(entries(input.functions), origins.functions, 'function').map(
          (text) => () => parseFunctionRef(text, origins.functions, input.region),
        ),
      ),
    () => parseTimeLimit(input.timeout ?? DEFAULT_LAMBDA_READY_TIMEOUT, origins.timeout),
    () => parseRoleName(input.roleName, origins.roleName ?? 'the role name'),
  );
  if (roleName) checkAccountsKnown(functions, origins.roleName ?? 'the role name');
  return { functions, timeoutMs, roleName };
}

export interface InspectorInput {
  resources: string[];
  severity?: string;
  minScore?: string;
  roleName?: string;
}

export function inspectorRequest(input: InspectorInput, origins: Origins<InspectorInput>): InspectorRequest {
  const [resources, severity, minScore, roleName] = parseTogether<
    [InspectedResource[], InspectorBar['severity'], number | undefined, string | undefined]
  >(
    () =>
      parseTogether(
        ...requireSome(entries(input.resources), origins.resources, 'resource').map(
          (text) => () => parseInspectedResource(text, origins.resources),
        ),
      ),
    () => parseSeverity(input.severity ?? DEFAULT_SEVERITY, origins.severity),
    () => (input.minScore === undefined ? undefined : parseMinScore(input.minScore, origins.minScore)),
    () => parseRoleName(input.roleName, origins.roleName ?? 'the role name'),
  );
  return { resources, bar: { severity, minScore }, roleName };
}

export interface GateHooks extends Pick<GateIdentity, 'onSecret'> {
  onChange?(readiness: FunctionReadiness): void;
}

export function checkLambdaReady(
  request: LambdaReadyRequest,
  hooks: GateHooks = {},
): Promise<LambdaReadyResult> {
  return waitForLambdaReady({
    functions: request.functions,
    timeoutMs: request.timeoutMs,
    lambdaFor: clientsByLocation(LambdaClient, { roleName: request.roleName, onSecret: hooks.onSecret }),
    onChange: hooks.onChange,
  });
}

export function checkInspector(
  request: InspectorRequest,
  hooks: GateHooks = {},
): Promise<InspectorGateResult> {
  return runInspectorGate({
    resources: request.resources,
    bar: request.bar,
    inspectorFor: clientsByLocation(Inspector2Client, {
      roleName: request.roleName,
      onSecret: hooks.onSecret,
    }),
  });
}
