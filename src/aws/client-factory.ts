import { Agent as HttpAgent } from 'node:http';
import { Agent } from 'node:https';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { DEFAULT_RETRY_POLICY, JitteredRetryStrategy, type RetryPolicy } from './retry-strategy';

export interface AwsClientOptions {
  region: string;
  /** Omitted: the SDK's default chain (environment, web identity, container, instance profile, …). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  retry?: RetryPolicy;
}

/** The part of every SDK v3 client's configuration that Rampart sets. */
export interface SdkClientConfig {
  region: string;
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  endpoint?: string;
  retryStrategy: JitteredRetryStrategy;
  requestHandler: NodeHttpHandler;
}

const REQUEST_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 10_000;
let sharedHandler: NodeHttpHandler | undefined;

/**
 * Every AWS client Rampart makes comes from here, so that all of them honour AWS_ENDPOINT_URL
 * (a local endpoint such as moto, or a VPC endpoint), retry the same way and share one
 * keep-alive connection pool however many tenant accounts are in flight.
 */
export function createAwsClient<C>(
  ClientClass: new (config: SdkClientConfig) => C,
  options: AwsClientOptions,
  env: NodeJS.ProcessEnv = process.env,
): C {
  return new ClientClass({
    region: options.region,
    credentials: options.credentials,
    endpoint: env.AWS_ENDPOINT_URL || undefined,
    retryStrategy: new JitteredRetryStrategy(options.retry ?? DEFAULT_RETRY_POLICY),
    requestHandler: httpHandler(),
  });
}

function httpHandler(): NodeHttpHandler {
  sharedHandler ??= new NodeHttpHandler({
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    httpsAgent: new Agent({ keepAlive: true, maxSockets: 64 }),
  });
  return sharedHandler;
}

/** Closes the pooled keep-alive connections so that the process can exit. */
export function closeAwsConnections(): void {
  sharedHandler?.destroy();
  sharedHandler = undefined;
}
