/**
 * `rampart pipeline approve`: answers a waiting CodePipeline manual approval. The approval's token
 * comes from GetPipelineState; PutApprovalResult needs it, so a decision can only land on the
 * request that is open right now.
 */
import {
  type ActionExecution,
  CodePipelineClient,
  GetPipelineStateCommand,
  type GetPipelineStateOutput,
  PutApprovalResultCommand,
  type StageState,
} from '@aws-sdk/client-codepipeline';
import { createAwsClient } from '../aws/client-factory';
import { InputError } from '../errors';
import { isAwsError, noSuchPipeline } from './layout';
import type { ApprovalResult, Decision } from './types';

export interface ApprovalRequest {
  pipeline: string;
  stage: string;
  action: string;
  decision: Decision;
  summary: string;
  region: string;
  /** Decide only when this pipeline execution is the one waiting. */
  executionId?: string;
}

/** The work ran, but no approval was open where the request pointed (exit 1, not bad input). */
export class NothingWaitingError extends Error {
  override name = 'NothingWaitingError';
}

export async function decideApproval(request: ApprovalRequest): Promise<ApprovalResult> {
  const client = createAwsClient(CodePipelineClient, { region: request.region });
  const stage = findStage(await pipelineState(client, request), request);
  const latest = findAction(stage, request).latestExecution;
  const executionId = stage.latestExecution?.pipelineExecutionId;
  const token = waitingToken(request, latest, executionId);
  try {
    const { approvedAt } = await client.send(
      new PutApprovalResultCommand({
        pipelineName: request.pipeline,
        stageName: request.stage,
        actionName: request.action,
        result: { status: request.decision, summary: request.summary },
        token,
      }),
    );
    const { pipeline, action, decision } = request;
    return { pipeline, stage: request.stage, action, decision, executionId, decidedAt: approvedAt };
  } catch (error) {
    if (isAwsError(error, 'ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException')) {
      throw new NothingWaitingError(
        `${where(request)} stopped waiting before the decision arrived (${error.name}: ${error.message}): someone else decided, or the approval expired`,
      );
    }
    throw error;
  }
}

async function pipelineState(
  client: CodePipelineClient,
  request: ApprovalRequest,
): Promise<GetPipelineStateOutput> {
  try {
    return await client.send(new GetPipelineStateCommand({ name: request.pipeline }));
  } catch (error) {
    if (isAwsError(error, 'PipelineNotFoundException'))
      throw noSuchPipeline(request.pipeline, request.region);
    throw error;
  }
}

function findStage(state: GetPipelineStateOutput, request: ApprovalRequest): StageState {
  const stages = state.stageStates ?? [];
  const stage = stages.find((candidate) => candidate.stageName === request.stage);
  if (!stage) {
    throw new InputError([
      `pipeline "${request.pipeline}" has no stage "${request.stage}" (its stages: ${stages.map((candidate) => candidate.stageName).join(', ')})`,
    ]);
  }
  return stage;
}

function findAction(stage: StageState, request: ApprovalRequest) {
  const actions = stage.actionStates ?? [];
  const action = actions.find((candidate) => candidate.actionName === request.action);
  if (!action) {
    throw new InputError([
      `stage "${request.stage}" of pipeline "${request.pipeline}" has no action "${request.action}" (its actions: ${actions.map((candidate) => candidate.actionName).join(', ')})`,
    ]);
  }
  return action;
}

/** The open approval's token, or why there is nothing to decide. */
function waitingToken(
  request: ApprovalRequest,
  latest: ActionExecution | undefined,
  executionId: string | undefined,
): string {
  if (!latest?.status)
    throw new NothingWaitingError(
      `nothing is waiting for approval at ${where(request)}: the action has not run yet`,
    );
  const state = `its latest run is ${latest.status}${executionId ? ` (execution ${executionId})` : ''}${latest.summary ? `: ${latest.summary}` : ''}`;
  if (latest.status !== 'InProgress') {
    throw new NothingWaitingError(`nothing is waiting for approval at ${where(request)}: ${state}`);
  }
  if (request.executionId && request.executionId !== executionId) {
    throw new NothingWaitingError(
      `execution ${request.executionId} is not waiting for approval at ${where(request)}: the approval open there is for execution ${executionId ?? 'unknown'}`,
    );
  }
  if (!latest.token) {
    throw new NothingWaitingError(
      `${where(request)} is InProgress but CodePipeline gave no approval token: it is not a manual approval action, or the pipeline runs in PARALLEL execution mode (whose approvals GetPipelineState does not expose); decide it in the console`,
    );
  }
  return latest.token;
}

function where(request: ApprovalRequest): string {
  return `pipeline "${request.pipeline}", stage "${request.stage}", action "${request.action}"`;
}
