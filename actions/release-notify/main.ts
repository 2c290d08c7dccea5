import { isAbsolute, join } from 'node:path';
import { loadConsumersAndBus } from '../../src/deps/consumers';
import { defaultRegion, RELEASE_INPUT_NAMES, releaseFieldsOfEventFile } from '../../src/deps/inputs';
import { type Delivery, notifyConsumers } from '../../src/deps/notify';
import { resolveRelease } from '../../src/deps/release';
import * as github from '../../src/github/actions-toolkit';
import { GitHubClient } from '../../src/github/rest-client';
import { runActionMain } from '../../src/github/action-main';
import { markdownTable } from '../../src/runtime/markdown';

const env = process.env;
const root = env.GITHUB_WORKSPACE ?? process.cwd();

function summary(deliveries: Delivery[]): string {
  const table = markdownTable({
    header: ['consumer', 'via', 'status', 'detail'],
    rows: deliveries.map((delivery) => [delivery.consumer, delivery.via, delivery.status, delivery.detail]),
  });
  return ['### Release notifications', '', table, ''].join('\n');
}

async function run(): Promise<void> {
  const release = resolveRelease(
    {
      package: github.stringInput('package'),
      ecosystem: github.stringInput('ecosystem'),
      version: github.stringInput('version'),
      changelogUrl: github.stringInput('changelog-url'),
      producer: github.stringInput('producer') ?? env.GITHUB_REPOSITORY,
    },
    await releaseFieldsOfEventFile(env.GITHUB_EVENT_PATH),
    RELEASE_INPUT_NAMES,
  );
  const consumersFile = github.stringInput('consumers');
  const consumers = await loadConsumersAndBus(
    consumersFile && (isAbsolute(consumersFile) ? consumersFile : join(root, consumersFile)),
    github.stringInput('event-bus'),
    root,
  );
  const token = github.stringInput('github-token');
  const [owner, name] = (release.producer ?? '').split('/');
  const deliveries = await notifyConsumers({
    release,
    consumers,
    github: token ? new GitHubClient({ token, apiUrl: env.GITHUB_API_URL }) : undefined,
    region: github.stringInput('aws-region') ?? defaultRegion(env),
    domainName: owner || 'rampart',
    repositoryName: name || 'releases',
  });
  const failed = deliveries.filter((delivery) => delivery.status === 'failed');
  github.setOutput('sent', String(deliveries.length - failed.length));
  github.setOutput('failed', String(failed.length));
  github.setOutput('deliveries', JSON.stringify(deliveries));
  for (const delivery of deliveries)
    github.info(`${delivery.status}: ${delivery.consumer} (${delivery.via}): ${delivery.detail}`);
  await github.writeJobSummary(summary(deliveries));
  if (failed.length > 0)
    github.setFailed(`could not tell ${failed.map((delivery) => delivery.consumer).join(', ')}`);
}

runActionMain(run);
