import { InputError } from '../errors';
import { packageVersion } from '../runtime/install-root';
import { type CommandSpec, commandHelp, parseFlags } from './args';
import { deployCommand } from './commands/deploy';
import { depsReleaseNotifyCommand, depsReportFailureCommand, depsUpdateCommand } from './commands/deps';
import { gateInspectorCommand, gateLambdaReadyCommand } from './commands/gates';
import { incidentStartCommand } from './commands/incident';
import { loadTestMergeCommand, loadTestRunCommand } from './commands/load-test';
import { notifyCommand } from './commands/notify';
import { pipelineSynthCommand, pipelineTemplateConfigsCommand } from './commands/pipeline';
import { pipelineApproveCommand, pipelineRunCommand } from './commands/pipeline-control';
import { reviewCommand } from './commands/review';
import { secretsRemediateCommand, secretsScanCommand } from './commands/secrets';
import { ExitCode } from './exit-codes';

const COMMANDS: CommandSpec[] = [
  deployCommand,
  pipelineSynthCommand,
  pipelineTemplateConfigsCommand,
  pipelineRunCommand,
  pipelineApproveCommand,
  reviewCommand,
  secretsScanCommand,
  secretsRemediateCommand,
  loadTestRunCommand,
  loadTestMergeCommand,
  gateLambdaReadyCommand,
  gateInspectorCommand,
  notifyCommand,
  incidentStartCommand,
  depsReleaseNotifyCommand,
  depsUpdateCommand,
  depsReportFailureCommand,
];

function commandRows(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
}

function mainHelp(): string {
  return `Usage: rampart <command> [options]\n\nRelease gates and cross-account deployment for single-tenant SaaS.\n\nCommands:\n${commandRows(COMMANDS)}\n\nrampart <command> --help lists a command's options.\nExit codes: 0 success, 1 the work ran and failed, 2 bad input or usage.\n`;
}

/** The commands whose name starts with `group`, e.g. "pipeline". */
function groupHelp(group: string): string | undefined {
  const members = COMMANDS.filter((command) => command.name.startsWith(`${group} `));
  if (members.length === 0) return undefined;
  return `Usage: rampart ${group} <command> [options]\n\nCommands:\n${commandRows(members)}\n`;
}

/** The command named by the leading words of argv, and the arguments after them. */
function findCommand(argv: string[]): { command: CommandSpec; rest: string[] } | undefined {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, index) => argv[index] === word))
      return { command, rest: argv.slice(words.length) };
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  const [name] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(mainHelp());
    return name ? ExitCode.Success : ExitCode.BadInput;
  }
  if (name === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return ExitCode.Success;
  }
  const found = findCommand(argv);
  if (!found) return unknownCommand(argv);
  const { command, rest } = found;
  try {
    const { values, positionals } = parseFlags(command, rest);
    if (values.help) {
      process.stdout.write(commandHelp(command));
      return ExitCode.Success;
    }
    return await command.run(values, positionals);
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.problems.map((problem) => `error: ${problem}`).join('\n')}\n`);
      return ExitCode.BadInput;
    }
    process.stderr.write(
      `rampart ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return ExitCode.Failure;
  }
}

function unknownCommand(argv: string[]): number {
  const [group, next] = argv;
  const help = groupHelp(group ?? '');
  if (help && (next === '--help' || next === '-h')) {
    process.stdout.write(help);
    return ExitCode.Success;
  }
  const problem =
    help && next === undefined
      ? `"${group}" needs a command`
      : `unknown command "${argv.slice(0, help ? 2 : 1).join(' ')}"`;
  process.stderr.write(`rampart: ${problem}\n\n${help ?? mainHelp()}`);
  return ExitCode.BadInput;
}
