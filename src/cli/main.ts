import { InputError } from '../errors';
import { packageVersion } from '../runtime/install-root';
import { type CommandSpec, commandHelp, parseFlags } from './args';
import { ExitCode } from './exit-codes';

/** A module of commands: `names` route argv to it, `load` brings in its code only then. */
interface CommandModule {
  names: string[];
  load: () => Promise<CommandSpec[]>;
}

/**
 * Loaded on use, so that a command does not pay at start-up for every other command's dependencies
 * (AWS SDK clients, undici, tree-sitter, schema compilers). Help loads them all.
 */
const COMMAND_MODULES: CommandModule[] = [
  { names: ['deploy'], load: async () => [(await import('./commands/deploy')).deployCommand] },
  {
    names: ['pipeline synth', 'pipeline template-configs'],
    load: async () => {
      const { pipelineSynthCommand, pipelineTemplateConfigsCommand } = await import('./commands/pipeline');
      return [pipelineSynthCommand, pipelineTemplateConfigsCommand];
    },
  },
  {
    names: ['pipeline run', 'pipeline approve'],
    load: async () => {
      const { pipelineRunCommand, pipelineApproveCommand } = await import('./commands/pipeline-control');
      return [pipelineRunCommand, pipelineApproveCommand];
    },
  },
  { names: ['review'], load: async () => [(await import('./commands/review')).reviewCommand] },
  { names: ['secrets scan'], load: async () => [(await import('./commands/secrets')).secretsScanCommand] },
  {
    names: ['secrets remediate'],
    load: async () => [(await import('./commands/secrets-remediate')).secretsRemediateCommand],
  },
  {
    names: ['load-test run', 'load-test merge'],
    load: async () => {
      const { loadTestRunCommand, loadTestMergeCommand } = await import('./commands/load-test');
      return [loadTestRunCommand, loadTestMergeCommand];
    },
  },
  {
    names: ['gate lambda-ready', 'gate inspector'],
    load: async () => {
      const { gateLambdaReadyCommand, gateInspectorCommand } = await import('./commands/gates');
      return [gateLambdaReadyCommand, gateInspectorCommand];
    },
  },
  { names: ['notify'], load: async () => [(await import('./commands/notify')).notifyCommand] },
  {
    names: ['incident start'],
    load: async () => [(await import('./commands/incident')).incidentStartCommand],
  },
  {
    names: ['deps release-notify', 'deps update', 'deps report-failure'],
    load: async () => {
      const commands = await import('./commands/deps');
      return [
        commands.depsReleaseNotifyCommand,
        commands.depsUpdateCommand,
        commands.depsReportFailureCommand,
      ];
    },
  },
];

/** Every command, for help (and for a test that each module's names are its commands' names). */
export async function loadAllCommands(): Promise<CommandSpec[]> {
  return (await Promise.all(COMMAND_MODULES.map((module) => module.load()))).flat();
}

export function commandModules(): readonly CommandModule[] {
  return COMMAND_MODULES;
}

function commandRows(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n');
}

async function mainHelp(): Promise<string> {
  return `Usage: rampart <command> [options]\n\nRelease gates and cross-account deployment for single-tenant SaaS.\n\nCommands:\n${commandRows(await loadAllCommands())}\n\nrampart <command> --help lists a command's options.\nExit codes: 0 success, 1 the work ran and failed, 2 bad input or usage.\n`;
}

/** The commands whose name starts with `group`, e.g. "pipeline". */
async function groupHelp(group: string): Promise<string | undefined> {
  const members = (await loadAllCommands()).filter((command) => command.name.startsWith(`${group} `));
  if (members.length === 0) return undefined;
  return `Usage: rampart ${group} <command> [options]\n\nCommands:\n${commandRows(members)}\n`;
}

/** The command named by the leading words of argv (its module loaded), and the arguments after them. */
async function findCommand(argv: string[]): Promise<{ command: CommandSpec; rest: string[] } | undefined> {
  for (const module of COMMAND_MODULES) {
    const name = module.names.find((candidate) =>
      candidate.split(' ').every((word, index) => argv[index] === word),
    );
    if (!name) continue;
    const command = (await module.load()).find((loaded) => loaded.name === name);
    if (command) return { command, rest: argv.slice(name.split(' ').length) };
  }
  return undefined;
}

export async function main(argv: string[]): Promise<number> {
  const [name] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await mainHelp());
    return name ? ExitCode.Success : ExitCode.BadInput;
  }
  if (name === '--version') {
    process.stdout.write(`${packageVersion()}\n`);
    return ExitCode.Success;
  }
  const found = await findCommand(argv);
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

async function unknownCommand(argv: string[]): Promise<number> {
  const [group, next] = argv;
  const help = await groupHelp(group ?? '');
  if (help && (next === '--help' || next === '-h')) {
    process.stdout.write(help);
    return ExitCode.Success;
  }
  const problem =
    help && next === undefined
      ? `"${group}" needs a command`
      : `unknown command "${argv.slice(0, help ? 2 : 1).join(' ')}"`;
  process.stderr.write(`rampart: ${problem}\n\n${help ?? (await mainHelp())}`);
  return ExitCode.BadInput;
}
