/**
 * The demo's load-test gate: load-tests/checkout-api.yml against a small local API (demo/sample-api.ts),
 * first as released (the gate passes), then with a slow regression (the gate fails and stops early).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRampart } from './secrets-demo';
import { freePort } from '../tools/free-port';

const SCENARIO = join(__dirname, '..', 'load-tests', 'checkout-api.yml');

async function startSampleApi(slow: boolean): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'sample-api.ts'), String(port)], {
    env: { ...process.env, SAMPLE_API_SLOW: slow ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await once(child.stdout as NodeJS.ReadableStream, 'data');
  return { url: `http://127.0.0.1:${port}`, process: child };
}

/** Runs the gate against the API as released and against a slow build; true when both verdicts are right. */
export async function loadTestDemo(env: NodeJS.ProcessEnv, rampart: RunRampart): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), 'rampart-demo-load-'));
  for (const { slow, expected, title } of [
    { slow: false, expected: 0, title: 'the release as built: the gate passes' },
    {
      slow: true,
      expected: 1,
      title: 'a release with slow orders: the gate fails, and abortOnFail stops it early',
    },
  ]) {
    process.stdout.write(`\n-- ${title}\n`);
    const api = await startSampleApi(slow);
    try {
      const code = rampart(
        [
          'load-test',
          'run',
          '--scenario',
          SCENARIO,
          '--out',
          join(work, `${slow ? 'slow' : 'released'}.json`),
        ],
        { ...env, APP_ENDPOINT: api.url },
        work,
      );
      if (code !== expected) {
        process.stderr.write(`demo: the load-test gate exited ${code}, expected ${expected}\n`);
        return false;
      }
    } finally {
      api.process.kill();
    }
  }
  return true;
}
