import { isAbsolute, join } from 'node:path';
import { InputError } from '../../src/errors';
import * as github from '../../src/github/actions-toolkit';
import type { EngineName } from '../../src/load-test/engine';
import {
  decidesGate,
  ENGINE_NAMES,
  mergeFromFiles,
  type Outcome,
  runFromFiles,
  wholeNumber,
  writeReportFiles,
} from '../../src/load-test/invoke';
import { markdownReport } from '../../src/load-test/report/markdown';
import { periodicProgress } from '../../src/load-test/report/progress';
import { resultKeyMetrics } from '../../src/load-test/report/summary';
import { verdictText } from '../../src/load-test/report/text';
import { expandPatterns } from '../../src/runtime/globs';
import { runActionMain } from '../../src/github/action-main';
import { parseTimeLimit } from '../../src/runtime/duration';

const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
const inWorkspace = (path: string) => (isAbsolute(path) ? path : join(root, path));
/** A runner's log is read afterwards: a progress line every 10 s is plenty. */
const PROGRESS_EVERY_MS = 10_000;

function engineInput(): EngineName {
  const engine = github.stringInput('engine') ?? 'local';
  if (ENGINE_NAMES.includes(engine as EngineName)) return engine as EngineName;
  throw new InputError([`input "engine" is "${engine}", not one of ${ENGINE_NAMES.join(', ')}`]);
}

function runScenario(): Promise<Outcome> {
  const scenario = github.stringInput('scenario');
  if (!scenario) throw new InputError(['input "scenario" is required with mode "run"']);
  return runFromFiles({
    scenarioFile: inWorkspace(scenario),
    engine: engineInput(),
    shard: github.stringInput('shard'),
    baselineFile: baselineInput(),
    k6: { script: optionalPath(github.stringInput('k6-script')) },
    dlt: {
      endpoint: github.stringInput('dlt-endpoint'),
      region: github.stringInput('dlt-region') ?? process.env.AWS_REGION,
      taskCount: wholeNumber(github.stringInput('dlt-tasks'), 'input "dlt-tasks"'),
    },
    timeoutMs: parseTimeLimit(github.stringInput('timeout') ?? '1h', 'input "timeout"'),
    onStatus: github.info,
    onProgress: periodicProgress(PROGRESS_EVERY_MS, github.info),
  });
}

async function mergeShards(): Promise<Outcome> {
  const patterns = (github.stringInput('results') ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (patterns.length === 0) throw new InputError(['input "results" is required with mode "merge"']);
  const { files, unmatched } = await expandPatterns(patterns, root);
  if (unmatched.length > 0) {
    throw new InputError(unmatched.map((pattern) => `input "results": ${pattern} matches no file`));
  }
  return mergeFromFiles(files.map(inWorkspace), baselineInput());
}

function baselineInput(): string | undefined {
  return optionalPath(github.stringInput('baseline'));
}

function optionalPath(path: string | undefined): string | undefined {
  return path && inWorkspace(path);
}

function setOutputs(outcome: Outcome, resultFile: string): void {
  const metrics = resultKeyMetrics(outcome.result);
  const optional = (value: number | undefined) => (value === undefined ? '' : String(value));
  github.setOutput('passed', String(outcome.verdict.passed));
  github.setOutput('result-file', resultFile);
  github.setOutput('requests', String(metrics.requests));
  github.setOutput('rps', optional(metrics.rps));
  github.setOutput('error-rate', optional(metrics.failedRate));
  github.setOutput('p95-ms', optional(metrics.latencyP95Ms));
  github.setOutput('p99-ms', optional(metrics.latencyP99Ms));
  github.setOutput('aborted', outcome.result.aborted?.threshold ?? '');
}

async function run(): Promise<void> {
  const mode = github.stringInput('mode') ?? 'run';
  if (mode !== 'run' && mode !== 'merge')
    throw new InputError([`input "mode" is "${mode}", not run or merge`]);
  const outcome = mode === 'run' ? await runScenario() : await mergeShards();
  const resultFile = github.stringInput('result-file') ?? 'rampart-load-test.json';
  await writeReportFiles(outcome, {
    out: inWorkspace(resultFile),
    junit: optionalPath(github.stringInput('junit-file')),
    html: optionalPath(github.stringInput('html-file')),
  });
  setOutputs(outcome, resultFile);
  await github.writeJobSummary(markdownReport(outcome.result, outcome.verdict, outcome.baseline));
  github.info(verdictText(outcome.result, outcome.verdict));
  if (!outcome.verdict.passed && decidesGate(outcome) && github.booleanInput('fail-on-threshold')) {
    github.setFailed(failureMessage(outcome));
  }
}

function failureMessage({ verdict }: Outcome): string {
  if (verdict.aborted) return `the load test was aborted: ${verdict.aborted.threshold} failed`;
  const failed = verdict.thresholds.filter((threshold) => !threshold.passed);
  return `load-test gate failed: ${failed.map((threshold) => `${threshold.metric} ${threshold.threshold}`).join(', ')}`;
}

runActionMain(run);
