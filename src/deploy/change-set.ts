import {
  AlreadyExistsException,
  type Capability,
  type Change,
  ChangeSetNotFoundException,
  type ChangeSetType,
  type CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  ExecuteChangeSetCommand,
  InvalidChangeSetStatusException,
  type Parameter,
  type Tag,
} from '@aws-sdk/client-cloudformation';
import { type PollingPolicy, pollUntil } from '../runtime/polling';
import type { ResourceChange, TemplateSource } from './types';

export interface ChangeSetRequest {
  stackName: string;
  changeSetName: string;
  type: ChangeSetType;
  template: TemplateSource;
  parameters: Parameter[];
  tags: Tag[];
  capabilities: Capability[];
  cloudFormationRoleArn: string;
}

export type ChangeSetOutcome =
  | { kind: 'empty' }
  | { kind: 'ready'; id: string; stackId: string; changes: ResourceChange[] }
  | { kind: 'failed'; reason: string };

/** CloudFormation's words for a change set with nothing to do (the second is what UpdateStack says). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
/** ExecutionStatus of a change set CloudFormation has finished running; GONE: removed after running. */
const FINISHED = new Set(['EXECUTE_COMPLETE', 'EXECUTE_FAILED', 'GONE']);
/** ExecutionStatus once CloudFormation has accepted an ExecuteChangeSet (OBSOLETE means another update won). */
const STARTED = new Set(['EXECUTE_IN_PROGRESS', ...FINISHED]);

/** Creates the change set, waits until CloudFormation has computed it, and reads its changes. */
export async function prepareChangeSet(
  cfn: CloudFormationClient,
  request: ChangeSetRequest,
  deadline: number,
  polling?: PollingPolicy,
): Promise<ChangeSetOutcome> {
  try {
    await createChangeSet(cfn, request);
  } catch (error) {
    if (error instanceof Error && NO_CHANGES.test(error.message)) return { kind: 'empty' };
    throw error;
  }
  const described = await pollUntil(() => computedChangeSet(cfn, request), deadline, polling);
  if (described.Status === 'FAILED') {
    // CloudFormation keeps failed change sets, empty ones included; each run would add one more.
    await deleteChangeSet(cfn, request).catch(() => undefined);
    const reason = described.StatusReason ?? 'no reason given';
    return NO_CHANGES.test(reason)
      ? { kind: 'empty' }
      : { kind: 'failed', reason: `change set failed: ${reason}` };
  }
  return {
    kind: 'ready',
    id: described.ChangeSetId ?? request.changeSetName,
    stackId: described.StackId ?? '',
    changes: await allChanges(cfn, request, described),
  };
}

async function createChangeSet(cfn: CloudFormationClient, request: ChangeSetRequest): Promise<void> {
  const command = new CreateChangeSetCommand({
    StackName: request.stackName,
    ChangeSetName: request.changeSetName,
    ChangeSetType: request.type,
    ...(request.template.kind === 'body'
      ? { TemplateBody: request.template.body }
      : { TemplateURL: request.template.url }),
    Parameters: request.parameters,
    Tags: request.tags,
    Capabilities: request.capabilities,
    RoleARN: request.cloudFormationRoleArn,
    // Makes a retry after a lost response idempotent on CloudFormation instead of a second change set.
    ClientToken: request.changeSetName,
  });
  let attempts = 0;
  // Runs inside the SDK's retry loop, once per attempt: a retry whose earlier attempt went through
  // stops here, for endpoints that ignore ClientToken (moto makes a second stack of the same name).
  command.middlewareStack.add(
    (next) => async (args) => {
      if (attempts++ > 0 && (await changeSetExists(cfn, request))) throw new EarlierAttemptCreatedIt();
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'rampartCreateOnce' },
  );
  try {
    await cfn.send(command);
  } catch (error) {
    if (error instanceof AlreadyExistsException || error instanceof EarlierAttemptCreatedIt) return;
    throw error;
  }
}

class EarlierAttemptCreatedIt extends Error {}

async function changeSetExists(cfn: CloudFormationClient, request: ChangeSetRequest): Promise<boolean> {
  try {
    await describe(cfn, request);
    return true;
  } catch (error) {
    // For a new stack, CloudFormation answers that the stack does not exist.
    if (error instanceof ChangeSetNotFoundException || /does not exist/.test(String(error))) return false;
    throw error;
  }
}

async function computedChangeSet(
  cfn: CloudFormationClient,
  request: ChangeSetRequest,
): Promise<DescribeChangeSetCommandOutput | undefined> {
  const described = await describe(cfn, request);
  return described.Status === 'CREATE_COMPLETE' || described.Status === 'FAILED' ? described : undefined;
}

async function allChanges(
  cfn: CloudFormationClient,
  request: ChangeSetRequest,
  first: DescribeChangeSetCommandOutput,
): Promise<ResourceChange[]> {
  const changes = [...(first.Changes ?? [])];
  for (let token = first.NextToken; token;) {
    const page = await describe(cfn, request, token);
    changes.push(...(page.Changes ?? []));
    token = page.NextToken;
  }
  return changes.flatMap(toResourceChange);
}

function describe(cfn: CloudFormationClient, request: ChangeSetRequest, nextToken?: string) {
  return cfn.send(
    new DescribeChangeSetCommand({
      StackName: request.stackName,
      ChangeSetName: request.changeSetName,
      NextToken: nextToken,
    }),
  );
}

function toResourceChange(change: Change): ResourceChange[] {
  const resource = change.ResourceChange;
  if (!resource) return [];
  return [
    {
      action: resource.Action ?? 'Unknown',
      logicalId: resource.LogicalResourceId ?? '',
      ...(resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {}),
      resourceType: resource.ResourceType ?? '',
      ...(resource.Replacement ? { replacement: resource.Replacement } : {}),
    },
  ];
}

export async function executeChangeSet(cfn: CloudFormationClient, request: ChangeSetRequest): Promise<void> {
  try {
    await cfn.send(
      new ExecuteChangeSetCommand({
        StackName: request.stackName,
        ChangeSetName: request.changeSetName,
        ClientRequestToken: request.changeSetName,
      }),
    );
  } catch (error) {
    const started =
      error instanceof InvalidChangeSetStatusException && STARTED.has(await executionStatus(cfn, request));
    if (started) return; // a retried request whose first attempt went through
    throw error;
  }
}

export async function hasFinishedExecuting(
  cfn: CloudFormationClient,
  request: ChangeSetRequest,
): Promise<boolean> {
  return FINISHED.has(await executionStatus(cfn, request));
}

async function executionStatus(cfn: CloudFormationClient, request: ChangeSetRequest): Promise<string> {
  try {
    return (await describe(cfn, request)).ExecutionStatus ?? 'UNAVAILABLE';
  } catch (error) {
    if (error instanceof ChangeSetNotFoundException) return 'GONE';
    throw error;
  }
}

export async function deleteChangeSet(cfn: CloudFormationClient, request: ChangeSetRequest): Promise<void> {
  try {
    await cfn.send(
      new DeleteChangeSetCommand({ StackName: request.stackName, ChangeSetName: request.changeSetName }),
    );
  } catch (error) {
    // Gone already: a retried request whose first attempt went through.
    if (!(error instanceof ChangeSetNotFoundException)) throw error;
  }
}
