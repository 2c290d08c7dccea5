import { seededRandom } from '../../src/runtime/seeded-random';
import {
  Agent,
  createServer,
  request as forward,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** Shares (0..1) of requests that get each fault; drawn from a PRNG seeded by `seed`. */
export interface FaultPlan {
  throttle: number;
  serverError: number;
  dropConnection: number;
  /** Added before forwarding every request, e.g. to stand in for a remote API's latency. */
  latencyMs?: number;
  seed?: number;
}

export interface FaultCounts {
  forwarded: number;
  throttled: number;
  serverErrors: number;
  dropped: number;
}

export interface FaultProxy {
  endpoint: string;
  counts(): FaultCounts;
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

type Fault = 'throttle' | 'serverError' | 'dropBefore' | 'dropAfter' | 'none';

/**
 * An HTTP proxy between an AWS client and a local AWS (moto) that answers a share of requests with
 * throttling (400 Throttling) or 500 InternalFailure in the AWS Query error shape, or drops the
 * connection: either before the request reaches the server, or after the server acted on it (the case
 * that makes non-idempotent calls dangerous to retry).
 */
export async function startFaultProxy(upstream: string, initialPlan: FaultPlan): Promise<FaultProxy> {
  let plan = initialPlan;
  let random = seededRandom(plan.seed ?? 1);
  const counts: FaultCounts = { forwarded: 0, throttled: 0, serverErrors: 0, dropped: 0 };
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(upstream);

  const chooseFault = (): Fault => {
    const draw = random();
    if (draw < plan.throttle) return 'throttle';
    if (draw < plan.throttle + plan.serverError) return 'serverError';
    if (draw < plan.throttle + plan.serverError + plan.dropConnection)
      return random() < 0.5 ? 'dropBefore' : 'dropAfter';
    return 'none';
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const body = await readBody(incoming);
    if (plan.latencyMs) await new Promise((resolve) => setTimeout(resolve, plan.latencyMs));
    const fault = chooseFault();
    if (fault === 'throttle' || fault === 'serverError') {
      counts[fault === 'throttle' ? 'throttled' : 'serverErrors']++;
      sendAwsError(outgoing, fault);
      return;
    }
    if (fault === 'dropBefore') {
      counts.dropped++;
      incoming.socket.destroy();
      return;
    }
    const answer = await relay(incoming, body, target, agent);
    counts.forwarded++;
    if (fault === 'dropAfter') {
      counts.dropped++;
      incoming.socket.destroy();
      return;
    }
    outgoing.writeHead(answer.status, answer.headers);
    outgoing.end(answer.body);
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: Error) => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end(`fault proxy: ${error.message}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    counts: () => ({ ...counts }),
    setPlan: (next) => {
      plan = next;
      random = seededRandom(next.seed ?? 1);
    },
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(incoming: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve(Buffer.concat(chunks)));
    incoming.on('error', reject);
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function relay(incoming: IncomingMessage, body: Buffer, target: URL, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: withHost(incoming.rawHeaders, target.host),
        agent,
      },
      (response) => {
        readBody(response).then(
          (answer) =>
            resolve({ status: response.statusCode ?? 502, headers: response.headers, body: answer }),
          reject,
        );
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/** The client's headers as sent (case, order, repeats), with Host naming the upstream. */
function withHost(rawHeaders: string[], host: string): string[] {
  const headers = [...rawHeaders];
  const hostIndex = headers.findIndex((value, index) => index % 2 === 0 && value.toLowerCase() === 'host');
  if (hostIndex < 0) return ['Host', host, ...headers];
  headers[hostIndex + 1] = host;
  return headers;
}

/** The AWS Query protocol's error document, as STS and CloudFormation send it. */
function sendAwsError(outgoing: ServerResponse, fault: 'throttle' | 'serverError'): void {
  const [status, type, code, message] =
    fault === 'throttle'
      ? [400, 'Sender', 'Throttling', 'Rate exceeded']
      : [500, 'Receiver', 'InternalFailure', 'Internal failure'];
  const requestId = `fault-${Math.random().toString(16).slice(2)}`;
  const body = `<ErrorResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
  outgoing.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId });
  outgoing.end(body);
}
