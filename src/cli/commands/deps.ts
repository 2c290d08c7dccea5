import { resolve } from 'node:path';
import { closeAwsConnections } from '../../aws/client-factory';
import { DEFAULT_CONSUMERS_FILE, loadConsumersAndBus } from '../../deps/consumers';
import { type ReportOutcome, reportFailure } from '../../deps/failure-report';
import {
  defaultRegion,
  failureTargets,
  githubTarget,
  parseIdentity,
  releaseFieldsOfEventFile,
  runUrlOf,
} from '../../deps/inputs';
import { npmLockfileRefresher } from '../../deps/lockfile';
import { type Delivery, notifyConsumers } from '../../deps/notify';
import { type FieldNames, type Release, type ReleaseFields, resolveRelease } from '../../deps/release';
import { type UpdateResult, updateDependency } from '../../deps/update';
import { InputError } from '../../errors';
import { GitHubClient } from '../../github/rest-client';
import { type CommandSpec, type FlagSpec, type FlagValues, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';

const FLAG_NAMES: FieldNames = {
  package: '--package',
  ecosystem: '--ecosystem',
  version: '--version',
  changelogUrl: '--changelog-url',
  producer: '--producer',
};

const RELEASE_FLAGS: FlagSpec[] = [
  {
    name: 'package',
    type: 'string',
    value: 'NAME',
    description: 'The library: group:artifact (maven), name or @scope/name (npm), project name (pypi).',
  },
  { name: 'ecosystem', type: 'string', value: 'maven|npm|pypi', description: 'The package format.' },
  { name: 'version', type: 'string', value: 'VERSION', description: 'The released version.' },
  { name: 'changelog-url', type: 'string', value: 'URL', description: 'Where the release notes are.' },
];

const PRODUCER_FLAG: FlagSpec = {
  name: 'producer',
  type: 'string',
  value: 'OWNER/REPO',
  description: "The library's repository, where build failures are reported.",
};

const REGION_FLAG: FlagSpec = {
  name: 'region',
  type: 'string',
  value: 'REGION',
  description: 'Region of buses and topics named without an ARN (default: AWS_REGION).',
};

export const depsReleaseNotifyCommand: CommandSpec = {
  name: 'deps release-notify',
  summary:
    'Tell every consumer of a library about its release: a repository_dispatch event (library-released) to each repository in .rampart/consumers.yml, or a CodeArtifact-shaped event to an EventBridge bus. GitHub token in GITHUB_TOKEN.',
  flags: [
    ...RELEASE_FLAGS,
    { ...PRODUCER_FLAG, description: `${PRODUCER_FLAG.description} (default: GITHUB_REPOSITORY)` },
    {
      name: 'consumers',
      type: 'string',
      value: 'FILE',
      description: `The consumers file (default: ${DEFAULT_CONSUMERS_FILE}; optional with --event-bus).`,
    },
    {
      name: 'event-bus',
      type: 'string',
      value: 'NAME|ARN',
      description: "Also put the release on this EventBridge bus (another account's by ARN).",
    },
    REGION_FLAG,
  ],
  async run(values) {
    const env = process.env;
    const fromEvent = await releaseFieldsOfEventFile(env.GITHUB_EVENT_PATH);
    const release = resolveRelease(releaseFlags(values, env.GITHUB_REPOSITORY), fromEvent, FLAG_NAMES);
    const consumers = await loadConsumersAndBus(
      stringFlag(values.consumers),
      stringFlag(values['event-bus']),
      process.cwd(),
    );
    const [owner, name] = (release.producer ?? '').split('/');
    try {
      const deliveries = await notifyConsumers({
        release,
        consumers,
        github: env.GITHUB_TOKEN
          ? new GitHubClient({ token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL })
          : undefined,
        region: stringFlag(values.region) ?? defaultRegion(env),
        domainName: owner || 'rampart',
        repositoryName: name || 'releases',
      });
      return printDeliveries(release, deliveries);
    } finally {
      closeAwsConnections();
    }
  },
};

export const depsUpdateCommand: CommandSpec = {
  name: 'deps update',
  summary:
    'Apply a released library version to this repository (build files edited in place, formatting kept), push rampart/update-<package>-<version> and open its pull request, or update the one already open for the package. A second run changes nothing. GitHub token in GITHUB_TOKEN.',
  flags: [
    ...RELEASE_FLAGS,
    PRODUCER_FLAG,
    {
      name: 'event',
      type: 'string',
      value: 'FILE',
      description:
        'Read the release from this event: a repository_dispatch payload or a CodeArtifact EventBridge event (default: GITHUB_EVENT_PATH). Flags win.',
    },
    { name: 'path', type: 'string', value: 'DIR', default: '.', description: 'The repository checkout.' },
    {
      name: 'base',
      type: 'string',
      value: 'BRANCH',
      description: "The pull request's base (default: the repository's default branch).",
    },
    {
      name: 'remote',
      type: 'string',
      value: 'NAME',
      default: 'origin',
      description: 'The git remote to push to.',
    },
    {
      name: 'repository',
      type: 'string',
      value: 'OWNER/REPO',
      description: 'The GitHub repository of the pull request (default: GITHUB_REPOSITORY).',
    },
    {
      name: 'allow-prerelease',
      type: 'boolean',
      description: 'Apply SNAPSHOT and pre-release versions too (skipped otherwise).',
    },
    {
      name: 'skip-lockfile',
      type: 'boolean',
      description:
        'Leave package-lock.json as it is (otherwise npm install --package-lock-only refreshes it).',
    },
    {
      name: 'push-only',
      type: 'boolean',
      description: 'Push the branch; open no pull request (no token needed).',
    },
    {
      name: 'git-author',
      type: 'string',
      value: '"NAME <EMAIL>"',
      description: 'Who the commit is by (default: github-actions[bot]).',
    },
  ],
  async run(values) {
    const env = process.env;
    const fromEvent = await releaseFieldsOfEventFile(stringFlag(values.event) ?? env.GITHUB_EVENT_PATH);
    const release = resolveRelease(releaseFlags(values), fromEvent, FLAG_NAMES);
    const author = stringFlag(values['git-author']);
    const result = await updateDependency({
      root: resolve(String(values.path)),
      release,
      allowPrerelease: values['allow-prerelease'] === true,
      base: stringFlag(values.base),
      remote: String(values.remote),
      identity: author ? parseIdentity(author, '--git-author') : undefined,
      github:
        values['push-only'] === true
          ? undefined
          : githubTarget(
              stringFlag(values.repository) ?? env.GITHUB_REPOSITORY,
              env.GITHUB_TOKEN,
              env.GITHUB_API_URL,
              {
                ...GITHUB_NAMES,
                purpose: 'to open the pull request (or use --push-only)',
              },
            ),
      refreshLockfile: values['skip-lockfile'] === true ? undefined : npmLockfileRefresher,
    });
    process.stdout.write(updateText(result));
    return ExitCode.Success;
  },
};

export const depsReportFailureCommand: CommandSpec = {
  name: 'deps report-failure',
  summary:
    "Tell a library's owners that this consumer's build fails with its new version: a comment on the version's tracking issue in the producer repository (one issue per version, each consumer listed once), an SNS message, or an EventBridge event. Release and producer default to the update pull request's (GITHUB_EVENT_PATH). GitHub token in GITHUB_TOKEN.",
  flags: [
    ...RELEASE_FLAGS,
    { ...PRODUCER_FLAG, description: "The repository for the tracking issue (default: the pull request's)." },
    {
      name: 'event',
      type: 'string',
      value: 'FILE',
      description:
        "Read the release from this event, e.g. the update pull request's (default: GITHUB_EVENT_PATH).",
    },
    {
      name: 'consumer',
      type: 'string',
      value: 'OWNER/REPO',
      description: 'The repository whose build failed (default: GITHUB_REPOSITORY).',
    },
    {
      name: 'run-url',
      type: 'string',
      value: 'URL',
      description: 'The failed run (default: this GitHub Actions run, or CODEBUILD_BUILD_URL).',
    },
    {
      name: 'sns-topic',
      type: 'string',
      value: 'ARN',
      description: "Publish the failure to the producer's SNS topic.",
    },
    {
      name: 'event-bus',
      type: 'string',
      value: 'NAME|ARN',
      description: "Put a failure event on the producer's EventBridge bus.",
    },
    REGION_FLAG,
  ],
  async run(values) {
    const env = process.env;
    const fromEvent = await releaseFieldsOfEventFile(stringFlag(values.event) ?? env.GITHUB_EVENT_PATH);
    const release = resolveRelease(releaseFlags(values), fromEvent, FLAG_NAMES);
    const consumer = stringFlag(values.consumer) ?? env.GITHUB_REPOSITORY;
    if (!consumer) throw new InputError(['--consumer is required (GITHUB_REPOSITORY is not set)']);
    const targets = failureTargets(
      {
        producer: release.producer,
        token: env.GITHUB_TOKEN,
        apiUrl: env.GITHUB_API_URL,
        snsTopicArn: stringFlag(values['sns-topic']),
        eventBus: stringFlag(values['event-bus']),
        region: stringFlag(values.region) ?? defaultRegion(env),
      },
      { producer: '--producer', token: 'GITHUB_TOKEN', snsTopicArn: '--sns-topic', eventBus: '--event-bus' },
    );
    try {
      const runUrl = stringFlag(values['run-url']) ?? runUrlOf(env);
      const outcomes = await reportFailure({ release, consumer, runUrl }, targets);
      return printOutcomes(outcomes);
    } finally {
      closeAwsConnections();
    }
  },
};

const GITHUB_NAMES = { repository: '--repository', token: 'GITHUB_TOKEN', purpose: '' };

function releaseFlags(values: FlagValues, defaultProducer?: string): ReleaseFields {
  return {
    package: stringFlag(values.package),
    ecosystem: stringFlag(values.ecosystem),
    version: stringFlag(values.version),
    changelogUrl: stringFlag(values['changelog-url']),
    producer: stringFlag(values.producer) ?? defaultProducer,
  };
}

function printDeliveries(release: Release, deliveries: Delivery[]): number {
  if (deliveries.length === 0) {
    process.stdout.write(`no consumer takes ${release.package}: nothing sent\n`);
    return ExitCode.Success;
  }
  for (const delivery of deliveries) {
    const stream = delivery.status === 'sent' ? process.stdout : process.stderr;
    stream.write(`${delivery.status.padEnd(6)} ${delivery.consumer} (${delivery.via}): ${delivery.detail}\n`);
  }
  return deliveries.every((delivery) => delivery.status === 'sent') ? ExitCode.Success : ExitCode.Failure;
}

function updateText(result: UpdateResult): string {
  const changes = (result.plan?.changes ?? []).map(
    (change) => `  ${change.file}:${change.line}  ${change.current} -> ${change.to}\n`,
  );
  const notes = (result.plan?.unchangeable ?? []).map(
    (item) => `  not changed: ${item.file}:${item.line}: ${item.reason}\n`,
  );
  return `${changes.join('')}${notes.join('')}${result.status}: ${result.detail}\n`;
}

function printOutcomes(outcomes: ReportOutcome[]): number {
  for (const outcome of outcomes) {
    const stream = outcome.status === 'done' ? process.stdout : process.stderr;
    stream.write(`${outcome.status.padEnd(6)} ${outcome.target}: ${outcome.detail}\n`);
  }
  return outcomes.every((outcome) => outcome.status === 'done') ? ExitCode.Success : ExitCode.Failure;
}
