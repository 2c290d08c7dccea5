import { InputError } from '../errors';
import { parseFunctionRef, parseInspectedResource } from '../gates/resources';
import type { CodeBuildProject } from './codebuild';
import {
  type Intrinsic,
  type PolicyStatement,
  policyDocument,
  type Resource,
  ref,
  roleArn,
  sub,
} from './cloudformation';
import { APPROVAL_TOPIC } from './stages';
import type { StackDeployment } from './template-configs';
import { artifactPrefixOf, type PipelineConfig, type PipelineSource, type PostDeployGates } from './types';

export const PIPELINE_ROLE = 'PipelineRole';

/** IAM's limit on the size of one managed policy, counted without white space. */
const MAX_MANAGED_POLICY_CHARACTERS = 6_144;
/** IAM's default limit on managed policies attached to one role. */
const MAX_MANAGED_POLICIES_PER_ROLE = 10;

/** The deploy role (and its account) of one stack the pipeline deploys. */
export interface DeployRole {
  accountId: string;
  deployRoleName: string;
}

function serviceRole(service: string, description: string, statements: PolicyStatement[]): Resource {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      Description: description,
      AssumeRolePolicyDocument: policyDocument([
        {
          Sid: 'TheServiceInThisAccountOnly',
          Effect: 'Allow',
          Principal: { Service: service },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
        },
      ]),
      Policies: [{ PolicyName: 'pipeline', PolicyDocument: policyDocument(statements) }],
    },
  };
}

function artifactStatements(config: PipelineConfig, regions: string[], write: boolean): PolicyStatement[] {
  const prefix = artifactPrefixOf(config.name);
  const stores = regions
    .map((region) => config.artifactStores[region])
    .filter((store) => store !== undefined);
  return [
    {
      Sid: write ? 'ReadWritePipelineArtifacts' : 'ReadPipelineArtifacts',
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:GetObjectVersion', ...(write ? ['s3:PutObject'] : [])],
      Resource: stores.map((store) => sub(`arn:\${AWS::Partition}:s3:::${store.bucket}/${prefix}/*`)),
    },
    {
      Sid: 'FindTheArtifactBuckets',
      Effect: 'Allow',
      Action: ['s3:GetBucketLocation', 's3:GetBucketVersioning'],
      Resource: stores.map((store) => sub(`arn:\${AWS::Partition}:s3:::${store.bucket}`)),
    },
    {
      Sid: 'UseTheArtifactKeysThroughS3',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
      Resource: stores.map((store) => store.keyArn),
      Condition: { StringLike: { 'kms:ViaService': 's3.*' } },
    },
  ];
}

function sourceStatements(source: PipelineSource, forCodeBuild: boolean): PolicyStatement[] {
  switch (source.kind) {
    case 'github': {
      // The connection ARN names its service: codeconnections, or codestar-connections for older ones.
      const service = source.connectionArn.split(':')[2];
      return [
        {
          Sid: 'UseTheGitHubConnection',
          Effect: 'Allow',
          Action: `${service}:UseConnection`,
          Resource: source.connectionArn,
        },
      ];
    }
    case 'codecommit': {
      const repository = sub(
        `arn:\${AWS::Partition}:codecommit:\${AWS::Region}:\${AWS::AccountId}:${source.repository}`,
      );
      const actions = forCodeBuild
        ? ['codecommit:GitPull']
        : [
            'codecommit:GetBranch',
            'codecommit:GetCommit',
            'codecommit:GetRepository',
            'codecommit:UploadArchive',
            'codecommit:GetUploadArchiveStatus',
            'codecommit:CancelUploadArchive',
          ];
      return [{ Sid: 'ReadTheCodeCommitRepository', Effect: 'Allow', Action: actions, Resource: repository }];
    }
    case 's3':
      return forCodeBuild
        ? []
        : [
            {
              Sid: 'ReadTheSourceObject',
              Effect: 'Allow',
              Action: ['s3:GetObject', 's3:GetObjectVersion'],
              Resource: sub(`arn:\${AWS::Partition}:s3:::${source.bucket}/${source.key}`),
            },
            {
              Sid: 'ReadTheSourceBucketVersioning',
              Effect: 'Allow',
              Action: 's3:GetBucketVersioning',
              Resource: sub(`arn:\${AWS::Partition}:s3:::${source.bucket}`),
            },
          ];
  }
}

const projectArn = (project: CodeBuildProject): Intrinsic =>
  sub(`arn:\${AWS::Partition}:codebuild:\${AWS::Region}:\${AWS::AccountId}:project/${project.name}`);

/** The pipeline's own role: artifacts, source, builds and approval; the tenant roles come separately. */
export function pipelineRole(
  config: PipelineConfig,
  regions: string[],
  projects: CodeBuildProject[],
): Resource {
  return serviceRole('codepipeline.amazonaws.com', `Runs the ${config.name} pipeline.`, [
    ...artifactStatements(config, regions, true),
    ...sourceStatements(config.source, false),
    {
      Sid: 'RunTheBuildProjects',
      Effect: 'Allow',
      Action: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'],
      Resource: projects.map(projectArn),
    },
    ...(config.approval
      ? [
          {
            Sid: 'AnnounceApprovalRequests',
            Effect: 'Allow' as const,
            Action: 'sns:Publish',
            Resource: config.approval.topicArn ?? ref(APPROVAL_TOPIC),
          },
        ]
      : []),
  ]);
}

/** The role of every CodeBuild project: its own logs, the artifacts, and a clone of the source. */
export function codeBuildRole(config: PipelineConfig, projects: CodeBuildProject[]): Resource {
  const logGroups = projects.flatMap((project) => {
    const group = `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/codebuild/${project.name}`;
    return [sub(group), sub(`${group}:*`)];
  });
  return serviceRole(
    'codebuild.amazonaws.com',
    `Runs the CodeBuild projects of the ${config.name} pipeline.`,
    [
      {
        Sid: 'WriteBuildLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: logGroups,
      },
      {
        // A buildspec's `reports:` section makes the report group <project>-<report name> on first use.
        Sid: 'WriteTestReports',
        Effect: 'Allow',
        Action: [
          'codebuild:CreateReportGroup',
          'codebuild:CreateReport',
          'codebuild:UpdateReport',
          'codebuild:BatchPutTestCases',
        ],
        Resource: projects.map((project) =>
          sub(
            `arn:\${AWS::Partition}:codebuild:\${AWS::Region}:\${AWS::AccountId}:report-group/${project.name}-*`,
          ),
        ),
      },
      ...artifactStatements(config, [config.region], true),
      ...sourceStatements(config.source, true),
      ...gateStatements(config),
    ],
  );
}

/**
 * What the post-deploy gates call. Environments whose gates assume a role need only AssumeRole on it,
 * in each account their resources are in; the others call Lambda and Inspector as this role.
 */
function gateStatements(config: PipelineConfig): PolicyStatement[] {
  const gates = config.environments.flatMap((environment) => (environment.gates ? [environment.gates] : []));
  const direct = gates.filter((gate) => !gate.roleName);
  const functions = direct.flatMap((gate) => gate.lambdaReady);
  const roles = [...new Set(gates.flatMap(gateRoleKeys))].sort().map((key) => {
    const [accountId = '', roleName = ''] = key.split('/');
    return roleArn(accountId, roleName);
  });
  const statements: PolicyStatement[] = [];
  if (functions.length > 0) {
    statements.push({
      Sid: 'ReadTheGatedFunctionStates',
      Effect: 'Allow',
      Action: 'lambda:GetFunctionConfiguration',
      Resource: [...new Set(functions)],
    });
  }
  if (direct.some((gate) => gate.inspector)) {
    statements.push({
      // ListFindings has no resource-level permissions: IAM accepts only "*" for it. It reads findings only.
      Sid: 'ListInspectorFindings',
      Effect: 'Allow',
      Action: 'inspector2:ListFindings',
      Resource: '*',
    });
  }
  if (roles.length > 0) {
    statements.push({
      Sid: 'AssumeTheGateRoles',
      Effect: 'Allow',
      Action: 'sts:AssumeRole',
      Resource: roles,
    });
  }
  return statements;
}

/** `account/role` of the gate's role in every account its resources are in. */
function gateRoleKeys(gate: PostDeployGates): string[] {
  if (!gate.roleName) return [];
  const locations = [
    ...gate.lambdaReady.map((arn) => parseFunctionRef(arn, 'lambdaReady')),
    ...(gate.inspector?.resources ?? []).map((resource) => parseInspectedResource(resource, 'inspector')),
  ];
  return locations.map((location) => `${location.accountId}/${gate.roleName}`);
}

export function deployRoles(stacks: StackDeployment[]): DeployRole[] {
  const unique = new Map(stacks.map((stack) => [`${stack.accountId}/${stack.deployRoleName}`, stack]));
  return [...unique.values()]
    .map(({ accountId, deployRoleName }) => ({ accountId, deployRoleName }))
    .sort((a, b) => `${a.accountId}/${a.deployRoleName}`.localeCompare(`${b.accountId}/${b.deployRoleName}`));
}

/**
 * Managed policies that let the pipeline role assume exactly the given deploy roles and no other:
 * generated from the manifest, never kept by hand. Split so that each stays under IAM's size limit.
 */
export function assumeDeployRolePolicies(
  roles: DeployRole[],
  pipelineName: string,
): Record<string, Resource> {
  const chunks = chunkBySize(roles, MAX_MANAGED_POLICY_CHARACTERS - 300);
  if (chunks.length > MAX_MANAGED_POLICIES_PER_ROLE) {
    throw new InputError([
      `${roles.length} deploy roles need ${chunks.length} IAM policies, more than the ${MAX_MANAGED_POLICIES_PER_ROLE} a role may have: split the tenants over several pipelines`,
    ]);
  }
  return Object.fromEntries(
    chunks.map((chunk, index) => [
      `AssumeDeployRolesPolicy${index + 1}`,
      {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Description: `${pipelineName}: assume the deploy roles of the tenants and environments (${index + 1} of ${chunks.length}).`,
          Roles: [ref(PIPELINE_ROLE)],
          PolicyDocument: policyDocument([
            {
              Sid: 'AssumeTheDeployRoles',
              Effect: 'Allow',
              Action: 'sts:AssumeRole',
              Resource: chunk.map((role) => roleArn(role.accountId, role.deployRoleName)),
            },
          ]),
        },
      },
    ]),
  );
}

/** The ARN as IAM stores it, in the longest partition name, quoted and comma-separated. */
function arnCharacters(role: DeployRole): number {
  return `"arn:aws-us-gov:iam::${role.accountId}:role/${role.deployRoleName}",`.length;
}

function chunkBySize(roles: DeployRole[], maxCharacters: number): DeployRole[][] {
  const chunks: DeployRole[][] = [];
  let size = maxCharacters;
  for (const role of roles) {
    if (size + arnCharacters(role) > maxCharacters) {
      chunks.push([]);
      size = 0;
    }
    chunks.at(-1)?.push(role);
    size += arnCharacters(role);
  }
  return chunks;
}
