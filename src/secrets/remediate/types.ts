import type { Finding } from '../types';

/** What remediation knows of the push that brought the secrets. */
export interface PushContext {
  /** owner/repo on GitHub, or the CodeCommit repository name. */
  repository: string;
  branch: string;
  /** The commit before the push (all zeros for a new branch) and after it. */
  base: string;
  head: string;
  /** Who pushed (GitHub login, or the IAM identity for CodeCommit). */
  pusher?: string;
  defaultBranch?: string;
  /** A link to the run or log that found the secrets. */
  runUrl?: string;
}

export interface RemediationInput {
  push: PushContext;
  /** The findings to act on (not examples, allowed or baselined ones). */
  findings: Finding[];
  /** Access key IDs found (the values of aws-access-key-id findings), for deactivation only. */
  accessKeyIds: string[];
}

export type StepStatus = 'done' | 'skipped' | 'failed';

export interface StepResult {
  step: string;
  status: StepStatus;
  detail: string;
}

/** One remediation step: it runs whatever the others do, and says what it did. */
export interface RemediationStep {
  name: string;
  run(input: RemediationInput): Promise<{ status: 'done' | 'skipped'; detail: string }>;
}

/** The findings as lines of text: rule, place, commit and masked preview; never the secret. */
export function describeFindings(findings: Finding[]): string[] {
  return findings.map(
    (finding) =>
      `- ${finding.severity} ${finding.ruleId} at ${finding.path}:${finding.line}${finding.commit ? ` (commit ${finding.commit.slice(0, 12)}${finding.author ? ` by ${finding.author}` : ''})` : ''}: ${finding.preview}`,
  );
}
