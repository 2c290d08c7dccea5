/**
 * A small client for GitHub's REST API (fetch, JSON, pagination through the Link header). It is
 * plain HTTP, not the runner: the core may use it, with a token the adapter passes in.
 */

export interface GitHubRepository {
  owner: string;
  repo: string;
}

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL on the runner (GitHub Enterprise Server); https://api.github.com otherwise. */
  apiUrl?: string;
}

export class GitHubApiError extends Error {
  constructor(
    readonly status: number,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(`GitHub API ${method} ${path}: ${status} ${message}`);
    this.name = 'GitHubApiError';
  }
}

/** Pages read at most when following Link headers: 100 per page, so 10,000 items. */
const MAX_PAGES = 100;

export class GitHubClient {
  private readonly apiUrl: string;

  constructor(private readonly options: GitHubClientOptions) {
    this.apiUrl = (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, '');
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.send(method, `${this.apiUrl}${path}`, body);
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  /** Every item of a list endpoint, following `Link: <…>; rel="next"`. */
  async paginate<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${this.apiUrl}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const response = await this.send('GET', url);
      items.push(...((await response.json()) as T[]));
      url = nextPage(response.headers.get('link'));
    }
    return items;
  }

  private async send(method: string, url: string, body?: unknown): Promise<Response> {
    const response = await fetch(url, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${this.options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'rampart',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      const text = await response.text();
      let message = text;
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? text;
      } catch {
        // Not JSON: the text as it came.
      }
      throw new GitHubApiError(response.status, method, new URL(url).pathname, message);
    }
    return response;
  }
}

function nextPage(link: string | null): string | undefined {
  for (const part of link?.split(',') ?? []) {
    const match = /<([^>]+)>;\s*rel="next"/.exec(part.trim());
    if (match) return match[1];
  }
  return undefined;
}

/** `owner/repo` as GITHUB_REPOSITORY gives it. */
export function parseRepository(fullName: string): GitHubRepository {
  const [owner, repo, ...rest] = fullName.split('/');
  if (!owner || !repo || rest.length > 0) throw new Error(`"${fullName}" is not owner/repo`);
  return { owner, repo };
}
