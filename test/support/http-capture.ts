import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CapturedRequest {
  method: string;
  path: string;
  body: string;
}

export interface HttpCapture {
  url: string;
  requests: CapturedRequest[];
  /** The status every request gets. */
  status: number;
  close(): Promise<void>;
}

/** A local HTTP endpoint that keeps every request (a Slack webhook, an SNS HTTP subscriber). */
export async function startHttpCapture(): Promise<HttpCapture> {
  const capture = { requests: [] as CapturedRequest[], status: 200 };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    capture.requests.push({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      body: Buffer.concat(chunks).toString('utf8'),
    });
    response.writeHead(capture.status, { 'content-type': 'text/plain' });
    response.end(capture.status === 200 ? 'ok' : 'invalid_token');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(capture, {
    url: `http://127.0.0.1:${port}/hook`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
