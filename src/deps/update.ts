/**
 * The consumer side of the loop: apply one released version to a repository's build files, commit it
 * on `rampart/update-<package>-<version>` (or the branch of the pull request already open for the
 * package), push, and open or edit the pull request. Running it again changes nothing.
 */
import { join } from 'node:path';
import { InputError } from '../errors';
import { updateBranchName } from './ecosystems';
import { directoryOf } from './editors/declarations';
import {
  baseWorktree,
  commitFiles,
  defaultBaseBranch,
  type GitIdentity,
  pushIfChanged,
  readFiles,
  trackedFiles,
  type Worktree,
  writeFiles,
} from './git-branch';
import { lockfilesFor, type LockfileRefresher } from './lockfile';
import { isBuildFileFor, planUpdate, type UpdatePlan } from './plan';
import {
  findDeclinedPullRequest,
  findOpenPullRequest,
  type GitHubTarget,
  type OpenPullRequest,
  openOrUpdatePullRequest,
  type PullRequestOutcome,
  pullRequestBody,
  pullRequestTitle,
} from './pull-request';
import type { Release } from './release';
import { compareVersions, isPrerelease } from './versions';

export const DEFAULT_IDENTITY: GitIdentity = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
};

export interface UpdateOptions {
  /** The repository checkout; it is not changed (the work happens in a temporary worktree). */
  root: string;
  release: Release;
  allowPrerelease?: boolean;
  /** The branch the pull request goes to; default the repository's default branch. */
  base?: string;
  remote?: string;
  identity?: GitIdentity;
  /** Absent: push the branch and open no pull request. */
  github?: GitHubTarget;
  /** Absent: lockfiles are left as they are. */
  refreshLockfile?: LockfileRefresher;
}

export type UpdateStatus = 'updated' | 'unchanged' | 'up-to-date' | 'skipped';

export interface UpdateResult {
  status: UpdateStatus;
  /** One line saying what happened and why. */
  detail: string;
  branch?: string;
  plan?: UpdatePlan;
  pushed: boolean;
  pullRequest?: PullRequestOutcome;
}

export async function updateDependency(options: UpdateOptions): Promise<UpdateResult> {
  const { release } = options;
  if (!options.allowPrerelease && isPrerelease(release.version, release.ecosystem)) {
    return {
      status: 'skipped',
      detail: `${release.version} is a SNAPSHOT or pre-release version: skipped (allow pre-releases to apply it)`,
      pushed: false,
    };
  }
  const remote = options.remote ?? 'origin';
  const base = await baseBranch(options, remote);
  const worktree = await baseWorktree(options.root, remote, base);
  try {
    return await updateIn(worktree, { ...options, remote, base });
  } finally {
    await worktree.remove();
  }
}

type ResolvedOptions = UpdateOptions & { remote: string; base: string };

async function updateIn(worktree: Worktree, options: ResolvedOptions): Promise<UpdateResult> {
  const { release, github } = options;
  const tracked = await trackedFiles(worktree.path);
  const buildFiles = tracked.filter((path) => isBuildFileFor(release, path));
  const plan = planUpdate(await readFiles(worktree.path, buildFiles), release);
  if (plan.changes.length === 0) return nothingToChange(release, plan);
  const existing = github ? await findOpenPullRequest(github, release) : undefined;
  const branch = existing?.branch ?? updateBranchName(release.package, release.version);
  const skipped = await skipReason(github, existing, branch, release);
  if (skipped) return { status: 'skipped', detail: skipped, plan, pushed: false };
  await commitChange(worktree, options, plan, tracked);
  const push = await pushIfChanged(worktree.path, options.remote, branch);
  if (!push.pushed && push.reason === 'not-ours') {
    const detail = `${branch} has commits that are not Rampart's: left as it is (apply ${release.version} there by hand)`;
    return { status: 'unchanged', detail, branch, plan, pushed: false };
  }
  const pullRequest = github
    ? await openOrUpdatePullRequest(github, existing, {
        branch,
        base: options.base,
        title: pullRequestTitle(release, plan),
        body: pullRequestBody(release, plan),
      })
    : undefined;
  const changed = push.pushed || (pullRequest !== undefined && pullRequest.action !== 'unchanged');
  return {
    status: changed ? 'updated' : 'unchanged',
    detail: outcomeText(release, branch, push.pushed, pullRequest),
    branch,
    plan,
    pushed: push.pushed,
    pullRequest,
  };
}

/** The edited build files and refreshed lockfiles, committed in the worktree. */
async function commitChange(
  worktree: Worktree,
  options: ResolvedOptions,
  plan: UpdatePlan,
  tracked: string[],
): Promise<void> {
  const { release } = options;
  await writeFiles(worktree.path, plan.files);
  const lockfiles = await refreshLockfiles(worktree, options, plan, tracked);
  await commitFiles(
    worktree.path,
    [...plan.files.keys(), ...lockfiles],
    `Update ${release.package} to ${release.version}`,
    `${release.ecosystem} ${release.package} ${release.version}`,
    options.identity ?? DEFAULT_IDENTITY,
  );
}

async function baseBranch(options: UpdateOptions, remote: string): Promise<string> {
  if (options.base) return options.base;
  if (options.github) {
    const { owner, repo } = options.github.repository;
    const repository = await options.github.client.request<{ default_branch?: string }>(
      'GET',
      `/repos/${owner}/${repo}`,
    );
    if (repository.default_branch) return repository.default_branch;
  }
  const local = await defaultBaseBranch(options.root, remote);
  if (!local) throw new InputError([`${options.root}: cannot tell the base branch (detached HEAD): name it`]);
  return local;
}

function nothingToChange(release: Release, plan: UpdatePlan): UpdateResult {
  if (plan.atOrAbove.length === 0) {
    const reasons = plan.unchangeable.map((item) => `${item.file}:${item.line}: ${item.reason}`);
    throw new Error(
      `${release.package} is declared, but not in a way Rampart can change:\n  ${reasons.join('\n  ')}`,
    );
  }
  const versions = [...new Set(plan.atOrAbove.map((declaration) => declaration.current))].join(', ');
  return {
    status: 'up-to-date',
    detail: `${release.package} is already at ${versions} (not older than ${release.version}): nothing to change`,
    plan,
    pushed: false,
  };
}

/** Never downgrade an open pull request, and never reopen one that someone closed. */
async function skipReason(
  github: GitHubTarget | undefined,
  existing: OpenPullRequest | undefined,
  branch: string,
  release: Release,
): Promise<string | undefined> {
  if (!github) return undefined;
  if (existing && (compareVersions(existing.version, release.version, release.ecosystem) ?? 0) > 0) {
    return `pull request #${existing.number} already updates ${release.package} to ${existing.version}, newer than ${release.version}`;
  }
  const declined = existing ? undefined : await findDeclinedPullRequest(github, branch);
  return declined
    ? `pull request #${declined} for ${release.version} was closed without merging: not opened again`
    : undefined;
}

async function refreshLockfiles(
  worktree: Worktree,
  options: ResolvedOptions,
  plan: UpdatePlan,
  tracked: string[],
): Promise<string[]> {
  if (!options.refreshLockfile) return [];
  const lockfiles = lockfilesFor([...plan.files.keys()], tracked);
  for (const lockfile of lockfiles) await options.refreshLockfile(join(worktree.path, directoryOf(lockfile)));
  return lockfiles;
}

function outcomeText(
  release: Release,
  branch: string,
  pushed: boolean,
  pullRequest: PullRequestOutcome | undefined,
): string {
  const branchText = pushed
    ? `pushed ${branch}`
    : `${branch} already has ${release.package} ${release.version}`;
  if (!pullRequest) return branchText;
  const pullText = {
    opened: `opened pull request #${pullRequest.number}`,
    updated: `updated pull request #${pullRequest.number}`,
    unchanged: `pull request #${pullRequest.number} is up to date`,
  }[pullRequest.action];
  return `${branchText}; ${pullText}: ${pullRequest.url}`;
}
