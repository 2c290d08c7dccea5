import type { ThresholdResult } from '../gate';
import type { LoadTestResult, Verdict } from '../result';
import { type JUnitCase, junitXml } from '../../runtime/junit';
import { describeAbort, formatValue, keyMetricsTable, resultKeyMetrics, thresholdUnit } from './summary';

/**
 * JUnit XML for CodeBuild (and other) test reports: a test case per threshold, and the abort of the
 * run as one more, failed, when an abortOnFail threshold stopped it.
 */
export function junitReport(result: LoadTestResult, verdict: Verdict): string {
  const className = `rampart.load-test.${result.scenario.name}`;
  const cases: JUnitCase[] = verdict.thresholds.map((threshold) => ({
    name: `${threshold.metric} ${threshold.threshold}`,
    className,
    failure: threshold.passed ? undefined : { message: failureMessage(threshold), type: 'threshold' },
  }));
  if (verdict.aborted) {
    cases.push({
      name: 'abortOnFail',
      className,
      failure: { message: describeAbort(verdict.aborted), type: 'threshold' },
    });
  }
  return junitXml({
    tool: 'rampart load-test',
    name: result.scenario.name,
    seconds: result.measurements.durationMs / 1000,
    timestamp: result.startedAt,
    properties: properties(result),
    cases,
  });
}

function failureMessage(threshold: ThresholdResult): string {
  const unit = thresholdUnit(threshold);
  const measured = `measured ${formatValue(threshold.value, unit)}`;
  if (threshold.reason)
    return threshold.value === undefined ? threshold.reason : `${measured}: ${threshold.reason}`;
  return `${measured}, bound ${formatValue(threshold.bound, unit)} (${threshold.threshold})`;
}

/** The target and the key metrics, so that a report viewer shows them beside the test cases. */
function properties(result: LoadTestResult): [string, string][] {
  const { rows } = keyMetricsTable(resultKeyMetrics(result));
  return [
    ['target', result.scenario.target],
    ['executor', result.scenario.executor],
    ...rows.map(([name, value]) => [name ?? '', value ?? ''] as [string, string]),
  ];
}
