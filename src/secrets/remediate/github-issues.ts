import type { GitHubClient } from '../../github/rest-client';
import { parseRepository } from '../../github/rest-client';
import type { Finding } from '../types';
import { describeFindings, type RemediationInput, type RemediationStep } from './types';

export const SECRET_ISSUE_LABEL = 'rampart-secret';
const MARKER = 'rampart-secret-fingerprint';

interface Issue {
  number: number;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
}

/**
 * One GitHub issue per secret (by fingerprint): opened on first sight, updated (and reopened) when
 * it is seen again, so that re-runs never open a second one.
 */
export function githubIssuesStep(client: GitHubClient): RemediationStep {
  return {
    name: 'notify: GitHub issues',
    async run(input) {
      const { owner, repo } = parseRepository(input.push.repository);
      const base = `/repos/${owner}/${repo}/issues`;
      const existing = await client.paginate<Issue>(`${base}?labels=${SECRET_ISSUE_LABEL}&state=all`);
      const byFingerprint = new Map<string, Issue>();
      for (const issue of existing.filter((item) => !item.pull_request)) {
        const fingerprint = new RegExp(`<!-- ${MARKER}: ([0-9a-f]{24}) -->`).exec(issue.body ?? '')?.[1];
        if (fingerprint) byFingerprint.set(fingerprint, issue);
      }
      const opened: number[] = [];
      const updated: number[] = [];
      for (const finding of uniqueByFingerprint(input.findings)) {
        const body = issueBody(finding, input);
        const issue = byFingerprint.get(finding.fingerprint);
        if (issue) {
          await client.request('PATCH', `${base}/${issue.number}`, { body, state: 'open' });
          updated.push(issue.number);
        } else {
          const created = await client.request<Issue>('POST', base, {
            title: `Secret in ${finding.path}: ${finding.description}`,
            body,
            labels: [SECRET_ISSUE_LABEL],
          });
          opened.push(created.number);
        }
      }
      const list = (numbers: number[]) => numbers.map((number) => `#${number}`).join(', ');
      return {
        status: 'done',
        detail: [
          opened.length > 0 ? `opened ${list(opened)}` : '',
          updated.length > 0 ? `updated ${list(updated)}` : '',
        ]
          .filter(Boolean)
          .join('; '),
      };
    },
  };
}

function uniqueByFingerprint(findings: Finding[]): Finding[] {
  return [...new Map(findings.map((finding) => [finding.fingerprint, finding])).values()];
}

function issueBody(finding: Finding, input: RemediationInput): string {
  const sightings = input.findings.filter((other) => other.fingerprint === finding.fingerprint);
  return [
    `A ${finding.severity} secret (${finding.description}) was pushed to \`${input.push.branch}\`.`,
    '',
    ...describeFindings(sightings),
    '',
    `**What to do:** revoke it where it was issued and replace it; removing it from the code does not help, it stays in the history.`,
    input.push.runUrl ? `\nFound by ${input.push.runUrl}` : '',
    '',
    `<!-- ${MARKER}: ${finding.fingerprint} -->`,
  ].join('\n');
}
