import { isAbsolute, join } from 'node:path';
import { reportFailure } from '../../src/deps/failure-report';
import {
  defaultRegion,
  failureTargets,
  githubTarget,
  parseIdentity,
  RELEASE_INPUT_NAMES,
  releaseFieldsOfEventFile,
  runUrlOf,
} from '../../src/deps/inputs';
import { npmLockfileRefresher } from '../../src/deps/lockfile';
import { type Release, resolveRelease } from '../../src/deps/release';
import { type UpdateResult, updateDependency } from '../../src/deps/update';
import { InputError } from '../../src/errors';
import * as github from '../../src/github/actions-toolkit';
import { runActionMain } from '../../src/github/action-main';
import { changesTable } from '../../src/deps/pull-request';

const env = process.env;
const root = env.GITHUB_WORKSPACE ?? process.cwd();

async function releaseFromInputs(): Promise<Release> {
  return resolveRelease(
    {
      package: github.stringInput('package'),
      ecosystem: github.stringInput('ecosystem'),
      version: github.stringInput('version'),
      changelogUrl: github.stringInput('changelog-url'),
      producer: github.stringInput('producer'),
    },
    await releaseFieldsOfEventFile(env.GITHUB_EVENT_PATH),
    RELEASE_INPUT_NAMES,
  );
}

async function update(): Promise<void> {
  const release = await releaseFromInputs();
  const path = github.stringInput('path') ?? '.';
  const author = github.stringInput('git-author');
  const result = await updateDependency({
    root: isAbsolute(path) ? path : join(root, path),
    release,
    allowPrerelease: github.booleanInput('allow-prerelease'),
    base: github.stringInput('base'),
    identity: author ? parseIdentity(author, 'input "git-author"') : undefined,
    github: github.booleanInput('push-only')
      ? undefined
      : githubTarget(env.GITHUB_REPOSITORY, github.stringInput('github-token'), env.GITHUB_API_URL, {
          repository: 'GITHUB_REPOSITORY',
          token: 'input "github-token"',
          purpose: 'to open the pull request (or set push-only)',
        }),
    refreshLockfile: github.booleanInput('skip-lockfile') ? undefined : npmLockfileRefresher,
  });
  github.setOutput('status', result.status);
  github.setOutput('branch', result.branch ?? '');
  github.setOutput('pull-request', result.pullRequest ? String(result.pullRequest.number) : '');
  github.setOutput('pull-request-url', result.pullRequest?.url ?? '');
  github.setOutput(
    'changes',
    JSON.stringify(
      (result.plan?.changes ?? []).map(({ file, line, current, to }) => ({ file, line, from: current, to })),
    ),
  );
  github.info(`${result.status}: ${result.detail}`);
  await github.writeJobSummary(updateSummary(release, result));
}

function updateSummary(release: Release, result: UpdateResult): string {
  const changes = result.plan?.changes ?? [];
  const notes = (result.plan?.unchangeable ?? []).map(
    (item) => `- \`${item.file}:${item.line}\`: ${item.reason}`,
  );
  return [
    `### ${release.package} ${release.version}: ${result.status}`,
    '',
    result.detail,
    ...(changes.length > 0 ? ['', changesTable(changes)] : []),
    ...(notes.length > 0 ? ['', 'Not changed:', ...notes] : []),
    '',
  ].join('\n');
}

async function reportBuildFailure(): Promise<void> {
  const release = await releaseFromInputs();
  const consumer = github.stringInput('consumer') ?? env.GITHUB_REPOSITORY;
  if (!consumer) throw new InputError(['input "consumer" is required (GITHUB_REPOSITORY is not set)']);
  const targets = failureTargets(
    {
      producer: release.producer,
      token: github.stringInput('github-token'),
      apiUrl: env.GITHUB_API_URL,
      snsTopicArn: github.stringInput('sns-topic-arn'),
      eventBus: github.stringInput('event-bus'),
      region: github.stringInput('aws-region') ?? defaultRegion(env),
    },
    {
      producer: 'input "producer"',
      token: 'input "github-token"',
      snsTopicArn: 'input "sns-topic-arn"',
      eventBus: 'input "event-bus"',
    },
  );
  const outcomes = await reportFailure(
    { release, consumer, runUrl: github.stringInput('run-url') ?? runUrlOf(env) },
    targets,
  );
  const issue = outcomes.find((outcome) => outcome.issue)?.issue;
  github.setOutput('issue', issue ? String(issue.number) : '');
  github.setOutput('issue-url', issue?.url ?? '');
  for (const outcome of outcomes) github.info(`${outcome.status}: ${outcome.target}: ${outcome.detail}`);
  const failed = outcomes.filter((outcome) => outcome.status === 'failed');
  if (failed.length > 0)
    github.setFailed(failed.map((outcome) => `${outcome.target}: ${outcome.detail}`).join('\n'));
}

async function run(): Promise<void> {
  const mode = github.stringInput('mode') ?? 'update';
  if (mode === 'update') await update();
  else if (mode === 'report-failure') await reportBuildFailure();
  else throw new InputError([`input "mode" is "${mode}", not update or report-failure`]);
}

runActionMain(run);
