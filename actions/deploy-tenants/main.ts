import { deployTenants, renderMarkdown, succeeded, summaryLine } from '../../src/deploy';
import { type DeployInputs, resolveDeployOptions } from '../../src/deploy/inputs';
import { describeEvent } from '../../src/deploy/progress';
import type { DeployResults } from '../../src/deploy/types';
import * as github from '../../src/github/actions-toolkit';
import { cancelOnTermination } from '../../src/runtime/cancellation';
import { writeJsonAtomically } from '../../src/runtime/files';
import { detectRunContext } from '../../src/runtime/run-context';
import { runActionMain } from '../../src/github/action-main';

function readInputs(): DeployInputs {
  return {
    manifest: github.requiredInput('manifest'),
    template: github.requiredInput('template'),
    'stack-name': github.stringInput('stack-name'),
    app: github.stringInput('app'),
    mode: github.stringInput('mode'),
    tenants: github.stringInput('tenants'),
    waves: github.stringInput('waves'),
    concurrency: github.stringInput('concurrency'),
    'failure-tolerance': github.stringInput('failure-tolerance'),
    'rollback-failed-wave': github.booleanInput('rollback-failed-wave'),
    'recreate-rollback-complete': github.booleanInput('recreate-rollback-complete'),
    capabilities: github.stringInput('capabilities'),
    'timeout-minutes': github.stringInput('timeout-minutes'),
    'skip-session-tags': github.booleanInput('skip-session-tags'),
  };
}

async function publish(results: DeployResults): Promise<void> {
  const failed = results.tenants.filter((tenant) => tenant.status === 'failed');
  for (const tenant of failed) {
    github.annotate(
      'error',
      `${tenant.stackName}: ${tenant.error ?? 'failed'}`,
      `Tenant ${tenant.id} (${tenant.region}) failed`,
    );
  }
  const resultsFile = github.stringInput('results');
  if (resultsFile) await writeJsonAtomically(resultsFile, results);
  github.setOutput('results', JSON.stringify(results));
  github.setOutput('failed-tenants', [...new Set(failed.map((tenant) => tenant.id))].join(','));
  github.setOutput('deployed-count', results.summary.deployed);
  await github.writeJobSummary(renderMarkdown(results));
  github.info(summaryLine(results));
}

async function run(): Promise<void> {
  const cancellation = cancelOnTermination((signal) =>
    github.warning(`${signal} received: no new tenant starts; waiting for the running ones to finish`),
  );
  try {
    const options = await resolveDeployOptions(readInputs(), detectRunContext(), (name) => `input "${name}"`);
    const results = await deployTenants({
      ...options,
      signal: cancellation.signal,
      onSecret: github.maskSecret,
      onProgress: (event) => {
        const line = describeEvent(event);
        if (line) github.info(line);
      },
    });
    await publish(results);
    if (!succeeded(results)) github.setFailed(summaryLine(results));
  } finally {
    cancellation.dispose();
  }
}

runActionMain(run);
