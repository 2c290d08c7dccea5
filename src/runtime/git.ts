import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
/** ls-files of a large monorepo is long. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;

/** Runs git with an argument list (never a shell string); its standard output, or an error naming the subcommand. */
export async function git(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, {
      cwd,
      env: { ...process.env, ...env },
      maxBuffer: MAX_OUTPUT_BYTES,
    });
    return stdout;
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    const subcommand = args.find((arg) => !arg.startsWith('-')) ?? '';
    throw new Error(`git ${subcommand} failed: ${(stderr || message).trim()}`);
  }
}
