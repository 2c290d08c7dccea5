import {
  compileSchema,
  formatPath,
  type Problem,
  parseValidatedYaml,
  type ScalarValue,
  type SourceMap,
  show,
} from '../config/yaml-document';
import { readInputFile } from '../runtime/files';
import schema from './tenants.schema.json';
import type { Manifest, ManifestDefaults, ManifestPath, ParameterValues, Tags, Tenant } from './types';

const BUILT_IN_DEFAULTS = {
  region: 'us-east-1',
  deployRoleName: 'CodePipelineCrossAccountRole',
  cloudFormationRoleName: 'CloudFormationDeploymentRole',
};
const MAX_STACK_TAGS = 50;
const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

export type WrittenParameters = Record<string, ScalarValue | ScalarValue[]>;
export type WrittenTags = Record<string, ScalarValue>;

/** The manifest as written, once it matches the schema. */
interface WrittenSettings {
  deployRoleName?: string;
  cloudFormationRoleName?: string;
  externalId?: string;
  parameters?: WrittenParameters;
  tags?: WrittenTags;
}
interface WrittenDefaults extends WrittenSettings {
  region?: string;
}
interface WrittenTenant extends WrittenSettings {
  id: string;
  accountId: string;
  wave?: number;
  regions?: string[];
  enabled?: boolean;
}
interface WrittenManifest {
  defaults?: WrittenDefaults;
  tenants: WrittenTenant[];
}

const validateManifest = compileSchema<WrittenManifest>(schema);

export async function loadManifest(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Manifest> {
  return parseManifest(await readInputFile(file, 'manifest'), file, env);
}

/** Parses and validates a manifest; throws one InputError listing every problem found. */
export function parseManifest(text: string, file: string, env: NodeJS.ProcessEnv = process.env): Manifest {
  const { data, source } = parseValidatedYaml(text, file, {
    validate: validateManifest,
    rootName: 'manifest',
    furtherProblems: (written, at) => semanticProblems(written, env, at),
  });
  return buildManifest(data, file, env, source);
}

// --- Checks the schema cannot express. The data may not match the schema here, so every value is checked.

type Loose = Record<string, unknown>;

function asLoose(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function semanticProblems(data: unknown, env: NodeJS.ProcessEnv, source: SourceMap): Problem[] {
  const root = asLoose(data);
  const defaults = asLoose(root.defaults);
  const tenants = Array.isArray(root.tenants) ? root.tenants.map(asLoose) : [];
  const defaultRegion = typeof defaults.region === 'string' ? defaults.region : BUILT_IN_DEFAULTS.region;
  return [
    ...duplicateTenantIds(tenants, source),
    ...sharedDeployTargets(tenants, defaultRegion, source),
    ...unresolvedExternalIds(defaults, tenants, env, source),
    ...tooManyMergedTags(defaults, tenants, source),
  ];
}

function tenantLabel(tenants: Loose[], index: number): string {
  const id = tenants[index].id;
  return typeof id === 'string' ? `tenants[${index}] "${id}"` : `tenants[${index}]`;
}

function duplicateTenantIds(tenants: Loose[], source: SourceMap): Problem[] {
  const firstIndexById = new Map<string, number>();
  return tenants.flatMap(({ id }, index) => {
    if (typeof id !== 'string') return [];
    const first = firstIndexById.get(id);
    if (first === undefined) {
      firstIndexById.set(id, index);
      return [];
    }
    const path = ['tenants', index, 'id'];
    const firstLine = source.lineOf(['tenants', first, 'id']);
    return [
      {
        line: source.lineOf(path),
        text: `${formatPath(path)} ${show(id)} is already used by tenants[${first}] (line ${firstLine})`,
      },
    ];
  });
}

/** Two tenants deploying to the same account and region would fight over one stack. */
function sharedDeployTargets(tenants: Loose[], defaultRegion: string, source: SourceMap): Problem[] {
  const firstIndexByTarget = new Map<string, number>();
  return tenants.flatMap(({ accountId, regions }, index) => {
    if (typeof accountId !== 'string') return [];
    const sharedRegionsByTenant = new Map<number, string[]>();
    for (const region of Array.isArray(regions) ? new Set(regions) : [defaultRegion]) {
      const target = `${accountId} ${region}`;
      const first = firstIndexByTarget.get(target);
      if (first === undefined) firstIndexByTarget.set(target, index);
      else sharedRegionsByTenant.set(first, [...(sharedRegionsByTenant.get(first) ?? []), region]);
    }
    return [...sharedRegionsByTenant].map(([first, shared]) => ({
      line: source.lineOf(['tenants', index]),
      text:
        `${tenantLabel(tenants, index)} deploys to account ${accountId} in ${shared.join(', ')}, ` +
        `as does ${tenantLabel(tenants, first)} (line ${source.lineOf(['tenants', first])})`,
    }));
  });
}

function unresolvedExternalIds(
  defaults: Loose,
  tenants: Loose[],
  env: NodeJS.ProcessEnv,
  source: SourceMap,
): Problem[] {
  const externalIds = [
    { path: ['defaults', 'externalId'], value: defaults.externalId },
    ...tenants.map((tenant, index) => ({ path: ['tenants', index, 'externalId'], value: tenant.externalId })),
  ];
  return externalIds.flatMap(({ path, value }) => {
    const variable = typeof value === 'string' ? ENV_REFERENCE.exec(value)?.[1] : undefined;
    if (variable === undefined || env[variable]) return [];
    const state = env[variable] === undefined ? 'is not set' : 'is empty';
    return [
      {
        line: source.lineOf(path),
        text: `${formatPath(path)} ${show(value)} reads environment variable ${variable}, which ${state}`,
      },
    ];
  });
}

function tooManyMergedTags(defaults: Loose, tenants: Loose[], source: SourceMap): Problem[] {
  const defaultKeys = Object.keys(asLoose(defaults.tags));
  return tenants.flatMap((tenant, index) => {
    const ownKeys = Object.keys(asLoose(tenant.tags));
    const mergedCount = new Set([...defaultKeys, ...ownKeys]).size;
    // Either list being too long on its own is already a schema problem.
    if (
      mergedCount <= MAX_STACK_TAGS ||
      ownKeys.length > MAX_STACK_TAGS ||
      defaultKeys.length > MAX_STACK_TAGS
    ) {
      return [];
    }
    const path = ['tenants', index, 'tags'];
    return [
      {
        line: source.lineOf(path),
        text: `${formatPath(path)} has ${mergedCount} tags once merged with defaults.tags, more than the ${MAX_STACK_TAGS} a CloudFormation stack allows`,
      },
    ];
  });
}

// --- Building the result from a manifest known to be valid

function buildManifest(
  written: WrittenManifest,
  file: string,
  env: NodeJS.ProcessEnv,
  source: SourceMap,
): Manifest {
  const settings = written.defaults ?? {};
  const defaults: ManifestDefaults = {
    region: settings.region ?? BUILT_IN_DEFAULTS.region,
    deployRoleName: settings.deployRoleName ?? BUILT_IN_DEFAULTS.deployRoleName,
    cloudFormationRoleName: settings.cloudFormationRoleName ?? BUILT_IN_DEFAULTS.cloudFormationRoleName,
    externalId: resolveExternalId(settings.externalId, env),
    parameters: parameterValues(settings.parameters, ['defaults', 'parameters'], source),
    tags: tagValues(settings.tags, ['defaults', 'tags'], source),
  };
  return {
    file,
    defaults,
    tenants: written.tenants.map((tenant, index) => mergeTenant(tenant, index, defaults, env, source)),
    lineOf: source.lineOf,
  };
}

function mergeTenant(
  tenant: WrittenTenant,
  index: number,
  defaults: ManifestDefaults,
  env: NodeJS.ProcessEnv,
  source: SourceMap,
): Tenant {
  return {
    id: tenant.id,
    accountId: tenant.accountId,
    wave: tenant.wave ?? 1,
    regions: tenant.regions ?? [defaults.region],
    deployRoleName: tenant.deployRoleName ?? defaults.deployRoleName,
    cloudFormationRoleName: tenant.cloudFormationRoleName ?? defaults.cloudFormationRoleName,
    externalId: resolveExternalId(tenant.externalId, env) ?? defaults.externalId,
    parameters: {
      ...defaults.parameters,
      ...parameterValues(tenant.parameters, ['tenants', index, 'parameters'], source),
    },
    tags: { ...defaults.tags, ...tagValues(tenant.tags, ['tenants', index, 'tags'], source) },
    enabled: tenant.enabled ?? true,
    index,
  };
}

function resolveExternalId(externalId: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const variable = externalId === undefined ? undefined : ENV_REFERENCE.exec(externalId)?.[1];
  return variable === undefined ? externalId : env[variable];
}

/** Parameter values as CloudFormation takes them: text, lists comma-separated, numbers as written. */
export function parameterValues(
  values: WrittenParameters | undefined,
  path: ManifestPath,
  source: SourceMap,
): ParameterValues {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([name, value]) => {
      const valuePath = [...path, name];
      const text = Array.isArray(value)
        ? value.map((item, index) => source.textOf([...valuePath, index], item)).join(',')
        : source.textOf(valuePath, value);
      return [name, text];
    }),
  );
}

/** Tag values as text, numbers as written. */
export function tagValues(values: WrittenTags | undefined, path: ManifestPath, source: SourceMap): Tags {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => [key, source.textOf([...path, key], value)]),
  );
}
