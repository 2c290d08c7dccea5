import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { InputError } from '../../errors';
import { EngineFailure, type EngineRun, type EngineRunOptions } from '../engine';
import type { Measurements } from '../metrics';
import type { Share } from '../schedule';
import type { Threshold } from '../thresholds';
import { readK6Points } from './points';
import { k6Script } from './script';

export interface K6EngineOptions {
  /** The k6 binary; by default `k6` found on PATH. */
  k6Path?: string;
  /** A k6 script of the user's own, run as it is; by default one is generated from the scenario. */
  script?: string;
  /** Where the generated script and k6's output files go. */
  workDir: string;
}

/** k6's exit code when thresholds were crossed (at the end, or early by abortOnFail). */
const THRESHOLDS_CROSSED = 99;
const STDERR_LINES_REPORTED = 10;
/** k6's exit codes that point at the script or its options. */
const EXIT_REASONS: Record<number, string> = {
  104: 'its options are invalid',
  107: 'the script threw an exception',
  108: 'the script aborted the test',
};
/** After SIGINT k6 stops gracefully (in-flight iterations, summary); past this it is killed. */
const STOP_GRACE_MS = 30_000;
const K6_BINARY = process.platform === 'win32' ? 'k6.exe' : 'k6';
const K6_MISSING =
  'k6 is not on PATH: install it (GitHub Actions: the grafana/setup-k6-action step; CodeBuild: build it with pipelines/buildspecs/k6-build.yml), or run with --engine local';

/**
 * The k6 engine: runs the scenario's generated script (or the user's own) with the k6 binary, this
 * shard's part of the load given as k6 execution segments. The measurements are every request k6
 * wrote to its JSON output, so that shards merge exactly; k6 itself only stops the run early on an
 * abortOnFail threshold.
 */
export async function runK6(options: EngineRunOptions & K6EngineOptions): Promise<EngineRun> {
  const k6 = await findK6(options.k6Path);
  const ownScript = options.script ? await userScript(options.script) : undefined;
  await mkdir(options.workDir, { recursive: true });
  const files = {
    points: join(options.workDir, 'points.json'),
    summary: join(options.workDir, 'summary.json'),
  };
  await Promise.all([rm(files.points, { force: true }), rm(files.summary, { force: true })]);
  const scriptFile = ownScript ?? (await writeGeneratedScript(options));
  const exit = await runProcess(k6, k6RunArguments(scriptFile, files, options.share), options);
  const stopped = options.signal?.aborted ?? false;
  if (exit.code !== 0 && exit.code !== THRESHOLDS_CROSSED && !stopped)
    throw new EngineFailure(describeExit(exit));
  const measurements = await readPoints(files.points);
  options.onSnapshot?.(measurements, measurements.durationMs);
  const threshold =
    exit.code === THRESHOLDS_CROSSED
      ? await abortedBy(files.summary, options.scenario.thresholds)
      : undefined;
  return threshold
    ? { measurements, aborted: { threshold, atMs: Math.round(measurements.durationMs) } }
    : { measurements };
}

function k6RunArguments(script: string, files: { points: string; summary: string }, share: Share): string[] {
  return [
    'run',
    '--quiet',
    '--no-color',
    '--out',
    `json=${files.points}`,
    `--summary-export=${files.summary}`,
    ...executionSegmentArguments(share),
    script,
  ];
}

/**
 * Shard `index` of `count` as k6's execution segment in a sequence of equal segments. With equal
 * segments k6 gives segment i the i-th, (i+count)-th, … virtual user and arrival, so each shard gets
 * the rate divided by count and the VUs split as Rampart's local engine splits them (the first shards
 * take the remainder).
 */
export function executionSegmentArguments(share: Share): string[] {
  if (share.count <= 1) return [];
  const boundary = (at: number) => (at === 0 ? '0' : at === share.count ? '1' : `${at}/${share.count}`);
  const sequence = Array.from({ length: share.count + 1 }, (_, at) => boundary(at));
  return [
    '--execution-segment',
    `${boundary(share.index)}:${boundary(share.index + 1)}`,
    '--execution-segment-sequence',
    sequence.join(','),
  ];
}

async function findK6(k6Path: string | undefined): Promise<string> {
  if (k6Path) {
    if (await isExecutableFile(k6Path)) return resolve(k6Path);
    throw new InputError([`k6 binary ${k6Path} is missing or not executable: give the path of a k6 binary`]);
  }
  for (const directory of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(directory, K6_BINARY);
    if (await isExecutableFile(candidate)) return candidate;
  }
  throw new InputError([K6_MISSING]);
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function userScript(script: string): Promise<string> {
  if (!(await stat(script).catch(() => undefined))?.isFile()) {
    throw new InputError([`k6 script ${script} does not exist: give the path of a k6 test script`]);
  }
  return resolve(script);
}

async function writeGeneratedScript(options: EngineRunOptions & K6EngineOptions): Promise<string> {
  const file = join(options.workDir, 'script.js');
  await writeFile(file, k6Script(options.scenario));
  return file;
}

async function readPoints(file: string): Promise<Measurements> {
  if (!(await stat(file).catch(() => undefined))) {
    throw new EngineFailure(`k6 wrote no results (${file} is missing): see k6's messages above`);
  }
  return readK6Points(file);
}

// --- The k6 process

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  lastErrors: string[];
}

function runProcess(command: string, args: string[], options: EngineRunOptions): Promise<Exit> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const lastErrors: string[] = [];
    forwardLines(child.stdout, (line) => options.onStatus?.(line));
    forwardLines(child.stderr, (line) => {
      options.onStatus?.(line);
      lastErrors.push(line);
      if (lastErrors.length > STDERR_LINES_REPORTED) lastErrors.shift();
    });
    const stopper = gracefulStopper(child);
    const stop = () => stopper.stop();
    options.signal?.addEventListener('abort', stop, { once: true });
    if (options.signal?.aborted) stop();
    const settle = () => {
      stopper.cancel();
      options.signal?.removeEventListener('abort', stop);
    };
    child.once('error', (error) => {
      settle();
      reject(new EngineFailure(`k6 could not be started (${command}): ${error.message}`));
    });
    child.once('close', (code, signal) => {
      settle();
      resolveExit({ code, signal, lastErrors });
    });
  });
}

function forwardLines(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim() !== '') onLine(line);
  });
}

/** SIGINT first, as Ctrl-C: k6 stops the iterations and still writes its output; SIGKILL if it hangs. */
function gracefulStopper(child: ChildProcess): { stop(): void; cancel(): void } {
  let deadline: NodeJS.Timeout | undefined;
  return {
    stop() {
      if (deadline) return;
      child.kill('SIGINT');
      deadline = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      deadline.unref();
    },
    cancel() {
      clearTimeout(deadline);
    },
  };
}

function describeExit(exit: Exit): string {
  const reason = exit.code === null ? undefined : EXIT_REASONS[exit.code];
  const how =
    exit.code === null
      ? `was stopped by ${exit.signal}`
      : `exited with code ${exit.code}${reason ? ` (${reason})` : ''}`;
  const messages =
    exit.lastErrors.length > 0 ? `:\n${exit.lastErrors.join('\n')}` : ' (it printed no errors)';
  return `k6 ${how}${messages}`;
}

// --- Which abortOnFail threshold stopped the run

async function abortedBy(summaryFile: string, thresholds: Threshold[]): Promise<string | undefined> {
  const text = await readFile(summaryFile, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return failedAbortThreshold(JSON.parse(text), thresholds);
  } catch {
    return undefined;
  }
}

/**
 * The first abortOnFail threshold the summary (`--summary-export`) says failed, as `metric source`.
 * The export gives each threshold of a metric as `"p(95)<500": true` when it FAILED (k6 keeps that
 * inverted boolean for compatibility); a summary in handleSummary's shape gives `{ "ok": false }`.
 */
export function failedAbortThreshold(summary: unknown, thresholds: Threshold[]): string | undefined {
  const metrics = (summary as { metrics?: Record<string, { thresholds?: Record<string, unknown> }> } | null)
    ?.metrics;
  const failed = thresholds.find((threshold) => {
    if (!threshold.abortOnFail) return false;
    const verdict = metrics?.[threshold.metric]?.thresholds?.[threshold.source];
    return typeof verdict === 'boolean' ? verdict : (verdict as { ok?: unknown } | undefined)?.ok === false;
  });
  return failed && `${failed.metric} ${failed.source}`;
}
