/**
 * `npm run bench:load`: the local engine's request rate beside wrk and autocannon in one run, and its
 * latency accuracy against a target whose latencies are known. Prints markdown tables.
 *
 * 1. Throughput (../shared/BENCHMARKING.md): nginx (one worker, access log off, a 3-byte file) pinned
 *    to core 0; each generator in turn pinned to core 1 with the same 50 connections for the same 8 s:
 *    `wrk -t1 -c50`, `autocannon -c 50`, and `rampart load-test run` (constant-vus 50, one thread).
 *    BENCH_RUNS rounds (3); medians, and Rampart's ratio to each peer.
 * 2. Latency accuracy: bench/delay-server.ts on core 0 holds 80% of requests 20 ms and 20% 200 ms and
 *    records how long it held each; Rampart on core 1 sends 100 requests/s for 20 s. Its p50/p90/p99
 *    are compared with the same percentiles of the server's own times (the generator's error) and
 *    with the nominal 20/200 ms (which also holds the server's timer slack).
 *
 * Options (environment): BENCH_RUNS (3), BENCH_LOAD_ONLY (throughput or accuracy: that part only).
 * Needs nginx and wrk (Debian nginx-light and wrk): installed with apt-get when missing and allowed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize } from '../src/load-test/metrics';
import type { LoadTestResult } from '../src/load-test/result';
import { median } from './stats';
import { freePort } from '../tools/free-port';
import { outputOf } from '../tools/child-output';

const ROOT = join(__dirname, '..');
const RAMPART_CLI = join(ROOT, 'dist', 'cli', 'index.js');
const AUTOCANNON = join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** `throughput` or `accuracy` runs that part only. */
const ONLY = process.env.BENCH_LOAD_ONLY;
const CONNECTIONS = 50;
const SECONDS = 8;
const SERVER_CORE = '0';
const GENERATOR_CORE = '1';

const log = (text: string) => process.stderr.write(`${text}\n`);
const print = (text = '') => process.stdout.write(`${text}\n`);

function ensureTools(): void {
  const missing = ['wrk', 'nginx', 'taskset'].filter((tool) => !toolPath(tool));
  if (missing.length === 0) return;
  const packages = missing.map((tool) => ({ wrk: 'wrk', nginx: 'nginx-light', taskset: 'util-linux' })[tool]);
  log(`bench:load: installing ${packages.join(', ')} (apt-get)…`);
  const install = spawnSync(
    'sh',
    ['-c', `apt-get update -qq && apt-get install -y -qq ${packages.join(' ')}`],
    {
      stdio: 'inherit',
    },
  );
  if (install.status !== 0 || missing.some((tool) => !toolPath(tool))) {
    throw new Error(
      `bench:load needs ${missing.join(', ')}: install the Debian packages ${packages.join(' ')}`,
    );
  }
}

/** Where a tool is: on PATH, or in /usr/sbin (nginx, which is not on a user's PATH). */
function toolPath(tool: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  return existsSync(`/usr/sbin/${tool}`) ? `/usr/sbin/${tool}` : undefined;
}

/** Starts a server pinned to the server core; resolves once `ready` says it answers. */
async function startPinned(command: string[], ready: () => Promise<boolean>): Promise<() => void> {
  const child = spawn('taskset', ['-c', SERVER_CORE, ...command], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await ready()) return () => child.kill();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`${command[0]} did not start`);
}

const answers = (url: string) => () =>
  fetch(url)
    .then(() => true)
    .catch(() => false);

async function startNginx(): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-nginx-'));
  const port = await freePort();
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'html', 'index.html'), 'ok\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      'daemon off;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 4096; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (kind) => `  ${kind}_temp_path ${dir}/${kind};`,
      ),
      '  keepalive_requests 1000000;',
      `  server { listen 127.0.0.1:${port}; location / { root ${dir}/html; } }`,
      '}',
    ].join('\n'),
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = await startPinned(
    [toolPath('nginx') as string, '-c', join(dir, 'nginx.conf'), '-p', dir],
    answers(url),
  );
  return { url, stop };
}

/** Runs a command pinned to the generator core and returns its standard output. */
async function onGeneratorCore(command: string[]): Promise<string> {
  const { code, stdout, stderr } = await outputOf(
    spawn('taskset', ['-c', GENERATOR_CORE, ...command], { stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  if (code !== 0) throw new Error(`${command.join(' ')} exited ${code}: ${stderr}`);
  return stdout;
}

async function wrkRate(url: string): Promise<number> {
  const output = await onGeneratorCore(['wrk', '-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, url]);
  return Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
}

async function autocannonRate(url: string): Promise<number> {
  const output = await onGeneratorCore([
    process.execPath,
    AUTOCANNON,
    '-c',
    String(CONNECTIONS),
    '-d',
    String(SECONDS),
    '-j',
    url,
  ]);
  const report = JSON.parse(output) as { requests: { total: number }; duration: number };
  return report.requests.total / report.duration;
}

/** Runs a scenario with the bundled CLI on the generator core; returns the result. */
async function rampartRun(scenario: string): Promise<LoadTestResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rampart-bench-load-'));
  writeFileSync(join(dir, 'scenario.yml'), scenario);
  await onGeneratorCore([
    process.execPath,
    RAMPART_CLI,
    'load-test',
    'run',
    '--scenario',
    join(dir, 'scenario.yml'),
    '--threads',
    '1',
    '--out',
    join(dir, 'result.json'),
  ]);
  return JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as LoadTestResult;
}

async function rampartRate(url: string): Promise<number> {
  const result = await rampartRun(
    `name: bench\ntarget: ${url.replace(/\/$/, '')}\nrequests:\n  - { path: / }\nexecutor: constant-vus\nvus: ${CONNECTIONS}\nduration: ${SECONDS}s\n`,
  );
  return result.measurements.requests / (result.measurements.durationMs / 1000);
}

const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

async function throughput(): Promise<void> {
  const nginx = await startNginx();
  const generators = { wrk: wrkRate, autocannon: autocannonRate, rampart: rampartRate };
  const rates: Record<keyof typeof generators, number[]> = { wrk: [], autocannon: [], rampart: [] };
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const [name, measure] of Object.entries(generators) as [
        keyof typeof generators,
        (url: string) => Promise<number>,
      ][]) {
        const rate = await measure(nginx.url);
        rates[name].push(rate);
        log(`run ${run}: ${name} ${format(rate)} req/s`);
      }
    }
  } finally {
    nginx.stop();
  }
  const [wrk, autocannon, rampart] = [median(rates.wrk), median(rates.autocannon), median(rates.rampart)];
  print(
    `### Request rate: nginx on core ${SERVER_CORE}, generators on core ${GENERATOR_CORE}, ${CONNECTIONS} connections, ${SECONDS} s, median of ${RUNS}`,
  );
  print();
  print('| generator | req/s (median) | runs | Rampart / this |');
  print('|---|---:|---|---:|');
  for (const [name, rate] of [
    ['wrk -t1', wrk],
    ['autocannon', autocannon],
    ['rampart (local engine, 1 thread)', rampart],
  ] as const) {
    const all = (
      name.startsWith('wrk') ? rates.wrk : name === 'autocannon' ? rates.autocannon : rates.rampart
    )
      .map(format)
      .join(', ');
    print(`| ${name} | ${format(rate)} | ${all} | ${(rampart / rate).toFixed(2)}× |`);
  }
  print();
}

async function latencyAccuracy(): Promise<void> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const stop = await startPinned(
    [process.execPath, '--import', 'tsx', join(__dirname, 'delay-server.ts'), String(port)],
    answers(`${url}/__held`),
  );
  try {
    const result = await rampartRun(
      `name: accuracy\ntarget: ${url}\nrequests:\n  - { path: /work }\nexecutor: constant-arrival-rate\nrate: 100\nvus: 100\nduration: 20s\n`,
    );
    // The first request held was the CLI's reachability check, not measured.
    const held = ((await (await fetch(`${url}/__held`)).json()) as number[]).slice(1).sort((a, b) => a - b);
    const wrk = wrkPercentiles(
      await onGeneratorCore(['wrk', '-t1', '-c4', '-d20s', '--latency', `${url}/work`]),
    );
    const latency = deserialize(result.measurements).latency;
    print(
      `### Latency accuracy: 80% 20 ms, 20% 200 ms; Rampart 100 req/s for 20 s (${held.length} requests)`,
    );
    print();
    print(
      '| percentile | nominal | server held | Rampart | Rampart vs held | wrk -c4 (same server) | Rampart vs wrk |',
    );
    print('|---|---:|---:|---:|---:|---:|---:|');
    for (const [percentile, nominal] of [
      [50, 20],
      [90, 200],
      [99, 200],
    ] as const) {
      const truth = held[Math.max(0, Math.ceil((percentile / 100) * held.length) - 1)] as number;
      const measured = latency.getValueAtPercentile(percentile) / 1000;
      const peer = wrk[percentile] as number;
      const error = (reference: number) => `${(((measured - reference) / reference) * 100).toFixed(2)}%`;
      print(
        `| p${percentile} | ${nominal} ms | ${truth.toFixed(2)} ms | ${measured.toFixed(2)} ms | ${error(truth)} | ${peer.toFixed(2)} ms | ${error(peer)} |`,
      );
    }
    print();
  } finally {
    stop();
  }
}

/** wrk --latency's distribution lines (`  50%   20.31ms`), in milliseconds by percentile. */
function wrkPercentiles(output: string): Record<number, number> {
  const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };
  return Object.fromEntries(
    [...output.matchAll(/^\s+(\d+)%\s+([\d.]+)(us|ms|s)$/gm)].map((match) => [
      Number(match[1]),
      Number(match[2]) * (unitMs[match[3] as string] ?? 1),
    ]),
  );
}

async function main(): Promise<void> {
  ensureTools();
  if (ONLY !== 'accuracy') await throughput();
  if (ONLY !== 'throughput') await latencyAccuracy();
}

main().catch((error: Error) => {
  log(`bench:load: ${error.message}`);
  process.exitCode = 1;
});
