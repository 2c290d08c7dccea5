import { resolve } from 'node:path';
import { closeAwsConnections } from '../../aws/client-factory';
import { parseTimeLimit } from '../../runtime/duration';
import { writeTextAtomically } from '../../runtime/files';
import { packageVersion } from '../../runtime/install-root';
import { REVIEW_FORMATS, renderReview, reviewSummaryLine } from '../../review/report';
import { type CodeGuruOptions, parseLanguageList, type ReviewRequest, runReview } from '../../review/review';
import { FAIL_ON_LEVELS, failingFindings } from '../../review/severity';
import { choiceFlag, type CommandSpec, reportFlags, type FlagValues, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';

const ENGINES = ['rampart', 'codeguru'] as const;
const MODES = ['full', 'diff'] as const;
function codeGuruOptions(values: FlagValues): CodeGuruOptions | undefined {
  const associationArn = stringFlag(values['codeguru-association-arn']);
  if (!associationArn) return undefined;
  return {
    associationArn,
    region: stringFlag(values.region) ?? process.env.AWS_REGION ?? 'us-east-1',
    branch: stringFlag(values['codeguru-branch']) ?? 'main',
    name: stringFlag(values['codeguru-review-name']) ?? `rampart-${Date.now()}`,
    timeoutMs: parseTimeLimit(stringFlag(values.timeout) ?? '30m', '--timeout'),
  };
}

function reviewRequest(values: FlagValues): ReviewRequest {
  const root = resolve(stringFlag(values.path) ?? '.');
  const baseline = stringFlag(values.baseline);
  return {
    root,
    mode: choiceFlag('mode', values.mode, MODES),
    base: stringFlag(values.base) ?? 'origin/main',
    languages: parseLanguageList(stringFlag(values.languages), '--languages'),
    baselineFile: baseline === undefined ? undefined : resolve(baseline),
    engine: choiceFlag('engine', values.engine, ENGINES),
    codeguru: codeGuruOptions(values),
  };
}

export const reviewCommand: CommandSpec = {
  name: 'review',
  summary:
    'Security review of the source: taint analysis and detectors for Java, Python, JavaScript and TypeScript (CWE-22, 78, 79, 89, 90, 327, 328, 330, 501, 614, 643, 798, 1004, KMS). Exits 1 on findings at or above --fail-on.',
  flags: [
    { name: 'path', type: 'string', value: 'DIR', default: '.', description: 'The repository to review.' },
    {
      name: 'mode',
      type: 'string',
      value: MODES.join('|'),
      default: 'full',
      description: 'full: every finding; diff: only findings on lines changed since --base.',
    },
    {
      name: 'base',
      type: 'string',
      value: 'REF',
      default: 'origin/main',
      description: 'What --mode diff compares with (its merge base with HEAD).',
    },
    {
      name: 'languages',
      type: 'string',
      value: 'LIST',
      description:
        'Comma-separated: java, python, js (JavaScript and TypeScript), javascript, typescript. Default: all.',
    },
    ...reportFlags(REVIEW_FORMATS),
    {
      name: 'sarif',
      type: 'string',
      value: 'FILE',
      description: 'Also write SARIF here (for code scanning).',
    },
    {
      name: 'junit',
      type: 'string',
      value: 'FILE',
      description: 'Also write JUnit XML here (for CodeBuild test reports).',
    },
    {
      name: 'fail-on',
      type: 'string',
      value: FAIL_ON_LEVELS.join('|'),
      default: 'high',
      description: 'Exit 1 when a finding is this severe or more.',
    },
    {
      name: 'baseline',
      type: 'string',
      value: 'FILE',
      description: 'JSON report of an earlier review: its findings are accepted.',
    },
    {
      name: 'engine',
      type: 'string',
      value: ENGINES.join('|'),
      default: 'rampart',
      description: 'codeguru: a CodeGuru Reviewer repository analysis (needs an existing association).',
    },
    {
      name: 'codeguru-association-arn',
      type: 'string',
      value: 'ARN',
      description: 'CodeGuru repository association.',
    },
    {
      name: 'codeguru-branch',
      type: 'string',
      value: 'NAME',
      description: 'Branch CodeGuru analyses (default: main).',
    },
    {
      name: 'codeguru-review-name',
      type: 'string',
      value: 'NAME',
      description: 'Unique name of the code review (default: rampart-<time>).',
    },
    {
      name: 'region',
      type: 'string',
      value: 'REGION',
      description: 'CodeGuru region (default: AWS_REGION).',
    },
    {
      name: 'timeout',
      type: 'string',
      value: 'DURATION',
      description: 'How long to wait for CodeGuru (default: 30m).',
    },
  ],
  async run(values) {
    const failOn = choiceFlag('fail-on', values['fail-on'], FAIL_ON_LEVELS);
    const format = choiceFlag('format', values.format, REVIEW_FORMATS);
    const result = await runReview(reviewRequest(values)).finally(closeAwsConnections);
    const report = renderReview(result, format, packageVersion());
    const output = stringFlag(values.output);
    if (output) await writeTextAtomically(output, report);
    else process.stdout.write(report);
    for (const extra of ['sarif', 'junit'] as const) {
      const file = stringFlag(values[extra]);
      if (file) await writeTextAtomically(file, renderReview(result, extra, packageVersion()));
    }
    for (const problem of [...result.skipped.map((file) => file.reason), ...result.warnings]) {
      process.stderr.write(`warning: ${problem}\n`);
    }
    if (output || format !== 'text') process.stderr.write(`${reviewSummaryLine(result)}\n`);
    if (result.skipped.length > 0) return ExitCode.BadInput;
    return failingFindings(result, failOn).length > 0 ? ExitCode.Failure : ExitCode.Success;
  },
};
