import { readFile } from 'node:fs/promises';
import Ajv, { type ErrorObject } from 'ajv';
import { type Document, isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { InputError } from '../errors';
import schema from './tenants.schema.json';
import type { Manifest, ManifestDefaults, ManifestPath, ParameterValues, Tags, Tenant } from './types';

const BUILT_IN_DEFAULTS = {
  region: 'us-east-1',
  deployRoleName: 'CodePipelineCrossAccountRole',
  cloudFormationRoleName: 'CloudFormationDeploymentRole',
};
const MAX_STACK_TAGS = 50;
const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

type ScalarValue = string | number | boolean;

/** The manifest as written, once it matches the schema. */
interface WrittenSettings {
  deployRoleName?: string;
  cloudFormationRoleName?: string;
  externalId?: string;
  parameters?: Record<string, ScalarValue | ScalarValue[]>;
  tags?: Record<string, ScalarValue>;
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

interface Problem {
  line: number;
  text: string;
}

/** Answers questions about where things are in the YAML source. */
interface SourceMap {
  lineOf(path: ManifestPath): number;
  /** A scalar value as text; numbers keep their written spelling (`1.10` stays "1.10", not "1.1"). */
  textOf(path: ManifestPath, value: ScalarValue): string;
}

const validateManifest = new Ajv({
  allErrors: true,
  verbose: true,
  allowUnionTypes: true,
  keywords: ['errorMessage'],
}).compile<WrittenManifest>(schema);

export async function loadManifest(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError([`${file}: cannot read manifest: ${(error as Error).message}`]);
  }
  return parseManifest(text, file, env);
}

/** Parses and validates a manifest; throws one InputError listing every problem found. */
export function parseManifest(text: string, file: string, env: NodeJS.ProcessEnv = process.env): Manifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw inputError(
      file,
      doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        text: error.message.split('\n')[0],
      })),
    );
  }
  const source = sourceMapOf(doc, lineCounter);
  const data: unknown = doc.toJS();
  validateManifest(data);
  const problems = [
    ...(validateManifest.errors ?? [])
      // The inner error of a failed `propertyNames` says what is wrong with the key; the outer one adds nothing.
      .filter((error) => error.keyword !== 'propertyNames')
      .map((error) => schemaProblem(error, data, source)),
    ...semanticProblems(data, env, source),
  ];
  if (problems.length > 0) throw inputError(file, problems);
  return buildManifest(data as WrittenManifest, file, env, source);
}

function inputError(file: string, problems: Problem[]): InputError {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  // Several schema keywords failing on one value yield the same text: report it once.
  return new InputError([...new Set(sorted.map((problem) => `${file}:${problem.line}: ${problem.text}`))]);
}

// --- Where things are in the YAML document

function sourceMapOf(doc: Document, lineCounter: LineCounter): SourceMap {
  return {
    lineOf: (path) => lineCounter.linePos(locate(doc, path).offset).line,
    textOf: (path, value) => {
      if (typeof value !== 'number') return String(value);
      const { node } = locate(doc, path);
      return isScalar(node) && node.source ? node.source : String(value);
    },
  };
}

interface Located {
  node: unknown;
  offset: number;
}

/** Follows `path` as far as it exists. A map entry is located at its key, which is where editors point. */
function locate(doc: Document, path: ManifestPath): Located {
  let here: Located = { node: doc.contents, offset: startOf(doc.contents) ?? 0 };
  for (const segment of path) {
    const next = step(isAlias(here.node) ? here.node.resolve(doc) : here.node, segment);
    if (!next) break;
    here = next;
  }
  return isAlias(here.node) ? { ...here, node: here.node.resolve(doc) } : here;
}

function step(node: unknown, segment: string | number): Located | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    const offset = startOf(pair?.key);
    return pair && offset !== undefined ? { node: pair.value, offset } : undefined;
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    const offset = startOf(item);
    return offset !== undefined ? { node: item, offset } : undefined;
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return isNode(node) ? node.range?.[0] : undefined;
}

// --- Problem texts

function formatPath(path: ManifestPath): string {
  if (path.length === 0) return 'manifest';
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!/^[A-Za-z_$][\w$]*$/.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

function show(value: unknown): string {
  if (value === null) return '(empty)';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** Turns a JSON pointer into a path, with array indexes as numbers. */
function pathOf(pointer: string, data: unknown): ManifestPath {
  const path: (string | number)[] = [];
  let value = data;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment = Array.isArray(value) ? Number(key) : key;
    path.push(segment);
    value = (value as Record<string | number, unknown>)[segment];
  }
  return path;
}

function schemaProblem(error: ErrorObject, data: unknown, source: SourceMap): Problem {
  const path = pathOf(error.instancePath, data);
  const at = (text: string, linePath = path): Problem => ({ line: source.lineOf(linePath), text });
  const where = formatPath(path);
  const requirement = String(error.parentSchema?.errorMessage ?? error.message);
  if (error.propertyName !== undefined) {
    return at(`${where} key ${show(error.propertyName)} ${requirement}`, [...path, error.propertyName]);
  }
  switch (error.keyword) {
    case 'required':
      return at(`${where} is missing "${error.params.missingProperty}"`);
    case 'additionalProperties': {
      const unknownKey = [...path, error.params.additionalProperty];
      const known = Object.keys(error.parentSchema?.properties ?? {}).join(', ');
      return at(`${formatPath(unknownKey)} is not a known key (known: ${known})`, unknownKey);
    }
    case 'uniqueItems':
      return at(`${where} lists ${show((error.data as unknown[])[error.params.i])} more than once`);
    case 'maxProperties':
      return at(
        `${where} has ${Object.keys(error.data as object).length} entries, more than the ${error.params.limit} allowed`,
      );
  }
  if (error.keyword === 'type' && error.params.type === 'string' && typeof error.data === 'number') {
    const written = source.textOf(path, error.data);
    return at(
      `${where} ${written} is a number, not text: quote it ("${written}"); unquoted, leading zeros are lost`,
    );
  }
  return at(`${where} ${show(error.data)} ${requirement}`);
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

function parameterValues(
  values: WrittenSettings['parameters'],
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

function tagValues(values: WrittenSettings['tags'], path: ManifestPath, source: SourceMap): Tags {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([key, value]) => [key, source.textOf([...path, key], value)]),
  );
}
