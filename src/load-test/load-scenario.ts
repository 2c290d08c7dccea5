import { extname } from 'node:path';
import {
  compileSchema,
  type DocumentPath,
  formatPath,
  type Problem,
  parseValidatedYaml,
  type SourceMap,
} from '../config/yaml-document';
import { InputError } from '../errors';
import { readInputFile } from '../runtime/files';
import { parseDuration } from '../runtime/duration';
import type { ExecutorKind, RequestSpec, Scenario } from './scenario';
import schema from './scenario.schema.json';
import {
  METRIC_KINDS,
  type MetricName,
  parseThreshold,
  type Threshold,
  ThresholdSyntaxError,
} from './thresholds';

type WrittenThreshold = string | { threshold: string; abortOnFail?: boolean; delayAbortEval?: string };

interface WrittenScenario {
  name: string;
  target: string;
  requests: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string;
    weight?: number;
    expect?: { status?: number[] };
  }[];
  executor?: ExecutorKind;
  rate?: number;
  vus?: number;
  duration?: string;
  stages?: { duration: string; target: number }[];
  bursts?: { every: string; jitter?: string; duration: string; factor: number };
  timeout?: string;
  thresholds?: Partial<Record<MetricName, WrittenThreshold[]>>;
}

const validateScenario = compileSchema<WrittenScenario>(schema);
const DEFAULT_TIMEOUT_MS = 60_000;
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Reads a scenario: YAML (`load-tests/*.yml`), or the source article's `loadTestEnvVariables.json`.
 * Every problem is reported at once, naming file, line and field.
 */
export async function loadScenario(file: string, env: NodeJS.ProcessEnv = process.env): Promise<Scenario> {
  const text = await readInputFile(file, 'scenario');
  return extname(file).toLowerCase() === '.json'
    ? parseLegacyScenario(text, file, env)
    : parseScenario(text, file, env);
}

export function parseScenario(text: string, file: string, env: NodeJS.ProcessEnv = process.env): Scenario {
  const { data } = parseValidatedYaml(text, file, {
    validate: validateScenario,
    rootName: 'scenario',
    furtherProblems: (written, at) => semanticProblems(written, env, at),
  });
  return buildScenario(data, file, env);
}

// --- Checks the schema cannot express. The data may not match the schema here, so every value is checked.

type Loose = Record<string, unknown>;

function asLoose(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function semanticProblems(data: unknown, env: NodeJS.ProcessEnv, source: SourceMap): Problem[] {
  const root = asLoose(data);
  const problems: Problem[] = [];
  const at = (path: DocumentPath, text: string) =>
    problems.push({ line: source.lineOf(path), text: `${formatPath(path, 'scenario')} ${text}` });
  if (typeof root.target === 'string') {
    const missing = [...root.target.matchAll(ENV_REFERENCE)]
      .map((match) => match[1] as string)
      .filter((name) => !env[name]);
    if (missing.length > 0) {
      at(
        ['target'],
        `reads environment variable(s) ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`,
      );
    } else if (!/^https?:\/\/[^/\s]+/.test(substitute(root.target, env))) {
      at(['target'], `"${substitute(root.target, env)}" is not an http(s) URL`);
    }
  }
  const executor = typeof root.executor === 'string' ? root.executor : 'constant-arrival-rate';
  const needs = (field: string, why: string) => {
    if (root[field] === undefined) at([], `needs "${field}" ${why}`);
  };
  if (executor === 'constant-arrival-rate') needs('rate', 'with executor constant-arrival-rate');
  if (executor === 'constant-vus') needs('vus', 'with executor constant-vus');
  if (executor.startsWith('constant')) needs('duration', `with executor ${executor}`);
  if (executor.startsWith('ramping')) needs('stages', `with executor ${executor}`);
  const thresholds = asLoose(root.thresholds);
  for (const [metric, list] of Object.entries(thresholds)) {
    if (!(metric in METRIC_KINDS) || !Array.isArray(list)) continue;
    list.forEach((entry: unknown, index) => {
      const expression = typeof entry === 'string' ? entry : asLoose(entry).threshold;
      if (typeof expression !== 'string') return;
      try {
        parseThreshold(metric as MetricName, expression);
      } catch (error) {
        if (!(error instanceof ThresholdSyntaxError)) throw error;
        at(['thresholds', metric, index], `${error.message}`);
      }
    });
  }
  return problems;
}

function substitute(text: string, env: NodeJS.ProcessEnv): string {
  return text.replace(ENV_REFERENCE, (_, name: string) => env[name] ?? '');
}

// --- Building the scenario from a file known to be valid

function buildScenario(written: WrittenScenario, file: string, env: NodeJS.ProcessEnv): Scenario {
  const duration = (text: string | undefined, fallback = 0) =>
    text === undefined ? fallback : (parseDuration(text) ?? fallback);
  const executor = written.executor ?? 'constant-arrival-rate';
  const vus = written.vus ?? (executor.endsWith('arrival-rate') ? defaultInFlightCap(written) : 1);
  return {
    file,
    name: written.name,
    target: substitute(written.target, env).replace(/\/$/, ''),
    requests: written.requests.map((request): RequestSpec => ({
      method: request.method ?? 'GET',
      path: request.path,
      headers: request.headers ?? {},
      body: request.body,
      weight: request.weight ?? 1,
      expectStatus: request.expect?.status,
    })),
    executor,
    rate: written.rate ?? 0,
    vus,
    durationMs: duration(written.duration),
    stages: (written.stages ?? []).map((stage) => ({
      durationMs: duration(stage.duration),
      target: stage.target,
    })),
    bursts: written.bursts && {
      everyMs: duration(written.bursts.every),
      jitterMs: duration(written.bursts.jitter),
      durationMs: duration(written.bursts.duration),
      factor: written.bursts.factor,
    },
    timeoutMs: duration(written.timeout, DEFAULT_TIMEOUT_MS),
    thresholds: buildThresholds(written.thresholds ?? {}),
  };
}

/** Without `vus`, an arrival-rate run may hold up to a second's worth of its peak rate in flight. */
function defaultInFlightCap(written: WrittenScenario): number {
  const peak = Math.max(written.rate ?? 0, ...(written.stages ?? []).map((stage) => stage.target));
  return Math.max(10, Math.ceil(peak));
}

function buildThresholds(written: Partial<Record<MetricName, WrittenThreshold[]>>): Threshold[] {
  return Object.entries(written).flatMap(([metric, list]) =>
    (list ?? []).map((entry) =>
      typeof entry === 'string'
        ? parseThreshold(metric as MetricName, entry)
        : parseThreshold(metric as MetricName, entry.threshold, {
            abortOnFail: entry.abortOnFail,
            delayAbortEvalMs: entry.delayAbortEval ? parseDuration(entry.delayAbortEval) : 0,
          }),
    ),
  );
}

/**
 * The source pipeline's `loadTestEnvVariables.json`: AVG_RT_THRESHOLD in seconds, FAILURE_THRESHOLD a
 * count of failed requests, LOAD_TEST_API_ENDPOINT the DLT stack's API (for --engine dlt). The URL
 * tested came from the deployed stack through APP_END_POINT, as it does here; its test was one user,
 * GET, for 30 seconds.
 */
export function parseLegacyScenario(
  text: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Scenario {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new InputError([`${file}: not JSON: ${(error as Error).message}`]);
  }
  const problems: string[] = [];
  const number = (key: string) => {
    const value = Number(data[key]);
    if (data[key] === undefined || data[key] === '' || Number.isNaN(value)) {
      problems.push(
        `${file}: ${key} must be a number (${key === 'AVG_RT_THRESHOLD' ? 'seconds' : 'a count of failed requests'})`,
      );
    }
    return value;
  };
  const averageSeconds = number('AVG_RT_THRESHOLD');
  const failures = number('FAILURE_THRESHOLD');
  const url = parseUrl(env.APP_END_POINT);
  if (!url) {
    problems.push(
      `${file}: the URL to test comes from environment variable APP_END_POINT (the deployed stack's endpoint), which is ${env.APP_END_POINT ? `"${env.APP_END_POINT}", not an http(s) URL` : 'not set'}`,
    );
  }
  const dltEndpoint = data.LOAD_TEST_API_ENDPOINT;
  if (dltEndpoint !== undefined && !parseUrl(String(dltEndpoint))) {
    problems.push(
      `${file}: LOAD_TEST_API_ENDPOINT must be the DLT stack's API endpoint (its DLTApiEndpoint output)`,
    );
  }
  if (problems.length > 0 || !url) throw new InputError(problems);
  return {
    file,
    name: 'loadTestEnvVariables',
    target: url.origin,
    requests: [{ method: 'GET', path: `${url.pathname}${url.search}`, headers: {}, weight: 1 }],
    executor: 'constant-vus',
    rate: 0,
    vus: 1,
    durationMs: 30_000,
    stages: [],
    timeoutMs: DEFAULT_TIMEOUT_MS,
    thresholds: [
      parseThreshold('http_req_duration', `avg<${averageSeconds * 1000}`),
      parseThreshold('http_req_failed', `count<${failures}`),
    ],
    dltEndpoint: dltEndpoint === undefined ? undefined : String(dltEndpoint),
  };
}

function parseUrl(text: string | undefined): URL | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
