import { type CloudFormationClient, DeleteStackCommand, type Stack } from '@aws-sdk/client-cloudformation';
import {
  type ChangeSetRequest,
  deleteChangeSet,
  executeChangeSet,
  hasFinishedExecuting,
  prepareChangeSet,
} from './change-set';
import { type PollingPolicy, pollUntil } from '../runtime/polling';
import { describeStack, failureReason, hasSucceeded, isInProgress } from './stack-state';
import type { ResourceChange } from './types';

export interface StackChangeContext {
  cfn: CloudFormationClient;
  deadline: number;
  polling?: PollingPolicy;
}

export type StackChangeResult =
  | { kind: 'unchanged' }
  | { kind: 'planned'; stackId: string; changes: ResourceChange[] }
  | { kind: 'deployed'; stack: Stack; changes: ResourceChange[] }
  | { kind: 'failed'; reason: string; stackId?: string; changes: ResourceChange[] };

/**
 * Brings a stack to the requested template through one change set. With `execute` false the change
 * set is only described and removed again (a plan), and a stack created just to hold it is removed too.
 */
export async function applyChangeSet(
  context: StackChangeContext,
  request: ChangeSetRequest,
  execute: boolean,
): Promise<StackChangeResult> {
  const { cfn, deadline, polling } = context;
  const prepared = await prepareChangeSet(cfn, request, deadline, polling);
  if (prepared.kind === 'empty') return { kind: 'unchanged' };
  if (prepared.kind === 'failed') return { kind: 'failed', reason: prepared.reason, changes: [] };
  if (!execute) {
    await discardPlan(context, request);
    return { kind: 'planned', stackId: prepared.stackId, changes: prepared.changes };
  }
  try {
    await executeChangeSet(cfn, request);
  } catch (error) {
    await deleteChangeSet(cfn, request).catch(() => undefined);
    const reason = `could not execute change set: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'failed', reason, stackId: prepared.stackId, changes: prepared.changes };
  }
  const stack = await awaitExecution(context, request);
  if (hasSucceeded(stack.StackStatus ?? '')) return { kind: 'deployed', stack, changes: prepared.changes };
  return {
    kind: 'failed',
    reason: await failureReason(cfn, stack),
    stackId: stack.StackId,
    changes: prepared.changes,
  };
}

async function discardPlan(context: StackChangeContext, request: ChangeSetRequest): Promise<void> {
  await deleteChangeSet(context.cfn, request);
  if (request.type !== 'CREATE') return;
  // A CREATE change set makes an empty stack in REVIEW_IN_PROGRESS; a plan must leave nothing behind.
  const placeholder = await describeStack(context.cfn, request.stackName);
  if (placeholder?.StackStatus === 'REVIEW_IN_PROGRESS') {
    await context.cfn.send(new DeleteStackCommand({ StackName: placeholder.StackId }));
  }
}

/**
 * Waits for the stack operation the change set started. Right after ExecuteChangeSet the stack may
 * still show the previous operation's final status, so a final status only counts once the stack was
 * seen in progress or the change set reports its execution finished.
 */
function awaitExecution(context: StackChangeContext, request: ChangeSetRequest): Promise<Stack> {
  let sawProgress = false;
  return pollUntil(
    async () => {
      const stack = await describeStack(context.cfn, request.stackName);
      const status = stack?.StackStatus ?? 'REVIEW_IN_PROGRESS';
      if (!stack || isInProgress(status) || status === 'REVIEW_IN_PROGRESS') {
        sawProgress ||= isInProgress(status);
        return undefined;
      }
      if (sawProgress || (await hasFinishedExecuting(context.cfn, request))) return stack;
      return undefined;
    },
    context.deadline,
    context.polling,
  );
}
