import { SEVERITY_ORDER, type Severity } from '../runtime/severity';
import type { ReviewResult } from './types';

export type FailOn = Severity | 'none';
export const FAIL_ON_LEVELS: readonly FailOn[] = [...SEVERITY_ORDER, 'none'];

/** Whether `severity` is `threshold` or worse. */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(threshold);
}

/** The findings that fail the review at this threshold (none for `none`). */
export function failingFindings(result: ReviewResult, failOn: FailOn) {
  if (failOn === 'none') return [];
  return result.findings.filter((finding) => isAtLeast(finding.severity, failOn));
}
