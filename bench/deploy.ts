/**
 * `npm run bench:deploy`: a small stack to 100 tenant accounts on moto at concurrency 1, 10 and 25.
 *
 * moto answers in a few milliseconds, while real CloudFormation API calls take tens of milliseconds
 * and stack operations far longer; a proxy in its own process adds a fixed latency to every call so
 * that concurrency has something realistic to overlap. Rampart's own overhead is the CPU time of this
 * process (signing, parsing, scheduling) per tenant: the proxy and moto run in other processes.
 *
 * Options (environment): BENCH_TENANTS (100), BENCH_LATENCY_MS (50), BENCH_RUNS (3).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { closeAwsConnections } from '../src/aws/client-factory';
import { deployTenants } from '../src/deploy';
import { resolveDeployOptions } from '../src/deploy/inputs';
import { startMotoServer } from '../tools/moto-server';
import { median } from './stats';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONCURRENCIES = [1, 10, 25];
const TEMPLATE = join(__dirname, '..', 'demo', 'sample-app.yaml');

interface Measurement {
  wallMs: number;
  cpuMs: number;
}

/**
 * The same 100 accounts every run (the warm-up run makes moto set up each account's services, which
 * real accounts do not need), with resource names of the run's own so that every run creates its
 * stacks from nothing.
 */
function writeManifest(runNumber: number): string {
  const lines = ['defaults: { region: us-east-1 }', 'tenants:'];
  for (let index = 0; index < TENANTS; index++) {
    const id = `tenant-${String(index).padStart(3, '0')}`;
    const accountId = 200_000_000_000 + index;
    lines.push(
      `  - { id: ${id}, accountId: "${accountId}", parameters: { ApplicationName: run${runNumber}-${id} } }`,
    );
  }
  const file = join(mkdtempSync(join(tmpdir(), 'rampart-bench-')), 'tenants.yml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function startLatencyProxy(upstream: string): Promise<{ endpoint: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'latency-proxy.ts'), upstream, String(LATENCY_MS)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`latency proxy exited with ${code}`)));
  });
  return { endpoint: firstLine.trim(), child };
}

async function measure(runNumber: number, concurrency: number): Promise<Measurement> {
  const app = `bench${runNumber}`;
  const options = await resolveDeployOptions(
    { manifest: writeManifest(runNumber), template: TEMPLATE, app, concurrency: String(concurrency) },
    { repository: 'bench', commit: 'bench', runId: app, actor: 'bench' },
    (name) => `--${name}`,
  );
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const results = await deployTenants(options);
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const failed = results.tenants.find((tenant) => tenant.status !== 'deployed');
  if (failed) throw new Error(`run ${runNumber}: ${failed.id} ended ${failed.status}: ${failed.error}`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function table(rows: { concurrency: number; runs: Measurement[] }[]): string {
  const baseline = median(rows[0]?.runs.map((run) => run.wallMs) ?? [1]);
  const lines = [
    '| concurrency | wall time (median) | tenants/s | speed-up vs concurrency 1 | Rampart CPU per tenant (median) |',
    '| ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { concurrency, runs } of rows) {
    const wall = median(runs.map((run) => run.wallMs));
    const cpuPerTenant = median(runs.map((run) => run.cpuMs / TENANTS));
    lines.push(
      `| ${concurrency} | ${(wall / 1000).toFixed(2)} s | ${(TENANTS / (wall / 1000)).toFixed(1)} | ${(baseline / wall).toFixed(1)}× | ${cpuPerTenant.toFixed(1)} ms |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const moto = await startMotoServer();
  const proxy = await startLatencyProxy(moto.endpoint);
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: proxy.endpoint,
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
  });
  try {
    let runNumber = 0;
    await measure(runNumber++, 25); // warm-up: JIT, connection pool, moto's first requests
    const rows: { concurrency: number; runs: Measurement[] }[] = [];
    for (const concurrency of CONCURRENCIES) {
      const runs: Measurement[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const measurement = await measure(runNumber++, concurrency);
        process.stderr.write(
          `concurrency ${concurrency} run ${run}: ${(measurement.wallMs / 1000).toFixed(2)} s, CPU ${(measurement.cpuMs / TENANTS).toFixed(1)} ms/tenant\n`,
        );
        runs.push(measurement);
      }
      rows.push({ concurrency, runs });
    }
    process.stdout.write(
      `\n${TENANTS} tenant accounts, one stack each (demo/sample-app.yaml), moto ${LATENCY_MS} ms added per API call, median of ${RUNS} runs\n\n${table(rows)}\n`,
    );
  } finally {
    closeAwsConnections();
    proxy.child.kill();
    await moto.stop();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
  process.exitCode = 1;
});
