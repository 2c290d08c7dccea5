/**
 * A local stand-in for the API of the Distributed Load Testing solution (POST /scenarios, GET and
 * POST /scenarios/{testId}) that checks every request's SigV4 signature as API Gateway would.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialIdentity } from '@smithy/types';
import type { DltCreateTestBody } from '../../src/load-test/dlt/request';

export const REGION = 'us-east-1';
export const STAGE = '/prod';
export const TEST_ID = 'Xk3pQ9zT2a';
/** AWS's published example key pair: never a real credential. */
export const CREDENTIALS: AwsCredentialIdentity = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'example-session-token',
};
export interface Reply {
  httpStatus?: number;
  body: unknown;
}

export interface Call {
  method: string;
  path: string;
  query: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local stand-in for the DLT API: checks every request's SigV4 signature and answers like the solution. */
export interface FakeDlt {
  endpoint: string;
  /** Signed requests it accepted. */
  calls: Call[];
  /** Answers to GET /scenarios/{testId}, one per read; the last one repeats. */
  reads: Reply[];
  close(): Promise<void>;
}

export async function startFakeDlt(reads: Reply[]): Promise<FakeDlt> {
  const dlt = { calls: [] as Call[], reads };
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      void answer(dlt, incoming, body).then(({ httpStatus = 200, body: reply }) =>
        send(outgoing, httpStatus, reply),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(dlt, {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}${STAGE}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

function send(outgoing: ServerResponse, status: number, body: unknown): void {
  outgoing.writeHead(status, { 'content-type': 'application/json' });
  outgoing.end(JSON.stringify(body));
}

async function answer(
  dlt: { calls: Call[]; reads: Reply[] },
  incoming: IncomingMessage,
  body: string,
): Promise<Reply> {
  const forbidden = await signatureProblem(incoming, body);
  if (forbidden) return { httpStatus: 403, body: { message: forbidden } };
  const url = new URL(incoming.url ?? '/', 'http://fake-dlt');
  const method = incoming.method ?? '';
  dlt.calls.push({ method, path: url.pathname, query: url.search, headers: incoming.headers, body });
  if (method === 'POST' && url.pathname === `${STAGE}/scenarios`) {
    return {
      body: { testId: TEST_ID, testName: (JSON.parse(body) as DltCreateTestBody).testName, status: 'queued' },
    };
  }
  if (url.pathname === `${STAGE}/scenarios/${TEST_ID}`) {
    if (method === 'POST') return { body: 'test cancelling' };
    return dlt.reads.length > 1 ? (dlt.reads.shift() as Reply) : (dlt.reads[0] as Reply);
  }
  return { httpStatus: 403, body: { message: 'Missing Authentication Token' } };
}

/** What API Gateway would object to in the request's signature, if anything. */
async function signatureProblem(incoming: IncomingMessage, body: string): Promise<string | undefined> {
  const authorization = incoming.headers.authorization;
  if (!authorization) return 'Missing Authentication Token';
  const amzDate = String(incoming.headers['x-amz-date'] ?? '');
  const scope = `${amzDate.slice(0, 8)}/${REGION}/execute-api/aws4_request`;
  if (
    !authorization.startsWith(
      `AWS4-HMAC-SHA256 Credential=${CREDENTIALS.accessKeyId}/${scope}, SignedHeaders=`,
    )
  ) {
    return `Credential should be scoped to a valid region and the key ${CREDENTIALS.accessKeyId}, not ${authorization.split(',')[0]}`;
  }
  const token = incoming.headers['x-amz-security-token'];
  if (token !== undefined && token !== CREDENTIALS.sessionToken) {
    return 'The security token included in the request is invalid.';
  }
  if (incoming.headers['x-amz-content-sha256'] !== createHash('sha256').update(body).digest('hex')) {
    return 'The x-amz-content-sha256 header does not match the body';
  }
  const expected = await expectedAuthorization(incoming, body, authorization);
  return authorization === expected
    ? undefined
    : 'The request signature we calculated does not match the signature you provided.';
}

/** The authorization header a signer with the known secret computes for the same request. */
async function expectedAuthorization(
  incoming: IncomingMessage,
  body: string,
  authorization: string,
): Promise<string> {
  const signedHeaders = /SignedHeaders=([^,]+)/.exec(authorization)?.[1]?.split(';') ?? [];
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date'))
    return 'host and x-amz-date unsigned';
  const token = incoming.headers['x-amz-security-token'] as string | undefined;
  const signer = new SignatureV4({
    service: 'execute-api',
    region: REGION,
    credentials: { ...CREDENTIALS, sessionToken: token },
    sha256: Hash.bind(null, 'sha256'),
  });
  const url = new URL(incoming.url ?? '/', 'http://fake-dlt');
  const amzDate = String(incoming.headers['x-amz-date']);
  const signed = await signer.sign(
    {
      method: incoming.method ?? '',
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: Object.fromEntries(signedHeaders.map((name) => [name, String(incoming.headers[name])])),
      body: body || undefined,
    },
    {
      signingDate: new Date(
        amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
      ),
    },
  );
  return signed.headers.authorization ?? '';
}
