import type { ReviewResult, Severity } from './types';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export type FailOn = Severity | 'none';
export const FAIL_ON_LEVELS: readonly FailOn[] = [...SEVERITIES, 'none'];

/** Whether `severity` is `threshold` or worse. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** The findings that fail the review at this threshold (none for `none`). */
export function failingFindings(result: ReviewResult, failOn: FailOn) {
  if (failOn === 'none') return [];
  return result.findings.filter((finding) => isAtLeast(finding.severity, failOn));
}
