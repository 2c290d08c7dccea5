import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors';
import { writeJsonAtomically, writeTextAtomically } from '../runtime/files';
import { INSTALL_ROOT } from '../runtime/install-root';
import type { EngineName } from './engine';
import { loadScenario } from './load-scenario';
import { runDlt } from './dlt/run-dlt';
import { runK6 } from './k6/run-k6';
import { runLocal } from './local/run-local';
import { htmlReport } from './report/html';
import { junitReport } from './report/junit';
import { markdownReport } from './report/markdown';
import { judge, type LoadTestResult, loadResult, mergeResults, type Verdict } from './result';
import { type Engine, type LoadTestRun, runLoadTest } from './run';
import type { Scenario } from './scenario';
import type { Share } from './schedule';

/**
 * What the adapters (CLI, action) share: files in, files out. The core (run.ts, result.ts) takes
 * and returns typed values; this turns the user's file names and choices into them.
 */
export const ENGINE_NAMES: EngineName[] = ['local', 'k6', 'dlt'];

export interface RunRequest extends Pick<LoadTestRun, 'signal' | 'onProgress' | 'onStatus'> {
  scenarioFile: string;
  engine: EngineName;
  /** As written: `2/8` (1-based). */
  shard?: string;
  baselineFile?: string;
  /** Worker threads of the local engine (default: one per core). */
  threads?: number;
  /** The k6 engine's binary (default: k6 on PATH) and the user's own script (default: generated). */
  k6?: { path?: string; script?: string };
  /** The DLT engine: the stack's API endpoint, its region, the tasks that share the load. */
  dlt?: { endpoint?: string; region?: string; taskCount?: number };
  /** Longest a remote test (dlt) may take, start-up included, before it is cancelled. */
  timeoutMs?: number;
}

export interface Outcome {
  result: LoadTestResult;
  verdict: Verdict;
  baseline?: LoadTestResult;
}

/**
 * Whether this outcome is the gate's decision. One shard of several is not: its counts and rates are
 * a part of the whole, so only the merge of all shards is judged (the step or command still reports).
 */
export function decidesGate(outcome: Outcome): boolean {
  return (outcome.result.shard?.count ?? 1) === 1;
}

export async function runFromFiles(request: RunRequest): Promise<Outcome> {
  const [scenario, baseline] = await Promise.all([
    loadScenario(request.scenarioFile),
    request.baselineFile ? loadResult(request.baselineFile) : undefined,
  ]);
  const { result, verdict } = await runLoadTest({
    scenario,
    engine: { name: request.engine, run: engineFor(request, scenario) },
    shard: request.shard ? parseShard(request.shard) : undefined,
    baseline,
    preflight: request.engine !== 'dlt',
    signal: request.signal,
    onProgress: request.onProgress,
    onStatus: request.onStatus,
  });
  return { result, verdict, baseline };
}

export async function mergeFromFiles(files: string[], baselineFile?: string): Promise<Outcome> {
  if (files.length === 0) throw new InputError(['nothing to merge: give the result files of the shards']);
  const [baseline, ...shards] = await Promise.all([
    baselineFile ? loadResult(baselineFile) : undefined,
    ...files.map((file) => loadResult(file)),
  ]);
  const result = mergeResults(shards as LoadTestResult[]);
  return { result, verdict: judge(result, baseline), baseline };
}

function engineFor(request: RunRequest, scenario: Scenario): Engine {
  const workerScript = join(INSTALL_ROOT, 'dist', 'load-test-worker', 'index.js');
  switch (request.engine) {
    case 'local':
      return (options) =>
        runLocal({
          ...options,
          threads: request.threads,
          workerScript: existsSync(workerScript) ? workerScript : undefined,
        });
    case 'k6':
      return (options) =>
        withTemporaryDirectory((workDir) =>
          runK6({ ...options, workDir, k6Path: request.k6?.path, script: request.k6?.script }),
        );
    case 'dlt':
      return dltEngine(request, scenario);
    default:
      throw new InputError([`engine "${request.engine}" is not one of ${ENGINE_NAMES.join(', ')}`]);
  }
}

const DEFAULT_DLT_TIMEOUT_MS = 60 * 60_000;

function dltEngine(request: RunRequest, scenario: Scenario): Engine {
  const { region, taskCount } = request.dlt ?? {};
  const endpoint = request.dlt?.endpoint ?? scenario.dltEndpoint;
  const problems = [
    ...(endpoint ? [] : ["engine dlt needs the DLT stack's API endpoint (its DLTApiEndpoint output)"]),
    ...(region ? [] : ["engine dlt needs the DLT stack's region (or AWS_REGION)"]),
  ];
  if (problems.length > 0 || !endpoint || !region) throw new InputError(problems);
  return (options) =>
    runDlt({
      ...options,
      endpoint,
      region,
      taskCount,
      timeoutMs: request.timeoutMs ?? DEFAULT_DLT_TIMEOUT_MS,
    });
}

async function withTemporaryDirectory<T>(work: (directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'rampart-load-test-'));
  try {
    return await work(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A count of at least 1 as the user wrote it (`what` names the flag or input); undefined when not given. */
export function wholeNumber(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const number = Number(text);
  if (!Number.isInteger(number) || number < 1) {
    throw new InputError([`${what} "${text}" must be a whole number of at least 1`]);
  }
  return number;
}

/** `I/N`, 1-based as users count shards (a matrix index + 1); 0-based inside. */
export function parseShard(text: string): Share {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new InputError([`shard "${text}" must be I/N with 1 <= I <= N, e.g. 2/8 for the second of eight`]);
  }
  return { index: index - 1, count };
}

export interface ReportFiles {
  /** The result: measurements with histograms and the per-second timeline, for merge and baselines. */
  out?: string;
  junit?: string;
  html?: string;
  markdown?: string;
}

export async function writeReportFiles(outcome: Outcome, files: ReportFiles): Promise<void> {
  const { result, verdict, baseline } = outcome;
  await Promise.all([
    files.out && writeJsonAtomically(files.out, result),
    files.junit && writeTextAtomically(files.junit, junitReport(result, verdict)),
    files.html && writeTextAtomically(files.html, htmlReport(result, verdict, baseline)),
    files.markdown && writeTextAtomically(files.markdown, markdownReport(result, verdict, baseline)),
  ]);
}
