/**
 * The generated pipeline on moto, with the accounts bootstrapped by templates/*.yaml: the tooling
 * account's artifact stores in two regions, tenant-bootstrap.yaml in three tenant accounts and a dev
 * account, then the template of `rampart pipeline synth` deployed through CloudFormation.
 *
 * What moto cannot do, and how it is handled (moto 5.2.1):
 * - Its CloudFormation skips AWS::CodePipeline::Pipeline and AWS::CodeBuild::Project (the stack
 *   completes without them). The pipeline's declaration is rendered from the template with the
 *   stack's physical ids and created with CodePipeline's own CreatePipeline, then read back with
 *   GetPipeline. moto checks there that the role exists and trusts codepipeline.amazonaws.com.
 *   GetPipeline is read as raw JSON: moto writes its metadata timestamps as ISO strings where the
 *   API (and so the SDK) expects epoch seconds.
 * - It runs no pipeline. What each deploy action would do is done by hand, as CodePipeline does it:
 *   assume the action's role from the tooling account, then CreateStack with the action's stack name,
 *   CloudFormation role, capabilities and template configuration file.
 * - It evaluates no IAM policy, so the pipeline role's assume-role list is read back and compared
 *   with the roles the tenant bootstrap created.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateStackCommand, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  CodePipelineClient,
  CreatePipelineCommand,
  type PipelineDeclaration,
} from '@aws-sdk/client-codepipeline';
import {
  GetPolicyVersionCommand,
  GetPolicyCommand,
  GetRoleCommand,
  ListAttachedRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { assumedRoleCredentials } from '../src/aws/assume-role';
import { createAwsClient } from '../src/aws/client-factory';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { renderResource } from './support/cloudformation-template';
import type { TenantSpec } from './support/deploy-fixtures';
import {
  deployStackIn,
  iamIn,
  REGION,
  stackNamesIn,
  TOOLING_ACCOUNT,
  toolingAccountRequest,
  useLocalAws,
} from './support/local-aws';
import {
  APP_TEMPLATE,
  pipelineConfig,
  pipelineRepository,
  rampartPipeline,
} from './support/pipeline-fixtures';

useLocalAws();

const TEMPLATES = join(__dirname, '..', 'templates');
const PIPELINE_NAME = 'app-release';
const PIPELINE_STACK = 'app-release-pipeline';
const TENANTS: TenantSpec[] = [
  { id: 'unicorn', accountId: '111111111111', wave: 1 },
  { id: 'gnome', accountId: '222222222222', wave: 2, regions: ['us-east-1', 'eu-west-1'] },
  { id: 'dragon', accountId: '333333333333', wave: 2 },
];
const DEV_ACCOUNT = '444444444444';
const TARGET_ACCOUNTS = [...TENANTS.map((tenant) => tenant.accountId), DEV_ACCOUNT];

interface DeployAction {
  name: string;
  roleArn: string;
  region?: string;
  configuration: Record<string, string>;
}

describe('the synthesized pipeline on moto, in bootstrapped accounts', () => {
  const deployRoleArns: string[] = [];
  let repository = pipelineRepository(TENANTS);
  let pipelineOutputs: Record<string, string> = {};
  let templateFile = '';

  beforeAll(async () => {
    const stores: Record<string, { bucket: string; keyArn: string }> = {};
    for (const region of ['us-east-1', 'eu-west-1']) {
      const tooling = await deployStackIn(
        TOOLING_ACCOUNT,
        join(TEMPLATES, 'tooling-account.yaml'),
        'rampart-tooling',
        { TenantAccountIds: TARGET_ACCOUNTS.join(','), ArtifactPrefix: PIPELINE_NAME },
        region,
      );
      stores[region] = { bucket: tooling.ArtifactBucketName ?? '', keyArn: tooling.ArtifactKeyArn ?? '' };
    }
    for (const accountId of TARGET_ACCOUNTS) {
      const roles = await deployStackIn(
        accountId,
        join(TEMPLATES, 'tenant-bootstrap.yaml'),
        'rampart-tenant-bootstrap',
        {
          ToolingAccountId: TOOLING_ACCOUNT,
          StackNamePrefix: 'app',
          AllowedServicePrefixes: 'ssm',
          ArtifactPrefix: PIPELINE_NAME,
        },
      );
      deployRoleArns.push(roles.CodePipelineCrossAccountRoleArn ?? '');
    }
    repository = pipelineRepository(
      TENANTS,
      pipelineConfig({
        artifactStores: stores,
        environments: [(pipelineConfig().environments as unknown[])[0]],
        approval: undefined,
      }),
    );
    const synth = rampartPipeline(repository, 'synth', '--out', 'pipeline.template.json');
    expect([synth.code, synth.stderr]).toEqual([0, '']);
    const configs = rampartPipeline(repository, 'template-configs');
    expect([configs.code, configs.stderr]).toEqual([0, '']);
    templateFile = join(repository.root, 'pipeline.template.json');
    pipelineOutputs = await deployStackIn(TOOLING_ACCOUNT, templateFile, PIPELINE_STACK);
  });

  test('the pipeline role may assume exactly the deploy roles that tenant-bootstrap.yaml created', async () => {
    const iam = iamIn(TOOLING_ACCOUNT);
    const roleName = String(pipelineOutputs.PipelineRoleArn).split('/').pop();
    const role = await iam.send(new GetRoleCommand({ RoleName: roleName }));
    const trust = JSON.parse(decodeURIComponent(role.Role?.AssumeRolePolicyDocument ?? '{}'));
    expect(trust.Statement).toEqual([
      expect.objectContaining({
        Principal: { Service: 'codepipeline.amazonaws.com' },
        Action: 'sts:AssumeRole',
      }),
    ]);
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName }));
    const assumable: string[] = [];
    for (const policy of attached.AttachedPolicies ?? []) {
      const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn: policy.PolicyArn }));
      const version = await iam.send(
        new GetPolicyVersionCommand({ PolicyArn: policy.PolicyArn, VersionId: Policy?.DefaultVersionId }),
      );
      const document = JSON.parse(decodeURIComponent(version.PolicyVersion?.Document ?? '{}'));
      for (const statement of document.Statement) {
        expect(statement).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRole' });
        assumable.push(...statement.Resource);
      }
    }
    expect(assumable.sort()).toEqual([...deployRoleArns].sort());
  });

  test('CreatePipeline takes the synthesized declaration (moto CloudFormation skips the type) and GetPipeline reads it back', async () => {
    const declaration = toApiShape(
      await renderResource({
        accountId: TOOLING_ACCOUNT,
        stackName: PIPELINE_STACK,
        templateFile,
        parameters: {},
        logicalId: 'Pipeline',
      }),
    ) as unknown as PipelineDeclaration;
    const codePipeline = createAwsClient(CodePipelineClient, { region: REGION });
    await codePipeline.send(new CreatePipelineCommand({ pipeline: declaration }));
    const { pipeline } = await getPipeline(PIPELINE_NAME);
    expect(pipeline?.roleArn).toBe(pipelineOutputs.PipelineRoleArn);
    expect(pipeline?.pipelineType).toBe('V2');
    expect(pipeline?.artifactStores).toEqual({
      'us-east-1': expect.objectContaining({ location: `rampart-artifacts-${TOOLING_ACCOUNT}-us-east-1` }),
      'eu-west-1': expect.objectContaining({ location: `rampart-artifacts-${TOOLING_ACCOUNT}-eu-west-1` }),
    });
    expect(
      pipeline?.stages?.map((stage) => [stage.name, stage.actions?.map((action) => action.name)]),
    ).toEqual([
      ['Source', ['Source']],
      ['Build', ['BuildAndTest', 'SecurityReview', 'SecretScan']],
      ['Deploy-dev', ['Deploy', 'IntegrationTests', 'LoadTest']],
      ['Production-Wave-1', ['unicorn-us-east-1']],
      ['Production-Wave-2', ['gnome-us-east-1', 'gnome-eu-west-1', 'dragon-us-east-1']],
    ]);
    const deployActions = deployActionsOf(pipeline?.stages ?? []);
    expect(deployActions.map((action) => action.roleArn).sort()).toEqual(
      [...deployRoleArns, deployRoleArns[1]].sort(),
    );
  });

  test('each deploy action, done as CodePipeline does it, creates its stack in its own account and region', async () => {
    const declaration = toApiShape(
      await renderResource({
        accountId: TOOLING_ACCOUNT,
        stackName: PIPELINE_STACK,
        templateFile,
        parameters: {},
        logicalId: 'Pipeline',
      }),
    ) as { stages: { name: string; actions: DeployAction[] }[] };
    const actions = deployActionsOf(declaration.stages);
    for (const action of actions) {
      const region = action.region ?? REGION;
      const accountId = action.roleArn.split(':')[4] ?? '';
      const cfn = createAwsClient(CloudFormationClient, {
        region,
        credentials: assumedRoleCredentials({
          roleArn: action.roleArn,
          region,
          sessionName: 'codepipeline-action',
        }),
      });
      const configuration = JSON.parse(
        readFileSync(
          join(repository.root, action.configuration.TemplateConfiguration?.split('::')[1] ?? ''),
          'utf8',
        ),
      ) as { Parameters: Record<string, string>; Tags: Record<string, string> };
      await cfn.send(
        new CreateStackCommand({
          StackName: action.configuration.StackName,
          TemplateBody: APP_TEMPLATE,
          RoleARN: action.configuration.RoleArn,
          Capabilities: action.configuration.Capabilities?.split(',') as never,
          Parameters: Object.entries(configuration.Parameters).map(([ParameterKey, ParameterValue]) => ({
            ParameterKey,
            ParameterValue,
          })),
          Tags: Object.entries(configuration.Tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
      const { Stacks } = await cfn.send(
        new DescribeStacksCommand({ StackName: action.configuration.StackName }),
      );
      expect(Stacks?.[0]?.RoleARN).toBe(`arn:aws:iam::${accountId}:role/CloudFormationDeploymentRole`);
    }
    expect(await stackNamesIn('222222222222', 'eu-west-1')).toEqual(['app-gnome-eu-west-1']);
    expect(await stackNamesIn('222222222222')).toEqual(['app-gnome-us-east-1', 'rampart-tenant-bootstrap']);
    expect(await stackNamesIn(DEV_ACCOUNT)).toEqual(['app-dev', 'rampart-tenant-bootstrap']);
    expect(await stackNamesIn(TOOLING_ACCOUNT)).toEqual([PIPELINE_STACK, 'rampart-tooling']);
  });

  test('the tooling account reaches each action role in its own account only', async () => {
    const sts = createAwsClient(STSClient, { region: REGION });
    for (const roleArn of deployRoleArns) {
      const { Credentials } = await sts.send(
        new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'pipeline' }),
      );
      const assumed = createAwsClient(STSClient, {
        region: REGION,
        credentials: {
          accessKeyId: Credentials?.AccessKeyId ?? '',
          secretAccessKey: Credentials?.SecretAccessKey ?? '',
          sessionToken: Credentials?.SessionToken,
        },
      });
      expect((await assumed.send(new GetCallerIdentityCommand({}))).Account).toBe(roleArn.split(':')[4]);
    }
  });
});

async function getPipeline(name: string): Promise<{ pipeline?: PipelineDeclaration }> {
  const response = await toolingAccountRequest('codepipeline', {
    method: 'POST',
    path: '/',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'CodePipeline_20150709.GetPipeline',
    },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 200) throw new Error(`GetPipeline: ${response.status} ${response.body}`);
  return JSON.parse(response.body) as { pipeline?: PipelineDeclaration };
}

/** The CloudFormation action declarations of every Deploy action, in the API's shape. */
function deployActionsOf(stages: { actions?: unknown[] }[]): DeployAction[] {
  return stages
    .flatMap((stage) => (stage.actions ?? []) as (DeployAction & { actionTypeId: { provider: string } })[])
    .filter((action) => action.actionTypeId.provider === 'CloudFormation');
}

/**
 * A resource's CloudFormation properties in CodePipeline's API shape: keys start lower-case (but not
 * inside an action's configuration, whose values the API takes as strings), and ArtifactStores is a
 * map by region.
 */
function toApiShape(value: unknown, inConfiguration = false): unknown {
  if (Array.isArray(value)) return value.map((item) => toApiShape(item));
  if (value === null || typeof value !== 'object') return inConfiguration ? String(value) : value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === 'ArtifactStores') {
        const stores = inner as { Region: string; ArtifactStore: unknown }[];
        return [
          'artifactStores',
          Object.fromEntries(stores.map((store) => [store.Region, toApiShape(store.ArtifactStore)])),
        ];
      }
      const apiKey = inConfiguration ? key : key.charAt(0).toLowerCase() + key.slice(1);
      return [apiKey, toApiShape(inner, key === 'Configuration' || inConfiguration)];
    }),
  );
}
