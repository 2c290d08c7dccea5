/**
 * A local server for the few GitHub REST endpoints Rampart calls, shaped after GitHub's REST
 * documentation: bearer-token authentication, JSON bodies, `per_page`/`page` pagination with a Link
 * header, 404 with `{ message: 'Not Found' }`, 401 `Requires authentication`.
 */
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

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeGitHub {
  apiUrl: string;
  token: string;
  issues: FakeIssue[];
  protections: Map<string, unknown>;
  requests: RecordedRequest[];
  ownerType: 'User' | 'Organization';
  /** Page size the server uses whatever per_page asks, to exercise pagination. */
  maxPageSize: number;
  close(): Promise<void>;
}

export async function startFakeGitHub(owner = 'acme', repo = 'app'): Promise<FakeGitHub> {
  const fake: Omit<FakeGitHub, 'apiUrl' | 'close'> = {
    token: 'ghs_faketokenfortests',
    issues: [],
    protections: new Map(),
    requests: [],
    ownerType: 'Organization',
    maxPageSize: 100,
  };
  const prefix = `/repos/${owner}/${repo}`;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const body = await readJson(request);
    fake.requests.push({ method: request.method ?? 'GET', path: url.pathname + url.search, body });
    if (request.headers.authorization !== `Bearer ${fake.token}`) {
      return send(response, 401, { message: 'Requires authentication' });
    }
    const route = `${request.method} ${url.pathname}`;
    if (route === `GET ${prefix}`) {
      return send(response, 200, {
        full_name: `${owner}/${repo}`,
        default_branch: 'main',
        owner: { login: owner, type: fake.ownerType },
      });
    }
    if (route === `GET ${prefix}/issues`) return listIssues(fake, url, response);
    if (route === `POST ${prefix}/issues`) {
      const input = body as { title?: string; body?: string; labels?: string[] };
      if (!input.title) return send(response, 422, { message: 'Validation Failed' });
      const issue: FakeIssue = {
        number: fake.issues.length + 1,
        title: input.title,
        body: input.body ?? '',
        state: 'open',
        labels: (input.labels ?? []).map((name) => ({ name })),
      };
      fake.issues.push(issue);
      return send(response, 201, issue);
    }
    const issueMatch = new RegExp(`^PATCH ${prefix}/issues/(\\d+)$`).exec(route);
    if (issueMatch) {
      const issue = fake.issues.find((item) => item.number === Number(issueMatch[1]));
      if (!issue) return send(response, 404, { message: 'Not Found' });
      Object.assign(issue, body);
      return send(response, 200, issue);
    }
    const protection = new RegExp(`^(PUT|GET) ${prefix}/branches/(.+)/protection$`).exec(route);
    if (protection) {
      const branch = decodeURIComponent(protection[2] ?? '');
      if (protection[1] === 'PUT') {
        fake.protections.set(branch, body);
        return send(response, 200, { url: `${prefix}/branches/${branch}/protection`, ...(body as object) });
      }
      return fake.protections.has(branch)
        ? send(response, 200, fake.protections.get(branch))
        : send(response, 404, { message: 'Branch not protected' });
    }
    return send(response, 404, { message: 'Not Found' });
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

function listIssues(fake: Omit<FakeGitHub, 'apiUrl' | 'close'>, url: URL, response: ServerResponse): void {
  const labels = url.searchParams.get('labels')?.split(',').filter(Boolean) ?? [];
  const state = url.searchParams.get('state') ?? 'open';
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), fake.maxPageSize);
  const page = Number(url.searchParams.get('page') ?? 1);
  const matching = fake.issues.filter(
    (issue) =>
      (state === 'all' || issue.state === state) &&
      labels.every((label) => issue.labels.some((own) => own.name === label)),
  );
  const items = matching.slice((page - 1) * perPage, page * perPage);
  if (page * perPage < matching.length) {
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
