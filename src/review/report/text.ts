import type { ReviewResult } from '../types';
import { place, reviewSummaryLine } from './summary';

/** One line per finding (`path:line:col severity rule-id message`), its flow indented below it, then the summary. */
export function textReport(result: ReviewResult): string {
  const lines = result.findings.flatMap((finding) => [
    `${place(finding.path, finding.loc)} ${finding.severity} ${finding.ruleId} ${finding.message}`,
    ...(finding.flow ?? []).map((step) => `    ${place(step.path, step.loc)} ${step.message}`),
  ]);
  return `${[...lines, reviewSummaryLine(result)].join('\n')}\n`;
}
