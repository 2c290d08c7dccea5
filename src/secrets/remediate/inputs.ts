import { InputError } from '../../errors';
import { GitHubClient } from '../../github/rest-client';
import { git } from '../sources/git-diff';
import type { RemediationOptions } from './remediate';
import type { PushContext } from './types';

/** What an adapter (the CLI's flags, the action's inputs) says about remediation, before checking. */
export interface RemediationInputs {
  notifyIssues: boolean;
  githubToken?: string;
  githubApiUrl?: string;
  snsTopicArn?: string;
  slackWebhookUrl?: string;
  deactivateAwsKeys: boolean;
  region: string;
  lock?: string;
  reset: boolean;
  allowHistoryRewrite: boolean;
  allowDefaultBranch: boolean;
  remediationIdentity?: string;
  /** The git checkout a reset pushes from. */
  root: string;
}

/** Checks the inputs and builds the options; `name` spells an input as the adapter's user knows it. */
export function resolveRemediationOptions(
  inputs: RemediationInputs,
  name: (input: keyof RemediationInputs) => string,
): RemediationOptions {
  const problems: string[] = [];
  const needsGitHub = inputs.notifyIssues || inputs.lock === 'github';
  if (needsGitHub && !inputs.githubToken) {
    problems.push(
      `${name('githubToken')} is needed for ${inputs.notifyIssues ? name('notifyIssues') : `${name('lock')} github`}`,
    );
  }
  if (inputs.lock && inputs.lock !== 'github' && inputs.lock !== 'codecommit') {
    problems.push(`${name('lock')} "${inputs.lock}" is not github or codecommit`);
  }
  if (inputs.reset && !inputs.allowHistoryRewrite) {
    problems.push(
      `${name('reset')} rewrites the branch's history: set ${name('allowHistoryRewrite')} as well to say so`,
    );
  }
  if (problems.length > 0) throw new InputError(problems);
  const github = needsGitHub
    ? new GitHubClient({ token: inputs.githubToken ?? '', apiUrl: inputs.githubApiUrl })
    : undefined;
  return {
    githubIssues: inputs.notifyIssues ? github : undefined,
    snsTopicArn: inputs.snsTopicArn,
    slackWebhookUrl: inputs.slackWebhookUrl,
    deactivateAwsKeysRegion: inputs.deactivateAwsKeys ? inputs.region : undefined,
    lock:
      inputs.lock === 'github' && github
        ? { kind: 'github', client: github }
        : inputs.lock === 'codecommit'
          ? { kind: 'codecommit', region: inputs.region }
          : undefined,
    reset: inputs.reset
      ? {
          root: inputs.root,
          remote: 'origin',
          allowHistoryRewrite: inputs.allowHistoryRewrite,
          allowDefaultBranch: inputs.allowDefaultBranch,
          remediationIdentity: inputs.remediationIdentity,
        }
      : undefined,
  };
}

/** The push, with what is not given read from the checkout: its branch, and origin's default branch. */
export async function resolvePushContext(
  given: Partial<PushContext> & { repository?: string },
  root: string,
): Promise<PushContext> {
  if (!given.repository) throw new InputError(['the repository is not known: give it (owner/repo)']);
  return {
    ...given,
    repository: given.repository,
    branch: given.branch || (await gitOrUndefined(root, ['branch', '--show-current'])) || 'HEAD',
    base: given.base ?? '',
    head: given.head ?? '',
    defaultBranch:
      given.defaultBranch ??
      (await gitOrUndefined(root, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']))?.replace(
        /^origin\//,
        '',
      ),
  };
}

async function gitOrUndefined(root: string, args: string[]): Promise<string | undefined> {
  try {
    return (await git(root, args)).trim() || undefined;
  } catch {
    return undefined;
  }
}
