import { deserialize } from '../metrics';
import type { LoadTestResult, Verdict } from '../result';
import {
  describeAbort,
  describeRun,
  formatNumber,
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
import { escapeMarkup } from '../../runtime/junit';
import type { Table } from '../../runtime/markdown';

/** An SVG path stays small and readable with this many points; longer runs are merged into buckets. */
const MAX_CHART_POINTS = 300;
const CHART = { width: 760, height: 260, left: 64, right: 16, top: 16, bottom: 44 };

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 800px; color: #1f2328; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; }
th { background: #f6f8fa; }
.pass { color: #1a7f37; } .fail { color: #cf222e; }
svg { display: block; margin-bottom: 1.5rem; }
svg text { font-size: 11px; fill: #57606a; }
.grid { stroke: #eaeef2; } .axis { stroke: #8c959f; }
.series { fill: none; stroke: #0969da; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
`;

/** One self-contained page (no scripts, stylesheets or fonts to fetch): tables and SVG charts. */
export function htmlReport(result: LoadTestResult, verdict: Verdict, baseline?: LoadTestResult): string {
  const name = escapeMarkup(result.scenario.name);
  const verdictClass = verdict.passed ? 'pass' : 'fail';
  const measurements = deserialize(result.measurements);
  const charts = timelineCharts(measurements, MAX_CHART_POINTS);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Load test ${name}: ${verdict.passed ? 'PASS' : 'FAIL'}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Load test ${name}: <span class="${verdictClass}">${verdictWord(verdict)}</span></h1>
<p>${escapeMarkup(describeRun(result))}</p>
${verdict.aborted ? `<p class="fail"><strong>${escapeMarkup(describeAbort(verdict.aborted))}</strong></p>` : ''}
<h2>Thresholds</h2>
${verdict.thresholds.length > 0 ? htmlTable(thresholdTable(verdict, baseline !== undefined)) : '<p>none</p>'}
<h2>Key metrics</h2>
${htmlTable(keyMetricsTable(keyMetrics(measurements), baseline && resultKeyMetrics(baseline)))}
<h2>Over time</h2>
${charts.length > 0 ? charts.map(svgChart).join('\n') : `<p>${NO_TIMELINE}</p>`}
</body>
</html>
`;
}

function htmlTable(table: Table): string {
  const row = (cells: string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell) => `<${tag}>${escapeMarkup(cell)}</${tag}>`).join('')}</tr>`;
  return [
    '<table>',
    `<thead>${row(table.header, 'th')}</thead>`,
    '<tbody>',
    ...table.rows.map((cells) => row(cells, 'td')),
    '</tbody>',
    '</table>',
  ].join('\n');
}

const PLOT = {
  left: CHART.left,
  right: CHART.width - CHART.right,
  top: CHART.top,
  bottom: CHART.height - CHART.bottom,
};

/** Where seconds and values land in the plot, and the round numbers its axes are marked with. */
interface Scales {
  xTicks: number[];
  yTicks: number[];
  x(second: number): number;
  y(value: number): number;
}

function scalesOf(chart: TimeChart): Scales {
  const lastPoint = chart.points[chart.points.length - 1] as TimeChart['points'][number];
  const xTicks = niceTicks(lastPoint.second + chart.bucketSeconds, 6);
  const yTicks = niceTicks(Math.max(0, ...chart.points.map((point) => point.value ?? 0)));
  const share = (value: number, ticks: number[]) => value / (ticks.at(-1) ?? 1);
  const pixels = (value: number) => Number(value.toFixed(1));
  return {
    xTicks,
    yTicks,
    x: (second) => pixels(PLOT.left + share(second, xTicks) * (PLOT.right - PLOT.left)),
    y: (value) => pixels(PLOT.bottom - share(value, yTicks) * (PLOT.bottom - PLOT.top)),
  };
}

function svgChart(chart: TimeChart): string {
  const title = escapeMarkup(chart.title);
  const scales = scalesOf(chart);
  const coordinates = chart.points.map((point) => ({
    // A bucket's value stands for its whole stretch: draw it at the middle.
    x: scales.x(point.second + chart.bucketSeconds / 2),
    y: point.value === undefined ? undefined : scales.y(point.value),
  }));
  return [
    `<h3>${title}</h3>`,
    `<svg role="img" aria-label="${title}" viewBox="0 0 ${CHART.width} ${CHART.height}" width="${CHART.width}" height="${CHART.height}">`,
    ...axes(scales, chart.unit),
    `<path class="series" d="${linePath(coordinates)}"/>`,
    '</svg>',
  ].join('\n');
}

/** Horizontal grid lines with the values, ticks with the seconds below, and the axis titles. */
function axes({ xTicks, yTicks, x, y }: Scales, unit: string): string[] {
  const middle = { x: (PLOT.left + PLOT.right) / 2, y: (PLOT.top + PLOT.bottom) / 2 };
  return [
    ...yTicks.map(
      (tick) =>
        `<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(tick)}" y2="${y(tick)}"/>` +
        `<text x="${PLOT.left - 6}" y="${y(tick) + 4}" text-anchor="end">${formatNumber(tick)}</text>`,
    ),
    ...xTicks.map(
      (tick) =>
        `<line class="axis" x1="${x(tick)}" x2="${x(tick)}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}"/>` +
        `<text x="${x(tick)}" y="${PLOT.bottom + 18}" text-anchor="middle">${formatNumber(tick)}s</text>`,
    ),
    `<line class="axis" x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}"/>`,
    `<line class="axis" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>`,
    `<text x="${middle.x}" y="${CHART.height - 6}" text-anchor="middle">seconds since the start</text>`,
    `<text transform="translate(14 ${middle.y}) rotate(-90)" text-anchor="middle">${escapeMarkup(unit)}</text>`,
  ];
}

/** Seconds without samples leave a gap; a lone point is drawn as a dot (a round cap on nothing). */
function linePath(points: { x: number; y: number | undefined }[]): string {
  const runs: string[][] = [];
  let run: string[] | undefined;
  for (const point of points) {
    if (point.y === undefined) {
      run = undefined;
      continue;
    }
    if (!run) {
      run = [];
      runs.push(run);
    }
    run.push(`${point.x},${point.y}`);
  }
  return runs.map((segment) => `M${segment.join(' L')}${segment.length === 1 ? ' h0' : ''}`).join(' ');
}
