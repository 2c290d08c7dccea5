/**
 * The standalone load-test buildspecs. The batch buildspec's build phase runs for real, each node of
 * its build graph in turn, with the bundled CLI as `rampart` and a stand-in `aws` that maps s3:// to a
 * local folder (CodeBuild itself cannot run here).
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outputOf } from '../tools/child-output';
import { type LoadTarget, startLoadTarget } from './support/load-target';
import { CLI } from './support/pipeline-fixtures';

const BUILDSPECS = join(__dirname, '..', 'pipelines', 'buildspecs');

interface Buildspec {
  version: number;
  batch?: {
    'build-graph': {
      identifier: string;
      env?: { variables?: Record<string, string> };
      'depend-on'?: string[];
    }[];
  };
  env?: { variables?: Record<string, string> };
  phases: Record<string, { commands: string[] }>;
  reports?: Record<string, { 'base-directory': string; files: string[]; 'file-format': string }>;
}

const buildspec = (name: string) => parse(readFileSync(join(BUILDSPECS, name), 'utf8')) as Buildspec;

/** A stand-in for the AWS CLI's `s3 cp` (one file, or --recursive with --include), on a local folder. */
const FAKE_AWS = `#!/usr/bin/env node
const fs = require('node:fs'); const path = require('node:path');
const args = process.argv.slice(2);
const local = (url) => url.startsWith('s3://') ? path.join(process.env.FAKE_S3, url.slice(5)) : url;
const positional = args.filter((arg, i) => !arg.startsWith('--') && !['--exclude', '--include'].includes(args[i - 1]));
const [, , source, destination] = positional;
if (args.includes('--recursive')) {
  const include = args[args.indexOf('--include') + 1].replace('*', '');
  fs.mkdirSync(local(destination), { recursive: true });
  for (const name of fs.readdirSync(local(source))) {
    if (name.startsWith(include.split('.')[0])) fs.copyFileSync(path.join(local(source), name), path.join(local(destination), name));
  }
} else {
  fs.mkdirSync(path.dirname(local(destination)), { recursive: true });
  fs.copyFileSync(local(source), local(destination));
}
`;

let target: LoadTarget;
beforeAll(async () => {
  target = await startLoadTarget(() => ({ delayMs: 2 }));
});
afterAll(() => target.close());

test('the batch buildspec: four shards write their results to S3, the gate merges them and judges', async () => {
  const spec = buildspec('load-test-batch.yml');
  const graph = spec.batch?.['build-graph'] ?? [];
  const shards = graph.filter((node) => node.env?.variables?.RAMPART_SHARD !== 'merge');
  expect(shards.map((node) => node.env?.variables?.RAMPART_SHARD)).toEqual(['1', '2', '3', '4']);
  expect(String(shards.length)).toBe(spec.env?.variables?.RAMPART_SHARDS);
  expect(graph.find((node) => node.identifier === 'gate')?.['depend-on']).toEqual(
    shards.map((node) => node.identifier),
  );

  const work = mkdtempSync(join(tmpdir(), 'rampart-batch-'));
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'rampart'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  writeFileSync(join(bin, 'aws'), FAKE_AWS.replace('/usr/bin/env node', process.execPath));
  for (const tool of ['rampart', 'aws']) chmodSync(join(bin, tool), 0o755);
  writeFileSync(
    join(work, 'scenario.yml'),
    `name: batch\ntarget: ${target.url}\nrequests:\n  - { path: / }\nrate: 100\nduration: 2s\nthresholds:\n  http_reqs: ["count>=190"]\n  http_req_duration: ["p(95)<500"]\n`,
  );
  // Asynchronous, so that this process's target keeps answering while the builds run.
  const runNode = (shard: string) =>
    outputOf(
      spawn('bash', ['-euo', 'pipefail', '-c', spec.phases.build?.commands.join('\n') ?? ''], {
        cwd: join(work, `build-${shard}`),
        env: {
          ...process.env,
          ...spec.env?.variables,
          PATH: `${bin}:${process.env.PATH}`,
          FAKE_S3: join(work, 's3'),
          RAMPART_SCENARIO: join(work, 'scenario.yml'),
          RAMPART_RESULTS_S3: 's3://results/load-test/',
          RAMPART_RUN_ID: 'execution-1',
          RAMPART_SHARD: shard,
        },
      }),
    );
  for (const node of graph) mkdirSync(join(work, `build-${node.env?.variables?.RAMPART_SHARD}`));
  // The shards run side by side, as the batch runs them.
  const shardRuns = await Promise.all(
    shards.map((node) => runNode(node.env?.variables?.RAMPART_SHARD ?? '')),
  );
  for (const run of shardRuns) expect(run.code).toBe(0);
  const gate = await runNode('merge');
  expect(gate.stderr).toBe('');
  expect(gate.code).toBe(0);
  expect(gate.stdout).toMatch(/^✅ PASS/);
  const merged = JSON.parse(readFileSync(join(work, 'build-merge', 'load-test', 'merged.json'), 'utf8'));
  expect(merged.measurements.requests).toBeGreaterThanOrEqual(190);
  const report = spec.reports?.['load-test'];
  expect(report).toEqual({ 'base-directory': 'load-test', files: ['junit.xml'], 'file-format': 'JUNITXML' });
  expect(readFileSync(join(work, 'build-merge', 'load-test', 'junit.xml'), 'utf8')).toContain('<testsuite');
});

test('the k6 buildspec builds k6 with pinned xk6 and k6 releases and hands on the binary', () => {
  const spec = buildspec('k6-build.yml');
  expect(spec.env?.variables).toEqual({
    XK6_VERSION: expect.stringMatching(/^v\d+\.\d+\.\d+$/),
    K6_VERSION: expect.stringMatching(/^v\d+\.\d+\.\d+$/),
  });
  expect(spec.phases.build?.commands.join('\n')).toContain('xk6" build "$K6_VERSION" --output k6-build/k6');
});
