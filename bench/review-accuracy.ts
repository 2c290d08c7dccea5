/**
 * The review's accuracy on the labelled corpus of test/fixtures/review/<rule-id>/<language>/.
 *
 * Each entry of a language folder is one case: a file, or a folder of files analysed together.
 * `vulnerable-*` cases mark each line where a finding must be reported with a comment
 * `expect: <rule-id>`; a vulnerable case counts as found when every marker has a finding of its rule
 * on its line. `safe-*` cases carry no marker; any finding of the folder's rule in one is a false
 * positive. Each case is analysed on its own, as a program of just its files.
 *
 * `npx tsx bench/review-accuracy.ts [--corpus development|holdout|holdout-2] [rule-id ...]` prints
 * the table and lists every case missed or falsely flagged (for the rules named, or all).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeProgram } from '../src/review/analysis';
import type { SourceModule } from '../src/review/ir';
import { lowerFile } from '../src/review/languages';
import { languageOfPath } from '../src/review/parser';
import { markdownTable } from '../src/runtime/markdown';
import type { ReviewFinding } from '../src/review/types';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
/** The corpus the detectors were developed on. */
export const CORPUS_ROOT = join(FIXTURES, 'review');

export interface Corpus {
  name: string;
  root: string;
  /** What a reader of the figures needs to know about how it was written. */
  description: string;
}

/** The labelled corpora bench:review measures, the development one first. */
export const CORPORA: Corpus[] = [
  {
    name: 'development',
    root: CORPUS_ROOT,
    description: 'the corpus the detectors were developed on',
  },
  {
    name: 'holdout',
    root: join(FIXTURES, 'review-holdout'),
    description:
      'held out: written without sight of the detectors or the development corpus; its misses then led to framework cases in the development corpus',
  },
  {
    name: 'holdout-2',
    root: join(FIXTURES, 'review-holdout-2'),
    description: 'held out, written last: no detector change has been made with sight of it',
  },
];
/** Examples from the source article: checked by test/review.seed-article.test.ts, not counted here. */
const NOT_A_RULE_FOLDER = new Set(['seed-article']);
const EXPECT_MARKER = /\bexpect:\s*([a-z0-9-]+)/g;

interface Marker {
  ruleId: string;
  path: string;
  line: number;
}

export interface CaseOutcome {
  ruleId: string;
  language: string;
  path: string;
  vulnerable: boolean;
  /** Vulnerable: every marker found. Safe: no finding of the rule. */
  correct: boolean;
  /** Findings of the case's rule, as `file:line`. */
  reported: string[];
}

export interface RuleAccuracy {
  ruleId: string;
  vulnerable: number;
  safe: number;
  truePositiveRate: number;
  falsePositiveRate: number;
}

function filesOfCase(casePath: string): string[] {
  if (!statSync(casePath).isDirectory()) return [casePath];
  return readdirSync(casePath, { recursive: true, encoding: 'utf8' })
    .map((name) => join(casePath, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

function markersIn(module: SourceModule): Marker[] {
  return module.comments.flatMap((comment) =>
    [...comment.text.matchAll(EXPECT_MARKER)].map((match) => ({
      ruleId: match[1] as string,
      path: module.path,
      line: comment.line,
    })),
  );
}

async function lowerCase(casePath: string): Promise<SourceModule[]> {
  const modules: SourceModule[] = [];
  for (const path of filesOfCase(casePath)) {
    const language = languageOfPath(path);
    if (language) modules.push(await lowerFile(path, readFileSync(path, 'utf8'), language));
  }
  return modules;
}

function isReportedAt(findings: ReviewFinding[], marker: Marker): boolean {
  return findings.some(
    (finding) =>
      finding.ruleId === marker.ruleId && finding.path === marker.path && finding.loc.line === marker.line,
  );
}

async function evaluateCase(
  root: string,
  ruleId: string,
  language: string,
  casePath: string,
): Promise<CaseOutcome> {
  const modules = await lowerCase(casePath);
  const findings = analyzeProgram(modules);
  const vulnerable = casePath.split('/').pop()!.startsWith('vulnerable');
  const markers = modules.flatMap(markersIn);
  const ofRule = findings.filter((finding) => finding.ruleId === ruleId);
  const correct = vulnerable
    ? markers.length > 0 && markers.every((marker) => isReportedAt(findings, marker))
    : ofRule.length === 0;
  const reported = ofRule.map((finding) => `${relative(root, finding.path)}:${finding.loc.line}`);
  return { ruleId, language, path: relative(root, casePath), vulnerable, correct, reported };
}

function subfolders(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Every case of the corpus at `root` (or of the rules named), evaluated. */
export async function evaluateCorpus(root: string, onlyRules: string[] = []): Promise<CaseOutcome[]> {
  const outcomes: CaseOutcome[] = [];
  for (const ruleId of subfolders(root)) {
    if (NOT_A_RULE_FOLDER.has(ruleId) || (onlyRules.length > 0 && !onlyRules.includes(ruleId))) continue;
    for (const language of subfolders(join(root, ruleId))) {
      const folder = join(root, ruleId, language);
      for (const entry of readdirSync(folder).sort()) {
        outcomes.push(await evaluateCase(root, ruleId, language, join(folder, entry)));
      }
    }
  }
  return outcomes;
}

function accuracyOf(ruleId: string, outcomes: CaseOutcome[]): RuleAccuracy {
  const vulnerable = outcomes.filter((outcome) => outcome.vulnerable);
  const safe = outcomes.filter((outcome) => !outcome.vulnerable);
  const rate = (count: number, total: number) => (total === 0 ? 0 : count / total);
  return {
    ruleId,
    vulnerable: vulnerable.length,
    safe: safe.length,
    truePositiveRate: rate(vulnerable.filter((outcome) => outcome.correct).length, vulnerable.length),
    falsePositiveRate: rate(safe.filter((outcome) => !outcome.correct).length, safe.length),
  };
}

/** One row per rule, then a total row over every case. */
export function accuracyTable(outcomes: CaseOutcome[]): RuleAccuracy[] {
  const ruleIds = [...new Set(outcomes.map((outcome) => outcome.ruleId))];
  return [
    ...ruleIds.map((ruleId) =>
      accuracyOf(
        ruleId,
        outcomes.filter((outcome) => outcome.ruleId === ruleId),
      ),
    ),
    accuracyOf('total', outcomes),
  ];
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

export function accuracyMarkdown(rows: RuleAccuracy[]): string {
  const table = markdownTable({
    header: [
      'rule',
      'vulnerable cases',
      'safe cases',
      'true-positive rate',
      'false-positive rate',
      'difference',
    ],
    rows: rows.map((row) => [
      row.ruleId,
      String(row.vulnerable),
      String(row.safe),
      percent(row.truePositiveRate),
      percent(row.falsePositiveRate),
      percent(row.truePositiveRate - row.falsePositiveRate),
    ]),
  });
  return `${table}\n`;
}

function mistakesText(outcomes: CaseOutcome[]): string {
  return outcomes
    .filter((outcome) => !outcome.correct)
    .map(
      (outcome) =>
        `${outcome.vulnerable ? 'missed' : 'false positive'}: ${outcome.path}` +
        (outcome.reported.length > 0 ? ` (reported at ${outcome.reported.join(', ')})` : ''),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpusFlag = args.indexOf('--corpus');
  const name = corpusFlag >= 0 ? args[corpusFlag + 1] : 'development';
  const corpus = CORPORA.find((candidate) => candidate.name === name);
  if (!corpus) throw new Error(`--corpus "${name}" is not one of ${CORPORA.map((c) => c.name).join(', ')}`);
  const rules =
    corpusFlag >= 0 ? args.filter((_, index) => index !== corpusFlag && index !== corpusFlag + 1) : args;
  const outcomes = await evaluateCorpus(corpus.root, rules);
  process.stdout.write(accuracyMarkdown(accuracyTable(outcomes)));
  const mistakes = mistakesText(outcomes);
  if (mistakes) process.stdout.write(`\n${mistakes}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
