import { summaryLine } from '../deploy/report';
import type { DeployResults, TenantResult } from '../deploy/types';
import { InputError } from '../errors';
import type { ThresholdResult } from '../load-test/gate';
import { describeAbort, describeRun, formatValue, thresholdUnit } from '../load-test/report/summary';
import { judge, loadResult } from '../load-test/result';
import { readInputFile } from '../runtime/files';
import type { DetailField, Details } from './message';
import { singleLine, truncate } from './text';

/** Every target shows a field whole: Slack allows 2,000 characters for a field's name and value. */
const MAX_FIELD_NAME = 150;
const MAX_FIELD_VALUE = 1_500;
const GENERIC_SHAPE = '{"title": "...", "summary": "...", "fields": {"name": "value", ...}}';

/**
 * Reads a details file: a `rampart deploy --results` file (the tenants that did not deploy), a
 * `rampart load-test run --out` result (its thresholds), or a generic {title, summary, fields}.
 */
export async function loadDetails(file: string): Promise<Details> {
  const text = await readInputFile(file, 'the details');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // V8 quotes the text in its message, line breaks included: a problem is one line.
    throw new InputError([
      `${file}: the details are not valid JSON: ${singleLine((error as Error).message)}`,
    ]);
  }
  const details = await detailsOf(document, file);
  return {
    ...details,
    fields: details.fields.map((field) => ({
      name: truncate(field.name, MAX_FIELD_NAME),
      value: truncate(field.value, MAX_FIELD_VALUE),
    })),
  };
}

async function detailsOf(document: unknown, file: string): Promise<Details> {
  if (!isObject(document)) throw notDetails(file, 'not a JSON object');
  if (document.kind === 'load-test-result') return loadTestDetails(file);
  if (Array.isArray(document.tenants) && isObject(document.summary)) {
    return deployDetails(document as unknown as DeployResults, file);
  }
  if ('fields' in document || 'title' in document) return genericDetails(document, file);
  throw notDetails(file, 'no "tenants", "kind" or "fields"');
}

function deployDetails(results: DeployResults, file: string): Details {
  const broken = results.tenants.findIndex(
    (tenant) => !isObject(tenant) || typeof tenant.id !== 'string' || typeof tenant.status !== 'string',
  );
  if (broken >= 0) throw notDetails(file, `tenants[${broken}] has no "id" and "status"`);
  return {
    kind: 'deploy-results',
    title: results.mode === 'plan' ? `Deployment plan for ${results.app}` : `Deployment of ${results.app}`,
    summary: summaryLine(results),
    fields: results.tenants.filter(notDeployed).map(tenantField),
  };
}

const notDeployed = (tenant: TenantResult) => ['failed', 'rolled-back', 'skipped'].includes(tenant.status);

function tenantField(tenant: TenantResult): DetailField {
  const place = [tenant.region, tenant.wave === undefined ? '' : `wave ${tenant.wave}`].filter(Boolean);
  return {
    name: `${tenant.id}${place.length > 0 ? ` (${place.join(', ')})` : ''}`,
    value: tenant.error ? `${tenant.status}: ${tenant.error}` : tenant.status,
  };
}

async function loadTestDetails(file: string): Promise<Details> {
  const result = await loadResult(file);
  const verdict = judge(result);
  return {
    kind: 'load-test-result',
    title: `Load test ${result.scenario.name}`,
    summary: [describeRun(result), verdict.aborted && describeAbort(verdict.aborted)]
      .filter(Boolean)
      .join('; '),
    fields: verdict.thresholds.map(thresholdField),
  };
}

function thresholdField(threshold: ThresholdResult): DetailField {
  const measured = formatValue(threshold.value, thresholdUnit(threshold));
  // A result file holds no baseline: a relative threshold's verdict is in the run that had one.
  const relative = threshold.bound === undefined && /\bbaseline\b/.test(threshold.threshold);
  const verdict = relative ? 'relative to a baseline' : threshold.passed ? 'passed' : 'failed';
  const reason = threshold.reason && !relative ? `: ${threshold.reason}` : '';
  return { name: `${threshold.metric} ${threshold.threshold}`, value: `${measured} (${verdict}${reason})` };
}

function genericDetails(document: Record<string, unknown>, file: string): Details {
  const problems: string[] = [];
  for (const key of ['title', 'summary'] as const) {
    if (document[key] !== undefined && typeof document[key] !== 'string') {
      problems.push(`${file}: "${key}" must be a string`);
    }
  }
  const fields = document.fields ?? {};
  if (!isObject(fields)) problems.push(`${file}: "fields" must be an object of names and values`);
  const entries = isObject(fields) ? Object.entries(fields) : [];
  for (const [name, value] of entries) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      problems.push(`${file}: fields."${name}" must be a string, number or boolean`);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return {
    kind: 'fields',
    title: document.title as string | undefined,
    summary: document.summary as string | undefined,
    fields: entries.map(([name, value]) => ({ name, value: String(value) })),
  };
}

function notDetails(file: string, why: string): InputError {
  return new InputError([
    `${file}: ${why}: expected a rampart deploy results file, a load-test result, or ${GENERIC_SHAPE}`,
  ]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
