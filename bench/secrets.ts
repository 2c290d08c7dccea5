/**
 * `npm run bench:secrets`: the secret scanner's accuracy and throughput, side by side with secretlint
 * (its recommended preset) in the same run. Prints markdown tables.
 *
 * 1. Accuracy: the labelled corpus of test/fixtures/secrets (markers filled with fake secrets from a
 *    fixed seed), scanned through the src API. A finding is right when a marker of its rule is on its
 *    line; every other finding is a false positive. secretlint's rule ids differ, so both scanners are
 *    also compared by line alone.
 * 2. Throughput: a generated corpus of ordinary code and config text in nested folders (25 to 400 MB,
 *    each twice the previous, so that start-up falls under 5% of the largest), scanned by the bundled
 *    CLI (dist/cli/index.js) and by secretlint's CLI, timed with `/usr/bin/time -v` (wall time, CPU
 *    time, peak RSS), median of BENCH_RUNS runs, each after reading the input once (page cache).
 *
 * Options (environment): BENCH_RUNS (3), BENCH_SECRETS_MB (25,50,100,200,400).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../src/runtime/file-tree';
import { SecretScanner } from '../src/secrets/engine';
import { BUILT_IN_RULES } from '../src/secrets/rules';
import { scanFiles } from '../src/secrets/parallel';
import { FileReader } from '../src/secrets/sources/files';
import type { RawFinding } from '../src/secrets/types';
import {
  type CorpusLevel,
  type Label,
  type LabelledCorpus,
  writeLabelledCorpus,
  writeMixedCorpus,
} from './secrets-corpus';
import { type Measured, median, requireGnuTime, timed } from './stats';

const SEED = 20261123;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LEVELS_MB = (process.env.BENCH_SECRETS_MB ?? '25,50,100,200,400').split(',').map(Number);
/** secretlint is not run on inputs that, judged from its run on the smallest, would take longer. */
const SECRETLINT_MAX_SECONDS = 600;
const ROOT = join(__dirname, '..');
const RAMPART_CLI = join(ROOT, 'dist', 'cli', 'index.js');
const SECRETLINT_CLI = join(ROOT, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };
/** Written in the work folder, outside the folders scanned. */
const SECRETLINT_CONFIG_FILE = 'secretlintrc.json';

const log = (text: string) => process.stderr.write(`${text}\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function markdownTable(header: string[], rows: (string | number)[][]): string {
  const align = header.map((_, index) => (index === 0 ? '---' : '---:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

// ---- Running the scanners ----

interface Place {
  path: string;
  line: number;
}

/** Rampart's raw findings (with the secrets, to mask them in the report) for every file below `root`. */
async function rampartFindings(root: string): Promise<RawFinding[]> {
  const paths = await listFiles(root, () => false);
  return scanFiles(new SecretScanner(BUILT_IN_RULES), new FileReader(), root, paths).raw;
}

function secretlintArgs(dir: string, work: string, output: string): string[] {
  return [
    SECRETLINT_CLI,
    `${dir}/**/*`,
    '--secretlintrc',
    join(work, SECRETLINT_CONFIG_FILE),
    '--format',
    'compact',
    '--no-color',
    '--output',
    output,
  ];
}

/** The places of secretlint's `compact` report (`/abs/path: line 3, col 7, Error - [ID] …`). */
function secretlintPlaces(report: string, root: string): Place[] {
  return [...report.matchAll(/^(.+?): line (\d+), col \d+, \w+ - /gm)].map((match) => ({
    path: (match[1] as string).slice(root.length + 1),
    line: Number(match[2]),
  }));
}

// ---- Accuracy ----

const placeKey = (place: Place) => `${place.path}:${place.line}`;

interface Matched {
  matched: Label[];
  misses: Label[];
  falsePositives: RawFinding[];
}

/** Pairs findings with labels of the same file, line, rule and example flag; the rest are misses or false positives. */
function matchFindings(labels: Label[], findings: RawFinding[]): Matched {
  const key = (place: Place, ruleId: string, example: boolean) => `${placeKey(place)}:${ruleId}:${example}`;
  const open = new Map<string, Label[]>();
  for (const label of labels) {
    const waiting = open.get(key(label, label.ruleId, label.example));
    if (waiting) waiting.push(label);
    else open.set(key(label, label.ruleId, label.example), [label]);
  }
  const matched: Label[] = [];
  const falsePositives: RawFinding[] = [];
  for (const raw of findings) {
    const label = open.get(key(raw.finding, raw.finding.ruleId, raw.finding.example))?.shift();
    if (label) matched.push(label);
    else falsePositives.push(raw);
  }
  return { matched, misses: [...open.values()].flat(), falsePositives };
}

function ruleTable(labels: Label[], result: Matched): string {
  const rows = BUILT_IN_RULES.map((rule) => {
    const positives = labels.filter((label) => !label.example && label.ruleId === rule.id).length;
    const found = result.matched.filter((label) => !label.example && label.ruleId === rule.id).length;
    const wrong = result.falsePositives.filter((raw) => raw.finding.ruleId === rule.id).length;
    return [
      `\`${rule.id}\``,
      positives,
      found,
      percent(found, positives),
      wrong,
      percent(found, found + wrong),
    ];
  });
  const sum = (column: number) => rows.reduce((total, row) => total + (row[column] as number), 0);
  const [positives, found, wrong] = [sum(1), sum(2), sum(4)];
  rows.push(['**total**', positives, found, percent(found, positives), wrong, percent(found, found + wrong)]);
  return markdownTable(['rule', 'positives', 'found', 'recall', 'false positives', 'precision'], rows);
}

function exampleTable(labels: Label[], result: Matched, findings: RawFinding[]): string {
  const asSecret = new Set(
    findings
      .filter((raw) => !raw.finding.example)
      .map((raw) => `${placeKey(raw.finding)}:${raw.finding.ruleId}`),
  );
  const rows = BUILT_IN_RULES.filter((rule) =>
    labels.some((label) => label.example && label.ruleId === rule.id),
  ).map((rule) => {
    const mine = (list: Label[]) => list.filter((label) => label.example && label.ruleId === rule.id);
    const missed = mine(result.misses);
    const reported = missed.filter((label) => asSecret.has(`${placeKey(label)}:${rule.id}`)).length;
    return [
      `\`${rule.id}\``,
      mine(labels).length,
      mine(result.matched).length,
      reported,
      missed.length - reported,
    ];
  });
  return markdownTable(
    ['rule', 'published examples', 'flagged as examples', 'reported as secrets', 'not reported'],
    rows,
  );
}

interface LineScore {
  secrets: number;
  found: number;
  flaggedLines: number;
  falseLines: number;
}

/** Line-level matching, for scanners whose rule ids differ: a secret is found when its line is flagged. */
function scoreByLine(labels: Label[], flagged: Place[]): LineScore {
  const secrets = new Map(
    labels.filter((label) => !label.example).map((label) => [`${placeKey(label)}:${label.secret}`, label]),
  );
  const positiveLines = new Set([...secrets.values()].map(placeKey));
  const flaggedLines = new Set(flagged.map(placeKey));
  return {
    secrets: secrets.size,
    found: [...secrets.values()].filter((label) => flaggedLines.has(placeKey(label))).length,
    flaggedLines: flaggedLines.size,
    falseLines: [...flaggedLines].filter((line) => !positiveLines.has(line)).length,
  };
}

function lineScoreRow(name: string, score: LineScore): (string | number)[] {
  const right = score.flaggedLines - score.falseLines;
  return [
    name,
    score.secrets,
    score.found,
    percent(score.found, score.secrets),
    score.flaggedLines,
    score.falseLines,
    percent(right, score.flaggedLines),
  ];
}

/** The line with every secret on it cut to its first four characters, clipped around `secret`. */
function maskedLine(text: string, secrets: string[], around: string): string {
  let masked = text;
  for (const part of secrets.flatMap((secret) => secret.split(/\n|\\n/))) {
    if (part.length >= 8 && !part.startsWith('-----'))
      masked = masked.replaceAll(part, `${part.slice(0, 4)}…`);
  }
  const at = Math.max(0, masked.indexOf(around.slice(0, 4)));
  const start = Math.max(0, at - 60);
  const clipped = masked.slice(start, start + 160).trim();
  return `${start > 0 ? '…' : ''}${clipped}${start + 160 < masked.length ? '…' : ''}`;
}

function details(dir: string, labels: Label[], result: Matched): string[] {
  const lineOf = (place: Place) =>
    readFileSync(join(dir, place.path), 'utf8').split(/\r?\n/)[place.line - 1] ?? '';
  const secretsAt = (place: Place) => [
    ...labels.filter((label) => placeKey(label) === placeKey(place)).map((label) => label.secret),
    ...result.falsePositives
      .filter((raw) => placeKey(raw.finding) === placeKey(place))
      .map((raw) => raw.secret),
  ];
  const misses = result.misses.map(
    (label) =>
      `- miss: \`${label.ruleId}\`${label.example ? ' (published example)' : ''} at ${placeKey(label)}: \`${maskedLine(lineOf(label), secretsAt(label), label.secret)}\``,
  );
  const falsePositives = result.falsePositives.map((raw) => {
    const marker = labels
      .filter((label) => placeKey(label) === placeKey(raw.finding))
      .map((label) => label.ruleId);
    const note = marker.length > 0 ? ` (a ${[...new Set(marker)].join('/')} secret)` : '';
    return `- false positive: \`${raw.finding.ruleId}\`${raw.finding.example ? ' (as example)' : ''}${note} at ${placeKey(raw.finding)}: \`${maskedLine(lineOf(raw.finding), secretsAt(raw.finding), raw.secret)}\``;
  });
  return [...misses, ...falsePositives];
}

function lineComparison(labels: Label[], rampart: RawFinding[], secretlint: Place[]): string {
  const header = [
    'scanner',
    'secrets',
    'found',
    'recall',
    'flagged lines',
    'flagged lines without a secret',
    'precision',
  ];
  const flagged = rampart.filter((raw) => !raw.finding.example).map((raw) => raw.finding);
  return markdownTable(header, [
    lineScoreRow('Rampart', scoreByLine(labels, flagged)),
    lineScoreRow('secretlint', scoreByLine(labels, secretlint)),
  ]);
}

async function accuracy(work: string): Promise<void> {
  const dir = join(work, 'labelled');
  const corpus: LabelledCorpus = writeLabelledCorpus(dir, SEED);
  log(
    `accuracy: ${corpus.files} files, ${corpus.labels.length} labels; scanning with Rampart and secretlint`,
  );
  const findings = await rampartFindings(dir);
  const result = matchFindings(corpus.labels, findings);
  const report = join(work, 'secretlint-labelled.txt');
  await timed(secretlintArgs(dir, work, report), work);
  const secretlint = secretlintPlaces(readFileSync(report, 'utf8'), dir);
  const positives = corpus.labels.filter((label) => !label.example).length;

  print('## Accuracy');
  print();
  print(
    `Labelled corpus: test/fixtures/secrets filled with seed ${SEED}: ${corpus.files} files, ${positives} labelled secrets of ${BUILT_IN_RULES.length} rules, ${corpus.labels.length - positives} published examples, ${corpus.hardNegativeLines} hard-negative lines (lines of negatives/ holding a rule keyword or a 16+ character token-like run).`,
  );
  print();
  print('### Rampart, per rule (a finding counts when a marker of its rule is on its line)');
  print();
  print(ruleTable(corpus.labels, result));
  print();
  print('### Published example credentials (must be reported with `example: true`)');
  print();
  print(exampleTable(corpus.labels, result, findings));
  print();
  print('### Rampart and secretlint, matched by line only (secretlint: recommended preset)');
  print();
  print(lineComparison(corpus.labels, findings, secretlint));
  print();
  print(
    "Rampart's flagged lines leave out findings marked as published examples; secretlint has no such flag, so a published example it reports counts as a line without a secret.",
  );
  print();
  print('### Rampart misses and false positives (secrets cut to four characters)');
  print();
  for (const line of details(dir, corpus.labels, result)) print(line);
  print();
}

// ---- Throughput ----

type Scanner = 'Rampart' | 'secretlint';

interface Timing {
  scanner: Scanner;
  level: CorpusLevel;
  runs: Measured[];
  /** Findings in the last run's report (Rampart's include published examples). */
  reported: number;
}

const megabytes = (level: CorpusLevel) => level.bytes / 1e6;
const medianSeconds = (timing: Timing) => median(timing.runs.map((run) => run.seconds));
const throughputOf = (timing: Timing) => megabytes(timing.level) / medianSeconds(timing);

function timingRow(timing: Timing): (string | number)[] {
  return [
    timing.scanner,
    `${megabytes(timing.level).toFixed(0)} MB`,
    timing.level.files,
    `${medianSeconds(timing).toFixed(2)} s`,
    throughputOf(timing).toFixed(1),
    `${median(timing.runs.map((run) => run.peakRssMb)).toFixed(0)} MB`,
    `${median(timing.runs.map((run) => run.cpuSeconds)).toFixed(2)} s`,
    `${timing.reported} (${timing.level.planted} planted)`,
  ];
}

function rampartArgs(dir: string, output: string): string[] {
  return [RAMPART_CLI, 'secrets', 'scan', '--path', dir, '--format', 'json', '--output', output];
}

function rampartReport(output: string): { reported: number; files: number } {
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    findings: unknown[];
    examples: unknown[];
    summary: { scanned: { files: number } };
  };
  return { reported: report.findings.length + report.examples.length, files: report.summary.scanned.files };
}

/** One timed run of one scanner on one level, and what its report holds. */
async function measure(timing: Timing, work: string): Promise<void> {
  const output = join(work, `${timing.scanner}-report`);
  const rampart = timing.scanner === 'Rampart';
  const args = rampart
    ? rampartArgs(timing.level.dir, output)
    : secretlintArgs(timing.level.dir, work, output);
  await readAll(timing.level.dir);
  timing.runs.push(await timed(args, work));
  timing.reported = rampart
    ? rampartReport(output).reported
    : secretlintPlaces(readFileSync(output, 'utf8'), timing.level.dir).length;
}

/**
 * Reads every file of a folder, so that the scanner timed next finds them in the page cache, not on
 * the disk (on a machine whose cache is smaller than all the levels together, the last run of a
 * larger level would otherwise have pushed them out), whichever scanner it is.
 */
async function readAll(dir: string): Promise<void> {
  for (const file of await listFiles(dir, () => false)) readFileSync(join(dir, file));
}

/** The levels secretlint scans within SECRETLINT_MAX_SECONDS a run, judged from a run on the smallest. */
async function secretlintLevels(levels: CorpusLevel[], work: string): Promise<CorpusLevel[]> {
  const smallest = levels[0] as CorpusLevel;
  const probe: Timing = { scanner: 'secretlint', level: smallest, runs: [], reported: 0 };
  await measure(probe, work);
  const seconds = medianSeconds(probe);
  return levels.filter((level) => (seconds * level.bytes) / smallest.bytes <= SECRETLINT_MAX_SECONDS);
}

async function throughput(work: string): Promise<void> {
  log(`throughput: writing ${LEVELS_MB.join(', ')} MB of generated code and config`);
  const levels = writeMixedCorpus(join(work, 'mixed'), LEVELS_MB, SEED);
  const largest = levels.at(-1) as CorpusLevel;
  const empty = join(work, 'empty');
  mkdirSync(empty);
  await timed(rampartArgs(largest.dir, join(work, 'warm-up.json')), work);
  const { files } = rampartReport(join(work, 'warm-up.json'));
  if (files !== largest.files) throw new Error(`Rampart scanned ${files} of ${largest.files} files`);
  const forSecretlint = await secretlintLevels(levels, work);
  const timings: Timing[] = levels.flatMap((level) =>
    (['Rampart', 'secretlint'] as const)
      .filter((scanner) => scanner === 'Rampart' || forSecretlint.includes(level))
      .map((scanner) => ({ scanner, level, runs: [], reported: 0 })),
  );
  const startup: number[] = [];
  for (let run = 1; run <= RUNS; run++) {
    startup.push((await timed(rampartArgs(empty, join(work, 'empty.json')), work)).seconds);
    for (const timing of timings) await measure(timing, work);
    log(`run ${run}/${RUNS} done`);
  }
  printThroughput(timings, median(startup));
}

function comparisonRows(timings: Timing[], startupSeconds: number): (string | number)[][] {
  const levels = [...new Set(timings.map((timing) => timing.level))];
  return levels.map((level) => {
    const of = (scanner: Scanner) =>
      timings.find((timing) => timing.level === level && timing.scanner === scanner);
    const rampart = of('Rampart') as Timing;
    const secretlint = of('secretlint');
    return [
      `${megabytes(level).toFixed(0)} MB`,
      throughputOf(rampart).toFixed(1),
      secretlint ? throughputOf(secretlint).toFixed(1) : 'not run',
      secretlint ? `**${(throughputOf(rampart) / throughputOf(secretlint)).toFixed(2)}×**` : '–',
      percent(startupSeconds, medianSeconds(rampart)),
    ];
  });
}

function printThroughput(timings: Timing[], startupSeconds: number): void {
  print('## Throughput');
  print();
  print(
    `Generated corpus of TypeScript, Python, Go, Java, YAML, JSON, Markdown and .properties files (1–96 KB each; about one line in 30 mentions a password, token or secret in ordinary code, one in 3,000 holds a fake secret), in nested folders so that each input doubles the previous one. Rampart: \`node dist/cli/index.js secrets scan --path DIR --format json --output FILE\`; secretlint ${secretlintVersion()}: \`secretlint "DIR/**/*" --format compact --output FILE\` with \`@secretlint/secretlint-rule-preset-recommend\`. Wall time, CPU time (user + system) and peak RSS from \`/usr/bin/time -v\`, median of ${RUNS} runs, the scanners alternating, the input's files read once just before each run so that both find them in the page cache; MB = 10^6 bytes. "reported": findings in the report (secretlint's preset has no rule for some planted kinds).`,
  );
  print();
  const header = ['scanner', 'input', 'files', 'wall time', 'MB/s', 'peak RSS', 'CPU time', 'reported'];
  print(markdownTable(header, timings.map(timingRow)));
  print();
  const skipped = timings.filter((timing) => timing.scanner === 'Rampart').length * 2 - timings.length;
  if (skipped > 0) {
    print(
      `secretlint was not run on the ${skipped} largest input(s): from its run on the smallest, each would take over ${SECRETLINT_MAX_SECONDS / 60} minutes.`,
    );
    print();
  }
  const comparison = [
    'input',
    'Rampart MB/s',
    'secretlint MB/s',
    'Rampart ÷ secretlint',
    "Rampart's start-up share",
  ];
  print(markdownTable(comparison, comparisonRows(timings, startupSeconds)));
  print();
  print(`Rampart's start-up, scanning an empty folder: ${startupSeconds.toFixed(2)} s.`);
}

function secretlintVersion(): string {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'secretlint', 'package.json'), 'utf8'),
  ) as {
    version: string;
  };
  return manifest.version;
}

async function main(): Promise<void> {
  requireGnuTime();
  if (!existsSync(RAMPART_CLI)) throw new Error(`${RAMPART_CLI} is missing: npm run package`);
  const work = mkdtempSync(join(tmpdir(), 'rampart-bench-secrets-'));
  try {
    writeFileSync(join(work, SECRETLINT_CONFIG_FILE), JSON.stringify(SECRETLINT_CONFIG));
    await accuracy(work);
    await throughput(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
