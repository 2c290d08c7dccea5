import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { InputError } from '../src/errors';
import { loadBuildspecs, loadPipelineFiles } from '../src/pipeline/inputs';
import { type SynthResult, synthesizePipeline } from '../src/pipeline/synthesize';
import type { TenantSpec } from './support/deploy-fixtures';
import {
  KEY_EU,
  manyTenants,
  type PipelineRepository,
  pipelineConfig,
  pipelineRepository,
  rampartPipeline,
} from './support/pipeline-fixtures';

const THREE_TENANTS: TenantSpec[] = [
  { id: 'unicorn', accountId: '111111111111', wave: 1 },
  { id: 'gnome', accountId: '222222222222', wave: 2, regions: ['us-east-1', 'eu-west-1'] },
  { id: 'dragon', accountId: '333333333333', wave: 2 },
];

interface Action {
  Name: string;
  ActionTypeId: { Category: string; Provider: string };
  Configuration: Record<string, unknown>;
  InputArtifacts?: { Name: string }[];
  OutputArtifacts?: { Name: string }[];
  RoleArn?: { 'Fn::Sub': string };
  Region?: string;
  RunOrder: number;
}
interface Stage {
  Name: string;
  Actions: Action[];
  OnFailure?: { Result: string };
}
type Resources = Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }>;

async function synth(repository: PipelineRepository): Promise<SynthResult> {
  const loaded = await loadPipelineFiles(
    {
      manifest: join(repository.root, repository.manifest),
      config: join(repository.root, repository.config),
    },
    repository.root,
  );
  return synthesizePipeline({ ...loaded, buildspecs: await loadBuildspecs() });
}

function resourcesOf(result: SynthResult): Resources {
  return result.template.Resources as unknown as Resources;
}

function stagesOf(result: SynthResult): Stage[] {
  return resourcesOf(result).Pipeline?.Properties.Stages as Stage[];
}

/** Every role ARN the pipeline role may assume, across its generated managed policies. */
function assumableRoles(result: SynthResult): string[] {
  return Object.values(resourcesOf(result))
    .filter((resource) => resource.Type === 'AWS::IAM::ManagedPolicy')
    .flatMap((policy) => {
      const document = policy.Properties.PolicyDocument as {
        Statement: { Action: string; Resource: { 'Fn::Sub': string }[] }[];
      };
      return document.Statement.flatMap((statement) => {
        expect(statement.Action).toBe('sts:AssumeRole');
        return statement.Resource.map((arn) => arn['Fn::Sub'].replace('${AWS::Partition}', 'aws'));
      });
    })
    .sort();
}

function cfnLint(result: SynthResult, dir: string): { status: number | null; output: string } {
  const file = join(dir, 'pipeline.template.json');
  writeFileSync(file, JSON.stringify(result.template, null, 2));
  const run = spawnSync('cfn-lint', [file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const deployRoleOf = (accountId: string) => `arn:aws:iam::${accountId}:role/CodePipelineCrossAccountRole`;

describe('rampart pipeline synth: the generated pipeline', () => {
  test('three tenants: source, build with gates, dev and beta with tests, approval, then one stage per wave', async () => {
    const repository = pipelineRepository(THREE_TENANTS);
    const result = await synth(repository);
    const stages = stagesOf(result);
    expect(
      stages.map((stage) => [stage.Name, stage.Actions.map((action) => `${action.Name}@${action.RunOrder}`)]),
    ).toEqual([
      ['Source', ['Source@1']],
      ['Build', ['BuildAndTest@1', 'SecurityReview@2', 'SecretScan@2']],
      ['Deploy-dev', ['Deploy@1', 'IntegrationTests@2', 'LoadTest@3']],
      ['Deploy-beta', ['Deploy@1', 'IntegrationTests@2']],
      ['Approve-Production', ['Approve@1']],
      ['Production-Wave-1', ['unicorn-us-east-1@1']],
      ['Production-Wave-2', ['gnome-us-east-1@1', 'gnome-eu-west-1@1', 'dragon-us-east-1@1']],
    ]);
    const gnomeEu = stages[6]?.Actions[1] as Action;
    expect(gnomeEu).toMatchObject({
      ActionTypeId: { Category: 'Deploy', Provider: 'CloudFormation' },
      Region: 'eu-west-1',
      RoleArn: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::222222222222:role/CodePipelineCrossAccountRole' },
      Configuration: {
        ActionMode: 'CREATE_UPDATE',
        StackName: 'app-gnome-eu-west-1',
        TemplatePath: 'BuildOutput::app.yaml',
        TemplateConfiguration:
          'BuildOutput::rampart-template-configs/222222222222-eu-west-1-app-gnome-eu-west-1.json',
        RoleArn: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::222222222222:role/CloudFormationDeploymentRole' },
        Capabilities: 'CAPABILITY_IAM',
      },
    });
    expect(stages[5]?.Actions[0]?.Region).toBeUndefined();
    expect(stages[6]?.OnFailure).toEqual({ Result: 'ROLLBACK' });
    const pipeline = resourcesOf(result).Pipeline?.Properties ?? {};
    expect(pipeline).toMatchObject({ Name: 'app-release', PipelineType: 'V2', ExecutionMode: 'QUEUED' });
    expect((pipeline.ArtifactStores as { Region: string }[]).map((store) => store.Region)).toEqual([
      'us-east-1',
      'eu-west-1',
    ]);
    expect(pipeline.Triggers).toEqual([
      {
        ProviderType: 'CodeStarSourceConnection',
        GitConfiguration: { SourceActionName: 'Source', Push: [{ Branches: { Includes: ['main'] } }] },
      },
    ]);
    expect(assumableRoles(result)).toEqual(
      ['111111111111', '222222222222', '333333333333', '444444444444', '555555555555'].map(deployRoleOf),
    );
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });

  test('the dev stage tests the deployed stack with its outputs, and the load-test gate runs the scenario', async () => {
    const result = await synth(pipelineRepository(THREE_TENANTS));
    const [deploy, tests, loadTest] = stagesOf(result)[2]?.Actions ?? [];
    expect(deploy?.Configuration.OutputFileName).toBe('outputs.json');
    expect(deploy?.OutputArtifacts).toEqual([{ Name: 'DevOutputs' }]);
    expect(tests?.InputArtifacts).toEqual([{ Name: 'BuildOutput' }, { Name: 'DevOutputs' }]);
    expect(tests?.Configuration).toMatchObject({
      ProjectName: 'app-release-dev-integration-tests',
      PrimarySource: 'BuildOutput',
    });
    expect(JSON.parse(String(loadTest?.Configuration.EnvironmentVariables))).toEqual([
      { name: 'RAMPART_OUTPUTS_ARTIFACT', value: 'DevOutputs', type: 'PLAINTEXT' },
      { name: 'RAMPART_SCENARIO', value: 'load-tests/smoke.yml', type: 'PLAINTEXT' },
    ]);
    const project = resourcesOf(result).IntegrationTestsDevProject?.Properties as {
      Source: { BuildSpec: string };
    };
    const buildspec = parse(project.Source.BuildSpec) as { phases: Record<string, { commands: string[] }> };
    expect(buildspec.phases.build?.commands).toEqual(['npm run test:integration']);
    expect(buildspec.phases.install?.commands.join('\n')).toContain(
      'CODEBUILD_SRC_DIR_${RAMPART_OUTPUTS_ARTIFACT}',
    );
  });

  test('the build runs the project commands, then writes the template configurations, with rampart from the repository', async () => {
    const result = await synth(pipelineRepository(THREE_TENANTS));
    const project = resourcesOf(result).BuildProject?.Properties as {
      Name: string;
      Source: { BuildSpec: string };
      Environment: { EnvironmentVariables: { Name: string; Value: string }[] };
    };
    expect(project.Name).toBe('app-release-build');
    const buildspec = parse(project.Source.BuildSpec) as {
      phases: Record<string, { commands: string[] }>;
      artifacts: { files: string[] };
    };
    expect(buildspec.phases.pre_build?.commands).toEqual(['npm ci', 'npm test']);
    expect(buildspec.phases.build?.commands).toEqual([
      'rampart pipeline template-configs --manifest "$RAMPART_MANIFEST" --config "$RAMPART_CONFIG"',
    ]);
    expect(buildspec.phases.install?.commands[0]).toContain('"$CODEBUILD_SRC_DIR/$RAMPART_PATH"');
    expect(project.Environment.EnvironmentVariables).toEqual([
      { Name: 'RAMPART_PATH', Value: '.rampart', Type: 'PLAINTEXT' },
      { Name: 'RAMPART_MANIFEST', Value: 'tenants.yml', Type: 'PLAINTEXT' },
      { Name: 'RAMPART_CONFIG', Value: 'pipeline.yml', Type: 'PLAINTEXT' },
    ]);
    const gate = parse(
      (resourcesOf(result).SecretScanProject?.Properties as { Source: { BuildSpec: string } }).Source
        .BuildSpec,
    ) as { phases: Record<string, { commands: string[] }> };
    expect(gate.phases.build?.commands).toEqual(['rampart secrets scan --path . --fail']);
    expect(gate.phases.pre_build).toBeUndefined();
  });

  test('one tenant, no environments, no approval, no gates: source, build and one wave with a single artifact store', async () => {
    const repository = pipelineRepository(
      [{ id: 'solo', accountId: '111111111111', wave: 3 }],
      pipelineConfig({
        environments: [],
        approval: undefined,
        build: { commands: ['make'], securityReview: false, secretScan: false },
      }),
    );
    const result = await synth(repository);
    expect(stagesOf(result).map((stage) => stage.Name)).toEqual(['Source', 'Build', 'Production-Wave-3']);
    const resources = resourcesOf(result);
    expect(Object.keys(resources).sort()).toEqual([
      'AssumeDeployRolesPolicy1',
      'BuildProject',
      'CodeBuildRole',
      'Pipeline',
      'PipelineRole',
    ]);
    expect(resources.Pipeline?.Properties.ArtifactStore).toMatchObject({
      Location: 'rampart-artifacts-123456789012-us-east-1',
    });
    expect(resources.Pipeline?.Properties.ArtifactStores).toBeUndefined();
    expect(assumableRoles(result)).toEqual([deployRoleOf('111111111111')]);
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });

  test('120 tenants: a wave over 50 is split into stages, every tenant appears once, and the role list is the tenant set', async () => {
    const tenants = manyTenants(120, (index) => (index < 110 ? 1 : 2));
    const repository = pipelineRepository(tenants, pipelineConfig({ environments: [] }));
    const result = await synth(repository);
    const production = stagesOf(result).filter((stage) => stage.Name.startsWith('Production'));
    expect(production.map((stage) => [stage.Name, stage.Actions.length])).toEqual([
      ['Production-Wave-1-Part-1-of-3', 50],
      ['Production-Wave-1-Part-2-of-3', 50],
      ['Production-Wave-1-Part-3-of-3', 10],
      ['Production-Wave-2', 10],
    ]);
    const deployed = production.flatMap((stage) =>
      stage.Actions.map((action) => action.Configuration.StackName),
    );
    expect(deployed).toEqual(tenants.map((tenant) => `app-${tenant.id}-us-east-1`));
    expect(new Set(deployed).size).toBe(120);
    expect(assumableRoles(result)).toEqual(tenants.map((tenant) => deployRoleOf(tenant.accountId)).sort());
    const policies = Object.values(resourcesOf(result)).filter(
      (resource) => resource.Type === 'AWS::IAM::ManagedPolicy',
    );
    expect(policies.length).toBeGreaterThan(1);
    for (const policy of policies) {
      // IAM counts a managed policy's size without white space; the partition makes ARNs longest in aws-us-gov.
      const resolved = JSON.stringify(policy.Properties.PolicyDocument)
        .replace(/\{"Fn::Sub":("[^"]*")\}/g, '$1')
        .replaceAll('${AWS::Partition}', 'aws-us-gov');
      expect(resolved).not.toContain('Fn::');
      const size = resolved.length;
      expect(size).toBeLessThanOrEqual(6144);
    }
    expect(resourcesOf(result).Pipeline?.DependsOn).toEqual(
      Object.keys(resourcesOf(result)).filter((id) => id.startsWith('AssumeDeployRolesPolicy')),
    );
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });

  test('maxActionsPerStage splits smaller; disabled tenants are left out', async () => {
    const tenants = [
      ...manyTenants(7),
      { id: 'retired', accountId: '999999999999', wave: 1, enabled: false },
    ];
    const result = await synth(
      pipelineRepository(
        tenants,
        pipelineConfig({ environments: [], production: { maxActionsPerStage: 3, onFailure: 'fail' } }),
      ),
    );
    const production = stagesOf(result).filter((stage) => stage.Name.startsWith('Production'));
    expect(production.map((stage) => [stage.Name, stage.Actions.length, stage.OnFailure?.Result])).toEqual([
      ['Production-Wave-1-Part-1-of-3', 3, 'FAIL'],
      ['Production-Wave-1-Part-2-of-3', 3, 'FAIL'],
      ['Production-Wave-1-Part-3-of-3', 1, 'FAIL'],
    ]);
    expect(assumableRoles(result)).not.toContain(deployRoleOf('999999999999'));
  });

  test('a CodeCommit source starts the pipeline through an EventBridge rule and is read with CodeCommit permissions only', async () => {
    const result = await synth(
      pipelineRepository(
        THREE_TENANTS,
        pipelineConfig({ source: { codecommit: { repository: 'app', branch: 'release' } } }),
      ),
    );
    const resources = resourcesOf(result);
    expect(stagesOf(result)[0]?.Actions[0]?.Configuration).toEqual({
      RepositoryName: 'app',
      BranchName: 'release',
      PollForSourceChanges: false,
      OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
    });
    expect(resources.Pipeline?.Properties.Triggers).toBeUndefined();
    expect(resources.SourceChangeRule?.Properties.EventPattern).toMatchObject({
      source: ['aws.codecommit'],
      detail: { referenceName: ['release'] },
    });
    const codeBuildPolicy = JSON.stringify(resources.CodeBuildRole?.Properties.Policies);
    expect(codeBuildPolicy).toContain('codecommit:GitPull');
    expect(codeBuildPolicy).not.toContain('UseConnection');
  });

  test('an S3 source starts on Object Created for its key; an approval topic of your own is used, not created', async () => {
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:releases';
    const repository = pipelineRepository(
      THREE_TENANTS,
      pipelineConfig({
        source: { s3: { bucket: 'acme-sources', key: 'app/source.zip' } },
        approval: { topicArn, reviewUrl: 'https://example.com/release-notes', timeoutMinutes: 120 },
      }),
    );
    const result = await synth(repository);
    const resources = resourcesOf(result);
    expect(resources.SourceChangeRule?.Properties.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: ['acme-sources'] }, object: { key: ['app/source.zip'] } },
    });
    expect(resources.ApprovalTopic).toBeUndefined();
    const approve = stagesOf(result).find((stage) => stage.Name === 'Approve-Production')?.Actions[0];
    expect(approve).toMatchObject({
      Configuration: { NotificationArn: topicArn, ExternalEntityLink: 'https://example.com/release-notes' },
      TimeoutInMinutes: 120,
    });
    expect(JSON.stringify(resources.PipelineRole?.Properties.Policies)).toContain(`"Resource":"${topicArn}"`);
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });
});

describe('rampart pipeline synth: post-deploy gates', () => {
  const DEV = '444444444444';
  const SHARED = '666666666666';
  const DIGEST = 'sha256:5f3c1a0e8b9d2c4f6a7e8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e';
  const EDGE = `arn:aws:lambda:eu-west-1:${DEV}:function:edge-router`;
  const IMAGE = `${SHARED}.dkr.ecr.us-east-1.amazonaws.com/shop/checkout@${DIGEST}`;

  /** pipeline.yml with `gates` on dev (which also has integration tests and a load test) and none on beta. */
  function gatedRepository(gates: Record<string, unknown>): PipelineRepository {
    const config = pipelineConfig();
    const [dev, beta] = config.environments as Record<string, unknown>[];
    return pipelineRepository(THREE_TENANTS, { ...config, environments: [{ ...dev, gates }, beta] });
  }

  interface Statement {
    Sid: string;
    Action: string | string[];
    Resource: unknown;
  }
  function codeBuildStatements(result: SynthResult): Statement[] {
    const role = resourcesOf(result).CodeBuildRole?.Properties as {
      Policies: { PolicyDocument: { Statement: Statement[] } }[];
    };
    return role.Policies.flatMap((policy) => policy.PolicyDocument.Statement);
  }
  const gateStatements = (result: SynthResult) =>
    codeBuildStatements(result).filter((statement) =>
      ['ReadTheGatedFunctionStates', 'ListInspectorFindings', 'AssumeTheGateRoles'].includes(statement.Sid),
    );

  function gateCommandsOf(result: SynthResult): string[] {
    const project = resourcesOf(result).PostDeployGatesDevProject?.Properties as {
      Source: { BuildSpec: string };
    };
    return (parse(project.Source.BuildSpec) as { phases: { build: { commands: string[] } } }).phases.build
      .commands;
  }

  test('gates run right after the deployment, before the tests: names become ARNs in the environment, the role may read exactly those', async () => {
    const repository = gatedRepository({
      lambdaReady: ['orders-api', 'orders-api:$LATEST', EDGE],
      inspector: { resources: ['orders-api', IMAGE], minScore: 8 },
    });
    const result = await synth(repository);
    const stages = stagesOf(result);
    expect(
      stages.slice(2, 4).map((stage) => stage.Actions.map((action) => `${action.Name}@${action.RunOrder}`)),
    ).toEqual([
      ['Deploy@1', 'PostDeployGates@2', 'IntegrationTests@3', 'LoadTest@4'],
      ['Deploy@1', 'IntegrationTests@2'],
    ]);
    expect(stages[2]?.Actions[1]).toMatchObject({
      ActionTypeId: { Category: 'Test', Provider: 'CodeBuild' },
      Configuration: { ProjectName: 'app-release-dev-post-deploy-gates' },
      InputArtifacts: [{ Name: 'BuildOutput' }],
    });
    const orders = `arn:aws:lambda:us-east-1:${DEV}:function:orders-api`;
    expect(gateCommandsOf(result)).toEqual([
      `rampart gate lambda-ready --function '${orders}' --function '${orders}:$LATEST' --function '${EDGE}'`,
      `rampart gate inspector --resource '${orders}' --resource '${IMAGE}' --severity 'CRITICAL' --min-score '8'`,
    ]);
    expect(gateStatements(result)).toEqual([
      {
        Sid: 'ReadTheGatedFunctionStates',
        Effect: 'Allow',
        Action: 'lambda:GetFunctionConfiguration',
        Resource: [orders, `${orders}:$LATEST`, EDGE],
      },
      { Sid: 'ListInspectorFindings', Effect: 'Allow', Action: 'inspector2:ListFindings', Resource: '*' },
    ]);
    const pipelineRole = resourcesOf(result).PipelineRole?.Properties as {
      Policies: { PolicyDocument: { Statement: Statement[] } }[];
    };
    const runBuilds = pipelineRole.Policies[0]?.PolicyDocument.Statement.find(
      (statement) => statement.Sid === 'RunTheBuildProjects',
    );
    expect(runBuilds?.Resource).toContainEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:codebuild:${AWS::Region}:${AWS::AccountId}:project/app-release-dev-post-deploy-gates',
    });
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });

  test('with roleName the gates assume it in each account of their resources, and the role may do nothing else for them', async () => {
    const repository = gatedRepository({
      lambdaReady: ['orders-api'],
      inspector: { resources: [IMAGE], severity: 'HIGH' },
      roleName: 'rampart-gate-reader',
    });
    const result = await synth(repository);
    expect(gateCommandsOf(result)).toEqual([
      `rampart gate lambda-ready --function 'arn:aws:lambda:us-east-1:${DEV}:function:orders-api' --role-name 'rampart-gate-reader'`,
      `rampart gate inspector --resource '${IMAGE}' --severity 'HIGH' --role-name 'rampart-gate-reader'`,
    ]);
    expect(gateStatements(result)).toEqual([
      {
        Sid: 'AssumeTheGateRoles',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: [
          { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${DEV}:role/rampart-gate-reader` },
          { 'Fn::Sub': `arn:\${AWS::Partition}:iam::${SHARED}:role/rampart-gate-reader` },
        ],
      },
    ]);
    expect(cfnLint(result, repository.root)).toEqual({ status: 0, output: '' });
  });

  test('without gates there is no gate project and the CodeBuild role gets no gate permission', async () => {
    const result = await synth(pipelineRepository(THREE_TENANTS));
    expect(Object.keys(resourcesOf(result)).filter((id) => id.startsWith('PostDeployGates'))).toEqual([]);
    expect(gateStatements(result)).toEqual([]);
  });

  test('gates that name no gate are refused rather than given an empty build', async () => {
    const repository = gatedRepository({ roleName: 'rampart-gate-reader' });
    const file = join(repository.root, 'pipeline.yml');
    const line = readFileSync(file, 'utf8').split('\n').indexOf('    gates:') + 1;
    const error = await synth(repository).catch((caught: unknown) => caught);
    expect((error as InputError).problems).toEqual([
      `${file}:${line}: environments[0].gates has no gate: give lambdaReady, inspector or both`,
    ]);
  });

  test('bad gate entries are reported with their file, line and field', async () => {
    const repository = gatedRepository({
      lambdaReady: ['orders/api', EDGE],
      inspector: {
        resources: [`${SHARED}.dkr.ecr.us-east-1.amazonaws.com/shop/checkout`],
        severity: 'SEVERE',
        minScore: 12,
      },
      roleName: 'a/b',
    });
    const file = join(repository.root, 'pipeline.yml');
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1;
    const error = await synth(repository).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineOf('orders/api')}: environments\\[0\\]\\.gates\\.lambdaReady\\[0\\] "orders/api" is not a Lambda function name or ARN`,
        ),
      ),
      expect.stringMatching(
        new RegExp(
          `^${file}:${lineOf('shop/checkout')}: environments\\[0\\]\\.gates\\.inspector\\.resources\\[0\\] ".*shop/checkout" is not `,
        ),
      ),
      `${file}:${lineOf('severity: SEVERE')}: environments[0].gates.inspector.severity "SEVERE" must be INFORMATIONAL, LOW, MEDIUM, HIGH or CRITICAL`,
      `${file}:${lineOf('minScore: 12')}: environments[0].gates.inspector.minScore 12 must be a number from 0 to 10`,
      `${file}:${lineOf('roleName: a/b')}: environments[0].gates.roleName "a/b" must be an IAM role name`,
    ]);
  });
});

describe('rampart pipeline synth: bad input', () => {
  async function problemsOf(repository: PipelineRepository): Promise<string[]> {
    const error = await synth(repository).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problems;
  }

  test('every problem in pipeline.yml at once, each with its file, line and field', async () => {
    const repository = pipelineRepository(THREE_TENANTS);
    writeFileSync(
      join(repository.root, 'pipeline.yml'),
      [
        'name: app-release',
        'template: app.yaml',
        'artifactStores:',
        '  eu-west-1:',
        '    bucket: rampart-artifacts-123456789012-eu-west-1',
        `    keyArn: ${KEY_EU.replace('eu-west-1', 'us-west-2')}`,
        'source:',
        '  github: { repository: acme }',
        'environments:',
        '  - { name: dev, accountId: "444444444444" }',
        '  - { name: dev, accountId: "4444", stackName: "{app}_{environment}" }',
        'approval: { topicArn: "arn:aws:sns:us-east-1:123456789012:t", notify: [ops@example.com] }',
        'production: { maxActionsPerStage: 51 }',
        'colour: blue',
      ].join('\n'),
    );
    const file = join(repository.root, 'pipeline.yml');
    expect(await problemsOf(repository)).toEqual([
      `${file}:3: artifactStores has no entry for us-east-1, the pipeline's region: deploy tooling-account.yaml there and add its bucket and key`,
      `${file}:6: artifactStores["eu-west-1"].keyArn is a key in us-west-2: a eu-west-1 bucket needs a key in eu-west-1`,
      `${file}:8: source.github is missing "connectionArn"`,
      `${file}:8: source.github.repository "acme" must be owner/repo`,
      `${file}:10: environments[0] deploys to us-east-1, which has no artifactStores entry: CodePipeline needs an artifact bucket in every region it deploys to`,
      `${file}:11: environments[1].accountId "4444" must be 12 digits`,
      `${file}:11: environments[1].name "dev" is already used by environments[0]`,
      `${file}:11: environments[1] deploys to us-east-1, which has no artifactStores entry: CodePipeline needs an artifact bucket in every region it deploys to`,
      `${file}:11: environments[1].stackName gives stack name "app-release_dev", which is invalid: a stack name starts with a letter and has only letters, digits and hyphens, at most 128 characters (placeholders: {app} {environment} {region} {accountId})`,
      `${file}:12: approval.notify subscribes addresses to the topic Rampart creates; with topicArn, subscribe them to your own topic`,
      `${file}:13: production.maxActionsPerStage 51 must be a whole number from 1 to 50`,
      `${file}:14: colour is not a known key (known: name, region, app, template, stackName, capabilities, rampartPath, artifactStores, source, build, environments, approval, production)`,
    ]);
  });

  test('tenants CodePipeline cannot deploy: an ExternalId, or a region without an artifact store', async () => {
    const { 'us-east-1': usEast1 } = pipelineConfig().artifactStores as Record<string, unknown>;
    const repository = pipelineRepository(
      THREE_TENANTS,
      pipelineConfig({ artifactStores: { 'us-east-1': usEast1 } }),
    );
    const manifest = join(repository.root, 'tenants.yml');
    const text = readFileSync(manifest, 'utf8').replace(
      '  - id: dragon\n',
      '  - id: dragon\n    externalId: dragon-secret\n',
    );
    writeFileSync(manifest, text);
    const problems = await problemsOf(repository);
    expect(problems).toEqual([
      expect.stringMatching(
        /tenants\.yml:\d+: tenants\[2\] "dragon" has an externalId, but CodePipeline cannot pass one when it assumes an action role/,
      ),
      expect.stringMatching(
        /tenants\.yml:\d+: tenants\[1\] "gnome" deploys to eu-west-1, which .*pipeline\.yml artifactStores does not list/,
      ),
    ]);
    expect(problems.join('\n')).not.toContain('dragon-secret');
  });

  test('a manifest or config outside the repository root is refused: the build could not find it', async () => {
    const repository = pipelineRepository(THREE_TENANTS);
    const outside = pipelineRepository(THREE_TENANTS);
    const error = await loadPipelineFiles(
      { manifest: join(outside.root, 'tenants.yml'), config: join(repository.root, 'pipeline.yml') },
      repository.root,
    ).catch((caught: unknown) => caught);
    expect((error as InputError).problems).toEqual([
      `--manifest ${join(outside.root, 'tenants.yml')} is outside ${repository.root}: run rampart pipeline from the repository root with files inside it, so that the build finds them in the source at the same paths`,
    ]);
  });
});

describe('the rampart CLI (bundled): pipeline synth and template-configs', () => {
  test('synth writes the template and says what to pass to the bootstrap templates', () => {
    const repository = pipelineRepository(THREE_TENANTS);
    const run = rampartPipeline(repository, 'synth', '--out', 'build/pipeline.template.json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'wrote build/pipeline.template.json: pipeline app-release with 7 stages, 3 tenant(s), 5 deploy role(s)',
        'artifact prefix: app-release (the ArtifactPrefix of tooling-account.yaml and tenant-bootstrap.yaml)',
        '',
      ].join('\n'),
    );
    const template = JSON.parse(
      readFileSync(join(repository.root, 'build', 'pipeline.template.json'), 'utf8'),
    );
    expect(template.Resources.Pipeline.Properties.Name).toBe('app-release');
  });

  test('synth: bad input exits 2 with every problem, and writes nothing', () => {
    const repository = pipelineRepository(THREE_TENANTS, pipelineConfig({ source: {} }));
    const run = rampartPipeline(repository, 'synth', '--out', 'out.json');
    expect(run.code).toBe(2);
    const line =
      readFileSync(join(repository.root, 'pipeline.yml'), 'utf8').split('\n').indexOf('source: {}') + 1;
    expect(line).toBeGreaterThan(0);
    expect(run.stderr).toBe(
      `error: pipeline.yml:${line}: source {} must name exactly one of github, codecommit or s3\n`,
    );
    expect(readdirSync(repository.root)).not.toContain('out.json');
  });

  test('template-configs writes one file per stack, with only the parameters the template declares, and the tags', () => {
    const repository = pipelineRepository(THREE_TENANTS);
    const run = rampartPipeline(repository, 'template-configs');
    expect(run.stderr).toBe('');
    expect([run.code, run.stdout]).toEqual([
      0,
      'wrote 6 template configuration(s) to rampart-template-configs\n',
    ]);
    const dir = join(repository.root, 'rampart-template-configs');
    expect(readdirSync(dir).sort()).toEqual([
      '111111111111-us-east-1-app-unicorn-us-east-1.json',
      '222222222222-eu-west-1-app-gnome-eu-west-1.json',
      '222222222222-us-east-1-app-gnome-us-east-1.json',
      '333333333333-us-east-1-app-dragon-us-east-1.json',
      '444444444444-us-east-1-app-dev.json',
      '555555555555-us-east-1-app-beta.json',
    ]);
    expect(
      JSON.parse(readFileSync(join(dir, '222222222222-eu-west-1-app-gnome-eu-west-1.json'), 'utf8')),
    ).toEqual({
      Parameters: { LogLevel: 'INFO', ApplicationName: 'app-gnome' },
      Tags: { product: 'sample' },
    });
  });

  test('template-configs: a parameter the template requires and a stack does not set is an error naming both', () => {
    const config = pipelineConfig();
    (config.environments as unknown[])[1] = { name: 'beta', accountId: '555555555555' };
    const repository = pipelineRepository(THREE_TENANTS, config);
    const run = rampartPipeline(repository, 'template-configs');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: pipeline\.yml:\d+: environments\[1\] \("beta"\) sets no value for parameter "ApplicationName", which app\.yaml requires \(it has no Default\)\n$/,
    );
  });
});

test('the demo pipeline config is valid and stays so', async () => {
  const root = join(__dirname, '..');
  const loaded = await loadPipelineFiles(
    { manifest: join(root, 'demo/tenants.yml'), config: join(root, 'demo/pipeline.yml') },
    root,
  );
  expect(synthesizePipeline({ ...loaded, buildspecs: await loadBuildspecs() }).tenants).toBe(3);
  expect(parse(stringify(loaded.config.name))).toBe('sample-release');
});
