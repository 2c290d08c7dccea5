import { parseArgs } from 'node:util';
import { InputError } from '../errors';
import { oneOf } from '../runtime/choice';

export interface FlagSpec {
  name: string;
  /** 'string' flags take a value; 'boolean' flags are switches. */
  type: 'string' | 'boolean';
  description: string;
  /** Shown in the help as the value's placeholder, e.g. FILE. */
  value?: string;
  default?: string;
  required?: boolean;
  /** A string flag that may be given more than once; its value is then a list. */
  multiple?: boolean;
}

export interface CommandSpec {
  name: string;
  summary: string;
  flags: FlagSpec[];
  /** Arguments that are not flags, e.g. `-` for standard input; none when absent. */
  positionals?: { usage: string; max: number };
  run(values: FlagValues, positionals: string[]): Promise<number>;
}

export interface ParsedArgs {
  values: FlagValues;
  positionals: string[];
}

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export function stringFlag(value: FlagValues[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A `multiple` flag's values (none when it was not given). */
export function listFlag(value: FlagValues[string]): string[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

/** `--format` (text by default) and `--output`, for commands that write a report. */
export function reportFlags(formats: readonly string[]): FlagSpec[] {
  return [
    {
      name: 'format',
      type: 'string',
      value: formats.join('|'),
      default: 'text',
      description: 'Report format.',
    },
    {
      name: 'output',
      type: 'string',
      value: 'FILE',
      description: 'Write the report here instead of to standard output.',
    },
  ];
}

/** A flag whose value must be one of `allowed`. */
export function choiceFlag<T extends string>(
  name: string,
  value: FlagValues[string],
  allowed: readonly T[],
): T {
  return oneOf(`--${name}`, value, allowed);
}

const HELP_FLAG: FlagSpec = { name: 'help', type: 'boolean', description: 'Show this help.' };

/** Parses a command's flags, with defaults applied; throws InputError naming the flag on bad usage. */
export function parseFlags(command: CommandSpec, argv: string[]): ParsedArgs {
  const options = Object.fromEntries(
    [...command.flags, HELP_FLAG].map((flag) => [
      flag.name,
      { type: flag.type, default: flag.default, multiple: flag.multiple === true },
    ]),
  );
  const usageError = (message: string) =>
    new InputError([`rampart ${command.name}: ${message} (see rampart ${command.name} --help)`]);
  let values: FlagValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: command.positionals !== undefined,
    }) as ParsedArgs);
  } catch (error) {
    throw usageError((error as Error).message);
  }
  if (positionals.length > (command.positionals?.max ?? 0)) {
    throw usageError(`unexpected argument "${positionals[command.positionals?.max ?? 0]}"`);
  }
  if (values.help) return { values, positionals };
  const missing = command.flags.filter((flag) => flag.required && values[flag.name] === undefined);
  if (missing.length > 0) {
    throw new InputError(missing.map((flag) => `rampart ${command.name}: --${flag.name} is required`));
  }
  return { values, positionals };
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
  const positionals = command.positionals ? ` ${command.positionals.usage}` : '';
  return `Usage: rampart ${command.name} ${usage}${positionals}\n\n${command.summary}\n\nOptions:\n${rows.join('\n')}\n`;
}
