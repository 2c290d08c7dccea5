import type { MatchSpec } from './matchers';
import type { Severity } from '../runtime/severity';

export type { Severity };

/** One kind of secret: how to find it, and how to tell it from what merely looks like it. */
/** One kind of secret: how to find it, and how to tell it from what merely looks like it. */
export interface SecretRule {
  id: string;
  description: string;
  severity: Severity;
  /**
   * Lower-case literals: the rule looks only where one occurs (case-insensitively), and the match
   * starts there (a token) or around it (an assignment). Empty: every line is searched whole.
   */
  keywords: string[];
  match: MatchSpec;
  /** Shannon entropy (bits per character) the secret must reach: filters out words and placeholders. */
  minEntropy?: number;
  /** Values such as `changeme`, `${PASSWORD}` or `<token>` are not secrets. */
  rejectPlaceholders?: boolean;
  /** Published example values (AKIAIOSFODNN7EXAMPLE): reported as examples, never as secrets. */
  examples?: string[];
  /**
   * Also report a lone run of `run` characters, exactly `length` long, within `lines` lines of a
   * finding of rule `ruleId` (an AWS secret key next to its access key ID, as in a credentials CSV).
   */
  nearby?: {
    ruleId: string;
    lines: number;
    run: string;
    length: number;
    boundary: string;
    minEntropy: number;
  };
  /** The match opens a block (a PEM key): the secret is the lines up to the one holding `end`. */
  block?: { end: string; maxLines: number };
  /** A catch-all rule: where a specific rule found the same secret, only the specific one is reported. */
  generic?: boolean;
  /** How a person would fix it. */
  remediation: string;
}

/** Where a scanned line came from. */
export interface LineOrigin {
  path: string;
  line: number;
  commit?: string;
  author?: string;
}

/** A secret found. It holds no part of the secret beyond the masked preview. */
export interface Finding extends LineOrigin {
  ruleId: string;
  description: string;
  severity: Severity;
  column: number;
  /** The first four characters and the length, e.g. `AKIA… (20 characters)`. */
  preview: string;
  /** Stable across moves and commits: a hash of the rule and the secret, for allow lists and baselines. */
  fingerprint: string;
  /** A documented example value, such as AWS's AKIAIOSFODNN7EXAMPLE: reported, never a failure. */
  example: boolean;
}

/** What a scan found, before suppression, with the raw values kept apart for masking only. */
export interface RawFinding {
  finding: Finding;
  /** The secret itself: for the GitHub runner's masker and nothing else. */
  secret: string;
}
