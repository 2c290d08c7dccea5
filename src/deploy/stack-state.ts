import {
  type CloudFormationClient,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Stack,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import { type PollingPolicy, pollUntil } from '../runtime/polling';

const SUCCEEDED = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/** Statuses from which a change set can be created and run. */
const UPDATABLE = new Set([
  ...SUCCEEDED,
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'REVIEW_IN_PROGRESS',
]);
const EVENT_PAGES_READ = 10;

export function isInProgress(status: string): boolean {
  return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}

export function hasSucceeded(status: string): boolean {
  return SUCCEEDED.has(status);
}

export function isUpdatable(status: string): boolean {
  return UPDATABLE.has(status);
}

export async function describeStack(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<Stack | undefined> {
  try {
    const response = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    return response.Stacks?.[0];
  } catch (error) {
    if (error instanceof Error && /does not exist/.test(error.message)) return undefined;
    throw error;
  }
}

/** The stack once no operation is running on it (or undefined when there is no stack). */
export function settledStack(
  cfn: CloudFormationClient,
  stackName: string,
  deadline: number,
  polling?: PollingPolicy,
): Promise<Stack | undefined> {
  return pollUntil(
    async () => {
      const stack = await describeStack(cfn, stackName);
      if (!stack) return { stack: undefined };
      return isInProgress(stack.StackStatus ?? '') ? undefined : { stack };
    },
    deadline,
    polling,
  ).then(({ stack }) => stack);
}

export async function deleteStack(
  cfn: CloudFormationClient,
  stack: Stack,
  deadline: number,
  polling?: PollingPolicy,
): Promise<void> {
  await cfn.send(new DeleteStackCommand({ StackName: stack.StackId }));
  const final = await settledStack(cfn, stack.StackId ?? '', deadline, polling);
  if (final && final.StackStatus !== 'DELETE_COMPLETE') {
    throw new Error(
      `could not delete stack ${stack.StackName}: it ended ${final.StackStatus} ${final.StackStatusReason ?? ''}`.trim(),
    );
  }
}

export function stackOutputs(stack: Stack | undefined): Record<string, string> {
  return Object.fromEntries(
    (stack?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
  );
}

const OPERATION_STARTS = new Set(['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'IMPORT_IN_PROGRESS']);

/**
 * Why the stack's last operation failed: the first resource that failed in it, with CloudFormation's
 * reason, rather than only the stack's final status.
 */
export async function failureReason(cfn: CloudFormationClient, stack: Stack): Promise<string> {
  const events = await lastOperationEvents(cfn, stack);
  const first = events
    .filter((event) => isResourceEvent(stack, event) && event.ResourceStatus?.endsWith('_FAILED'))
    .filter((event) => !/cancelled/i.test(event.ResourceStatusReason ?? ''))
    .at(-1);
  const ending = `stack ended ${stack.StackStatus}`;
  if (!first) return stack.StackStatusReason ? `${ending}: ${stack.StackStatusReason}` : ending;
  return `${first.LogicalResourceId} (${first.ResourceType}) ${first.ResourceStatus}: ${first.ResourceStatusReason ?? 'no reason given'}; ${ending}`;
}

/**
 * Events arrive newest first; the last operation began with the stack's own CREATE/UPDATE_IN_PROGRESS.
 * Finding that event avoids comparing our clock with CloudFormation's.
 */
async function lastOperationEvents(cfn: CloudFormationClient, stack: Stack): Promise<StackEvent[]> {
  const events: StackEvent[] = [];
  let nextToken: string | undefined;
  for (let page = 0; page < EVENT_PAGES_READ; page++) {
    const response = await cfn.send(
      new DescribeStackEventsCommand({ StackName: stack.StackId, NextToken: nextToken }),
    );
    for (const event of response.StackEvents ?? []) {
      events.push(event);
      if (!isResourceEvent(stack, event) && OPERATION_STARTS.has(event.ResourceStatus ?? '')) return events;
    }
    nextToken = response.NextToken;
    if (!nextToken) break;
  }
  return events;
}

function isResourceEvent(stack: Stack, event: StackEvent): boolean {
  return event.PhysicalResourceId !== stack.StackId;
}
