import type { Language, Location } from './ir';
import type { Severity } from '../runtime/severity';

export type { Severity };

/** What a detector looks for and how to fix it: shown in every output and in SARIF `rules`. */
export interface RuleMeta {
  /** Stable id, e.g. `path-traversal`, the same for every language; never reused for something else. */
  id: string;
  /** e.g. `CWE-22`; several for a rule covering two weaknesses. */
  cwe: string[];
  severity: Severity;
  /** One line, e.g. "Path traversal". */
  title: string;
  /** What is wrong and why it matters, a few sentences. */
  description: string;
  /** What to do instead. */
  remediation: string;
  /** A short fixed version of typical vulnerable code. */
  fixedExample: string;
  helpUri: string;
  /** CodeGuru-style tags for `excludeTags` (e.g. `injection`, `owasp-top10`, `aws`, `crypto`). */
  tags: string[];
  languages: Language[];
  /** Taint rules report code flows from a source to a sink. */
  kind: 'taint' | 'pattern';
}

/** One step of a taint flow: where the value was, in order from source to sink. */
export interface FlowStep {
  path: string;
  loc: Location;
  /** e.g. "cookie value read here", "passed to decode(val)", "returned", "reaches FileOutputStream". */
  message: string;
}

export interface ReviewFinding {
  ruleId: string;
  severity: Severity;
  path: string;
  loc: Location;
  /** One sentence naming the specific problem at this place. */
  message: string;
  /** Source to sink, for taint findings. */
  flow?: FlowStep[];
  /** Stable across commits and line moves: rule, path, enclosing function and the sink's normalised code. */
  fingerprint: string;
}

/** A file the review could not read or parse cleanly: reported, never fatal. */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface SuppressedFinding {
  finding: ReviewFinding;
  /** e.g. "aws-codeguru-reviewer.yml excludeFiles src/legacy/**", "rampart-ignore: <reason>", "baseline". */
  reason: string;
}

export interface ReviewResult {
  engine: 'rampart' | 'codeguru';
  mode: 'full' | 'diff';
  /** Findings to act on, sorted by path, line, rule. */
  findings: ReviewFinding[];
  /** Metadata of every rule that ran (SARIF lists them all, found or not). */
  rules: RuleMeta[];
  suppressed: SuppressedFinding[];
  skipped: SkippedFile[];
  /** Problems with suppressions themselves, e.g. a `rampart-ignore` without a reason (file:line: message). */
  warnings: string[];
  filesReviewed: number;
  linesReviewed: number;
  durationMs: number;
}
