#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors';
import { type CommandSpec, commandHelp, parseFlags } from './args';
import { deployCommand } from './commands/deploy';
import { ExitCode } from './exit-codes';

const COMMANDS: CommandSpec[] = [deployCommand];

function mainHelp(): string {
  const rows = COMMANDS.map((command) => `  ${command.name.padEnd(12)} ${command.summary}`);
  return `Usage: rampart <command> [options]\n\nRelease gates and cross-account deployment for single-tenant SaaS.\n\nCommands:\n${rows.join('\n')}\n\nrampart <command> --help lists a command's options.\nExit codes: 0 success, 1 the work ran and failed, 2 bad input or usage.\n`;
}

/** Read at run time: the bundle (dist/cli) and the source (src/cli) both sit two levels below package.json. */
function packageVersion(): string {
  return (
    JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? ExitCode.Success : ExitCode.BadInput;
  }
  if (name === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return ExitCode.Success;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`rampart: unknown command "${name}"\n\n${mainHelp()}`);
    return ExitCode.BadInput;
  }
  try {
    const values = parseFlags(command, rest);
    if (values.help) {
      process.stdout.write(commandHelp(command));
      return ExitCode.Success;
    }
    return await command.run(values);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.problems.map((problem) => `error: ${problem}`).join('\n')}\n`);
      return ExitCode.BadInput;
    }
    process.stderr.write(`rampart ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return ExitCode.Failure;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
