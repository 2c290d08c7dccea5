import { closeAwsConnections } from '../src/aws/client-factory';
import { deploy, statusById, TEMPLATE_V1, type TenantSpec, writeManifest } from './support/deploy-fixtures';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy';
import { stackNamesIn, useLocalAws } from './support/local-aws';

const aws = useLocalAws();

describe('deploy through a proxy that throttles, fails and drops AWS requests', () => {
  let proxy: FaultProxy;
  beforeAll(async () => {
    proxy = await startFaultProxy(aws.endpoint(), {
      throttle: 0.1,
      serverError: 0.1,
      dropConnection: 0.1,
      seed: 7,
    });
    process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  });
  afterAll(async () => {
    closeAwsConnections();
    await proxy.close();
  });

  test('every tenant still ends deployed, each reported exactly once', async () => {
    const tenants: TenantSpec[] = Array.from({ length: 8 }, (_, index) => ({
      id: `f${index}`,
      accountId: String(410_000_000_000 + index),
      wave: index < 4 ? 1 : 2,
    }));
    const manifest = writeManifest(tenants);

    const { results } = await deploy({ manifest, template: TEMPLATE_V1, concurrency: '4' });

    expect(results.tenants.map((tenant) => tenant.id)).toEqual(tenants.map((tenant) => tenant.id));
    expect(results.tenants.filter((tenant) => tenant.error)).toEqual([]);
    expect(Object.values(statusById(results))).toEqual(tenants.map(() => 'deployed'));
    const faults = proxy.counts();
    expect(faults.throttled).toBeGreaterThan(0);
    expect(faults.serverErrors).toBeGreaterThan(0);
    expect(faults.dropped).toBeGreaterThan(0);

    proxy.setPlan({ throttle: 0, serverError: 0, dropConnection: 0 });
    for (const tenant of tenants)
      expect(await stackNamesIn(tenant.accountId)).toEqual([`app-${tenant.id}-us-east-1`]);
    proxy.setPlan({ throttle: 0.1, serverError: 0.1, dropConnection: 0.1, seed: 8 });
    const again = await deploy({ manifest, template: TEMPLATE_V1, concurrency: '4' });
    expect(again.results.summary).toMatchObject({ unchanged: tenants.length, failed: 0 });
  });
});
