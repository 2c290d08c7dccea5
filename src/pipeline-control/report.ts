/** Words for people: one log line per event, the outcome, and the job summary's stage/action table. */
import { formatDuration } from '../runtime/duration';
import type { ActionRun, ApprovalResult, RunEvent, RunOutcome } from './types';

export function eventLine(event: RunEvent): string {
  switch (event.kind) {
    case 'started':
      return `pipeline ${event.pipeline}: started execution ${event.executionId}`;
    case 'execution':
      return `execution ${event.executionId}: ${event.status}${event.summary ? ` (${oneLine(event.summary)})` : ''}`;
    case 'stage':
      return `stage ${event.stage}: ${event.status}`;
    case 'action':
      return `  ${actionName(event.run)}: ${event.run.status}${runDetails(event.run)}${approvalHint(event.pipeline, event.run)}`;
  }
}

const actionName = (run: ActionRun) => `${run.stage}/${run.action}`;

function runDetails(run: ActionRun): string {
  const message = errorText(run);
  return `${message ? ` - ${message}` : ''}${run.url ? ` (log: ${run.url})` : ''}`;
}

/** The error's code and message, and the provider's summary when it says more. */
function errorText(run: ActionRun): string | undefined {
  const error = [run.error?.code, run.error?.message].filter(Boolean).join(': ');
  const summary = run.summary && !error.includes(run.summary) ? run.summary : undefined;
  return oneLine([error, summary].filter(Boolean).join('; ')) || undefined;
}

/**
 * Text from providers (a build's error, who stopped an execution) on one line: each event stays one
 * log line, and no line of theirs can start with `::`, which the runner reads as a workflow command.
 */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function approvalHint(pipeline: string, run: ActionRun): string {
  if (run.category !== 'Approval' || run.status !== 'InProgress') return '';
  return ` - waiting for a decision: rampart pipeline approve --name ${pipeline} --stage ${run.stage} --action ${run.action} --decision approve|reject --summary "..."`;
}

/** The outcome in a few lines; the first says how the execution ended. */
export function outcomeText(outcome: RunOutcome): string {
  const head = `pipeline ${outcome.pipeline} execution ${outcome.executionId}`;
  if (outcome.status === 'Started') return `${head}: started (not waiting for it)\n`;
  return `${[`${head}: ${headline(outcome)}`, ...failureDetails(outcome)].join('\n')}\n`;
}

function headline(outcome: RunOutcome): string {
  const after = formatDuration(outcome.waitedMs);
  const reason = outcome.statusSummary ? ` (${oneLine(outcome.statusSummary)})` : '';
  switch (outcome.status) {
    case 'TimedOut':
      return `still running after ${formatDuration(outcome.timeoutMs ?? outcome.waitedMs)}; stopped waiting, the execution goes on in CodePipeline${waitingOn(outcome)}`;
    case 'Superseded':
      return `Superseded after ${after}: a newer execution overtook it${reason}`;
    default:
      return `${outcome.status} after ${after}${reason}`;
  }
}

function waitingOn(outcome: RunOutcome): string {
  if (outcome.inProgress.length === 0) return '';
  const runs = outcome.inProgress.map(
    (run) => `${actionName(run)}${run.category === 'Approval' ? ' (a manual approval)' : ''}`,
  );
  return `; in progress: ${runs.join(', ')}`;
}

function failureDetails(outcome: RunOutcome): string[] {
  const run = outcome.failedAction;
  if (!run) return [];
  const message = errorText(run);
  return [
    `failed action: ${actionName(run)}`,
    ...(message ? [`error: ${message}`] : []),
    ...(run.url ? [`log: ${run.url}`] : []),
  ];
}

/** One line for a failed step: what ended how, and the failing action with its message and log. */
export function failureMessage(outcome: RunOutcome): string {
  const run = outcome.failedAction;
  const action = run ? `; ${actionName(run)} failed${runDetails(run)}` : '';
  return `pipeline ${outcome.pipeline} execution ${outcome.executionId}: ${headline(outcome)}${action}`;
}

export const failedActionName = (outcome: RunOutcome) =>
  outcome.failedAction ? actionName(outcome.failedAction) : '';

const STATUS_ICON: Record<string, string> = {
  Succeeded: '✅',
  Failed: '❌',
  InProgress: '⏳',
  Abandoned: '⏹️',
  Stopped: '⏹️',
  Superseded: '⏭️',
  Cancelled: '⏹️',
  TimedOut: '⏱️',
  Started: '▶️',
};

/** The job summary: how the execution ended, the failing action, and every stage and action. */
export function summaryMarkdown(outcome: RunOutcome): string {
  const rows = outcome.stages.flatMap((stage) =>
    stage.actions.map((action, index) => {
      const run = action.run;
      const status = run ? `${STATUS_ICON[run.status] ?? ''} ${run.status}` : 'not run';
      const details = run
        ? [errorText(run), run.url ? `[log](${run.url})` : ''].filter(Boolean).join(' ')
        : '';
      const stageCell = index > 0 ? '' : `${cell(stage.name)}${stage.status ? ` (${stage.status})` : ''}`;
      return `| ${stageCell} | ${cell(action.name)} | ${status} | ${cell(details)} |`;
    }),
  );
  return [
    `### ${STATUS_ICON[outcome.status] ?? ''} Pipeline \`${outcome.pipeline}\`: ${outcome.status}`,
    '',
    `${cell(outcomeText(outcome).split('\n')[0] ?? '')}`,
    '',
    ...(outcome.failedAction ? [`**${cell(actionName(outcome.failedAction))} failed**`, ''] : []),
    '| Stage | Action | Status | Details |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

/** Text from CodePipeline and its providers, safe inside a Markdown table cell. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
}

export function approvalLine(result: ApprovalResult): string {
  const verb = result.decision === 'Approved' ? 'approved' : 'rejected';
  const execution = result.executionId ? ` (execution ${result.executionId})` : '';
  return `${verb} pipeline ${result.pipeline}, stage ${result.stage}, action ${result.action}${execution}`;
}
