import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from './support/git-repo';
import { type FakeGitHub, startFakeGitHub } from './support/github-api';
import { type HttpCapture, startHttpCapture } from './support/http-capture';
import { runAction, workflowCommands } from './support/run-action';
import { lineWith, SecretFactory } from './support/secret-samples';

const ACTION = join(__dirname, '..', 'actions', 'secret-scan');
const factory = new SecretFactory(404);

/** A repository with a push adding two secrets, and the push event the runner would write. */
function pushedRepository() {
  const repo = new GitRepo();
  const before = repo.commit({ 'README.md': '# app\n' });
  const secrets = { github: factory.sample('github-token'), stripe: factory.sample('stripe-api-key') };
  const after = repo.commit({
    'src/settings.py': `DEBUG = False\n${lineWith('github-token', secrets.github, 'py')}\n`,
    'billing.env': `STRIPE_KEY=${secrets.stripe}\n`,
  });
  const event = join(repo.root, '..', `event-${Date.now()}.json`);
  writeFileSync(
    event,
    JSON.stringify({
      before,
      after,
      ref: 'refs/heads/feature/pay',
      pusher: { name: 'dev1' },
      repository: { full_name: 'acme/app', default_branch: 'main' },
    }),
  );
  return {
    repo,
    before,
    after,
    secrets,
    env: { GITHUB_WORKSPACE: repo.root, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'push' },
  };
}

describe('actions/secret-scan, run as the runner runs it', () => {
  let github: FakeGitHub;
  let slack: HttpCapture;
  beforeEach(async () => {
    github = await startFakeGitHub();
    slack = await startHttpCapture();
  });
  afterEach(async () => {
    await github.close();
    await slack.close();
  });

  test('a push with secrets: masked, annotated, in SARIF and the summary, and the step fails', async () => {
    const pushed = pushedRepository();
    const run = await runAction(ACTION, {}, pushed.env);
    expect(run.exitCode).toBe(1);
    const commands = workflowCommands(run.stdout);
    const masks = commands
      .filter((command) => command.command === 'add-mask')
      .map((command) => command.message);
    expect(masks.sort()).toEqual(Object.values(pushed.secrets).sort());
    const firstMask = run.stdout.indexOf('::add-mask::');
    for (const secret of Object.values(pushed.secrets)) {
      // A secret appears nowhere but in its own add-mask command, which comes first.
      expect(run.stdout.indexOf(secret)).toBeGreaterThanOrEqual(firstMask);
      expect(run.stdout.split(secret).length - 1).toBe(1);
      expect(run.summary).not.toContain(secret.slice(0, 5));
    }
    expect(
      commands
        .filter((command) => command.command === 'error' && command.properties.file)
        .map((command) => [command.properties.file, command.properties.line, command.properties.title]),
    ).toEqual([
      ['billing.env', '1', 'Secret: stripe-api-key'],
      ['src/settings.py', '2', 'Secret: github-token'],
    ]);
    expect(run.outputs.findings).toBe('2');
    expect(run.outputs['sarif-file']).toBe('rampart-secrets.sarif');
    const sarif = JSON.parse(readFileSync(join(pushed.repo.root, 'rampart-secrets.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual([
      'stripe-api-key',
      'github-token',
    ]);
    expect(JSON.stringify(sarif)).not.toContain(pushed.secrets.github.slice(0, 5));
    expect(run.summary).toContain('2 secret(s) found (2 critical) in 1 commit(s)');
    expect(run.summary).toContain('| critical | `github-token` | `src/settings.py:2` |');
    expect(commands.find((command) => command.command === 'error' && !command.properties.file)?.message).toBe(
      `2 secret(s) found (2 critical) in 1 commit(s) of commits ${pushed.before.slice(0, 12)}..${pushed.after.slice(0, 12)}`,
    );
  });

  test('remediation steps from inputs, each reported; fail-on-findings off keeps the step green', async () => {
    const pushed = pushedRepository();
    const run = await runAction(
      ACTION,
      {
        'fail-on-findings': 'false',
        'notify-issues': 'true',
        'github-token': github.token,
        'slack-webhook-url': slack.url,
        lock: 'github',
      },
      { ...pushed.env, GITHUB_API_URL: github.apiUrl },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.outputs.remediation ?? '[]')).toEqual([
      { step: 'notify: GitHub issues', status: 'done', detail: 'opened #1, #2' },
      { step: 'notify: Slack', status: 'done', detail: 'posted to the Slack webhook' },
      {
        step: 'lock: GitHub branch protection',
        status: 'done',
        detail: 'branch feature/pay now needs a reviewed pull request',
      },
    ]);
    expect(run.summary).toContain('| notify: Slack | done | posted to the Slack webhook |');
    expect(github.protections.has('feature/pay')).toBe(true);
    expect(slack.requests[0]?.body).toContain('by dev1');
  });

  test('a pull request scans base..head of the pull request', async () => {
    const pushed = pushedRepository();
    const event = join(pushed.repo.root, '..', `pr-${Date.now()}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: { base: { sha: pushed.before }, head: { sha: pushed.after, ref: 'feature/pay' } },
        repository: { full_name: 'acme/app' },
      }),
    );
    const run = await runAction(
      ACTION,
      {},
      { ...pushed.env, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' },
    );
    expect([run.exitCode, run.outputs.findings]).toEqual([1, '2']);
  });

  test('bad inputs fail before anything is scanned, naming the inputs', async () => {
    const pushed = pushedRepository();
    const run = await runAction(ACTION, { reset: 'true', lock: 'gitlab' }, pushed.env);
    expect(run.exitCode).toBe(1);
    expect(
      workflowCommands(run.stdout)
        .filter((command) => command.command === 'error')
        .map((command) => command.message),
    ).toEqual([
      'input "lock" "gitlab" is not github or codecommit\ninput "reset" rewrites the branch\'s history: set input "allow-history-rewrite" as well to say so',
    ]);
    expect(run.outputs.findings).toBeUndefined();
  });
});
