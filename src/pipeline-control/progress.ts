/**
 * What changed in one pipeline execution between two looks: ListActionExecutions lists every run
 * of every action (a retried action has several); the latest run per action decides its status, and
 * the stage's status follows from its actions'.
 */
import type { ActionExecutionDetail } from '@aws-sdk/client-codepipeline';
import type { ActionRun, ActionStatus, PipelineLayout, RunEvent, StageStatus, StageView } from './types';

const key = (stage: string, action: string) => `${stage}\u0000${action}`;

export class ExecutionProgress {
  private readonly runs = new Map<string, ActionRun>();
  private readonly stageStatuses = new Map<string, StageStatus>();

  constructor(private readonly layout: PipelineLayout) {}

  /** Takes the execution's action runs as listed now; returns the changes, stages after their actions. */
  update(details: ActionExecutionDetail[]): RunEvent[] {
    const events: RunEvent[] = [];
    for (const run of latestRuns(details, this.layout)) {
      const before = this.runs.get(key(run.stage, run.action));
      this.runs.set(key(run.stage, run.action), run);
      if (before?.status !== run.status) events.push({ kind: 'action', pipeline: this.layout.name, run });
    }
    for (const stage of this.stages()) {
      if (stage.status === undefined || this.stageStatuses.get(stage.name) === stage.status) continue;
      this.stageStatuses.set(stage.name, stage.status);
      events.push({ kind: 'stage', stage: stage.name, status: stage.status });
    }
    return events;
  }

  /** Every stage and action of the pipeline in order, with their runs; actions no longer declared last. */
  stages(): StageView[] {
    const declared = this.layout.stages.map((stage) => ({
      name: stage.name,
      actions: stage.actions.map((action) => ({
        name: action.name,
        category: action.category,
        run: this.runs.get(key(stage.name, action.name)),
      })),
    }));
    for (const run of this.runs.values()) {
      let stage = declared.find((candidate) => candidate.name === run.stage);
      if (!stage) declared.push((stage = { name: run.stage, actions: [] }));
      if (!stage.actions.some((action) => action.name === run.action)) {
        stage.actions.push({ name: run.action, category: run.category ?? '', run });
      }
    }
    return declared.map((stage) => ({ ...stage, status: stageStatus(stage.actions) }));
  }

  runsInOrder(): ActionRun[] {
    return this.stages().flatMap((stage) => stage.actions.flatMap((action) => action.run ?? []));
  }
}

function latestRuns(details: ActionExecutionDetail[], layout: PipelineLayout): ActionRun[] {
  const latest = new Map<string, ActionExecutionDetail>();
  for (const detail of details) {
    if (!detail.stageName || !detail.actionName || !detail.status) continue;
    const id = key(detail.stageName, detail.actionName);
    const current = latest.get(id);
    if (!current || startOf(detail) >= startOf(current)) latest.set(id, detail);
  }
  return [...latest.values()].map((detail) => actionRun(detail, layout));
}

const startOf = (detail: ActionExecutionDetail) => detail.startTime?.getTime() ?? 0;

function actionRun(detail: ActionExecutionDetail, layout: PipelineLayout): ActionRun {
  const stage = detail.stageName ?? '';
  const action = detail.actionName ?? '';
  const result = detail.output?.executionResult;
  const error = result?.errorDetails;
  return {
    stage,
    action,
    category: layout.stages
      .find((candidate) => candidate.name === stage)
      ?.actions.find((candidate) => candidate.name === action)?.category,
    status: detail.status as ActionStatus,
    summary: result?.externalExecutionSummary || undefined,
    error: error?.code || error?.message ? { code: error.code, message: error.message } : undefined,
    url: result?.externalExecutionUrl || undefined,
  };
}

function stageStatus(actions: StageView['actions']): StageStatus | undefined {
  const statuses = actions.map((action) => action.run?.status);
  if (statuses.every((status) => status === undefined)) return undefined;
  if (statuses.includes('InProgress')) return 'InProgress';
  if (statuses.includes('Failed')) return 'Failed';
  if (statuses.includes('Abandoned')) return 'Stopped';
  return statuses.every((status) => status === 'Succeeded') ? 'Succeeded' : 'InProgress';
}
