import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../errors';
import { writeTextAtomically } from '../../runtime/files';
import { packageVersion } from '../../runtime/install-root';
import { loadBaseline } from '../../secrets/baseline';
import { loadSecretsConfig } from '../../secrets/config';
import { REPORT_FORMATS, type ReportFormat, renderReport, summaryLine } from '../../secrets/report';
import { type ScanTarget, scanForSecrets } from '../../secrets/scan';
import type { CommandSpec, FlagValues } from '../args';
import { ExitCode } from '../exit-codes';

const TARGET_FLAGS = ['range', 'staged', 'history', 'path'] as const;

export const secretsScanCommand: CommandSpec = {
  name: 'secrets scan',
  summary:
    'Find secrets in the lines a push or pull request added (--range), the index, the history, a folder, or standard input (-). Secrets are never printed: only a masked preview.',
  positionals: { usage: '[-]', max: 1 },
  flags: [
    {
      name: 'range',
      type: 'string',
      value: 'BASE..HEAD',
      description: 'Lines added by these commits (BASE may be all zeros).',
    },
    { name: 'staged', type: 'boolean', description: 'Lines added in the index (a pre-commit hook).' },
    { name: 'history', type: 'boolean', description: 'Every commit reachable from HEAD.' },
    {
      name: 'path',
      type: 'string',
      value: 'DIR',
      description: 'Every text file below DIR, as it is now (the default: .).',
    },
    {
      name: 'config',
      type: 'string',
      value: 'FILE',
      description: 'Secrets config (default: .rampart/secrets.yml if present).',
    },
    {
      name: 'baseline',
      type: 'string',
      value: 'FILE',
      description: 'JSON report of an earlier scan: its findings are known.',
    },
    {
      name: 'format',
      type: 'string',
      value: REPORT_FORMATS.join('|'),
      default: 'text',
      description: 'Report format.',
    },
    {
      name: 'output',
      type: 'string',
      value: 'FILE',
      description: 'Write the report here instead of to standard output.',
    },
    {
      name: 'fail',
      type: 'boolean',
      description: 'Exit 1 when a secret is found (not counting examples, allowed or baselined ones).',
    },
  ],
  run: runScan,
};

async function runScan(values: FlagValues, positionals: string[]): Promise<number> {
  const format = parseFormat(values.format);
  const root = process.cwd();
  const target = await scanTarget(values, positionals, root);
  const [config, baseline] = await Promise.all([
    loadSecretsConfig(stringFlag(values.config), root),
    typeof values.baseline === 'string' ? loadBaseline(values.baseline) : Promise.resolve(undefined),
  ]);
  const result = await scanForSecrets({ target, root, config, baseline });
  const report = renderReport(result, format, config.rules, packageVersion());
  if (typeof values.output === 'string') {
    await writeTextAtomically(values.output, report);
    process.stderr.write(`${summaryLine(result)}\n`);
  } else {
    process.stdout.write(report);
  }
  return values.fail && result.findings.length > 0 ? ExitCode.Failure : ExitCode.Success;
}

function stringFlag(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseFormat(value: string | boolean | undefined): ReportFormat {
  if (REPORT_FORMATS.includes(value as ReportFormat)) return value as ReportFormat;
  throw new InputError([`--format "${String(value)}" is not one of ${REPORT_FORMATS.join(', ')}`]);
}

async function scanTarget(values: FlagValues, positionals: string[], root: string): Promise<ScanTarget> {
  const chosen = [
    ...TARGET_FLAGS.filter((flag) => values[flag] !== undefined && values[flag] !== false),
    ...positionals,
  ];
  if (chosen.length > 1) {
    throw new InputError([
      `choose one of --range, --staged, --history, --path and -; got ${chosen.map((flag) => (flag === '-' ? '-' : `--${flag}`)).join(', ')}`,
    ]);
  }
  if (positionals[0] !== undefined && positionals[0] !== '-') {
    throw new InputError([
      `unexpected argument "${positionals[0]}": to scan a folder, use --path ${positionals[0]}`,
    ]);
  }
  if (positionals[0] === '-') return { kind: 'text', name: '<stdin>', text: readFileSync(0, 'utf8') };
  if (values.staged) return { kind: 'staged' };
  if (values.history) return { kind: 'history' };
  if (typeof values.range === 'string') {
    const match = /^([^.\s]+)\.\.([^.\s]+)$/.exec(values.range);
    if (!match)
      throw new InputError([
        `--range "${values.range}" must be BASE..HEAD, e.g. \${{ github.event.before }}..\${{ github.sha }}`,
      ]);
    return { kind: 'range', base: match[1] as string, head: match[2] as string };
  }
  return { kind: 'path', path: resolve(root, stringFlag(values.path) ?? '.') };
}
