import { AssumeRoleCommand, STSClient, type Tag } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { createAwsClient } from './client-factory';

export interface AssumeRoleRequest {
  roleArn: string;
  region: string;
  sessionName: string;
  externalId?: string;
  /** Session tags, visible in the target account's CloudTrail. Values are sanitized to what STS accepts. */
  sessionTags?: Record<string, string>;
  durationSeconds?: number;
  /** Called with each credential value as soon as it exists, so that adapters can mask it in logs. */
  onSecret?: (value: string) => void;
}

const REFRESH_MARGIN_MS = 5 * 60_000;

/**
 * A credentials provider for the role that assumes it on first use and again shortly before the
 * credentials expire, so that a deploy longer than the session still has valid credentials.
 */
export function assumedRoleCredentials(
  request: AssumeRoleRequest,
  sts: STSClient = createAwsClient(STSClient, { region: request.region }),
): AwsCredentialIdentityProvider {
  let cached: Promise<AwsCredentialIdentity> | undefined;
  const refresh = () => {
    const attempt = assume(sts, request);
    cached = attempt;
    attempt.catch(() => {
      if (cached === attempt) cached = undefined;
    });
    return attempt;
  };
  return async () => {
    const current = cached ?? refresh();
    const credentials = await current;
    if (!expiresSoon(credentials)) return credentials;
    // Concurrent callers share one refresh: only the first to see the old credentials starts it.
    return cached === current ? refresh() : (cached ?? refresh());
  };
}

function expiresSoon(credentials: AwsCredentialIdentity): boolean {
  return (
    credentials.expiration !== undefined && credentials.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS
  );
}

async function assume(sts: STSClient, request: AssumeRoleRequest): Promise<AwsCredentialIdentity> {
  const response = await sts
    .send(
      new AssumeRoleCommand({
        RoleArn: request.roleArn,
        RoleSessionName: sanitizeSessionName(request.sessionName),
        ExternalId: request.externalId,
        DurationSeconds: request.durationSeconds,
        Tags: toSessionTags(request.sessionTags ?? {}),
      }),
    )
    .catch((error: Error) => {
      const hint =
        error.name === 'AccessDenied' && request.sessionTags
          ? ' (if the trust policy does not allow sts:TagSession, allow it or turn session tags off)'
          : '';
      throw new Error(`could not assume ${request.roleArn}: ${error.message}${hint}`, { cause: error });
    });
  const credentials = response.Credentials;
  if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
    throw new Error(`could not assume ${request.roleArn}: STS returned no credentials`);
  }
  for (const secret of [credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken]) {
    if (secret) request.onSecret?.(secret);
  }
  return {
    accessKeyId: credentials.AccessKeyId,
    secretAccessKey: credentials.SecretAccessKey,
    sessionToken: credentials.SessionToken,
    expiration: credentials.Expiration,
  };
}

/** Role session names: 2 to 64 characters of [\w+=,.@-]. */
export function sanitizeSessionName(name: string): string {
  const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
  return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}

/** Session tag keys are at most 128 and values at most 256 characters of letters, digits, spaces and _.:/=+-@. */
export function toSessionTags(tags: Record<string, string>): Tag[] {
  return Object.entries(tags)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => ({ Key: sanitizeTagText(key, 128), Value: sanitizeTagText(value, 256) }));
}

function sanitizeTagText(text: string, maxLength: number): string {
  return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, maxLength);
}
