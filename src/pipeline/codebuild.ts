import { type BuildspecName, type BuildspecTexts, composeBuildspec } from './buildspecs';
import { getAtt, type Resource } from './cloudformation';
import type { PipelineConfig } from './types';

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
  };
}

export function allProjects(projects: PipelineProjects): CodeBuildProject[] {
  return [
    projects.build,
    projects.securityReview,
    projects.secretScan,
    ...projects.integrationTests.values(),
    projects.loadTest,
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
