import type { DeployMode, DeployResults, DeploySummary, TenantResult } from './types';

export function summarize(tenants: TenantResult[]): DeploySummary {
  const count = (status: TenantResult['status']) =>
    tenants.filter((tenant) => tenant.status === status).length;
  return {
    deployed: count('deployed'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    skipped: count('skipped'),
    rolledBack: count('rolled-back'),
    planned: count('planned'),
  };
}

export function toResults(app: string, mode: DeployMode, tenants: TenantResult[]): DeployResults {
  return { app, mode, tenants, summary: summarize(tenants) };
}

/** A run succeeded when no stack failed, none was skipped and none had to be rolled back. */
export function succeeded(results: DeployResults): boolean {
  const { failed, skipped, rolledBack } = results.summary;
  return failed + skipped + rolledBack === 0;
}
