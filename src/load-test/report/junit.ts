import type { ThresholdResult } from '../gate';
import type { LoadTestResult, Verdict } from '../result';
import {
  describeAbort,
  escapeMarkup,
  formatValue,
  keyMetricsTable,
  resultKeyMetrics,
  thresholdUnit,
} from './summary';

interface TestCase {
  name: string;
  /** Why it failed; absent when it passed. */
  failure?: string;
}

/**
 * JUnit XML for CodeBuild (and other) test reports: a test case per threshold, and the abort of the
 * run as one more, failed, when an abortOnFail threshold stopped it.
 */
export function junitReport(result: LoadTestResult, verdict: Verdict): string {
  const cases: TestCase[] = verdict.thresholds.map((threshold) => ({
    name: `${threshold.metric} ${threshold.threshold}`,
    failure: threshold.passed ? undefined : failureMessage(threshold),
  }));
  if (verdict.aborted) cases.push({ name: 'abortOnFail', failure: describeAbort(verdict.aborted) });
  const failures = cases.filter((testCase) => testCase.failure !== undefined).length;
  const name = result.scenario.name;
  const seconds = (result.measurements.durationMs / 1000).toFixed(3);
  const counts = `tests="${cases.length}" failures="${failures}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="rampart load-test" ${counts} time="${seconds}">`,
    `  <testsuite name="${escapeMarkup(name)}" ${counts} skipped="0" time="${seconds}" timestamp="${escapeMarkup(result.startedAt)}">`,
    ...properties(result),
    ...cases.map((testCase) => testCaseXml(testCase, `rampart.load-test.${name}`)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function failureMessage(threshold: ThresholdResult): string {
  const unit = thresholdUnit(threshold);
  const measured = `measured ${formatValue(threshold.value, unit)}`;
  if (threshold.reason)
    return threshold.value === undefined ? threshold.reason : `${measured}: ${threshold.reason}`;
  return `${measured}, bound ${formatValue(threshold.bound, unit)} (${threshold.threshold})`;
}

/** The target and the key metrics, so that a report viewer shows them beside the test cases. */
function properties(result: LoadTestResult): string[] {
  const { rows } = keyMetricsTable(resultKeyMetrics(result));
  const property = ([name, value]: string[]) =>
    `      <property name="${escapeMarkup(name ?? '')}" value="${escapeMarkup(value ?? '')}"/>`;
  return [
    '    <properties>',
    property(['target', result.scenario.target]),
    property(['executor', result.scenario.executor]),
    ...rows.map(property),
    '    </properties>',
  ];
}

function testCaseXml(testCase: TestCase, className: string): string {
  const opening = `    <testcase name="${escapeMarkup(testCase.name)}" classname="${escapeMarkup(className)}" time="0"`;
  if (testCase.failure === undefined) return `${opening}/>`;
  return [
    `${opening}>`,
    `      <failure message="${escapeMarkup(testCase.failure)}" type="threshold"/>`,
    '    </testcase>',
  ].join('\n');
}
