import { assumedRoleCredentials } from '../aws/assume-role';
import { createAwsClient, type SdkClientConfig } from '../aws/client-factory';
import { roleArn } from '../aws/arn';
import { InputError } from '../errors';
import type { AwsLocation } from './resources';

export interface GateIdentity {
  /**
   * Assume the role of this name in each resource's account (from its ARN); without it, every call
   * uses the credentials at hand.
   */
  roleName?: string;
  /** Called with each credential value the role gives, so that adapters can mask it. */
  onSecret?: (value: string) => void;
}

/** One client per region and account, made on first use. */
export function clientsByLocation<C>(
  ClientClass: new (config: SdkClientConfig) => C,
  identity: GateIdentity,
): (location: AwsLocation) => C {
  const clients = new Map<string, C>();
  return ({ region, accountId }) => {
    const key = `${accountId ?? ''}/${region}`;
    const existing = clients.get(key);
    if (existing) return existing;
    const credentials =
      identity.roleName && accountId
        ? assumedRoleCredentials({
            roleArn: roleArn(accountId, identity.roleName, region),
            region,
            sessionName: 'rampart-gate',
            onSecret: identity.onSecret,
          })
        : undefined;
    const client = createAwsClient(ClientClass, { region, credentials });
    clients.set(key, client);
    return client;
  };
}

/** A role is assumed in a resource's account, so each resource must name its account. */
export function checkAccountsKnown(locations: (AwsLocation & { label: string })[], roleOrigin: string): void {
  const unknown = locations.filter((location) => !location.accountId);
  if (unknown.length > 0) {
    throw new InputError(
      unknown.map(
        (location) =>
          `"${location.label}" names no account, so ${roleOrigin} cannot say where to assume the role: give its ARN`,
      ),
    );
  }
}

const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;

export function parseRoleName(text: string | undefined, origin: string): string | undefined {
  if (text === undefined || ROLE_NAME.test(text)) return text;
  throw new InputError([`${origin} "${text}" is not an IAM role name (1-64 of letters, digits and +=,.@_-)`]);
}
