/**
 * `npm run demo`: a tooling account and three tenant accounts on a local moto server, bootstrapped
 * with templates/*.yaml through CloudFormation; the sample template goes to every tenant in two waves
 * through the real `rampart` CLI bundle; then the generated pipeline, the security review, secret
 * scanning, the load-test gate and the dependency feedback loop.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { parse, stringify } from 'yaml';
import { assumedRoleCredentials } from '../src/aws/assume-role';
import { closeAwsConnections, createAwsClient } from '../src/aws/client-factory';
import { loadManifest } from '../src/manifest/load-manifest';
import type { Manifest, Tenant } from '../src/manifest/types';
import { createBootstrapStack } from '../tools/bootstrap-stack';
import { startMotoServer } from '../tools/moto-server';
import { dependencyLoopDemo } from './deps-demo';
import { loadTestDemo } from './load-test-demo';
import { reviewDemo } from './review-demo';
import { secretsDemo } from './secrets-demo';

const TOOLING_ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const root = join(__dirname, '..');
const manifestFile = join(__dirname, 'tenants.yml');
const templateFile = join(__dirname, 'sample-app.yaml');
const bootstrapTemplates = join(root, 'templates');
const DEMO_POLLING = { initialDelayMs: 50, maxDelayMs: 500, backoffFactor: 2 };
/** demo/pipeline.yml's name: the artifact prefix the bootstrap templates grant. */
const PIPELINE_NAME = 'sample-release';

type ArtifactStores = Record<string, { bucket: string; keyArn: string }>;

function step(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

/**
 * What an account vending process would do: templates/tooling-account.yaml in the tooling account,
 * then templates/tenant-bootstrap.yaml in every tenant account (through the role AWS Organizations
 * creates in new accounts), all through CloudFormation.
 */
async function bootstrapAccounts(manifest: Manifest): Promise<ArtifactStores> {
  const accounts = [...new Set(manifest.tenants.map((tenant) => tenant.accountId))];
  // An artifact store in every region the tenants use: CodePipeline needs one per region.
  const regions = [...new Set(manifest.tenants.flatMap((tenant) => tenant.regions))];
  const stores: ArtifactStores = {};
  for (const region of regions) {
    const tooling = await createBootstrapStack(createAwsClient(CloudFormationClient, { region }), {
      stackName: 'rampart-tooling',
      templateFile: join(bootstrapTemplates, 'tooling-account.yaml'),
      parameters: { TenantAccountIds: accounts, ArtifactPrefix: PIPELINE_NAME },
      polling: DEMO_POLLING,
    });
    stores[region] = { bucket: tooling.ArtifactBucketName ?? '', keyArn: tooling.ArtifactKeyArn ?? '' };
    process.stdout.write(
      `  tooling ${TOOLING_ACCOUNT} ${region}: stack rampart-tooling, artifact bucket ${tooling.ArtifactBucketName}\n`,
    );
  }
  // One bootstrap stack per account, even where two tenants share an account (in other regions).
  const firstTenantPerAccount = accounts.map(
    (accountId) => manifest.tenants.find((tenant) => tenant.accountId === accountId) as Tenant,
  );
  for (const tenant of firstTenantPerAccount) {
    const cfn = createAwsClient(CloudFormationClient, {
      region: REGION,
      credentials: assumedRoleCredentials({
        roleArn: `arn:aws:iam::${tenant.accountId}:role/OrganizationAccountAccessRole`,
        region: REGION,
        sessionName: 'rampart-demo-bootstrap',
      }),
    });
    const roles = await createBootstrapStack(cfn, {
      stackName: 'rampart-tenant-bootstrap',
      templateFile: join(bootstrapTemplates, 'tenant-bootstrap.yaml'),
      parameters: {
        ToolingAccountId: TOOLING_ACCOUNT,
        ExternalId: tenant.externalId ?? '',
        StackNamePrefix: 'sample',
        // demo/sample-app.yaml makes an SSM parameter and an SNS topic.
        AllowedServicePrefixes: ['ssm', 'sns'],
        ArtifactPrefix: PIPELINE_NAME,
        CodePipelineRoleName: tenant.deployRoleName,
        CloudFormationRoleName: tenant.cloudFormationRoleName,
      },
      polling: DEMO_POLLING,
    });
    process.stdout.write(
      `  ${tenant.id} ${tenant.accountId}: stack rampart-tenant-bootstrap, ${roles.CodePipelineCrossAccountRoleArn} and ${roles.CloudFormationDeploymentRoleArn}\n`,
    );
  }
  return stores;
}

/**
 * The CodePipeline path: demo/pipeline.yml with the artifact stores just made, through
 * `rampart pipeline synth`, and the generated stack created in the tooling account.
 */
async function createPipelineStack(stores: ArtifactStores, env: NodeJS.ProcessEnv): Promise<boolean> {
  const workDirectory = join(root, '.rampart-demo');
  mkdirSync(workDirectory, { recursive: true });
  const config = parse(readFileSync(join(__dirname, 'pipeline.yml'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(workDirectory, 'pipeline.yml'), stringify({ ...config, artifactStores: stores }));
  const templateFile = join(workDirectory, 'pipeline.template.json');
  const synth = [
    'pipeline',
    'synth',
    '--manifest',
    'demo/tenants.yml',
    '--config',
    '.rampart-demo/pipeline.yml',
  ];
  if (rampart([...synth, '--out', '.rampart-demo/pipeline.template.json'], env) !== 0) return false;
  const outputs = await createBootstrapStack(createAwsClient(CloudFormationClient, { region: REGION }), {
    stackName: `${PIPELINE_NAME}-pipeline`,
    templateFile,
    polling: DEMO_POLLING,
  });
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as {
    Resources: { Pipeline: { Properties: { Stages: { Name: string; Actions: unknown[] }[] } } };
  };
  process.stdout.write(`  stack ${PIPELINE_NAME}-pipeline: pipeline role ${outputs.PipelineRoleArn}\n`);
  for (const stage of template.Resources.Pipeline.Properties.Stages) {
    process.stdout.write(`  stage ${stage.Name}: ${stage.Actions.length} action(s)\n`);
  }
  return true;
}

function rampart(args: string[], env: NodeJS.ProcessEnv, cwd = root): number {
  process.stdout.write(`$ rampart ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], {
    cwd,
    env,
    stdio: 'inherit',
  });
  return run.status ?? 1;
}

async function main(): Promise<number> {
  // The demo runs on whatever Node.js is installed; the SDK's notice about Node 20 is not news here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  step('Starting a local AWS (moto)');
  const moto = await startMotoServer();
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'demo',
    AWS_SECRET_ACCESS_KEY: 'demo',
    AWS_REGION: REGION,
  };
  Object.assign(process.env, env);
  try {
    const manifest = await loadManifest(manifestFile);
    step(
      `Bootstrapping tooling account ${TOOLING_ACCOUNT} and ${manifest.tenants.length} tenant accounts with templates/ (CloudFormation)`,
    );
    const stores = await bootstrapAccounts(manifest);
    const results = join(mkdtempSync(join(tmpdir(), 'rampart-demo-')), 'results.json');
    const deployArgs = ['deploy', '--manifest', manifestFile, '--template', templateFile, '--app', 'sample'];
    step('Plan: what would change in each tenant account');
    if (rampart([...deployArgs, '--mode', 'plan'], env) !== 0) return 1;
    step('Deploy: wave 1, then wave 2');
    if (rampart([...deployArgs, '--results', results], env) !== 0) return 1;
    step('Deploy again: every tenant is already at the template');
    if (rampart(deployArgs, env) !== 0) return 1;
    step('The same release as an AWS CodePipeline, generated from the same manifest');
    if (!(await createPipelineStack(stores, env))) return 1;
    step('Security review: a sample service with one planted SQL injection, then fixed');
    if (!reviewDemo(env, rampart)) return 1;
    step('Secret scanning: a push leaks an access key and a token; detection and remediation');
    if (!(await secretsDemo(REGION, env, rampart))) return 1;
    step('Load-test gate: the release against a local sample API, then a slow regression');
    if (!(await loadTestDemo(env, rampart))) return 1;
    step(
      'Dependency feedback loop: a library release, consumer pull requests, a failing build, the producer told',
    );
    if (!(await dependencyLoopDemo(rampart, env))) return 1;
    process.stdout.write(`\nResults file: ${results}\n`);
    return 0;
  } finally {
    closeAwsConnections();
    await moto.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    process.stderr.write(`demo failed: ${error.message}\n`);
    process.exitCode = 1;
  },
);
