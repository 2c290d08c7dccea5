import { pascalCase, type CodeBuildProject, type PipelineProjects } from './codebuild';
import { ref, roleArn, type TemplateValue } from './cloudformation';
import type { PipelineTargets, WaveStage } from './targets';
import { type StackDeployment, templateConfigPath, tenantStack } from './template-configs';
import type { Environment, PipelineConfig, PipelineSource } from './types';

export const SOURCE_ARTIFACT = 'Source';
export const BUILD_ARTIFACT = 'BuildOutput';
export const SOURCE_ACTION = 'Source';
export const APPROVAL_TOPIC = 'ApprovalTopic';

export interface ActionDeclaration {
  Name: string;
  ActionTypeId: { Category: string; Owner: 'AWS'; Provider: string; Version: '1' };
  Configuration?: Record<string, TemplateValue>;
  InputArtifacts?: { Name: string }[];
  OutputArtifacts?: { Name: string }[];
  RoleArn?: TemplateValue;
  Region?: string;
  RunOrder: number;
  TimeoutInMinutes?: number;
  [key: string]: TemplateValue | undefined;
}

export interface StageDeclaration {
  Name: string;
  Actions: ActionDeclaration[];
  OnFailure?: { Result: string };
  [key: string]: TemplateValue | undefined;
}

const artifacts = (...names: string[]) => names.map((Name) => ({ Name }));

export function pipelineStages(
  config: PipelineConfig,
  targets: PipelineTargets,
  projects: PipelineProjects,
): StageDeclaration[] {
  return [
    { Name: 'Source', Actions: [sourceAction(config.source)] },
    { Name: 'Build', Actions: buildActions(projects) },
    ...targets.environments.map((environment) => environmentStage(config, environment, projects)),
    ...(config.approval ? [approvalStage(config)] : []),
    ...targets.waveStages.map((stage) => waveStage(config, stage)),
  ];
}

function sourceAction(source: PipelineSource): ActionDeclaration {
  const common = { Name: SOURCE_ACTION, OutputArtifacts: artifacts(SOURCE_ARTIFACT), RunOrder: 1 };
  switch (source.kind) {
    case 'github':
      return {
        ...common,
        ActionTypeId: {
          Category: 'Source',
          Owner: 'AWS',
          Provider: 'CodeStarSourceConnection',
          Version: '1',
        },
        Configuration: {
          ConnectionArn: source.connectionArn,
          FullRepositoryId: source.repository,
          BranchName: source.branch,
          // A git clone rather than a zip, so that the gates can read the history.
          OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
        },
      };
    case 'codecommit':
      return {
        ...common,
        ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'CodeCommit', Version: '1' },
        Configuration: {
          RepositoryName: source.repository,
          BranchName: source.branch,
          PollForSourceChanges: false,
          OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
        },
      };
    case 's3':
      return {
        ...common,
        ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
        Configuration: { S3Bucket: source.bucket, S3ObjectKey: source.key, PollForSourceChanges: false },
      };
  }
}

interface CodeBuildActionOptions {
  inputs: string[];
  outputs?: string[];
  runOrder: number;
  variables?: Record<string, string>;
}

function codeBuildAction(
  name: string,
  project: CodeBuildProject,
  options: CodeBuildActionOptions,
): ActionDeclaration {
  const [primary] = options.inputs;
  return {
    Name: name,
    ActionTypeId: {
      Category: options.outputs ? 'Build' : 'Test',
      Owner: 'AWS',
      Provider: 'CodeBuild',
      Version: '1',
    },
    Configuration: {
      ProjectName: project.name,
      ...(options.inputs.length > 1 && primary ? { PrimarySource: primary } : {}),
      ...(options.variables
        ? {
            EnvironmentVariables: JSON.stringify(
              Object.entries(options.variables).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' })),
            ),
          }
        : {}),
    },
    InputArtifacts: artifacts(...options.inputs),
    ...(options.outputs ? { OutputArtifacts: artifacts(...options.outputs) } : {}),
    RunOrder: options.runOrder,
  };
}

/** Build and test first; the gates then run side by side on the same source. */
function buildActions(projects: PipelineProjects): ActionDeclaration[] {
  const gate = (name: string, project: CodeBuildProject | undefined) =>
    project ? [codeBuildAction(name, project, { inputs: [SOURCE_ARTIFACT], runOrder: 2 })] : [];
  return [
    codeBuildAction('BuildAndTest', projects.build, {
      inputs: [SOURCE_ARTIFACT],
      outputs: [BUILD_ARTIFACT],
      runOrder: 1,
    }),
    ...gate('SecurityReview', projects.securityReview),
    ...gate('SecretScan', projects.secretScan),
  ];
}

/** CodeBuild names a secondary input's folder CODEBUILD_SRC_DIR_<artifact>: no hyphens. */
export function outputsArtifactOf(environment: Environment): string {
  return `${pascalCase(environment.name)}Outputs`;
}

/**
 * Deploy, then the post-deploy gates, the integration tests and the load test, each after the one
 * before: the functions must be ready before anything calls them.
 */
function environmentStage(
  config: PipelineConfig,
  environment: Environment,
  projects: PipelineProjects,
): StageDeclaration {
  const outputs = outputsArtifactOf(environment);
  const afterDeploy = { inputs: [BUILD_ARTIFACT, outputs], variables: { RAMPART_OUTPUTS_ARTIFACT: outputs } };
  const loadTest = environment.loadTestScenario ? projects.loadTest : undefined;
  const checks: {
    name: string;
    project?: CodeBuildProject;
    options: Omit<CodeBuildActionOptions, 'runOrder'>;
  }[] = [
    {
      name: 'PostDeployGates',
      project: projects.postDeployGates.get(environment.name),
      options: { inputs: [BUILD_ARTIFACT] },
    },
    {
      name: 'IntegrationTests',
      project: projects.integrationTests.get(environment.name),
      options: afterDeploy,
    },
    {
      name: 'LoadTest',
      project: loadTest,
      options: {
        ...afterDeploy,
        variables: { ...afterDeploy.variables, RAMPART_SCENARIO: environment.loadTestScenario ?? '' },
      },
    },
  ];
  return {
    Name: `Deploy-${environment.name}`,
    Actions: [
      deployAction(config, 'Deploy', environment, { runOrder: 1, outputs }),
      ...checks
        .filter((check): check is typeof check & { project: CodeBuildProject } => check.project !== undefined)
        .map((check, index) =>
          codeBuildAction(check.name, check.project, { ...check.options, runOrder: index + 2 }),
        ),
    ],
  };
}

function approvalStage(config: PipelineConfig): StageDeclaration {
  const approval = config.approval;
  return {
    Name: 'Approve-Production',
    Actions: [
      {
        Name: 'Approve',
        ActionTypeId: { Category: 'Approval', Owner: 'AWS', Provider: 'Manual', Version: '1' },
        Configuration: {
          NotificationArn: approval?.topicArn ?? ref(APPROVAL_TOPIC),
          CustomData: approval?.comment ?? '',
          ...(approval?.reviewUrl ? { ExternalEntityLink: approval.reviewUrl } : {}),
        },
        ...(approval?.timeoutMinutes ? { TimeoutInMinutes: approval.timeoutMinutes } : {}),
        RunOrder: 1,
      },
    ],
  };
}

function waveStage(config: PipelineConfig, stage: WaveStage): StageDeclaration {
  const name =
    stage.parts > 1
      ? `Production-Wave-${stage.wave}-Part-${stage.part}-of-${stage.parts}`
      : `Production-Wave-${stage.wave}`;
  return {
    Name: name,
    // Every tenant of the stage at once: CodePipeline runs actions of equal RunOrder in parallel.
    Actions: stage.targets.map((target) =>
      deployAction(config, `${target.tenant.id}-${target.region}`, tenantStack(target), { runOrder: 1 }),
    ),
    OnFailure: { Result: config.production.onFailure },
  };
}

/** Creates or updates one stack in its account, through that account's deploy role. */
function deployAction(
  config: PipelineConfig,
  name: string,
  stack: StackDeployment,
  options: { runOrder: number; outputs?: string },
): ActionDeclaration {
  return {
    Name: name,
    ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' },
    Configuration: {
      ActionMode: 'CREATE_UPDATE',
      StackName: stack.stackName,
      TemplatePath: `${BUILD_ARTIFACT}::${config.template}`,
      TemplateConfiguration: `${BUILD_ARTIFACT}::${templateConfigPath(stack)}`,
      RoleArn: roleArn(stack.accountId, stack.cloudFormationRoleName),
      Capabilities: config.capabilities.join(','),
      ...(options.outputs ? { OutputFileName: 'outputs.json' } : {}),
    },
    InputArtifacts: artifacts(BUILD_ARTIFACT),
    ...(options.outputs ? { OutputArtifacts: artifacts(options.outputs) } : {}),
    RoleArn: roleArn(stack.accountId, stack.deployRoleName),
    ...(stack.region !== config.region ? { Region: stack.region } : {}),
    RunOrder: options.runOrder,
  };
}
