import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './support/git-repo';
import { runAction } from './support/run-action';

const ACTION_DIR = join(__dirname, '..', 'actions', 'security-review');

const VIEW = `from flask import Flask, request
import sqlite3

app = Flask(__name__)


@app.route("/orders")
def orders():
    status = request.args.get("status", "")
    cursor = sqlite3.connect("orders.db").cursor()
    cursor.execute("SELECT id FROM orders WHERE status = ?", (status,))
    return {"orders": cursor.fetchall()}
`;

const INJECTED_VIEW = VIEW.replace(
  '    cursor.execute("SELECT id FROM orders WHERE status = ?", (status,))',
  `    cursor.execute("SELECT id FROM orders WHERE status = '" + status + "'")`,
);

const WEAK_HASH = `import hashlib


def etag(body):
    return hashlib.md5(body).hexdigest()
`;

/** A pull request that turns a parameterized query into string building, next to an old weak hash. */
function pullRequest(): { repo: GitRepo; event: string } {
  const repo = new GitRepo();
  const base = repo.commit({ 'app/views.py': VIEW, 'app/etag.py': WEAK_HASH }, 'initial');
  const head = repo.commit({ 'app/views.py': INJECTED_VIEW }, 'filter by status');
  const event = join(repo.root, '..', `pull-request-${Date.now()}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      repository: { full_name: 'acme/orders', default_branch: 'main' },
      pull_request: { base: { sha: base }, head: { sha: head, ref: 'filter-status' } },
    }),
  );
  return { repo, event };
}

describe('actions/security-review, run as the runner runs it', () => {
  test('on a pull request: reviews the diff, annotates the finding with its fix, writes SARIF, outputs and a summary, and fails', async () => {
    const { repo, event } = pullRequest();

    const run = await runAction(
      ACTION_DIR,
      {},
      {
        GITHUB_WORKSPACE: repo.root,
        GITHUB_EVENT_PATH: event,
        GITHUB_EVENT_NAME: 'pull_request',
      },
    );

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(
      /^::error title=SQL injection \(sql-injection\),file=app\/views\.py,line=11,endLine=11::.*%0A%0AFix: /m,
    );
    expect(run.stdout).not.toContain('app/etag.py');
    expect(run.stdout).toContain('::error::1 finding(s) at or above high');
    expect(run.outputs).toEqual({ findings: '1', failing: '1', 'sarif-file': 'rampart-review.sarif' });
    const sarif = JSON.parse(readFileSync(join(repo.root, 'rampart-review.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; codeFlows?: unknown[] }[] }[];
    };
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toEqual(['sql-injection']);
    expect(sarif.runs[0]?.results[0]?.codeFlows).toHaveLength(1);
    expect(run.summary).toContain('sql-injection');
    expect(run.summary).toContain('app/views.py');
  });

  test('on a push: reviews the whole repository; with fail-on none it reports and passes', async () => {
    const { repo } = pullRequest();

    const run = await runAction(
      ACTION_DIR,
      { 'fail-on': 'none', languages: 'python' },
      { GITHUB_WORKSPACE: repo.root },
    );

    expect(run.exitCode).toBe(0);
    expect(run.outputs.findings).toBe('2');
    expect(run.outputs.failing).toBe('0');
    expect(run.stdout).toMatch(/^::warning title=.*\(weak-hash\),file=app\/etag\.py,line=5,/m);
  });

  test('bad input fails the step with a message naming the input, and writes nothing', async () => {
    const { repo } = pullRequest();

    const run = await runAction(ACTION_DIR, { 'fail-on': 'severe' }, { GITHUB_WORKSPACE: repo.root });

    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('input "fail-on" "severe" is not one of critical, high, medium, low, none');
    expect(run.outputs).toEqual({});
  });
});
