import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeAwsConnections } from '../src/aws/client-factory';
import type { DeployResults } from '../src/deploy/types';
import { TEMPLATE_V1, type TenantSpec, tempDir, writeManifest } from './support/deploy-fixtures';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy';
import { useLocalAws } from './support/local-aws';

const CLI = join(__dirname, '..', 'dist', 'cli', 'index.js');
const aws = useLocalAws();

describe('rampart deploy cancelled by SIGTERM in the middle of a wave', () => {
  let slowAws: FaultProxy;
  beforeAll(async () => {
    slowAws = await startFaultProxy(aws.endpoint(), {
      throttle: 0,
      serverError: 0,
      dropConnection: 0,
      latencyMs: 40,
    });
  });
  afterAll(async () => {
    closeAwsConnections();
    await slowAws.close();
  });

  test('starts no new tenant, lets running ones finish, writes a complete results file, exits 1', async () => {
    const tenants: TenantSpec[] = Array.from({ length: 6 }, (_, index) => ({
      id: `c${index}`,
      accountId: String(510_000_000_000 + index),
      wave: index < 4 ? 1 : 2,
    }));
    const resultsFile = join(tempDir(), 'results.json');
    const child = spawn(
      process.execPath,
      [
        CLI,
        'deploy',
        '--manifest',
        writeManifest(tenants),
        '--template',
        TEMPLATE_V1,
        '--app',
        'app',
        '--concurrency',
        '2',
        '--results',
        resultsFile,
      ],
      { env: { ...process.env, AWS_ENDPOINT_URL: slowAws.endpoint } },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (/ deployed \(/.test(stderr) && !child.killed) child.kill('SIGTERM');
    });
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect(exitCode).toBe(1);
    expect(stderr).toContain('SIGTERM received: no new tenant starts');
    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as DeployResults;
    expect(results.tenants.map((tenant) => tenant.id).sort()).toEqual(tenants.map((tenant) => tenant.id));
    const statuses = results.tenants.map((tenant) => tenant.status);
    expect(statuses.every((status) => status === 'deployed' || status === 'skipped')).toBe(true);
    expect(statuses.filter((status) => status === 'deployed').length).toBeGreaterThanOrEqual(1);
    expect(results.tenants.filter((tenant) => tenant.wave === 2).map((tenant) => tenant.status)).toEqual([
      'skipped',
      'skipped',
    ]);
    for (const tenant of results.tenants.filter((result) => result.status === 'skipped')) {
      expect(tenant.error).toBe('cancelled before it started');
    }
    expect(results.summary.deployed + results.summary.skipped).toBe(tenants.length);
  });
});
