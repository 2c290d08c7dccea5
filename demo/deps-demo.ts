/**
 * The demo's shared-library feedback loop, on local repositories and a local GitHub stand-in: the
 * library @acme/shared-lib releases 2.0.0; its two consumers (orders and billing, each a bare
 * repository as its remote) get a `library-released` dispatch and, through `rampart deps update`, a
 * pull request each; the pull requests are built; orders' build fails (it calls a function 2.0.0
 * removed), and `rampart deps report-failure` puts it on the library's tracking issue. Then both
 * steps run again, and nothing changes.
 */
import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { git, type LocalRepository, localRepository } from '../test/support/deps-fixtures';
import type { FakeComment, FakeDispatch, FakeIssue, FakePull } from '../test/support/github-api';

/** Runs the rampart CLI; the demo waits for a returned promise too, so an in-process runner fits. */
export type RunRampart = (args: string[], env: NodeJS.ProcessEnv, cwd: string) => number | Promise<number>;

const LIBRARY = '@acme/shared-lib';
const PRODUCER = 'acme/shared-lib';

interface RepositoryState {
  issues: FakeIssue[];
  pulls: FakePull[];
  comments: FakeComment[];
  dispatches: FakeDispatch[];
}

interface GitHubProcess {
  apiUrl: string;
  token: string;
  state(repository: string): Promise<RepositoryState>;
  stop(): Promise<void>;
}

/** test/support/github-api.ts in a child process (demo/fake-github.ts), so that a blocking CLI run cannot stall it. */
async function startGitHubProcess(repositories: string[]): Promise<GitHubProcess> {
  const child: ChildProcessByStdio<Writable, Readable, null> = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(require.resolve('tsx')).href,
      join(__dirname, 'fake-github.ts'),
      ...repositories,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the GitHub stand-in exited with code ${code}`)));
  });
  const firstLine = new Promise<string>((resolve) =>
    createInterface({ input: child.stdout }).once('line', resolve),
  );
  const { apiUrl, token } = JSON.parse(await Promise.race([firstLine, exited])) as {
    apiUrl: string;
    token: string;
  };
  exited.catch(() => undefined);
  return {
    apiUrl,
    token,
    async state(repository) {
      const response = await fetch(`${apiUrl}/_fake/state`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await response.json()) as Record<string, RepositoryState>)[repository] as RepositoryState;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      }),
  };
}

/** A consumer whose test fails when it gets shared-lib 2.x, or one whose test passes whatever it gets. */
function consumerRepository(name: string, range: string, breaksOnTwo: boolean): LocalRepository {
  const test = breaksOnTwo
    ? [
        "const range = require('./package.json').dependencies['@acme/shared-lib'];",
        "if (Number(range.replace(/^[^0-9]*/, '').split('.')[0]) >= 2) {",
        "  console.error('TypeError: sharedLib.formatOrder is not a function (removed in @acme/shared-lib 2.0.0)');",
        '  process.exit(1);',
        '}',
        `console.log('${name}: 12 tests passed');`,
      ]
    : [`console.log('${name}: 8 tests passed');`];
  return localRepository(name, {
    'package.json': `{\n  "name": "${name}",\n  "private": true,\n  "scripts": { "test": "node test.js" },\n  "dependencies": {\n    "${LIBRARY}": "${range}"\n  }\n}\n`,
    // Stands in for the service's real test suite.
    'test.js': `${test.join('\n')}\n`,
  });
}

/** The pull request's build: a fresh clone of its branch, and its test. */
function buildPullRequest(repository: LocalRepository, branch: string): boolean {
  const clone = join(mkdtempSync(join(tmpdir(), 'rampart-demo-build-')), 'build');
  git(tmpdir(), 'clone', '--quiet', '--branch', branch, repository.remote, clone);
  const build = spawnSync(process.execPath, ['test.js'], { cwd: clone, encoding: 'utf8' });
  for (const line of `${build.stdout}${build.stderr}`.trim().split('\n'))
    process.stdout.write(`    | ${line}\n`);
  return build.status === 0;
}

function writeEvent(payload: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rampart-demo-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

export async function dependencyLoopDemo(rampart: RunRampart, env: NodeJS.ProcessEnv): Promise<boolean> {
  const consumers = {
    'acme/orders': consumerRepository('orders', '^1.4.0', true),
    'acme/billing': consumerRepository('billing', '~1.4.2', false),
  };
  const github = await startGitHubProcess([
    PRODUCER,
    ...Object.entries(consumers).map(([name, repository]) => `${name}=${repository.remote}`),
  ]);
  try {
    const loop = new Loop(rampart, env, github);
    if (!(await loop.announceRelease(Object.keys(consumers)))) return false;
    const first = await loop.runConsumerWorkflows(consumers);
    say('The same workflows again (a re-delivered event, a re-run failure step): nothing changes');
    const before = await loop.snapshot(consumers);
    const second = await loop.runConsumerWorkflows(consumers);
    const after = await loop.snapshot(consumers);
    await loop.showTrackingIssue();
    const expected = JSON.stringify({ 'acme/orders': 'failed', 'acme/billing': 'passed' });
    return (
      JSON.stringify(first) === expected &&
      JSON.stringify(second) === expected &&
      before === after &&
      (await loop.listedConsumers()).join() === 'acme/orders'
    );
  } finally {
    await github.stop();
  }
}

function say(line: string): void {
  process.stdout.write(`  ${line}\n`);
}

type Outcome = 'passed' | 'failed' | 'error';

class Loop {
  /** The environment of a workflow run in `repository`: its own event and run, nothing inherited. */
  private readonly baseEnv: NodeJS.ProcessEnv;

  constructor(
    private readonly rampart: RunRampart,
    env: NodeJS.ProcessEnv,
    private readonly github: GitHubProcess,
  ) {
    this.baseEnv = Object.fromEntries(
      Object.entries(env).filter(
        ([name]) => !['GITHUB_EVENT_PATH', 'GITHUB_REPOSITORY', 'GITHUB_RUN_ID'].includes(name),
      ),
    );
  }

  /** `rampart …` as a step of a workflow run in `repository`; true when it exits 0. */
  async run(
    args: string[],
    repository: string,
    cwd: string,
    extra: NodeJS.ProcessEnv = {},
  ): Promise<boolean> {
    const env = {
      ...this.baseEnv,
      GITHUB_TOKEN: this.github.token,
      GITHUB_API_URL: this.github.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: repository,
      ...extra,
    };
    return (await this.rampart(args, env, cwd)) === 0;
  }

  /** The library's release workflow: .rampart/consumers.yml and rampart deps release-notify. */
  async announceRelease(consumers: string[]): Promise<boolean> {
    const producer = mkdtempSync(join(tmpdir(), 'rampart-demo-shared-lib-'));
    mkdirSync(join(producer, '.rampart'));
    const entries = consumers.map((name) => `  - repository: ${name}\n`).join('');
    writeFileSync(join(producer, '.rampart', 'consumers.yml'), `consumers:\n${entries}`);
    say(`${PRODUCER} releases ${LIBRARY} 2.0.0; its .rampart/consumers.yml lists ${consumers.join(' and ')}`);
    const notes = `https://github.com/${PRODUCER}/releases/tag/v2.0.0`;
    const release = [
      '--package',
      LIBRARY,
      '--ecosystem',
      'npm',
      '--version',
      '2.0.0',
      '--changelog-url',
      notes,
    ];
    return this.run(['deps', 'release-notify', ...release], PRODUCER, producer);
  }

  async runConsumerWorkflows(consumers: Record<string, LocalRepository>): Promise<Record<string, Outcome>> {
    const outcomes: Record<string, Outcome> = {};
    for (const [name, repository] of Object.entries(consumers)) {
      outcomes[name] = await this.consumerWorkflows(name, repository);
    }
    return outcomes;
  }

  /** The consumer's workflows: on repository_dispatch, the update; on its pull request, the build and, failing, the report. */
  private async consumerWorkflows(name: string, repository: LocalRepository): Promise<Outcome> {
    const [dispatch] = (await this.github.state(name)).dispatches;
    if (!dispatch) return 'error';
    say(
      `${name} receives repository_dispatch "${dispatch.event_type}": its workflow runs rampart deps update`,
    );
    const event = writeEvent({ action: dispatch.event_type, client_payload: dispatch.client_payload });
    const update = ['deps', 'update', '--skip-lockfile'];
    if (!(await this.run(update, name, repository.checkout, { GITHUB_EVENT_PATH: event }))) return 'error';
    const [pull] = (await this.github.state(name)).pulls;
    if (!pull) return 'error';
    say(`${name} pull request #${pull.number} "${pull.title}" from ${pull.head}: its build runs`);
    if (buildPullRequest(repository, pull.head)) return 'passed';
    say("the build failed: the workflow's failure step runs rampart deps report-failure");
    const pullEvent = writeEvent({
      action: 'synchronize',
      pull_request: { number: pull.number, body: pull.body },
    });
    const failureRun = { GITHUB_EVENT_PATH: pullEvent, GITHUB_RUN_ID: '1001' };
    return (await this.run(['deps', 'report-failure'], name, repository.checkout, failureRun))
      ? 'failed'
      : 'error';
  }

  /** Everything the loop writes: the update branches, the pull requests, the tracking issue and its comments. */
  async snapshot(consumers: Record<string, LocalRepository>): Promise<string> {
    const branches = Object.values(consumers).map((repository) =>
      repository.branchCommit('rampart/update-acme-shared-lib-2.0.0'),
    );
    const states = await Promise.all(
      [PRODUCER, ...Object.keys(consumers)].map((name) => this.github.state(name)),
    );
    return JSON.stringify({ branches, states });
  }

  async showTrackingIssue(): Promise<void> {
    const [issue] = (await this.github.state(PRODUCER)).issues;
    say(`${PRODUCER} issue #${issue?.number} "${issue?.title}" lists:`);
    for (const line of (issue?.body ?? '').split('\n').filter((text) => text.startsWith('- ')))
      say(`  ${line}`);
  }

  async listedConsumers(): Promise<string[]> {
    const { issues } = await this.github.state(PRODUCER);
    const lines = issues.flatMap((issue) => issue.body.split('\n').filter((line) => line.startsWith('- ')));
    return lines.map((line) => /`([^`]+)`/.exec(line)?.[1] ?? line);
  }
}
