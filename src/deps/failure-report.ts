/**
 * The feedback: a consumer's build failed with a new library version, and the library's owners hear
 * about it. On GitHub: one tracking issue per package version in the producer's repository, one
 * comment per failing consumer (edited, never repeated, when it fails again), and the issue's body
 * listing every failing consumer once, rebuilt from those comments. On AWS: an SNS message or an
 * EventBridge event.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { createAwsClient } from '../aws/client-factory';
import { canonicalPackageName } from './ecosystems';
import { putOneEvent } from './event-bus';
import type { GitHubTarget } from './pull-request';
import { RAMPART_EVENT_SOURCE, type Release } from './release';

export const FAILURE_ISSUE_LABEL = 'rampart-dependency-failure';
export const FAILURE_DETAIL_TYPE = 'Rampart Dependency Update Failed';
const CONSUMER_MARKER = /<!-- rampart-failing-consumer: (\{.*?\}) -->/;
/** SNS limits a subject to 100 characters. */
const MAX_SUBJECT = 100;

export interface Failure {
  release: Release;
  /** The consumer repository (owner/name) whose build failed. */
  consumer: string;
  runUrl?: string;
}

export interface FailureTargets {
  /** The producer's repository, for the tracking issue. */
  github?: GitHubTarget;
  snsTopicArn?: string;
  eventBus?: string;
  region: string;
}

export interface ReportOutcome {
  target: string;
  status: 'done' | 'failed';
  detail: string;
  issue?: { number: number; url: string };
}

export async function reportFailure(failure: Failure, targets: FailureTargets): Promise<ReportOutcome[]> {
  const steps: [string, () => Promise<Omit<ReportOutcome, 'target' | 'status'>>][] = [];
  const { github, snsTopicArn, eventBus } = targets;
  if (github)
    steps.push([
      `GitHub issue in ${github.repository.owner}/${github.repository.repo}`,
      () => reportOnIssue(github, failure),
    ]);
  if (snsTopicArn) steps.push([`SNS ${snsTopicArn}`, () => publishToTopic(snsTopicArn, failure)]);
  if (eventBus)
    steps.push([`EventBridge ${eventBus}`, () => putFailureEvent(eventBus, targets.region, failure)]);
  const outcomes: ReportOutcome[] = [];
  for (const [target, run] of steps) {
    try {
      outcomes.push({ target, status: 'done', ...(await run()) });
    } catch (error) {
      outcomes.push({ target, status: 'failed', detail: (error as Error).message });
    }
  }
  return outcomes;
}

// --- GitHub tracking issue

interface IssueResource {
  number: number;
  html_url: string;
  state: 'open' | 'closed';
  body?: string | null;
  pull_request?: unknown;
}

interface CommentResource {
  id: number;
  body?: string | null;
}

interface FailingConsumer {
  consumer: string;
  runUrl?: string;
}

async function reportOnIssue(
  github: GitHubTarget,
  failure: Failure,
): Promise<Omit<ReportOutcome, 'target' | 'status'>> {
  const issues = issuesPath(github);
  const issue = (await trackingIssue(github, failure)) ?? (await openTrackingIssue(github, failure));
  const comments = await github.client.paginate<CommentResource>(`${issues}/${issue.number}/comments`);
  const action = await upsertComment(github, issue, comments, failure);
  const failing = comments
    .map((comment) => failingConsumerOf(comment.body))
    .filter((item): item is FailingConsumer => !!item);
  const body = issueBody(failure.release, failing);
  if (issue.body !== body || issue.state !== 'open') {
    await github.client.request('PATCH', `${issues}/${issue.number}`, { body, state: 'open' });
  }
  return {
    detail: `${failure.consumer}: ${action} issue #${issue.number} (${failing.length} failing consumer(s))`,
    issue: { number: issue.number, url: issue.html_url },
  };
}

/** The consumer's one comment on the issue: added, or edited to the latest run; `comments` follows. */
async function upsertComment(
  github: GitHubTarget,
  issue: IssueResource,
  comments: CommentResource[],
  failure: Failure,
): Promise<string> {
  const wanted = commentBody(failure);
  const own = comments.find((comment) => failingConsumerOf(comment.body)?.consumer === failure.consumer);
  if (own?.body === wanted) return 'already listed on';
  if (own) {
    await github.client.request('PATCH', `${issuesPath(github)}/comments/${own.id}`, { body: wanted });
    own.body = wanted;
    return 'updated its comment on';
  }
  const created = await github.client.request<CommentResource>(
    'POST',
    `${issuesPath(github)}/${issue.number}/comments`,
    { body: wanted },
  );
  comments.push({ ...created, body: wanted });
  return 'commented on';
}

function issuesPath({ repository }: GitHubTarget): string {
  return `/repos/${repository.owner}/${repository.repo}/issues`;
}

function issueMarker(release: Release): string {
  return `<!-- rampart-dependency-failure: ${release.ecosystem}/${canonicalPackageName(release.ecosystem, release.package)}@${release.version} -->`;
}

/** The oldest issue for this version: if two reports raced to open one, the first stays. */
async function trackingIssue(github: GitHubTarget, failure: Failure): Promise<IssueResource | undefined> {
  const issues = await github.client.paginate<IssueResource>(
    `${issuesPath(github)}?labels=${FAILURE_ISSUE_LABEL}&state=all`,
  );
  const marker = issueMarker(failure.release);
  return issues
    .filter((issue) => !issue.pull_request && issue.body?.includes(marker))
    .sort((a, b) => a.number - b.number)[0];
}

async function openTrackingIssue(github: GitHubTarget, failure: Failure): Promise<IssueResource> {
  const { release } = failure;
  const created = await github.client.request<IssueResource>('POST', issuesPath(github), {
    title: `${release.package} ${release.version} breaks consumer builds`,
    body: issueBody(release, []),
    labels: [FAILURE_ISSUE_LABEL],
  });
  const oldest = await trackingIssue(github, failure);
  if (!oldest || oldest.number === created.number) return created;
  await github.client.request('PATCH', `${issuesPath(github)}/${created.number}`, {
    state: 'closed',
    body: `Duplicate of #${oldest.number}.`,
  });
  return oldest;
}

function issueBody(release: Release, failing: FailingConsumer[]): string {
  const lines = failing.map(
    (item) => `- \`${item.consumer}\`${item.runUrl ? ` ([failed run](${item.runUrl}))` : ''}`,
  );
  return [
    `Consumers whose build fails with \`${release.package}\` **${release.version}** (${release.ecosystem}):`,
    '',
    ...(lines.length > 0 ? lines : ['- (none yet)']),
    ...(release.changelogUrl ? ['', `Release notes: ${release.changelogUrl}`] : []),
    '',
    "Reported by `rampart deps report-failure` from each consumer's update pull request: one comment per consumer, kept current.",
    '',
    issueMarker(release),
  ].join('\n');
}

function commentBody(failure: Failure): string {
  const { release, consumer, runUrl } = failure;
  const marker = JSON.stringify(runUrl ? { consumer, runUrl } : { consumer });
  return [
    `\`${consumer}\` fails to build with \`${release.package}\` ${release.version}${runUrl ? `: ${runUrl}` : '.'}`,
    '',
    `<!-- rampart-failing-consumer: ${marker} -->`,
  ].join('\n');
}

function failingConsumerOf(body: string | null | undefined): FailingConsumer | undefined {
  const json = CONSUMER_MARKER.exec(body ?? '')?.[1];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as FailingConsumer;
  } catch {
    return undefined;
  }
}

// --- AWS

function failureText(failure: Failure): string {
  const { release, consumer, runUrl } = failure;
  return [
    `${consumer} fails to build with ${release.package} ${release.version} (${release.ecosystem}).`,
    ...(runUrl ? ['', `Failed run: ${runUrl}`] : []),
    ...(release.changelogUrl ? [`Release notes: ${release.changelogUrl}`] : []),
  ].join('\n');
}

async function publishToTopic(topicArn: string, failure: Failure): Promise<{ detail: string }> {
  const sns = createAwsClient(SNSClient, { region: topicArn.split(':')[3] ?? 'us-east-1' });
  const subject = `${failure.consumer} fails with ${failure.release.package} ${failure.release.version}`;
  const { MessageId } = await sns.send(
    new PublishCommand({
      TopicArn: topicArn,
      Subject: subject.slice(0, MAX_SUBJECT),
      Message: failureText(failure),
    }),
  );
  return { detail: `published message ${MessageId}` };
}

async function putFailureEvent(bus: string, region: string, failure: Failure): Promise<{ detail: string }> {
  const { release } = failure;
  const eventId = await putOneEvent(bus, region, {
    Source: RAMPART_EVENT_SOURCE,
    DetailType: FAILURE_DETAIL_TYPE,
    Detail: JSON.stringify({
      package: release.package,
      ecosystem: release.ecosystem,
      version: release.version,
      consumer: failure.consumer,
      ...(failure.runUrl ? { runUrl: failure.runUrl } : {}),
      ...(release.producer ? { producer: release.producer } : {}),
    }),
  });
  return { detail: `event ${eventId} put on ${bus}` };
}
