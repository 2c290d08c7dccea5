/**
 * The demo's secret-scanning step: a throwaway repository with a bare remote, a push that leaks an
 * IAM user's access key and a GitHub token, then `rampart secrets scan` and `rampart secrets
 * remediate` (SNS alert, key deactivation, branch reset) against the local AWS.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  IAMClient,
  ListAccessKeysCommand,
} from '@aws-sdk/client-iam';
import { CreateTopicCommand, SNSClient } from '@aws-sdk/client-sns';
import { createAwsClient } from '../src/aws/client-factory';

export type RunRampart = (args: string[], env: NodeJS.ProcessEnv, cwd: string) => number;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A made-up token in GitHub's format, made now: nothing secret-shaped is kept in the repository. */
function madeUpGitHubToken(): string {
  return `ghp_${[...randomBytes(36)].map((byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('')}`;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

function throwawayRepository(): { work: string; remote: string } {
  const root = mkdtempSync(join(tmpdir(), 'rampart-demo-secrets-'));
  const remote = join(root, 'origin.git');
  const work = join(root, 'payments');
  git(root, 'init', '--quiet', '--bare', remote);
  mkdirSync(work);
  git(work, 'init', '--quiet');
  git(work, 'remote', 'add', 'origin', remote);
  for (const [key, value] of Object.entries({
    'user.name': 'Dev One',
    'user.email': 'dev1@example.com',
    'commit.gpgsign': 'false',
  })) {
    git(work, 'config', key, value);
  }
  writeFileSync(join(work, 'README.md'), '# payments\n');
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'start');
  git(work, 'push', '--quiet', 'origin', 'HEAD:refs/heads/main');
  git(work, 'remote', 'set-head', 'origin', 'main');
  return { work, remote };
}

export async function secretsDemo(
  region: string,
  env: NodeJS.ProcessEnv,
  rampart: RunRampart,
): Promise<boolean> {
  const iam = createAwsClient(IAMClient, { region });
  await iam.send(new CreateUserCommand({ UserName: 'legacy-deployer' }));
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'legacy-deployer' }));
  const { TopicArn } = await createAwsClient(SNSClient, { region }).send(
    new CreateTopicCommand({ Name: 'secret-alerts' }),
  );
  const { work, remote } = throwawayRepository();
  const base = git(work, 'rev-parse', 'HEAD');
  git(work, 'checkout', '--quiet', '-b', 'feature/payments');
  mkdirSync(join(work, 'config'));
  writeFileSync(
    join(work, 'config', 'prod.env'),
    `AWS_ACCESS_KEY_ID=${AccessKey?.AccessKeyId}\nAWS_SECRET_ACCESS_KEY=${AccessKey?.SecretAccessKey}\nGITHUB_TOKEN=${madeUpGitHubToken()}\n`,
  );
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'prod settings');
  git(work, 'push', '--quiet', 'origin', 'feature/payments');
  const head = git(work, 'rev-parse', 'HEAD');
  process.stdout.write(`  a developer pushed ${head.slice(0, 12)} to feature/payments of ${remote}\n`);
  const range = ['--range', `${base}..${head}`];
  if (rampart(['secrets', 'scan', ...range], env, work) !== 0) return false;
  const remediation = [
    'secrets',
    'remediate',
    ...range,
    '--repository',
    'demo/payments',
    '--sns-topic-arn',
    TopicArn ?? '',
    '--deactivate-aws-keys',
    '--reset',
    '--allow-history-rewrite',
  ];
  // Exit code 1: secrets were found, whatever remediation did.
  if (rampart(remediation, env, work) !== 1) return false;
  const { AccessKeyMetadata } = await iam.send(new ListAccessKeysCommand({ UserName: 'legacy-deployer' }));
  const tip = git(work, 'ls-remote', 'origin', 'refs/heads/feature/payments').split('\t')[0] ?? '';
  process.stdout.write(
    `  legacy-deployer's access key is now ${AccessKeyMetadata?.[0]?.Status}; feature/payments on the remote is back at ${tip.slice(0, 12)} (${tip === base ? 'the commit before the push' : 'unexpected'})\n`,
  );
  return AccessKeyMetadata?.[0]?.Status === 'Inactive' && tip === base;
}
