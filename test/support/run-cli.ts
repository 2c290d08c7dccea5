import { main } from '../../src/cli/main';

/**
 * The rampart CLI in-process: main() from src/cli/main.ts with its output captured, so that a test can
 * mock AWS clients (aws-sdk-client-mock) and see the command's exit code, stdout and stderr.
 */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  const output = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    jest.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    const code = await main(argv);
    return { code, ...output };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
