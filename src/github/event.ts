/**
 * What a workflow run's event says about the push it is for: the payload GitHub writes to
 * GITHUB_EVENT_PATH, read as plain JSON (no runner library).
 */

export interface PushEvent {
  /** The commits to scan: before..after of a push, base..head of a pull request. */
  range?: { base: string; head: string };
  repository?: string;
  branch?: string;
  pusher?: string;
  defaultBranch?: string;
}

interface Payload {
  before?: string;
  after?: string;
  ref?: string;
  pusher?: { name?: string };
  sender?: { login?: string };
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: { base?: { sha?: string }; head?: { sha?: string; ref?: string } };
}

export function readPushEvent(eventName: string | undefined, payload: unknown): PushEvent {
  const event = (payload ?? {}) as Payload;
  const common = {
    repository: event.repository?.full_name,
    defaultBranch: event.repository?.default_branch,
    pusher: event.pusher?.name ?? event.sender?.login,
  };
  if (eventName === 'push' && event.before && event.after) {
    return {
      ...common,
      range: { base: event.before, head: event.after },
      branch: event.ref?.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined,
    };
  }
  const pull = event.pull_request;
  if (
    (eventName === 'pull_request' || eventName === 'pull_request_target') &&
    pull?.base?.sha &&
    pull.head?.sha
  ) {
    return { ...common, range: { base: pull.base.sha, head: pull.head.sha }, branch: pull.head.ref };
  }
  return common;
}
