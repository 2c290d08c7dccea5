/** The gates' results as text for a terminal or build log, and as Markdown for a job summary. */
import { escapeCell, markdownTable } from '../runtime/markdown';
import type { BlockingFinding, InspectorBar, InspectorGateResult, PackageReport } from './inspector';
import type { FunctionOutcome, FunctionReadiness, LambdaReadyResult } from './lambda-ready';

const OUTCOME_WORDS: Record<FunctionOutcome, string> = {
  ready: 'ready',
  waiting: 'waiting',
  failed: 'FAILED',
  inactive: 'INACTIVE',
  'timed-out': 'TIMED OUT',
  'not-found': 'NOT FOUND',
  error: 'ERROR',
};

/** `State Pending, LastUpdateStatus InProgress`, as far as known. */
function statuses(readiness: FunctionReadiness): string {
  if (readiness.state === undefined) return 'no state read';
  return `State ${readiness.state}, LastUpdateStatus ${readiness.lastUpdateStatus ?? '(none)'}`;
}

function reasonText(readiness: FunctionReadiness): string {
  if (!readiness.reason) return '';
  return readiness.reasonCode ? `${readiness.reason} (${readiness.reasonCode})` : readiness.reason;
}

/** One line each time a function's state changes while the gate waits. */
export function readinessProgressLine(readiness: FunctionReadiness): string {
  const reason = reasonText(readiness);
  return `${readiness.function}: ${statuses(readiness)}${reason ? `: ${reason}` : ''}`;
}

export function lambdaReadyText(result: LambdaReadyResult): string {
  const ready = result.functions.filter((fn) => fn.outcome === 'ready').length;
  const width = Math.max(...result.functions.map((fn) => OUTCOME_WORDS[fn.outcome].length));
  const lines = result.functions.map((fn) => {
    const reason = reasonText(fn);
    return `  ${OUTCOME_WORDS[fn.outcome].padEnd(width)}  ${fn.function} (${statuses(fn)})${reason ? `: ${reason}` : ''}`;
  });
  const verdict = result.ready ? 'PASS' : 'FAIL';
  return `lambda-ready: ${verdict}: ${ready} of ${result.functions.length} function(s) ready\n${lines.join('\n')}\n`;
}

export function lambdaReadyMarkdown(result: LambdaReadyResult): string {
  const table = markdownTable({
    header: ['Function', 'Result', 'State', 'LastUpdateStatus', 'Reason'],
    rows: result.functions.map((fn) => [
      fn.function,
      OUTCOME_WORDS[fn.outcome],
      fn.state ?? '',
      fn.lastUpdateStatus ?? '',
      reasonText(fn),
    ]),
  });
  return `### Lambda functions ready: ${result.ready ? 'PASS' : 'FAIL'}\n\n${table}\n`;
}

/** `at CRITICAL`, or `at HIGH or above with an Inspector score of at least 8`. */
export function describeBar(bar: InspectorBar): string {
  const severity = bar.severity === 'CRITICAL' ? 'at CRITICAL' : `at ${bar.severity} or above`;
  return bar.minScore === undefined
    ? severity
    : `${severity} with an Inspector score of at least ${bar.minScore}`;
}

function packageLine(vulnerable: PackageReport): string {
  const fixed = vulnerable.fixedInVersion
    ? `fixed in ${vulnerable.fixedInVersion}`
    : 'no fixed version known';
  return `${vulnerable.name} ${vulnerable.installedVersion} → ${fixed}`;
}

function scoreText(finding: BlockingFinding): string {
  return finding.score === undefined ? 'no score' : String(finding.score);
}

function findingText(finding: BlockingFinding): string {
  const lines = [
    `  ${finding.severity} ${scoreText(finding)}  ${finding.title}`,
    `    resource:    ${finding.resource}`,
    ...finding.packages.map((vulnerable) => `    package:     ${packageLine(vulnerable)}`),
    ...finding.packages
      .filter((vulnerable) => vulnerable.remediation)
      .map((vulnerable) => `    fix:         ${vulnerable.remediation}`),
    ...(finding.remediation ? [`    remediation: ${finding.remediation}`] : []),
    ...(finding.remediationUrl ? [`    see:         ${finding.remediationUrl}`] : []),
  ];
  return lines.join('\n');
}

function inspectorVerdict(result: InspectorGateResult): string {
  const checked = `${result.resources.length} resource(s) checked`;
  return result.passed
    ? `PASS: no active finding ${describeBar(result.bar)} (${checked})`
    : `FAIL: ${result.findings.length} active finding(s) ${describeBar(result.bar)} (${checked})`;
}

export function inspectorText(result: InspectorGateResult): string {
  return [`inspector: ${inspectorVerdict(result)}`, ...result.findings.map(findingText)].join('\n') + '\n';
}

export function inspectorMarkdown(result: InspectorGateResult): string {
  const sections = [`### Amazon Inspector gate: ${escapeCell(inspectorVerdict(result))}`];
  if (result.findings.length > 0) {
    sections.push(
      markdownTable({
        header: ['Severity', 'Score', 'Finding', 'Package → fixed version', 'Remediation', 'Resource'],
        rows: result.findings.map((finding) => [
          finding.severity,
          scoreText(finding),
          finding.title,
          finding.packages.map(packageLine).join('; '),
          [finding.remediation, ...finding.packages.map((vulnerable) => vulnerable.remediation)]
            .filter(Boolean)
            .join(' '),
          finding.resource,
        ]),
      }),
    );
  }
  sections.push(
    markdownTable({
      header: ['Resource', 'Blocking findings'],
      rows: result.resources.map((entry) => [entry.resource, String(entry.blocking)]),
    }),
  );
  return `${sections.join('\n\n')}\n`;
}
