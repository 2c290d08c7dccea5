import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** What the target does with its n-th request (0-based). */
export interface Reply {
  delayMs?: number;
  status?: number;
  /** Close the connection without answering (a connection error). */
  destroy?: boolean;
  /** Never answer (a timeout). */
  hang?: boolean;
}

export interface LoadTarget {
  url: string;
  /** How long the server held each answered request, in milliseconds, in answer order. */
  heldMs: number[];
  requests: number;
  close(): Promise<void>;
}

/** A local HTTP server with known behaviour, the load tests' target. */
export async function startLoadTarget(
  behaviour: (n: number, request: IncomingMessage) => Reply = () => ({}),
): Promise<LoadTarget> {
  const target = { heldMs: [] as number[], requests: 0 };
  const server = createServer((request, response) => {
    const started = performance.now();
    const reply = behaviour(target.requests++, request);
    request.resume();
    if (reply.hang) return;
    if (reply.destroy) {
      request.socket.destroy();
      return;
    }
    setTimeout(() => {
      response.writeHead(reply.status ?? 200, { 'content-type': 'text/plain' });
      response.end('ok');
      target.heldMs.push(performance.now() - started);
    }, reply.delayMs ?? 0);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(target, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** The exact p-th percentile of samples, the way HdrHistogram defines it (the value at or below which p% fall). */
export function percentileOf(samples: number[], percentile: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[rank - 1] as number;
}
