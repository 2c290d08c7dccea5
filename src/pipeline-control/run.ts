/**
 * `rampart pipeline run`: starts a CodePipeline execution and, when asked, follows it
 * (GetPipelineExecution and every page of ListActionExecutions) until it ends or the wait times out,
 * reporting each stage and action as it changes.
 */
import {
  type ActionExecutionDetail,
  CodePipelineClient,
  GetPipelineExecutionCommand,
  ListActionExecutionsCommand,
  type PipelineVariable,
  StartPipelineExecutionCommand,
} from '@aws-sdk/client-codepipeline';
import { createAwsClient } from '../aws/client-factory';
import { type PollingPolicy, sleep } from '../runtime/polling';
import { InputError } from '../errors';
import { checkVariablesDeclared, isAwsError, noSuchPipeline, pipelineLayout } from './layout';
import { ExecutionProgress } from './progress';
import type { FinalStatus, PipelineLayout, RunEvent, RunOutcome } from './types';

/** Pipelines run for minutes: look every few seconds at first, at most every 30 s while nothing changes. */
export const PIPELINE_POLLING: PollingPolicy = {
  initialDelayMs: 2_000,
  maxDelayMs: 30_000,
  backoffFactor: 1.5,
};
export const DEFAULT_WAIT_TIMEOUT_MS = 60 * 60_000;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const SYSTEM_CLOCK: Clock = { now: Date.now, sleep };

export interface RunRequest {
  pipeline: string;
  region: string;
  variables: PipelineVariable[];
  /** Follow the execution until it ends; otherwise return once it has started. */
  wait: boolean;
  timeoutMs?: number;
  onEvent?: (event: RunEvent) => void;
  /** Replaced in tests. */
  polling?: PollingPolicy;
  clock?: Clock;
}

const TERMINAL: Record<string, FinalStatus> = {
  Succeeded: 'Succeeded',
  Failed: 'Failed',
  Stopped: 'Stopped',
  Superseded: 'Superseded',
  Cancelled: 'Cancelled',
};

export async function runPipeline(request: RunRequest): Promise<RunOutcome> {
  const client = createAwsClient(CodePipelineClient, { region: request.region });
  const layout = await pipelineLayout(client, request.pipeline, request.region);
  checkVariablesDeclared(layout, request.variables);
  const executionId = await startExecution(client, request);
  request.onEvent?.({ kind: 'started', pipeline: layout.name, executionId });
  const progress = new ExecutionProgress(layout);
  if (!request.wait) {
    return {
      pipeline: layout.name,
      executionId,
      status: 'Started',
      stages: progress.stages(),
      inProgress: [],
      waitedMs: 0,
    };
  }
  return followExecution({ client, layout, executionId, progress, request });
}

async function startExecution(client: CodePipelineClient, request: RunRequest): Promise<string> {
  try {
    const { pipelineExecutionId } = await client.send(
      new StartPipelineExecutionCommand({
        name: request.pipeline,
        variables: request.variables.length > 0 ? request.variables : undefined,
      }),
    );
    if (!pipelineExecutionId) throw new Error('StartPipelineExecution returned no pipelineExecutionId');
    return pipelineExecutionId;
  } catch (error) {
    if (isAwsError(error, 'PipelineNotFoundException'))
      throw noSuchPipeline(request.pipeline, request.region);
    if (isAwsError(error, 'ValidationException')) {
      throw new InputError([`pipeline "${request.pipeline}" refused to start: ${error.message}`]);
    }
    throw error;
  }
}

interface Following {
  client: CodePipelineClient;
  layout: PipelineLayout;
  executionId: string;
  progress: ExecutionProgress;
  request: RunRequest;
}

async function followExecution(following: Following): Promise<RunOutcome> {
  const { request } = following;
  const clock = request.clock ?? SYSTEM_CLOCK;
  const polling = request.polling ?? PIPELINE_POLLING;
  const timeoutMs = request.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
  const started = clock.now();
  let delay = polling.initialDelayMs;
  let lastStatus = '';
  for (;;) {
    const execution = await executionStatus(following);
    const events = following.progress.update(await actionExecutions(following));
    if (execution.status !== lastStatus) {
      lastStatus = execution.status;
      events.push({ kind: 'execution', executionId: following.executionId, ...execution });
    }
    for (const event of events) request.onEvent?.(event);
    const final = TERMINAL[execution.status];
    const waitedMs = clock.now() - started;
    if (final) return outcome(following, final, execution.summary, waitedMs);
    const remaining = timeoutMs - waitedMs;
    if (remaining <= 0) return { ...outcome(following, 'TimedOut', execution.summary, waitedMs), timeoutMs };
    // Look again soon after a change: the next action usually follows within seconds.
    delay =
      events.length > 0
        ? polling.initialDelayMs
        : Math.min(polling.maxDelayMs, delay * polling.backoffFactor);
    await clock.sleep(Math.min(delay, remaining));
  }
}

async function executionStatus({ client, layout, executionId }: Following) {
  const { pipelineExecution } = await client.send(
    new GetPipelineExecutionCommand({ pipelineName: layout.name, pipelineExecutionId: executionId }),
  );
  return { status: pipelineExecution?.status ?? 'InProgress', summary: pipelineExecution?.statusSummary };
}

/** Every run of every action of this execution, all pages. */
async function actionExecutions({
  client,
  layout,
  executionId,
}: Following): Promise<ActionExecutionDetail[]> {
  const details: ActionExecutionDetail[] = [];
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListActionExecutionsCommand({
        pipelineName: layout.name,
        filter: { pipelineExecutionId: executionId },
        maxResults: 100,
        nextToken,
      }),
    );
    details.push(...(page.actionExecutionDetails ?? []));
    nextToken = page.nextToken;
  } while (nextToken);
  return details;
}

function outcome(
  { layout, executionId, progress }: Following,
  status: FinalStatus,
  statusSummary: string | undefined,
  waitedMs: number,
): RunOutcome {
  const runs = progress.runsInOrder();
  return {
    pipeline: layout.name,
    executionId,
    status,
    statusSummary,
    stages: progress.stages(),
    failedAction: runs.find((run) => run.status === 'Failed'),
    inProgress: runs.filter((run) => run.status === 'InProgress'),
    waitedMs,
  };
}
