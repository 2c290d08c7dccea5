import { type BuildspecName, type BuildspecTexts, composeBuildspec } from './buildspecs';
import { getAtt, type Resource } from './cloudformation';
import type { Environment, PipelineConfig, PostDeployGates } from './types';

export const CODEBUILD_ROLE = 'CodeBuildRole';

/** One generated CodeBuild project. */
export interface CodeBuildProject {
  logicalId: string;
  /** Explicit, so that policies can name the project without a GetAtt. */
  name: string;
  resource: Resource;
}

export interface PipelineProjects {
  build: CodeBuildProject;
  securityReview?: CodeBuildProject;
  secretScan?: CodeBuildProject;
  /** By environment name. */
  integrationTests: Map<string, CodeBuildProject>;
  loadTest?: CodeBuildProject;
  /** By environment name. */
  postDeployGates: Map<string, CodeBuildProject>;
}

export interface ProjectInput {
  config: PipelineConfig;
  buildspecs: BuildspecTexts;
  /** Where the build finds the manifest and pipeline config, relative to the repository root. */
  manifestPath: string;
  configPath: string;
}

/** `dev-eu` as `DevEu`, for logical ids. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

export function pipelineProjects(input: ProjectInput): PipelineProjects {
  const { config } = input;
  const project = (spec: Omit<ProjectSpec, 'input'>) => codeBuildProject({ ...spec, input });
  const withLoadTest = config.environments.some((environment) => environment.loadTestScenario);
  return {
    build: project({
      logicalId: 'BuildProject',
      suffix: 'build',
      description: 'Builds and tests the source, then writes the template configuration of every stack.',
      buildspec: 'build',
      commands: config.build.commands,
      variables: { RAMPART_MANIFEST: input.manifestPath, RAMPART_CONFIG: input.configPath },
    }),
    securityReview: config.build.securityReview
      ? project({
          logicalId: 'SecurityReviewProject',
          suffix: 'security-review',
          description: 'Gate: rampart review of the source.',
          buildspec: 'security-review',
        })
      : undefined,
    secretScan: config.build.secretScan
      ? project({
          logicalId: 'SecretScanProject',
          suffix: 'secret-scan',
          description: 'Gate: rampart secrets scan of the source.',
          buildspec: 'secret-scan',
        })
      : undefined,
    integrationTests: new Map(
      config.environments
        .filter((environment) => environment.integrationTests.length > 0)
        .map((environment) => [
          environment.name,
          project({
            logicalId: `IntegrationTests${pascalCase(environment.name)}Project`,
            suffix: `${environment.name}-integration-tests`,
            description: `Integration tests of the ${environment.name} environment.`,
            buildspec: 'integration-test',
            commands: environment.integrationTests,
          }),
        ]),
    ),
    loadTest: withLoadTest
      ? project({
          logicalId: 'LoadTestProject',
          suffix: 'load-test',
          description: 'Gate: rampart load-test run against a deployed environment.',
          buildspec: 'load-test',
        })
      : undefined,
    postDeployGates: new Map(
      config.environments.flatMap((environment) =>
        environment.gates ? [[environment.name, gatesProject(environment, environment.gates, project)]] : [],
      ),
    ),
  };
}

function gatesProject(
  environment: Environment,
  gates: PostDeployGates,
  project: (spec: Omit<ProjectSpec, 'input'>) => CodeBuildProject,
): CodeBuildProject {
  return project({
    logicalId: `PostDeployGates${pascalCase(environment.name)}Project`,
    suffix: `${environment.name}-post-deploy-gates`,
    description: `Post-deploy gates of the ${environment.name} environment: rampart gate lambda-ready and inspector.`,
    buildspec: 'post-deploy-gates',
    commands: gateCommands(gates),
  });
}

/** Values are single-quoted for the shell (a qualifier may be $LATEST); none can hold a quote. */
function gateCommands(gates: PostDeployGates): string[] {
  const option = (flag: string, value: string | number | undefined) =>
    value === undefined ? '' : ` --${flag} '${value}'`;
  const role = option('role-name', gates.roleName);
  const commands: string[] = [];
  if (gates.lambdaReady.length > 0) {
    const functions = gates.lambdaReady.map((arn) => option('function', arn)).join('');
    commands.push(`rampart gate lambda-ready${functions}${role}`);
  }
  const inspector = gates.inspector;
  if (inspector) {
    const resources = inspector.resources.map((resource) => option('resource', resource)).join('');
    const bar = `${option('severity', inspector.severity)}${option('min-score', inspector.minScore)}`;
    commands.push(`rampart gate inspector${resources}${bar}${role}`);
  }
  return commands;
}

export function allProjects(projects: PipelineProjects): CodeBuildProject[] {
  return [
    projects.build,
    projects.securityReview,
    projects.secretScan,
    ...projects.integrationTests.values(),
    projects.loadTest,
    ...projects.postDeployGates.values(),
  ].filter((project): project is CodeBuildProject => project !== undefined);
}

interface ProjectSpec {
  input: ProjectInput;
  logicalId: string;
  suffix: string;
  description: string;
  buildspec: Exclude<BuildspecName, 'base'>;
  commands?: string[];
  variables?: Record<string, string>;
}

function codeBuildProject(spec: ProjectSpec): CodeBuildProject {
  const { config, buildspecs } = spec.input;
  const name = `${config.name}-${spec.suffix}`;
  const variables = { RAMPART_PATH: config.rampartPath, ...spec.variables };
  return {
    logicalId: spec.logicalId,
    name,
    resource: {
      Type: 'AWS::CodeBuild::Project',
      Properties: {
        Name: name,
        Description: spec.description,
        ServiceRole: getAtt(CODEBUILD_ROLE, 'Arn'),
        Source: {
          Type: 'CODEPIPELINE',
          BuildSpec: composeBuildspec(buildspecs, spec.buildspec, spec.commands),
        },
        Artifacts: { Type: 'CODEPIPELINE' },
        Environment: {
          Type: 'LINUX_CONTAINER',
          ComputeType: config.build.computeType,
          Image: config.build.image,
          EnvironmentVariables: Object.entries(variables).map(([Name, Value]) => ({
            Name,
            Value,
            Type: 'PLAINTEXT',
          })),
        },
        EncryptionKey: config.artifactStores[config.region]?.keyArn ?? '',
        TimeoutInMinutes: 60,
        LogsConfig: { CloudWatchLogs: { Status: 'ENABLED' } },
      },
    },
  };
}
