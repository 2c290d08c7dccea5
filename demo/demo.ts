/**
 * `npm run demo`: a tooling account and three tenant accounts on a local moto server; the sample
 * template goes to every tenant in two waves through the real `rampart` CLI bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { assumedRoleCredentials } from '../src/aws/assume-role';
import { closeAwsConnections, createAwsClient } from '../src/aws/client-factory';
import { loadManifest } from '../src/manifest/load-manifest';
import { startMotoServer } from '../tools/moto-server';

const TOOLING_ACCOUNT = '123456789012';
const root = join(__dirname, '..');
const manifestFile = join(__dirname, 'tenants.yml');
const templateFile = join(__dirname, 'sample-app.yaml');

function step(title: string): void {
  process.stdout.write(`\n== ${title}\n`);
}

/** What an account vending process would do: the two roles of the source article in each tenant account. */
async function bootstrapTenant(accountId: string): Promise<void> {
  const iam = createAwsClient(IAMClient, {
    region: 'us-east-1',
    credentials: assumedRoleCredentials({
      roleArn: `arn:aws:iam::${accountId}:role/OrganizationAccountAccessRole`,
      region: 'us-east-1',
      sessionName: 'rampart-demo-bootstrap',
    }),
  });
  const trust = (principal: Record<string, string>) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: principal, Action: ['sts:AssumeRole', 'sts:TagSession'] }],
    });
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'CodePipelineCrossAccountRole',
      AssumeRolePolicyDocument: trust({ AWS: `arn:aws:iam::${TOOLING_ACCOUNT}:root` }),
    }),
  );
  await iam.send(
    new CreateRoleCommand({
      RoleName: 'CloudFormationDeploymentRole',
      AssumeRolePolicyDocument: trust({ Service: 'cloudformation.amazonaws.com' }),
    }),
  );
}

function rampart(args: string[], env: NodeJS.ProcessEnv): number {
  process.stdout.write(`$ rampart ${args.join(' ')}\n`);
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), ...args], {
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
    AWS_REGION: 'us-east-1',
  };
  Object.assign(process.env, env);
  try {
    const manifest = await loadManifest(manifestFile);
    step(`Bootstrapping ${manifest.tenants.length} tenant accounts from tooling account ${TOOLING_ACCOUNT}`);
    for (const tenant of manifest.tenants) {
      await bootstrapTenant(tenant.accountId);
      process.stdout.write(
        `  ${tenant.id}: ${tenant.accountId} has CodePipelineCrossAccountRole and CloudFormationDeploymentRole\n`,
      );
    }
    const results = join(mkdtempSync(join(tmpdir(), 'rampart-demo-')), 'results.json');
    const deployArgs = ['deploy', '--manifest', manifestFile, '--template', templateFile, '--app', 'sample'];
    step('Plan: what would change in each tenant account');
    if (rampart([...deployArgs, '--mode', 'plan'], env) !== 0) return 1;
    step('Deploy: wave 1, then wave 2');
    if (rampart([...deployArgs, '--results', results], env) !== 0) return 1;
    step('Deploy again: every tenant is already at the template');
    if (rampart(deployArgs, env) !== 0) return 1;
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
