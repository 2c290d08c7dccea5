import { SARIF_LEVEL, SECURITY_SEVERITY } from '../../runtime/severity';
import type { Location } from '../ir';
import { isInSourceSuppression } from '../suppression/inline';
import type { FlowStep, ReviewFinding, ReviewResult, RuleMeta, SkippedFile } from '../types';

/** The OASIS schema the output is valid against (SARIF 2.1.0 with errata 01). */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Relative artifact URIs are resolved against the repository root, as GitHub code scanning expects. */
const SOURCE_ROOT = '%SRCROOT%';
/** The partialFingerprints key: versioned, so that a change of recipe is a new key rather than new alerts. */
export const FINGERPRINT_KEY = 'rampartFingerprint/v1';

/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers:
 * every rule that ran with its help and CWE tags, one result per finding (taint flows as code
 * flows), suppressed findings as results carrying their suppression, skipped files as notifications.
 */
export function sarifReport(result: ReviewResult, version: string) {
  const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
  const resultOf = (finding: ReviewFinding) => sarifResult(finding, ruleIndex.get(finding.ruleId));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Rampart',
            version,
            rules: result.rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.skipped.map(skippedNotification),
            toolConfigurationNotifications: result.warnings.map((warning) => ({
              level: 'warning',
              message: { text: warning },
            })),
          },
        ],
        results: [
          ...result.findings.map(resultOf),
          ...result.suppressed.map(({ finding, reason }) => ({
            ...resultOf(finding),
            suppressions: [
              {
                kind: isInSourceSuppression(reason) ? 'inSource' : 'external',
                status: 'accepted',
                justification: reason,
              },
            ],
          })),
        ],
        columnKind: 'utf16CodeUnits',
        properties: {
          engine: result.engine,
          mode: result.mode,
          filesReviewed: result.filesReviewed,
          linesReviewed: result.linesReviewed,
        },
      },
    ],
  };
}

function sarifRule(rule: RuleMeta) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    ...(/^https?:\/\//.test(rule.helpUri) ? { helpUri: rule.helpUri } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [...new Set(['security', ...rule.cwe.flatMap(cweTag), ...rule.tags])],
      'security-severity': SECURITY_SEVERITY[rule.severity],
      // The corpus target is at most 10% false positives for every rule.
      precision: 'high',
    },
  };
}

/** `path-traversal` as `PathTraversal`: SARIF wants a readable name that is not the id itself. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');
}

/** GitHub code scanning shows the CWE of a rule tagged `external/cwe/cwe-<number>`. */
function cweTag(cwe: string): string[] {
  const number = /^CWE-(\d+)$/i.exec(cwe.trim())?.[1];
  return number ? [`external/cwe/cwe-${number}`] : [];
}

function helpText(rule: RuleMeta): string {
  return [
    rule.description,
    rule.cwe.length > 0 ? `Weakness: ${rule.cwe.join(', ')}` : '',
    rule.remediation ? `Remediation: ${rule.remediation}` : '',
    rule.fixedExample ? `Fixed example:\n${rule.fixedExample}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function helpMarkdown(rule: RuleMeta): string {
  const fence = '`'.repeat(
    Math.max(3, ...[...rule.fixedExample.matchAll(/`+/g)].map((run) => run[0].length + 1)),
  );
  const language = rule.languages.length === 1 ? rule.languages[0] : '';
  return [
    rule.description,
    rule.cwe.length > 0 ? `Weakness: ${rule.cwe.map(cweLink).join(', ')}` : '',
    rule.remediation ? `## Remediation\n\n${rule.remediation}` : '',
    rule.fixedExample ? `## Fixed example\n\n${fence}${language}\n${rule.fixedExample}\n${fence}` : '',
    /^https?:\/\//.test(rule.helpUri) ? `[More about ${rule.title}](${rule.helpUri})` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function cweLink(cwe: string): string {
  const number = /^CWE-(\d+)$/i.exec(cwe.trim())?.[1];
  return number ? `[${cwe}](https://cwe.mitre.org/data/definitions/${number}.html)` : cwe;
}

function sarifResult(finding: ReviewFinding, ruleIndex: number | undefined) {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: SARIF_LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: physicalLocation(finding.path, finding.loc) }],
    ...(finding.flow && finding.flow.length > 0 ? { codeFlows: [codeFlow(finding.flow)] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
  };
}

function codeFlow(flow: FlowStep[]) {
  return {
    threadFlows: [
      {
        locations: flow.map((step) => ({
          location: {
            physicalLocation: physicalLocation(step.path, step.loc),
            message: { text: step.message },
          },
        })),
      },
    ],
  };
}

function skippedNotification(file: SkippedFile) {
  return {
    level: 'warning',
    message: { text: file.reason },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
  };
}

function physicalLocation(path: string, loc: Location) {
  const startLine = Math.max(1, loc.line);
  const startColumn = Math.max(1, loc.column);
  const endLine = Math.max(startLine, loc.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, loc.endColumn);
  return { artifactLocation: artifactLocation(path), region: { startLine, startColumn, endLine, endColumn } };
}

/** A repository-relative path as a relative URI: `/` separators, every segment percent-encoded. */
function artifactLocation(path: string) {
  const uri = path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: SOURCE_ROOT };
}
