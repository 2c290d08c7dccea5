import { InputError } from '../src/errors';
import {
  deploy,
  statusById,
  TEMPLATE_V1,
  TEMPLATE_V2,
  type TenantSpec,
  tempDir,
  writeManifest,
} from './support/deploy-fixtures';
import {
  deleteParameterIn,
  putParameterIn,
  stackNamesIn,
  TOOLING_ACCOUNT,
  templateOf,
  useLocalAws,
} from './support/local-aws';

useLocalAws();

/** Each test uses its own accounts, so moto's state from one test cannot leak into another. */
let nextAccount = 100_000_000_000;
function tenants(...waves: number[]): TenantSpec[] {
  return waves.map((wave, index) => ({ id: `t${index + 1}`, accountId: String(nextAccount++), wave }));
}

describe('deploy against moto', () => {
  test('deploys each tenant into its own account, wave by wave', async () => {
    const spec = tenants(1, 1, 2);
    const manifest = writeManifest(spec);
    const { results, events } = await deploy({ manifest, template: TEMPLATE_V1 });

    expect(statusById(results)).toEqual({
      't1/us-east-1': 'deployed',
      't2/us-east-1': 'deployed',
      't3/us-east-1': 'deployed',
    });
    expect(results.summary).toMatchObject({ deployed: 3, failed: 0, skipped: 0 });
    for (const tenant of spec) {
      expect(await stackNamesIn(tenant.accountId)).toEqual([`app-${tenant.id}-us-east-1`]);
    }
    expect(await stackNamesIn(TOOLING_ACCOUNT)).toEqual([]);
    for (const tenant of results.tenants) {
      expect(tenant.stackId).toContain(`:${tenant.accountId}:stack/${tenant.stackName}/`);
    }
    const finishedWaves = events.flatMap((event) =>
      event.type === 'tenant-finished' ? [event.result.wave] : [],
    );
    expect(finishedWaves).toEqual([1, 1, 2]);
  });

  test('deploys a tenant to every region it lists', async () => {
    const [tenant] = tenants(1) as [TenantSpec];
    const manifest = writeManifest([{ ...tenant, regions: ['us-east-1', 'eu-west-1'] }]);
    const { results } = await deploy({ manifest, template: TEMPLATE_V1 });

    expect(statusById(results)).toEqual({ 't1/us-east-1': 'deployed', 't1/eu-west-1': 'deployed' });
    expect(await stackNamesIn(tenant.accountId, 'eu-west-1')).toEqual(['app-t1-eu-west-1']);
    expect(await stackNamesIn(tenant.accountId, 'us-east-1')).toEqual(['app-t1-us-east-1']);
  });

  test('reports unchanged when a tenant is already at the template, and deployed after an update', async () => {
    const spec = tenants(1, 2);
    const manifest = writeManifest(spec);
    await deploy({ manifest, template: TEMPLATE_V1 });

    const again = await deploy({ manifest, template: TEMPLATE_V1 });
    expect(again.results.summary).toMatchObject({ unchanged: 2, deployed: 0 });

    const updated = await deploy({ manifest, template: TEMPLATE_V2 });
    expect(updated.results.summary).toMatchObject({ deployed: 2 });
    expect(await templateOf(spec[0]?.accountId ?? '', 'app-t1-us-east-1')).toContain('FeatureFlag');
  });

  test('plan mode reports the changes and leaves every account as it was', async () => {
    const spec = tenants(1, 1);
    const [existing, fresh] = spec as [TenantSpec, TenantSpec];
    await deploy({ manifest: writeManifest([existing]), template: TEMPLATE_V1 });

    const { results } = await deploy({ manifest: writeManifest(spec), template: TEMPLATE_V2, mode: 'plan' });

    expect(statusById(results)).toEqual({ 't1/us-east-1': 'planned', 't2/us-east-1': 'planned' });
    const freshPlan = results.tenants.find((tenant) => tenant.id === 't2');
    expect(freshPlan?.changes.map((change) => [change.action, change.logicalId]).sort()).toEqual([
      ['Add', 'Config'],
      ['Add', 'FeatureFlag'],
    ]);
    expect(await templateOf(existing.accountId, 'app-t1-us-east-1')).not.toContain('FeatureFlag');
    expect(await stackNamesIn(fresh.accountId)).toEqual([]);
  });

  test('a wave with more failures than tolerated stops every later wave', async () => {
    const spec = tenants(1, 1, 2);
    const [, failing, later] = spec as [TenantSpec, TenantSpec, TenantSpec];
    await putParameterIn(failing.accountId, '/app-t2/config');
    const manifest = writeManifest(spec);

    const { results } = await deploy({ manifest, template: TEMPLATE_V1 });

    expect(statusById(results)).toEqual({
      't1/us-east-1': 'deployed',
      't2/us-east-1': 'failed',
      't3/us-east-1': 'skipped',
    });
    expect(results.tenants[1]?.error).toMatch(/already exists/i);
    expect(results.tenants[2]?.error).toMatch(
      /wave 1 exceeded its failure tolerance \(1 failed, 0 tolerated\)/,
    );
    expect(await stackNamesIn(later.accountId)).toEqual([]);

    const tolerant = await deploy({ manifest, template: TEMPLATE_V1, 'failure-tolerance': '50%' });
    expect(statusById(tolerant.results)).toEqual({
      't1/us-east-1': 'unchanged',
      't2/us-east-1': 'failed',
      't3/us-east-1': 'deployed',
    });
  });

  test('resuming after a partial failure converges: done tenants stay unchanged', async () => {
    const spec = tenants(1, 1, 2);
    const [, failing] = spec as [TenantSpec, TenantSpec, TenantSpec];
    const manifest = writeManifest(spec);
    await deploy({ manifest, template: TEMPLATE_V1 });
    await putParameterIn(failing.accountId, '/app-t2/feature-flag');

    const first = await deploy({ manifest, template: TEMPLATE_V2, concurrency: '1' });
    expect(statusById(first.results)).toEqual({
      't1/us-east-1': 'deployed',
      't2/us-east-1': 'failed',
      't3/us-east-1': 'skipped',
    });

    await deleteParameterIn(failing.accountId, '/app-t2/feature-flag');
    const resumed = await deploy({ manifest, template: TEMPLATE_V2 });
    expect(statusById(resumed.results)).toEqual({
      't1/us-east-1': 'unchanged',
      't2/us-east-1': 'deployed',
      't3/us-east-1': 'deployed',
    });
    const again = await deploy({ manifest, template: TEMPLATE_V2 });
    expect(again.results.summary).toMatchObject({ unchanged: 3, deployed: 0 });
  });

  test('--rollback-failed-wave puts the wave back to the previous template and parameters', async () => {
    const spec = tenants(1, 1, 1, 2);
    const [updated, failing, , later] = spec as [TenantSpec, TenantSpec, TenantSpec, TenantSpec];
    const manifest = writeManifest(spec);
    await deploy({ manifest, template: TEMPLATE_V1 });
    await putParameterIn(failing.accountId, '/app-t2/feature-flag');

    const { results, events } = await deploy({
      manifest,
      template: TEMPLATE_V2,
      concurrency: '1',
      'rollback-failed-wave': true,
    });

    expect(statusById(results)).toEqual({
      't1/us-east-1': 'rolled-back',
      't2/us-east-1': 'failed',
      't3/us-east-1': 'skipped',
      't4/us-east-1': 'skipped',
    });
    expect(results.summary).toMatchObject({ rolledBack: 1, failed: 1, skipped: 2 });
    expect(events).toContainEqual({ type: 'rollback-started', wave: 1, tenants: 1 });
    const restored = await templateOf(updated.accountId, 'app-t1-us-east-1');
    expect(restored).toContain('version 1');
    expect(restored).not.toContain('FeatureFlag');
    expect(await templateOf(later.accountId, 'app-t4-us-east-1')).toContain('version 1');
  });

  test('--rollback-failed-wave removes stacks the failed wave created', async () => {
    const spec = tenants(1, 1);
    const [created, failing] = spec as [TenantSpec, TenantSpec];
    await putParameterIn(failing.accountId, '/app-t2/config');

    const { results } = await deploy({
      manifest: writeManifest(spec),
      template: TEMPLATE_V1,
      concurrency: '1',
      'rollback-failed-wave': true,
    });

    expect(statusById(results)).toEqual({ 't1/us-east-1': 'rolled-back', 't2/us-east-1': 'failed' });
    expect(await stackNamesIn(created.accountId)).toEqual([]);
  });

  test('disabled tenants are left out, and naming one in --tenants is an error', async () => {
    const [active, dormant] = tenants(1, 1) as [TenantSpec, TenantSpec];
    const manifest = writeManifest([active, { ...dormant, enabled: false }]);

    const { results } = await deploy({ manifest, template: TEMPLATE_V1 });
    expect(statusById(results)).toEqual({ 't1/us-east-1': 'deployed' });
    expect(await stackNamesIn(dormant.accountId)).toEqual([]);

    await expect(deploy({ manifest, template: TEMPLATE_V1, tenants: 't2' })).rejects.toThrow(
      /tenants\.yml:13: tenants\[1\] "t2" is named in --tenants but has enabled: false/,
    );
    await expect(deploy({ manifest, template: TEMPLATE_V1, tenants: 't1,nobody' })).rejects.toThrow(
      /--tenants names tenant\(s\) not in .*tenants\.yml: nobody/,
    );
  });

  test('manifest errors stop everything before any AWS call', async () => {
    const dir = tempDir();
    const spec = tenants(1, 1);
    const manifest = writeManifest([...spec, { id: 't1', accountId: '12345', wave: 1 }], dir);

    const attempt = deploy({ manifest, template: TEMPLATE_V1 });

    await expect(attempt).rejects.toBeInstanceOf(InputError);
    await expect(attempt).rejects.toThrow(/tenants\.yml:\d+: tenants\[2\]\.accountId "12345"/);
    for (const tenant of spec) expect(await stackNamesIn(tenant.accountId)).toEqual([]);
  });

  test('a stack name pattern that gives an invalid name is reported with the tenant line', async () => {
    const manifest = writeManifest([{ id: '9lives', accountId: String(nextAccount++), wave: 1 }]);

    await expect(deploy({ manifest, template: TEMPLATE_V1, 'stack-name': '{tenant}' })).rejects.toThrow(
      /tenants\.yml:6: tenants\[0\]\.id "9lives" gives stack name "9lives"/,
    );
    await expect(
      deploy({ manifest, template: TEMPLATE_V1, 'stack-name': '{app}-{customer}' }),
    ).rejects.toThrow(/unknown placeholder\(s\) \{customer\}/);
  });
});
