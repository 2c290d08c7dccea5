import type { SourceModule } from '../ir';
import type { ReviewFinding } from '../types';
import { namesRuleOf } from './codeguru-detectors';

/** In a comment: `rampart-ignore: <rule-id> <reason>`. */
const MARKER = 'rampart-ignore:';
/** The reason of an inline suppression starts so; SARIF calls such a suppression `inSource`. */
const REASON_PREFIX = 'rampart-ignore: ';

/** One `rampart-ignore` comment that suppresses: it names a rule and gives a reason. */
export interface InlineIgnore {
  path: string;
  /** The line the marker is on; it covers findings on this line and the next. */
  line: number;
  ruleId: string;
  reason: string;
}

/**
 * The `rampart-ignore` comments of one file, and a warning for each that does not count: one
 * without a reason, one naming no rule of this review, and `all`, which is not supported — a
 * blanket ignore would also hide findings nobody has looked at.
 */
export function inlineIgnoresOf(
  path: string,
  comments: SourceModule['comments'],
  ruleIds: ReadonlySet<string>,
): { ignores: InlineIgnore[]; warnings: string[] } {
  const ignores: InlineIgnore[] = [];
  const warnings: string[] = [];
  for (const comment of comments) {
    comment.text.split(/\r?\n/).forEach((text, offset) => {
      const start = text.indexOf(MARKER);
      if (start < 0) return;
      const line = comment.line + offset;
      const { ruleId, reason } = parseMarker(text.slice(start + MARKER.length));
      const problem = ignoreProblem(ruleId, reason, ruleIds);
      if (problem) warnings.push(`${path}:${line}: ${problem}`);
      else ignores.push({ path, line, ruleId, reason });
    });
  }
  return { ignores, warnings };
}

function parseMarker(rest: string): { ruleId: string; reason: string } {
  const text = rest.replace(/\s*(\*\/|-->)\s*$/, '').trim();
  const ruleId = text.split(/\s+/)[0] ?? '';
  // `rampart-ignore: sql-injection - constant table names` reads the same as without the dash.
  const reason = text
    .slice(ruleId.length)
    .replace(/^\s*[-–—:]+\s*/, '')
    .trim();
  return { ruleId, reason };
}

function ignoreProblem(ruleId: string, reason: string, ruleIds: ReadonlySet<string>): string | undefined {
  if (!ruleId) return 'rampart-ignore needs a rule id and a reason';
  if (ruleId === 'all') return 'rampart-ignore for all is not supported: name the rule to ignore';
  if (!ruleIds.has(ruleId) && !/@v\d/.test(ruleId)) {
    return `rampart-ignore for ${ruleId} names no rule of this review`;
  }
  if (!reason) return `rampart-ignore for ${ruleId} needs a reason`;
  return undefined;
}

/** The ignore covering the finding: same file, its rule, on the finding's line or the line above. */
export function ignoreFor(ignores: InlineIgnore[], finding: ReviewFinding): InlineIgnore | undefined {
  return ignores.find(
    (ignore) =>
      ignore.path === finding.path &&
      (finding.loc.line === ignore.line || finding.loc.line === ignore.line + 1) &&
      namesRuleOf(ignore.ruleId, finding),
  );
}

export function inlineReason(ignore: InlineIgnore): string {
  return `${REASON_PREFIX}${ignore.reason}`;
}

/** True for the reason of a suppression written in the source (`rampart-ignore`), not in a file beside it. */
export function isInSourceSuppression(reason: string): boolean {
  return reason.startsWith(REASON_PREFIX);
}
