import {
  type ChangeSetType,
  type CloudFormationClient,
  GetTemplateCommand,
  type Parameter,
  type Stack,
  type Tag,
} from '@aws-sdk/client-cloudformation';
import { roleArn } from '../aws/arn';
import type { ChangeSetRequest } from './change-set';
import { DeadlineExceededError, type PollingPolicy } from '../runtime/polling';
import { applyChangeSet, type StackChangeContext } from './stack-change';
import { deleteStack, isUpdatable, settledStack, stackOutputs } from './stack-state';
import type { DeployOptions, DeployTarget, TenantResult } from './types';

/** What a stack was before this run changed it, so that a failed wave can be put back. */
export type PreviousStack =
  | { existed: false }
  | {
      existed: true;
      templateBody: string;
      parameters: Parameter[];
      tags: Tag[];
      capabilities: Stack['Capabilities'];
    };

export interface TargetOutcome {
  result: TenantResult;
  previous?: PreviousStack;
}

export interface TargetRun {
  cfn: CloudFormationClient;
  target: DeployTarget;
  changeSetName: string;
  options: Pick<
    DeployOptions,
    | 'mode'
    | 'template'
    | 'capabilities'
    | 'recreateRollbackComplete'
    | 'rollbackFailedWave'
    | 'timeoutMs'
    | 'polling'
  >;
}

/** Deploys (or plans) one tenant's stack in one region. Never throws: failures become the result. */
export async function deployTarget(run: TargetRun): Promise<TargetOutcome> {
  const startedAt = Date.now();
  const context: StackChangeContext = {
    cfn: run.cfn,
    deadline: startedAt + run.options.timeoutMs,
    polling: run.options.polling,
  };
  const finish = (fields: Partial<TenantResult> & Pick<TenantResult, 'status'>) =>
    ({ ...baseResult(run.target), ...fields, durationMs: Date.now() - startedAt }) as TenantResult;
  let previous: PreviousStack | undefined;
  try {
    const stack = await stackReadyForChange(run, context);
    if (run.options.rollbackFailedWave && run.options.mode === 'deploy')
      previous = await capturePrevious(run.cfn, stack);
    const request = changeSetRequest(
      run,
      stack && stack.StackStatus !== 'REVIEW_IN_PROGRESS' ? 'UPDATE' : 'CREATE',
    );
    const change = await applyChangeSet(context, request, run.options.mode === 'deploy');
    switch (change.kind) {
      case 'unchanged':
        return {
          result: finish({ status: 'unchanged', stackId: stack?.StackId, outputs: stackOutputs(stack) }),
        };
      case 'planned':
        return { result: finish({ status: 'planned', stackId: stack?.StackId, changes: change.changes }) };
      case 'deployed':
        return {
          result: finish({
            status: 'deployed',
            stackId: change.stack.StackId,
            outputs: stackOutputs(change.stack),
            changes: change.changes,
          }),
          previous,
        };
      case 'failed':
        return {
          result: finish({
            status: 'failed',
            stackId: change.stackId ?? stack?.StackId,
            changes: change.changes,
            error: change.reason,
          }),
        };
    }
  } catch (error) {
    return { result: finish({ status: 'failed', error: describeError(error, run) }) };
  }
}

export function baseResult(target: DeployTarget): TenantResult {
  return {
    id: target.tenant.id,
    accountId: target.tenant.accountId,
    region: target.region,
    wave: target.tenant.wave,
    stackName: target.stackName,
    status: 'skipped',
    outputs: {},
    changes: [],
    durationMs: 0,
  };
}

/** The stack once nothing runs on it, after clearing a ROLLBACK_COMPLETE stack when allowed. */
async function stackReadyForChange(run: TargetRun, context: StackChangeContext): Promise<Stack | undefined> {
  const stack = await settledStack(run.cfn, run.target.stackName, context.deadline, context.polling);
  const status = stack?.StackStatus;
  if (!stack || !status || isUpdatable(status)) return stack;
  if (status !== 'ROLLBACK_COMPLETE') {
    throw new Error(
      `stack ${run.target.stackName} is ${status} and cannot be updated until it is repaired (continue the rollback or delete it)`,
    );
  }
  if (!run.options.recreateRollbackComplete) {
    throw new Error(
      `stack ${run.target.stackName} is ROLLBACK_COMPLETE (its first creation failed) and cannot be updated: delete it, or re-run with --recreate-rollback-complete to have Rampart delete and create it again`,
    );
  }
  await deleteStack(run.cfn, stack, context.deadline, context.polling);
  return undefined;
}

async function capturePrevious(cfn: CloudFormationClient, stack: Stack | undefined): Promise<PreviousStack> {
  if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS') return { existed: false };
  const template = await cfn.send(
    new GetTemplateCommand({ StackName: stack.StackId, TemplateStage: 'Original' }),
  );
  return {
    existed: true,
    templateBody: template.TemplateBody ?? '',
    // NoEcho values come back masked: keep whatever value the stack holds for those.
    parameters: (stack.Parameters ?? []).map((parameter) =>
      parameter.ParameterValue === '****'
        ? { ParameterKey: parameter.ParameterKey, UsePreviousValue: true }
        : { ParameterKey: parameter.ParameterKey, ParameterValue: parameter.ParameterValue },
    ),
    tags: stack.Tags ?? [],
    capabilities: stack.Capabilities,
  };
}

function changeSetRequest(
  run: TargetRun,
  type: ChangeSetType,
  changeSetName = run.changeSetName,
): ChangeSetRequest {
  const { target } = run;
  return {
    stackName: target.stackName,
    changeSetName,
    type,
    template: run.options.template,
    parameters: Object.entries(target.parameters).map(([key, value]) => ({
      ParameterKey: key,
      ParameterValue: value,
    })),
    tags: Object.entries(target.tags).map(([key, value]) => ({ Key: key, Value: value })),
    capabilities: run.options.capabilities,
    cloudFormationRoleArn: roleArn(
      target.tenant.accountId,
      target.tenant.cloudFormationRoleName,
      target.region,
    ),
  };
}

/** Puts a stack back as `previous` describes it: the old template and parameters, or no stack. */
export async function restorePrevious(
  run: TargetRun,
  previous: PreviousStack,
  polling?: PollingPolicy,
): Promise<void> {
  const context = { cfn: run.cfn, deadline: Date.now() + run.options.timeoutMs, polling };
  if (!previous.existed) {
    const stack = await settledStack(run.cfn, run.target.stackName, context.deadline, polling);
    if (stack) await deleteStack(run.cfn, stack, context.deadline, polling);
    return;
  }
  const request: ChangeSetRequest = {
    ...changeSetRequest(run, 'UPDATE', `${run.changeSetName}-rollback`),
    template: { kind: 'body', file: 'previous template', body: previous.templateBody, parameters: [] },
    parameters: previous.parameters,
    tags: previous.tags,
    capabilities: previous.capabilities ?? run.options.capabilities,
  };
  const change = await applyChangeSet(context, request, true);
  if (change.kind === 'failed') throw new Error(change.reason);
}

function describeError(error: unknown, run: TargetRun): string {
  if (error instanceof DeadlineExceededError) {
    return `timed out after ${formatDuration(run.options.timeoutMs)} waiting on stack ${run.target.stackName}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function formatDuration(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
