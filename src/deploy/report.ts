import type { DeployResults, ResourceChange, TenantResult } from './types';

const COLUMNS: { title: string; value: (tenant: TenantResult) => string }[] = [
  { title: 'wave', value: (tenant) => String(tenant.wave) },
  { title: 'tenant', value: (tenant) => tenant.id },
  { title: 'account', value: (tenant) => tenant.accountId },
  { title: 'region', value: (tenant) => tenant.region },
  { title: 'stack', value: (tenant) => tenant.stackName },
  { title: 'status', value: (tenant) => tenant.status },
  { title: 'changes', value: (tenant) => describeChanges(tenant.changes) },
  {
    title: 'time',
    value: (tenant) => (tenant.durationMs ? `${(tenant.durationMs / 1000).toFixed(1)}s` : ''),
  },
  { title: 'detail', value: (tenant) => (tenant.error ?? '').replace(/\s*\n\s*/g, ' ') },
];

/** A plain-text table, one row per tenant and region, for terminals and build logs. */
export function renderTable(results: DeployResults): string {
  const rows = [
    COLUMNS.map((column) => column.title),
    ...results.tenants.map((tenant) => COLUMNS.map((column) => column.value(tenant))),
  ];
  const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length)));
  const lines = rows.map((row) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', summaryLine(results)].join('\n');
}

/** A Markdown report for a GitHub job summary: the same table, and the planned changes per stack. */
export function renderMarkdown(results: DeployResults): string {
  const title =
    results.mode === 'plan' ? `Deployment plan for ${results.app}` : `Deployment of ${results.app}`;
  const header = `| ${COLUMNS.map((column) => column.title).join(' | ')} |\n|${COLUMNS.map(() => ' --- |').join('')}`;
  const rows = results.tenants.map(
    (tenant) => `| ${COLUMNS.map((column) => escapeCell(column.value(tenant))).join(' | ')} |`,
  );
  const sections = [`### ${title}`, '', summaryLine(results), '', header, ...rows];
  const withChanges = results.tenants.filter((tenant) => tenant.changes.length > 0);
  if (withChanges.length > 0) sections.push('', '#### Changes', '', ...withChanges.flatMap(changeList));
  return `${sections.join('\n')}\n`;
}

export function summaryLine(results: DeployResults): string {
  const { summary } = results;
  const parts = Object.entries(summary)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status === 'rolledBack' ? 'rolled back' : status}`);
  return `${results.tenants.length} stack(s): ${parts.join(', ') || 'none'}`;
}

function describeChanges(changes: ResourceChange[]): string {
  if (changes.length === 0) return '';
  const count = (action: string) => changes.filter((change) => change.action === action).length;
  const replaced = changes.filter((change) => change.replacement === 'True').length;
  return `+${count('Add')} ~${count('Modify')} -${count('Remove')}${replaced ? ` (${replaced} replaced)` : ''}`;
}

function changeList(tenant: TenantResult): string[] {
  return [
    `<details><summary>${tenant.id} ${tenant.region} (${tenant.stackName})</summary>`,
    '',
    '| action | logical id | type | replacement |',
    '| --- | --- | --- | --- |',
    ...tenant.changes.map(
      (change) =>
        `| ${change.action} | ${escapeCell(change.logicalId)} | ${change.resourceType} | ${change.replacement ?? ''} |`,
    ),
    '',
    '</details>',
    '',
  ];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
