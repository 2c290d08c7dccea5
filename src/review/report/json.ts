import type { FlowStep, ReviewFinding, ReviewResult, RuleMeta } from '../types';
import type { Location } from '../ir';
import { countBySeverity } from './summary';

/**
 * The whole result for machines, every object built in a fixed key order so that two runs over the
 * same code give the same bytes. Findings name their rule by id; `rules` holds the metadata once.
 * An earlier run's output is also a baseline (`--baseline`): its fingerprints are accepted findings.
 */
export function jsonReport(result: ReviewResult, version: string): string {
  const report = {
    tool: 'rampart',
    version,
    command: 'review',
    engine: result.engine,
    mode: result.mode,
    summary: {
      findings: result.findings.length,
      bySeverity: countBySeverity(result.findings),
      suppressed: result.suppressed.length,
      skipped: result.skipped.length,
      warnings: result.warnings.length,
      filesReviewed: result.filesReviewed,
      linesReviewed: result.linesReviewed,
      durationMs: result.durationMs,
    },
    findings: result.findings.map(findingJson),
    suppressed: result.suppressed.map((entry) => ({
      reason: entry.reason,
      finding: findingJson(entry.finding),
    })),
    skipped: result.skipped.map((file) => ({ path: file.path, reason: file.reason })),
    warnings: result.warnings,
    rules: result.rules.map(ruleJson),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function findingJson(finding: ReviewFinding) {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    path: finding.path,
    loc: locationJson(finding.loc),
    message: finding.message,
    ...(finding.flow ? { flow: finding.flow.map(stepJson) } : {}),
    fingerprint: finding.fingerprint,
  };
}

function stepJson(step: FlowStep) {
  return { path: step.path, loc: locationJson(step.loc), message: step.message };
}

function locationJson(loc: Location) {
  return { line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}

function ruleJson(rule: RuleMeta) {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    cwe: rule.cwe,
    kind: rule.kind,
    languages: rule.languages,
    tags: rule.tags,
    description: rule.description,
    remediation: rule.remediation,
    fixedExample: rule.fixedExample,
    helpUri: rule.helpUri,
  };
}
