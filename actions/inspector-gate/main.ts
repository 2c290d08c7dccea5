import type { InspectorGateResult } from '../../src/gates/inspector';
import { describeBar, inspectorMarkdown, inspectorText } from '../../src/gates/report';
import { checkInspector, inspectorRequest } from '../../src/gates/requests';
import * as github from '../../src/github/actions-toolkit';
import { runActionMain } from '../../src/github/action-main';

function setOutputs(result: InspectorGateResult): void {
  github.setOutput('passed', String(result.passed));
  github.setOutput('findings', String(result.findings.length));
  github.setOutput('worst-severity', result.worstSeverity ?? '');
}

async function run(): Promise<void> {
  const request = inspectorRequest(
    {
      resources: [github.stringInput('resources') ?? ''],
      severity: github.stringInput('severity'),
      minScore: github.stringInput('min-score'),
    },
    {
      resources: 'input "resources"',
      severity: 'input "severity"',
      minScore: 'input "min-score"',
    },
  );
  const result = await checkInspector(request);
  setOutputs(result);
  await github.writeJobSummary(inspectorMarkdown(result));
  github.info(inspectorText(result));
  for (const finding of result.findings) {
    github.annotate('error', `${finding.title} on ${finding.resource}`, `Inspector ${finding.severity}`);
  }
  if (!result.passed && github.booleanInput('fail-on-findings')) {
    github.setFailed(
      `Amazon Inspector gate failed: ${result.findings.length} active finding(s) ${describeBar(result.bar)}`,
    );
  }
}

runActionMain(run);
