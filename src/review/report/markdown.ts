import { escapeCell, markdownTable } from '../../runtime/markdown';
import { SEVERITY_ORDER } from '../../runtime/severity';
import type { ReviewResult } from '../types';
import { countBySeverity, reviewSummaryLine, rulesById } from './summary';

/** A GitHub job summary: the counts, one row per finding with how to fix it, then what was left out. */
export function markdownReport(result: ReviewResult): string {
  const rules = rulesById(result.rules);
  const counts = countBySeverity(result.findings);
  const sections = [
    '### Rampart security review',
    escapeCell(reviewSummaryLine(result)),
    markdownTable({
      header: [...SEVERITY_ORDER, 'suppressed', 'files skipped'],
      rows: [
        [
          ...SEVERITY_ORDER.map((severity) => String(counts[severity])),
          String(result.suppressed.length),
          String(result.skipped.length),
        ],
      ],
    }),
  ];
  if (result.findings.length > 0) {
    sections.push(
      markdownTable({
        header: ['Severity', 'Rule', 'Location', 'Message', 'Remediation'],
        rows: result.findings.map((finding) => [
          finding.severity,
          finding.ruleId,
          `${finding.path}:${finding.loc.line}`,
          finding.message,
          rules.get(finding.ruleId)?.remediation ?? '',
        ]),
      }),
    );
  }
  if (result.suppressed.length > 0) {
    sections.push(
      `<details><summary>Suppressed findings (${result.suppressed.length})</summary>\n\n${markdownTable({
        header: ['Severity', 'Rule', 'Location', 'Reason'],
        rows: result.suppressed.map(({ finding, reason }) => [
          finding.severity,
          finding.ruleId,
          `${finding.path}:${finding.loc.line}`,
          reason,
        ]),
      })}\n\n</details>`,
    );
  }
  if (result.skipped.length > 0) {
    sections.push(
      `#### Files not reviewed\n\n${markdownTable({
        header: ['File', 'Reason'],
        rows: result.skipped.map((file) => [file.path, file.reason]),
      })}`,
    );
  }
  if (result.warnings.length > 0) {
    sections.push(
      `#### Warnings\n\n${result.warnings.map((warning) => `- ${escapeCell(warning)}`).join('\n')}`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}
