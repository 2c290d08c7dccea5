import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { InputError } from '../../src/errors';
import * as github from '../../src/github/actions-toolkit';
import { type PushEvent, readPushEvent } from '../../src/github/event';
import { writeTextAtomically } from '../../src/runtime/files';
import { packageVersion } from '../../src/runtime/install-root';
import { loadBaseline } from '../../src/secrets/baseline';
import { loadSecretsConfig } from '../../src/secrets/config';
import {
  type RemediationInputs,
  resolvePushContext,
  resolveRemediationOptions,
} from '../../src/secrets/remediate/inputs';
import { remediate, remediationSteps } from '../../src/secrets/remediate/remediate';
import type { StepResult } from '../../src/secrets/remediate/types';
import { renderReport, summaryLine } from '../../src/secrets/report';
import { parseRange, type ScanResult, type ScanTarget, scanForSecrets } from '../../src/secrets/scan';
import { runActionMain } from '../../src/github/action-main';
import { markdownTable } from '../../src/runtime/markdown';

const env = process.env;
const root = env.GITHUB_WORKSPACE ?? process.cwd();

function target(event: PushEvent): ScanTarget {
  const path = github.stringInput('path');
  const range = github.stringInput('range');
  if (path && range) throw new InputError(['give input "range" or input "path", not both']);
  if (path) return { kind: 'path', path: isAbsolute(path) ? path : join(root, path) };
  if (range) return parseRange(range, 'input "range"');
  return event.range ? { kind: 'range', ...event.range } : { kind: 'path', path: root };
}

function remediationInputs(): RemediationInputs {
  return {
    notifyIssues: github.booleanInput('notify-issues'),
    githubToken: github.stringInput('github-token'),
    githubApiUrl: env.GITHUB_API_URL,
    snsTopicArn: github.stringInput('sns-topic-arn'),
    slackWebhookUrl: github.stringInput('slack-webhook-url'),
    deactivateAwsKeys: github.booleanInput('deactivate-aws-keys'),
    region: github.stringInput('aws-region') ?? env.AWS_REGION ?? 'us-east-1',
    lock: github.stringInput('lock'),
    reset: github.booleanInput('reset'),
    allowHistoryRewrite: github.booleanInput('allow-history-rewrite'),
    allowDefaultBranch: github.booleanInput('allow-default-branch'),
    remediationIdentity: github.stringInput('remediation-identity'),
    root,
  };
}

const INPUT_NAMES: Record<keyof RemediationInputs, string> = {
  notifyIssues: 'input "notify-issues"',
  githubToken: 'input "github-token"',
  githubApiUrl: 'GITHUB_API_URL',
  snsTopicArn: 'input "sns-topic-arn"',
  slackWebhookUrl: 'input "slack-webhook-url"',
  deactivateAwsKeys: 'input "deactivate-aws-keys"',
  region: 'input "aws-region"',
  lock: 'input "lock"',
  reset: 'input "reset"',
  allowHistoryRewrite: 'input "allow-history-rewrite"',
  allowDefaultBranch: 'input "allow-default-branch"',
  remediationIdentity: 'input "remediation-identity"',
  root: 'GITHUB_WORKSPACE',
};

async function report(result: ScanResult, rules: Parameters<typeof renderReport>[2]): Promise<string> {
  for (const finding of result.findings) {
    github.annotate(
      'error',
      `${finding.description}: ${finding.preview}. Revoke it and replace it.`,
      `Secret: ${finding.ruleId}`,
      {
        file: finding.path,
        startLine: finding.line,
        startColumn: finding.column,
      },
    );
  }
  const sarifFile = github.stringInput('sarif-file') ?? 'rampart-secrets.sarif';
  await writeTextAtomically(
    isAbsolute(sarifFile) ? sarifFile : join(root, sarifFile),
    renderReport(result, 'sarif', rules, packageVersion()),
  );
  github.setOutput('findings', result.findings.length);
  github.setOutput('fingerprints', result.findings.map((finding) => finding.fingerprint).join(','));
  github.setOutput('sarif-file', sarifFile);
  return renderReport(result, 'markdown', rules, packageVersion());
}

function remediationMarkdown(results: StepResult[]): string {
  if (results.length === 0) return '';
  const table = markdownTable({
    header: ['step', 'status', 'detail'],
    rows: results.map((result) => [result.step, result.status, result.detail]),
  });
  return ['', '#### Remediation', '', table, ''].join('\n');
}

async function run(): Promise<void> {
  const options = resolveRemediationOptions(remediationInputs(), (input) => INPUT_NAMES[input]);
  const event = readPushEvent(
    env.GITHUB_EVENT_NAME,
    env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {},
  );
  const scanTarget = target(event);
  const [config, baseline] = await Promise.all([
    loadSecretsConfig(github.stringInput('config'), root),
    github.stringInput('baseline')
      ? loadBaseline(join(root, github.stringInput('baseline') ?? ''))
      : undefined,
  ]);
  const result = await scanForSecrets({ target: scanTarget, root, config, baseline });
  // Before anything is logged: the runner masks these wherever they would appear.
  for (const secret of result.secretsToMask) github.maskSecret(secret);
  for (const note of result.notes) github.info(`note: ${note}`);
  const markdown = await report(result, config.rules);
  const push = await resolvePushContext(
    {
      repository: event.repository ?? env.GITHUB_REPOSITORY,
      branch: event.branch ?? env.GITHUB_HEAD_REF ?? env.GITHUB_REF_NAME,
      base: scanTarget.kind === 'range' ? scanTarget.base : undefined,
      head: scanTarget.kind === 'range' ? scanTarget.head : undefined,
      pusher: event.pusher ?? env.GITHUB_ACTOR,
      defaultBranch: event.defaultBranch,
      runUrl: env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    },
    root,
  );
  const steps = await remediate(
    { push, findings: result.findings, accessKeyIds: result.accessKeyIds },
    remediationSteps(options),
  );
  for (const step of steps) github.info(`${step.step}: ${step.status}: ${step.detail}`);
  github.setOutput('remediation', JSON.stringify(steps));
  await github.writeJobSummary(markdown + remediationMarkdown(steps));
  github.info(summaryLine(result));
  const failedSteps = steps.filter((step) => step.status === 'failed');
  if (result.findings.length > 0 && github.booleanInput('fail-on-findings'))
    github.setFailed(summaryLine(result));
  else if (failedSteps.length > 0)
    github.setFailed(`remediation failed: ${failedSteps.map((step) => step.step).join(', ')}`);
}

runActionMain(run);
