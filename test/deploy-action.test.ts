import { join } from 'node:path';
import type { DeployResults } from '../src/deploy/types';
import { TEMPLATE_V1, type TenantSpec, writeManifest } from './support/deploy-fixtures';
import { putParameterIn, stackNamesIn, useLocalAws } from './support/local-aws';
import { runAction, workflowCommands } from './support/run-action';

const ACTION = join(__dirname, '..', 'actions', 'deploy-tenants');

useLocalAws();

describe('actions/deploy-tenants, run as the runner runs it', () => {
  const tenants: TenantSpec[] = [
    { id: 'alpha', accountId: '310000000001', wave: 1 },
    { id: 'beta', accountId: '310000000002', wave: 1 },
    { id: 'gamma', accountId: '310000000003', wave: 2 },
  ];

  test('deploys every tenant and reports through outputs, summary and masked logs', async () => {
    const run = await runAction(ACTION, {
      manifest: writeManifest(tenants),
      template: TEMPLATE_V1,
      app: 'web',
    });

    expect(run.exitCode).toBe(0);
    expect(run.outputs['deployed-count']).toBe('3');
    expect(run.outputs['failed-tenants']).toBe('');
    const results = JSON.parse(run.outputs.results ?? '{}') as DeployResults;
    expect(results.tenants.map((tenant) => [tenant.id, tenant.status])).toEqual([
      ['alpha', 'deployed'],
      ['beta', 'deployed'],
      ['gamma', 'deployed'],
    ]);
    for (const tenant of tenants) {
      expect(run.summary).toMatch(
        new RegExp(
          `\\| ${tenant.wave} \\| ${tenant.id} \\| ${tenant.accountId} \\| us-east-1 \\| web-${tenant.id}-us-east-1 \\| deployed \\|`,
        ),
      );
      expect(await stackNamesIn(tenant.accountId)).toEqual([`web-${tenant.id}-us-east-1`]);
    }
    const masked = [...run.stdout.matchAll(/^::add-mask::(.+)$/gm)].map((match) => match[1] ?? '');
    expect(masked.length).toBeGreaterThanOrEqual(3 * 3);
    const outsideMasking = run.stdout.replace(/^::add-mask::.+$/gm, '');
    for (const secret of masked) expect(outsideMasking).not.toContain(secret);
  });

  test('a failed tenant fails the step, with an annotation and the failed-tenants output', async () => {
    const failing: TenantSpec[] = [
      { id: 'delta', accountId: '310000000004', wave: 1 },
      { id: 'omega', accountId: '310000000005', wave: 1 },
    ];
    await putParameterIn('310000000005', '/app-omega/config');

    const run = await runAction(ACTION, {
      manifest: writeManifest(failing),
      template: TEMPLATE_V1,
      app: 'web',
    });

    expect(run.exitCode).toBe(1);
    expect(run.outputs['failed-tenants']).toBe('omega');
    expect(run.outputs['deployed-count']).toBe('1');
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]?.properties).toEqual({ title: 'Tenant omega (us-east-1) failed' });
    expect(errors[0]?.message).toMatch(/^web-omega-us-east-1: .*already exists/);
    expect(errors[1]).toEqual({
      command: 'error',
      properties: {},
      message: '2 stack(s): 1 deployed, 1 failed',
    });
    expect(run.summary).toContain('| omega | 310000000005 | us-east-1 | web-omega-us-east-1 | failed |');
  });

  test('bad inputs fail before any AWS call, naming each input', async () => {
    const manifest = writeManifest([{ id: 'zeta', accountId: '310000000006', wave: 1 }]);

    const run = await runAction(ACTION, {
      manifest,
      template: TEMPLATE_V1,
      concurrency: 'many',
      'failure-tolerance': '150%',
    });

    expect(run.exitCode).toBe(1);
    const errors = workflowCommands(run.stdout).filter((command) => command.command === 'error');
    expect(errors.map((error) => error.message)).toEqual([
      'input "concurrency" "many" must be a whole number of at least 1\ninput "failure-tolerance" "150%" must be a percentage from 0% to 100%',
    ]);
    expect(run.outputs).toEqual({});
    expect(await stackNamesIn('310000000006')).toEqual([]);
  });
});
