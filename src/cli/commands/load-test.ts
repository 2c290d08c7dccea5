import {
  decidesGate,
  wholeNumber,
  ENGINE_NAMES,
  mergeFromFiles,
  type Outcome,
  type ReportFiles,
  runFromFiles,
  writeReportFiles,
} from '../../load-test/invoke';
import { periodicProgress, progressLine } from '../../load-test/report/progress';
import { verdictText } from '../../load-test/report/text';
import type { Progress } from '../../load-test/run';
import { choiceFlag, type CommandSpec, type FlagSpec, type FlagValues, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';
import { parseTimeLimit } from '../../runtime/duration';

const REPORT_FLAGS: FlagSpec[] = [
  {
    name: 'out',
    type: 'string',
    value: 'FILE',
    description: 'Write the result (JSON: histograms, counts, per-second timeline) for merge and --baseline.',
  },
  {
    name: 'junit',
    type: 'string',
    value: 'FILE',
    description: 'Write JUnit XML: one test case per threshold.',
  },
  { name: 'markdown', type: 'string', value: 'FILE', description: 'Write a Markdown report with charts.' },
  { name: 'html', type: 'string', value: 'FILE', description: 'Write a self-contained HTML report.' },
  {
    name: 'baseline',
    type: 'string',
    value: 'FILE',
    description: 'The result of an earlier run: relative thresholds and the change per metric.',
  },
];

/** Plain progress lines (not a terminal) come this often, so that CI logs stay readable. */
const PLAIN_PROGRESS_EVERY_MS = 5_000;

export const loadTestRunCommand: CommandSpec = {
  name: 'load-test run',
  summary:
    'Run a load-test scenario and gate on its thresholds: exit 0 all pass, 1 a threshold failed or the run was aborted, 2 bad scenario or unreachable target.',
  flags: [
    {
      name: 'scenario',
      type: 'string',
      value: 'FILE',
      required: true,
      description: "Scenario (load-tests/*.yml), or the source pipeline's loadTestEnvVariables.json.",
    },
    {
      name: 'engine',
      type: 'string',
      value: ENGINE_NAMES.join('|'),
      default: 'local',
      description: 'Where the load comes from.',
    },
    {
      name: 'shard',
      type: 'string',
      value: 'I/N',
      description:
        'Run the I-th of N equal parts of the load. A shard is not judged alone (it exits 0 unless its input is bad): load-test merge gates on all the shards.',
    },
    {
      name: 'threads',
      type: 'string',
      value: 'N',
      description: 'Worker threads of the local engine (default: one per core).',
    },
    {
      name: 'k6-script',
      type: 'string',
      value: 'FILE',
      description:
        'Engine k6: run this k6 script instead of one generated from the scenario (thresholds from the scenario).',
    },
    {
      name: 'k6-path',
      type: 'string',
      value: 'FILE',
      description: 'Engine k6: the k6 binary (default: k6 on PATH).',
    },
    {
      name: 'dlt-endpoint',
      type: 'string',
      value: 'URL',
      description:
        "Engine dlt: the Distributed Load Testing stack's API endpoint (its DLTApiEndpoint output).",
    },
    {
      name: 'dlt-region',
      type: 'string',
      value: 'REGION',
      description: 'Engine dlt: the region of the DLT stack (default: AWS_REGION).',
    },
    {
      name: 'dlt-tasks',
      type: 'string',
      value: 'N',
      description: 'Engine dlt: tasks (containers) that share the load (default: 1).',
    },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      default: '1h',
      description: 'Engine dlt: cancel the test and fail when it has not finished after this long, e.g. 45m.',
    },
    ...REPORT_FLAGS,
  ],
  async run(values) {
    const outcome = await runFromFiles({
      scenarioFile: String(values.scenario),
      engine: choiceFlag('engine', values.engine, ENGINE_NAMES),
      shard: stringFlag(values.shard),
      baselineFile: stringFlag(values.baseline),
      threads: wholeNumber(stringFlag(values.threads), '--threads'),
      k6: { path: stringFlag(values['k6-path']), script: stringFlag(values['k6-script']) },
      dlt: {
        endpoint: stringFlag(values['dlt-endpoint']),
        region: stringFlag(values['dlt-region']) ?? process.env.AWS_REGION,
        taskCount: wholeNumber(stringFlag(values['dlt-tasks']), '--dlt-tasks'),
      },
      timeoutMs: parseTimeLimit(String(values.timeout), '--timeout'),
      onProgress: progressPrinter(),
      onStatus: (message) => process.stderr.write(`${message}\n`),
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    return finish(outcome, values);
  },
};

export const loadTestMergeCommand: CommandSpec = {
  name: 'load-test merge',
  summary:
    'Merge the result files of the shards of one run (exact: histograms are added) and gate on the merged result.',
  positionals: { usage: 'RESULT.json…', max: Number.MAX_SAFE_INTEGER },
  flags: REPORT_FLAGS,
  async run(values, positionals) {
    return finish(await mergeFromFiles(positionals, stringFlag(values.baseline)), values);
  },
};

async function finish(outcome: Outcome, values: FlagValues): Promise<number> {
  const files: ReportFiles = {
    out: stringFlag(values.out),
    junit: stringFlag(values.junit),
    markdown: stringFlag(values.markdown),
    html: stringFlag(values.html),
  };
  await writeReportFiles(outcome, files);
  process.stdout.write(verdictText(outcome.result, outcome.verdict));
  return outcome.verdict.passed || !decidesGate(outcome) ? ExitCode.Success : ExitCode.Failure;
}

function progressPrinter(): (progress: Progress) => void {
  if (!process.stderr.isTTY) {
    return periodicProgress(PLAIN_PROGRESS_EVERY_MS, (line) => process.stderr.write(`${line}\n`));
  }
  return (progress) => process.stderr.write(`\r${progressLine(progress)}\x1b[K`);
}
