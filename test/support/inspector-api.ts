/**
 * A local stand-in for Amazon Inspector's ListFindings (moto 5.2.1 has no inspector2), for running the
 * bundled action as the runner does with AWS_ENDPOINT_URL pointing here. It speaks the operation as
 * the Inspector2 API reference gives it: `POST /findings/list` with a JSON body (filterCriteria,
 * maxResults, nextToken), answering `{ findings, nextToken }` with timestamps in epoch seconds.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Finding, ListFindingsRequest } from '@aws-sdk/client-inspector2';

export interface InspectorStandIn {
  endpoint: string;
  /** Every ListFindings request body, in order. */
  requests: ListFindingsRequest[];
  /** The pages each request gets: the request's nextToken picks one, no token the first. */
  pages: { findings: Finding[]; nextToken?: string }[];
  close(): Promise<void>;
}

/** JSON as the REST-JSON protocol writes it: Date values as epoch seconds. */
function wireFormat(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(wireFormat);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, wireFormat(item)]));
  }
  return value;
}

export async function startInspectorStandIn(): Promise<InspectorStandIn> {
  const standIn = { requests: [] as ListFindingsRequest[], pages: [] as InspectorStandIn['pages'] };
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.method !== 'POST' || request.url !== '/findings/list') {
      response.writeHead(404, {
        'content-type': 'application/json',
        'x-amzn-errortype': 'ResourceNotFoundException',
      });
      response.end(JSON.stringify({ message: `no such operation: ${request.method} ${request.url}` }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ListFindingsRequest;
    standIn.requests.push(body);
    const page = body.nextToken
      ? standIn.pages.find((_, index) => `page-${index}` === body.nextToken)
      : standIn.pages[0];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(wireFormat(page ?? { findings: [] })));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(standIn, {
    endpoint: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
