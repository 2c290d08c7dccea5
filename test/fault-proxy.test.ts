import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { type FaultPlan, type FaultProxy, startFaultProxy } from './support/fault-proxy';

interface ReceivedRequest {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

interface Upstream {
  endpoint: string;
  received: ReceivedRequest[];
  connections: number;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  reusedSocket: boolean;
}

const NO_FAULTS: FaultPlan = { throttle: 0, serverError: 0, dropConnection: 0 };
const IDENTITY_XML =
  '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/test</Arn><UserId>AIDATEST</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>upstream-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>';

/** Records every request and answers each one like STS GetCallerIdentity. */
async function startUpstream(): Promise<Upstream> {
  const upstream = { received: [] as ReceivedRequest[], connections: 0 };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      upstream.received.push({
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        rawHeaders: incoming.rawHeaders,
        body: Buffer.concat(chunks),
      });
      outgoing.writeHead(200, { 'content-type': 'text/xml', 'x-upstream': 'yes' });
      outgoing.end(IDENTITY_XML);
    });
  });
  server.on('connection', () => upstream.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(upstream, {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function send(
  endpoint: string,
  agent: Agent,
  options: { method?: string; path?: string; headers?: string[]; body?: Buffer } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${endpoint}${options.path ?? '/'}`,
      { method: options.method ?? 'POST', headers: options.headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString(),
            reusedSocket: outgoing.reusedSocket,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body ?? 'Action=GetCallerIdentity&Version=2011-06-15');
  });
}

/** What a client sees for each of `count` sequential requests: the status, or `dropped`. */
async function outcomes(proxy: FaultProxy, count: number): Promise<string[]> {
  const agent = new Agent({ keepAlive: true });
  const seen: string[] = [];
  for (let index = 0; index < count; index++) {
    seen.push(
      await send(proxy.endpoint, agent).then(
        (answer) => String(answer.status),
        () => 'dropped',
      ),
    );
  }
  agent.destroy();
  return seen;
}

function stsThrough(proxy: FaultProxy): STSClient {
  return new STSClient({
    region: 'us-east-1',
    endpoint: proxy.endpoint,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
    maxAttempts: 2,
  });
}

describe('fault proxy', () => {
  let upstream: Upstream;
  let agent: Agent;
  const proxies: FaultProxy[] = [];
  const startProxy = async (plan: FaultPlan) => {
    const proxy = await startFaultProxy(upstream.endpoint, plan);
    proxies.push(proxy);
    return proxy;
  };

  beforeEach(async () => {
    upstream = await startUpstream();
    agent = new Agent({ keepAlive: true });
  });
  afterEach(async () => {
    agent.destroy();
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
    await upstream.close();
  });

  test('forwards method, path, headers and body bytes unchanged, and relays the answer', async () => {
    const proxy = await startProxy(NO_FAULTS);
    const body = Buffer.from([
      ...Buffer.from('Action=CreateStack&TemplateBody=%7B%7D&'),
      0x00,
      0xff,
      0xfe,
      0x80,
    ]);
    const headers = [
      'Content-Type',
      'application/x-www-form-urlencoded; charset=utf-8',
      'X-Amz-Date',
      '20261122T220000Z',
      'Authorization',
      'AWS4-HMAC-SHA256 Credential=AKIDTEST/20261122/us-east-1/cloudformation/aws4_request, Signature=abc',
      'X-Repeated',
      'one',
      'X-Repeated',
      'two',
      'Content-Length',
      String(body.length),
    ];

    const answer = await send(proxy.endpoint, agent, {
      method: 'PUT',
      path: '/some/path?x=1&y=%2F',
      headers: ['Host', new URL(proxy.endpoint).host, ...headers],
      body,
    });

    expect(answer).toMatchObject({ status: 200, body: IDENTITY_XML });
    expect(answer.headers['x-upstream']).toBe('yes');
    expect(upstream.received).toHaveLength(1);
    const [received] = upstream.received as [ReceivedRequest];
    expect(received.method).toBe('PUT');
    expect(received.url).toBe('/some/path?x=1&y=%2F');
    expect(received.body.equals(body)).toBe(true);
    expect(withoutHopHeaders(received.rawHeaders)).toEqual([
      'Host',
      new URL(upstream.endpoint).host,
      ...headers,
    ]);
    expect(proxy.counts()).toEqual({ forwarded: 1, throttled: 0, serverErrors: 0, dropped: 0 });
  });

  test('keeps connections alive on both sides', async () => {
    const proxy = await startProxy(NO_FAULTS);

    const answers = [];
    for (let index = 0; index < 5; index++) answers.push(await send(proxy.endpoint, agent));

    expect(answers.map((answer) => answer.reusedSocket)).toEqual([false, true, true, true, true]);
    expect(upstream.connections).toBe(1);
  });

  test('with every share at 0 forwards every request', async () => {
    const proxy = await startProxy({ ...NO_FAULTS, seed: 3 });

    expect(await outcomes(proxy, 30)).toEqual(Array(30).fill('200'));
    expect(upstream.received).toHaveLength(30);
    expect(proxy.counts()).toEqual({ forwarded: 30, throttled: 0, serverErrors: 0, dropped: 0 });
  });

  test('throttles in the AWS Query error shape without reaching upstream', async () => {
    const proxy = await startProxy({ ...NO_FAULTS, throttle: 1 });

    const answer = await send(proxy.endpoint, agent);

    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(answer.body).toMatch(
      /^<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>Throttling<\/Code><Message>Rate exceeded<\/Message><\/Error><RequestId>[^<]+<\/RequestId><\/ErrorResponse>$/,
    );
    expect(upstream.received).toHaveLength(0);
    expect(proxy.counts()).toEqual({ forwarded: 0, throttled: 1, serverErrors: 0, dropped: 0 });
  });

  test('answers 500 InternalFailure without reaching upstream', async () => {
    const proxy = await startProxy({ ...NO_FAULTS, serverError: 1 });

    const answer = await send(proxy.endpoint, agent);

    expect(answer.status).toBe(500);
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(answer.body).toMatch(/<Error><Type>Receiver<\/Type><Code>InternalFailure<\/Code>/);
    expect(upstream.received).toHaveLength(0);
    expect(proxy.counts()).toEqual({ forwarded: 0, throttled: 0, serverErrors: 1, dropped: 0 });
  });

  test('the AWS SDK reads the faults as Throttling and InternalFailure, and retries both', async () => {
    const proxy = await startProxy(NO_FAULTS);
    const sts = stsThrough(proxy);

    await expect(sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({
      Account: '123456789012',
    });
    proxy.setPlan({ ...NO_FAULTS, throttle: 1 });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'Throttling',
      message: 'Rate exceeded',
      $fault: 'client',
      $metadata: { httpStatusCode: 400, attempts: 2 },
    });
    proxy.setPlan({ ...NO_FAULTS, serverError: 1 });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InternalFailure',
      $fault: 'server',
      $metadata: { httpStatusCode: 500, attempts: 2 },
    });
    expect(proxy.counts()).toEqual({ forwarded: 1, throttled: 2, serverErrors: 2, dropped: 0 });
    sts.destroy();
  });

  test('drops connections both before and after upstream acted on the request', async () => {
    const proxy = await startProxy({ ...NO_FAULTS, dropConnection: 1, seed: 11 });

    const seen = await outcomes(proxy, 20);

    expect(seen).toEqual(Array(20).fill('dropped'));
    const { forwarded, dropped } = proxy.counts();
    expect(dropped).toBe(20);
    // The dropped-after requests are exactly the ones upstream received and answered.
    expect(upstream.received).toHaveLength(forwarded);
    expect(forwarded).toBeGreaterThan(0);
    expect(forwarded).toBeLessThan(20);
  });

  test('adds latencyMs before forwarding', async () => {
    const proxy = await startProxy({ ...NO_FAULTS, latencyMs: 200 });

    const started = performance.now();
    await send(proxy.endpoint, agent);

    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  test('draws the same faults for the same seed, and others for another seed', async () => {
    const plan = { throttle: 0.2, serverError: 0.2, dropConnection: 0.2 };
    const runWith = async (seed: number) => {
      const proxy = await startProxy({ ...plan, seed });
      return { seen: await outcomes(proxy, 40), counts: proxy.counts() };
    };

    const first = await runWith(5);
    const again = await runWith(5);
    const other = await runWith(6);

    expect(again).toEqual(first);
    expect(other.seen).not.toEqual(first.seen);
    expect(new Set(first.seen)).toEqual(new Set(['200', '400', '500', 'dropped']));
    const { forwarded, throttled, serverErrors, dropped } = first.counts;
    expect(throttled).toBe(first.seen.filter((outcome) => outcome === '400').length);
    expect(serverErrors).toBe(first.seen.filter((outcome) => outcome === '500').length);
    expect(dropped).toBe(first.seen.filter((outcome) => outcome === 'dropped').length);
    expect(forwarded).toBeGreaterThanOrEqual(first.seen.filter((outcome) => outcome === '200').length);
  });
});

/** Node's client adds `Connection: keep-alive`; the proxy may pass it on or not. */
function withoutHopHeaders(rawHeaders: string[]): string[] {
  const pairs: string[][] = [];
  for (let index = 0; index < rawHeaders.length; index += 2) pairs.push(rawHeaders.slice(index, index + 2));
  return pairs.filter(([name]) => name?.toLowerCase() !== 'connection').flat();
}
