/** rampart load-test run / merge, the bundled CLI as CodeBuild runs it: exit codes, files and messages. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadTarget, startLoadTarget } from './support/load-target';
import { CREDENTIALS, REGION, startFakeDlt, TEST_ID } from './support/dlt-api';
import { CLI } from './support/pipeline-fixtures';
import { outputOf } from '../tools/child-output';

let target: LoadTarget;
let dir: string;
beforeAll(async () => {
  target = await startLoadTarget((n) => ({ delayMs: 3, status: n % 50 === 49 ? 503 : 200 }));
});
afterAll(() => target.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rampart-load-cli-'));
});

/** Asynchronous, so that the test's own server keeps answering while the CLI runs. */
function rampart(args: string[], env: NodeJS.ProcessEnv = {}) {
  return outputOf(
    spawn(process.execPath, [CLI, 'load-test', ...args], {
      cwd: dir,
      env: { ...process.env, APP_ENDPOINT: target.url, ...env },
    }),
  );
}

function scenario(name: string, thresholds: string, load = 'rate: 200\nduration: 2s\n'): string {
  writeFileSync(
    join(dir, name),
    `name: api\ntarget: \${APP_ENDPOINT}\nrequests:\n  - { path: /orders, method: POST, body: '{"sku":"A1"}', weight: 3 }\n  - { path: /health }\n${load}thresholds:\n${thresholds}`,
  );
  return name;
}

test('a passing run exits 0 and writes the result, JUnit, Markdown and HTML reports', async () => {
  const file = scenario(
    'pass.yml',
    '  http_req_failed: ["rate<0.05"]\n  http_req_duration: ["p(99)<1000"]\n',
  );
  const run = await rampart([
    'run',
    '--scenario',
    file,
    '--threads',
    '2',
    '--out',
    'out/result.json',
    '--junit',
    'out/junit.xml',
    '--markdown',
    'out/report.md',
    '--html',
    'out/report.html',
  ]);
  expect(run.stderr).toMatch(/\d+ requests, .*\/s, p95 .*, \d+ errors/);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^✅ PASS {2}api: /);
  const result = JSON.parse(readFileSync(join(dir, 'out/result.json'), 'utf8'));
  // Two worker threads, 200 requests a second for two seconds: one in 50 answered 503.
  expect(result.measurements.requests).toBeGreaterThanOrEqual(380);
  expect(result.measurements.requests).toBeLessThanOrEqual(402);
  expect(result.measurements.unexpectedStatus / result.measurements.requests).toBeCloseTo(0.02, 2);
  expect(result.measurements.timeline.length).toBeGreaterThanOrEqual(2);
  expect(readFileSync(join(dir, 'out/junit.xml'), 'utf8')).toContain(
    '<testcase name="http_req_failed rate&lt;0.05"',
  );
  expect(readFileSync(join(dir, 'out/report.md'), 'utf8')).toContain('xychart-beta');
  expect(existsSync(join(dir, 'out/report.html'))).toBe(true);
});

test('a failed threshold exits 1; shards exit 0 and their merge gates, relative to a baseline', async () => {
  const file = scenario(
    'gate.yml',
    '  http_req_duration: ["p(50) < baseline * 3"]\n  http_reqs: ["count>=300"]\n',
  );
  const baseline = await rampart(['run', '--scenario', file, '--out', 'baseline.json', '--threads', '1']);
  expect(baseline.code).toBe(1);
  expect(baseline.stdout).toContain('relative to a baseline, and no baseline was given');
  for (const shard of ['1/2', '2/2']) {
    const run = await rampart([
      'run',
      '--scenario',
      file,
      '--shard',
      shard,
      '--out',
      `shard-${shard[0]}.json`,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('one shard of several');
  }
  const merged = await rampart(['merge', 'shard-1.json', 'shard-2.json', '--baseline', 'baseline.json']);
  expect(merged.code).toBe(0);
  expect(merged.stdout).toMatch(
    /http_req_duration +p\(50\) < baseline \* 3 +[\d.]+ ms \(bound [\d.]+ ms\) +[\d.]+ ms/,
  );
  const alone = await rampart(['merge', 'shard-1.json']);
  expect(alone.code).toBe(1);
  expect(alone.stdout).toMatch(/http_reqs +count>=300 +\d+ +❌/);
});

test.each([
  [['run', '--scenario', 'missing.yml'], /^error: missing\.yml: cannot read scenario: ENOENT/],
  [['run', '--scenario', 'pass.yml', '--engine', 'jmeter'], /--engine "jmeter" is not one of local, k6, dlt/],
  [['run', '--scenario', 'pass.yml', '--shard', '3/2'], /shard "3\/2" must be I\/N/],
  [['run', '--scenario', 'pass.yml', '--threads', '0'], /--threads "0" must be a whole number of at least 1/],
  [['run', '--scenario', 'pass.yml', '--engine', 'dlt'], /engine dlt needs the DLT stack's API endpoint/],
  [
    ['run', '--scenario', 'pass.yml', '--engine', 'dlt', '--dlt-endpoint', 'https://x', '--timeout', 'soon'],
    /--timeout "soon" must be a duration/,
  ],
  [['merge'], /nothing to merge: give the result files of the shards/],
  [['merge', 'pass.yml'], /pass\.yml: not JSON/],
])('bad input exits 2: %j', async (args, message) => {
  scenario('pass.yml', '  http_reqs: ["count>0"]\n');
  const run = await rampart(args, { AWS_REGION: 'eu-west-1' });
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
});

test('an unreachable target or an invalid scenario exits 2, naming the URL or the line', async () => {
  const file = scenario('pass.yml', '  http_reqs: ["count>0"]\n');
  const unreachable = await rampart(['run', '--scenario', file], { APP_ENDPOINT: 'http://127.0.0.1:9' });
  expect(unreachable.code).toBe(2);
  expect(unreachable.stderr).toMatch(
    /^error: pass\.yml: target http:\/\/127\.0\.0\.1:9\/orders cannot be reached: .*ECONNREFUSED/,
  );
  const invalid = scenario('bad.yml', '  http_req_duration: ["p(95)<>1"]\n', 'rate: -1\nduration: 2s\n');
  const run = await rampart(['run', '--scenario', invalid]);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe(
    [
      'error: bad.yml:6: rate -1 must be a number of requests per second above 0',
      'error: bad.yml:9: thresholds.http_req_duration[0] "p(95)<>1": expected a number or "baseline" (optionally * + - a number) after the operator, not ">1"',
      '',
    ].join('\n'),
  );
});

test('--help lists every flag', async () => {
  const help = await rampart(['run', '--help']);
  expect(help.code).toBe(0);
  for (const flag of [
    '--scenario',
    '--engine',
    '--shard',
    '--out',
    '--junit',
    '--markdown',
    '--html',
    '--baseline',
    '--k6-script',
    '--dlt-endpoint',
    '--timeout',
  ]) {
    expect(help.stdout).toContain(flag);
  }
});

test("the source pipeline's loadTestEnvVariables.json on DLT: its endpoint, its verdicts", async () => {
  const total = {
    avg_rt: '0.51234',
    fail: 0,
    succ: 58,
    throughput: 58,
    p50_0: '0.510',
    p100_0: '0.641',
    testDuration: '30',
    rc: [],
  };
  for (const [averageSeconds, expected] of [
    ['1', 0],
    ['.2', 1],
  ] as const) {
    const dlt = await startFakeDlt([
      { body: { testId: TEST_ID, status: 'running' } },
      { body: { testId: TEST_ID, status: 'complete', results: { total } } },
    ]);
    try {
      writeFileSync(
        join(dir, 'loadTestEnvVariables.json'),
        JSON.stringify({
          LOAD_TEST_API_ENDPOINT: `${dlt.endpoint}/`,
          AVG_RT_THRESHOLD: averageSeconds,
          FAILURE_THRESHOLD: '1',
        }),
      );
      const run = await rampart(['run', '--scenario', 'loadTestEnvVariables.json', '--engine', 'dlt'], {
        APP_END_POINT: 'https://dev.example.com/items',
        AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
        AWS_SESSION_TOKEN: CREDENTIALS.sessionToken,
        AWS_REGION: REGION,
      });
      expect(run.code).toBe(expected);
      expect(run.stdout).toMatch(/http_req_duration +avg<(1000|200) +512\.3 ms/);
      expect(run.stderr).not.toContain(CREDENTIALS.secretAccessKey);
      const created = JSON.parse(dlt.calls[0]?.body ?? '{}');
      expect(created.testScenario.scenarios[created.testName].requests[0]).toMatchObject({
        url: 'https://dev.example.com/items',
        method: 'GET',
      });
    } finally {
      await dlt.close();
    }
  }
});
