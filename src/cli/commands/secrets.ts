import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors';
import { writeTextAtomically } from '../../runtime/files';
import { INSTALL_ROOT, packageVersion } from '../../runtime/install-root';
import { loadBaseline } from '../../secrets/baseline';
import { loadSecretsConfig, type SecretsConfig } from '../../secrets/config';
import { REPORT_FORMATS, renderReport, summaryLine } from '../../secrets/report';
import type { ParallelScan } from '../../secrets/parallel';
import { parseRange, type ScanResult, type ScanTarget, scanForSecrets } from '../../secrets/scan';
import {
  choiceFlag,
  type CommandSpec,
  reportFlags,
  type FlagSpec,
  type FlagValues,
  stringFlag,
} from '../args';
import { ExitCode } from '../exit-codes';

const TARGET_FLAGS = ['range', 'staged', 'history', 'path'] as const;

export const SCAN_FLAGS: FlagSpec[] = [
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
];

export const secretsScanCommand: CommandSpec = {
  name: 'secrets scan',
  summary:
    'Find secrets in the lines a push or pull request added (--range), the index, the history, a folder, or standard input (-). Secrets are never printed: only a masked preview.',
  positionals: { usage: '[-]', max: 1 },
  flags: [
    ...SCAN_FLAGS,
    ...reportFlags(REPORT_FORMATS),
    {
      name: 'fail',
      type: 'boolean',
      description: 'Exit 1 when a secret is found (not counting examples, allowed or baselined ones).',
    },
  ],
  async run(values, positionals) {
    const format = choiceFlag('format', values.format, REPORT_FORMATS);
    const { result, config } = await scanFromFlags(values, positionals);
    const report = renderReport(result, format, config.rules, packageVersion());
    if (typeof values.output === 'string') {
      await writeTextAtomically(values.output, report);
      process.stderr.write(`${summaryLine(result)}\n`);
    } else {
      process.stdout.write(report);
    }
    return values.fail && result.findings.length > 0 ? ExitCode.Failure : ExitCode.Success;
  },
};

export async function scanFromFlags(
  values: FlagValues,
  positionals: string[],
): Promise<{ result: ScanResult; config: SecretsConfig }> {
  const root = process.cwd();
  const target = await scanTarget(values, positionals, root);
  const [config, baseline] = await Promise.all([
    loadSecretsConfig(stringFlag(values.config), root),
    typeof values.baseline === 'string' ? loadBaseline(values.baseline) : Promise.resolve(undefined),
  ]);
  return {
    result: await scanForSecrets({ target, root, config, baseline, parallel: parallelScan() }),
    config,
  };
}

/**
 * Worker threads need a script they can start: the worker bundle, when this installation has one.
 * RAMPART_SCAN_WORKERS sets how many threads scan, the main thread among them (default: one per core;
 * 1: the main thread alone).
 */
function parallelScan(): ParallelScan | undefined {
  const script = join(INSTALL_ROOT, 'dist', 'secrets-worker', 'index.js');
  const workers = Number(process.env.RAMPART_SCAN_WORKERS) || undefined;
  return existsSync(script) ? { script, workers } : undefined;
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
  if (typeof values.range === 'string') return parseRange(values.range, '--range');
  return { kind: 'path', path: resolve(root, stringFlag(values.path) ?? '.') };
}
