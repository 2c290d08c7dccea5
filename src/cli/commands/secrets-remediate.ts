import { closeAwsConnections } from '../../aws/client-factory';
import { InputError } from '../../errors';
import {
  type RemediationInputs,
  resolvePushContext,
  resolveRemediationOptions,
} from '../../secrets/remediate/inputs';
import { type RemediationOptions, remediate, remediationSteps } from '../../secrets/remediate/remediate';
import type { PushContext } from '../../secrets/remediate/types';
import { summaryLine } from '../../secrets/report';
import type { ScanResult } from '../../secrets/scan';
import { type CommandSpec, type FlagValues, stringFlag } from '../args';
import { ExitCode } from '../exit-codes';
import { SCAN_FLAGS, scanFromFlags } from './secrets';

export const secretsRemediateCommand: CommandSpec = {
  name: 'secrets remediate',
  summary:
    'Scan a push (--range) and act on what it finds: each step only if asked for, each reported whatever became of the others. Exits 1 when a secret was found or a step failed.',
  flags: [
    ...SCAN_FLAGS,
    {
      name: 'repository',
      type: 'string',
      value: 'OWNER/REPO',
      description: 'The repository (default: GITHUB_REPOSITORY; a CodeCommit name with --lock codecommit).',
    },
    {
      name: 'branch',
      type: 'string',
      value: 'NAME',
      description: 'The pushed branch (default: GITHUB_REF_NAME, or the checked-out branch).',
    },
    { name: 'pusher', type: 'string', value: 'NAME', description: 'Who pushed (default: GITHUB_ACTOR).' },
    {
      name: 'default-branch',
      type: 'string',
      value: 'NAME',
      description: "The repository's default branch (default: origin's HEAD).",
    },
    {
      name: 'notify-issues',
      type: 'boolean',
      description: 'Open or update one GitHub issue per secret (token in GITHUB_TOKEN).',
    },
    {
      name: 'sns-topic-arn',
      type: 'string',
      value: 'ARN',
      description: 'Publish the masked details to this SNS topic.',
    },
    {
      name: 'slack-webhook-env',
      type: 'string',
      value: 'VAR',
      description: 'Post to the Slack webhook whose URL is in this environment variable.',
    },
    {
      name: 'deactivate-aws-keys',
      type: 'boolean',
      description: "Set found access keys of this account's IAM users inactive.",
    },
    {
      name: 'lock',
      type: 'string',
      value: 'github|codecommit',
      description: 'Protect the branch (GitHub) or tag the repository RepoState=locked (CodeCommit).',
    },
    {
      name: 'reset',
      type: 'boolean',
      description: 'Force-push the branch back to BASE (needs --allow-history-rewrite).',
    },
    { name: 'allow-history-rewrite', type: 'boolean', description: 'Allow --reset to rewrite the branch.' },
    {
      name: 'allow-default-branch',
      type: 'boolean',
      description: 'Allow --reset on the default branch too.',
    },
    {
      name: 'remediation-identity',
      type: 'string',
      value: 'NAME',
      description: 'Pushes by this identity are never reset (the loop guard).',
    },
    {
      name: 'region',
      type: 'string',
      value: 'REGION',
      description: 'AWS region for IAM and CodeCommit (default: AWS_REGION, else us-east-1).',
    },
  ],
  async run(values, positionals) {
    try {
      const { result } = await scanFromFlags(values, positionals);
      process.stdout.write(`${summaryLine(result)}\n`);
      const push = await pushContext(values, result);
      const results = await remediate(
        { push, findings: result.findings, accessKeyIds: result.accessKeyIds },
        remediationSteps(remediationOptions(values)),
      );
      for (const step of results) process.stdout.write(`${step.step}: ${step.status}: ${step.detail}\n`);
      return result.findings.length > 0 || results.some((step) => step.status === 'failed')
        ? ExitCode.Failure
        : ExitCode.Success;
    } finally {
      closeAwsConnections();
    }
  },
};

function pushContext(values: FlagValues, result: ScanResult): Promise<PushContext> {
  const env = process.env;
  const range = result.target.kind === 'range' ? result.target : undefined;
  const repository = stringFlag(values.repository) ?? env.GITHUB_REPOSITORY;
  return resolvePushContext(
    {
      repository,
      branch: stringFlag(values.branch) ?? env.GITHUB_REF_NAME,
      base: range?.base,
      head: range?.head,
      pusher: stringFlag(values.pusher) ?? env.GITHUB_ACTOR,
      defaultBranch: stringFlag(values['default-branch']),
      runUrl: env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    },
    process.cwd(),
  );
}

const REMEDIATION_FLAGS: Record<keyof RemediationInputs, string> = {
  notifyIssues: '--notify-issues',
  githubToken: 'GITHUB_TOKEN',
  githubApiUrl: 'GITHUB_API_URL',
  snsTopicArn: '--sns-topic-arn',
  slackWebhookUrl: '--slack-webhook-env',
  deactivateAwsKeys: '--deactivate-aws-keys',
  region: '--region',
  lock: '--lock',
  reset: '--reset',
  allowHistoryRewrite: '--allow-history-rewrite',
  allowDefaultBranch: '--allow-default-branch',
  remediationIdentity: '--remediation-identity',
  root: 'the current directory',
};

function remediationOptions(values: FlagValues): RemediationOptions {
  const env = process.env;
  const slackVariable = stringFlag(values['slack-webhook-env']);
  if (slackVariable && !env[slackVariable]) {
    throw new InputError([`--slack-webhook-env ${slackVariable}: that environment variable is empty`]);
  }
  return resolveRemediationOptions(
    {
      notifyIssues: values['notify-issues'] === true,
      githubToken: env.GITHUB_TOKEN,
      githubApiUrl: env.GITHUB_API_URL,
      snsTopicArn: stringFlag(values['sns-topic-arn']),
      slackWebhookUrl: slackVariable ? env[slackVariable] : undefined,
      deactivateAwsKeys: values['deactivate-aws-keys'] === true,
      region: stringFlag(values.region) ?? env.AWS_REGION ?? 'us-east-1',
      lock: stringFlag(values.lock),
      reset: values.reset === true,
      allowHistoryRewrite: values['allow-history-rewrite'] === true,
      allowDefaultBranch: values['allow-default-branch'] === true,
      remediationIdentity: stringFlag(values['remediation-identity']),
      root: process.cwd(),
    },
    (input) => REMEDIATION_FLAGS[input],
  );
}
