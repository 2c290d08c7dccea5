/**
 * The `pipeline approve` core against a local CodePipeline stand-in whose answers follow the API
 * reference (moto 5.2.1 answers GetPipelineState and PutApprovalResult with 500, see
 * pipeline-control.moto.test.ts).
 */
import { InputError } from '../src/errors';
import { type ApprovalRequest, decideApproval, NothingWaitingError } from '../src/pipeline-control/approve';
import { approvalLine } from '../src/pipeline-control/report';
import {
  type ActionStateSpec,
  awsError,
  EXECUTION_ID,
  getPipelineStateReply,
  type Handler,
  useFakeCodePipeline,
} from './support/codepipeline-api';

const serve = useFakeCodePipeline();

const PIPELINE = 'app-release';
const TOKEN = '0f4c2b8e-5d1a-4e7b-9a36-2c8d7e1f4b90';
const REQUEST: ApprovalRequest = {
  pipeline: PIPELINE,
  stage: 'Approve',
  action: 'Release',
  decision: 'Approved',
  summary: 'Load test passed: p95 212 ms',
  region: 'us-east-1',
};

/** GetPipelineState with the approval action in the given state; PutApprovalResult answers `put`. */
function pipelineWith(release: ActionStateSpec['latest'], put?: () => ReturnType<Handler>): Handler {
  return (operation, body) => {
    if (operation === 'GetPipelineState') {
      if (body.name !== PIPELINE)
        return awsError('PipelineNotFoundException', `no pipeline ${String(body.name)}`);
      return getPipelineStateReply(PIPELINE, [
        {
          name: 'Build',
          executionId: EXECUTION_ID,
          status: 'Succeeded',
          actions: [{ name: 'Compile', latest: { status: 'Succeeded' } }],
        },
        {
          name: 'Approve',
          executionId: release ? EXECUTION_ID : undefined,
          actions: [{ name: 'Release', latest: release }, { name: 'Notes' }],
        },
      ]);
    }
    if (operation === 'PutApprovalResult') return put?.() ?? { body: { approvedAt: 1_718_000_600 } };
    return awsError('UnknownOperationException', operation);
  };
}

const waiting = { status: 'InProgress', token: TOKEN };

async function decide(handler: Handler, request: Partial<ApprovalRequest> = {}) {
  const fake = await serve(handler);
  const result = await decideApproval({ ...REQUEST, ...request }).catch((error: unknown) => error);
  return { result, puts: fake.callsOf('PutApprovalResult') };
}

test('recorded API shapes: approving sends the open approval’s token with the decision and summary', async () => {
  const { result, puts } = await decide(pipelineWith(waiting));
  expect(puts).toEqual([
    {
      pipelineName: PIPELINE,
      stageName: 'Approve',
      actionName: 'Release',
      result: { status: 'Approved', summary: 'Load test passed: p95 212 ms' },
      token: TOKEN,
    },
  ]);
  expect(result).toEqual({
    pipeline: PIPELINE,
    stage: 'Approve',
    action: 'Release',
    decision: 'Approved',
    executionId: EXECUTION_ID,
    decidedAt: new Date(1_718_000_600_000),
  });
  expect(approvalLine(result as never)).toBe(
    `approved pipeline app-release, stage Approve, action Release (execution ${EXECUTION_ID})`,
  );
});

test('recorded API shapes: rejecting sends Rejected', async () => {
  const { result, puts } = await decide(pipelineWith(waiting), {
    decision: 'Rejected',
    summary: 'p95 over budget',
  });
  expect(puts.map((put) => put.result)).toEqual([{ status: 'Rejected', summary: 'p95 over budget' }]);
  expect(approvalLine(result as never)).toMatch(/^rejected pipeline app-release/);
});

test('recorded API shapes: the expected execution must be the one waiting', async () => {
  const { result, puts } = await decide(pipelineWith(waiting), { executionId: 'a-newer-execution' });
  expect(result).toBeInstanceOf(NothingWaitingError);
  expect((result as Error).message).toBe(
    `execution a-newer-execution is not waiting for approval at pipeline "app-release", stage "Approve", action "Release": the approval open there is for execution ${EXECUTION_ID}`,
  );
  expect(puts).toEqual([]);
});

describe('nothing waiting is a failure (exit 1) that says what the action is doing', () => {
  test.each([
    [
      'decided already',
      { status: 'Succeeded', summary: 'Approved by alice' },
      `nothing is waiting for approval at pipeline "app-release", stage "Approve", action "Release": its latest run is Succeeded (execution ${EXECUTION_ID}): Approved by alice`,
    ],
    [
      'not reached yet',
      undefined,
      'nothing is waiting for approval at pipeline "app-release", stage "Approve", action "Release": the action has not run yet',
    ],
    [
      'in progress without a token',
      { status: 'InProgress' },
      'pipeline "app-release", stage "Approve", action "Release" is InProgress but CodePipeline gave no approval token: it is not a manual approval action, or the pipeline runs in PARALLEL execution mode (whose approvals GetPipelineState does not expose); decide it in the console',
    ],
  ])('recorded API shapes: %s', async (_, release, message) => {
    const { result, puts } = await decide(pipelineWith(release));
    expect(result).toBeInstanceOf(NothingWaitingError);
    expect((result as Error).message).toBe(message);
    expect(puts).toEqual([]);
  });

  test('recorded API shapes: decided by someone else in between (ApprovalAlreadyCompletedException)', async () => {
    const { result, puts } = await decide(
      pipelineWith(waiting, () =>
        awsError(
          'ApprovalAlreadyCompletedException',
          'The approval action has already been approved or rejected.',
        ),
      ),
    );
    expect(puts).toHaveLength(1);
    expect(result).toBeInstanceOf(NothingWaitingError);
    expect((result as Error).message).toBe(
      'pipeline "app-release", stage "Approve", action "Release" stopped waiting before the decision arrived (ApprovalAlreadyCompletedException: The approval action has already been approved or rejected.): someone else decided, or the approval expired',
    );
  });
});

describe('names that do not exist are bad input (exit 2)', () => {
  test.each([
    [
      { pipeline: 'app' },
      'pipeline "app" does not exist in us-east-1 (in the account of the current credentials)',
    ],
    [{ stage: 'Aprove' }, 'pipeline "app-release" has no stage "Aprove" (its stages: Build, Approve)'],
    [
      { action: 'Deploy' },
      'stage "Approve" of pipeline "app-release" has no action "Deploy" (its actions: Release, Notes)',
    ],
  ])('recorded API shapes: %j', async (names, problem) => {
    const { result, puts } = await decide(pipelineWith(waiting), names);
    expect(result).toBeInstanceOf(InputError);
    expect((result as InputError).problems).toEqual([problem]);
    expect(puts).toEqual([]);
  });
});
