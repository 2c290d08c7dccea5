/**
 * Creates one of the bootstrap stacks (templates/*.yaml) and waits for it: what
 * `aws cloudformation deploy` does for a new stack. Shared by the demo and the template tests.
 */
import { readFile } from 'node:fs/promises';
import {
  type Capability,
  type CloudFormationClient,
  CreateStackCommand,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import { DEFAULT_POLLING, type PollingPolicy, pollUntil } from '../src/runtime/polling';
import { describeStack, failureReason, hasSucceeded, isInProgress } from '../src/deploy/stack-state';

export interface BootstrapStack {
  stackName: string;
  templateFile: string;
  /** Parameter values; lists are passed comma-separated, as CloudFormation takes them. */
  parameters?: Record<string, string | string[]>;
  capabilities?: Capability[];
  timeoutMs?: number;
  polling?: PollingPolicy;
}

/** Creates the stack, waits until CloudFormation is done, and returns its outputs. */
export async function createBootstrapStack(
  cfn: CloudFormationClient,
  request: BootstrapStack,
): Promise<Record<string, string>> {
  await cfn.send(
    new CreateStackCommand({
      StackName: request.stackName,
      TemplateBody: await readFile(request.templateFile, 'utf8'),
      Parameters: Object.entries(request.parameters ?? {}).map(([key, value]) => ({
        ParameterKey: key,
        ParameterValue: Array.isArray(value) ? value.join(',') : value,
      })),
      // Every bootstrap template names its IAM roles.
      Capabilities: request.capabilities ?? ['CAPABILITY_NAMED_IAM'],
    }),
  );
  const deadline = Date.now() + (request.timeoutMs ?? 30 * 60_000);
  const stack = await pollUntil<Stack>(
    async () => {
      const current = await describeStack(cfn, request.stackName);
      return current && !isInProgress(current.StackStatus ?? '') ? current : undefined;
    },
    deadline,
    request.polling ?? DEFAULT_POLLING,
  );
  if (!hasSucceeded(stack.StackStatus ?? '')) {
    throw new Error(`stack ${request.stackName}: ${await failureReason(cfn, stack)}`);
  }
  return Object.fromEntries(
    (stack.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']),
  );
}
