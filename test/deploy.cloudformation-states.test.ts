/**
 * CloudFormation states moto cannot produce (see ../shared/MOTO-NOTES.md), driven through deployTarget
 * with responses recorded in the shape of the CloudFormation API reference: field names, status
 * values, StatusReason texts, and the SDK's own exception classes.
 */
import {
  AlreadyExistsException,
  type Change,
  type ChangeSetStatus,
  CloudFormationClient,
  CloudFormationServiceException,
  CreateChangeSetCommand,
  type CreateChangeSetCommandOutput,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  type ExecutionStatus,
  InvalidChangeSetStatusException,
  type ResourceChange as SdkResourceChange,
  type Stack,
  type StackEvent,
  type StackStatus,
} from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { deployTarget, type TargetRun } from '../src/deploy/tenant-deployment';
import type { ResourceChange, TenantResult } from '../src/deploy/types';
import type { Tenant } from '../src/manifest/types';

const REGION = 'us-east-1';
const ACCOUNT = '111122223333';
const STACK_NAME = 'app-acme-us-east-1';
const STACK_ID = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${STACK_NAME}/5b1c7e40-3f2a-11ef-9a1e-0affd3b1c2d3`;
/** The stack created again after a ROLLBACK_COMPLETE one was deleted: same name, new id. */
const NEW_STACK_ID = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${STACK_NAME}/9e8d2a10-4b6c-11ef-8f3e-12b4c7d9e0f1`;
const CHANGE_SET_NAME = 'rampart-lz4k2x1a-0c9f3e7b';
const CHANGE_SET_ID = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:changeSet/${CHANGE_SET_NAME}/1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b`;
const FAST_POLLING = { initialDelayMs: 1, maxDelayMs: 5, backoffFactor: 2 };
const EMPTY_CHANGE_SET_REASON =
  "The submitted information didn't contain changes. Submit different information to create a change set.";

const TENANT: Tenant = {
  id: 'acme',
  accountId: ACCOUNT,
  wave: 2,
  regions: [REGION],
  deployRoleName: 'RampartDeploy',
  cloudFormationRoleName: 'RampartCloudFormation',
  parameters: { Env: 'prod' },
  tags: { team: 'payments' },
  enabled: true,
  index: 0,
};
const TEMPLATE_BODY =
  'Parameters:\n  Env:\n    Type: String\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n';

const cfnMock = mockClient(CloudFormationClient);
beforeEach(() => cfnMock.reset());
afterAll(() => cfnMock.restore());

// ---- running one target ----------------------------------------------------------------------

function targetRun(options: Partial<TargetRun['options']> = {}): TargetRun {
  return {
    cfn: new CloudFormationClient({ region: REGION }),
    target: {
      tenant: TENANT,
      region: REGION,
      stackName: STACK_NAME,
      parameters: { Env: 'prod' },
      tags: { team: 'payments' },
    },
    changeSetName: CHANGE_SET_NAME,
    options: {
      mode: 'deploy',
      template: {
        kind: 'body',
        file: 'template.yml',
        body: TEMPLATE_BODY,
        parameters: [{ name: 'Env', hasDefault: false }],
      },
      capabilities: ['CAPABILITY_IAM'],
      recreateRollbackComplete: false,
      rollbackFailedWave: false,
      timeoutMs: 5_000,
      polling: FAST_POLLING,
      ...options,
    },
  };
}

async function deploy(options: Partial<TargetRun['options']> = {}): Promise<TenantResult> {
  return (await deployTarget(targetRun(options))).result;
}

/** The TenantResult deployTarget must return: the target's identity plus `fields`. */
function expectedResult(fields: Partial<TenantResult> & Pick<TenantResult, 'status'>): TenantResult {
  return {
    id: 'acme',
    accountId: ACCOUNT,
    region: REGION,
    wave: 2,
    stackName: STACK_NAME,
    outputs: {},
    changes: [],
    durationMs: expect.any(Number),
    ...fields,
  };
}

/** The commands sent to CloudFormation, in order, e.g. ['DescribeStacks', 'CreateChangeSet']. */
function operations(): string[] {
  return cfnMock.calls().map((call) => (call.args[0] as object).constructor.name.replace(/Command$/, ''));
}

// ---- CloudFormation's side -------------------------------------------------------------------

type Reply<T> = T | Error;

/** Answers each call with the next reply, repeating the last: a resource changing state between looks. */
function inTurn<T>(replies: Reply<T>[]): () => Promise<T> {
  let next = 0;
  return async () => {
    const reply = replies[Math.min(next++, replies.length - 1)];
    if (reply instanceof Error) throw reply;
    if (reply === undefined) throw new Error('test script has no reply');
    return reply;
  };
}

interface CloudFormationScript {
  /** DescribeStacks by stack name, in turn. */
  stacks: Reply<Stack>[];
  /** DescribeStacks by stack id (ARN), in turn: how deleteStack watches a deletion. */
  stacksById?: Reply<Stack>[];
  /** DescribeChangeSet without NextToken, in turn. */
  changeSets?: Reply<DescribeChangeSetCommandOutput>[];
  /** DescribeChangeSet pages by NextToken. */
  changeSetPages?: Record<string, DescribeChangeSetCommandOutput>;
  createChangeSet?: Reply<Partial<CreateChangeSetCommandOutput>>;
  executeChangeSet?: Reply<object>[];
  /** DescribeStackEvents pages, in order; page n carries NextToken `events-(n+1)` unless it is the last. */
  eventPages?: StackEvent[][];
}

function givenCloudFormation(script: CloudFormationScript): void {
  cfnMock
    .on(DescribeStacksCommand, { StackName: STACK_NAME })
    .callsFake(inTurn(script.stacks.map(asDescribeStacks)));
  if (script.stacksById) {
    cfnMock
      .on(DescribeStacksCommand, { StackName: STACK_ID })
      .callsFake(inTurn(script.stacksById.map(asDescribeStacks)));
  }
  const changeSets = inTurn(script.changeSets ?? [changeSet('CREATE_COMPLETE')]);
  cfnMock.on(DescribeChangeSetCommand).callsFake(async (input: { NextToken?: string }) => {
    if (!input.NextToken) return changeSets();
    const page = script.changeSetPages?.[input.NextToken];
    if (!page) throw validationError(`Invalid NextToken ${input.NextToken}`);
    return page;
  });
  cfnMock
    .on(CreateChangeSetCommand)
    .callsFake(inTurn([script.createChangeSet ?? { Id: CHANGE_SET_ID, StackId: STACK_ID }]));
  cfnMock.on(ExecuteChangeSetCommand).callsFake(inTurn(script.executeChangeSet ?? [{}]));
  cfnMock.on(DeleteChangeSetCommand).resolves({});
  cfnMock.on(DeleteStackCommand).resolves({});
  const pages = script.eventPages ?? [[]];
  cfnMock.on(DescribeStackEventsCommand).callsFake(async (input: { NextToken?: string }) => {
    const index = input.NextToken ? Number(input.NextToken.replace('events-', '')) - 1 : 0;
    return {
      StackEvents: pages[index],
      NextToken: index + 1 < pages.length ? `events-${index + 2}` : undefined,
    };
  });
}

function asDescribeStacks(reply: Reply<Stack>): Reply<{ Stacks: Stack[] }> {
  return reply instanceof Error ? reply : { Stacks: [reply] };
}

function stack(status: StackStatus, fields: Partial<Stack> = {}): Stack {
  return {
    StackId: STACK_ID,
    StackName: STACK_NAME,
    StackStatus: status,
    CreationTime: new Date('2024-07-01T10:00:00Z'),
    Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
    Capabilities: ['CAPABILITY_IAM'],
    Tags: [{ Key: 'team', Value: 'payments' }],
    RoleARN: `arn:aws:iam::${ACCOUNT}:role/RampartCloudFormation`,
    ...fields,
  };
}

function withOutputs(outputs: Record<string, string>): Partial<Stack> {
  return { Outputs: Object.entries(outputs).map(([OutputKey, OutputValue]) => ({ OutputKey, OutputValue })) };
}

/** ExecutionStatus as CloudFormation reports it for each Status of a change set not yet executed. */
const EXECUTION_STATUS_OF: Partial<Record<ChangeSetStatus, ExecutionStatus>> = {
  CREATE_PENDING: 'UNAVAILABLE',
  CREATE_IN_PROGRESS: 'UNAVAILABLE',
  CREATE_COMPLETE: 'AVAILABLE',
  FAILED: 'UNAVAILABLE',
};

function changeSet(
  status: ChangeSetStatus,
  fields: Partial<DescribeChangeSetCommandOutput> = {},
): DescribeChangeSetCommandOutput {
  return {
    $metadata: { httpStatusCode: 200 },
    ChangeSetId: CHANGE_SET_ID,
    ChangeSetName: CHANGE_SET_NAME,
    StackId: STACK_ID,
    StackName: STACK_NAME,
    CreationTime: new Date('2024-07-02T09:00:00Z'),
    Status: status,
    ExecutionStatus: EXECUTION_STATUS_OF[status],
    Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
    Capabilities: ['CAPABILITY_IAM'],
    Tags: [{ Key: 'team', Value: 'payments' }],
    Changes: [],
    IncludeNestedStacks: false,
    ...fields,
  };
}

/** The change set after ExecuteChangeSet: Status stays CREATE_COMPLETE, ExecutionStatus moves on. */
function executedChangeSet(executionStatus: ExecutionStatus): DescribeChangeSetCommandOutput {
  return changeSet('CREATE_COMPLETE', { ExecutionStatus: executionStatus });
}

const QUEUE = {
  logicalId: 'Queue',
  type: 'AWS::SQS::Queue',
  physicalId: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/acme-jobs`,
};
const WORKER = { logicalId: 'Worker', type: 'AWS::Lambda::Function', physicalId: 'acme-worker-Xk3P9aQ2' };
const BUCKET = { logicalId: 'Bucket', type: 'AWS::S3::Bucket', physicalId: 'acme-assets-1a2b3c4d' };
const TOPIC = {
  logicalId: 'Alerts',
  type: 'AWS::SNS::Topic',
  physicalId: `arn:aws:sns:${REGION}:${ACCOUNT}:acme-alerts`,
};
const STACK_RESOURCE = { logicalId: STACK_NAME, type: 'AWS::CloudFormation::Stack', physicalId: STACK_ID };
type Resource = typeof QUEUE;

/** One entry of DescribeChangeSet's Changes. Add has no physical id; only Modify has Replacement. */
function change(
  action: 'Add' | 'Modify' | 'Remove',
  resource: Resource,
  replacement?: 'True' | 'False' | 'Conditional',
): Change {
  const resourceChange: SdkResourceChange = {
    Action: action,
    LogicalResourceId: resource.logicalId,
    ...(action === 'Add' ? {} : { PhysicalResourceId: resource.physicalId }),
    ResourceType: resource.type,
    Scope: action === 'Modify' ? ['Properties'] : [],
    Details: [],
    ...(replacement ? { Replacement: replacement } : {}),
  };
  return { Type: 'Resource', ResourceChange: resourceChange };
}

/** What Rampart reports for `change(...)`. */
function reported(action: string, resource: Resource, replacement?: string): ResourceChange {
  return {
    action,
    logicalId: resource.logicalId,
    ...(action === 'Add' ? {} : { physicalId: resource.physicalId }),
    resourceType: resource.type,
    ...(replacement ? { replacement } : {}),
  };
}

/** DescribeStackEvents entries, newest first as AWS returns them, one second apart. */
function newestFirst(...events: [Resource, string, string?][]): StackEvent[] {
  const newest = Date.parse('2024-07-02T09:05:00Z');
  return events.map(([resource, status, reason], index) => ({
    StackId: STACK_ID,
    EventId: `${resource.logicalId}-${status}-${index}`,
    StackName: STACK_NAME,
    LogicalResourceId: resource.logicalId,
    PhysicalResourceId: resource.physicalId,
    ResourceType: resource.type,
    Timestamp: new Date(newest - index * 1000),
    ResourceStatus: status as StackEvent['ResourceStatus'],
    ...(reason ? { ResourceStatusReason: reason } : {}),
  }));
}

/** How the SDK raises CloudFormation's ValidationError (it has no modeled class of its own). */
function validationError(message: string): Error {
  return new CloudFormationServiceException({
    name: 'ValidationError',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message,
  });
}

// ---- the tests -------------------------------------------------------------------------------

describe('deployTarget with recorded API-reference-shaped responses (states moto cannot reach)', () => {
  describe('a stack in ROLLBACK_COMPLETE (moto never rolls a creation back)', () => {
    const rolledBack = stack('ROLLBACK_COMPLETE', {
      StackStatusReason: 'The following resource(s) failed to create: [Queue]. Rollback requested by user.',
    });

    test('without --recreate-rollback-complete fails, names the flag and changes nothing', async () => {
      givenCloudFormation({ stacks: [rolledBack] });

      expect(await deploy()).toEqual(
        expectedResult({
          status: 'failed',
          error: `stack ${STACK_NAME} is ROLLBACK_COMPLETE (its first creation failed) and cannot be updated: delete it, or re-run with --recreate-rollback-complete to have Rampart delete and create it again`,
        }),
      );
      expect(operations()).toEqual(['DescribeStacks']);
      expect(cfnMock.commandCalls(CreateChangeSetCommand)).toHaveLength(0);
      expect(cfnMock.commandCalls(DeleteStackCommand)).toHaveLength(0);
    });

    test.each([
      ['DescribeStacks by id says DELETE_COMPLETE', stack('DELETE_COMPLETE')],
      [
        'DescribeStacks by id raises ValidationError',
        validationError(`Stack with id ${STACK_ID} does not exist`),
      ],
    ])(
      'with recreateRollbackComplete deletes it, waits until it is gone (%s), then creates it',
      async (_, gone) => {
        givenCloudFormation({
          stacks: [
            rolledBack,
            stack('CREATE_IN_PROGRESS', { StackId: NEW_STACK_ID }),
            stack('CREATE_COMPLETE', {
              StackId: NEW_STACK_ID,
              ...withOutputs({ QueueUrl: QUEUE.physicalId }),
            }),
          ],
          stacksById: [stack('DELETE_IN_PROGRESS'), gone],
          createChangeSet: { Id: CHANGE_SET_ID, StackId: NEW_STACK_ID },
          changeSets: [
            changeSet('CREATE_COMPLETE', { StackId: NEW_STACK_ID, Changes: [change('Add', QUEUE)] }),
          ],
        });

        expect(await deploy({ recreateRollbackComplete: true })).toEqual(
          expectedResult({
            status: 'deployed',
            stackId: NEW_STACK_ID,
            outputs: { QueueUrl: QUEUE.physicalId },
            changes: [reported('Add', QUEUE)],
          }),
        );
        expect(operations()).toEqual([
          'DescribeStacks',
          'DeleteStack',
          'DescribeStacks',
          'DescribeStacks',
          'CreateChangeSet',
          'DescribeChangeSet',
          'ExecuteChangeSet',
          'DescribeStacks',
          'DescribeStacks',
        ]);
        expect(cfnMock.commandCalls(DeleteStackCommand)[0]?.args[0].input).toEqual({ StackName: STACK_ID });
        expect(
          cfnMock.commandCalls(DescribeStacksCommand).map((call) => call.args[0].input.StackName),
        ).toEqual([STACK_NAME, STACK_ID, STACK_ID, STACK_NAME, STACK_NAME]);
        expect(cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input).toEqual({
          StackName: STACK_NAME,
          ChangeSetName: CHANGE_SET_NAME,
          ChangeSetType: 'CREATE',
          TemplateBody: TEMPLATE_BODY,
          Parameters: [{ ParameterKey: 'Env', ParameterValue: 'prod' }],
          Tags: [{ Key: 'team', Value: 'payments' }],
          Capabilities: ['CAPABILITY_IAM'],
          RoleARN: `arn:aws:iam::${ACCOUNT}:role/RampartCloudFormation`,
          ClientToken: CHANGE_SET_NAME,
        });
      },
    );
  });

  describe('change sets that end FAILED (moto raises from CreateChangeSet instead)', () => {
    const current = stack('UPDATE_COMPLETE', withOutputs({ QueueUrl: QUEUE.physicalId }));

    test('an empty UPDATE change set, as real AWS reports it, is unchanged with the stack outputs and is removed', async () => {
      givenCloudFormation({
        stacks: [current],
        changeSets: [
          changeSet('CREATE_PENDING'),
          changeSet('FAILED', { StatusReason: EMPTY_CHANGE_SET_REASON }),
        ],
      });

      expect(await deploy()).toEqual(
        expectedResult({ status: 'unchanged', stackId: STACK_ID, outputs: { QueueUrl: QUEUE.physicalId } }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'DescribeChangeSet',
        'DeleteChangeSet',
      ]);
      expect(cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('UPDATE');
      expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    });

    test('a change set that fails for another reason fails with that reason and is deleted', async () => {
      givenCloudFormation({
        stacks: [current],
        changeSets: [
          changeSet('CREATE_IN_PROGRESS'),
          changeSet('FAILED', { StatusReason: 'No export named shared-VpcId found' }),
        ],
      });

      expect(await deploy()).toEqual(
        expectedResult({
          status: 'failed',
          stackId: STACK_ID,
          error: 'change set failed: No export named shared-VpcId found',
        }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'DescribeChangeSet',
        'DeleteChangeSet',
      ]);
      expect(cfnMock.commandCalls(DeleteChangeSetCommand)[0]?.args[0].input).toEqual({
        StackName: STACK_NAME,
        ChangeSetName: CHANGE_SET_NAME,
      });
    });
  });

  test('an update that rolls back (moto completes it anyway) names the first failing resource from this operation', async () => {
    const queueFailure =
      'Resource handler returned message: "Invalid value for the parameter MessageRetentionPeriod." (RequestToken: 3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d, HandlerErrorCode: InvalidRequest)';
    givenCloudFormation({
      stacks: [
        stack('UPDATE_COMPLETE'),
        stack('UPDATE_IN_PROGRESS'),
        stack('UPDATE_ROLLBACK_IN_PROGRESS', {
          StackStatusReason: 'The following resource(s) failed to update: [Queue]. ',
        }),
        stack('UPDATE_ROLLBACK_COMPLETE'),
      ],
      changeSets: [
        changeSet('CREATE_COMPLETE', {
          Changes: [
            change('Modify', QUEUE, 'False'),
            change('Modify', TOPIC, 'False'),
            change('Modify', WORKER, 'False'),
          ],
        }),
      ],
      eventPages: [
        newestFirst(
          [STACK_RESOURCE, 'UPDATE_ROLLBACK_COMPLETE'],
          [STACK_RESOURCE, 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS'],
          [WORKER, 'UPDATE_COMPLETE'],
          [QUEUE, 'UPDATE_COMPLETE'],
          [WORKER, 'UPDATE_IN_PROGRESS'],
          [QUEUE, 'UPDATE_IN_PROGRESS'],
          [
            STACK_RESOURCE,
            'UPDATE_ROLLBACK_IN_PROGRESS',
            'The following resource(s) failed to update: [Alerts, Queue]. ',
          ],
          [WORKER, 'UPDATE_FAILED', 'Resource update cancelled'],
          // Failed too, but after Queue: not the first failure.
          [TOPIC, 'UPDATE_FAILED', 'Invalid parameter: Attributes Reason: DisplayName too long'],
          [QUEUE, 'UPDATE_FAILED', queueFailure],
        ),
        newestFirst(
          [WORKER, 'UPDATE_IN_PROGRESS'],
          [TOPIC, 'UPDATE_IN_PROGRESS'],
          [QUEUE, 'UPDATE_IN_PROGRESS'],
          [STACK_RESOURCE, 'UPDATE_IN_PROGRESS', 'User Initiated'],
          // A previous operation's failure: older than the start of this one, so not the reason.
          [STACK_RESOURCE, 'UPDATE_ROLLBACK_COMPLETE'],
          [BUCKET, 'UPDATE_FAILED', 'acme-assets-1a2b3c4d already exists'],
          [STACK_RESOURCE, 'UPDATE_IN_PROGRESS', 'User Initiated'],
        ),
        newestFirst([BUCKET, 'CREATE_FAILED', 'an even older failure on a page that is never read']),
      ],
    });

    expect(await deploy()).toEqual(
      expectedResult({
        status: 'failed',
        stackId: STACK_ID,
        changes: [
          reported('Modify', QUEUE, 'False'),
          reported('Modify', TOPIC, 'False'),
          reported('Modify', WORKER, 'False'),
        ],
        error: `Queue (AWS::SQS::Queue) UPDATE_FAILED: ${queueFailure}; stack ended UPDATE_ROLLBACK_COMPLETE`,
      }),
    );
    expect(operations()).toEqual([
      'DescribeStacks',
      'CreateChangeSet',
      'DescribeChangeSet',
      'ExecuteChangeSet',
      'DescribeStacks',
      'DescribeStacks',
      'DescribeStacks',
      'DescribeStackEvents',
      'DescribeStackEvents',
    ]);
    expect(cfnMock.commandCalls(DescribeStackEventsCommand).map((call) => call.args[0].input)).toEqual([
      { StackName: STACK_ID, NextToken: undefined },
      { StackName: STACK_ID, NextToken: 'events-2' },
    ]);
  });

  describe('eventual consistency right after ExecuteChangeSet (moto is always consistent)', () => {
    const before = withOutputs({ Version: 'v1' });
    const after = withOutputs({ Version: 'v2' });

    test('a stale UPDATE_COMPLETE does not count until the stack was seen in progress', async () => {
      givenCloudFormation({
        stacks: [
          stack('UPDATE_COMPLETE', before),
          stack('UPDATE_COMPLETE', before), // stale: the update has not shown up yet
          stack('UPDATE_IN_PROGRESS', before),
          stack('UPDATE_COMPLETE', after),
        ],
        changeSets: [changeSet('CREATE_COMPLETE'), executedChangeSet('EXECUTE_IN_PROGRESS')],
      });

      expect(await deploy()).toEqual(
        expectedResult({ status: 'deployed', stackId: STACK_ID, outputs: { Version: 'v2' } }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'ExecuteChangeSet',
        'DescribeStacks',
        'DescribeChangeSet',
        'DescribeStacks',
        'DescribeStacks',
      ]);
    });

    test('a stack never seen in progress counts once the change set says EXECUTE_COMPLETE', async () => {
      givenCloudFormation({
        stacks: [
          stack('UPDATE_COMPLETE', before),
          stack('UPDATE_COMPLETE', before),
          stack('UPDATE_COMPLETE', after),
        ],
        changeSets: [
          changeSet('CREATE_COMPLETE'),
          executedChangeSet('EXECUTE_IN_PROGRESS'),
          executedChangeSet('EXECUTE_COMPLETE'),
        ],
      });

      expect(await deploy()).toEqual(
        expectedResult({ status: 'deployed', stackId: STACK_ID, outputs: { Version: 'v2' } }),
      );
      expect(operations().slice(4)).toEqual([
        'DescribeStacks',
        'DescribeChangeSet',
        'DescribeStacks',
        'DescribeChangeSet',
      ]);
    });
  });

  describe('ExecuteChangeSet retried after a lost response (moto never loses one)', () => {
    const notExecutable = (status: string) =>
      new InvalidChangeSetStatusException({
        message: `ChangeSet [${CHANGE_SET_ID}] cannot be executed in its current execution status of [${status}]`,
        $metadata: { httpStatusCode: 400 },
      });

    test.each(['EXECUTE_IN_PROGRESS', 'EXECUTE_COMPLETE'] as const)(
      'InvalidChangeSetStatusException while the change set is %s: the first attempt went through, so it deploys',
      async (executionStatus) => {
        givenCloudFormation({
          stacks: [
            stack('UPDATE_COMPLETE', withOutputs({ Version: 'v1' })),
            stack('UPDATE_COMPLETE', withOutputs({ Version: 'v2' })),
          ],
          changeSets: [
            changeSet('CREATE_COMPLETE', { Changes: [change('Modify', QUEUE, 'False')] }),
            executedChangeSet(executionStatus),
            executedChangeSet('EXECUTE_COMPLETE'),
          ],
          executeChangeSet: [notExecutable(executionStatus)],
        });

        expect(await deploy()).toEqual(
          expectedResult({
            status: 'deployed',
            stackId: STACK_ID,
            outputs: { Version: 'v2' },
            changes: [reported('Modify', QUEUE, 'False')],
          }),
        );
        expect(operations()).toEqual([
          'DescribeStacks',
          'CreateChangeSet',
          'DescribeChangeSet',
          'ExecuteChangeSet',
          'DescribeChangeSet',
          'DescribeStacks',
          'DescribeChangeSet',
        ]);
      },
    );

    test('InvalidChangeSetStatusException while the change set is still AVAILABLE is reported', async () => {
      const message =
        'An operation on this ChangeSet is currently in progress.  Please attempt this operation again later.';
      givenCloudFormation({
        stacks: [stack('UPDATE_COMPLETE')],
        changeSets: [changeSet('CREATE_COMPLETE'), changeSet('CREATE_COMPLETE')],
        executeChangeSet: [
          new InvalidChangeSetStatusException({ message, $metadata: { httpStatusCode: 400 } }),
        ],
      });

      expect(await deploy()).toEqual(
        expectedResult({
          status: 'failed',
          error: `could not execute change set: ${message}`,
          stackId: STACK_ID,
        }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'ExecuteChangeSet',
        'DescribeChangeSet',
        'DeleteChangeSet',
      ]);
    });

    test('a change set made OBSOLETE by another update is reported failed, not deployed', async () => {
      givenCloudFormation({
        stacks: [
          stack('UPDATE_COMPLETE'),
          stack('UPDATE_IN_PROGRESS'), // the other update
          stack('UPDATE_COMPLETE', withOutputs({ Version: 'from the other update' })),
        ],
        changeSets: [
          changeSet('CREATE_COMPLETE', { Changes: [change('Modify', QUEUE, 'False')] }),
          executedChangeSet('OBSOLETE'),
        ],
        executeChangeSet: [notExecutable('OBSOLETE')],
      });

      expect(await deploy()).toEqual(
        expectedResult({
          status: 'failed',
          error: `could not execute change set: ${notExecutable('OBSOLETE').message}`,
          stackId: STACK_ID,
          changes: [reported('Modify', QUEUE, 'False')],
        }),
      );
      expect(cfnMock.commandCalls(DescribeStacksCommand)).toHaveLength(1);
    });
  });

  test('CreateChangeSet raising AlreadyExistsException for our own retried request goes on and deploys', async () => {
    givenCloudFormation({
      stacks: [
        stack('UPDATE_COMPLETE'),
        stack('UPDATE_IN_PROGRESS'),
        stack('UPDATE_COMPLETE', withOutputs({ Version: 'v2' })),
      ],
      createChangeSet: new AlreadyExistsException({
        message: `ChangeSet ${CHANGE_SET_NAME} already exists`,
        $metadata: { httpStatusCode: 400 },
      }),
      changeSets: [changeSet('CREATE_COMPLETE', { Changes: [change('Add', TOPIC)] })],
    });

    expect(await deploy()).toEqual(
      expectedResult({
        status: 'deployed',
        stackId: STACK_ID,
        outputs: { Version: 'v2' },
        changes: [reported('Add', TOPIC)],
      }),
    );
    expect(operations()).toEqual([
      'DescribeStacks',
      'CreateChangeSet',
      'DescribeChangeSet',
      'ExecuteChangeSet',
      'DescribeStacks',
      'DescribeStacks',
    ]);
    expect(cfnMock.commandCalls(ExecuteChangeSetCommand)[0]?.args[0].input).toEqual({
      StackName: STACK_NAME,
      ChangeSetName: CHANGE_SET_NAME,
      ClientRequestToken: CHANGE_SET_NAME,
    });
  });

  describe('plan mode with per-resource changes over several DescribeChangeSet pages (moto lists none)', () => {
    test('on a new stack: a CREATE change set, all changes mapped, and the REVIEW_IN_PROGRESS stack removed', async () => {
      givenCloudFormation({
        stacks: [validationError(`Stack with id ${STACK_NAME} does not exist`), stack('REVIEW_IN_PROGRESS')],
        changeSets: [
          changeSet('CREATE_IN_PROGRESS'),
          changeSet('CREATE_COMPLETE', {
            Changes: [change('Add', QUEUE), change('Add', WORKER)],
            NextToken: 'page-2',
          }),
        ],
        changeSetPages: { 'page-2': changeSet('CREATE_COMPLETE', { Changes: [change('Add', BUCKET)] }) },
      });

      expect(await deploy({ mode: 'plan' })).toEqual(
        expectedResult({
          status: 'planned',
          changes: [reported('Add', QUEUE), reported('Add', WORKER), reported('Add', BUCKET)],
        }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'DescribeChangeSet',
        'DescribeChangeSet',
        'DeleteChangeSet',
        'DescribeStacks',
        'DeleteStack',
      ]);
      expect(cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('CREATE');
      expect(cfnMock.commandCalls(DescribeChangeSetCommand)[2]?.args[0].input.NextToken).toBe('page-2');
      expect(cfnMock.commandCalls(DeleteStackCommand)[0]?.args[0].input).toEqual({ StackName: STACK_ID });
      expect(cfnMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(0);
    });

    // A CREATE change set only ever adds, so Modify / Replacement appear on an UPDATE change set.
    test('on an existing stack: Modify with Replacement True/Conditional and Remove are mapped; the stack stays', async () => {
      givenCloudFormation({
        stacks: [stack('UPDATE_COMPLETE')],
        changeSets: [
          changeSet('CREATE_COMPLETE', {
            Changes: [change('Modify', QUEUE, 'Conditional'), change('Modify', BUCKET, 'True')],
            NextToken: 'page-2',
          }),
        ],
        changeSetPages: {
          'page-2': changeSet('CREATE_COMPLETE', {
            Changes: [change('Remove', WORKER), change('Add', TOPIC)],
          }),
        },
      });

      expect(await deploy({ mode: 'plan' })).toEqual(
        expectedResult({
          status: 'planned',
          stackId: STACK_ID,
          changes: [
            reported('Modify', QUEUE, 'Conditional'),
            reported('Modify', BUCKET, 'True'),
            reported('Remove', WORKER),
            reported('Add', TOPIC),
          ],
        }),
      );
      expect(operations()).toEqual([
        'DescribeStacks',
        'CreateChangeSet',
        'DescribeChangeSet',
        'DescribeChangeSet',
        'DeleteChangeSet',
      ]);
      expect(cfnMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input.ChangeSetType).toBe('UPDATE');
    });
  });

  test('a stack stuck in UPDATE_IN_PROGRESS past the timeout fails with "timed out after"', async () => {
    givenCloudFormation({ stacks: [stack('UPDATE_IN_PROGRESS')] });

    const result = await deploy({ timeoutMs: 50 });

    expect(result).toEqual(
      expectedResult({ status: 'failed', error: `timed out after 0 s waiting on stack ${STACK_NAME}` }),
    );
    expect(result.durationMs).toBeGreaterThanOrEqual(50);
    expect(new Set(operations())).toEqual(new Set(['DescribeStacks']));
    expect(operations().length).toBeGreaterThan(1);
  });

  test('a stack in UPDATE_ROLLBACK_FAILED (moto cannot fail a rollback) fails, asking for a repair', async () => {
    givenCloudFormation({
      stacks: [
        stack('UPDATE_ROLLBACK_FAILED', {
          StackStatusReason: 'The following resource(s) failed to update: [Queue]. ',
        }),
      ],
    });

    expect(await deploy()).toEqual(
      expectedResult({
        status: 'failed',
        error: `stack ${STACK_NAME} is UPDATE_ROLLBACK_FAILED and cannot be updated until it is repaired (continue the rollback or delete it)`,
      }),
    );
    expect(operations()).toEqual(['DescribeStacks']);
  });
});
