import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, HttpRequest } from '@smithy/types';
import { request } from 'undici';
import { InputError } from '../../errors';
import type { DltCreateTestBody } from './request';

/*
 * The responses of the Distributed Load Testing API relied on (aws-solutions/distributed-load-testing-on-aws:
 * routes in source/api-services/index.ts and handlers/scenario.js, createTest, getTest and cancelTest in
 * source/api-services/lib/scenarios/index.js, finalResults in source/results-parser/lib/parser/index.js):
 *   POST /scenarios           the stored scenario: { testId, status: 'queued' ('running' before v4), ... }
 *   GET  /scenarios/{testId}  { testId, status, errorReason?, results: { total?, <region>? }, ... };
 *                             status: created, scheduled, queued, provisioning, running, cancelling,
 *                             cleaning up, then complete, failed or cancelled
 *   POST /scenarios/{testId}  cancels the running test ("test cancelling"); 409 when nothing runs
 *   errors                    the API's JSON string "CODE: message", or API Gateway's { "message": ... }
 * results.total merges Taurus's final statistics of every task: succ, fail and throughput are counts
 * (throughput is Taurus's sample count, not a rate: DLT's succPercent is succ / throughput); avg_rt,
 * avg_lt, avg_ct, stdev_rt and the percentiles p0_0 … p100_0 are seconds, written as strings; testDuration
 * is seconds; rc lists the response codes DLT does not count as success: [{ code, count }].
 */

type Numeric = number | string;

export interface DltTotals {
  succ?: Numeric;
  fail?: Numeric;
  throughput?: Numeric;
  avg_rt?: Numeric;
  p0_0?: Numeric;
  p50_0?: Numeric;
  p90_0?: Numeric;
  p95_0?: Numeric;
  p99_0?: Numeric;
  p99_9?: Numeric;
  p100_0?: Numeric;
  testDuration?: Numeric;
  rc?: { code: Numeric; count: Numeric }[];
}

export type DltNumericField = Exclude<keyof DltTotals, 'rc'>;

/** The percentiles DLT reports, and their fields in results.total. */
export const DLT_PERCENTILE_FIELDS: readonly (readonly [number, DltNumericField])[] = [
  [0, 'p0_0'],
  [50, 'p50_0'],
  [90, 'p90_0'],
  [95, 'p95_0'],
  [99, 'p99_0'],
  [99.9, 'p99_9'],
  [100, 'p100_0'],
];

export interface DltTest {
  testId: string;
  status?: string;
  errorReason?: string;
  results?: { total?: DltTotals };
}

export interface DltClientOptions {
  /** The DLT stack's DLTApiEndpoint output, stage included, e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod */
  endpoint: string;
  /** The region of the DLT stack, which requests are signed for. */
  region: string;
  /** Omitted: the SDK's default chain (environment, profile, web identity, container, instance profile). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  requestTimeoutMs?: number;
}

/** The API answered with an error status. */
export class DltApiError extends Error {
  override name = 'DltApiError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The API could not be reached, or did not answer in time. */
export class DltConnectionError extends Error {
  override name = 'DltConnectionError';
}

/** API Gateway gives up on a request after 29 s. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const LONGEST_QUOTED_MESSAGE = 500;

/** The DLT API, every request signed with SigV4 for execute-api. */
export class DltClient {
  private readonly base: URL;
  private readonly signer: SignatureV4;
  private readonly requestTimeoutMs: number;

  constructor(private readonly options: DltClientOptions) {
    this.base = apiBase(options.endpoint);
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.signer = new SignatureV4({
      service: 'execute-api',
      region: options.region,
      credentials: options.credentials ?? defaultProvider(),
      sha256: Hash.bind(null, 'sha256'),
    });
  }

  createTest(body: DltCreateTestBody): Promise<DltTest> {
    return this.call('POST', 'scenarios', { body });
  }

  getTest(testId: string, signal?: AbortSignal): Promise<DltTest> {
    return this.call('GET', `scenarios/${encodeURIComponent(testId)}`, {
      query: { history: 'false' },
      signal,
    });
  }

  async cancelTest(testId: string): Promise<void> {
    await this.call('POST', `scenarios/${encodeURIComponent(testId)}`, {});
  }

  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; query?: Record<string, string>; signal?: AbortSignal },
  ): Promise<T> {
    const url = new URL(path, this.base);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers = await this.sign(method, url, payload);
    const where = `${method} ${url.origin}${url.pathname}${url.search}`;
    const response = await this.send(where, { url, method, headers, payload, signal: options.signal });
    if (response.status < 200 || response.status >= 300) {
      throw new DltApiError(failureMessage(where, response, this.options.region), response.status);
    }
    try {
      return (response.text ? JSON.parse(response.text) : undefined) as T;
    } catch {
      throw new DltApiError(
        `${where} answered ${response.status} with something other than JSON: ${quote(response.text)}; is ${this.base.href} the DLT API?`,
        response.status,
      );
    }
  }

  private async sign(method: string, url: URL, payload: string | undefined): Promise<Record<string, string>> {
    const unsigned: HttpRequest = {
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { host: url.host, ...(payload !== undefined && { 'content-type': 'application/json' }) },
      body: payload,
    };
    try {
      return (await this.signer.sign(unsigned)).headers;
    } catch (error) {
      throw new Error(
        `could not sign the request to the DLT API: ${(error as Error).message}. Give AWS credentials as for the AWS CLI (AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role)`,
      );
    }
  }

  private async send(
    where: string,
    call: {
      url: URL;
      method: 'GET' | 'POST';
      headers: Record<string, string>;
      payload?: string;
      signal?: AbortSignal;
    },
  ): Promise<{ status: number; text: string }> {
    try {
      const response = await request(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.payload,
        signal: call.signal,
        headersTimeout: this.requestTimeoutMs,
        bodyTimeout: this.requestTimeoutMs,
      });
      return { status: response.statusCode, text: await response.body.text() };
    } catch (error) {
      if (call.signal?.aborted) throw error;
      throw new DltConnectionError(
        `${where}: could not reach the DLT API at ${call.url.origin}: ${connectionReason(error, this.requestTimeoutMs)}`,
      );
    }
  }
}

/** The endpoint as a base URL that relative paths extend (its stage kept). */
function apiBase(endpoint: string): URL {
  const url = parseUrl(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new InputError([
      `the DLT API endpoint "${endpoint}" is not an http(s) URL: give the DLTApiEndpoint output of the DLT stack, e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod`,
    ]);
  }
  return url;
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function failureMessage(where: string, response: { status: number; text: string }, region: string): string {
  const message = apiMessage(response.text);
  const hint = response.status === 403 ? `; ${forbiddenHint(message, region)}` : '';
  return `${where} failed with ${response.status}${message ? `: ${message}` : ''}${hint}`;
}

/** The API's own message: a JSON string from the DLT Lambda, `{ message }` from API Gateway, or the raw text. */
function apiMessage(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return quote(text);
  }
  if (typeof parsed === 'string') return quote(parsed);
  const { message, Message } = (parsed ?? {}) as { message?: unknown; Message?: unknown };
  const found = [message, Message].find((value): value is string => typeof value === 'string');
  return quote(found ?? text);
}

function forbiddenHint(message: string, region: string): string {
  if (/missing authentication token/i.test(message)) {
    return 'the API has no such path; check the endpoint: the DLTApiEndpoint output of the DLT stack, stage included (e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod)';
  }
  return `the caller needs IAM permission execute-api:Invoke on the DLT API, and requests must be signed for the API's region (they were signed for ${region}: give the region of the DLT stack)`;
}

function connectionReason(error: unknown, timeoutMs: number): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const text = message ?? String(error);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

/** The text trimmed (a final full stop too, as the message goes on) and cut short. */
function quote(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return trimmed.length > LONGEST_QUOTED_MESSAGE ? `${trimmed.slice(0, LONGEST_QUOTED_MESSAGE)}…` : trimmed;
}
