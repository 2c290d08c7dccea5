import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deployTenants } from '../../src/deploy';
import { type DeployInputs, resolveDeployOptions } from '../../src/deploy/inputs';
import type { DeployEvent, DeployOptions, DeployResults } from '../../src/deploy/types';

export const FIXTURES = join(__dirname, '..', 'fixtures', 'deploy');
export const TEMPLATE_V1 = join(FIXTURES, 'app-v1.yaml');
export const TEMPLATE_V2 = join(FIXTURES, 'app-v2.yaml');
export const FAST_POLLING = { initialDelayMs: 20, maxDelayMs: 100, backoffFactor: 2 };
export const RUN_CONTEXT = { repository: 'acme/app', commit: 'abc123', runId: 'test-1', actor: 'tester' };

export interface TenantSpec {
  id: string;
  accountId: string;
  wave: number;
  regions?: string[];
  enabled?: boolean;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rampart-test-'));
}

/** Writes a manifest whose tenants each get ApplicationName app-<id>. */
export function writeManifest(tenants: TenantSpec[], dir = tempDir()): string {
  const lines = [
    'defaults:',
    '  region: us-east-1',
    '  parameters: { LogLevel: INFO }',
    '  tags: { product: sample }',
    'tenants:',
    ...tenants.flatMap((tenant) => [
      `  - id: ${tenant.id}`,
      `    accountId: "${tenant.accountId}"`,
      `    wave: ${tenant.wave}`,
      ...(tenant.regions ? [`    regions: [${tenant.regions.join(', ')}]`] : []),
      ...(tenant.enabled === false ? ['    enabled: false'] : []),
      `    parameters: { ApplicationName: app-${tenant.id} }`,
    ]),
  ];
  const file = join(dir, 'tenants.yml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

export interface DeployRun {
  results: DeployResults;
  events: DeployEvent[];
}

/** Runs the deploy core the way the CLI does, with fast polling, and records its progress events. */
export async function deploy(
  inputs: DeployInputs,
  extra: Partial<Pick<DeployOptions, 'signal' | 'onSecret'>> = {},
): Promise<DeployRun> {
  const options = await resolveDeployOptions({ app: 'app', ...inputs }, RUN_CONTEXT, (name) => `--${name}`);
  const events: DeployEvent[] = [];
  const results = await deployTenants({
    ...options,
    ...extra,
    polling: FAST_POLLING,
    onProgress: (event) => events.push(event),
  });
  return { results, events };
}

export function statusById(results: DeployResults): Record<string, string> {
  return Object.fromEntries(
    results.tenants.map((tenant) => [`${tenant.id}/${tenant.region}`, tenant.status]),
  );
}
