import { InputError } from '../errors';
import type { Manifest, Tenant } from '../manifest/types';
import type { DeployOptions, DeployTarget, TemplateSource } from './types';

const PLACEHOLDERS = ['app', 'tenant', 'region', 'accountId', 'wave'] as const;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;

export interface DeployPlan {
  /** Targets grouped by wave, waves in ascending order. */
  waves: { wave: number; targets: DeployTarget[] }[];
  /** Things worth telling the user that do not stop the deployment. */
  warnings: string[];
}

export type PlanInput = Pick<
  DeployOptions,
  'manifest' | 'app' | 'stackNamePattern' | 'tenantIds' | 'waves'
> & {
  /** Absent where the template is not at hand (it is a build output): parameters are then passed unchecked. */
  template?: TemplateSource;
  /** Where the stack name pattern and app name came from, for problem texts. */
  stackNameOrigin?: string;
};

/**
 * Expands the manifest into the stacks to deploy, checking everything that can be checked
 * without AWS; every problem found is reported together in one InputError.
 */
export function planDeployment(input: PlanInput): DeployPlan {
  checkPlaceholders(input.stackNamePattern, input.stackNameOrigin);
  const tenants = selectTenants(input.manifest, input.tenantIds, input.waves);
  const problems: string[] = [];
  const warnings: string[] = [];
  const targets = tenants.flatMap((tenant) =>
    tenant.regions.map((region) => {
      const target = toTarget(input, tenant, region);
      problems.push(...stackNameProblems(input, target), ...parameterProblems(input, target));
      return target;
    }),
  );
  if (problems.length > 0) throw new InputError(problems);
  warnings.push(...undeclaredParameterWarnings(input.template, tenants));
  return { waves: groupByWave(targets), warnings };
}

function checkPlaceholders(pattern: string, origin = `--stack-name "${pattern}"`): void {
  const unknown = [...pattern.matchAll(/\{([^}]*)\}/g)]
    .map((match) => match[1])
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new InputError([
      `${origin} has unknown placeholder(s) ${unknown.map((name) => `{${name}}`).join(', ')}; known: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`,
    ]);
  }
}

function selectTenants(manifest: Manifest, tenantIds: string[], waves: number[]): Tenant[] {
  const known = new Set(manifest.tenants.map((tenant) => tenant.id));
  const unknown = tenantIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new InputError([`--tenants names tenant(s) not in ${manifest.file}: ${unknown.join(', ')}`]);
  }
  const disabled = manifest.tenants.filter((tenant) => !tenant.enabled && tenantIds.includes(tenant.id));
  if (disabled.length > 0) {
    throw new InputError(
      disabled.map(
        (tenant) =>
          `${manifest.file}:${manifest.lineOf(['tenants', tenant.index, 'enabled'])}: tenants[${tenant.index}] "${tenant.id}" is named in --tenants but has enabled: false`,
      ),
    );
  }
  const selected = manifest.tenants.filter(
    (tenant) =>
      tenant.enabled &&
      (tenantIds.length === 0 || tenantIds.includes(tenant.id)) &&
      (waves.length === 0 || waves.includes(tenant.wave)),
  );
  if (selected.length === 0) {
    throw new InputError([
      `no enabled tenant in ${manifest.file} matches --tenants and --waves: nothing to deploy`,
    ]);
  }
  return selected;
}

function toTarget(input: PlanInput, tenant: Tenant, region: string): DeployTarget {
  return {
    tenant,
    region,
    stackName: renderStackName(input.stackNamePattern, { app: input.app, tenant, region }),
    parameters: declaredOnly(input.template, tenant.parameters),
    tags: tenant.tags,
  };
}

export function renderStackName(
  pattern: string,
  values: { app: string; tenant: Tenant; region: string },
): string {
  const byName: Record<(typeof PLACEHOLDERS)[number], string> = {
    app: values.app,
    tenant: values.tenant.id,
    region: values.region,
    accountId: values.tenant.accountId,
    wave: String(values.tenant.wave),
  };
  return pattern.replace(/\{(\w+)\}/g, (_, name: keyof typeof byName) => byName[name]);
}

/** CloudFormation's rule for stack names. */
export function isValidStackName(name: string): boolean {
  return STACK_NAME.test(name);
}

function stackNameProblems(input: PlanInput, target: DeployTarget): string[] {
  if (isValidStackName(target.stackName)) return [];
  const { manifest } = input;
  const index = target.tenant.index;
  return [
    `${manifest.file}:${manifest.lineOf(['tenants', index, 'id'])}: tenants[${index}].id "${target.tenant.id}" gives stack name "${target.stackName}" (from ${input.stackNameOrigin ?? `--stack-name "${input.stackNamePattern}"`}, app "${input.app}"), which is invalid: a stack name starts with a letter and has only letters, digits and hyphens, at most 128 characters`,
  ];
}

function parameterProblems(input: PlanInput, target: DeployTarget): string[] {
  const { manifest, template } = input;
  if (template?.kind !== 'body') return [];
  const index = target.tenant.index;
  return template.parameters
    .filter((parameter) => !parameter.hasDefault && !(parameter.name in target.parameters))
    .map(
      (parameter) =>
        `${manifest.file}:${manifest.lineOf(['tenants', index])}: tenants[${index}] ("${target.tenant.id}") sets no value for parameter "${parameter.name}", which ${template.file} requires (it has no Default)`,
    );
}

/** The manifest's defaults serve several templates, so values a template does not declare are left out. */
export function declaredOnly(
  template: TemplateSource | undefined,
  values: Record<string, string>,
): Record<string, string> {
  if (template?.kind !== 'body') return values;
  const declared = new Set(template.parameters.map((parameter) => parameter.name));
  return Object.fromEntries(Object.entries(values).filter(([name]) => declared.has(name)));
}

function undeclaredParameterWarnings(template: TemplateSource | undefined, tenants: Tenant[]): string[] {
  if (template?.kind !== 'body') return [];
  const declared = new Set(template.parameters.map((parameter) => parameter.name));
  const undeclared = new Set(
    tenants.flatMap((tenant) => Object.keys(tenant.parameters)).filter((name) => !declared.has(name)),
  );
  return [...undeclared].map(
    (name) =>
      `parameter "${name}" is set in the manifest but ${template.file} does not declare it: not passed`,
  );
}

function groupByWave(targets: DeployTarget[]): DeployPlan['waves'] {
  const waves = [...new Set(targets.map((target) => target.tenant.wave))].sort((a, b) => a - b);
  return waves.map((wave) => ({ wave, targets: targets.filter((target) => target.tenant.wave === wave) }));
}
