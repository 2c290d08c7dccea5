/**
 * demo/deps-demo.ts. The committed CLI bundle is rebuilt by whoever commits this change, so the CLI
 * runs from source: in-process (main() from src/cli/main.ts, through runCli), and as the demo runs
 * it, a blocking child process per command (here `node --import tsx src/cli/index.ts`), which only
 * works because the demo's GitHub stand-in has a process of its own.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dependencyLoopDemo } from '../demo/deps-demo';
import { runCli } from './support/run-cli';

/** orders' update fails its build and is reported, billing's passes; then both workflows run again. */
const EXPECTED_COMMANDS = [
  'deps release-notify -> 0',
  ...['deps update -> 0', 'deps report-failure -> 0', 'deps update -> 0'],
  ...['deps update -> 0', 'deps report-failure -> 0', 'deps update -> 0'],
];

test('end to end with the CLI in-process: release, pull requests, a failing build, the producer told', async () => {
  const commands: string[] = [];
  const inProcess = async (args: string[], env: NodeJS.ProcessEnv, cwd: string) => {
    const [saved, savedCwd] = [process.env, process.cwd()];
    process.env = { ...env };
    process.chdir(cwd);
    try {
      const run = await runCli(...args);
      commands.push(
        `${args.slice(0, 2).join(' ')} -> ${run.code}${run.stderr ? `: ${run.stderr.trim()}` : ''}`,
      );
      return run.code;
    } finally {
      process.env = saved;
      process.chdir(savedCwd);
    }
  };
  expect(await dependencyLoopDemo(inProcess, process.env)).toBe(true);
  expect(commands).toEqual(EXPECTED_COMMANDS);
}, 60_000);

test('end to end with a blocking CLI process per command, as demo/demo.ts runs it', async () => {
  const commands: string[] = [];
  const blocking = (args: string[], env: NodeJS.ProcessEnv, cwd: string) => {
    const cli = join(__dirname, '..', 'src', 'cli', 'index.ts');
    const run = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(require.resolve('tsx')).href, cli, ...args],
      {
        cwd,
        env,
        encoding: 'utf8',
      },
    );
    commands.push(`${args.slice(0, 2).join(' ')} -> ${run.status}`);
    return run.status ?? 1;
  };
  expect(await dependencyLoopDemo(blocking, process.env)).toBe(true);
  expect(commands).toEqual(EXPECTED_COMMANDS);
}, 120_000);
