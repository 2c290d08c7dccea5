/** How bad a finding is, shared by every scanner's reports (secrets, review). */
export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** Most severe first: the order of report sections and counts. */
export const SEVERITY_ORDER: Severity[] = ['critical', 'high', 'medium', 'low'];

/** GitHub code scanning ranks alerts by this number (its "security-severity" property). */
export const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

/** The SARIF `level` of a result or rule of each severity. */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};
