import { basename, extname } from 'node:path';
import { Capability } from '@aws-sdk/client-cloudformation';
import { InputError } from '../errors';
import { loadManifest } from '../manifest/load-manifest';
import type { RunContext } from '../runtime/run-context';
import { parseFailureTolerance } from './failure-tolerance';
import { loadTemplate } from './template';
import type { DeployMode, DeployOptions } from './types';

/** The deploy settings as a user writes them: CLI flags and action inputs share these names. */
export interface DeployInputs {
  manifest: string;
  template: string;
  'stack-name'?: string;
  app?: string;
  mode?: string;
  tenants?: string;
  waves?: string;
  concurrency?: string;
  'failure-tolerance'?: string;
  'rollback-failed-wave'?: boolean;
  'recreate-rollback-complete'?: boolean;
  capabilities?: string;
  'timeout-minutes'?: string;
  'skip-session-tags'?: boolean;
}

export const DEPLOY_DEFAULTS = {
  'stack-name': '{app}-{tenant}-{region}',
  mode: 'deploy',
  concurrency: '10',
  'failure-tolerance': '0',
  capabilities: 'CAPABILITY_IAM',
  'timeout-minutes': '60',
} as const;

/** How an input is named to the user: `--concurrency` on the command line, `input "concurrency"` in an action. */
export type InputLabel = (name: keyof DeployInputs) => string;

type ResolvedOptions = Omit<DeployOptions, 'signal' | 'onSecret' | 'onProgress' | 'polling'>;

/**
 * Turns inputs into deploy options: every value is checked, and all problems are reported together
 * before the manifest and template are read.
 */
export async function resolveDeployOptions(
  inputs: DeployInputs,
  runContext: RunContext,
  label: InputLabel,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ResolvedOptions> {
  const problems: string[] = [];
  const check = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (error) {
      problems.push(...(error instanceof InputError ? error.problems : [String(error)]));
      return fallback;
    }
  };
  const value = (name: keyof typeof DEPLOY_DEFAULTS) =>
    (inputs[name] as string | undefined) || DEPLOY_DEFAULTS[name];
  const mode = check(() => parseMode(value('mode'), label), 'deploy');
  const concurrency = check(() => parsePositiveInteger(value('concurrency'), label('concurrency')), 1);
  const timeoutMinutes = check(
    () => parsePositiveInteger(value('timeout-minutes'), label('timeout-minutes')),
    60,
  );
  const waves = check(
    () => parseList(inputs.waves).map((wave) => parsePositiveInteger(wave, label('waves'))),
    [],
  );
  const capabilities = check(() => parseCapabilities(value('capabilities'), label), []);
  const failureTolerance = check(
    () => parseFailureTolerance(value('failure-tolerance'), label('failure-tolerance')),
    {
      count: 0,
    },
  );
  if (problems.length > 0) throw new InputError(problems);
  const [manifest, template] = await allOrEveryProblem([
    loadManifest(inputs.manifest, env),
    loadTemplate(inputs.template),
  ]);
  return {
    manifest,
    template,
    app: inputs.app || basename(inputs.template, extname(inputs.template)),
    stackNamePattern: value('stack-name'),
    mode,
    tenantIds: parseList(inputs.tenants),
    waves,
    concurrency,
    failureTolerance,
    rollbackFailedWave: inputs['rollback-failed-wave'] ?? false,
    recreateRollbackComplete: inputs['recreate-rollback-complete'] ?? false,
    capabilities,
    timeoutMs: timeoutMinutes * 60_000,
    runContext,
    skipSessionTags: inputs['skip-session-tags'] ?? false,
  };
}

function parseMode(text: string, label: InputLabel): DeployMode {
  if (text === 'deploy' || text === 'plan') return text;
  throw new InputError([`${label('mode')} "${text}" must be deploy or plan`]);
}

function parsePositiveInteger(text: string, source: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
    throw new InputError([`${source} "${text}" must be a whole number of at least 1`]);
  }
  return Number(text);
}

function parseList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

function parseCapabilities(text: string, label: InputLabel): Capability[] {
  const known = Object.values(Capability) as string[];
  const items = parseList(text);
  const unknown = items.filter((item) => !known.includes(item));
  if (unknown.length > 0) {
    throw new InputError([
      `${label('capabilities')} has unknown value(s) ${unknown.join(', ')}; known: ${known.join(', ')}`,
    ]);
  }
  return items as Capability[];
}

/** Like Promise.all, but when several inputs are bad the user hears of all of them at once. */
async function allOrEveryProblem<T extends unknown[]>(work: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(work);
  const failures = settled.flatMap((outcome) =>
    outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
  );
  if (failures.length === 0)
    return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as T;
  const unexpected = failures.find((failure) => !(failure instanceof InputError));
  if (unexpected) throw unexpected;
  throw new InputError(failures.flatMap((failure) => (failure as InputError).problems));
}
