/** Statuses as CodePipeline names them (ListActionExecutions, GetPipelineExecution). */
export type ActionStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned';
/** A stage's status as Rampart derives it from its actions' latest runs in one execution. */
export type StageStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Stopped';
/** How a followed execution ended; TimedOut when Rampart stopped waiting, not CodePipeline. */
export type FinalStatus = 'Succeeded' | 'Failed' | 'Stopped' | 'Superseded' | 'Cancelled' | 'TimedOut';

/** The pipeline's structure (GetPipeline): the order of stages and actions, and its declared variables. */
export interface PipelineLayout {
  name: string;
  /** V1 or V2; only V2 pipelines take variables. */
  type: string;
  variables: { name: string; defaultValue?: string }[];
  stages: { name: string; actions: { name: string; category: string }[] }[];
}

/** The latest run of one action in one pipeline execution. */
export interface ActionRun {
  stage: string;
  action: string;
  /** Source, Build, Deploy, Test, Invoke or Approval; undefined for an action no longer in the pipeline. */
  category?: string;
  status: ActionStatus;
  /** The provider's summary (output.executionResult.externalExecutionSummary). */
  summary?: string;
  /** output.executionResult.errorDetails. */
  error?: { code?: string; message?: string };
  /** The provider's page for this run, e.g. the CodeBuild build and its logs (externalExecutionUrl). */
  url?: string;
}

export interface StageView {
  name: string;
  /** Undefined while no action of the stage has run in this execution. */
  status?: StageStatus;
  actions: { name: string; category?: string; run?: ActionRun }[];
}

export type RunEvent =
  | { kind: 'started'; pipeline: string; executionId: string }
  | { kind: 'execution'; executionId: string; status: string; summary?: string }
  | { kind: 'stage'; stage: string; status: StageStatus }
  | { kind: 'action'; pipeline: string; run: ActionRun };

export interface RunOutcome {
  pipeline: string;
  executionId: string;
  /** Started: not waited for. */
  status: FinalStatus | 'Started';
  /** GetPipelineExecution's statusSummary, e.g. who stopped it. */
  statusSummary?: string;
  stages: StageView[];
  /** The first failed action in pipeline order. */
  failedAction?: ActionRun;
  /** The actions still in progress when the wait ended. */
  inProgress: ActionRun[];
  /** How long Rampart waited. */
  waitedMs: number;
  timeoutMs?: number;
}

export type Decision = 'Approved' | 'Rejected';

export interface ApprovalResult {
  pipeline: string;
  stage: string;
  action: string;
  decision: Decision;
  /** The pipeline execution the decision was for. */
  executionId?: string;
  decidedAt?: Date;
}
