/** actions/load-test run as the runner runs it, against a local HTTP server. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LoadTarget, startLoadTarget } from './support/load-target';
import { runAction, workflowCommands } from './support/run-action';

const ACTION = join(__dirname, '..', 'actions', 'load-test');

let target: LoadTarget;
let workspace: string;
beforeAll(async () => {
  target = await startLoadTarget(() => ({ delayMs: 5 }));
});
afterAll(() => target.close());
beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'rampart-load-action-'));
});

function scenario(thresholds: string): string {
  writeFileSync(
    join(workspace, 'api.yml'),
    `name: api\ntarget: \${APP_ENDPOINT}\nrequests:\n  - { path: /health, expect: { status: [200] } }\nrate: 100\nduration: 2s\nthresholds:\n${thresholds}`,
  );
  return 'api.yml';
}

const errors = (stdout: string) =>
  workflowCommands(stdout)
    .filter((command) => command.command === 'error')
    .map((command) => command.message);

const env = () => ({ GITHUB_WORKSPACE: workspace, APP_ENDPOINT: target.url });

test('shards run in a matrix, then mode merge gates on the merged result with outputs and a summary', async () => {
  const file = scenario('  http_req_duration: ["p(95)<500"]\n  http_reqs: ["count>=150"]\n');
  for (const shard of ['1/2', '2/2']) {
    const run = await runAction(
      ACTION,
      { scenario: file, shard, 'result-file': `results/shard-${shard[0]}.json` },
      env(),
    );
    expect(run.exitCode).toBe(0);
    // A shard's own gate sees half the load: its count threshold alone would fail, so merge judges.
    expect(run.outputs.passed).toBe('false');
    expect(Number(run.outputs.requests)).toBeGreaterThanOrEqual(95);
  }
  const merged = await runAction(
    ACTION,
    { mode: 'merge', results: 'results/*.json', 'junit-file': 'junit.xml', 'html-file': 'report.html' },
    env(),
  );
  expect(merged.exitCode).toBe(0);
  expect(merged.outputs).toMatchObject({
    passed: 'true',
    'result-file': 'rampart-load-test.json',
    aborted: '',
  });
  expect(Number(merged.outputs.requests)).toBeGreaterThanOrEqual(190);
  expect(Number(merged.outputs['p95-ms'])).toBeGreaterThanOrEqual(5);
  expect(Number(merged.outputs['error-rate'])).toBe(0);
  expect(merged.summary).toContain('xychart-beta');
  expect(merged.summary).toContain('PASS');
  for (const written of ['rampart-load-test.json', 'junit.xml', 'report.html']) {
    expect(existsSync(join(workspace, written))).toBe(true);
  }
  const result = JSON.parse(readFileSync(join(workspace, 'rampart-load-test.json'), 'utf8'));
  expect(result.shard).toBeUndefined();
});

test('a failed threshold fails the step and says which', async () => {
  const file = scenario('  http_req_duration: ["p(95)<1"]\n');
  const run = await runAction(ACTION, { scenario: file }, env());
  expect(run.exitCode).toBe(1);
  expect(run.outputs.passed).toBe('false');
  expect(errors(run.stdout)).toEqual(['load-test gate failed: http_req_duration p(95)<1']);
  const reported = await runAction(ACTION, { scenario: file, 'fail-on-threshold': 'false' }, env());
  expect(reported.exitCode).toBe(0);
  expect(reported.outputs.passed).toBe('false');
});

test('bad input: an unreachable target, a missing scenario, results that match nothing', async () => {
  const file = scenario('  http_reqs: ["count>0"]\n');
  const unreachable = await runAction(
    ACTION,
    { scenario: file },
    { ...env(), APP_ENDPOINT: 'http://127.0.0.1:9' },
  );
  expect(unreachable.exitCode).toBe(1);
  expect(errors(unreachable.stdout)[0]).toMatch(
    /^.*api\.yml: target http:\/\/127\.0\.0\.1:9\/health cannot be reached: .*ECONNREFUSED/,
  );
  const missing = await runAction(ACTION, {}, env());
  expect(errors(missing.stdout)).toEqual(['input "scenario" is required with mode "run"']);
  const nothing = await runAction(ACTION, { mode: 'merge', results: 'results/*.json\nother.json' }, env());
  expect(errors(nothing.stdout)).toEqual([
    'input "results": results/*.json matches no file\ninput "results": other.json matches no file',
  ]);
});
