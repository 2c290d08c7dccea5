/**
 * The update's pull request: one open pull request per package, found again by a marker in its body
 * (which also tells `rampart deps report-failure` what the pull request updates), opened once and
 * then only edited.
 */
import type { GitHubClient, GitHubRepository } from '../github/rest-client';
import { canonicalPackageName, UPDATE_BRANCH_PREFIX } from './ecosystems';
import type { UpdatePlan } from './plan';
import type { Release, ReleaseFields } from './release';
import { markdownTable } from '../runtime/markdown';
import type { Change } from './plan';

const MARKER = /<!-- rampart-dependency: (\{.*?\}) -->/;

export interface GitHubTarget {
  client: GitHubClient;
  repository: GitHubRepository;
}

interface PullRequestResource {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  merged_at?: string | null;
  head: { ref: string; repo?: { full_name?: string } | null };
}

export interface OpenPullRequest {
  number: number;
  url: string;
  branch: string;
  title: string;
  body: string;
  /** The version it updates to now. */
  version: string;
}

export interface PullRequestOutcome {
  number: number;
  url: string;
  action: 'opened' | 'updated' | 'unchanged';
}

/** What a pull request's body says it updates (written by Rampart), if anything. */
export function markedRelease(body: string | null | undefined): ReleaseFields | undefined {
  const json = MARKER.exec(body ?? '')?.[1];
  if (!json) return undefined;
  try {
    return JSON.parse(json) as ReleaseFields;
  } catch {
    return undefined;
  }
}

/** The open pull request that Rampart opened for this package, if any. */
export async function findOpenPullRequest(
  github: GitHubTarget,
  release: Release,
): Promise<OpenPullRequest | undefined> {
  const { owner, repo } = github.repository;
  const pulls = await github.client.paginate<PullRequestResource>(`/repos/${owner}/${repo}/pulls?state=open`);
  for (const pull of pulls) {
    const marked = markedRelease(pull.body);
    const sameRepository = pull.head.repo?.full_name?.toLowerCase() === `${owner}/${repo}`.toLowerCase();
    if (!marked || !sameRepository || !pull.head.ref.startsWith(UPDATE_BRANCH_PREFIX)) continue;
    if (marked.ecosystem !== release.ecosystem) continue;
    if (
      canonicalPackageName(release.ecosystem, marked.package ?? '') !==
      canonicalPackageName(release.ecosystem, release.package)
    )
      continue;
    return {
      number: pull.number,
      url: pull.html_url,
      branch: pull.head.ref,
      title: pull.title,
      body: pull.body ?? '',
      version: marked.version ?? '',
    };
  }
  return undefined;
}

/** A pull request from `branch` that was closed without being merged: someone declined this update. */
export async function findDeclinedPullRequest(
  github: GitHubTarget,
  branch: string,
): Promise<number | undefined> {
  const { owner, repo } = github.repository;
  const head = encodeURIComponent(`${owner}:${branch}`);
  const pulls = await github.client.paginate<PullRequestResource>(
    `/repos/${owner}/${repo}/pulls?state=closed&head=${head}`,
  );
  return pulls.find((pull) => !pull.merged_at && markedRelease(pull.body))?.number;
}

export async function openOrUpdatePullRequest(
  github: GitHubTarget,
  existing: OpenPullRequest | undefined,
  change: { branch: string; base: string; title: string; body: string },
): Promise<PullRequestOutcome> {
  const { owner, repo } = github.repository;
  if (existing) {
    if (existing.title === change.title && existing.body === change.body) {
      return { number: existing.number, url: existing.url, action: 'unchanged' };
    }
    await github.client.request('PATCH', `/repos/${owner}/${repo}/pulls/${existing.number}`, {
      title: change.title,
      body: change.body,
    });
    return { number: existing.number, url: existing.url, action: 'updated' };
  }
  const created = await github.client.request<PullRequestResource>('POST', `/repos/${owner}/${repo}/pulls`, {
    title: change.title,
    head: change.branch,
    base: change.base,
    body: change.body,
  });
  return { number: created.number, url: created.html_url, action: 'opened' };
}

export function pullRequestTitle(release: Release, plan: UpdatePlan): string {
  const from = [...new Set(plan.changes.map((change) => change.current))];
  return from.length === 1
    ? `Update ${release.package} from ${from[0]} to ${release.version}`
    : `Update ${release.package} to ${release.version}`;
}

/** The version changes as a Markdown table: file, line, from, to. */
export function changesTable(changes: Change[]): string {
  return markdownTable({
    header: ['file', 'line', 'from', 'to'],
    rows: changes.map((change) => [`\`${change.file}\``, String(change.line), change.current, change.to]),
  });
}

export function pullRequestBody(release: Release, plan: UpdatePlan): string {
  const notChanged = plan.unchangeable.map((item) => `- \`${item.file}:${item.line}\`: ${item.reason}`);
  const marker = JSON.stringify({
    ecosystem: release.ecosystem,
    package: release.package,
    version: release.version,
    ...(release.producer ? { producer: release.producer } : {}),
  });
  return [
    `Updates \`${release.package}\` (${release.ecosystem}) to **${release.version}**.`,
    '',
    changesTable(plan.changes),
    ...(release.changelogUrl ? ['', `Release notes: ${release.changelogUrl}`] : []),
    ...(notChanged.length > 0 ? ['', 'Not changed:', ...notChanged] : []),
    ...(release.producer
      ? [
          '',
          `When this pull request's checks fail, \`rampart deps report-failure\` tells ${release.producer}.`,
        ]
      : []),
    '',
    `<!-- rampart-dependency: ${marker} -->`,
  ].join('\n');
}
