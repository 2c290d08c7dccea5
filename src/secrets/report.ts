import type { ScanResult, ScanTarget } from './scan';
import type { Finding, SecretRule } from './types';
import { escapeCell } from '../runtime/markdown';
import { SARIF_LEVEL, SECURITY_SEVERITY, SEVERITY_ORDER } from '../runtime/severity';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown';
export const REPORT_FORMATS: ReportFormat[] = ['text', 'json', 'sarif', 'markdown'];

/** The report as text in the given format. No format holds more of a secret than its masked preview. */
export function renderReport(
  result: ScanResult,
  format: ReportFormat,
  rules: SecretRule[],
  version: string,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(jsonReport(result, version), null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifReport(result, rules, version), null, 2)}\n`;
    case 'markdown':
      return markdownReport(result);
    default:
      return textReport(result);
  }
}

export function describeTarget(target: ScanTarget): string {
  switch (target.kind) {
    case 'range':
      return `commits ${target.base.slice(0, 12)}..${target.head.slice(0, 12)}`;
    case 'staged':
      return 'the staged changes';
    case 'history':
      return 'the history of HEAD';
    case 'path':
      return target.path;
    case 'text':
      return target.name;
    case 'codecommit':
      return `CodeCommit ${target.repositoryName} ${target.oldCommitId?.slice(0, 12) ?? '(new branch)'}..${target.newCommitId.slice(0, 12)}`;
  }
}

function place(finding: Finding): string {
  return `${finding.path}:${finding.line}:${finding.column}`;
}

function provenance(finding: Finding): string {
  if (!finding.commit) return '';
  return `  commit ${finding.commit.slice(0, 12)}${finding.author ? ` by ${finding.author}` : ''}`;
}

export function summaryLine(result: ScanResult): string {
  const bySeverity = SEVERITY_ORDER.map(
    (severity) =>
      [severity, result.findings.filter((finding) => finding.severity === severity).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  const found =
    result.findings.length === 0
      ? 'no secrets found'
      : `${result.findings.length} secret(s) found (${bySeverity.join(', ')})`;
  const scope = ['range', 'history', 'codecommit'].includes(result.target.kind)
    ? `${result.scanned.commits} commit(s)`
    : `${result.scanned.files} file(s)`;
  const others = [
    result.examples.length > 0 ? `${result.examples.length} published example credential(s) ignored` : '',
    result.allowed.length > 0 ? `${result.allowed.length} allowed` : '',
    result.baselined.length > 0 ? `${result.baselined.length} known from the baseline` : '',
  ].filter(Boolean);
  return `${found} in ${scope} of ${describeTarget(result.target)}${others.length > 0 ? `; ${others.join(', ')}` : ''}`;
}

function textReport(result: ScanResult): string {
  const lines = result.findings.map(
    (finding) =>
      `${place(finding)}  ${finding.severity}  ${finding.ruleId}  ${finding.preview}${provenance(finding)}`,
  );
  return `${[...result.notes.map((note) => `note: ${note}`), ...lines, summaryLine(result)].join('\n')}\n`;
}

function jsonReport(result: ScanResult, version: string) {
  return {
    tool: 'rampart',
    version,
    command: 'secrets scan',
    target: result.target.kind === 'text' ? { kind: 'text', name: result.target.name } : result.target,
    summary: {
      findings: result.findings.length,
      bySeverity: Object.fromEntries(
        SEVERITY_ORDER.map((severity) => [
          severity,
          result.findings.filter((finding) => finding.severity === severity).length,
        ]),
      ),
      examples: result.examples.length,
      allowed: result.allowed.length,
      baselined: result.baselined.length,
      scanned: result.scanned,
    },
    findings: result.findings,
    examples: result.examples,
    allowed: result.allowed,
    baselined: result.baselined,
    binaryFiles: result.binaryFiles,
    notes: result.notes,
  };
}

/** SARIF 2.1.0, for GitHub code scanning (upload-sarif) and other SARIF viewers. */
function sarifReport(result: ScanResult, rules: SecretRule[], version: string) {
  const used = new Set(result.findings.map((finding) => finding.ruleId));
  const reported = rules.filter((rule) => used.has(rule.id));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Rampart secret scanning',
            version,
            rules: reported.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: rule.remediation, markdown: rule.remediation },
              defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
              properties: {
                tags: ['security', 'secret', 'external/cwe/cwe-798'],
                'security-severity': SECURITY_SEVERITY[rule.severity],
                precision: rule.generic ? 'medium' : 'high',
              },
            })),
          },
        },
        results: result.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: reported.findIndex((rule) => rule.id === finding.ruleId),
          level: SARIF_LEVEL[finding.severity],
          message: {
            text: `${finding.description}: ${finding.preview}${finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : ''}`,
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.path },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          partialFingerprints: { 'rampartSecret/v1': finding.fingerprint },
        })),
      },
    ],
  };
}

function markdownReport(result: ScanResult): string {
  const rows = result.findings.map(
    (finding) =>
      `| ${finding.severity} | \`${finding.ruleId}\` | \`${finding.path}:${finding.line}\` | \`${finding.preview}\` | ${finding.commit ? `\`${finding.commit.slice(0, 12)}\`` : ''} | ${escapeCell(finding.author ?? '')} |`,
  );
  const table =
    rows.length > 0
      ? [
          '',
          '| severity | rule | where | secret (masked) | commit | author |',
          '|---|---|---|---|---|---|',
          ...rows,
        ]
      : [];
  return `${['### Secret scan', '', summaryLine(result), ...table].join('\n')}\n`;
}
