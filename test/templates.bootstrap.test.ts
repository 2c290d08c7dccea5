/**
 * The bootstrap templates (templates/*.yaml) deployed through CloudFormation on moto: the tooling
 * account's artifact store, three tenant accounts' roles, the GitHub OIDC role, and then `rampart
 * deploy` through those roles.
 *
 * What moto cannot show, and how each gap is handled here (moto 5.2.1):
 * - moto evaluates no IAM policy (identity, trust, key or bucket policy): every AssumeRole succeeds
 *   and every call is allowed. So the policies are read back and checked statement by statement, the
 *   ARNs Rampart actually used are matched against the policies' Resource patterns, and the session
 *   tags Rampart actually sent are checked against the trust policy's aws:TagKeys.
 * - moto's CloudFormation skips AWS::S3::BucketPolicy and AWS::IAM::OIDCProvider, and of an
 *   AWS::S3::Bucket it applies only BucketEncryption (without BucketKeyEnabled) and Tags. Those
 *   resources and properties are rendered from the template (with the stack's parameters and
 *   physical ids) and made with the equivalent S3 / IAM API calls, then read back. The renderer is
 *   checked first against what moto's CloudFormation made of the resources it does support.
 * - moto leaves `null` in a list where CloudFormation drops an `Fn::If` branch of `AWS::NoValue`, and
 *   returns an inline role policy as a Python dict repr: both are undone when reading policies. It
 *   keeps a CloudFormation-made key policy as an object: GetKeyPolicy returns it unserialised and
 *   DescribeKey fails with a 500, so the key is read with GetKeyPolicy and GetKeyRotationStatus only.
 * - Template Rules (e.g. "iam is not an allowed service prefix") are not evaluated by moto; cfn-lint
 *   checks their syntax, and the last test runs cfn-lint on every template.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateOpenIDConnectProviderCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { createAwsClient } from '../src/aws/client-factory';
import { deploy, TEMPLATE_V1, tempDir } from './support/deploy-fixtures';
import { type CfnTemplate, readCfnTemplate, renderResource } from './support/cloudformation-template';
import {
  cloudFormationIn,
  deployStackIn,
  iamIn,
  REGION,
  stackNamesIn,
  TOOLING_ACCOUNT,
  toolingAccountRequest,
  useLocalAws,
} from './support/local-aws';

const local = useLocalAws();

const TEMPLATES = join(__dirname, '..', 'templates');
const TOOLING_TEMPLATE = join(TEMPLATES, 'tooling-account.yaml');
const TENANT_TEMPLATE = join(TEMPLATES, 'tenant-bootstrap.yaml');
const GITHUB_TEMPLATE = join(TEMPLATES, 'github-oidc.yaml');
const TOOLING_STACK = 'rampart-tooling';
const TENANT_STACK = 'rampart-tenant-bootstrap';
const GITHUB_STACK = 'rampart-github-oidc';
const DEPLOY_ROLE = 'CodePipelineCrossAccountRole';
const CFN_ROLE = 'CloudFormationDeploymentRole';
const PREFIX = 'rampart';
/** Every CloudFormation call in src/deploy. */
const RAMPART_CLOUDFORMATION_ACTIONS = [
  'cloudformation:CreateChangeSet',
  'cloudformation:DeleteChangeSet',
  'cloudformation:DeleteStack',
  'cloudformation:DescribeChangeSet',
  'cloudformation:DescribeStackEvents',
  'cloudformation:DescribeStacks',
  'cloudformation:ExecuteChangeSet',
  'cloudformation:GetTemplate',
];
/** What a CodePipeline CloudFormation action (CREATE_UPDATE) calls besides those. */
const CODEPIPELINE_CLOUDFORMATION_ACTIONS = ['cloudformation:CreateStack', 'cloudformation:UpdateStack'];

interface TenantAccount {
  id: string;
  accountId: string;
  externalId?: string;
  /** Trust one GitHub environment directly, allow SAM and roles with a boundary. */
  github?: boolean;
}

const TENANTS: TenantAccount[] = [
  { id: 'unicorn', accountId: '111111111111', externalId: 'unicorn-external-id-4f1c' },
  { id: 'gnome', accountId: '222222222222' },
  { id: 'dragon', accountId: '333333333333', github: true },
];
const TENANT_IDS = TENANTS.map((tenant) => tenant.accountId);

type StackParameters = Record<string, string | string[]>;
const deployedParameters = new Map<string, StackParameters>();

/** deployStackIn, remembering the parameters for renderStack. */
function deployStack(
  accountId: string,
  templateFile: string,
  stackName: string,
  parameters: StackParameters,
): Promise<Record<string, string>> {
  deployedParameters.set(`${accountId}/${stackName}`, parameters);
  return deployStackIn(accountId, templateFile, stackName, parameters);
}

/** A resource of a stack made by deployStack, rendered as CloudFormation would pass it. */
function renderStack(
  accountId: string,
  stackName: string,
  templateFile: string,
  logicalId: string,
): Promise<Record<string, unknown>> {
  const parameters = deployedParameters.get(`${accountId}/${stackName}`) ?? {};
  return renderResource({ accountId, stackName, templateFile, parameters, logicalId });
}

function tenantParameters(tenant: TenantAccount, tooling: Record<string, string>): Record<string, string> {
  return {
    ToolingAccountId: TOOLING_ACCOUNT,
    ExternalId: tenant.externalId ?? '',
    StackNamePrefix: 'app',
    AllowedServicePrefixes: 'ssm,sns',
    ArtifactPrefix: tooling.ArtifactPrefix ?? '',
    ...(tenant.github
      ? {
          GitHubOidcProviderArn: `arn:aws:iam::${tenant.accountId}:oidc-provider/token.actions.githubusercontent.com`,
          GitHubRepository: 'acme/app',
          GitHubEnvironment: 'production',
          AllowSamTransform: 'true',
          StackRolePermissionsBoundaryArn: `arn:aws:iam::${tenant.accountId}:policy/app-boundary`,
        }
      : {}),
  };
}

describe('bootstrap templates on moto', () => {
  let tooling: Record<string, string> = {};
  const tenantOutputs = new Map<string, Record<string, string>>();

  beforeAll(async () => {
    tooling = await deployStack(TOOLING_ACCOUNT, TOOLING_TEMPLATE, TOOLING_STACK, {
      TenantAccountIds: TENANT_IDS,
      ArtifactPrefix: PREFIX,
    });
    for (const tenant of TENANTS) {
      if (tenant.github) await createGitHubProviderIn(tenant.accountId);
      const outputs = await deployStack(
        tenant.accountId,
        TENANT_TEMPLATE,
        TENANT_STACK,
        tenantParameters(tenant, tooling),
      );
      tenantOutputs.set(tenant.accountId, outputs);
    }
  });

  test('tooling-account.yaml: a rotating customer key that tenants may only Decrypt (through S3) and DescribeKey', async () => {
    expect(tooling.ArtifactKeyArn).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\//);
    // (No DescribeKey: moto's CloudFormation stores the key policy as an object, and DescribeKey then
    // fails inside moto with a 500.)
    expect(await kms('GetKeyRotationStatus', { KeyId: tooling.ArtifactKeyArn })).toMatchObject({
      KeyRotationEnabled: true,
    });

    const policy = await keyPolicy(tooling.ArtifactKeyArn ?? '');
    const [admin, ...tenantStatements] = policy;
    expect(admin).toEqual({
      Sid: 'ToolingAccountAdministersTheKey',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:root' },
      Action: 'kms:*',
      Resource: '*',
    });
    expect(tenantStatements.flatMap((statement) => asList(statement.Action)).sort()).toEqual([
      'kms:Decrypt',
      'kms:DescribeKey',
    ]);
    const tenantRoles = [`arn:aws:iam::*:role/${DEPLOY_ROLE}`, `arn:aws:iam::*:role/${CFN_ROLE}`];
    for (const statement of tenantStatements) {
      expect(statement).toMatchObject({
        Effect: 'Allow',
        Principal: { AWS: TENANT_IDS },
        Condition: { ArnLike: { 'aws:PrincipalArn': tenantRoles } },
      });
    }
    expect(bySid(policy, 'TenantDeployRolesDecryptThroughS3').Condition).toMatchObject({
      StringLike: { 'kms:ViaService': 's3.*' },
    });

    // The renderer that stands in for moto's CloudFormation below must agree with it where moto works.
    const rendered = await renderStack(TOOLING_ACCOUNT, TOOLING_STACK, TOOLING_TEMPLATE, 'ArtifactKey');
    expect(rendered.KeyPolicy).toEqual({ Version: '2012-10-17', Statement: policy });
  });

  test('tooling-account.yaml: the bucket encrypts with the key, blocks public access, keeps versions, takes no ACLs, and lets tenants read only the artifact prefix', async () => {
    const bucket = tooling.ArtifactBucketName ?? '';
    expect(bucket).toBe(`rampart-artifacts-${TOOLING_ACCOUNT}-${REGION}`);
    const encryption = await s3('GET', `/${bucket}?encryption`);
    expect(encryption).toContain('<SSEAlgorithm>aws:kms</SSEAlgorithm>');
    expect(encryption).toContain(`<KMSMasterKeyID>${tooling.ArtifactKeyArn}</KMSMasterKeyID>`);

    // moto's CloudFormation made the bucket and its default encryption, and skipped the rest: when
    // this first check fails, moto has learned AWS::S3::BucketPolicy and the workaround can go.
    expect((await toolingAccountRequest('s3', { method: 'GET', path: `/${bucket}?policy` })).status).toBe(
      404,
    );
    const properties = await renderStack(TOOLING_ACCOUNT, TOOLING_STACK, TOOLING_TEMPLATE, 'ArtifactBucket');
    const bucketPolicy = await renderStack(
      TOOLING_ACCOUNT,
      TOOLING_STACK,
      TOOLING_TEMPLATE,
      'ArtifactBucketPolicy',
    );
    expect(bucketPolicy.Bucket).toBe(bucket);
    await applyBucketPropertiesWithS3Api(bucket, properties, bucketPolicy.PolicyDocument);

    expect(await s3('GET', `/${bucket}?encryption`)).toContain('<BucketKeyEnabled>true</BucketKeyEnabled>');
    const publicAccess = await s3('GET', `/${bucket}?publicAccessBlock`);
    for (const setting of [
      'BlockPublicAcls',
      'IgnorePublicAcls',
      'BlockPublicPolicy',
      'RestrictPublicBuckets',
    ]) {
      expect(publicAccess).toContain(`<${setting}>true</${setting}>`);
    }
    expect(await s3('GET', `/${bucket}?versioning`)).toContain('<Status>Enabled</Status>');
    expect(await s3('GET', `/${bucket}?ownershipControls`)).toContain(
      '<ObjectOwnership>BucketOwnerEnforced</ObjectOwnership>',
    );

    const statements = (JSON.parse(await s3('GET', `/${bucket}?policy`)) as PolicyDocument).Statement;
    expect(bySid(statements, 'DenyInsecureTransport')).toEqual({
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    const tenantRoles = [`arn:aws:iam::*:role/${DEPLOY_ROLE}`, `arn:aws:iam::*:role/${CFN_ROLE}`];
    expect(bySid(statements, 'TenantDeployRolesReadPipelineArtifacts')).toMatchObject({
      Effect: 'Allow',
      Principal: { AWS: TENANT_IDS },
      Action: ['s3:GetObject', 's3:GetObjectVersion'],
      Resource: `arn:aws:s3:::${bucket}/${PREFIX}/*`,
      Condition: { ArnLike: { 'aws:PrincipalArn': tenantRoles } },
    });
    expect(bySid(statements, 'TenantDeployRolesListPipelineArtifacts')).toMatchObject({
      Effect: 'Allow',
      Principal: { AWS: TENANT_IDS },
      Action: 's3:ListBucket',
      Resource: `arn:aws:s3:::${bucket}`,
      Condition: { StringLike: { 's3:prefix': `${PREFIX}/*` } },
    });
    // Nothing else is granted to anyone.
    expect(statements.filter((statement) => statement.Effect === 'Allow')).toHaveLength(2);
  });

  test('tenant-bootstrap.yaml: each tenant account has both roles; the deploy role trusts the tooling account, with the ExternalId when one is set', async () => {
    for (const tenant of TENANTS) {
      const outputs = tenantOutputs.get(tenant.accountId) ?? {};
      expect(outputs).toEqual({
        CodePipelineCrossAccountRoleArn: `arn:aws:iam::${tenant.accountId}:role/${DEPLOY_ROLE}`,
        CloudFormationDeploymentRoleArn: `arn:aws:iam::${tenant.accountId}:role/${CFN_ROLE}`,
      });
      const trust = await trustPolicy(tenant.accountId, DEPLOY_ROLE);
      const assumes = bySid(trust, 'ToolingAccountAssumes');
      expect(assumes).toMatchObject({
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${TOOLING_ACCOUNT}:root` },
        Action: 'sts:AssumeRole',
      });
      if (tenant.externalId) {
        expect(assumes.Condition).toEqual({ StringEquals: { 'sts:ExternalId': tenant.externalId } });
      } else {
        expect(assumes.Condition).toBeUndefined();
      }
      expect(bySid(trust, 'ToolingAccountTagsSessions')).toMatchObject({
        Principal: { AWS: `arn:aws:iam::${TOOLING_ACCOUNT}:root` },
        Action: 'sts:TagSession',
      });
      const github = trust.find((statement) => statement.Sid === 'GitHubEnvironmentAssumes');
      if (tenant.github) {
        expect(github).toEqual({
          Sid: 'GitHubEnvironmentAssumes',
          Effect: 'Allow',
          Principal: {
            Federated: `arn:aws:iam::${tenant.accountId}:oidc-provider/token.actions.githubusercontent.com`,
          },
          Action: ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'],
          Condition: {
            StringEquals: {
              'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
              'token.actions.githubusercontent.com:sub': 'repo:acme/app:environment:production',
            },
          },
        });
      } else {
        expect(github).toBeUndefined();
      }
      expect(await trustPolicy(tenant.accountId, CFN_ROLE)).toEqual([
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudformation.amazonaws.com' },
          Action: 'sts:AssumeRole',
        },
      ]);
    }
  });

  test('tenant-bootstrap.yaml: the deploy role may only change <prefix>* stacks (change sets, or the CreateStack/UpdateStack of CodePipeline) with the CloudFormation role, and read the artifacts of every region', async () => {
    for (const tenant of TENANTS) {
      const account = tenant.accountId;
      const statements = await rolePolicies(account, DEPLOY_ROLE);
      const cloudFormationRole = `arn:aws:iam::${account}:role/${CFN_ROLE}`;
      const stacks = `arn:aws:cloudformation:*:${account}:stack/app*/*`;
      const onStacks = statements.filter((statement) => statement.Resource === stacks);
      expect(onStacks.flatMap((statement) => asList(statement.Action)).sort()).toEqual(
        [...RAMPART_CLOUDFORMATION_ACTIONS, ...CODEPIPELINE_CLOUDFORMATION_ACTIONS].sort(),
      );
      expect(bySid(statements, 'CreateChangeSetsRunByTheDeploymentRole').Condition).toEqual({
        StringEquals: { 'cloudformation:RoleArn': cloudFormationRole },
      });
      expect(bySid(statements, 'PassOnlyTheDeploymentRoleToCloudFormation')).toEqual({
        Sid: 'PassOnlyTheDeploymentRoleToCloudFormation',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: cloudFormationRole,
        Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
      });
      expectArtifactGrants(statements, tooling);
      const sam = statements.find((statement) => statement.Sid === 'UseTheSamTransform');
      expect(sam?.Resource).toBe(
        tenant.github ? 'arn:aws:cloudformation:*:aws:transform/Serverless-2016-10-31' : undefined,
      );

      await expectRendererAgrees(account, DEPLOY_ROLE, 'deploy-application-stacks', statements);
    }
  });

  test('tenant-bootstrap.yaml: the CloudFormation role gets the listed services, the artifacts, and IAM roles only with the boundary', async () => {
    for (const tenant of TENANTS) {
      const account = tenant.accountId;
      const statements = await rolePolicies(account, CFN_ROLE);
      expect(bySid(statements, 'ManageTheApplicationServices')).toEqual({
        Sid: 'ManageTheApplicationServices',
        Effect: 'Allow',
        Action: ['ssm:*', 'sns:*'],
        Resource: '*',
      });
      const boundary = statements.find(
        (statement) => statement.Sid === 'ChangeStackRolesOnlyWithTheBoundary',
      );
      if (tenant.github) {
        expect(boundary).toMatchObject({
          Resource: `arn:aws:iam::${account}:role/app*`,
          Condition: {
            StringEquals: { 'iam:PermissionsBoundary': `arn:aws:iam::${account}:policy/app-boundary` },
          },
        });
        expect(asList(boundary?.Action)).toContain('iam:CreateRole');
        expect(asList(bySid(statements, 'ReadUpdateDeleteAndPassStackRoles').Action)).not.toContain(
          'iam:DeleteRolePermissionsBoundary',
        );
      } else {
        expect(statements.map((statement) => statement.Sid)).toEqual([
          'ManageTheApplicationServices',
          'ReadPipelineArtifacts',
          'DecryptPipelineArtifactsThroughS3',
          'DescribeArtifactKey',
        ]);
      }
      expectArtifactGrants(statements, tooling);
      await expectRendererAgrees(account, CFN_ROLE, 'create-application-resources', statements);
    }
  });

  test("the tooling account can assume each tenant's new deploy role (moto does not evaluate trust policies: any AssumeRole succeeds)", async () => {
    const sts = createAwsClient(STSClient, { region: REGION });
    for (const tenant of TENANTS) {
      const roleArn = tenantOutputs.get(tenant.accountId)?.CodePipelineCrossAccountRoleArn;
      const { Credentials } = await sts.send(
        new AssumeRoleCommand({
          RoleArn: roleArn,
          RoleSessionName: 'rampart-bootstrap-test',
          ExternalId: tenant.externalId,
          Tags: [{ Key: 'Tenant', Value: tenant.id }],
        }),
      );
      const assumed = createAwsClient(STSClient, {
        region: REGION,
        credentials: {
          accessKeyId: Credentials?.AccessKeyId ?? '',
          secretAccessKey: Credentials?.SecretAccessKey ?? '',
          sessionToken: Credentials?.SessionToken,
        },
      });
      const identity = await assumed.send(new GetCallerIdentityCommand({}));
      expect(identity.Account).toBe(tenant.accountId);
      expect(identity.Arn).toBe(
        `arn:aws:sts::${tenant.accountId}:assumed-role/${DEPLOY_ROLE}/rampart-bootstrap-test`,
      );
    }
  });

  test('rampart deploy works through the bootstrapped roles and puts each stack in its own account', async () => {
    const manifest = join(tempDir(), 'tenants.yml');
    writeFileSync(
      manifest,
      [
        '# default deployRoleName / cloudFormationRoleName: the roles tenant-bootstrap.yaml creates',
        'defaults: { region: us-east-1, parameters: { LogLevel: INFO } }',
        'tenants:',
        ...TENANTS.map(
          (tenant) =>
            `  - { id: ${tenant.id}, accountId: "${tenant.accountId}", parameters: { ApplicationName: app-${tenant.id} }` +
            (tenant.externalId ? `, externalId: ${tenant.externalId} }` : ' }'),
        ),
        '',
      ].join('\n'),
    );
    const recorder = await recordStsCalls(local.endpoint());
    const endpoint = process.env.AWS_ENDPOINT_URL;
    process.env.AWS_ENDPOINT_URL = recorder.endpoint;
    let run: Awaited<ReturnType<typeof deploy>>;
    try {
      run = await deploy({ manifest, template: TEMPLATE_V1 });
    } finally {
      process.env.AWS_ENDPOINT_URL = endpoint;
      await recorder.close();
    }

    expect(run.results.summary).toMatchObject({ deployed: 3, failed: 0 });
    for (const tenant of TENANTS) {
      const result = run.results.tenants.find((item) => item.id === tenant.id);
      expect(await stackNamesIn(tenant.accountId)).toEqual([`app-${tenant.id}-us-east-1`, TENANT_STACK]);
      expect(result?.stackId).toContain(`:${tenant.accountId}:stack/app-${tenant.id}-us-east-1/`);

      // What the deploy role's policy would have to allow on AWS, since moto allows everything:
      const policy = await rolePolicies(tenant.accountId, DEPLOY_ROLE);
      expect(
        iamPatternMatches(bySid(policy, 'ChangeApplicationStacks').Resource as string, result?.stackId ?? ''),
      ).toBe(true);
      const { Stacks } = await cloudFormationIn(tenant.accountId).send(
        new DescribeStacksCommand({ StackName: result?.stackId }),
      );
      const condition = bySid(policy, 'CreateChangeSetsRunByTheDeploymentRole').Condition as Condition;
      expect(Stacks?.[0]?.RoleARN).toBe(condition.StringEquals?.['cloudformation:RoleArn']);

      const calls = recorder.assumeRoleCalls.filter((call) =>
        call.get('RoleArn')?.includes(tenant.accountId),
      );
      expect(calls.map((call) => call.get('RoleArn'))).toEqual([
        tenantOutputs.get(tenant.accountId)?.CodePipelineCrossAccountRoleArn,
      ]);
      expect(calls[0]?.get('ExternalId') ?? undefined).toBe(tenant.externalId);
      const trust = await trustPolicy(tenant.accountId, DEPLOY_ROLE);
      const allowedKeys = (bySid(trust, 'ToolingAccountTagsSessions').Condition as Condition)[
        'ForAllValues:StringEquals'
      ]?.['aws:TagKeys'];
      const sentKeys = [...(calls[0]?.entries() ?? [])]
        .filter(([name]) => /^Tags\.member\.\d+\.Key$/.test(name))
        .map(([, key]) => key);
      expect(sentKeys.length).toBeGreaterThan(0);
      expect(asList(allowedKeys)).toEqual(expect.arrayContaining(sentKeys));
    }
  });

  test('github-oidc.yaml: one repository environment may assume exactly the tenant deploy roles and use the artifacts', async () => {
    // moto's CloudFormation skips AWS::IAM::OIDCProvider (a Ref to it is empty), so the provider the
    // template declares is made with IAM's API and handed over as ExistingProviderArn.
    const providerArn = await createGitHubProviderIn(TOOLING_ACCOUNT);
    const outputs = await deployStack(TOOLING_ACCOUNT, GITHUB_TEMPLATE, GITHUB_STACK, {
      ExistingProviderArn: providerArn,
      GitHubRepository: 'acme/app',
      GitHubEnvironment: 'production-wave-*',
      TenantAccountIds: TENANT_IDS,
      ToolingStackName: TOOLING_STACK,
    });
    expect(outputs).toEqual({
      GitHubDeployRoleArn: `arn:aws:iam::${TOOLING_ACCOUNT}:role/rampart-deployer`,
      GitHubOidcProviderArn: providerArn,
    });
    expect(await trustPolicy(TOOLING_ACCOUNT, 'rampart-deployer')).toEqual([
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
          StringLike: {
            'token.actions.githubusercontent.com:sub': 'repo:acme/app:environment:production-wave-*',
          },
        },
      },
    ]);

    const statements = await rolePolicies(TOOLING_ACCOUNT, 'rampart-deployer');
    expect(bySid(statements, 'NoRoleOutsideTheTenantAccounts').NotResource).toEqual(
      TENANT_IDS.map((id) => `arn:*:iam::${id}:role/*`),
    );
    for (const tenant of TENANTS) {
      expect(
        allows(statements, 'sts:AssumeRole', `arn:aws:iam::${tenant.accountId}:role/${DEPLOY_ROLE}`),
      ).toBe(true);
      expect(
        allows(statements, 'sts:TagSession', `arn:aws:iam::${tenant.accountId}:role/${DEPLOY_ROLE}`),
      ).toBe(true);
      expect(allows(statements, 'sts:AssumeRole', `arn:aws:iam::${tenant.accountId}:role/${CFN_ROLE}`)).toBe(
        false,
      );
    }
    expect(allows(statements, 'sts:AssumeRole', `arn:aws:iam::999999999999:role/${DEPLOY_ROLE}`)).toBe(false);
    expect(allows(statements, 'sts:AssumeRole', `arn:aws:iam::${TOOLING_ACCOUNT}:role/${DEPLOY_ROLE}`)).toBe(
      false,
    );
    expect(bySid(statements, 'ReadWritePipelineArtifacts').Resource).toBe(
      `arn:aws:s3:::${tooling.ArtifactBucketName}/${PREFIX}/*`,
    );
    expect(bySid(statements, 'UseTheArtifactKeyThroughS3').Resource).toBe(tooling.ArtifactKeyArn);
  });

  test('no policy in any template allows Action "*" on Resource "*", and every Resource "*" is one of the known, commented ones', () => {
    const wildcards: string[] = [];
    for (const file of templateFiles()) {
      for (const statement of policyStatementsIn(readCfnTemplate(join(TEMPLATES, file)))) {
        const actions = asList(statement.Action);
        const resources = asList(statement.Resource);
        expect(actions.includes('*') && resources.includes('*')).toBe(false);
        if (statement.Effect === 'Allow' && resources.includes('*'))
          wildcards.push(`${file} ${statement.Sid}`);
      }
    }
    expect(wildcards).toEqual([
      // states:SendTaskSuccess/Failure take no resource; the page completes only tokens it signed.
      'manual-approval.yaml CompleteSignedApprovalTasks',
      // A key policy's Resource "*" is the key itself.
      'tenant-bootstrap.yaml ManageTheApplicationServices',
      'tooling-account.yaml ToolingAccountAdministersTheKey',
      'tooling-account.yaml TenantDeployRolesDecryptThroughS3',
      'tooling-account.yaml TenantDeployRolesDescribeKey',
    ]);
  });

  test('cfn-lint finds nothing in any template', () => {
    const files = templateFiles().map((file) => join(TEMPLATES, file));
    const lint = spawnSync('cfn-lint', files, { encoding: 'utf8' });
    if ((lint.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
      throw new Error('cfn-lint is not on PATH: pip install cfn-lint');
    }
    expect({ status: lint.status, output: `${lint.stdout}${lint.stderr}` }).toEqual({
      status: 0,
      output: '',
    });
  });
});

// ---- reading what moto made -------------------------------------------------------------------

interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: unknown;
  Action?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Condition;
}
type Condition = Record<string, Record<string, string | string[]> | undefined>;
interface PolicyDocument {
  Version: string;
  Statement: Statement[];
}

function asList(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as string[];
}

function bySid(statements: Statement[], sid: string): Statement {
  const statement = statements.find((candidate) => candidate.Sid === sid);
  if (!statement) throw new Error(`no statement ${sid} in ${JSON.stringify(statements)}`);
  return statement;
}

/**
 * A policy document as IAM returns it (URL-encoded JSON), or as moto returns an inline role policy that
 * CloudFormation created (a Python dict repr); without the `null`s moto leaves for AWS::NoValue.
 */
function parsePolicy(text: string | undefined): Statement[] {
  const decoded = decodeURIComponent(text ?? '');
  let document: PolicyDocument;
  try {
    document = JSON.parse(decoded) as PolicyDocument;
  } catch {
    const json = decoded
      .replace(/'/g, '"')
      .replace(/\bNone\b/g, 'null')
      .replace(/\bTrue\b/g, 'true')
      .replace(/\bFalse\b/g, 'false');
    document = JSON.parse(json) as PolicyDocument;
  }
  return document.Statement.filter((statement) => statement !== null);
}

async function trustPolicy(accountId: string, roleName: string): Promise<Statement[]> {
  const { Role } = await iamIn(accountId).send(new GetRoleCommand({ RoleName: roleName }));
  return parsePolicy(Role?.AssumeRolePolicyDocument);
}

/** The statements of all inline policies of the role. */
async function rolePolicies(accountId: string, roleName: string): Promise<Statement[]> {
  const iam = iamIn(accountId);
  const { PolicyNames } = await iam.send(new ListRolePoliciesCommand({ RoleName: roleName }));
  const statements: Statement[] = [];
  for (const name of PolicyNames ?? []) {
    const policy = await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: name }));
    statements.push(...parsePolicy(policy.PolicyDocument));
  }
  return statements;
}

/**
 * A tenant role's artifact grants cover the tooling account's bucket (in any region, owned by the
 * tooling account only) under the artifact prefix, and its keys.
 */
function expectArtifactGrants(statements: Statement[], tooling: Record<string, string>): void {
  const read = bySid(statements, 'ReadPipelineArtifacts');
  expect(read.Resource).toBe(`arn:aws:s3:::rampart-artifacts-${TOOLING_ACCOUNT}-*/${PREFIX}/*`);
  expect(read.Condition).toEqual({ StringEquals: { 's3:ResourceAccount': TOOLING_ACCOUNT } });
  const artifact = `arn:aws:s3:::${tooling.ArtifactBucketName}/${PREFIX}/app/template.json`;
  expect(iamPatternMatches(String(read.Resource), artifact)).toBe(true);
  expect(iamPatternMatches(String(read.Resource), `arn:aws:s3:::${tooling.ArtifactBucketName}/other/x`)).toBe(
    false,
  );
  for (const sid of ['DecryptPipelineArtifactsThroughS3', 'DescribeArtifactKey']) {
    const keys = String(bySid(statements, sid).Resource);
    expect(keys).toBe(`arn:aws:kms:*:${TOOLING_ACCOUNT}:key/*`);
    expect(iamPatternMatches(keys, tooling.ArtifactKeyArn ?? '')).toBe(true);
  }
}

/** The renderer, which stands in for moto's CloudFormation elsewhere, must agree with it on a role's inline policy. */
async function expectRendererAgrees(
  accountId: string,
  roleName: string,
  policyName: string,
  statements: Statement[],
): Promise<void> {
  const rendered = await renderStack(accountId, TENANT_STACK, TENANT_TEMPLATE, roleName);
  expect(rendered.Policies).toEqual([
    { PolicyName: policyName, PolicyDocument: { Version: '2012-10-17', Statement: statements } },
  ]);
}

async function kms(action: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await toolingAccountRequest('kms', {
    method: 'POST',
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `TrentService.${action}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`KMS ${action}: ${response.status} ${response.body}`);
  return JSON.parse(response.body) as Record<string, unknown>;
}

/** AWS returns the key policy as a JSON string; moto returns it as a JSON object. */
async function keyPolicy(keyId: string): Promise<Statement[]> {
  const { Policy } = await kms('GetKeyPolicy', { KeyId: keyId, PolicyName: 'default' });
  const document = (typeof Policy === 'string' ? JSON.parse(Policy) : Policy) as PolicyDocument;
  return document.Statement;
}

async function s3(method: 'GET' | 'PUT', path: string, body?: string): Promise<string> {
  const response = await toolingAccountRequest('s3', { method, path, body });
  if (response.status >= 300) throw new Error(`S3 ${method} ${path}: ${response.status} ${response.body}`);
  return response.body;
}

/** The bucket settings and policy moto's CloudFormation skips, made with the S3 calls CloudFormation makes. */
async function applyBucketPropertiesWithS3Api(
  bucket: string,
  properties: Record<string, unknown>,
  policy: unknown,
): Promise<void> {
  const xml = (value: unknown): string =>
    Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => {
        if (Array.isArray(inner)) return inner.map((item) => `<${key}>${xml(item)}</${key}>`).join('');
        return `<${key}>${typeof inner === 'object' ? xml(inner) : String(inner)}</${key}>`;
      })
      .join('');
  const encryption = properties.BucketEncryption as {
    ServerSideEncryptionConfiguration: {
      ServerSideEncryptionByDefault: unknown;
      BucketKeyEnabled: boolean;
    }[];
  };
  const rules = encryption.ServerSideEncryptionConfiguration.map((rule) => ({
    ApplyServerSideEncryptionByDefault: rule.ServerSideEncryptionByDefault,
    BucketKeyEnabled: rule.BucketKeyEnabled,
  }));
  await s3('PUT', `/${bucket}?encryption`, xml({ ServerSideEncryptionConfiguration: { Rule: rules } }));
  await s3(
    'PUT',
    `/${bucket}?publicAccessBlock`,
    xml({ PublicAccessBlockConfiguration: properties.PublicAccessBlockConfiguration }),
  );
  await s3(
    'PUT',
    `/${bucket}?versioning`,
    xml({ VersioningConfiguration: properties.VersioningConfiguration }),
  );
  const ownership = properties.OwnershipControls as { Rules: unknown[] };
  await s3('PUT', `/${bucket}?ownershipControls`, xml({ OwnershipControls: { Rule: ownership.Rules } }));
  await s3('PUT', `/${bucket}?policy`, JSON.stringify(policy));
}

/** The provider github-oidc.yaml declares, made with IAM's API (moto's CloudFormation skips the type). */
async function createGitHubProviderIn(accountId: string): Promise<string> {
  const declared = readCfnTemplate(GITHUB_TEMPLATE).Resources.GitHubOidcProvider?.Properties;
  const { Url, ClientIdList } = declared as { Url: string; ClientIdList: string[] };
  const { OpenIDConnectProviderArn } = await iamIn(accountId).send(
    new CreateOpenIDConnectProviderCommand({ Url, ClientIDList: ClientIdList }),
  );
  return OpenIDConnectProviderArn ?? '';
}

/** Whether the statements allow the action on the resource, for statements without conditions. */
function allows(statements: Statement[], action: string, resource: string): boolean {
  const applies = (statement: Statement) =>
    asList(statement.Action).some((pattern) => iamPatternMatches(pattern, action)) &&
    (statement.NotResource
      ? !asList(statement.NotResource).some((pattern) => iamPatternMatches(pattern, resource))
      : asList(statement.Resource).some((pattern) => iamPatternMatches(pattern, resource)));
  const relevant = statements.filter((statement) =>
    asList(statement.Action).some((a) => a.startsWith('sts:')),
  );
  if (relevant.some((statement) => statement.Condition)) throw new Error('allows() ignores conditions');
  return (
    relevant.some((statement) => statement.Effect === 'Allow' && applies(statement)) &&
    !relevant.some((statement) => statement.Effect === 'Deny' && applies(statement))
  );
}

/** IAM's wildcard match: `*` any run of characters, `?` any one. */
function iamPatternMatches(pattern: string, value: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`).test(value);
}

interface RecordedSts {
  endpoint: string;
  assumeRoleCalls: URLSearchParams[];
  close(): Promise<void>;
}

/** A pass-through proxy in front of moto that keeps the AssumeRole requests it sees. */
async function recordStsCalls(upstream: string): Promise<RecordedSts> {
  const assumeRoleCalls: URLSearchParams[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const form = new URLSearchParams(body.toString('utf8'));
    if (form.get('Action') === 'AssumeRole') assumeRoleCalls.push(form);
    const headers = Object.fromEntries(
      Object.entries(incoming.headers).filter(
        ([name]) => !['host', 'connection', 'content-length'].includes(name),
      ),
    ) as Record<string, string>;
    const response = await fetch(`${upstream}${incoming.url ?? '/'}`, {
      method: incoming.method,
      headers,
      body: ['GET', 'HEAD'].includes(incoming.method ?? 'GET') ? undefined : body,
    });
    const answer = Buffer.from(await response.arrayBuffer());
    outgoing.writeHead(response.status, {
      'content-type': response.headers.get('content-type') ?? 'text/xml',
      'content-length': answer.length,
    });
    outgoing.end(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    assumeRoleCalls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---- the templates --------------------------------------------------------------------------

function templateFiles(): string[] {
  return readdirSync(TEMPLATES)
    .filter((file) => file.endsWith('.yaml'))
    .sort();
}

/** Every IAM policy statement a template declares: role policies, trust, key and bucket policies. */
function policyStatementsIn(template: CfnTemplate): Statement[] {
  const found: Statement[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.Effect === 'Allow' || record.Effect === 'Deny') found.push(record as unknown as Statement);
    Object.values(record).forEach(visit);
  };
  visit(template.Resources);
  return found;
}
