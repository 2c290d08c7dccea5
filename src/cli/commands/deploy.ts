import { closeAwsConnections } from '../../aws/client-factory';
import { deployTenants, renderTable, succeeded } from '../../deploy';
import { DEPLOY_DEFAULTS, type DeployInputs, resolveDeployOptions } from '../../deploy/inputs';
import { describeEvent } from '../../deploy/progress';
import { cancelOnTermination } from '../../runtime/cancellation';
import { writeJsonAtomically } from '../../runtime/files';
import { detectRunContext } from '../../runtime/run-context';
import type { CommandSpec, FlagValues } from '../args';
import { ExitCode } from '../exit-codes';

export const deployCommand: CommandSpec = {
  name: 'deploy',
  summary:
    "Deploy one CloudFormation template to every tenant account in the manifest, wave by wave, through each tenant's deploy role.",
  flags: [
    {
      name: 'manifest',
      type: 'string',
      value: 'FILE',
      required: true,
      description: 'Tenant manifest (tenants.yml).',
    },
    {
      name: 'template',
      type: 'string',
      value: 'FILE|URL',
      required: true,
      description: 'CloudFormation template file, or an S3 https URL.',
    },
    {
      name: 'stack-name',
      type: 'string',
      value: 'PATTERN',
      default: DEPLOY_DEFAULTS['stack-name'],
      description: 'Stack name; placeholders {app} {tenant} {region} {accountId} {wave}.',
    },
    {
      name: 'app',
      type: 'string',
      value: 'NAME',
      description: 'Application name for {app} (default: the template file name).',
    },
    {
      name: 'mode',
      type: 'string',
      value: 'deploy|plan',
      default: DEPLOY_DEFAULTS.mode,
      description: 'plan: create, describe and delete change sets; execute nothing.',
    },
    { name: 'tenants', type: 'string', value: 'ID,ID', description: 'Only these tenants.' },
    { name: 'waves', type: 'string', value: 'N,N', description: 'Only these waves.' },
    {
      name: 'concurrency',
      type: 'string',
      value: 'N',
      default: DEPLOY_DEFAULTS.concurrency,
      description: 'Stacks changed at once inside a wave.',
    },
    {
      name: 'failure-tolerance',
      type: 'string',
      value: 'N|N%',
      default: DEPLOY_DEFAULTS['failure-tolerance'],
      description: 'Failures a wave absorbs; one more stops all later waves.',
    },
    {
      name: 'rollback-failed-wave',
      type: 'boolean',
      description:
        'Put the stacks a failed wave already updated back to their previous template and parameters.',
    },
    {
      name: 'recreate-rollback-complete',
      type: 'boolean',
      description: 'Delete and create again stacks left in ROLLBACK_COMPLETE by a failed first creation.',
    },
    {
      name: 'capabilities',
      type: 'string',
      value: 'LIST',
      default: DEPLOY_DEFAULTS.capabilities,
      description: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND.',
    },
    { name: 'results', type: 'string', value: 'FILE', description: 'Write the results as JSON here.' },
    {
      name: 'timeout-minutes',
      type: 'string',
      value: 'N',
      default: DEPLOY_DEFAULTS['timeout-minutes'],
      description: 'Longest a single stack may take.',
    },
    {
      name: 'skip-session-tags',
      type: 'boolean',
      description:
        'Assume deploy roles without session tags (for trust policies that do not allow sts:TagSession).',
    },
  ],
  run: runDeploy,
};

async function runDeploy(values: FlagValues): Promise<number> {
  const options = await resolveDeployOptions(
    values as unknown as DeployInputs,
    detectRunContext(),
    (name) => `--${name}`,
  );
  const cancellation = cancelOnTermination((signal) =>
    process.stderr.write(
      `\n${signal} received: no new tenant starts; waiting for the running ones to finish\n`,
    ),
  );
  try {
    const results = await deployTenants({
      ...options,
      signal: cancellation.signal,
      onProgress: (event) => {
        const line = describeEvent(event);
        if (line) process.stderr.write(`${line}\n`);
      },
    });
    if (typeof values.results === 'string') await writeJsonAtomically(values.results, results);
    process.stdout.write(`${renderTable(results)}\n`);
    return succeeded(results) && !cancellation.signal.aborted ? ExitCode.Success : ExitCode.Failure;
  } finally {
    cancellation.dispose();
    closeAwsConnections();
  }
}
