import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakRssMb: number;
}

/**
 * Runs `node …args` under `/usr/bin/time -v` (on one CPU core when `pinToCore` is given): wall time,
 * CPU time and peak resident memory.
 */
export function timed(args: string[], cwd: string, pinToCore?: number): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const pinning = pinToCore === undefined ? [] : ['taskset', '-c', String(pinToCore)];
    const [command, ...rest] = [...pinning, TIME, '-v', process.execPath, ...args] as [string, ...string[]];
    const child = spawn(command, rest, {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
      if (code !== 0)
        return reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      resolve({
        seconds,
        cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
        peakRssMb: field('Maximum resident set size \\(kbytes\\)') / 1024,
      });
    });
  });
}

export function requireGnuTime(): void {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: install GNU time (apt-get install time)`);
}
