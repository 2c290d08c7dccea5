/**
 * rampart deps release-notify: repository_dispatch events on the local GitHub stand-in, and the
 * CodeArtifact-shaped event on moto's EventBridge, read back through a rule into an SQS queue (moto
 * delivers rule targets to SQS).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateEventBusCommand, EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { createAwsClient } from '../src/aws/client-factory';
import { type FakeGitHub, startFakeGitHub } from './support/github-api';
import { REGION, TOOLING_ACCOUNT, useLocalAws } from './support/local-aws';
import { queuedEvents, ruleToQueue } from './support/moto-sqs';
import { runCli } from './support/run-cli';

const local = useLocalAws();

let github: FakeGitHub;
let saved: NodeJS.ProcessEnv;
let dir: string;
beforeEach(async () => {
  github = await startFakeGitHub('acme', 'shared-lib');
  for (const consumer of ['acme/orders', 'acme/billing', 'acme/search']) github.repository(consumer);
  saved = { ...process.env };
  Object.assign(process.env, {
    GITHUB_TOKEN: github.token,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_REPOSITORY: 'acme/shared-lib',
  });
  delete process.env.GITHUB_EVENT_PATH;
  dir = mkdtempSync(join(tmpdir(), 'rampart-notify-'));
});
afterEach(async () => {
  process.env = saved;
  await github.close();
});

function consumersFile(text: string): string {
  const file = join(dir, 'consumers.yml');
  writeFileSync(file, text);
  return file;
}

const RELEASE = [
  '--package',
  '@acme/shared-lib',
  '--ecosystem',
  'npm',
  '--version',
  '2.0.0',
  '--changelog-url',
  'https://example.com/changes/2.0.0',
];

describe('to GitHub repositories', () => {
  test('every consumer that takes the package gets library-released with the release as client_payload', async () => {
    const file = consumersFile(
      'consumers:\n  - repository: acme/orders\n  - repository: acme/billing\n    packages: ["@acme/shared-lib"]\n  - repository: acme/search\n    packages: [com.acme:other]\n',
    );
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'sent   acme/orders (repository_dispatch): library-released sent to acme/orders\nsent   acme/billing (repository_dispatch): library-released sent to acme/billing\n',
    );
    const payload = {
      package: '@acme/shared-lib',
      ecosystem: 'npm',
      version: '2.0.0',
      changelogUrl: 'https://example.com/changes/2.0.0',
      producer: 'acme/shared-lib',
    };
    for (const consumer of ['acme/orders', 'acme/billing']) {
      expect(github.repository(consumer).dispatches).toEqual([
        { event_type: 'library-released', client_payload: payload },
      ]);
    }
    expect(github.repository('acme/search').dispatches).toEqual([]);
  });

  test('a consumer that cannot be told fails alone: the others are told, and the exit code is 1', async () => {
    const file = consumersFile('consumers:\n  - repository: acme/gone\n  - repository: acme/orders\n');
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'failed acme/gone (repository_dispatch): GitHub API POST /repos/acme/gone/dispatches: 404 Not Found\n',
    );
    expect(github.repository('acme/orders').dispatches).toHaveLength(1);
  });

  test('no consumer takes the package: nothing sent, exit 0', async () => {
    const file = consumersFile('consumers:\n  - repository: acme/orders\n    packages: [other]\n');
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file);
    expect(run.stdout).toBe('no consumer takes @acme/shared-lib: nothing sent\n');
    expect(run.code).toBe(0);
  });

  test.each([
    [
      'a missing consumers file',
      () => join(dir, 'none.yml'),
      /^error: .*none\.yml: cannot read the consumers file: ENOENT/,
    ],
    [
      'invalid YAML',
      () => consumersFile('consumers:\n  - repository: acme/orders\n    repository: acme/billing\n'),
      /^error: .*consumers\.yml:3: Map keys must be unique\n$/,
    ],
    [
      'a consumer that is not owner/name',
      () => consumersFile('consumers:\n  - repository: orders\n'),
      /^error: .*consumers\.yml:2: consumers\[0\]\.repository "orders" must be owner\/name\n$/,
    ],
  ])('%s is bad input with the file (and line), exit 2', async (_, file, message) => {
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file());
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
    expect(github.requests).toEqual([]);
  });

  test('no token for repository consumers, or an unknown ecosystem, is bad input', async () => {
    const file = consumersFile('consumers:\n  - repository: acme/orders\n');
    delete process.env.GITHUB_TOKEN;
    const noToken = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file);
    expect(noToken.stderr).toBe(
      'error: a GitHub token is needed to send repository_dispatch events to acme/orders\n',
    );
    expect(noToken.code).toBe(2);
    const unknown = await runCli(
      'deps',
      'release-notify',
      '--package',
      'x',
      '--ecosystem',
      'rubygems',
      '--version',
      '1.0.0',
      '--consumers',
      file,
    );
    expect(unknown.stderr).toBe(
      'error: --ecosystem "rubygems" is not a known ecosystem (known: maven, npm, pypi)\n',
    );
    expect(unknown.code).toBe(2);
  });

  test('--help lists every flag', async () => {
    const help = await runCli('deps', 'release-notify', '--help');
    for (const flag of [
      '--package',
      '--ecosystem',
      '--version',
      '--changelog-url',
      '--producer',
      '--consumers',
      '--event-bus',
      '--region',
    ]) {
      expect(help.stdout).toContain(`  ${flag}`);
    }
  });
});

describe('to EventBridge (moto)', () => {
  /** A bus with a rule matching CodeArtifact releases of npm packages, delivering to a queue. */
  async function consumerBus(name: string): Promise<{ busArn: string; queueUrl: string }> {
    const events = createAwsClient(EventBridgeClient, { region: REGION });
    const { EventBusArn } = await events.send(new CreateEventBusCommand({ Name: name }));
    const queueUrl = await ruleToQueue(local.endpoint(), name, `${name}-releases`, {
      'detail-type': ['CodeArtifact Package Version State Change'],
      detail: { packageVersionState: ['Published'], packageFormat: ['npm'] },
    });
    return { busArn: EventBusArn ?? '', queueUrl };
  }

  const received = (queueUrl: string) => queuedEvents(local.endpoint(), queueUrl);

  test("--event-bus: an event with CodeArtifact's detail-type and detail matches a consumer's CodeArtifact rule", async () => {
    const { busArn, queueUrl } = await consumerBus('consumer-releases');
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--event-bus', busArn);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      new RegExp(`^sent   ${busArn} \\(EventBridge\\): event [\\w-]+ put on ${busArn}\\n$`),
    );
    const [event, ...more] = await received(queueUrl);
    expect(more).toEqual([]);
    // moto leaves out the envelope's `account`; the detail names the account (from STS) as CodeArtifact's does.
    expect(event).toMatchObject({
      source: 'rampart.deps',
      'detail-type': 'CodeArtifact Package Version State Change',
      resources: [
        `arn:aws:codeartifact:${REGION}:${TOOLING_ACCOUNT}:package/acme/shared-lib/npm/acme/shared-lib`,
      ],
      detail: {
        domainName: 'acme',
        domainOwner: TOOLING_ACCOUNT,
        repositoryName: 'shared-lib',
        packageFormat: 'npm',
        packageNamespace: 'acme',
        packageName: 'shared-lib',
        packageVersion: '2.0.0',
        packageVersionState: 'Published',
        operationType: 'Created',
        rampart: { changelogUrl: 'https://example.com/changes/2.0.0', producer: 'acme/shared-lib' },
      },
    });
    expect(github.requests).toEqual([]);
  });

  test('buses and repositories in one consumers file are all told', async () => {
    const { queueUrl } = await consumerBus('team-b');
    const file = consumersFile('consumers:\n  - eventBus: team-b\n  - repository: acme/orders\n');
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--consumers', file, '--region', REGION);
    expect(run.code).toBe(0);
    expect(await received(queueUrl)).toHaveLength(1);
    expect(github.repository('acme/orders').dispatches).toHaveLength(1);
  });

  test('a bus that does not exist fails that delivery (exit 1)', async () => {
    const run = await runCli('deps', 'release-notify', ...RELEASE, '--event-bus', 'nobody-home');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^failed nobody-home \(EventBridge\): .*nobody-home/);
  });
});
