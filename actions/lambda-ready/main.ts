import type { LambdaReadyResult } from '../../src/gates/lambda-ready';
import { lambdaReadyMarkdown, lambdaReadyText, readinessProgressLine } from '../../src/gates/report';
import { checkLambdaReady, lambdaReadyRequest } from '../../src/gates/requests';
import * as github from '../../src/github/actions-toolkit';
import { runActionMain } from '../../src/github/action-main';

function setOutputs(result: LambdaReadyResult): void {
  const notReady = result.functions.filter((fn) => fn.outcome !== 'ready');
  github.setOutput('ready', String(result.ready));
  github.setOutput('states', JSON.stringify(result.functions));
  github.setOutput('not-ready', notReady.map((fn) => fn.function).join(','));
}

async function run(): Promise<void> {
  const request = lambdaReadyRequest(
    {
      functions: [github.stringInput('functions') ?? ''],
      timeout: github.stringInput('timeout'),
      region: github.stringInput('aws-region') ?? process.env.AWS_REGION,
    },
    {
      functions: 'input "functions"',
      timeout: 'input "timeout"',
      region: 'input "aws-region"',
    },
  );
  const result = await checkLambdaReady(request, {
    onChange: (readiness) => github.info(readinessProgressLine(readiness)),
  });
  setOutputs(result);
  await github.writeJobSummary(lambdaReadyMarkdown(result));
  github.info(lambdaReadyText(result));
  if (!result.ready && github.booleanInput('fail-on-not-ready')) {
    const notReady = result.functions.filter((fn) => fn.outcome !== 'ready');
    github.setFailed(`not ready: ${notReady.map((fn) => `${fn.function} (${fn.outcome})`).join(', ')}`);
  }
}

runActionMain(run);
