import type { Capability } from '@aws-sdk/client-cloudformation';
import {
  compileSchema,
  type DocumentPath,
  formatPath,
  type Problem,
  parseValidatedYaml,
  type SourceMap,
  show,
} from '../config/yaml-document';
import {
  parameterValues,
  tagValues,
  type WrittenParameters,
  type WrittenTags,
} from '../manifest/load-manifest';
import tenantsSchema from '../manifest/tenants.schema.json';
import type { ManifestDefaults } from '../manifest/types';
import { readInputFile } from '../runtime/files';
import schema from './pipeline.schema.json';
import { isValidStackName } from '../deploy/targets';
import { InputError } from '../errors';
import { type AwsLocation, functionArnIn, inspectedResourceIn } from '../gates/resources';
import type {
  ApprovalSettings,
  Environment,
  PipelineConfig,
  PipelineSource,
  PostDeployGates,
  WaveFailureResult,
} from './types';

const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ENVIRONMENT_STACK_NAME = '{app}-{environment}';
const DEFAULT_APPROVAL_COMMENT = 'Approve the release to the production tenants.';

/** pipeline.yml as written, once it matches the schema. */
interface WrittenEnvironment {
  name: string;
  accountId: string;
  region?: string;
  stackName?: string;
  deployRoleName?: string;
  cloudFormationRoleName?: string;
  parameters?: WrittenParameters;
  tags?: WrittenTags;
  integrationTests?: string[];
  loadTest?: { scenario: string };
  gates?: WrittenGates;
}
interface WrittenGates {
  lambdaReady?: string[];
  inspector?: { resources: string[]; severity?: string; minScore?: number };
  roleName?: string;
}
interface WrittenConfig {
  name: string;
  region?: string;
  app?: string;
  template: string;
  stackName?: string;
  capabilities?: Capability[];
  rampartPath?: string;
  artifactStores: Record<string, { bucket: string; keyArn: string }>;
  source: {
    github?: { connectionArn: string; repository: string; branch?: string };
    codecommit?: { repository: string; branch?: string };
    s3?: { bucket: string; key: string };
  };
  build?: {
    image?: string;
    computeType?: string;
    commands?: string[];
    securityReview?: boolean;
    secretScan?: boolean;
  };
  environments?: WrittenEnvironment[];
  approval?: Partial<ApprovalSettings>;
  production?: { maxActionsPerStage?: number; onFailure?: 'rollback' | 'fail' | 'retry' };
}

const validateConfig = compileSchema<WrittenConfig>(schema, {
  '../manifest/tenants.schema.json': tenantsSchema,
});

/**
 * Reads pipeline.yml. Environments take their role names from the manifest's defaults, as tenants do.
 * Throws one InputError listing every problem, each naming the file, line and field.
 */
export async function loadPipelineConfig(
  file: string,
  manifestDefaults: ManifestDefaults,
): Promise<PipelineConfig> {
  return parsePipelineConfig(await readInputFile(file, 'pipeline config'), file, manifestDefaults);
}

export function parsePipelineConfig(
  text: string,
  file: string,
  manifestDefaults: ManifestDefaults,
): PipelineConfig {
  const { data, source } = parseValidatedYaml(text, file, {
    validate: validateConfig,
    rootName: 'pipeline config',
    furtherProblems: semanticProblems,
  });
  return buildConfig(data, file, manifestDefaults, source);
}

// --- Checks the schema cannot express. The data may not match the schema here, so every value is checked.

type Loose = Record<string, unknown>;

function asLoose(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function semanticProblems(data: unknown, source: SourceMap): Problem[] {
  const root = asLoose(data);
  const region = typeof root.region === 'string' ? root.region : DEFAULT_REGION;
  const stores = asLoose(root.artifactStores);
  const environments = Array.isArray(root.environments) ? root.environments.map(asLoose) : [];
  const problem = (path: DocumentPath, text: string): Problem => ({
    line: source.lineOf(path),
    text: `${formatPath(path)} ${text}`,
  });
  const problems: Problem[] = [];
  if (root.artifactStores !== undefined && !(region in stores)) {
    problems.push(
      problem(
        ['artifactStores'],
        `has no entry for ${region}, the pipeline's region: deploy tooling-account.yaml there and add its bucket and key`,
      ),
    );
  }
  for (const [storeRegion, store] of Object.entries(stores)) {
    const keyArn = asLoose(store).keyArn;
    const keyRegion = typeof keyArn === 'string' ? keyArn.split(':')[3] : undefined;
    if (keyRegion !== undefined && keyRegion !== storeRegion) {
      problems.push(
        problem(
          ['artifactStores', storeRegion, 'keyArn'],
          `is a key in ${keyRegion}: a ${storeRegion} bucket needs a key in ${storeRegion}`,
        ),
      );
    }
  }
  const seen = new Map<unknown, number>();
  environments.forEach((environment, index) => {
    const first = seen.get(environment.name);
    if (first !== undefined) {
      problems.push(
        problem(
          ['environments', index, 'name'],
          `${show(environment.name)} is already used by environments[${first}]`,
        ),
      );
    } else if (typeof environment.name === 'string') {
      seen.set(environment.name, index);
    }
    const environmentRegion = typeof environment.region === 'string' ? environment.region : region;
    problems.push(
      ...gateEntryProblems(environment.gates, ['environments', index, 'gates'], source, {
        region: environmentRegion,
        accountId: String(environment.accountId),
      }),
    );
    if (root.artifactStores !== undefined && !(environmentRegion in stores)) {
      problems.push(
        problem(
          ['environments', index],
          `deploys to ${environmentRegion}, which has no artifactStores entry: CodePipeline needs an artifact bucket in every region it deploys to`,
        ),
      );
    }
  });
  const app = typeof root.app === 'string' ? root.app : String(root.name);
  environments.forEach((environment, index) => {
    const stackName = environmentStackName(
      typeof environment.stackName === 'string' ? environment.stackName : undefined,
      {
        app,
        environment: String(environment.name),
        region: typeof environment.region === 'string' ? environment.region : region,
        accountId: String(environment.accountId),
      },
    );
    if (!isValidStackName(stackName)) {
      problems.push(
        problem(
          ['environments', index, 'stackName'],
          `gives stack name ${show(stackName)}, which is invalid: a stack name starts with a letter and has only letters, digits and hyphens, at most 128 characters (placeholders: {app} {environment} {region} {accountId})`,
        ),
      );
    }
  });
  const approval = asLoose(root.approval);
  if (approval.topicArn !== undefined && approval.notify !== undefined) {
    problems.push(
      problem(
        ['approval', 'notify'],
        'subscribes addresses to the topic Rampart creates; with topicArn, subscribe them to your own topic',
      ),
    );
  }
  return problems;
}

/** Each function and resource of an environment's gates, which the schema only knows as strings. */
function gateEntryProblems(
  gates: unknown,
  path: DocumentPath,
  source: SourceMap,
  home: Required<AwsLocation>,
): Problem[] {
  const loose = asLoose(gates);
  if (gates !== undefined && loose.lambdaReady === undefined && loose.inspector === undefined) {
    return [
      {
        line: source.lineOf(path),
        text: `${formatPath(path)} has no gate: give lambdaReady, inspector or both`,
      },
    ];
  }
  const lists = [
    { path: [...path, 'lambdaReady'], items: loose.lambdaReady, resolve: functionArnIn },
    {
      path: [...path, 'inspector', 'resources'],
      items: asLoose(loose.inspector).resources,
      resolve: inspectedResourceIn,
    },
  ];
  return lists.flatMap((list) =>
    (Array.isArray(list.items) ? list.items : []).flatMap((item, index) => {
      const itemPath = [...list.path, index];
      if (typeof item !== 'string') return [];
      try {
        list.resolve(item, formatPath(itemPath), home);
        return [];
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        return error.problems.map((text) => ({ line: source.lineOf(itemPath), text }));
      }
    }),
  );
}

function environmentStackName(
  pattern: string | undefined,
  values: { app: string; environment: string; region: string; accountId: string },
): string {
  return (pattern ?? DEFAULT_ENVIRONMENT_STACK_NAME).replace(
    /\{(app|environment|region|accountId)\}/g,
    (_, name: keyof typeof values) => values[name],
  );
}

// --- Building the result from a config known to be valid

function buildConfig(
  written: WrittenConfig,
  file: string,
  manifestDefaults: ManifestDefaults,
  source: SourceMap,
): PipelineConfig {
  const region = written.region ?? DEFAULT_REGION;
  const app = written.app ?? written.name;
  const environments = (written.environments ?? []).map((environment, index) =>
    buildEnvironment(environment, index, { app, region, manifestDefaults, source }),
  );
  return {
    file,
    name: written.name,
    region,
    app,
    template: written.template,
    stackName: written.stackName ?? '{app}-{tenant}-{region}',
    capabilities: written.capabilities ?? ['CAPABILITY_IAM'],
    rampartPath: written.rampartPath ?? '.rampart',
    artifactStores: written.artifactStores,
    source: buildSource(written.source),
    build: {
      image: written.build?.image ?? 'aws/codebuild/standard:7.0',
      computeType: written.build?.computeType ?? 'BUILD_GENERAL1_SMALL',
      commands: written.build?.commands ?? [],
      securityReview: written.build?.securityReview ?? true,
      secretScan: written.build?.secretScan ?? true,
    },
    environments,
    approval: written.approval && {
      ...written.approval,
      notify: written.approval.notify ?? [],
      comment: written.approval.comment ?? DEFAULT_APPROVAL_COMMENT,
    },
    production: {
      maxActionsPerStage: written.production?.maxActionsPerStage ?? 50,
      onFailure: (written.production?.onFailure ?? 'rollback').toUpperCase() as WaveFailureResult,
    },
    lineOf: source.lineOf,
  };
}

function buildSource(source: WrittenConfig['source']): PipelineSource {
  if (source.github) return { kind: 'github', branch: 'main', ...source.github };
  if (source.codecommit) return { kind: 'codecommit', branch: 'main', ...source.codecommit };
  return { kind: 's3', ...(source.s3 as { bucket: string; key: string }) };
}

function buildEnvironment(
  written: WrittenEnvironment,
  index: number,
  context: { app: string; region: string; manifestDefaults: ManifestDefaults; source: SourceMap },
): Environment {
  const region = written.region ?? context.region;
  const path = ['environments', index];
  const stackName = environmentStackName(written.stackName, {
    app: context.app,
    environment: written.name,
    region,
    accountId: written.accountId,
  });
  return {
    name: written.name,
    accountId: written.accountId,
    region,
    stackName,
    deployRoleName: written.deployRoleName ?? context.manifestDefaults.deployRoleName,
    cloudFormationRoleName: written.cloudFormationRoleName ?? context.manifestDefaults.cloudFormationRoleName,
    parameters: {
      ...context.manifestDefaults.parameters,
      ...parameterValues(written.parameters, [...path, 'parameters'], context.source),
    },
    tags: { ...context.manifestDefaults.tags, ...tagValues(written.tags, [...path, 'tags'], context.source) },
    integrationTests: written.integrationTests ?? [],
    loadTestScenario: written.loadTest?.scenario,
    gates: written.gates && buildGates(written.gates, { region, accountId: written.accountId }),
  };
}

/** Function names become ARNs in the environment's account and region, as the gates need them. */
function buildGates(written: WrittenGates, home: Required<AwsLocation>): PostDeployGates {
  const inspector = written.inspector;
  return {
    lambdaReady: (written.lambdaReady ?? []).map((text) => functionArnIn(text, 'lambdaReady', home)),
    inspector: inspector && {
      resources: inspector.resources.map((text) => inspectedResourceIn(text, 'inspector.resources', home)),
      severity: inspector.severity ?? 'CRITICAL',
      minScore: inspector.minScore,
    },
    roleName: written.roleName,
  };
}
