import * as github from '../../src/github/actions-toolkit';
import { parseVariables, regionOf, resourceName } from '../../src/pipeline-control/inputs';
import { parseTimeLimit } from '../../src/runtime/duration';
import {
  eventLine,
  failedActionName,
  failureMessage,
  outcomeText,
  summaryMarkdown,
} from '../../src/pipeline-control/report';
import { runPipeline } from '../../src/pipeline-control/run';
import type { RunOutcome } from '../../src/pipeline-control/types';
import { runActionMain } from '../../src/github/action-main';

function runRequest() {
  return {
    pipeline: resourceName(github.requiredInput('name'), 'input "name"'),
    region: regionOf(github.stringInput('region'), 'input "region"', process.env),
    variables: parseVariables([github.stringInput('variables') ?? ''], 'input "variables"'),
    wait: github.booleanInput('wait'),
    timeoutMs: parseTimeLimit(github.stringInput('timeout') ?? '60m', 'input "timeout"'),
  };
}

function setOutputs(outcome: RunOutcome): void {
  github.setOutput('status', outcome.status);
  github.setOutput('failed-action', failedActionName(outcome));
}

async function run(): Promise<void> {
  const outcome = await runPipeline({
    ...runRequest(),
    onEvent: (event) => {
      if (event.kind === 'started') github.setOutput('execution-id', event.executionId);
      github.info(eventLine(event));
    },
  });
  setOutputs(outcome);
  github.info(outcomeText(outcome));
  await github.writeJobSummary(summaryMarkdown(outcome));
  if (outcome.status !== 'Succeeded' && outcome.status !== 'Started')
    github.setFailed(failureMessage(outcome));
}

runActionMain(run);
