import * as github from '../../src/github/actions-toolkit';
import { decideApproval } from '../../src/pipeline-control/approve';
import { approvalSummary, parseDecision, regionOf, resourceName } from '../../src/pipeline-control/inputs';
import { approvalLine } from '../../src/pipeline-control/report';
import type { Decision } from '../../src/pipeline-control/types';
import { detectRunContext } from '../../src/runtime/run-context';
import { runActionMain } from '../../src/github/action-main';

/** Who decided from where, for the approval's history in CodePipeline. */
function defaultSummary(decision: Decision): string {
  const run = detectRunContext();
  return `${decision} by ${run.actor} from GitHub Actions, ${run.repository} run ${run.runId}`;
}

function approvalRequest() {
  const decision = parseDecision(github.stringInput('decision') ?? 'approve', 'input "decision"');
  return {
    pipeline: resourceName(github.requiredInput('name'), 'input "name"'),
    stage: resourceName(github.requiredInput('stage'), 'input "stage"'),
    action: resourceName(github.requiredInput('action'), 'input "action"'),
    decision,
    summary: approvalSummary(github.stringInput('summary') ?? defaultSummary(decision), 'input "summary"'),
    executionId: github.stringInput('execution-id'),
    region: regionOf(github.stringInput('region'), 'input "region"', process.env),
  };
}

async function run(): Promise<void> {
  const result = await decideApproval(approvalRequest());
  github.setOutput('decision', result.decision);
  github.setOutput('execution-id', result.executionId ?? '');
  github.info(approvalLine(result));
  await github.writeJobSummary(
    `### ${result.decision === 'Approved' ? '✅' : '🚫'} ${approvalLine(result)}\n`,
  );
}

runActionMain(run);
