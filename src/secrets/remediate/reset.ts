import { git } from '../sources/git-diff';
import type { RemediationStep } from './types';

export interface ResetPolicy {
  /** Required: rewriting a shared branch's history must be asked for. */
  allowHistoryRewrite: boolean;
  /** Required in addition for the default branch. */
  allowDefaultBranch: boolean;
  /** Pushes by this identity are never reset: they are remediation's own (the loop guard). */
  remediationIdentity?: string;
  /** The git remote to push to. */
  remote: string;
}

const ZERO_COMMIT = /^0+$/;

/**
 * Moves the branch back to the commit before the push, with a lease: only if it is still where the
 * push left it, so a later push is never thrown away.
 */
export function resetBranchStep(root: string, policy: ResetPolicy): RemediationStep {
  return {
    name: 'reset branch',
    async run({ push }) {
      if (!policy.allowHistoryRewrite)
        return { status: 'skipped', detail: 'allow-history-rewrite is not set' };
      if (
        !policy.allowDefaultBranch &&
        (push.defaultBranch === undefined || push.branch === push.defaultBranch)
      ) {
        const which =
          push.defaultBranch === undefined
            ? 'the default branch is unknown'
            : `${push.branch} is the default branch`;
        return { status: 'skipped', detail: `${which} and allow-default-branch is not set` };
      }
      if (policy.remediationIdentity && push.pusher === policy.remediationIdentity) {
        return { status: 'skipped', detail: `the push was made by ${push.pusher}, remediation itself` };
      }
      if (ZERO_COMMIT.test(push.base)) {
        return {
          status: 'skipped',
          detail: 'a new branch has no earlier commit to go back to: delete it instead',
        };
      }
      await git(root, [
        'push',
        '--quiet',
        `--force-with-lease=refs/heads/${push.branch}:${push.head}`,
        policy.remote,
        `${push.base}:refs/heads/${push.branch}`,
      ]);
      return {
        status: 'done',
        detail: `${push.branch} reset from ${push.head.slice(0, 12)} to ${push.base.slice(0, 12)}`,
      };
    },
  };
}
