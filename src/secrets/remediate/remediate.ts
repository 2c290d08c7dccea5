import type { GitHubClient } from '../../github/rest-client';
import { deactivateAwsKeysStep } from './aws-keys';
import { githubIssuesStep } from './github-issues';
import { lockCodeCommitStep, lockGitHubBranchStep } from './lock';
import { type ResetPolicy, resetBranchStep } from './reset';
import { slackStep } from './slack';
import { snsStep } from './sns';
import type { RemediationInput, RemediationStep, StepResult } from './types';

/**
 * Runs each step, each whatever became of the others, and reports every one: a failed notification
 * must not keep a key from being deactivated, nor hide that it failed.
 */
export async function remediate(input: RemediationInput, steps: RemediationStep[]): Promise<StepResult[]> {
  if (input.findings.length === 0) return [];
  return Promise.all(
    steps.map(async (step) => {
      try {
        return { step: step.name, ...(await step.run(input)) };
      } catch (error) {
        return {
          step: step.name,
          status: 'failed' as const,
          detail: error instanceof Error ? error.message : String(error),
        };
      }
    }),
  );
}

export function remediationSucceeded(results: StepResult[]): boolean {
  return results.every((result) => result.status !== 'failed');
}

export interface RemediationOptions {
  /** Open or update a GitHub issue per secret. */
  githubIssues?: GitHubClient;
  snsTopicArn?: string;
  slackWebhookUrl?: string;
  /** Deactivate found access keys of the account we hold credentials for, through IAM in this region. */
  deactivateAwsKeysRegion?: string;
  lock?: { kind: 'github'; client: GitHubClient } | { kind: 'codecommit'; region: string };
  reset?: ResetPolicy & { root: string };
}

/** The steps the options ask for, in the order they are reported. */
export function remediationSteps(options: RemediationOptions): RemediationStep[] {
  const { lock, reset } = options;
  return [
    options.githubIssues ? githubIssuesStep(options.githubIssues) : undefined,
    options.snsTopicArn ? snsStep(options.snsTopicArn) : undefined,
    options.slackWebhookUrl ? slackStep(options.slackWebhookUrl) : undefined,
    options.deactivateAwsKeysRegion ? deactivateAwsKeysStep(options.deactivateAwsKeysRegion) : undefined,
    lock?.kind === 'github' ? lockGitHubBranchStep(lock.client) : undefined,
    lock?.kind === 'codecommit' ? lockCodeCommitStep(lock.region) : undefined,
    reset ? resetBranchStep(reset.root, reset) : undefined,
  ].filter((step): step is RemediationStep => step !== undefined);
}
