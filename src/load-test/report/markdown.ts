import { deserialize } from '../metrics';
import type { LoadTestResult, Verdict } from '../result';
import {
  describeAbort,
  describeRun,
  keyMetrics,
  keyMetricsTable,
  NO_TIMELINE,
  niceTicks,
  resultKeyMetrics,
  type TimeChart,
  thresholdTable,
  timelineCharts,
  verdictWord,
} from './summary';
import { escapeCell, markdownTable } from '../../runtime/markdown';

/** Mermaid draws every x-axis label: beyond about this many they run into each other. */
const MAX_CHART_POINTS = 60;

/** The report for GitHub's job summary: thresholds, key metrics and charts of the run over time. */
export function markdownReport(result: LoadTestResult, verdict: Verdict, baseline?: LoadTestResult): string {
  const measurements = deserialize(result.measurements);
  const charts = timelineCharts(measurements, MAX_CHART_POINTS);
  const sections = [
    `### Load test ${escapeCell(result.scenario.name)}: ${verdictWord(verdict)}`,
    escapeCell(describeRun(result)),
    ...(verdict.aborted ? [`**${escapeCell(describeAbort(verdict.aborted))}**`] : []),
    '#### Thresholds',
    verdict.thresholds.length > 0 ? markdownTable(thresholdTable(verdict, baseline !== undefined)) : 'none',
    baseline ? '#### Key metrics (change against the baseline)' : '#### Key metrics',
    markdownTable(keyMetricsTable(keyMetrics(measurements), baseline && resultKeyMetrics(baseline))),
    '#### Over time',
    ...(charts.length > 0 ? charts.map(mermaidChart) : [NO_TIMELINE]),
  ];
  return `${sections.join('\n\n')}\n`;
}

function mermaidChart(chart: TimeChart): string {
  const values = chart.points.map((point) => point.value ?? 0);
  const top = niceTicks(Math.max(...values)).at(-1) ?? 1;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${chart.title}"`,
    `    x-axis "second" [${chart.points.map((point) => `"${point.second}"`).join(', ')}]`,
    `    y-axis "${chart.unit}" 0 --> ${top}`,
    `    line [${values.map((value) => String(Number(value.toFixed(2)))).join(', ')}]`,
    '```',
  ].join('\n');
}
