import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { CloudFormationClient, GetTemplateCommand, ListStacksCommand } from '@aws-sdk/client-cloudformation';
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Checksum, SourceData } from '@smithy/types';
import { assumedRoleCredentials } from '../../src/aws/assume-role';
import { closeAwsConnections, createAwsClient } from '../../src/aws/client-factory';
import { type BootstrapStack, createBootstrapStack } from '../../tools/bootstrap-stack';
import { type MotoServer, startMotoServer } from '../../tools/moto-server';
import { FAST_POLLING } from './deploy-fixtures';

export const TOOLING_ACCOUNT = '123456789012';
export const REGION = 'us-east-1';

/**
 * Starts moto for one test file and points the AWS SDK at it through AWS_ENDPOINT_URL, with
 * credentials of moto's default (tooling) account.
 */
export function useLocalAws(): { endpoint(): string } {
  let moto: MotoServer | undefined;
  beforeAll(async () => {
    moto = await startMotoServer();
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: REGION,
    });
    delete process.env.AWS_PROFILE;
  });
  afterAll(async () => {
    closeAwsConnections();
    await moto?.stop();
  });
  return { endpoint: () => moto?.endpoint ?? '' };
}

/** Credentials that act inside `accountId`, as moto grants them to any AssumeRole into that account. */
function credentialsIn(accountId: string, region = REGION) {
  return assumedRoleCredentials({
    roleArn: `arn:aws:iam::${accountId}:role/test-inspector`,
    region,
    sessionName: 'test-inspector',
  });
}

export function cloudFormationIn(accountId: string, region = REGION): CloudFormationClient {
  return createAwsClient(CloudFormationClient, { region, credentials: credentialsIn(accountId, region) });
}

export async function stackNamesIn(accountId: string, region = REGION): Promise<string[]> {
  const response = await cloudFormationIn(accountId, region).send(new ListStacksCommand({}));
  return (response.StackSummaries ?? [])
    .filter((stack) => stack.StackStatus !== 'DELETE_COMPLETE')
    .map((stack) => stack.StackName ?? '')
    .sort();
}

export async function templateOf(accountId: string, stackName: string, region = REGION): Promise<string> {
  const response = await cloudFormationIn(accountId, region).send(
    new GetTemplateCommand({ StackName: stackName }),
  );
  return response.TemplateBody ?? '';
}

/** Creates an SSM parameter in a tenant account, e.g. to make a stack that creates the same name fail. */
export async function putParameterIn(accountId: string, name: string, region = REGION): Promise<void> {
  await ssmIn(accountId, region).send(
    new PutParameterCommand({ Name: name, Value: 'taken', Type: 'String' }),
  );
}

export async function deleteParameterIn(accountId: string, name: string, region = REGION): Promise<void> {
  await ssmIn(accountId, region).send(new DeleteParameterCommand({ Name: name }));
}

function ssmIn(accountId: string, region: string): SSMClient {
  return createAwsClient(SSMClient, { region, credentials: credentialsIn(accountId, region) });
}

export function lambdaIn(accountId: string, region = REGION): LambdaClient {
  return createAwsClient(LambdaClient, { region, credentials: credentialsIn(accountId, region) });
}

export function iamIn(accountId: string): IAMClient {
  return createAwsClient(IAMClient, { region: REGION, credentials: credentialsIn(accountId) });
}

/** Creates a stack in `accountId` through CloudFormation, waits for it, and returns its outputs. */
export function deployStackIn(
  accountId: string,
  templateFile: string,
  stackName: string,
  parameters: BootstrapStack['parameters'] = {},
  region = REGION,
): Promise<Record<string, string>> {
  return createBootstrapStack(cloudFormationIn(accountId, region), {
    stackName,
    templateFile,
    parameters,
    polling: FAST_POLLING,
    timeoutMs: 60_000,
  });
}

export interface RawRequest {
  method: 'GET' | 'PUT' | 'POST';
  /** Path and query, e.g. `/bucket?policy`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One call as moto's default (tooling) account, signed with SigV4 and sent with fetch: for services
 * Rampart has no SDK client for (S3, KMS, SQS), and for answers of moto's that the SDK cannot read.
 */
export async function toolingAccountRequest(
  service: 's3' | 'kms' | 'codepipeline' | 'sqs',
  request: RawRequest,
): Promise<{ status: number; body: string }> {
  const url = new URL(request.path, process.env.AWS_ENDPOINT_URL);
  const signer = new SignatureV4({
    service,
    region: REGION,
    sha256: NodeSha256,
    credentials: {
      accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? '',
      secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? '',
    },
  });
  const signed = await signer.sign({
    method: request.method,
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: url.host, ...request.headers },
    body: request.body,
  });
  // fetch sets Host itself (to the same value) and refuses to be given one.
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => name !== 'host'));
  const response = await fetch(url, { method: request.method, headers, body: request.body });
  return { status: response.status, body: await response.text() };
}

/** SHA-256 (and HMAC-SHA-256 when given a secret) for the SigV4 signer, from node:crypto. */
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;

  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }

  update(data: Uint8Array): void {
    this.hash.update(data);
  }

  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }

  reset(): void {
    this.hash = this.fresh();
  }

  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(this.secret));
  }
}

function toBytes(data: SourceData): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}
