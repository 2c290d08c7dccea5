import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { runActionMain } from '../../src/github/action-main';
import * as github from '../../src/github/actions-toolkit';
import { readPushEvent } from '../../src/github/event';
import { writeTextAtomically } from '../../src/runtime/files';
import { packageVersion } from '../../src/runtime/install-root';
import { renderReview, reviewSummaryLine } from '../../src/review/report';
import { parseLanguageList, runReview } from '../../src/review/review';
import { FAIL_ON_LEVELS, failingFindings, type FailOn } from '../../src/review/severity';
import type { ReviewResult, RuleMeta, Severity } from '../../src/review/types';
import { oneOf } from '../../src/runtime/choice';

const env = process.env;
const workspace = env.GITHUB_WORKSPACE ?? process.cwd();

const ANNOTATION_LEVEL: Record<Severity, github.AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
};

function choice<T extends string>(input: string, allowed: readonly T[], fallback: T): T {
  return oneOf(`input "${input}"`, github.stringInput(input) ?? fallback, allowed);
}

function annotateFindings(result: ReviewResult): void {
  const rules = new Map<string, RuleMeta>(result.rules.map((rule) => [rule.id, rule]));
  for (const finding of result.findings) {
    const rule = rules.get(finding.ruleId);
    github.annotate(
      ANNOTATION_LEVEL[finding.severity],
      rule ? `${finding.message}\n\nFix: ${rule.remediation}` : finding.message,
      `${rule?.title ?? finding.ruleId} (${finding.ruleId})`,
      { file: finding.path, startLine: finding.loc.line, endLine: finding.loc.endLine },
    );
  }
}

async function run(): Promise<void> {
  const event = readPushEvent(
    env.GITHUB_EVENT_NAME,
    env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {},
  );
  const isPullRequest = env.GITHUB_EVENT_NAME?.startsWith('pull_request') === true;
  const failOn = choice<FailOn>('fail-on', FAIL_ON_LEVELS, 'high');
  const baseline = github.stringInput('baseline');
  const result = await runReview({
    root: resolve(workspace, github.stringInput('path') ?? '.'),
    mode: choice('mode', ['full', 'diff'] as const, isPullRequest ? 'diff' : 'full'),
    base: github.stringInput('base') ?? (isPullRequest && event.range ? event.range.base : 'origin/main'),
    languages: parseLanguageList(github.stringInput('languages'), 'input "languages"'),
    baselineFile: baseline ? resolve(workspace, baseline) : undefined,
    engine: 'rampart',
  });
  const sarifFile = github.stringInput('sarif-file') ?? 'rampart-review.sarif';
  await writeTextAtomically(
    isAbsolute(sarifFile) ? sarifFile : join(workspace, sarifFile),
    renderReview(result, 'sarif', packageVersion()),
  );
  if (github.booleanInput('annotations')) annotateFindings(result);
  for (const problem of [...result.skipped.map((file) => file.reason), ...result.warnings])
    github.warning(problem);
  const failing = failingFindings(result, failOn);
  github.setOutput('findings', result.findings.length);
  github.setOutput('failing', failing.length);
  github.setOutput('sarif-file', sarifFile);
  await github.writeJobSummary(renderReview(result, 'markdown', packageVersion()));
  github.info(reviewSummaryLine(result));
  if (result.skipped.length > 0)
    github.setFailed(`${result.skipped.length} file(s) could not be parsed: see the warnings`);
  else if (failing.length > 0) github.setFailed(`${failing.length} finding(s) at or above ${failOn}`);
}

runActionMain(run);
