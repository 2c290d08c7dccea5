import { CodeCommitClient, GetRepositoryCommand, TagResourceCommand } from '@aws-sdk/client-codecommit';
import { createAwsClient } from '../../aws/client-factory';
import { type GitHubClient, parseRepository } from '../../github/rest-client';
import type { RemediationStep } from './types';

/**
 * GitHub: protect the branch so that it changes only through reviewed pull requests, and (in an
 * organisation's repository) nobody may push to it directly.
 */
export function lockGitHubBranchStep(client: GitHubClient): RemediationStep {
  return {
    name: 'lock: GitHub branch protection',
    async run(input) {
      const { owner, repo } = parseRepository(input.push.repository);
      const repository = await client.request<{ owner: { type: string } }>('GET', `/repos/${owner}/${repo}`);
      const branch = encodeURIComponent(input.push.branch);
      await client.request('PUT', `/repos/${owner}/${repo}/branches/${branch}/protection`, {
        required_status_checks: null,
        enforce_admins: false,
        required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
        // Push restrictions exist only in organisations' repositories.
        restrictions: repository.owner.type === 'Organization' ? { users: [], teams: [], apps: [] } : null,
      });
      return { status: 'done', detail: `branch ${input.push.branch} now needs a reviewed pull request` };
    },
  };
}

/** CodeCommit, as in the source article: tag the repository RepoState=locked for IAM conditions to act on. */
export function lockCodeCommitStep(region: string): RemediationStep {
  return {
    name: 'lock: CodeCommit RepoState tag',
    async run(input) {
      const codecommit = createAwsClient(CodeCommitClient, { region });
      const { repositoryMetadata } = await codecommit.send(
        new GetRepositoryCommand({ repositoryName: input.push.repository }),
      );
      await codecommit.send(
        new TagResourceCommand({ resourceArn: repositoryMetadata?.Arn, tags: { RepoState: 'locked' } }),
      );
      return { status: 'done', detail: `tagged ${input.push.repository} RepoState=locked` };
    },
  };
}
