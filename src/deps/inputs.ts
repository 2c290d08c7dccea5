/** What the CLI and the actions share when turning flags, inputs and the runner's environment into core options. */
import { InputError } from '../errors';
import { GitHubClient, parseRepository } from '../github/rest-client';
import { readInputFile } from '../runtime/files';
import type { FailureTargets } from './failure-report';
import type { GitIdentity } from './git-branch';
import { markedRelease, type GitHubTarget } from './pull-request';
import { releaseFieldsOfEvent, type ReleaseFields } from './release';

/**
 * The release an event file carries: a repository_dispatch payload, an EventBridge event, Rampart's
 * update pull request (its body's marker), or a GitHub release (its tag and page).
 */
/** How the actions name the release's inputs in their messages. */
export const RELEASE_INPUT_NAMES = {
  package: 'input "package"',
  ecosystem: 'input "ecosystem"',
  version: 'input "version"',
  changelogUrl: 'input "changelog-url"',
  producer: 'input "producer"',
};

export async function releaseFieldsOfEventFile(file: string | undefined): Promise<ReleaseFields> {
  if (!file) return {};
  const text = await readInputFile(file, 'the event');
  let event: unknown;
  try {
    event = JSON.parse(text);
  } catch (error) {
    throw new InputError([`${file}: not valid JSON: ${(error as Error).message}`]);
  }
  const fromPayload = releaseFieldsOfEvent(event);
  if (Object.keys(fromPayload).length > 0) return fromPayload;
  const { pull_request: pullRequest, release } = (event ?? {}) as GitHubEventPayload;
  if (pullRequest) return markedRelease(pullRequest.body) ?? {};
  if (release?.tag_name)
    return { version: release.tag_name.replace(/^v(?=\d)/, ''), changelogUrl: release.html_url };
  return {};
}

interface GitHubEventPayload {
  pull_request?: { body?: string | null };
  release?: { tag_name?: string; html_url?: string };
}

export interface FailureTargetInputs {
  producer?: string;
  token?: string;
  apiUrl?: string;
  snsTopicArn?: string;
  eventBus?: string;
  region: string;
}

/** Where report-failure reports: the producer's tracking issue (when the producer is known), SNS, EventBridge. */
export function failureTargets(
  inputs: FailureTargetInputs,
  names: { producer: string; token: string; snsTopicArn: string; eventBus: string },
): FailureTargets {
  const targets: FailureTargets = {
    github: inputs.producer
      ? githubTarget(inputs.producer, inputs.token, inputs.apiUrl, {
          repository: names.producer,
          token: names.token,
          purpose: `for the tracking issue in ${inputs.producer}`,
        })
      : undefined,
    snsTopicArn: inputs.snsTopicArn,
    eventBus: inputs.eventBus,
    region: inputs.region,
  };
  if (!targets.github && !targets.snsTopicArn && !targets.eventBus) {
    throw new InputError([
      `nothing to report to: give ${names.producer} (tracking issue), ${names.snsTopicArn} or ${names.eventBus}`,
    ]);
  }
  return targets;
}

/** A GitHub repository to work in, or bad input naming where the value came from. */
export function githubTarget(
  repository: string | undefined,
  token: string | undefined,
  apiUrl: string | undefined,
  names: { repository: string; token: string; purpose: string },
): GitHubTarget {
  const problems: string[] = [];
  if (!repository) problems.push(`${names.repository} is needed ${names.purpose}`);
  if (!token) problems.push(`${names.token} is needed ${names.purpose}`);
  if (problems.length > 0) throw new InputError(problems);
  try {
    return {
      client: new GitHubClient({ token: token ?? '', apiUrl }),
      repository: parseRepository(repository ?? ''),
    };
  } catch (error) {
    throw new InputError([`${names.repository}: ${(error as Error).message}`]);
  }
}

/** `Name <email>` as git writes an identity. */
export function parseIdentity(text: string, where: string): GitIdentity {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match) throw new InputError([`${where} "${text}" is not "Name <email>"`]);
  return { name: match[1] ?? '', email: match[2] ?? '' };
}

/** The link to this workflow run on GitHub Actions, or this build on CodeBuild. */
export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  }
  return env.CODEBUILD_BUILD_URL || undefined;
}

export function defaultRegion(env: NodeJS.ProcessEnv): string {
  return env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}
