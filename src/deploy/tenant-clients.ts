import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { roleArn } from '../aws/arn';
import { assumedRoleCredentials } from '../aws/assume-role';
import { createAwsClient } from '../aws/client-factory';
import type { Tenant } from '../manifest/types';
import type { DeployOptions, DeployTarget } from './types';

type SessionOptions = Pick<DeployOptions, 'runContext' | 'skipSessionTags' | 'onSecret'>;

/**
 * CloudFormation clients that act inside each tenant's account through its deploy role. The role is
 * assumed once per tenant, with a session name and tags that tell the tenant's CloudTrail which
 * repository, commit and run made the change.
 */
export class TenantClients {
  private readonly credentials = new Map<string, AwsCredentialIdentityProvider>();
  private readonly stsByRegion = new Map<string, STSClient>();

  constructor(private readonly options: SessionOptions) {}

  cloudFormation(target: DeployTarget): CloudFormationClient {
    return createAwsClient(CloudFormationClient, {
      region: target.region,
      credentials: this.credentialsFor(target.tenant, target.region),
    });
  }

  private credentialsFor(tenant: Tenant, region: string): AwsCredentialIdentityProvider {
    let provider = this.credentials.get(tenant.id);
    if (!provider) {
      provider = assumedRoleCredentials(
        {
          roleArn: roleArn(tenant.accountId, tenant.deployRoleName, region),
          region,
          sessionName: `rampart-${tenant.id}-${this.options.runContext.runId}`,
          externalId: tenant.externalId,
          sessionTags: this.options.skipSessionTags ? undefined : this.sessionTags(tenant),
          onSecret: this.options.onSecret,
        },
        this.sts(region),
      );
      this.credentials.set(tenant.id, provider);
    }
    return provider;
  }

  private sessionTags(tenant: Tenant): Record<string, string> {
    const { repository, commit, runId, actor } = this.options.runContext;
    return { Repository: repository, Commit: commit, Run: runId, Actor: actor, Tenant: tenant.id };
  }

  private sts(region: string): STSClient {
    let client = this.stsByRegion.get(region);
    if (!client) {
      client = createAwsClient(STSClient, { region });
      this.stsByRegion.set(region, client);
    }
    return client;
  }
}
