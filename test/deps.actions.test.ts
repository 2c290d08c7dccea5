/**
 * actions/release-notify and actions/dependency-update, bundled, run as the runner runs them: inputs
 * as INPUT_* variables, the event in GITHUB_EVENT_PATH, outputs and the job summary read back.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalRepository, localRepository } from './support/deps-fixtures';
import { type FakeGitHub, startFakeGitHub } from './support/github-api';
import { runAction } from './support/run-action';

const ACTIONS = join(__dirname, '..', 'actions');

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'shared-lib');
});
afterEach(() => github.close());

function eventFile(payload: object): string {
  const file = join(mkdtempSync(join(tmpdir(), 'rampart-event-')), 'event.json');
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe('actions/release-notify', () => {
  test('on a release event: version and notes from the release, a dispatch to every consumer, outputs and summary', async () => {
    for (const consumer of ['acme/orders', 'acme/billing']) github.repository(consumer);
    const workspace = mkdtempSync(join(tmpdir(), 'rampart-producer-'));
    mkdirSync(join(workspace, '.rampart'));
    writeFileSync(
      join(workspace, '.rampart', 'consumers.yml'),
      'consumers:\n  - repository: acme/orders\n  - repository: acme/billing\n',
    );
    const run = await runAction(
      join(ACTIONS, 'release-notify'),
      { package: 'com.acme:shared-lib', ecosystem: 'maven', 'github-token': github.token },
      {
        GITHUB_WORKSPACE: workspace,
        GITHUB_API_URL: github.apiUrl,
        GITHUB_REPOSITORY: 'acme/shared-lib',
        GITHUB_EVENT_NAME: 'release',
        GITHUB_EVENT_PATH: eventFile({
          action: 'published',
          release: { tag_name: 'v2.0.0', html_url: 'https://github.com/acme/shared-lib/releases/tag/v2.0.0' },
        }),
      },
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({ sent: '2', failed: '0' });
    expect(JSON.parse(run.outputs.deliveries ?? '[]')).toHaveLength(2);
    expect(run.summary).toContain(
      '| acme/orders | repository_dispatch | sent | library-released sent to acme/orders |',
    );
    expect(github.repository('acme/billing').dispatches).toEqual([
      {
        event_type: 'library-released',
        client_payload: {
          package: 'com.acme:shared-lib',
          ecosystem: 'maven',
          version: '2.0.0',
          changelogUrl: 'https://github.com/acme/shared-lib/releases/tag/v2.0.0',
          producer: 'acme/shared-lib',
        },
      },
    ]);
  });

  test('a missing consumers file fails the step with the file named', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'rampart-producer-'));
    const run = await runAction(
      join(ACTIONS, 'release-notify'),
      { package: 'com.acme:shared-lib', ecosystem: 'maven', version: '2.0.0', 'github-token': github.token },
      { GITHUB_WORKSPACE: workspace, GITHUB_API_URL: github.apiUrl },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      `::error::${join(workspace, '.rampart', 'consumers.yml')}: cannot read the consumers file`,
    );
  });
});

describe('actions/dependency-update', () => {
  let consumer: LocalRepository;
  beforeEach(() => {
    consumer = localRepository('orders', {
      'requirements.txt': '# runtime\nacme-shared-lib==1.4.0  # the library\nrequests>=2\n',
    });
    github.repository('acme/orders', { gitDir: consumer.remote });
  });

  const env = (event: string, eventName: string) => ({
    GITHUB_WORKSPACE: consumer.checkout,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: 'acme/orders',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: event,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '77',
  });

  test('update: the release from the repository_dispatch event; a second run changes nothing', async () => {
    const dispatch = eventFile({
      action: 'library-released',
      client_payload: {
        package: 'acme-shared-lib',
        ecosystem: 'pypi',
        version: '1.5.0',
        producer: 'acme/shared-lib',
      },
    });
    const first = await runAction(
      join(ACTIONS, 'dependency-update'),
      { 'github-token': github.token },
      env(dispatch, 'repository_dispatch'),
    );
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({
      status: 'updated',
      branch: 'rampart/update-acme-shared-lib-1.5.0',
      'pull-request': '1',
      'pull-request-url': 'https://github.com/acme/orders/pull/1',
    });
    expect(JSON.parse(first.outputs.changes ?? '[]')).toEqual([
      { file: 'requirements.txt', line: 2, from: '1.4.0', to: '1.5.0' },
    ]);
    expect(first.summary).toContain('| `requirements.txt` | 2 | 1.4.0 | 1.5.0 |');
    expect(consumer.fileOn('rampart/update-acme-shared-lib-1.5.0', 'requirements.txt')).toBe(
      '# runtime\nacme-shared-lib==1.5.0  # the library\nrequests>=2\n',
    );
    const writes = github.requests.filter((request) => request.method !== 'GET').length;
    const second = await runAction(
      join(ACTIONS, 'dependency-update'),
      { 'github-token': github.token },
      env(dispatch, 'repository_dispatch'),
    );
    expect(second.outputs).toMatchObject({ status: 'unchanged', 'pull-request': '1' });
    expect(github.requests.filter((request) => request.method !== 'GET')).toHaveLength(writes);
  });

  test("report-failure: the release and producer from the pull request's body, the run from the runner", async () => {
    const dispatch = eventFile({
      client_payload: {
        package: 'acme-shared-lib',
        ecosystem: 'pypi',
        version: '1.5.0',
        producer: 'acme/shared-lib',
      },
    });
    await runAction(
      join(ACTIONS, 'dependency-update'),
      { 'github-token': github.token },
      env(dispatch, 'repository_dispatch'),
    );
    const pull = github.repository('acme/orders').pulls[0];
    const pullEvent = eventFile({
      action: 'opened',
      pull_request: { number: pull?.number, body: pull?.body },
    });
    const run = await runAction(
      join(ACTIONS, 'dependency-update'),
      { mode: 'report-failure', 'github-token': github.token },
      env(pullEvent, 'pull_request'),
    );
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      issue: '1',
      'issue-url': 'https://github.com/acme/shared-lib/issues/1',
    });
    expect(github.issues[0]?.body).toContain(
      '- `acme/orders` ([failed run](https://github.com/acme/orders/actions/runs/77))',
    );
  });

  test('bad input fails the step with every problem', async () => {
    const push = eventFile({ ref: 'refs/heads/main' });
    const noRelease = await runAction(
      join(ACTIONS, 'dependency-update'),
      { 'github-token': github.token },
      env(push, 'push'),
    );
    expect(noRelease.exitCode).toBe(1);
    expect(noRelease.stdout).toContain(
      '::error::input "package" is required (or an event that carries it)%0Ainput "ecosystem" is required (or an event that carries it)%0Ainput "version" is required (or an event that carries it)',
    );
    const badMode = await runAction(join(ACTIONS, 'dependency-update'), { mode: 'merge' }, env(push, 'push'));
    expect(badMode.stdout).toContain('::error::input "mode" is "merge", not update or report-failure');
  });
});
