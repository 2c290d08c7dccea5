import { InputError } from '../errors';

export const NOTIFY_STATUSES = ['success', 'failure'] as const;
export type NotifyStatus = (typeof NOTIFY_STATUSES)[number];

/** One detail: a failing tenant, a threshold, or any name and value. */
export interface DetailField {
  name: string;
  value: string;
}

/** What a details file said, in the terms every target renders. */
export interface Details {
  kind: 'deploy-results' | 'load-test-result' | 'fields';
  /** The title to use when none is given. */
  title?: string;
  summary?: string;
  fields: DetailField[];
}

/** What ran, where, who started it, and a link to the run. */
export interface RunOrigin {
  what?: string;
  where?: string;
  who?: string;
  runUrl?: string;
}

/** One message, rendered by each target in its own format. */
export interface NotificationMessage extends RunOrigin {
  title: string;
  status: NotifyStatus;
  summary?: string;
  fields: DetailField[];
  detailsKind?: Details['kind'];
  /** When it was sent, ISO 8601. */
  time: string;
}

/**
 * The run as GitHub Actions or CodeBuild describe it. Each value is a default: a flag or input
 * given by the user wins.
 */
export function runOriginFromEnvironment(env: NodeJS.ProcessEnv = process.env): RunOrigin {
  if (env.GITHUB_ACTIONS === 'true') {
    const repository = env.GITHUB_REPOSITORY;
    return {
      what: env.GITHUB_WORKFLOW,
      where: [repository, env.GITHUB_REF_NAME].filter(Boolean).join('@') || undefined,
      who: env.GITHUB_ACTOR,
      runUrl:
        env.GITHUB_RUN_ID && repository
          ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
          : undefined,
    };
  }
  if (env.CODEBUILD_BUILD_ID) {
    return {
      what: env.CODEBUILD_BUILD_ID.split(':')[0],
      where: env.CODEBUILD_SOURCE_REPO_URL ?? env.AWS_REGION,
      who: env.CODEBUILD_INITIATOR,
      runUrl: env.CODEBUILD_BUILD_URL,
    };
  }
  return { who: env.USER };
}

/**
 * How an adapter's user spells an input: `--title` for the CLI, `input "title"` for the action.
 * The action's inputs are named like the CLI's flags.
 */
export type InputNamer = (input: string) => string;
export const flagName: InputNamer = (input) => `--${input}`;

export interface MessageRequest {
  title?: string;
  status: string;
  origin: RunOrigin;
  details?: Details;
}

/** Checks the request and builds the message; the title falls back to the one the details suggest. */
export function buildMessage(
  request: MessageRequest,
  name: InputNamer = flagName,
  now = new Date(),
): NotificationMessage {
  const problems: string[] = [];
  const title = (request.title ?? request.details?.title ?? '').trim();
  if (!title) problems.push(`${name('title')} is needed (the details file has no title to use)`);
  if (!NOTIFY_STATUSES.includes(request.status as NotifyStatus)) {
    problems.push(`${name('status')} "${request.status}" is not one of ${NOTIFY_STATUSES.join(', ')}`);
  }
  if (problems.length > 0) throw new InputError(problems);
  return {
    title,
    status: request.status as NotifyStatus,
    ...knownOrigin(request.origin),
    summary: request.details?.summary,
    fields: request.details?.fields ?? [],
    detailsKind: request.details?.kind,
    time: now.toISOString(),
  };
}

/** The origin without its unknown (undefined or empty) parts, so that spreading it overrides only known ones. */
export function knownOrigin(origin: RunOrigin): RunOrigin {
  return Object.fromEntries(Object.entries(origin).filter(([, value]) => value)) as RunOrigin;
}

export function statusWord(status: NotifyStatus): string {
  return status === 'success' ? 'SUCCESS' : 'FAILURE';
}

/** The run's origin as labelled lines, those that are known. */
export function originLines(message: RunOrigin): DetailField[] {
  const lines: [string, string | undefined][] = [
    ['What', message.what],
    ['Where', message.where],
    ['Who', message.who],
  ];
  return lines
    .filter((line): line is [string, string] => Boolean(line[1]))
    .map(([name, value]) => ({ name, value }));
}
