import { GetAccessKeyLastUsedCommand, IAMClient, UpdateAccessKeyCommand } from '@aws-sdk/client-iam';
import { createAwsClient } from '../../aws/client-factory';
import { maskSecret } from '../engine';
import type { RemediationStep } from './types';

/**
 * Sets each found long-term access key (AKIA…) inactive, where it belongs to the account whose
 * credentials we hold (GetAccessKeyLastUsed names its user there; elsewhere it is refused).
 * Other key IDs (ASIA… temporary keys) cannot be deactivated: they expire, or their role's
 * sessions are revoked.
 */
export function deactivateAwsKeysStep(region: string): RemediationStep {
  return {
    name: 'deactivate AWS keys',
    async run(input) {
      const iam = createAwsClient(IAMClient, { region });
      const outcomes: string[] = [];
      for (const accessKeyId of new Set(input.accessKeyIds)) {
        const masked = maskSecret(accessKeyId);
        if (!accessKeyId.startsWith('AKIA')) {
          outcomes.push(
            `${masked}: not an IAM user's long-term key (temporary keys expire, or their role's sessions are revoked)`,
          );
          continue;
        }
        const owner = await keyOwner(iam, accessKeyId);
        if (!owner || !(await deactivate(iam, owner, accessKeyId))) {
          outcomes.push(`${masked}: not a key of this account, left alone`);
          continue;
        }
        outcomes.push(`${masked}: deactivated (user ${owner})`);
      }
      if (outcomes.length === 0)
        return { status: 'skipped', detail: 'no AWS access key ID among the findings' };
      return { status: 'done', detail: outcomes.join('; ') };
    },
  };
}

async function keyOwner(iam: IAMClient, accessKeyId: string): Promise<string | undefined> {
  try {
    const { UserName } = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: accessKeyId }));
    return UserName;
  } catch (error) {
    if (isNotOurs(error)) return undefined;
    throw error;
  }
}

/** False when the user is not in this account: the key belongs to another one. */
async function deactivate(iam: IAMClient, userName: string, accessKeyId: string): Promise<boolean> {
  try {
    await iam.send(
      new UpdateAccessKeyCommand({ UserName: userName, AccessKeyId: accessKeyId, Status: 'Inactive' }),
    );
    return true;
  } catch (error) {
    if (isNotOurs(error)) return false;
    throw error;
  }
}

function isNotOurs(error: unknown): boolean {
  const name = (error as { name?: string }).name ?? '';
  return ['NoSuchEntityException', 'NoSuchEntity', 'AccessDenied', 'AccessDeniedException'].includes(name);
}
