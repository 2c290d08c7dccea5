import { parseArgs } from 'node:util';
import { InputError } from '../errors';

export interface FlagSpec {
  name: string;
  /** 'string' flags take a value; 'boolean' flags are switches. */
  type: 'string' | 'boolean';
  description: string;
  /** Shown in the help as the value's placeholder, e.g. FILE. */
  value?: string;
  default?: string;
  required?: boolean;
}

export interface CommandSpec {
  name: string;
  summary: string;
  flags: FlagSpec[];
  run(values: FlagValues): Promise<number>;
}

export type FlagValues = Record<string, string | boolean | undefined>;

const HELP_FLAG: FlagSpec = { name: 'help', type: 'boolean', description: 'Show this help.' };

/** Parses a command's flags, with defaults applied; throws InputError naming the flag on bad usage. */
export function parseFlags(command: CommandSpec, argv: string[]): FlagValues {
  const options = Object.fromEntries(
    [...command.flags, HELP_FLAG].map((flag) => [flag.name, { type: flag.type, default: flag.default }]),
  );
  let values: FlagValues;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new InputError([
      `rampart ${command.name}: ${(error as Error).message} (see rampart ${command.name} --help)`,
    ]);
  }
  if (values.help) return values;
  const missing = command.flags.filter((flag) => flag.required && values[flag.name] === undefined);
  if (missing.length > 0) {
    throw new InputError(missing.map((flag) => `rampart ${command.name}: --${flag.name} is required`));
  }
  return values;
}

export function commandHelp(command: CommandSpec): string {
  const usage = command.flags
    .map((flag) => {
      const text = flag.type === 'boolean' ? `--${flag.name}` : `--${flag.name} ${flag.value ?? 'VALUE'}`;
      return flag.required ? text : `[${text}]`;
    })
    .join(' ');
  const rows = [...command.flags, HELP_FLAG].map((flag) => {
    const left = flag.type === 'boolean' ? `--${flag.name}` : `--${flag.name} ${flag.value ?? 'VALUE'}`;
    const suffix =
      flag.default !== undefined ? ` (default: ${flag.default})` : flag.required ? ' (required)' : '';
    return `  ${left.padEnd(34)} ${flag.description}${suffix}`;
  });
  return `Usage: rampart ${command.name} ${usage}\n\n${command.summary}\n\nOptions:\n${rows.join('\n')}\n`;
}
