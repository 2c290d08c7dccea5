/**
 * `npm run bench:review`: the security review's accuracy and speed. Prints markdown tables.
 *
 * 1. Accuracy: the labelled corpus of test/fixtures/review (see bench/review-accuracy.ts), and the
 *    held-out ones of test/fixtures/review-holdout*: per rule, the true-positive rate, the
 *    false-positive rate and their difference.
 * 2. Speed: generated codebases (bench/review-codebase.ts) of 50k, 100k and 200k lines in a mix of
 *    Java, Python, JavaScript and TypeScript, and 200k lines of Java alone, reviewed by the bundled
 *    CLI (dist/cli/index.js) pinned to one CPU core, timed with `/usr/bin/time -v` (wall time, CPU
 *    time, peak RSS), median of BENCH_RUNS runs. Lines per second are given for the whole command,
 *    and without its start-up (a review of an empty folder), which would otherwise hide how the
 *    time grows with the code.
 *
 * Options (environment): BENCH_RUNS (3), BENCH_REVIEW_KLINES (50,100,200).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { markdownTable } from '../src/runtime/markdown';
import { accuracyMarkdown, accuracyTable, CORPORA, evaluateCorpus } from './review-accuracy';
import { type CodebaseMix, JAVA_ONLY, MIXED, writeCodebase } from './review-codebase';
import { type Measured, median, requireGnuTime, timed } from './stats';

const SEED = 20261124;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KLINES = (process.env.BENCH_REVIEW_KLINES ?? '50,100,200').split(',').map(Number);
const RAMPART_CLI = join(__dirname, '..', 'dist', 'cli', 'index.js');
const CORE = 0;

const print = (text = '') => process.stdout.write(`${text}\n`);
const log = (text: string) => process.stderr.write(`${text}\n`);

interface SpeedRow {
  label: string;
  lines: number;
  findings: number;
  runs: Measured[];
}

async function reviewTimed(dir: string, work: string): Promise<{ measured: Measured; findings: number }> {
  const report = join(work, 'review.json');
  const args = [
    RAMPART_CLI,
    'review',
    '--path',
    dir,
    '--format',
    'json',
    '--output',
    report,
    '--fail-on',
    'none',
  ];
  const measured = await timed(args, work, CORE);
  const result = JSON.parse(readFileSync(report, 'utf8')) as { findings: unknown[] };
  return { measured, findings: result.findings.length };
}

async function speedRow(label: string, klines: number, mix: CodebaseMix, work: string): Promise<SpeedRow> {
  const dir = join(work, `${label}-${klines}k`);
  const written = writeCodebase(dir, klines * 1000, mix, SEED);
  const lines = Object.values(written).reduce((sum, count) => sum + count, 0);
  const row: SpeedRow = { label, lines, findings: 0, runs: [] };
  for (let run = 0; run < RUNS; run++) {
    const { measured, findings } = await reviewTimed(dir, work);
    row.runs.push(measured);
    row.findings = findings;
    log(`${label} ${lines} lines: run ${run + 1}/${RUNS} ${measured.seconds.toFixed(2)} s`);
  }
  rmSync(dir, { recursive: true, force: true });
  return row;
}

/** The CLI's fixed cost: Node.js, the bundle and the parsers' WebAssembly, on an empty folder. */
async function startupSeconds(work: string): Promise<number> {
  const empty = join(work, 'empty');
  mkdirSync(empty);
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) runs.push((await reviewTimed(empty, work)).measured.seconds);
  return median(runs);
}

const perSecond = (lines: number, seconds: number) => Math.round(lines / seconds).toLocaleString('en-US');

function speedMarkdown(rows: SpeedRow[], startup: number): string {
  return markdownTable({
    header: [
      'codebase',
      'lines',
      'findings',
      'wall time',
      'lines/s',
      'lines/s after start-up',
      'CPU time',
      'peak RSS',
    ],
    rows: rows.map((row) => {
      const seconds = median(row.runs.map((run) => run.seconds));
      return [
        row.label,
        row.lines.toLocaleString('en-US'),
        String(row.findings),
        `${seconds.toFixed(2)} s`,
        perSecond(row.lines, seconds),
        perSecond(row.lines, seconds - startup),
        `${median(row.runs.map((run) => run.cpuSeconds)).toFixed(2)} s`,
        `${Math.round(median(row.runs.map((run) => run.peakRssMb)))} MB`,
      ];
    }),
  });
}

async function main(): Promise<void> {
  requireGnuTime();
  if (!existsSync(RAMPART_CLI)) throw new Error(`${RAMPART_CLI} is missing: npm run package`);
  for (const corpus of CORPORA) {
    print(`## Accuracy on ${relative(join(__dirname, '..'), corpus.root)}: ${corpus.description}\n`);
    print(accuracyMarkdown(accuracyTable(await evaluateCorpus(corpus.root))));
  }
  const work = mkdtempSync(join(tmpdir(), 'rampart-bench-review-'));
  try {
    const startup = await startupSeconds(work);
    const rows: SpeedRow[] = [];
    for (const klines of KLINES) rows.push(await speedRow('mixed', klines, MIXED, work));
    rows.push(await speedRow('java', Math.max(...KLINES), JAVA_ONLY, work));
    print(`## Speed: bundled CLI on one core (taskset -c ${CORE}), median of ${RUNS} runs\n`);
    print(`Start-up (an empty folder): ${startup.toFixed(2)} s\n`);
    print(speedMarkdown(rows, startup));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
