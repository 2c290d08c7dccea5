import { randomBytes } from 'node:crypto';
import { describeTolerance, toleratedFailures } from './failure-tolerance';
import { toResults } from './summary';
import { planDeployment } from './targets';
import { TenantClients } from './tenant-clients';
import {
  baseResult,
  deployTarget,
  type PreviousStack,
  restorePrevious,
  type TargetRun,
} from './tenant-deployment';
import type { DeployOptions, DeployResults, DeployTarget, TenantResult } from './types';

interface WaveOutcome {
  results: TenantResult[];
  /** Why no later wave may start, when one may not. */
  haltReason?: string;
}

/**
 * Deploys the template to every selected tenant, wave after wave. Inside a wave at most
 * `concurrency` stacks change at once; a wave whose failures exceed the tolerance stops the run
 * (and is rolled back when asked), and an aborted signal starts nothing new.
 * Throws InputError, before any AWS call, when the manifest, template or options do not fit together.
 */
export async function deployTenants(options: DeployOptions): Promise<DeployResults> {
  const plan = planDeployment(options);
  for (const message of plan.warnings) options.onProgress?.({ type: 'warning', message });
  const runner = new WaveRunner(options);
  const results: TenantResult[] = [];
  let haltReason: string | undefined;
  for (const { wave, targets } of plan.waves) {
    haltReason ??= runner.cancelReason();
    if (haltReason) {
      results.push(...targets.map((target) => skipped(target, haltReason as string)));
      continue;
    }
    const outcome = await runner.runWave(wave, targets);
    results.push(...outcome.results);
    haltReason = outcome.haltReason;
  }
  return toResults(options.app, options.mode, results);
}

class WaveRunner {
  private readonly clients: TenantClients;
  private readonly changeSetName: string;

  constructor(private readonly options: DeployOptions) {
    this.clients = new TenantClients(options);
    this.changeSetName = `rampart-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  }

  cancelReason(): string | undefined {
    return this.options.signal?.aborted ? 'cancelled before it started' : undefined;
  }

  async runWave(wave: number, targets: DeployTarget[]): Promise<WaveOutcome> {
    const { options } = this;
    options.onProgress?.({ type: 'wave-started', wave, targets: targets.length });
    const tolerated = toleratedFailures(options.failureTolerance, targets.length);
    let failures = 0;
    const overTolerance = () => failures > tolerated;
    const haltReason = () =>
      overTolerance()
        ? `wave ${wave} exceeded its failure tolerance (${failures} failed, ${describeTolerance(options.failureTolerance)} tolerated)`
        : this.cancelReason();
    const previous = new Map<DeployTarget, PreviousStack>();
    const results = await runPool(targets, options.concurrency, async (target) => {
      const reason = haltReason();
      if (reason) return skipped(target, reason);
      options.onProgress?.({ type: 'tenant-started', target });
      const outcome = await deployTarget(this.targetRun(target));
      if (outcome.previous) previous.set(target, outcome.previous);
      if (outcome.result.status === 'failed') failures++;
      options.onProgress?.({ type: 'tenant-finished', result: outcome.result });
      return outcome.result;
    });
    if (overTolerance()) {
      options.onProgress?.({ type: 'wave-halted', wave, failed: failures, tolerated });
      if (options.rollbackFailedWave) await this.rollBack(wave, targets, results, previous);
    }
    return { results, haltReason: haltReason() };
  }

  private targetRun(target: DeployTarget): TargetRun {
    return {
      cfn: this.clients.cloudFormation(target),
      target,
      changeSetName: this.changeSetName,
      options: this.options,
    };
  }

  /** Puts every stack this wave changed back as it was, so that the wave is all or nothing. */
  private async rollBack(
    wave: number,
    targets: DeployTarget[],
    results: TenantResult[],
    previous: Map<DeployTarget, PreviousStack>,
  ): Promise<void> {
    const changed = targets.filter(
      (target, index) => results[index]?.status === 'deployed' && previous.has(target),
    );
    this.options.onProgress?.({ type: 'rollback-started', wave, tenants: changed.length });
    await runPool(changed, this.options.concurrency, async (target) => {
      const index = targets.indexOf(target);
      const result = results[index] as TenantResult;
      try {
        await restorePrevious(
          this.targetRun(target),
          previous.get(target) as PreviousStack,
          this.options.polling,
        );
        results[index] = { ...result, status: 'rolled-back', error: `rolled back: wave ${wave} failed` };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        results[index] = {
          ...result,
          status: 'failed',
          error: `deployed, but rolling back after wave ${wave} failed did not work: ${reason}`,
        };
      }
    });
  }
}

function skipped(target: DeployTarget, reason: string): TenantResult {
  return { ...baseResult(target), status: 'skipped', error: reason };
}

/** Runs `work` on every item, at most `concurrency` at once; results keep the items' order. */
async function runPool<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}
