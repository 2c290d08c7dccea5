import { type JUnitCase, junitXml } from '../../runtime/junit';
import type { ReviewFinding, ReviewResult, RuleMeta } from '../types';
import { place, rulesById } from './summary';

function failedCase(finding: ReviewFinding, rule: RuleMeta | undefined): JUnitCase {
  const flow = (finding.flow ?? []).map((step) => `${place(step.path, step.loc)} ${step.message}`);
  const details = [finding.message, ...flow, ...(rule ? ['', `Fix: ${rule.remediation}`] : [])].join('\n');
  return {
    name: `${finding.ruleId} ${place(finding.path, finding.loc)}`,
    className: `rampart.review.${finding.ruleId}`,
    failure: { message: `${finding.severity}: ${finding.message}`, type: finding.ruleId, details },
  };
}

/**
 * JUnit XML for CodeBuild test reports: a failed test case per finding, and a passed one for each
 * rule that found nothing, so that the report shows what was checked.
 */
export function junitReviewReport(result: ReviewResult): string {
  const rules = rulesById(result.rules);
  const found = new Set(result.findings.map((finding) => finding.ruleId));
  const passed = result.rules
    .filter((rule) => !found.has(rule.id))
    .map((rule) => ({ name: rule.id, className: `rampart.review.${rule.id}` }));
  return junitXml({
    tool: 'rampart review',
    name: `rampart review (${result.mode})`,
    seconds: result.durationMs / 1000,
    properties: [
      ['engine', result.engine],
      ['files reviewed', String(result.filesReviewed)],
      ['lines reviewed', String(result.linesReviewed)],
      ['suppressed', String(result.suppressed.length)],
    ],
    cases: [...result.findings.map((finding) => failedCase(finding, rules.get(finding.ruleId))), ...passed],
  });
}
