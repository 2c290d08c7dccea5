import { SEVERITY_ORDER, type Severity } from '../../runtime/severity';
import type { ReviewFinding, ReviewResult, RuleMeta } from '../types';

/** How many findings of each severity, most severe first, every severity present. */
export function countBySeverity(findings: ReviewFinding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITY_ORDER.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** One line saying what the review found, e.g. `2 finding(s) (1 critical, 1 high); 3 file(s), 120 line(s) reviewed`. */
export function reviewSummaryLine(result: ReviewResult): string {
  const counts = countBySeverity(result.findings);
  const bySeverity = SEVERITY_ORDER.filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
  const found =
    result.findings.length === 0 ? 'no findings' : `${result.findings.length} finding(s) (${bySeverity})`;
  const scope = result.mode === 'diff' ? ' on changed lines' : '';
  const engine = result.engine === 'codeguru' ? ' by CodeGuru Reviewer' : '';
  const others = [
    result.suppressed.length > 0 ? `${result.suppressed.length} suppressed` : '',
    result.skipped.length > 0 ? `${result.skipped.length} file(s) skipped` : '',
    result.warnings.length > 0 ? `${result.warnings.length} warning(s)` : '',
  ].filter(Boolean);
  return (
    `${found}${scope}; ${result.filesReviewed} file(s), ${result.linesReviewed} line(s) reviewed${engine}` +
    (others.length > 0 ? `; ${others.join(', ')}` : '')
  );
}

/** `path:line:column` of a finding or flow step. */
export function place(path: string, loc: { line: number; column: number }): string {
  return `${path}:${loc.line}:${loc.column}`;
}

export function rulesById(rules: RuleMeta[]): Map<string, RuleMeta> {
  return new Map(rules.map((rule) => [rule.id, rule]));
}
