import type { LoadTestResult, Verdict } from '../result';
import {
  describeAbort,
  describeRun,
  keyMetricsTable,
  resultKeyMetrics,
  thresholdTable,
  verdictWord,
} from './summary';
import type { Table } from '../../runtime/markdown';

/** The verdict for a terminal or a CI log: the run, the thresholds, the key latencies and errors. */
export function verdictText(result: LoadTestResult, verdict: Verdict): string {
  const metrics = keyMetricsTable(resultKeyMetrics(result));
  return [
    `${verdictWord(verdict)}  ${result.scenario.name}: ${describeRun(result)}`,
    ...(verdict.aborted ? [describeAbort(verdict.aborted)] : []),
    ...(result.shard && result.shard.count > 1
      ? ['one shard of several: the gate is the merged result of all shards (rampart load-test merge)']
      : []),
    '',
    alignedTable(
      thresholdTable(
        verdict,
        verdict.thresholds.some((threshold) => threshold.baseline !== undefined),
      ),
    ),
    '',
    alignedTable(metrics),
    '',
  ].join('\n');
}

function alignedTable(table: Table): string {
  const lines = [table.header, ...table.rows];
  const widths = table.header.map((_, column) =>
    Math.max(...lines.map((cells) => (cells[column] ?? '').length)),
  );
  return lines
    .map((cells) =>
      cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
