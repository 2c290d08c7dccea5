/**
 * A local server for the GitHub REST endpoints Rampart calls, shaped after GitHub's REST
 * documentation: bearer-token authentication, JSON bodies, `per_page`/`page` pagination with a Link
 * header, 404 with `{ message: 'Not Found' }` (also for a repository it does not know), 401
 * `Requires authentication`, 422 `Validation Failed`. Issues and pull requests share one number
 * sequence per repository, and the issues list includes pull requests (with `pull_request`), as on
 * GitHub. A repository may be backed by a bare git repository, so that opening a pull request checks
 * that its branches exist and differ.
 *
 * Not GitHub: `GET /_fake/state` returns every repository's issues, pull requests, comments and
 * dispatches, for a fake running in another process (the demo).
 */
import { execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: { name: string }[];
  pull_request?: { url: string };
}

export interface FakePull {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  head: string;
  base: string;
  merged: boolean;
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
}

export interface FakeDispatch {
  event_type: string;
  client_payload?: Record<string, unknown>;
}

export interface FakeRepository {
  fullName: string;
  defaultBranch: string;
  /** A bare repository standing for the GitHub one: pull requests need their branches there. */
  gitDir?: string;
  issues: FakeIssue[];
  pulls: FakePull[];
  comments: FakeComment[];
  dispatches: FakeDispatch[];
  protections: Map<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeGitHub {
  apiUrl: string;
  token: string;
  /** The first repository's issues and branch protections. */
  issues: FakeIssue[];
  protections: Map<string, unknown>;
  requests: RecordedRequest[];
  ownerType: 'User' | 'Organization';
  /** Page size the server uses whatever per_page asks, to exercise pagination. */
  maxPageSize: number;
  /** Adds a repository (or returns the one of that name). */
  repository(fullName: string, options?: { gitDir?: string; defaultBranch?: string }): FakeRepository;
  close(): Promise<void>;
}

type FakeState = Omit<FakeGitHub, 'apiUrl' | 'close'> & { repositories: Map<string, FakeRepository> };

const WEB = 'https://github.com';

export async function startFakeGitHub(owner = 'acme', repo = 'app'): Promise<FakeGitHub> {
  const repositories = new Map<string, FakeRepository>();
  const repository = (fullName: string, options: { gitDir?: string; defaultBranch?: string } = {}) => {
    const existing = repositories.get(fullName.toLowerCase());
    if (existing) return Object.assign(existing, options);
    const created: FakeRepository = {
      fullName,
      defaultBranch: options.defaultBranch ?? 'main',
      gitDir: options.gitDir,
      issues: [],
      pulls: [],
      comments: [],
      dispatches: [],
      protections: new Map(),
    };
    repositories.set(fullName.toLowerCase(), created);
    return created;
  };
  const first = repository(`${owner}/${repo}`);
  const fake: FakeState = {
    token: 'ghs_faketokenfortests',
    issues: first.issues,
    protections: first.protections,
    requests: [],
    ownerType: 'Organization',
    maxPageSize: 100,
    repositories,
    repository,
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const body = await readJson(request);
    fake.requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, body });
    if (request.headers.authorization !== `Bearer ${fake.token}`) {
      return send(response, 401, { message: 'Requires authentication' });
    }
    if (request.method === 'GET' && url.pathname === '/_fake/state')
      return send(response, 200, stateOf(fake));
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const target = match && repositories.get(`${match[1]}/${match[2]}`.toLowerCase());
    if (!target) return send(response, 404, { message: 'Not Found' });
    return route(
      fake,
      target,
      { method: request.method ?? 'GET', path: match[3] ?? '', url, body },
      response,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    apiUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

interface Call {
  method: string;
  /** The path after /repos/{owner}/{repo}. */
  path: string;
  url: URL;
  body: unknown;
}

function route(fake: FakeState, repository: FakeRepository, call: Call, response: ServerResponse): void {
  const { method, path } = call;
  const route = `${method} ${path}`;
  if (route === 'GET ') return send(response, 200, repositoryResource(fake, repository));
  if (route === 'GET /issues') return sendPage(fake, call.url, listIssues(repository, call.url), response);
  if (route === 'POST /issues') return createIssue(repository, call.body, response);
  if (route === 'GET /pulls') return sendPage(fake, call.url, listPulls(repository, call.url), response);
  if (route === 'POST /pulls') return createPull(repository, call.body, response);
  if (route === 'POST /dispatches') return dispatch(repository, call.body, response);
  const issue = /^(GET|POST|PATCH) \/issues\/(\d+)(\/comments)?$/.exec(route);
  if (issue)
    return issueRoute(
      fake,
      repository,
      { ...call, number: Number(issue[2]), comments: !!issue[3] },
      response,
    );
  const comment = /^PATCH \/issues\/comments\/(\d+)$/.exec(route);
  if (comment) return updateComment(repository, Number(comment[1]), call.body, response);
  const pull = /^PATCH \/pulls\/(\d+)$/.exec(route);
  if (pull) return updatePull(repository, Number(pull[1]), call.body, response);
  const protection = /^(PUT|GET) \/branches\/(.+)\/protection$/.exec(route);
  if (protection)
    return protectionRoute(
      repository,
      protection[1] ?? '',
      decodeURIComponent(protection[2] ?? ''),
      call.body,
      response,
    );
  send(response, 404, { message: 'Not Found' });
}

function repositoryResource(fake: FakeState, repository: FakeRepository) {
  const [owner] = repository.fullName.split('/');
  return {
    full_name: repository.fullName,
    default_branch: repository.defaultBranch,
    owner: { login: owner, type: fake.ownerType },
  };
}

// --- Issues and comments

function nextNumber(repository: FakeRepository): number {
  return repository.issues.length + repository.pulls.length + 1;
}

function issueResource(repository: FakeRepository, issue: FakeIssue) {
  return { ...issue, html_url: `${WEB}/${repository.fullName}/issues/${issue.number}` };
}

function listIssues(repository: FakeRepository, url: URL): unknown[] {
  const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
  const state = url.searchParams.get('state') ?? 'open';
  const pullsAsIssues: FakeIssue[] = repository.pulls.map((pull) => ({
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    labels: [],
    pull_request: { url: `${WEB}/${repository.fullName}/pull/${pull.number}` },
  }));
  return [...repository.issues, ...pullsAsIssues]
    .sort((a, b) => a.number - b.number)
    .filter(
      (issue) =>
        (state === 'all' || issue.state === state) &&
        labels.every((label) => issue.labels.some((own) => own.name === label)),
    )
    .map((issue) => issueResource(repository, issue));
}

function createIssue(repository: FakeRepository, body: unknown, response: ServerResponse): void {
  const input = body as { title?: string; body?: string; labels?: string[] };
  if (!input?.title) return send(response, 422, { message: 'Validation Failed' });
  const issue: FakeIssue = {
    number: nextNumber(repository),
    title: input.title,
    body: input.body ?? '',
    state: 'open',
    labels: (input.labels ?? []).map((name) => ({ name })),
  };
  repository.issues.push(issue);
  send(response, 201, issueResource(repository, issue));
}

function issueRoute(
  fake: FakeState,
  repository: FakeRepository,
  call: Call & { number: number; comments: boolean },
  response: ServerResponse,
): void {
  const issue = repository.issues.find((item) => item.number === call.number);
  const pull = repository.pulls.find((item) => item.number === call.number);
  if (!issue && !pull) return send(response, 404, { message: 'Not Found' });
  if (call.comments && call.method === 'GET') {
    const comments = repository.comments.filter((comment) => comment.issueNumber === call.number);
    return sendPage(
      fake,
      call.url,
      comments.map((comment) => commentResource(repository, comment)),
      response,
    );
  }
  if (call.comments && call.method === 'POST') {
    const text = (call.body as { body?: string })?.body;
    if (!text) return send(response, 422, { message: 'Validation Failed' });
    const comment = { id: 1000 + repository.comments.length + 1, issueNumber: call.number, body: text };
    repository.comments.push(comment);
    return send(response, 201, commentResource(repository, comment));
  }
  if (call.method === 'PATCH' && !call.comments && issue) {
    Object.assign(issue, call.body);
    return send(response, 200, issueResource(repository, issue));
  }
  send(response, 404, { message: 'Not Found' });
}

function commentResource(repository: FakeRepository, comment: FakeComment) {
  return {
    id: comment.id,
    body: comment.body,
    html_url: `${WEB}/${repository.fullName}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    user: { login: 'rampart-bot' },
  };
}

function updateComment(
  repository: FakeRepository,
  id: number,
  body: unknown,
  response: ServerResponse,
): void {
  const comment = repository.comments.find((item) => item.id === id);
  const text = (body as { body?: string })?.body;
  if (!comment) return send(response, 404, { message: 'Not Found' });
  if (!text) return send(response, 422, { message: 'Validation Failed' });
  comment.body = text;
  send(response, 200, commentResource(repository, comment));
}

// --- Pull requests

function pullResource(repository: FakeRepository, pull: FakePull) {
  const [owner] = repository.fullName.split('/');
  return {
    number: pull.number,
    html_url: `${WEB}/${repository.fullName}/pull/${pull.number}`,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    merged_at: pull.merged ? '2025-01-01T00:00:00Z' : null,
    head: {
      ref: pull.head,
      label: `${owner}:${pull.head}`,
      sha: branchCommit(repository, pull.head) ?? '',
      repo: { full_name: repository.fullName },
    },
    base: { ref: pull.base, repo: { full_name: repository.fullName } },
  };
}

function listPulls(repository: FakeRepository, url: URL): unknown[] {
  const state = url.searchParams.get('state') ?? 'open';
  const head = url.searchParams.get('head');
  const base = url.searchParams.get('base');
  const [owner] = repository.fullName.split('/');
  return repository.pulls
    .filter(
      (pull) =>
        (state === 'all' || pull.state === state) &&
        (!head || head === `${owner}:${pull.head}`) &&
        (!base || base === pull.base),
    )
    .map((pull) => pullResource(repository, pull));
}

function createPull(repository: FakeRepository, body: unknown, response: ServerResponse): void {
  const input = body as { title?: string; head?: string; base?: string; body?: string };
  const [owner] = repository.fullName.split('/');
  if (!input?.title || !input.head || !input.base)
    return send(response, 422, { message: 'Validation Failed' });
  const invalid = (field: string) => ({
    message: 'Validation Failed',
    errors: [{ resource: 'PullRequest', field, code: 'invalid' }],
  });
  if (repository.gitDir && !branchCommit(repository, input.head)) return send(response, 422, invalid('head'));
  if (repository.gitDir && !branchCommit(repository, input.base)) return send(response, 422, invalid('base'));
  if (
    repository.pulls.some(
      (pull) => pull.state === 'open' && pull.head === input.head && pull.base === input.base,
    )
  ) {
    return send(response, 422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${owner}:${input.head}.`,
        },
      ],
    });
  }
  if (repository.gitDir && branchCommit(repository, input.head) === branchCommit(repository, input.base)) {
    return send(response, 422, {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `No commits between ${input.base} and ${input.head}`,
        },
      ],
    });
  }
  const pull: FakePull = {
    number: nextNumber(repository),
    title: input.title,
    body: input.body ?? '',
    state: 'open',
    head: input.head,
    base: input.base,
    merged: false,
  };
  repository.pulls.push(pull);
  send(response, 201, pullResource(repository, pull));
}

function updatePull(
  repository: FakeRepository,
  number: number,
  body: unknown,
  response: ServerResponse,
): void {
  const pull = repository.pulls.find((item) => item.number === number);
  if (!pull) return send(response, 404, { message: 'Not Found' });
  const input = body as Partial<Pick<FakePull, 'title' | 'body' | 'state' | 'base'>>;
  Object.assign(
    pull,
    Object.fromEntries(
      Object.entries(input ?? {}).filter(([key]) => ['title', 'body', 'state', 'base'].includes(key)),
    ),
  );
  send(response, 200, pullResource(repository, pull));
}

function branchCommit(repository: FakeRepository, branch: string): string | undefined {
  if (!repository.gitDir) return undefined;
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`], {
      cwd: repository.gitDir,
      encoding: 'utf8',
    }).trim();
  } catch {
    return undefined;
  }
}

// --- Dispatches and branch protection

/** POST /repos/{owner}/{repo}/dispatches: event_type of at most 100 characters, client_payload of at most 10 properties. */
function dispatch(repository: FakeRepository, body: unknown, response: ServerResponse): void {
  const input = body as FakeDispatch;
  const payload = input?.client_payload;
  const validPayload =
    payload === undefined ||
    (typeof payload === 'object' &&
      payload !== null &&
      !Array.isArray(payload) &&
      Object.keys(payload).length <= 10);
  if (
    typeof input?.event_type !== 'string' ||
    !input.event_type ||
    input.event_type.length > 100 ||
    !validPayload
  ) {
    return send(response, 422, { message: 'Validation Failed' });
  }
  repository.dispatches.push({ event_type: input.event_type, client_payload: payload });
  response.writeHead(204);
  response.end();
}

function protectionRoute(
  repository: FakeRepository,
  method: string,
  branch: string,
  body: unknown,
  response: ServerResponse,
): void {
  if (method === 'PUT') {
    repository.protections.set(branch, body);
    return send(response, 200, {
      url: `/repos/${repository.fullName}/branches/${branch}/protection`,
      ...(body as object),
    });
  }
  return repository.protections.has(branch)
    ? send(response, 200, repository.protections.get(branch))
    : send(response, 404, { message: 'Branch not protected' });
}

// --- Plumbing

function stateOf(fake: FakeState) {
  return Object.fromEntries(
    [...fake.repositories.values()].map((repository) => [
      repository.fullName,
      {
        issues: repository.issues,
        pulls: repository.pulls,
        comments: repository.comments,
        dispatches: repository.dispatches,
      },
    ]),
  );
}

function sendPage(fake: FakeState, url: URL, all: unknown[], response: ServerResponse): void {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.maxPageSize);
  const page = Number(url.searchParams.get('page') ?? 1);
  const items = all.slice((page - 1) * perPage, page * perPage);
  if (page * perPage < all.length) {
    const next = new URL(url.toString());
    next.searchParams.set('page', String(page + 1));
    const host = response.req.headers.host ?? 'localhost';
    response.setHeader('link', `<http://${host}${next.pathname}${next.search}>; rel="next"`);
  }
  send(response, 200, items);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}
