/**
 * The producer side: tell every consumer about a release. GitHub repositories get a
 * `repository_dispatch` event; EventBridge buses get an event shaped like CodeArtifact's, so that a
 * consumer's rule for CodeArtifact releases matches it too.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createAwsClient } from '../aws/client-factory';
import { InputError } from '../errors';
import { type GitHubClient, parseRepository } from '../github/rest-client';
import { type Consumer, consumerName, consumersOf } from './consumers';
import { putOneEvent } from './event-bus';
import {
  CODEARTIFACT_DETAIL_TYPE,
  codeArtifactPackageArn,
  codeArtifactShapedDetail,
  DISPATCH_EVENT_TYPE,
  dispatchPayload,
  type EventOrigin,
  RAMPART_EVENT_SOURCE,
  type Release,
} from './release';

export interface NotifyOptions {
  release: Release;
  consumers: Consumer[];
  /** Needed when a consumer is a GitHub repository. */
  github?: GitHubClient;
  /** The region of buses named without an ARN. */
  region: string;
  /** What stands in for CodeArtifact's domain and repository in the events. */
  domainName: string;
  repositoryName: string;
}

export interface Delivery {
  consumer: string;
  via: 'repository_dispatch' | 'EventBridge';
  status: 'sent' | 'failed';
  detail: string;
}

export async function notifyConsumers(options: NotifyOptions): Promise<Delivery[]> {
  const consumers = consumersOf(options.consumers, options.release.package);
  const repositories = consumers.filter((consumer) => consumer.kind === 'repository').map(consumerName);
  if (!options.github && repositories.length > 0) {
    throw new InputError([
      `a GitHub token is needed to send repository_dispatch events to ${repositories.join(', ')}`,
    ]);
  }
  const origin = consumers.some((consumer) => consumer.kind === 'eventBus')
    ? await eventOrigin(options)
    : undefined;
  const deliveries: Delivery[] = [];
  for (const consumer of consumers) {
    deliveries.push(await deliver(consumer, options, origin));
  }
  return deliveries;
}

async function deliver(
  consumer: Consumer,
  options: NotifyOptions,
  origin: EventOrigin | undefined,
): Promise<Delivery> {
  const via = consumer.kind === 'repository' ? 'repository_dispatch' : 'EventBridge';
  try {
    const detail =
      consumer.kind === 'repository'
        ? await dispatch(options.github as GitHubClient, consumer.repository, options.release)
        : await putEvent(consumer.eventBus, options.release, origin as EventOrigin);
    return { consumer: consumerName(consumer), via, status: 'sent', detail };
  } catch (error) {
    return { consumer: consumerName(consumer), via, status: 'failed', detail: (error as Error).message };
  }
}

async function dispatch(github: GitHubClient, repository: string, release: Release): Promise<string> {
  const { owner, repo } = parseRepository(repository);
  await github.request('POST', `/repos/${owner}/${repo}/dispatches`, {
    event_type: DISPATCH_EVENT_TYPE,
    client_payload: dispatchPayload(release),
  });
  return `${DISPATCH_EVENT_TYPE} sent to ${repository}`;
}

async function putEvent(bus: string, release: Release, origin: EventOrigin): Promise<string> {
  const eventId = await putOneEvent(bus, origin.region, {
    Source: RAMPART_EVENT_SOURCE,
    DetailType: CODEARTIFACT_DETAIL_TYPE,
    Detail: JSON.stringify(codeArtifactShapedDetail(release, origin)),
    Resources: [codeArtifactPackageArn(release, origin)],
  });
  return `event ${eventId} put on ${bus}`;
}

async function eventOrigin(options: NotifyOptions): Promise<EventOrigin> {
  const sts = createAwsClient(STSClient, { region: options.region });
  const identity = await sts.send(new GetCallerIdentityCommand({}));
  return {
    account: identity.Account ?? '',
    region: options.region,
    partition: identity.Arn?.split(':')[1],
    domainName: options.domainName,
    repositoryName: options.repositoryName,
  };
}
