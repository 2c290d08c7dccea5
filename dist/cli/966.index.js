"use strict";
exports.id = 966;
exports.ids = [966];
exports.modules = {

/***/ 2966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadTestMergeCommand: () => (/* binding */ loadTestMergeCommand),
  loadTestRunCommand: () => (/* binding */ loadTestRunCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runtime/files.ts
var runtime_files = __webpack_require__(2191);
// EXTERNAL MODULE: ./src/runtime/install-root.ts
var install_root = __webpack_require__(6464);
// EXTERNAL MODULE: ./src/config/yaml-document.ts
var yaml_document = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/runtime/duration.ts
var runtime_duration = __webpack_require__(1170);
;// CONCATENATED MODULE: ./src/load-test/scenario.schema.json
const scenario_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Rampart load-test scenario","type":"object","errorMessage":"must be a mapping with at least name, target and requests","additionalProperties":false,"required":["name","target","requests"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$","errorMessage":"must be 1-100 letters, digits, dots, hyphens or underscores"},"target":{"description":"Base URL of the system under test; ${VAR} reads an environment variable.","type":"string","minLength":1,"errorMessage":"must be a base URL such as https://dev.example.com or ${APP_ENDPOINT}"},"requests":{"description":"The weighted mix of requests.","type":"array","minItems":1,"errorMessage":"must be a non-empty list of requests","items":{"type":"object","additionalProperties":false,"required":["path"],"errorMessage":"must be a mapping with at least a path","properties":{"method":{"enum":["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"],"errorMessage":"must be GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS","default":"GET"},"path":{"type":"string","pattern":"^/","errorMessage":"must start with /"},"headers":{"type":"object","additionalProperties":{"type":"string","errorMessage":"must be text"},"errorMessage":"must be a mapping of header names to values"},"body":{"type":"string","errorMessage":"must be text (JSON as a string)"},"weight":{"type":"number","exclusiveMinimum":0,"errorMessage":"must be a number above 0","default":1},"expect":{"type":"object","additionalProperties":false,"errorMessage":"must be a mapping such as { status: [200] }","properties":{"status":{"type":"array","minItems":1,"items":{"type":"integer","minimum":100,"maximum":599,"errorMessage":"must be an HTTP status"},"errorMessage":"must be a list of HTTP statuses"}}}}}},"executor":{"enum":["constant-arrival-rate","ramping-arrival-rate","constant-vus","ramping-vus"],"errorMessage":"must be constant-arrival-rate, ramping-arrival-rate, constant-vus or ramping-vus","default":"constant-arrival-rate"},"rate":{"description":"Requests per second (arrival-rate executors; the start rate of a ramp).","type":"number","exclusiveMinimum":0,"errorMessage":"must be a number of requests per second above 0"},"vus":{"description":"Virtual users (vus executors), or the cap on requests in flight (arrival-rate executors).","type":"integer","minimum":1,"errorMessage":"must be a whole number of at least 1"},"duration":{"$ref":"#/definitions/duration"},"stages":{"type":"array","minItems":1,"errorMessage":"must be a non-empty list of { duration, target }","items":{"type":"object","additionalProperties":false,"required":["duration","target"],"errorMessage":"must be a mapping with duration and target","properties":{"duration":{"$ref":"#/definitions/duration"},"target":{"type":"number","minimum":0,"errorMessage":"must be a number of at least 0"}}}},"bursts":{"type":"object","additionalProperties":false,"required":["every","duration","factor"],"errorMessage":"must be a mapping with every, duration, factor (and jitter)","properties":{"every":{"$ref":"#/definitions/duration"},"jitter":{"$ref":"#/definitions/duration"},"duration":{"$ref":"#/definitions/duration"},"factor":{"type":"number","exclusiveMinimum":0,"errorMessage":"must be a number above 0"}}},"timeout":{"$ref":"#/definitions/duration"},"thresholds":{"description":"k6 threshold syntax, by metric.","type":"object","additionalProperties":false,"errorMessage":"must map metrics (http_req_duration, http_req_failed, http_reqs, checks) to lists of thresholds","properties":{"http_req_duration":{"$ref":"#/definitions/thresholdList"},"http_req_failed":{"$ref":"#/definitions/thresholdList"},"http_reqs":{"$ref":"#/definitions/thresholdList"},"checks":{"$ref":"#/definitions/thresholdList"}}}},"definitions":{"duration":{"type":"string","pattern":"^(?:\\\\d+(?:\\\\.\\\\d+)?(?:ms|s|m|h))+$","errorMessage":"must be a duration such as 500ms, 30s, 1m30s or 2h"},"thresholdList":{"type":"array","minItems":1,"errorMessage":"must be a list of thresholds","items":{"anyOf":[{"type":"string"},{"type":"object","additionalProperties":false,"required":["threshold"],"properties":{"threshold":{"type":"string"},"abortOnFail":{"type":"boolean"},"delayAbortEval":{"$ref":"#/definitions/duration"}}}],"errorMessage":"must be a threshold such as \\"p(95)<500\\", or { threshold, abortOnFail, delayAbortEval }"}}}}');
// EXTERNAL MODULE: ./src/load-test/thresholds.ts
var load_test_thresholds = __webpack_require__(3111);
;// CONCATENATED MODULE: ./src/load-test/load-scenario.ts







const validateScenario = (0,yaml_document/* compileSchema */.Fc)(scenario_schema_namespaceObject);
const DEFAULT_TIMEOUT_MS = 60_000;
const ENV_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * Reads a scenario: YAML (`load-tests/*.yml`), or the source article's `loadTestEnvVariables.json`.
 * Every problem is reported at once, naming file, line and field.
 */
async function loadScenario(file, env = process.env) {
    const text = await (0,runtime_files/* readInputFile */.jH)(file, 'scenario');
    return (0,external_node_path_.extname)(file).toLowerCase() === '.json'
        ? parseLegacyScenario(text, file, env)
        : parseScenario(text, file, env);
}
function parseScenario(text, file, env = process.env) {
    const { data } = (0,yaml_document/* parseValidatedYaml */.pA)(text, file, {
        validate: validateScenario,
        rootName: 'scenario',
        furtherProblems: (written, at) => semanticProblems(written, env, at),
    });
    return buildScenario(data, file, env);
}
function asLoose(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function semanticProblems(data, env, source) {
    const root = asLoose(data);
    const problems = [];
    const at = (path, text) => problems.push({ line: source.lineOf(path), text: `${(0,yaml_document/* formatPath */.jV)(path, 'scenario')} ${text}` });
    if (typeof root.target === 'string') {
        const missing = [...root.target.matchAll(ENV_REFERENCE)]
            .map((match) => match[1])
            .filter((name) => !env[name]);
        if (missing.length > 0) {
            at(['target'], `reads environment variable(s) ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set`);
        }
        else if (!/^https?:\/\/[^/\s]+/.test(substitute(root.target, env))) {
            at(['target'], `"${substitute(root.target, env)}" is not an http(s) URL`);
        }
    }
    const executor = typeof root.executor === 'string' ? root.executor : 'constant-arrival-rate';
    const needs = (field, why) => {
        if (root[field] === undefined)
            at([], `needs "${field}" ${why}`);
    };
    if (executor === 'constant-arrival-rate')
        needs('rate', 'with executor constant-arrival-rate');
    if (executor === 'constant-vus')
        needs('vus', 'with executor constant-vus');
    if (executor.startsWith('constant'))
        needs('duration', `with executor ${executor}`);
    if (executor.startsWith('ramping'))
        needs('stages', `with executor ${executor}`);
    const thresholds = asLoose(root.thresholds);
    for (const [metric, list] of Object.entries(thresholds)) {
        if (!(metric in load_test_thresholds/* METRIC_KINDS */.Rc) || !Array.isArray(list))
            continue;
        list.forEach((entry, index) => {
            const expression = typeof entry === 'string' ? entry : asLoose(entry).threshold;
            if (typeof expression !== 'string')
                return;
            try {
                (0,load_test_thresholds/* parseThreshold */.B7)(metric, expression);
            }
            catch (error) {
                if (!(error instanceof load_test_thresholds/* ThresholdSyntaxError */.Vt))
                    throw error;
                at(['thresholds', metric, index], `${error.message}`);
            }
        });
    }
    return problems;
}
function substitute(text, env) {
    return text.replace(ENV_REFERENCE, (_, name) => env[name] ?? '');
}
// --- Building the scenario from a file known to be valid
function buildScenario(written, file, env) {
    const duration = (text, fallback = 0) => text === undefined ? fallback : ((0,runtime_duration/* parseDuration */.E9)(text) ?? fallback);
    const executor = written.executor ?? 'constant-arrival-rate';
    const vus = written.vus ?? (executor.endsWith('arrival-rate') ? defaultInFlightCap(written) : 1);
    return {
        file,
        name: written.name,
        target: substitute(written.target, env).replace(/\/$/, ''),
        requests: written.requests.map((request) => ({
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
function defaultInFlightCap(written) {
    const peak = Math.max(written.rate ?? 0, ...(written.stages ?? []).map((stage) => stage.target));
    return Math.max(10, Math.ceil(peak));
}
function buildThresholds(written) {
    return Object.entries(written).flatMap(([metric, list]) => (list ?? []).map((entry) => typeof entry === 'string'
        ? (0,load_test_thresholds/* parseThreshold */.B7)(metric, entry)
        : (0,load_test_thresholds/* parseThreshold */.B7)(metric, entry.threshold, {
            abortOnFail: entry.abortOnFail,
            delayAbortEvalMs: entry.delayAbortEval ? (0,runtime_duration/* parseDuration */.E9)(entry.delayAbortEval) : 0,
        })));
}
/**
 * The source pipeline's `loadTestEnvVariables.json`: AVG_RT_THRESHOLD in seconds, FAILURE_THRESHOLD a
 * count of failed requests, LOAD_TEST_API_ENDPOINT the DLT stack's API (for --engine dlt). The URL
 * tested came from the deployed stack through APP_END_POINT, as it does here; its test was one user,
 * GET, for 30 seconds.
 */
function parseLegacyScenario(text, file, env = process.env) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.d([`${file}: not JSON: ${error.message}`]);
    }
    const problems = [];
    const number = (key) => {
        const value = Number(data[key]);
        if (data[key] === undefined || data[key] === '' || Number.isNaN(value)) {
            problems.push(`${file}: ${key} must be a number (${key === 'AVG_RT_THRESHOLD' ? 'seconds' : 'a count of failed requests'})`);
        }
        return value;
    };
    const averageSeconds = number('AVG_RT_THRESHOLD');
    const failures = number('FAILURE_THRESHOLD');
    const url = parseUrl(env.APP_END_POINT);
    if (!url) {
        problems.push(`${file}: the URL to test comes from environment variable APP_END_POINT (the deployed stack's endpoint), which is ${env.APP_END_POINT ? `"${env.APP_END_POINT}", not an http(s) URL` : 'not set'}`);
    }
    const dltEndpoint = data.LOAD_TEST_API_ENDPOINT;
    if (dltEndpoint !== undefined && !parseUrl(String(dltEndpoint))) {
        problems.push(`${file}: LOAD_TEST_API_ENDPOINT must be the DLT stack's API endpoint (its DLTApiEndpoint output)`);
    }
    if (problems.length > 0 || !url)
        throw new errors/* InputError */.d(problems);
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
            (0,load_test_thresholds/* parseThreshold */.B7)('http_req_duration', `avg<${averageSeconds * 1000}`),
            (0,load_test_thresholds/* parseThreshold */.B7)('http_req_failed', `count<${failures}`),
        ],
        dltEndpoint: dltEndpoint === undefined ? undefined : String(dltEndpoint),
    };
}
function parseUrl(text) {
    if (!text)
        return undefined;
    try {
        const url = new URL(text);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/load-test/engine.ts
/**
 * The load test could not run to a result (a remote test failed, was cancelled or timed out; the k6
 * process died). The gate fails (exit 1) with this message; nothing was measured to judge.
 */
class EngineFailure extends Error {
    name = 'EngineFailure';
}

// EXTERNAL MODULE: ./src/load-test/metrics.ts
var metrics = __webpack_require__(8946);
;// CONCATENATED MODULE: ./src/load-test/scenario.ts
/** How long the scenario runs: its duration, or the sum of its stages for ramping executors. */
function scenarioDurationMs(scenario) {
    return scenario.executor.startsWith('ramping')
        ? scenario.stages.reduce((sum, stage) => sum + stage.durationMs, 0)
        : scenario.durationMs;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js
var dist_cjs = __webpack_require__(5861);
// EXTERNAL MODULE: ./node_modules/@smithy/hash-node/dist-cjs/index.js
var hash_node_dist_cjs = __webpack_require__(5092);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-cjs/index.js
var signature_v4_dist_cjs = __webpack_require__(5118);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(4371);
;// CONCATENATED MODULE: ./src/load-test/dlt/client.ts





/** The percentiles DLT reports, and their fields in results.total. */
const DLT_PERCENTILE_FIELDS = [
    [0, 'p0_0'],
    [50, 'p50_0'],
    [90, 'p90_0'],
    [95, 'p95_0'],
    [99, 'p99_0'],
    [99.9, 'p99_9'],
    [100, 'p100_0'],
];
/** The API answered with an error status. */
class DltApiError extends Error {
    status;
    name = 'DltApiError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The API could not be reached, or did not answer in time. */
class DltConnectionError extends Error {
    name = 'DltConnectionError';
}
/** API Gateway gives up on a request after 29 s. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const LONGEST_QUOTED_MESSAGE = 500;
/** The DLT API, every request signed with SigV4 for execute-api. */
class DltClient {
    options;
    base;
    signer;
    requestTimeoutMs;
    constructor(options) {
        this.options = options;
        this.base = apiBase(options.endpoint);
        this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        this.signer = new signature_v4_dist_cjs.SignatureV4({
            service: 'execute-api',
            region: options.region,
            credentials: options.credentials ?? (0,dist_cjs.defaultProvider)(),
            sha256: hash_node_dist_cjs.Hash.bind(null, 'sha256'),
        });
    }
    createTest(body) {
        return this.call('POST', 'scenarios', { body });
    }
    getTest(testId, signal) {
        return this.call('GET', `scenarios/${encodeURIComponent(testId)}`, {
            query: { history: 'false' },
            signal,
        });
    }
    async cancelTest(testId) {
        await this.call('POST', `scenarios/${encodeURIComponent(testId)}`, {});
    }
    async call(method, path, options) {
        const url = new URL(path, this.base);
        for (const [name, value] of Object.entries(options.query ?? {}))
            url.searchParams.set(name, value);
        const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
        const headers = await this.sign(method, url, payload);
        const where = `${method} ${url.origin}${url.pathname}${url.search}`;
        const response = await this.send(where, { url, method, headers, payload, signal: options.signal });
        if (response.status < 200 || response.status >= 300) {
            throw new DltApiError(failureMessage(where, response, this.options.region), response.status);
        }
        try {
            return (response.text ? JSON.parse(response.text) : undefined);
        }
        catch {
            throw new DltApiError(`${where} answered ${response.status} with something other than JSON: ${quote(response.text)}; is ${this.base.href} the DLT API?`, response.status);
        }
    }
    async sign(method, url, payload) {
        const unsigned = {
            method,
            protocol: url.protocol,
            hostname: url.hostname,
            port: url.port ? Number(url.port) : undefined,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: { host: url.host, ...(payload !== undefined && { 'content-type': 'application/json' }) },
            body: payload,
        };
        try {
            return (await this.signer.sign(unsigned)).headers;
        }
        catch (error) {
            throw new Error(`could not sign the request to the DLT API: ${error.message}. Give AWS credentials as for the AWS CLI (AWS_PROFILE, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a role)`);
        }
    }
    async send(where, call) {
        try {
            const response = await (0,undici/* request */.Em)(call.url, {
                method: call.method,
                headers: call.headers,
                body: call.payload,
                signal: call.signal,
                headersTimeout: this.requestTimeoutMs,
                bodyTimeout: this.requestTimeoutMs,
            });
            return { status: response.statusCode, text: await response.body.text() };
        }
        catch (error) {
            if (call.signal?.aborted)
                throw error;
            throw new DltConnectionError(`${where}: could not reach the DLT API at ${call.url.origin}: ${connectionReason(error, this.requestTimeoutMs)}`);
        }
    }
}
/** The endpoint as a base URL that relative paths extend (its stage kept). */
function apiBase(endpoint) {
    const url = client_parseUrl(endpoint.endsWith('/') ? endpoint : `${endpoint}/`);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        throw new errors/* InputError */.d([
            `the DLT API endpoint "${endpoint}" is not an http(s) URL: give the DLTApiEndpoint output of the DLT stack, e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod`,
        ]);
    }
    return url;
}
function client_parseUrl(text) {
    try {
        return new URL(text);
    }
    catch {
        return undefined;
    }
}
function failureMessage(where, response, region) {
    const message = apiMessage(response.text);
    const hint = response.status === 403 ? `; ${forbiddenHint(message, region)}` : '';
    return `${where} failed with ${response.status}${message ? `: ${message}` : ''}${hint}`;
}
/** The API's own message: a JSON string from the DLT Lambda, `{ message }` from API Gateway, or the raw text. */
function apiMessage(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return quote(text);
    }
    if (typeof parsed === 'string')
        return quote(parsed);
    const { message, Message } = (parsed ?? {});
    const found = [message, Message].find((value) => typeof value === 'string');
    return quote(found ?? text);
}
function forbiddenHint(message, region) {
    if (/missing authentication token/i.test(message)) {
        return 'the API has no such path; check the endpoint: the DLTApiEndpoint output of the DLT stack, stage included (e.g. https://abc123.execute-api.us-east-1.amazonaws.com/prod)';
    }
    return `the caller needs IAM permission execute-api:Invoke on the DLT API, and requests must be signed for the API's region (they were signed for ${region}: give the region of the DLT stack)`;
}
function connectionReason(error, timeoutMs) {
    const { code, message } = error;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
        return `no answer within ${timeoutMs / 1000} s`;
    }
    const text = message ?? String(error);
    return code && !text.includes(code) ? `${text} (${code})` : text;
}
/** The text trimmed (a final full stop too, as the message goes on) and cut short. */
function quote(text) {
    const trimmed = text.trim().replace(/\.$/, '');
    return trimmed.length > LONGEST_QUOTED_MESSAGE ? `${trimmed.slice(0, LONGEST_QUOTED_MESSAGE)}…` : trimmed;
}

;// CONCATENATED MODULE: ./src/load-test/dlt/request.ts




/** A round of DLT's requests may hold at most this many (its limit per scenario). */
const MAX_REQUESTS_PER_ROUND = 100;
const LONGEST_TEST_MS = 24 * 3_600_000;
const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const USE_ANOTHER_ENGINE = 'use --engine local or k6';
/** The DLT test for a scenario; throws InputError listing everything DLT cannot run as written. */
function buildDltTest(scenario, options) {
    const taskCount = options.taskCount ?? 1;
    const round = weightedRound(scenario.requests);
    const problems = [
        ...optionProblems(options, taskCount),
        ...scenarioProblems(scenario, round).map((problem) => `${scenario.file}: ${problem}`),
    ];
    if (problems.length > 0 || !round)
        throw new errors/* InputError */.d(problems);
    const load = loadPlan(scenario, taskCount);
    const name = `rampart-${scenario.name}`;
    return {
        body: {
            testName: name,
            testDescription: `Rampart load test ${scenario.name} (${scenario.executor}) from ${scenario.file}`,
            testType: 'simple',
            fileType: 'none',
            showLive: false,
            testTaskConfigs: [{ region: options.region, taskCount, concurrency: load.concurrency }],
            regionalTaskDetails: { [options.region]: { dltAvailableTasks: taskCount } },
            testScenario: {
                execution: [load.execution(name)],
                scenarios: { [name]: dltScenario(scenario, round) },
            },
        },
        notices: [...load.notices, ...expectationNotices(scenario), ...abortNotices(scenario)],
    };
}
function optionProblems(options, taskCount) {
    const problems = [];
    if (options.share.count !== 1) {
        problems.push(`--shard ${options.share.index + 1}/${options.share.count}: DLT spreads the load over its own tasks; run the dlt engine once, without --shard, and set its task count instead`);
    }
    if (!Number.isInteger(taskCount) || taskCount < 1) {
        problems.push(`the DLT task count must be a whole number of at least 1, not ${taskCount}`);
    }
    if (!REGION.test(options.region)) {
        problems.push(`"${options.region}" is not an AWS region such as us-east-1: give the region of the DLT stack`);
    }
    return problems;
}
function scenarioProblems(scenario, round) {
    const problems = [];
    if (scenario.bursts) {
        problems.push(`bursts: DLT holds a steady load and cannot add bursts; remove them or ${USE_ANOTHER_ENGINE}`);
    }
    if (!round) {
        const weights = scenario.requests.map((request) => request.weight).join(':');
        problems.push(`requests: DLT sends its requests in turn, so it can mix them only in whole-number proportions of at most ${MAX_REQUESTS_PER_ROUND} requests in all, not ${weights}; ${USE_ANOTHER_ENGINE} for this mix`);
    }
    scenario.requests.forEach((request, index) => {
        const failing = (request.expectStatus ?? []).filter((status) => !isSuccessForDlt(status));
        if (failing.length > 0) {
            problems.push(`requests[${index}].expect.status: DLT counts every status outside 200-399 as a failure, so it cannot expect ${failing.join(', ')}; ${USE_ANOTHER_ENGINE}`);
        }
    });
    if (scenarioDurationMs(scenario) > LONGEST_TEST_MS) {
        problems.push(`the scenario runs ${(0,runtime_duration/* formatDuration */.a3)(scenarioDurationMs(scenario))}; DLT runs a test for at most 24h`);
    }
    return [...problems, ...thresholdProblems(scenario)];
}
function thresholdProblems(scenario) {
    const reported = DLT_PERCENTILE_FIELDS.map(([percentile]) => percentile);
    return scenario.thresholds.flatMap((threshold) => {
        if (threshold.metric === 'checks') {
            return [
                `thresholds.checks "${threshold.source}": DLT reports no checks, only successes and failures; judge http_req_failed instead, or ${USE_ANOTHER_ENGINE}`,
            ];
        }
        if (threshold.percentile !== undefined && !reported.includes(threshold.percentile)) {
            return [
                `thresholds.http_req_duration "${threshold.source}": DLT reports only ${reported.map((p) => `p(${p})`).join(', ')}; use one of those, or ${USE_ANOTHER_ENGINE}`,
            ];
        }
        return [];
    });
}
/**
 * The requests repeated in proportion to their weights (weights 1 and 3 give A, B, B, B), which DLT's
 * virtual users send in turn; undefined when the proportions need more than a round of 100.
 */
function weightedRound(requests) {
    const divisor = requests.map((request) => request.weight).reduce(greatestCommonDivisor);
    const counts = requests.map((request) => request.weight / divisor);
    const whole = counts.every((count) => Math.abs(count - Math.round(count)) < 1e-9);
    const total = counts.reduce((sum, count) => sum + Math.round(count), 0);
    if (!whole || total > MAX_REQUESTS_PER_ROUND)
        return undefined;
    return requests.flatMap((request, index) => Array(Math.round(counts[index] ?? 1)).fill(request));
}
function greatestCommonDivisor(a, b) {
    return b < 1e-9 ? a : greatestCommonDivisor(b, a % b);
}
function dltScenario(scenario, round) {
    return {
        requests: round.map((spec) => dltRequest(scenario.target, spec)),
        timeout: `${scenario.timeoutMs}ms`,
        keepalive: true,
        'retrieve-resources': false,
    };
}
function dltRequest(target, spec) {
    const request = { url: `${target}${spec.path}`, method: spec.method, headers: spec.headers };
    if (spec.body !== undefined)
        request.body = spec.body;
    return request;
}
/** What JMeter, which runs DLT's simple tests, counts as a successful response. */
function isSuccessForDlt(status) {
    return status >= 200 && status < 400;
}
/**
 * DLT's load shape: `concurrency` virtual users on every task, reached by a linear ramp from zero and
 * then held, optionally capped at `throughput` requests per second per task. Arrival-rate executors
 * become that cap (their vus the virtual users); a ramping executor ramps up to its peak and holds it
 * for the rest of its duration.
 */
function loadPlan(scenario, taskCount) {
    const arrivalRate = scenario.executor.endsWith('arrival-rate');
    const ramping = scenario.executor.startsWith('ramping');
    const start = arrivalRate ? scenario.rate : scenario.vus;
    const peak = ramping ? Math.max(start, ...scenario.stages.map((stage) => stage.target)) : start;
    const rampUpMs = ramping ? msUntilPeak(start, scenario, peak) : 0;
    const holdForMs = Math.max(1000, scenarioDurationMs(scenario) - rampUpMs);
    const virtualUsers = arrivalRate ? scenario.vus : peak;
    const concurrency = Math.max(1, Math.ceil(virtualUsers / taskCount));
    const notices = [];
    if (concurrency * taskCount !== virtualUsers) {
        notices.push(`DLT runs ${concurrency} virtual users on each of its ${taskCount} task(s): ${concurrency * taskCount} in all, where the scenario has ${virtualUsers}`);
    }
    if (ramping && !followsExactly(start, scenario, peak)) {
        notices.push(`DLT cannot follow the scenario's ${scenario.stages.length} stage(s): it ramps from 0 to the peak of ${peak} ${arrivalRate ? 'requests per second' : 'virtual users'} over ${(0,runtime_duration/* formatDuration */.a3)(rampUpMs)}, then holds the peak for ${(0,runtime_duration/* formatDuration */.a3)(holdForMs)}`);
    }
    return {
        concurrency,
        notices,
        execution: (scenarioName) => ({
            'ramp-up': dltDuration(rampUpMs),
            'hold-for': dltDuration(holdForMs),
            scenario: scenarioName,
            ...(arrivalRate && { throughput: Math.round((peak / taskCount) * 1000) / 1000 }),
        }),
    };
}
/** How long the stages take to first reach the peak. */
function msUntilPeak(start, scenario, peak) {
    if (start >= peak)
        return 0;
    const peakIndex = scenario.stages.findIndex((stage) => stage.target === peak);
    return scenario.stages.slice(0, peakIndex + 1).reduce((sum, stage) => sum + stage.durationMs, 0);
}
/** Whether the stages are already DLT's shape: one linear rise from zero (or none), then the peak held. */
function followsExactly(start, scenario, peak) {
    const peakIndex = scenario.stages.findIndex((stage) => stage.target === peak);
    const risesInOneStage = start === peak || (start === 0 && peakIndex === 0);
    return risesInOneStage && scenario.stages.slice(peakIndex + 1).every((stage) => stage.target === peak);
}
function dltDuration(ms) {
    const seconds = Math.ceil(ms / 1000);
    return seconds <= 3600 ? `${seconds}s` : `${Math.ceil(seconds / 60)}m`;
}
function expectationNotices(scenario) {
    return scenario.requests.flatMap((request, index) => request.expectStatus?.every(isSuccessForDlt)
        ? [
            `requests[${index}].expect.status [${request.expectStatus.join(', ')}]: DLT counts every 2xx and 3xx response as a success`,
        ]
        : []);
}
function abortNotices(scenario) {
    return scenario.thresholds
        .filter((threshold) => threshold.abortOnFail)
        .map((threshold) => `${threshold.metric} "${threshold.source}" (abortOnFail): DLT reports results only when the test ends, so it cannot stop early; the threshold is judged at the end`);
}

;// CONCATENATED MODULE: ./src/load-test/dlt/run-dlt.ts







const FIRST_POLL_INTERVAL_MS = 5_000;
const MAX_POLL_INTERVAL_MS = 60_000;
/** Status reads in a row that may fail on a network error, a throttle or a 5xx before the run is given up. */
const MAX_POLL_FAILURES = 5;
/**
 * Runs the scenario on the AWS Distributed Load Testing solution: creates the test, reads its status
 * with jittered exponential backoff until it is complete, and returns DLT's summary as measurements.
 * A failed or cancelled test, the timeout or the user's abort throw EngineFailure (a running test is
 * cancelled first).
 */
async function runDlt(options) {
    const { body, notices } = buildDltTest(options.scenario, options);
    for (const notice of notices)
        options.onStatus?.(notice);
    if (options.signal?.aborted)
        throw new EngineFailure('cancelled by the user before the DLT test started');
    const client = new DltClient(options);
    const now = options.now ?? Date.now;
    const deadline = now() + options.timeoutMs;
    const created = await client.createTest(body);
    if (!created?.testId) {
        throw new Error(`the DLT API created no test (its answer has no testId): is ${options.endpoint} the DLT API?`);
    }
    const run = { client, options, testId: created.testId, deadline, status: '', failures: 0 };
    noteStatus(run, created.status ?? 'created');
    return { measurements: measurementsOfDltTest(await waitUntilComplete(run)) };
}
async function waitUntilComplete(run) {
    const { options } = run;
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms, signal) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }));
    for (let attempt = 0;; attempt++) {
        const remainingMs = run.deadline - now();
        if (remainingMs <= 0)
            throw await cancelAndFail(run, timeoutMessage(run));
        await sleep(Math.min(pollDelay(attempt, options), remainingMs), options.signal).catch(() => undefined);
        if (options.signal?.aborted)
            throw await cancelAndFail(run, 'cancelled by the user');
        const test = await readTest(run);
        if (!test?.status)
            continue;
        noteStatus(run, test.status);
        const status = test.status.toLowerCase();
        if (status === 'complete')
            return test;
        if (status === 'failed' || status === 'cancelled')
            throw endedWithoutResults(run.testId, test);
    }
}
/** The wait before status read `attempt`: doubling from the first interval up to the cap, ±20%. */
function pollDelay(attempt, options) {
    const cap = options.maxPollIntervalMs ?? MAX_POLL_INTERVAL_MS;
    const interval = Math.min(cap, (options.pollIntervalMs ?? FIRST_POLL_INTERVAL_MS) * 2 ** attempt);
    return Math.round(Math.min(cap, interval * (0.8 + 0.4 * (options.random ?? Math.random)())));
}
/** The test's state, or undefined when this read failed in a way worth trying again. */
async function readTest(run) {
    try {
        const test = await run.client.getTest(run.testId, run.options.signal);
        run.failures = 0;
        return test;
    }
    catch (error) {
        if (run.options.signal?.aborted)
            return undefined;
        const message = error.message;
        if (!isTransient(error) || ++run.failures >= MAX_POLL_FAILURES) {
            throw new EngineFailure(`lost track of DLT test ${run.testId}: ${message}. It may still be running: see it in the DLT console`);
        }
        run.options.onStatus?.(`DLT test ${run.testId}: could not read its status (${message}); trying again`);
        return undefined;
    }
}
function isTransient(error) {
    return (error instanceof DltConnectionError ||
        (error instanceof DltApiError && (error.status === 429 || error.status >= 500)));
}
function noteStatus(run, status) {
    if (status === run.status)
        return;
    run.status = status;
    run.options.onStatus?.(`DLT test ${run.testId}: ${status}`);
}
function timeoutMessage(run) {
    const load = (0,runtime_duration/* formatDuration */.a3)(scenarioDurationMs(run.options.scenario));
    return `the DLT test ${run.testId} did not finish within ${(0,runtime_duration/* formatDuration */.a3)(run.options.timeoutMs)} (last status: ${run.status}); raise --timeout if it needs longer: the scenario runs ${load}, and DLT takes a few minutes to start its tasks and gather the results`;
}
/** Cancels the running test; the failure says whether that worked. */
async function cancelAndFail(run, reason) {
    try {
        await run.client.cancelTest(run.testId);
        run.options.onStatus?.(`DLT test ${run.testId}: cancelling`);
        return new EngineFailure(`${reason}; the DLT test ${run.testId} was cancelled`);
    }
    catch (error) {
        return new EngineFailure(`${reason}; cancelling the DLT test ${run.testId} failed too (${error.message}): cancel it in the DLT console`);
    }
}
function endedWithoutResults(testId, test) {
    const ended = test.status?.toLowerCase() === 'failed' ? 'failed' : 'was cancelled';
    const reason = test.errorReason ? `: ${test.errorReason}` : '';
    return new EngineFailure(`the DLT test ${testId} ${ended}${reason} (its logs are in the DLT console)`);
}
/**
 * DLT's summary as measurements: counts from succ and fail, latencies (seconds in DLT) as a latency
 * summary in milliseconds. DLT keeps no samples, so the histogram and the timeline stay empty.
 */
function measurementsOfDltTest(test) {
    const total = test.results?.total;
    if (!total) {
        throw new EngineFailure(`the DLT test ${test.testId} completed without results (no results.total): no request was recorded; check the target and the test's logs in the DLT console`);
    }
    const field = (name) => requiredNumber(test.testId, total, name);
    const measurements = (0,metrics/* emptyMeasurements */.H0)();
    measurements.requests = field('succ') + field('fail');
    measurements.failed = field('fail');
    countResponseCodes(measurements, total.rc ?? []);
    measurements.durationMs = secondsToMs(optionalNumber(total.testDuration) ?? 0);
    measurements.latencySummary = {
        avgMs: secondsToMs(field('avg_rt')),
        minMs: optionalMs(total.p0_0),
        maxMs: optionalMs(total.p100_0),
        percentilesMs: percentilesMs(total),
    };
    return measurements;
}
/** The failures by kind: JMeter names an HTTP status by its number, and a network failure by its Java exception. */
function countResponseCodes(measurements, codes) {
    for (const { code, count } of codes) {
        const times = optionalNumber(count) ?? 0;
        if (/^\d{3}$/.test(String(code)))
            measurements.unexpectedStatus += times;
        else if (/timeout|timed out/i.test(String(code)))
            measurements.timeouts += times;
        else
            measurements.connectionErrors += times;
    }
}
function percentilesMs(total) {
    const percentiles = {};
    for (const [percentile, name] of DLT_PERCENTILE_FIELDS) {
        const ms = optionalMs(total[name]);
        if (ms !== undefined)
            percentiles[percentile] = ms;
    }
    return percentiles;
}
function requiredNumber(testId, total, name) {
    const value = optionalNumber(total[name]);
    if (value === undefined) {
        throw new EngineFailure(`the DLT test ${testId} completed, but its results.total.${name} is ${JSON.stringify(total[name]) ?? 'missing'}, not a number`);
    }
    return value;
}
function optionalNumber(value) {
    if (value === undefined || value === '')
        return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
}
function optionalMs(seconds) {
    const value = optionalNumber(seconds);
    return value === undefined ? undefined : secondsToMs(value);
}
/** Rounded to the microsecond, finer than anything DLT reports, so that 0.512 s is 512 ms exactly. */
function secondsToMs(seconds) {
    return Math.round(seconds * 1_000_000) / 1000;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/load-test/k6/points.ts




/** k6's error codes for a request that timed out: 1050 the request, 1211 the connection (dial). */
const TIMEOUT_ERROR_CODES = new Set(['1050', '1211']);
/** Reads k6's JSON output, a line at a time (a long run writes gigabytes), into measurements. */
async function readK6Points(file) {
    const reader = k6PointsReader(file);
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file), crlfDelay: Infinity });
    for await (const line of lines)
        reader.add(line);
    return reader.finish();
}
/**
 * Measurements from k6's output lines: each http_req_duration sample is one request, exactly in the
 * histogram; `checks` samples are checks; `dropped_iterations` are arrivals k6 could not send (one
 * iteration sends one request). `source` names the output in errors.
 */
function k6PointsReader(source) {
    const measurements = (0,metrics/* emptyMeasurements */.H0)();
    let firstMs;
    let earliestMs = Infinity;
    let latestMs = -Infinity;
    let lineNumber = 0;
    let unreadable;
    return {
        add(line) {
            lineNumber++;
            // k6 stopped hard can leave its last line cut short; a bad line anywhere else is an error.
            if (unreadable)
                throw new EngineFailure(unreadable);
            if (line.trim() === '')
                return;
            let parsed;
            try {
                parsed = JSON.parse(line);
            }
            catch (error) {
                unreadable = `${source}:${lineNumber}: k6's output is not JSON: ${error.message}`;
                return;
            }
            const point = toPoint(parsed, `${source}:${lineNumber}`);
            if (!point)
                return;
            firstMs ??= point.epochMs;
            earliestMs = Math.min(earliestMs, point.epochMs);
            latestMs = Math.max(latestMs, point.epochMs);
            addPoint(measurements, point, Math.max(0, Math.floor((point.epochMs - firstMs) / 1000)));
        },
        finish() {
            measurements.durationMs = latestMs > earliestMs ? latestMs - earliestMs : 0;
            return measurements;
        },
    };
}
function toPoint(parsed, where) {
    if (parsed.type !== 'Point' || !parsed.metric || !parsed.data)
        return undefined;
    const epochMs = parseTime(parsed.data.time ?? '');
    if (Number.isNaN(epochMs)) {
        throw new EngineFailure(`${where}: k6's output has a point without a valid time ("${parsed.data.time}")`);
    }
    return { metric: parsed.metric, epochMs, value: parsed.data.value ?? 0, tags: parsed.data.tags ?? {} };
}
/** RFC 3339 with k6's nanoseconds (`2017-05-09T14:34:45.625742514+02:00`), to a fraction of a millisecond. */
function parseTime(time) {
    const match = /^(.+T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(time);
    if (!match)
        return Number.NaN;
    return Date.parse(`${match[1]}${match[3]}`) + Number(`0${match[2] ?? ''}`) * 1000;
}
function addPoint(measurements, point, second) {
    switch (point.metric) {
        case 'http_req_duration':
            (0,metrics/* recordRequest */.Vi)(measurements, {
                kind: outcomeOf(point.tags),
                latencyMs: point.value,
                second,
                checked: false,
            });
            break;
        case 'checks':
            measurements.checksTotal++;
            if (point.value > 0)
                measurements.checksPassed++;
            break;
        case 'dropped_iterations':
            measurements.dropped += point.value;
            break;
    }
}
/**
 * How a request ended, from the tags k6 puts on every sample of it. `expected_response` is the
 * verdict of the response callback, the very value of the request's http_req_failed sample; without
 * it (no callback, or the tag turned off) Rampart's default applies: 200-399 succeed. A failed request
 * timed out (error_code 1050 or 1211), got no response at all (status 0: DNS, TCP, TLS, HTTP/2
 * errors), or got a status it did not expect.
 */
function outcomeOf(tags) {
    const status = Number(tags.status ?? 0);
    const failed = tags.expected_response === undefined
        ? !(status >= 200 && status < 400)
        : tags.expected_response === 'false';
    if (!failed)
        return 'ok';
    if (TIMEOUT_ERROR_CODES.has(tags.error_code ?? ''))
        return 'timeout';
    return status > 0 ? 'unexpected-status' : 'connection-error';
}

;// CONCATENATED MODULE: ./src/runtime/seeded-random.ts
/** A small deterministic generator (mulberry32): the same draws for the same seed, run to run. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let value = state;
        value = Math.imul(value ^ (value >>> 15), value | 1);
        value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
        return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./src/load-test/schedule.ts


/** Bursts are the whole run's: every shard and thread draws the same windows from this seed. */
const BURST_SEED = 1;
function loadShape(scenario, share) {
    const durationMs = scenarioDurationMs(scenario);
    const kind = scenario.executor.endsWith('arrival-rate') ? 'arrival-rate' : 'vus';
    const start = kind === 'arrival-rate' ? scenario.rate : scenario.vus;
    const base = scenario.executor.startsWith('ramping')
        ? (ms) => ramp(start, scenario.stages, ms)
        : () => start;
    const bursts = scenario.bursts ? burstWindows(scenario.bursts, durationMs, seededRandom(BURST_SEED)) : [];
    const factor = scenario.bursts?.factor ?? 1;
    const part = (whole) => kind === 'arrival-rate' ? whole / share.count : shareOf(Math.round(whole), share);
    const highest = Math.max(start, ...(scenario.executor.startsWith('ramping') ? scenario.stages : []).map((stage) => stage.target));
    return {
        kind,
        durationMs,
        peak: part(highest * Math.max(1, bursts.length > 0 ? factor : 1)),
        at(ms) {
            const inBurst = bursts.some((window) => ms >= window.start && ms < window.end);
            return part(base(ms) * (inBurst ? factor : 1));
        },
    };
}
/** Linear from `start` to each stage's target over the stage, k6's ramping. */
function ramp(start, stages, ms) {
    let from = start;
    let elapsed = 0;
    for (const stage of stages) {
        if (ms < elapsed + stage.durationMs)
            return from + ((stage.target - from) * (ms - elapsed)) / stage.durationMs;
        elapsed += stage.durationMs;
        from = stage.target;
    }
    return from;
}
/** Burst windows: idle gaps of `every` ± `jitter` (random), each burst lasting `duration`. */
function burstWindows(bursts, durationMs, random) {
    const windows = [];
    let at = 0;
    for (;;) {
        at += Math.max(0, bursts.everyMs + (random() * 2 - 1) * bursts.jitterMs);
        if (at >= durationMs || bursts.everyMs <= 0)
            return windows;
        windows.push({ start: at, end: at + bursts.durationMs });
        at += bursts.durationMs;
    }
}
/** A share of a whole count: shard `index` of `count` gets its part, the parts adding up to `total`. */
function shareOf(total, share) {
    return Math.floor((total + share.count - 1 - share.index) / share.count);
}

;// CONCATENATED MODULE: ./src/load-test/k6/script.ts




/**
 * A self-contained k6 script that runs the scenario: its executor (with its bursts as stages), the
 * weighted request mix, a check per request that expects statuses, and the abortOnFail thresholds k6
 * can evaluate. Every scenario value is embedded as JSON, so no text of the scenario can become code.
 */
function k6Script(scenario) {
    const options = {
        discardResponseBodies: true,
        scenarios: { [k6ScenarioName(scenario.name)]: k6Executor(scenario) },
        thresholds: k6Thresholds(scenario.thresholds),
    };
    const requests = k6Requests(scenario);
    const totalWeight = requests.at(-1)?.cumulativeWeight ?? 0;
    return `// Generated by Rampart from a load-test scenario: change the scenario, not this file.
import http from 'k6/http';
import { check } from 'k6';

export const options = ${script_embed(options)};

const requests = ${script_embed(requests)};
const totalWeight = ${script_embed(totalWeight)};

// A request's own expected statuses decide http_req_failed, as they decide failure in Rampart.
for (const request of requests) {
  if (request.expectStatus) request.params.responseCallback = http.expectedStatuses(...request.expectStatus);
}

function pickRequest() {
  const draw = Math.random() * totalWeight;
  return requests.find((request) => draw < request.cumulativeWeight) || requests[requests.length - 1];
}

export default function () {
  const request = pickRequest();
  const response = http.request(request.method, request.url, request.body, request.params);
  if (request.expectStatus) {
    check(response, { [request.check]: (answer) => request.expectStatus.includes(answer.status) });
  }
}
`;
}
/**
 * JSON is a JavaScript expression. U+2028 and U+2029 are escaped too: engines before ES2019 end a line
 * at them, even inside a string.
 */
function script_embed(value) {
    return JSON.stringify(value, null, 2)
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** k6 accepts only letters, digits, `_` and `-` in a scenario's name. */
function k6ScenarioName(name) {
    return name.replace(/[^A-Za-z0-9_-]/g, '_') || 'rampart';
}
function k6Executor(scenario) {
    const arrivals = scenario.executor.endsWith('arrival-rate');
    const steady = scenario.executor.startsWith('constant') && !scenario.bursts;
    const duration = k6Duration(scenario.durationMs);
    const inFlight = { preAllocatedVUs: Math.max(1, scenario.vus), maxVUs: Math.max(1, scenario.vus) };
    if (steady && arrivals) {
        const { timeUnit, scaled } = perTimeUnit([scenario.rate]);
        return { executor: 'constant-arrival-rate', rate: scaled[0], timeUnit, duration, ...inFlight };
    }
    if (steady)
        return { executor: 'constant-vus', vus: scenario.vus, duration };
    const { start, stages } = loadStages(scenario, arrivals ? scenario.rate : scenario.vus);
    if (arrivals) {
        const { timeUnit, scaled } = perTimeUnit([start, ...stages.map((stage) => stage.target)]);
        return {
            executor: 'ramping-arrival-rate',
            startRate: scaled[0],
            timeUnit,
            stages: stages.map((stage, index) => k6Stage(stage, scaled[index + 1])),
            ...inFlight,
        };
    }
    return {
        executor: 'ramping-vus',
        startVUs: Math.round(start),
        stages: stages.map((stage) => k6Stage(stage, Math.round(stage.target))),
    };
}
function k6Stage(stage, target) {
    return { duration: k6Duration(stage.durationMs), target };
}
function k6Duration(ms) {
    return `${ms}ms`;
}
/**
 * k6 takes whole numbers of iterations per time unit: a fractional rate (0.5/s, or 4.5/s in a burst)
 * becomes a whole number per 10, 100 or 1000 seconds.
 */
function perTimeUnit(ratesPerSecond) {
    const seconds = [1, 10, 100, 1000].find((unit) => ratesPerSecond.every((rate) => Math.abs(rate * unit - Math.round(rate * unit)) < 1e-6)) ?? 1000;
    return { timeUnit: `${seconds}s`, scaled: ratesPerSecond.map((rate) => Math.round(rate * seconds)) };
}
/** k6 ramps linearly between stages, so a sudden change becomes a ramp this short. */
const STEP_MS = 1;
function loadStages(scenario, level) {
    const totalMs = scenarioDurationMs(scenario);
    // The same windows as the local engine's, whole milliseconds.
    const windows = scenario.bursts
        ? burstWindows(scenario.bursts, totalMs, seededRandom(BURST_SEED)).map((window) => ({
            start: Math.round(window.start),
            end: Math.min(totalMs, Math.round(window.end)),
        }))
        : [];
    const factor = scenario.bursts?.factor ?? 1;
    const inBurst = (ms) => windows.some((window) => ms >= window.start && ms < window.end);
    const cuts = windows.flatMap((window) => [window.start, window.end]);
    const pieces = splitAt(basePieces(scenario, level, totalMs), cuts).map((piece) => inBurst(piece.startMs) ? { ...piece, from: piece.from * factor, to: piece.to * factor } : piece);
    return toStages(pieces, level);
}
function basePieces(scenario, level, totalMs) {
    if (!scenario.executor.startsWith('ramping'))
        return [{ startMs: 0, endMs: totalMs, from: level, to: level }];
    const pieces = [];
    let startMs = 0;
    let from = level;
    for (const stage of scenario.stages) {
        if (stage.durationMs > 0)
            pieces.push({ startMs, endMs: startMs + stage.durationMs, from, to: stage.target });
        startMs += stage.durationMs;
        from = stage.target;
    }
    return pieces;
}
function splitAt(pieces, cuts) {
    return pieces.flatMap((piece) => {
        const inside = [...new Set(cuts)]
            .filter((ms) => ms > piece.startMs && ms < piece.endMs)
            .sort((a, b) => a - b);
        const bounds = [piece.startMs, ...inside, piece.endMs];
        return bounds.slice(1).map((endMs, index) => {
            const startMs = bounds[index];
            return { startMs, endMs, from: valueIn(piece, startMs), to: valueIn(piece, endMs) };
        });
    });
}
function valueIn(piece, ms) {
    return piece.from + ((piece.to - piece.from) * (ms - piece.startMs)) / (piece.endMs - piece.startMs);
}
function toStages(pieces, level) {
    const start = pieces[0]?.from ?? level;
    const stages = [];
    let current = start;
    for (const piece of pieces) {
        let durationMs = piece.endMs - piece.startMs;
        if (Math.abs(piece.from - current) > 1e-9 && durationMs > STEP_MS) {
            stages.push({ durationMs: STEP_MS, target: piece.from });
            durationMs -= STEP_MS;
        }
        stages.push({ durationMs, target: piece.to });
        current = piece.to;
    }
    return { start, stages };
}
function k6Requests(scenario) {
    let cumulativeWeight = 0;
    return scenario.requests.map((spec) => {
        cumulativeWeight += spec.weight;
        return {
            method: spec.method,
            url: `${scenario.target}${spec.path}`,
            body: spec.body ?? null,
            params: { headers: spec.headers, timeout: k6Duration(scenario.timeoutMs) },
            cumulativeWeight,
            ...(spec.expectStatus && {
                expectStatus: spec.expectStatus,
                check: `${spec.method} ${spec.path} status in ${spec.expectStatus.join(',')}`,
            }),
        };
    });
}
/**
 * Only what k6 must stop the run for: abortOnFail thresholds it can evaluate itself (not `count` of a
 * rate metric, which k6 lacks, nor a bound relative to a baseline). Rampart judges every threshold
 * on the measurements afterwards.
 */
function k6Thresholds(thresholds) {
    const byMetric = {};
    for (const threshold of thresholds.filter((candidate) => candidate.abortOnFail && k6CanEvaluate(candidate))) {
        (byMetric[threshold.metric] ??= []).push({
            threshold: threshold.source,
            abortOnFail: true,
            delayAbortEval: k6Duration(threshold.delayAbortEvalMs),
        });
    }
    return byMetric;
}
function k6CanEvaluate(threshold) {
    const countOfRate = load_test_thresholds/* METRIC_KINDS */.Rc[threshold.metric] === 'rate' && threshold.aggregation === 'count';
    return threshold.bound.kind === 'number' && !countOfRate;
}

;// CONCATENATED MODULE: ./src/load-test/k6/run-k6.ts









/** k6's exit code when thresholds were crossed (at the end, or early by abortOnFail). */
const THRESHOLDS_CROSSED = 99;
const STDERR_LINES_REPORTED = 10;
/** k6's exit codes that point at the script or its options. */
const EXIT_REASONS = {
    104: 'its options are invalid',
    107: 'the script threw an exception',
    108: 'the script aborted the test',
};
/** After SIGINT k6 stops gracefully (in-flight iterations, summary); past this it is killed. */
const STOP_GRACE_MS = 30_000;
const K6_BINARY = process.platform === 'win32' ? 'k6.exe' : 'k6';
const K6_MISSING = 'k6 is not on PATH: install it (GitHub Actions: the grafana/setup-k6-action step; CodeBuild: build it with pipelines/buildspecs/k6-build.yml), or run with --engine local';
/**
 * The k6 engine: runs the scenario's generated script (or the user's own) with the k6 binary, this
 * shard's part of the load given as k6 execution segments. The measurements are every request k6
 * wrote to its JSON output, so that shards merge exactly; k6 itself only stops the run early on an
 * abortOnFail threshold.
 */
async function runK6(options) {
    const k6 = await findK6(options.k6Path);
    const ownScript = options.script ? await userScript(options.script) : undefined;
    await (0,promises_.mkdir)(options.workDir, { recursive: true });
    const files = {
        points: (0,external_node_path_.join)(options.workDir, 'points.json'),
        summary: (0,external_node_path_.join)(options.workDir, 'summary.json'),
    };
    await Promise.all([(0,promises_.rm)(files.points, { force: true }), (0,promises_.rm)(files.summary, { force: true })]);
    const scriptFile = ownScript ?? (await writeGeneratedScript(options));
    const exit = await runProcess(k6, k6RunArguments(scriptFile, files, options.share), options);
    const stopped = options.signal?.aborted ?? false;
    if (exit.code !== 0 && exit.code !== THRESHOLDS_CROSSED && !stopped)
        throw new EngineFailure(describeExit(exit));
    const measurements = await readPoints(files.points);
    options.onSnapshot?.(measurements, measurements.durationMs);
    const threshold = exit.code === THRESHOLDS_CROSSED
        ? await abortedBy(files.summary, options.scenario.thresholds)
        : undefined;
    return threshold
        ? { measurements, aborted: { threshold, atMs: Math.round(measurements.durationMs) } }
        : { measurements };
}
function k6RunArguments(script, files, share) {
    return [
        'run',
        '--quiet',
        '--no-color',
        '--out',
        `json=${files.points}`,
        `--summary-export=${files.summary}`,
        ...executionSegmentArguments(share),
        script,
    ];
}
/**
 * Shard `index` of `count` as k6's execution segment in a sequence of equal segments. With equal
 * segments k6 gives segment i the i-th, (i+count)-th, … virtual user and arrival, so each shard gets
 * the rate divided by count and the VUs split as Rampart's local engine splits them (the first shards
 * take the remainder).
 */
function executionSegmentArguments(share) {
    if (share.count <= 1)
        return [];
    const boundary = (at) => (at === 0 ? '0' : at === share.count ? '1' : `${at}/${share.count}`);
    const sequence = Array.from({ length: share.count + 1 }, (_, at) => boundary(at));
    return [
        '--execution-segment',
        `${boundary(share.index)}:${boundary(share.index + 1)}`,
        '--execution-segment-sequence',
        sequence.join(','),
    ];
}
async function findK6(k6Path) {
    if (k6Path) {
        if (await isExecutableFile(k6Path))
            return (0,external_node_path_.resolve)(k6Path);
        throw new errors/* InputError */.d([`k6 binary ${k6Path} is missing or not executable: give the path of a k6 binary`]);
    }
    for (const directory of (process.env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean)) {
        const candidate = (0,external_node_path_.join)(directory, K6_BINARY);
        if (await isExecutableFile(candidate))
            return candidate;
    }
    throw new errors/* InputError */.d([K6_MISSING]);
}
async function isExecutableFile(path) {
    try {
        await (0,promises_.access)(path, external_node_fs_.constants.X_OK);
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}
async function userScript(script) {
    if (!(await (0,promises_.stat)(script).catch(() => undefined))?.isFile()) {
        throw new errors/* InputError */.d([`k6 script ${script} does not exist: give the path of a k6 test script`]);
    }
    return (0,external_node_path_.resolve)(script);
}
async function writeGeneratedScript(options) {
    const file = (0,external_node_path_.join)(options.workDir, 'script.js');
    await (0,promises_.writeFile)(file, k6Script(options.scenario));
    return file;
}
async function readPoints(file) {
    if (!(await (0,promises_.stat)(file).catch(() => undefined))) {
        throw new EngineFailure(`k6 wrote no results (${file} is missing): see k6's messages above`);
    }
    return readK6Points(file);
}
function runProcess(command, args, options) {
    return new Promise((resolveExit, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        const lastErrors = [];
        forwardLines(child.stdout, (line) => options.onStatus?.(line));
        forwardLines(child.stderr, (line) => {
            options.onStatus?.(line);
            lastErrors.push(line);
            if (lastErrors.length > STDERR_LINES_REPORTED)
                lastErrors.shift();
        });
        const stopper = gracefulStopper(child);
        const stop = () => stopper.stop();
        options.signal?.addEventListener('abort', stop, { once: true });
        if (options.signal?.aborted)
            stop();
        const settle = () => {
            stopper.cancel();
            options.signal?.removeEventListener('abort', stop);
        };
        child.once('error', (error) => {
            settle();
            reject(new EngineFailure(`k6 could not be started (${command}): ${error.message}`));
        });
        child.once('close', (code, signal) => {
            settle();
            resolveExit({ code, signal, lastErrors });
        });
    });
}
function forwardLines(stream, onLine) {
    (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
        if (line.trim() !== '')
            onLine(line);
    });
}
/** SIGINT first, as Ctrl-C: k6 stops the iterations and still writes its output; SIGKILL if it hangs. */
function gracefulStopper(child) {
    let deadline;
    return {
        stop() {
            if (deadline)
                return;
            child.kill('SIGINT');
            deadline = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
            deadline.unref();
        },
        cancel() {
            clearTimeout(deadline);
        },
    };
}
function describeExit(exit) {
    const reason = exit.code === null ? undefined : EXIT_REASONS[exit.code];
    const how = exit.code === null
        ? `was stopped by ${exit.signal}`
        : `exited with code ${exit.code}${reason ? ` (${reason})` : ''}`;
    const messages = exit.lastErrors.length > 0 ? `:\n${exit.lastErrors.join('\n')}` : ' (it printed no errors)';
    return `k6 ${how}${messages}`;
}
// --- Which abortOnFail threshold stopped the run
async function abortedBy(summaryFile, thresholds) {
    const text = await (0,promises_.readFile)(summaryFile, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    try {
        return failedAbortThreshold(JSON.parse(text), thresholds);
    }
    catch {
        return undefined;
    }
}
/**
 * The first abortOnFail threshold the summary (`--summary-export`) says failed, as `metric source`.
 * The export gives each threshold of a metric as `"p(95)<500": true` when it FAILED (k6 keeps that
 * inverted boolean for compatibility); a summary in handleSummary's shape gives `{ "ok": false }`.
 */
function failedAbortThreshold(summary, thresholds) {
    const metrics = summary
        ?.metrics;
    const failed = thresholds.find((threshold) => {
        if (!threshold.abortOnFail)
            return false;
        const verdict = metrics?.[threshold.metric]?.thresholds?.[threshold.source];
        return typeof verdict === 'boolean' ? verdict : verdict?.ok === false;
    });
    return failed && `${failed.metric} ${failed.source}`;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/load-test/local/generator.ts





/** How long requests still in flight at the end may take to finish. */
const MAX_DRAIN_MS = 30_000;
/** undici checks timeouts on a coarse timer: a request may outlive its timeout by up to a second. */
const TIMER_SLACK_MS = 1_000;
/** Arrivals an arrival-rate run holds back while every slot is busy, per slot, before dropping them. */
const QUEUE_PER_SLOT = 10;
const TICK_MS = 1;
const VU_CHECK_MS = 100;
/**
 * Sends the scenario's requests with undici (HTTP/1.1, keep-alive) and measures them. Arrival-rate
 * executors send on a timetable and measure each request from the time it was due, so that a
 * stalled server shows in the latency instead of silently slowing the load (coordinated omission).
 */
async function generator_generateLoad(options) {
    const { scenario, share } = options;
    const shape = loadShape(scenario, share);
    const random = seededRandom(share.index + 1);
    const slots = Math.max(1, shape.kind === 'vus' ? shape.peak : shareOf(scenario.vus, share));
    const target = new URL(scenario.target);
    // A client (one keep-alive connection) per request slot, taken from the idle ones: a pool would
    // search its connections for a free one on every request.
    const clients = Array.from({ length: slots }, () => new undici/* Client */.Kj(target.origin, {
        pipelining: 1,
        headersTimeout: scenario.timeoutMs,
        bodyTimeout: scenario.timeoutMs,
        connect: { timeout: scenario.timeoutMs },
    }));
    const idle = [...clients];
    const requests = prepare(scenario.requests, target);
    const measurements = (0,metrics/* emptyMeasurements */.H0)();
    const start = external_node_perf_hooks_.performance.now();
    const elapsed = () => external_node_perf_hooks_.performance.now() - start;
    let inFlight = 0;
    let stopped = options.signal?.aborted ?? false;
    let cutOff = false;
    let drained = () => undefined;
    const send = (request, dueMs, onDone) => {
        inFlight++;
        const client = idle.pop();
        let status = 0;
        const finish = (kind) => {
            inFlight--;
            idle.push(client);
            const now = elapsed();
            (0,metrics/* recordRequest */.Vi)(measurements, {
                kind,
                latencyMs: now - dueMs,
                second: Math.floor(now / 1000),
                checked: request.spec.expectStatus !== undefined,
            });
            onDone();
            if (stopped && inFlight === 0)
                drained();
        };
        client.dispatch(request.options, {
            onConnect() { },
            onHeaders(code) {
                status = code;
                return true;
            },
            onData() {
                return true;
            },
            onComplete() {
                finish(isExpected(request.spec, status) ? 'ok' : 'unexpected-status');
            },
            onError(error) {
                finish(isTimeout(error) || cutOff ? 'timeout' : 'connection-error');
            },
        });
    };
    const pick = () => pickRequest(requests, random());
    const running = shape.kind === 'arrival-rate'
        ? runArrivals(shape, slots, { send, pick, elapsed, isStopped: () => stopped, inFlight: () => inFlight }, measurements)
        : runVirtualUsers(shape, { send, pick, elapsed, isStopped: () => stopped });
    const snapshots = setInterval(() => options.onSnapshot?.(measurements, elapsed()), 1000);
    const stop = () => {
        stopped = true;
    };
    const aborted = new Promise((resolve) => {
        if (options.signal?.aborted)
            resolve();
        options.signal?.addEventListener('abort', () => resolve(), { once: true });
    }).then(stop);
    try {
        await Promise.race([running, aborted]);
        stop();
        measurements.durationMs = Math.min(elapsed(), shape.durationMs);
        if (inFlight > 0) {
            await new Promise((resolve) => {
                drained = resolve;
                setTimeout(resolve, Math.min(scenario.timeoutMs + TIMER_SLACK_MS, MAX_DRAIN_MS)).unref();
            });
        }
    }
    finally {
        clearInterval(snapshots);
        // Whatever is still in flight has outlived its timeout (or the longest drain): it ends as a timeout.
        cutOff = true;
        await Promise.all(clients.map((client) => client.destroy()));
    }
    options.onSnapshot?.(measurements, elapsed());
    return measurements;
}
/** The timetable: each arrival is due at its time; while every slot is busy it waits (and its wait counts). */
function runArrivals(shape, slots, sender, measurements) {
    const waiting = new Float64Array(slots * QUEUE_PER_SLOT);
    let head = 0;
    let size = 0;
    let next = 0;
    const release = () => {
        if (size === 0 || sender.isStopped())
            return;
        const due = waiting[head];
        head = (head + 1) % waiting.length;
        size--;
        sender.send(sender.pick(), due, release);
    };
    return new Promise((resolve) => {
        const tick = () => {
            const now = sender.elapsed();
            if (sender.isStopped() || now >= shape.durationMs) {
                resolve();
                return;
            }
            while (next <= now) {
                if (sender.inFlight() < slots)
                    sender.send(sender.pick(), next, release);
                else if (size < waiting.length) {
                    waiting[(head + size) % waiting.length] = next;
                    size++;
                }
                else
                    measurements.dropped++;
                const rate = shape.at(next);
                next += rate > 0 ? 1000 / rate : TICK_MS;
            }
            wakeBefore(next - sender.elapsed(), tick);
        };
        tick();
    });
}
/**
 * Node's timers fire a millisecond late or so, and the lateness would count as latency: sleep until
 * about a millisecond before the next arrival is due, then poll (I/O still runs between polls).
 */
function wakeBefore(waitMs, tick) {
    if (waitMs >= 2)
        setTimeout(tick, Math.floor(waitMs) - 1);
    else
        setImmediate(tick);
}
/** Closed loops: each virtual user sends its next request when the last one is done. */
function runVirtualUsers(shape, sender) {
    let active = 0;
    const wanted = () => shape.at(sender.elapsed());
    const loop = (id) => {
        if (sender.isStopped() || id >= wanted()) {
            active--;
            return;
        }
        sender.send(sender.pick(), sender.elapsed(), () => loop(id));
    };
    return new Promise((resolve) => {
        const adjust = () => {
            if (sender.isStopped() || sender.elapsed() >= shape.durationMs) {
                resolve();
                return;
            }
            for (const target = wanted(); active < target; active++)
                loop(active);
            setTimeout(adjust, VU_CHECK_MS);
        };
        adjust();
    });
}
function prepare(specs, target) {
    const basePath = target.pathname.replace(/\/$/, '');
    let cumulativeWeight = 0;
    return specs.map((spec) => {
        cumulativeWeight += spec.weight;
        return {
            spec,
            cumulativeWeight,
            options: {
                origin: target.origin,
                path: `${basePath}${spec.path}`,
                method: spec.method,
                headers: Object.keys(spec.headers).length > 0 ? spec.headers : undefined,
                body: spec.body,
            },
        };
    });
}
function pickRequest(requests, draw) {
    const total = requests.at(-1).cumulativeWeight;
    const point = draw * total;
    return requests.find((request) => point < request.cumulativeWeight) ?? requests.at(-1);
}
function isExpected(spec, status) {
    return spec.expectStatus ? spec.expectStatus.includes(status) : status >= 200 && status < 400;
}
function isTimeout(error) {
    const code = error.code ?? '';
    return ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'].includes(code);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/load-test/local/threads.ts



/**
 * Worker `thread` of `threads` inside `share`: the threads of every shard interleave, so that the
 * parts of all of them add up to the whole load exactly as the shards' parts do.
 */
function threadShare(share, thread, threads) {
    return { index: share.index + thread * share.count, count: share.count * threads };
}
async function generateLoadOnThreads(options, script, threads) {
    const latest = [];
    const merged = () => {
        const total = (0,metrics/* emptyMeasurements */.H0)();
        for (const part of latest)
            (0,metrics/* mergeInto */.Pz)(total, part);
        total.durationMs = Math.max(0, ...latest.map((part) => part.durationMs));
        return total;
    };
    const runs = Array.from({ length: threads }, (_, thread) => runWorker(script, { ...options, share: threadShare(options.share, thread, threads) }, (snapshot, ms) => {
        latest[thread] = snapshot;
        if (thread === 0)
            options.onSnapshot?.(merged(), ms);
    }).then((final) => {
        latest[thread] = final;
    }));
    await Promise.all(runs);
    const total = merged();
    options.onSnapshot?.(total, total.durationMs);
    return total;
}
function runWorker(script, options, onSnapshot) {
    const setup = {
        rampartLoadTestWorker: true,
        scenario: options.scenario,
        share: options.share,
    };
    const worker = new external_node_worker_threads_.Worker(script, { workerData: setup });
    const stop = () => worker.postMessage({ stop: true });
    options.signal?.addEventListener('abort', stop, { once: true });
    return new Promise((resolve, reject) => {
        let final;
        worker.on('message', (message) => {
            if ('done' in message)
                final = (0,metrics/* deserialize */.iu)(message.done);
            else
                onSnapshot((0,metrics/* deserialize */.iu)(message.snapshot), message.elapsedMs);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => final && code === 0
            ? resolve(final)
            : reject(new Error(`a load-test worker thread exited with code ${code} before it finished`)));
    }).finally(() => options.signal?.removeEventListener('abort', stop));
}
/** In a worker started by generateLoadOnThreads: generate this thread's load, and say so (true). */
function runLoadTestWorker() {
    const setup = workerData;
    if (isMainThread || !parentPort || !setup?.rampartLoadTestWorker)
        return false;
    const port = parentPort;
    const controller = new AbortController();
    port.on('message', (message) => {
        if (message.stop)
            controller.abort();
    });
    void generateLoad({
        scenario: setup.scenario,
        share: setup.share,
        signal: controller.signal,
        // The timeline only grows: it goes with the final measurements, not with every snapshot.
        onSnapshot: (measurements, elapsedMs) => port.postMessage({
            snapshot: serialize({ ...measurements, timeline: [] }),
            elapsedMs,
        }),
    }).then((measurements) => {
        port.postMessage({ done: serialize(measurements) });
        port.close();
    });
    return true;
}

;// CONCATENATED MODULE: ./src/load-test/local/run-local.ts



/** The local engine: undici on worker threads, one per core, or on this thread. */
async function runLocal(options) {
    const threads = Math.max(1, options.threads ?? (0,external_node_os_.availableParallelism)());
    const measurements = options.workerScript && threads > 1
        ? await generateLoadOnThreads(options, options.workerScript, threads)
        : await generator_generateLoad(options);
    return { measurements };
}

// EXTERNAL MODULE: ./src/load-test/report/summary.ts
var summary = __webpack_require__(4750);
// EXTERNAL MODULE: ./src/runtime/junit.ts
var junit = __webpack_require__(8852);
;// CONCATENATED MODULE: ./src/load-test/report/html.ts



/** An SVG path stays small and readable with this many points; longer runs are merged into buckets. */
const MAX_CHART_POINTS = 300;
const CHART = { width: 760, height: 260, left: 64, right: 16, top: 16, bottom: 44 };
const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 800px; color: #1f2328; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; text-align: left; }
th { background: #f6f8fa; }
.pass { color: #1a7f37; } .fail { color: #cf222e; }
svg { display: block; margin-bottom: 1.5rem; }
svg text { font-size: 11px; fill: #57606a; }
.grid { stroke: #eaeef2; } .axis { stroke: #8c959f; }
.series { fill: none; stroke: #0969da; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
`;
/** One self-contained page (no scripts, stylesheets or fonts to fetch): tables and SVG charts. */
function htmlReport(result, verdict, baseline) {
    const name = (0,junit/* escapeMarkup */.M)(result.scenario.name);
    const verdictClass = verdict.passed ? 'pass' : 'fail';
    const measurements = (0,metrics/* deserialize */.iu)(result.measurements);
    const charts = (0,summary/* timelineCharts */.t9)(measurements, MAX_CHART_POINTS);
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Load test ${name}: ${verdict.passed ? 'PASS' : 'FAIL'}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Load test ${name}: <span class="${verdictClass}">${(0,summary/* verdictWord */.E0)(verdict)}</span></h1>
<p>${(0,junit/* escapeMarkup */.M)((0,summary/* describeRun */.vZ)(result))}</p>
${verdict.aborted ? `<p class="fail"><strong>${(0,junit/* escapeMarkup */.M)((0,summary/* describeAbort */.e$)(verdict.aborted))}</strong></p>` : ''}
<h2>Thresholds</h2>
${verdict.thresholds.length > 0 ? htmlTable((0,summary/* thresholdTable */.G2)(verdict, baseline !== undefined)) : '<p>none</p>'}
<h2>Key metrics</h2>
${htmlTable((0,summary/* keyMetricsTable */.pt)((0,summary/* keyMetrics */.X7)(measurements), baseline && (0,summary/* resultKeyMetrics */.gj)(baseline)))}
<h2>Over time</h2>
${charts.length > 0 ? charts.map(svgChart).join('\n') : `<p>${summary/* NO_TIMELINE */.cN}</p>`}
</body>
</html>
`;
}
function htmlTable(table) {
    const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${(0,junit/* escapeMarkup */.M)(cell)}</${tag}>`).join('')}</tr>`;
    return [
        '<table>',
        `<thead>${row(table.header, 'th')}</thead>`,
        '<tbody>',
        ...table.rows.map((cells) => row(cells, 'td')),
        '</tbody>',
        '</table>',
    ].join('\n');
}
const PLOT = {
    left: CHART.left,
    right: CHART.width - CHART.right,
    top: CHART.top,
    bottom: CHART.height - CHART.bottom,
};
function scalesOf(chart) {
    const lastPoint = chart.points[chart.points.length - 1];
    const xTicks = (0,summary/* niceTicks */.at)(lastPoint.second + chart.bucketSeconds, 6);
    const yTicks = (0,summary/* niceTicks */.at)(Math.max(0, ...chart.points.map((point) => point.value ?? 0)));
    const share = (value, ticks) => value / (ticks.at(-1) ?? 1);
    const pixels = (value) => Number(value.toFixed(1));
    return {
        xTicks,
        yTicks,
        x: (second) => pixels(PLOT.left + share(second, xTicks) * (PLOT.right - PLOT.left)),
        y: (value) => pixels(PLOT.bottom - share(value, yTicks) * (PLOT.bottom - PLOT.top)),
    };
}
function svgChart(chart) {
    const title = (0,junit/* escapeMarkup */.M)(chart.title);
    const scales = scalesOf(chart);
    const coordinates = chart.points.map((point) => ({
        // A bucket's value stands for its whole stretch: draw it at the middle.
        x: scales.x(point.second + chart.bucketSeconds / 2),
        y: point.value === undefined ? undefined : scales.y(point.value),
    }));
    return [
        `<h3>${title}</h3>`,
        `<svg role="img" aria-label="${title}" viewBox="0 0 ${CHART.width} ${CHART.height}" width="${CHART.width}" height="${CHART.height}">`,
        ...axes(scales, chart.unit),
        `<path class="series" d="${linePath(coordinates)}"/>`,
        '</svg>',
    ].join('\n');
}
/** Horizontal grid lines with the values, ticks with the seconds below, and the axis titles. */
function axes({ xTicks, yTicks, x, y }, unit) {
    const middle = { x: (PLOT.left + PLOT.right) / 2, y: (PLOT.top + PLOT.bottom) / 2 };
    return [
        ...yTicks.map((tick) => `<line class="grid" x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(tick)}" y2="${y(tick)}"/>` +
            `<text x="${PLOT.left - 6}" y="${y(tick) + 4}" text-anchor="end">${(0,summary/* formatNumber */.ZV)(tick)}</text>`),
        ...xTicks.map((tick) => `<line class="axis" x1="${x(tick)}" x2="${x(tick)}" y1="${PLOT.bottom}" y2="${PLOT.bottom + 5}"/>` +
            `<text x="${x(tick)}" y="${PLOT.bottom + 18}" text-anchor="middle">${(0,summary/* formatNumber */.ZV)(tick)}s</text>`),
        `<line class="axis" x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}"/>`,
        `<line class="axis" x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}"/>`,
        `<text x="${middle.x}" y="${CHART.height - 6}" text-anchor="middle">seconds since the start</text>`,
        `<text transform="translate(14 ${middle.y}) rotate(-90)" text-anchor="middle">${(0,junit/* escapeMarkup */.M)(unit)}</text>`,
    ];
}
/** Seconds without samples leave a gap; a lone point is drawn as a dot (a round cap on nothing). */
function linePath(points) {
    const runs = [];
    let run;
    for (const point of points) {
        if (point.y === undefined) {
            run = undefined;
            continue;
        }
        if (!run) {
            run = [];
            runs.push(run);
        }
        run.push(`${point.x},${point.y}`);
    }
    return runs.map((segment) => `M${segment.join(' L')}${segment.length === 1 ? ' h0' : ''}`).join(' ');
}

;// CONCATENATED MODULE: ./src/load-test/report/junit.ts


/**
 * JUnit XML for CodeBuild (and other) test reports: a test case per threshold, and the abort of the
 * run as one more, failed, when an abortOnFail threshold stopped it.
 */
function junitReport(result, verdict) {
    const className = `rampart.load-test.${result.scenario.name}`;
    const cases = verdict.thresholds.map((threshold) => ({
        name: `${threshold.metric} ${threshold.threshold}`,
        className,
        failure: threshold.passed ? undefined : { message: junit_failureMessage(threshold), type: 'threshold' },
    }));
    if (verdict.aborted) {
        cases.push({
            name: 'abortOnFail',
            className,
            failure: { message: (0,summary/* describeAbort */.e$)(verdict.aborted), type: 'threshold' },
        });
    }
    return (0,junit/* junitXml */.E)({
        tool: 'rampart load-test',
        name: result.scenario.name,
        seconds: result.measurements.durationMs / 1000,
        timestamp: result.startedAt,
        properties: properties(result),
        cases,
    });
}
function junit_failureMessage(threshold) {
    const unit = (0,summary/* thresholdUnit */.A8)(threshold);
    const measured = `measured ${(0,summary/* formatValue */.Fl)(threshold.value, unit)}`;
    if (threshold.reason)
        return threshold.value === undefined ? threshold.reason : `${measured}: ${threshold.reason}`;
    return `${measured}, bound ${(0,summary/* formatValue */.Fl)(threshold.bound, unit)} (${threshold.threshold})`;
}
/** The target and the key metrics, so that a report viewer shows them beside the test cases. */
function properties(result) {
    const { rows } = (0,summary/* keyMetricsTable */.pt)((0,summary/* resultKeyMetrics */.gj)(result));
    return [
        ['target', result.scenario.target],
        ['executor', result.scenario.executor],
        ...rows.map(([name, value]) => [name ?? '', value ?? '']),
    ];
}

// EXTERNAL MODULE: ./src/runtime/markdown.ts
var markdown = __webpack_require__(6731);
;// CONCATENATED MODULE: ./src/load-test/report/markdown.ts



/** Mermaid draws every x-axis label: beyond about this many they run into each other. */
const markdown_MAX_CHART_POINTS = 60;
/** The report for GitHub's job summary: thresholds, key metrics and charts of the run over time. */
function markdownReport(result, verdict, baseline) {
    const measurements = (0,metrics/* deserialize */.iu)(result.measurements);
    const charts = (0,summary/* timelineCharts */.t9)(measurements, markdown_MAX_CHART_POINTS);
    const sections = [
        `### Load test ${(0,markdown/* escapeCell */.k)(result.scenario.name)}: ${(0,summary/* verdictWord */.E0)(verdict)}`,
        (0,markdown/* escapeCell */.k)((0,summary/* describeRun */.vZ)(result)),
        ...(verdict.aborted ? [`**${(0,markdown/* escapeCell */.k)((0,summary/* describeAbort */.e$)(verdict.aborted))}**`] : []),
        '#### Thresholds',
        verdict.thresholds.length > 0 ? (0,markdown/* markdownTable */.Q)((0,summary/* thresholdTable */.G2)(verdict, baseline !== undefined)) : 'none',
        baseline ? '#### Key metrics (change against the baseline)' : '#### Key metrics',
        (0,markdown/* markdownTable */.Q)((0,summary/* keyMetricsTable */.pt)((0,summary/* keyMetrics */.X7)(measurements), baseline && (0,summary/* resultKeyMetrics */.gj)(baseline))),
        '#### Over time',
        ...(charts.length > 0 ? charts.map(mermaidChart) : [summary/* NO_TIMELINE */.cN]),
    ];
    return `${sections.join('\n\n')}\n`;
}
function mermaidChart(chart) {
    const values = chart.points.map((point) => point.value ?? 0);
    const top = (0,summary/* niceTicks */.at)(Math.max(...values)).at(-1) ?? 1;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${chart.title}"`,
        `    x-axis "second" [${chart.points.map((point) => `"${point.second}"`).join(', ')}]`,
        `    y-axis "${chart.unit}" 0 --> ${top}`,
        `    line [${values.map((value) => String(Number(value.toFixed(2)))).join(', ')}]`,
        '```',
    ].join('\n');
}

// EXTERNAL MODULE: ./src/load-test/result.ts
var load_test_result = __webpack_require__(910);
// EXTERNAL MODULE: ./src/load-test/gate.ts
var gate = __webpack_require__(6360);
;// CONCATENATED MODULE: ./src/load-test/preflight.ts


const PREFLIGHT_TIMEOUT_MS = 10_000;
/**
 * One request to the scenario's first URL before the load starts: a target that cannot be reached
 * is bad input (exit 2, naming the URL and the reason), not a failed gate. Any HTTP answer will do.
 */
async function checkReachable(scenario) {
    const first = scenario.requests[0];
    const url = `${scenario.target}${first?.path ?? '/'}`;
    try {
        const response = await (0,undici/* request */.Em)(url, {
            method: 'GET',
            headersTimeout: Math.min(scenario.timeoutMs, PREFLIGHT_TIMEOUT_MS),
            bodyTimeout: Math.min(scenario.timeoutMs, PREFLIGHT_TIMEOUT_MS),
        });
        await response.body.dump();
    }
    catch (error) {
        throw new errors/* InputError */.d([`${scenario.file}: target ${url} cannot be reached: ${reason(error)}`]);
    }
}
function reason(error) {
    const { code, message, cause } = error;
    const detail = cause?.code ?? code;
    return detail && !message?.includes(detail) ? `${message} (${detail})` : (message ?? String(error));
}

;// CONCATENATED MODULE: ./src/load-test/run.ts





const MIN_RATE_INTERVAL_MS = 500;
/**
 * Runs a scenario (or a shard of it) on an engine, stopping early when an abortOnFail threshold fails,
 * and judges the result against the thresholds (and the baseline, when given).
 */
async function runLoadTest(run) {
    const { scenario } = run;
    const share = run.shard ?? { index: 0, count: 1 };
    if (run.preflight)
        await checkReachable(scenario);
    const controller = new AbortController();
    run.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    let aborted;
    const totalMs = scenarioDurationMs(scenario);
    const report = progressReporter(totalMs, run.onProgress);
    const startedAt = new Date().toISOString();
    const outcome = await run.engine.run({
        scenario,
        share,
        signal: controller.signal,
        onStatus: run.onStatus,
        onSnapshot(measurements, elapsedMs) {
            report(measurements, elapsedMs);
            const running = !aborted && elapsedMs < totalMs;
            const failing = running ? (0,gate/* abortingThreshold */["in"])(scenario.thresholds, measurements, elapsedMs) : undefined;
            if (failing) {
                aborted = { threshold: `${failing.metric} ${failing.threshold}`, atMs: Math.round(elapsedMs) };
                controller.abort();
            }
        },
    });
    const result = {
        tool: 'rampart',
        kind: 'load-test-result',
        version: 1,
        engine: run.engine.name,
        scenario: {
            name: scenario.name,
            target: scenario.target,
            executor: scenario.executor,
            thresholds: scenario.thresholds,
        },
        shard: run.shard && { index: share.index + 1, count: share.count },
        startedAt,
        aborted: aborted ?? outcome.aborted,
        measurements: (0,metrics/* serialize */.lK)(outcome.measurements),
    };
    return { result, verdict: (0,load_test_result/* judge */.S4)(result, run.baseline) };
}
function progressReporter(totalMs, onProgress) {
    let last = { requests: 0, elapsedMs: 0, rps: 0 };
    return (measurements, elapsedMs) => {
        if (!onProgress)
            return;
        const intervalMs = elapsedMs - last.elapsedMs;
        // The final snapshot may follow the last one closely: too short an interval to give a rate.
        const rps = intervalMs >= MIN_RATE_INTERVAL_MS
            ? ((measurements.requests - last.requests) * 1000) / intervalMs
            : last.rps;
        last = { requests: measurements.requests, elapsedMs, rps };
        onProgress({
            requests: measurements.requests,
            failed: measurements.failed,
            elapsedMs,
            totalMs,
            rps,
            p95Ms: measurements.latency.totalCount > 0
                ? measurements.latency.getValueAtPercentile(95) / 1000
                : undefined,
        });
    };
}

;// CONCATENATED MODULE: ./src/load-test/invoke.ts
















/**
 * What the adapters (CLI, action) share: files in, files out. The core (run.ts, result.ts) takes
 * and returns typed values; this turns the user's file names and choices into them.
 */
const ENGINE_NAMES = ['local', 'k6', 'dlt'];
/**
 * Whether this outcome is the gate's decision. One shard of several is not: its counts and rates are
 * a part of the whole, so only the merge of all shards is judged (the step or command still reports).
 */
function decidesGate(outcome) {
    return (outcome.result.shard?.count ?? 1) === 1;
}
async function runFromFiles(request) {
    const [scenario, baseline] = await Promise.all([
        loadScenario(request.scenarioFile),
        request.baselineFile ? (0,load_test_result/* loadResult */.AL)(request.baselineFile) : undefined,
    ]);
    const { result, verdict } = await runLoadTest({
        scenario,
        engine: { name: request.engine, run: engineFor(request, scenario) },
        shard: request.shard ? parseShard(request.shard) : undefined,
        baseline,
        preflight: request.engine !== 'dlt',
        signal: request.signal,
        onProgress: request.onProgress,
        onStatus: request.onStatus,
    });
    return { result, verdict, baseline };
}
async function mergeFromFiles(files, baselineFile) {
    if (files.length === 0)
        throw new errors/* InputError */.d(['nothing to merge: give the result files of the shards']);
    const [baseline, ...shards] = await Promise.all([
        baselineFile ? (0,load_test_result/* loadResult */.AL)(baselineFile) : undefined,
        ...files.map((file) => (0,load_test_result/* loadResult */.AL)(file)),
    ]);
    const result = (0,load_test_result/* mergeResults */.n0)(shards);
    return { result, verdict: (0,load_test_result/* judge */.S4)(result, baseline), baseline };
}
function engineFor(request, scenario) {
    const workerScript = (0,external_node_path_.join)(install_root/* INSTALL_ROOT */.z, 'dist', 'load-test-worker', 'index.js');
    switch (request.engine) {
        case 'local':
            return (options) => runLocal({
                ...options,
                threads: request.threads,
                workerScript: (0,external_node_fs_.existsSync)(workerScript) ? workerScript : undefined,
            });
        case 'k6':
            return (options) => withTemporaryDirectory((workDir) => runK6({ ...options, workDir, k6Path: request.k6?.path, script: request.k6?.script }));
        case 'dlt':
            return dltEngine(request, scenario);
        default:
            throw new errors/* InputError */.d([`engine "${request.engine}" is not one of ${ENGINE_NAMES.join(', ')}`]);
    }
}
const DEFAULT_DLT_TIMEOUT_MS = 60 * 60_000;
function dltEngine(request, scenario) {
    const { region, taskCount } = request.dlt ?? {};
    const endpoint = request.dlt?.endpoint ?? scenario.dltEndpoint;
    const problems = [
        ...(endpoint ? [] : ["engine dlt needs the DLT stack's API endpoint (its DLTApiEndpoint output)"]),
        ...(region ? [] : ["engine dlt needs the DLT stack's region (or AWS_REGION)"]),
    ];
    if (problems.length > 0 || !endpoint || !region)
        throw new errors/* InputError */.d(problems);
    return (options) => runDlt({
        ...options,
        endpoint,
        region,
        taskCount,
        timeoutMs: request.timeoutMs ?? DEFAULT_DLT_TIMEOUT_MS,
    });
}
async function withTemporaryDirectory(work) {
    const directory = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rampart-load-test-'));
    try {
        return await work(directory);
    }
    finally {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
    }
}
/** A count of at least 1 as the user wrote it (`what` names the flag or input); undefined when not given. */
function wholeNumber(text, what) {
    if (text === undefined)
        return undefined;
    const number = Number(text);
    if (!Number.isInteger(number) || number < 1) {
        throw new errors/* InputError */.d([`${what} "${text}" must be a whole number of at least 1`]);
    }
    return number;
}
/** `I/N`, 1-based as users count shards (a matrix index + 1); 0-based inside. */
function parseShard(text) {
    const match = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = Number(match?.[1]);
    const count = Number(match?.[2]);
    if (!match || count < 1 || index < 1 || index > count) {
        throw new errors/* InputError */.d([`shard "${text}" must be I/N with 1 <= I <= N, e.g. 2/8 for the second of eight`]);
    }
    return { index: index - 1, count };
}
async function writeReportFiles(outcome, files) {
    const { result, verdict, baseline } = outcome;
    await Promise.all([
        files.out && (0,runtime_files/* writeJsonAtomically */.ti)(files.out, result),
        files.junit && (0,runtime_files/* writeTextAtomically */.Ez)(files.junit, junitReport(result, verdict)),
        files.html && (0,runtime_files/* writeTextAtomically */.Ez)(files.html, htmlReport(result, verdict, baseline)),
        files.markdown && (0,runtime_files/* writeTextAtomically */.Ez)(files.markdown, markdownReport(result, verdict, baseline)),
    ]);
}

;// CONCATENATED MODULE: ./src/load-test/report/progress.ts


/**
 * One line of progress, e.g. `1200 requests, 200/s, p95 45.2 ms, 3 errors (0.25%), 6s of 1m`: redrawn
 * in place in a terminal, printed every few seconds in CI logs. Plain ASCII, for any log viewer.
 */
function progressLine(snapshot) {
    const { requests, failed, elapsedMs, totalMs, p95Ms, rps } = snapshot;
    const errorShare = requests > 0 ? ` (${(0,summary/* formatNumber */.ZV)((failed / requests) * 100)}%)` : '';
    return [
        `${requests} requests`,
        `${(0,summary/* formatNumber */.ZV)(rps)}/s`,
        `p95 ${p95Ms === undefined ? '-' : `${(0,summary/* formatNumber */.ZV)(p95Ms)} ms`}`,
        `${failed} errors${errorShare}`,
        `${(0,runtime_duration/* formatDuration */.a3)(elapsedMs)} of ${(0,runtime_duration/* formatDuration */.a3)(totalMs)}`,
    ].join(', ');
}
/** Prints a progress line at most every `everyMs`, and the line at the end of the run once. */
function periodicProgress(everyMs, print) {
    let lastMs = -Infinity;
    let ended = false;
    return (progress) => {
        const end = progress.elapsedMs >= progress.totalMs;
        if (ended || (!end && progress.elapsedMs - lastMs < everyMs))
            return;
        lastMs = progress.elapsedMs;
        ended = end;
        print(progressLine(progress));
    };
}

;// CONCATENATED MODULE: ./src/load-test/report/text.ts

/** The verdict for a terminal or a CI log: the run, the thresholds, the key latencies and errors. */
function verdictText(result, verdict) {
    const metrics = (0,summary/* keyMetricsTable */.pt)((0,summary/* resultKeyMetrics */.gj)(result));
    return [
        `${(0,summary/* verdictWord */.E0)(verdict)}  ${result.scenario.name}: ${(0,summary/* describeRun */.vZ)(result)}`,
        ...(verdict.aborted ? [(0,summary/* describeAbort */.e$)(verdict.aborted)] : []),
        ...(result.shard && result.shard.count > 1
            ? ['one shard of several: the gate is the merged result of all shards (rampart load-test merge)']
            : []),
        '',
        alignedTable((0,summary/* thresholdTable */.G2)(verdict, verdict.thresholds.some((threshold) => threshold.baseline !== undefined))),
        '',
        alignedTable(metrics),
        '',
    ].join('\n');
}
function alignedTable(table) {
    const lines = [table.header, ...table.rows];
    const widths = table.header.map((_, column) => Math.max(...lines.map((cells) => (cells[column] ?? '').length)));
    return lines
        .map((cells) => cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd())
        .join('\n');
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/load-test.ts






const REPORT_FLAGS = [
    {
        name: 'out',
        type: 'string',
        value: 'FILE',
        description: 'Write the result (JSON: histograms, counts, per-second timeline) for merge and --baseline.',
    },
    {
        name: 'junit',
        type: 'string',
        value: 'FILE',
        description: 'Write JUnit XML: one test case per threshold.',
    },
    { name: 'markdown', type: 'string', value: 'FILE', description: 'Write a Markdown report with charts.' },
    { name: 'html', type: 'string', value: 'FILE', description: 'Write a self-contained HTML report.' },
    {
        name: 'baseline',
        type: 'string',
        value: 'FILE',
        description: 'The result of an earlier run: relative thresholds and the change per metric.',
    },
];
/** Plain progress lines (not a terminal) come this often, so that CI logs stay readable. */
const PLAIN_PROGRESS_EVERY_MS = 5_000;
const loadTestRunCommand = {
    name: 'load-test run',
    summary: 'Run a load-test scenario and gate on its thresholds: exit 0 all pass, 1 a threshold failed or the run was aborted, 2 bad scenario or unreachable target.',
    flags: [
        {
            name: 'scenario',
            type: 'string',
            value: 'FILE',
            required: true,
            description: "Scenario (load-tests/*.yml), or the source pipeline's loadTestEnvVariables.json.",
        },
        {
            name: 'engine',
            type: 'string',
            value: ENGINE_NAMES.join('|'),
            default: 'local',
            description: 'Where the load comes from.',
        },
        {
            name: 'shard',
            type: 'string',
            value: 'I/N',
            description: 'Run the I-th of N equal parts of the load. A shard is not judged alone (it exits 0 unless its input is bad): load-test merge gates on all the shards.',
        },
        {
            name: 'threads',
            type: 'string',
            value: 'N',
            description: 'Worker threads of the local engine (default: one per core).',
        },
        {
            name: 'k6-script',
            type: 'string',
            value: 'FILE',
            description: 'Engine k6: run this k6 script instead of one generated from the scenario (thresholds from the scenario).',
        },
        {
            name: 'k6-path',
            type: 'string',
            value: 'FILE',
            description: 'Engine k6: the k6 binary (default: k6 on PATH).',
        },
        {
            name: 'dlt-endpoint',
            type: 'string',
            value: 'URL',
            description: "Engine dlt: the Distributed Load Testing stack's API endpoint (its DLTApiEndpoint output).",
        },
        {
            name: 'dlt-region',
            type: 'string',
            value: 'REGION',
            description: 'Engine dlt: the region of the DLT stack (default: AWS_REGION).',
        },
        {
            name: 'dlt-tasks',
            type: 'string',
            value: 'N',
            description: 'Engine dlt: tasks (containers) that share the load (default: 1).',
        },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            default: '1h',
            description: 'Engine dlt: cancel the test and fail when it has not finished after this long, e.g. 45m.',
        },
        ...REPORT_FLAGS,
    ],
    async run(values) {
        const outcome = await runFromFiles({
            scenarioFile: String(values.scenario),
            engine: (0,args/* choiceFlag */.yq)('engine', values.engine, ENGINE_NAMES),
            shard: (0,args/* stringFlag */.AM)(values.shard),
            baselineFile: (0,args/* stringFlag */.AM)(values.baseline),
            threads: wholeNumber((0,args/* stringFlag */.AM)(values.threads), '--threads'),
            k6: { path: (0,args/* stringFlag */.AM)(values['k6-path']), script: (0,args/* stringFlag */.AM)(values['k6-script']) },
            dlt: {
                endpoint: (0,args/* stringFlag */.AM)(values['dlt-endpoint']),
                region: (0,args/* stringFlag */.AM)(values['dlt-region']) ?? process.env.AWS_REGION,
                taskCount: wholeNumber((0,args/* stringFlag */.AM)(values['dlt-tasks']), '--dlt-tasks'),
            },
            timeoutMs: (0,runtime_duration/* parseTimeLimit */.Er)(String(values.timeout), '--timeout'),
            onProgress: progressPrinter(),
            onStatus: (message) => process.stderr.write(`${message}\n`),
        });
        if (process.stderr.isTTY)
            process.stderr.write('\n');
        return finish(outcome, values);
    },
};
const loadTestMergeCommand = {
    name: 'load-test merge',
    summary: 'Merge the result files of the shards of one run (exact: histograms are added) and gate on the merged result.',
    positionals: { usage: 'RESULT.json…', max: Number.MAX_SAFE_INTEGER },
    flags: REPORT_FLAGS,
    async run(values, positionals) {
        return finish(await mergeFromFiles(positionals, (0,args/* stringFlag */.AM)(values.baseline)), values);
    },
};
async function finish(outcome, values) {
    const files = {
        out: (0,args/* stringFlag */.AM)(values.out),
        junit: (0,args/* stringFlag */.AM)(values.junit),
        markdown: (0,args/* stringFlag */.AM)(values.markdown),
        html: (0,args/* stringFlag */.AM)(values.html),
    };
    await writeReportFiles(outcome, files);
    process.stdout.write(verdictText(outcome.result, outcome.verdict));
    return outcome.verdict.passed || !decidesGate(outcome) ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
}
function progressPrinter() {
    if (!process.stderr.isTTY) {
        return periodicProgress(PLAIN_PROGRESS_EVERY_MS, (line) => process.stderr.write(`${line}\n`));
    }
    return (progress) => process.stderr.write(`\r${progressLine(progress)}\x1b[K`);
}


/***/ }),

/***/ 6877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   WU: () => (/* binding */ show),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   pA: () => (/* binding */ parseValidatedYaml)
/* harmony export */ });
/* unused harmony exports parseYaml, problemsError */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/**
 * A JSON schema validator. `errorMessage` is a non-standard keyword that editors
 * (yaml-language-server) show instead of their generic messages; Rampart's problems use it too.
 * `references` are other schema files the schema points into, keyed by the relative path its
 * `$ref`s use (so editors, which resolve them by path, find them too). Compiling waits for the
 * first use: every command would otherwise pay, at start-up, for every other command's schemas.
 */
function compileSchema(schema, references = {}) {
    let compiled;
    return () => {
        if (!compiled) {
            // Loaded on first use, like the schema: a command that reads no such file never loads Ajv.
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            const { default: Ajv } = __webpack_require__(2463);
            const ajv = new Ajv({
                allErrors: true,
                verbose: true,
                allowUnionTypes: true,
                keywords: ['errorMessage'],
            });
            for (const [path, referenced] of Object.entries(references))
                ajv.addSchema(referenced, path);
            compiled = ajv.compile(schema);
        }
        return compiled;
    };
}
/** Parses YAML, throwing one InputError with every syntax error as `file:line: message`. */
function parseYaml(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        throw problemsError(file, doc.errors.map((error) => ({
            line: lineCounter.linePos(error.pos[0]).line,
            text: error.message.split('\n')[0],
        })));
    }
    return { data: doc.toJS(), source: sourceMapOf(doc, lineCounter) };
}
/**
 * Parses YAML and checks it against a schema and any further checks; throws one InputError listing
 * every problem, each as `file:line: field problem`.
 */
function parseValidatedYaml(text, file, check) {
    const { data, source } = parseYaml(text, file);
    const validate = check.validate();
    validate(data);
    const problems = [
        ...schemaProblems(validate.errors ?? [], data, source, check.rootName),
        ...(check.furtherProblems?.(data, source) ?? []),
    ];
    if (problems.length > 0)
        throw problemsError(file, problems);
    return { data: data, source };
}
function problemsError(file, problems) {
    const sorted = [...problems].sort((a, b) => a.line - b.line);
    // Several schema keywords failing on one value yield the same text: report it once.
    return new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d([...new Set(sorted.map((problem) => `${file}:${problem.line}: ${problem.text}`))]);
}
// --- Where things are in the YAML document
function sourceMapOf(doc, lineCounter) {
    return {
        lineOf: (path) => lineCounter.linePos(locate(doc, path).offset).line,
        textOf: (path, value) => {
            if (typeof value !== 'number')
                return String(value);
            const { node } = locate(doc, path);
            return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.source ? node.source : String(value);
        },
    };
}
/** Follows `path` as far as it exists. A map entry is located at its key, which is where editors point. */
function locate(doc, path) {
    let here = { node: doc.contents, offset: startOf(doc.contents) ?? 0 };
    for (const segment of path) {
        const next = step((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(here.node) ? here.node.resolve(doc) : here.node, segment);
        if (!next)
            break;
        here = next;
    }
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(here.node) ? { ...here, node: here.node.resolve(doc) } : here;
}
function step(node, segment) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
        const offset = startOf(pair?.key);
        return pair && offset !== undefined ? { node: pair.value, offset } : undefined;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        const item = node.items[Number(segment)];
        const offset = startOf(item);
        return offset !== undefined ? { node: item, offset } : undefined;
    }
    return undefined;
}
function startOf(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(node) ? node.range?.[0] : undefined;
}
// --- Problem texts
/** `['tenants', 2, 'accountId']` as `tenants[2].accountId`. */
function formatPath(path, root = 'document') {
    if (path.length === 0)
        return root;
    return path
        .map((segment, index) => {
        if (typeof segment === 'number')
            return `[${segment}]`;
        if (!/^[A-Za-z_$][\w$]*$/.test(segment))
            return `[${JSON.stringify(segment)}]`;
        return index === 0 ? segment : `.${segment}`;
    })
        .join('');
}
/** A value as it appears in a problem text, cut short when long. */
function show(value) {
    if (value === null)
        return '(empty)';
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}
/** Turns a JSON pointer into a path, with array indexes as numbers. */
function pathOf(pointer, data) {
    const path = [];
    let value = data;
    for (const token of pointer.split('/').slice(1)) {
        const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(value) ? Number(key) : key;
        path.push(segment);
        value = value[segment];
    }
    return path;
}
function schemaProblems(errors, data, source, rootName) {
    return (errors
        // The inner error of a failed `propertyNames` says what is wrong with the key; the outer one adds nothing.
        .filter((error) => error.keyword !== 'propertyNames')
        .map((error) => schemaProblem(error, data, source, rootName)));
}
function schemaProblem(error, data, source, rootName) {
    const path = pathOf(error.instancePath, data);
    const at = (text, linePath = path) => ({ line: source.lineOf(linePath), text });
    const where = formatPath(path, rootName);
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
            return at(`${where} lists ${show(error.data[error.params.i])} more than once`);
        case 'maxProperties':
            return at(`${where} has ${Object.keys(error.data).length} entries, more than the ${error.params.limit} allowed`);
    }
    if (error.keyword === 'type' && error.params.type === 'string' && typeof error.data === 'number') {
        const written = source.textOf(path, error.data);
        return at(`${where} ${written} is a number, not text: quote it ("${written}"); unquoted, leading zeros are lost`);
    }
    return at(`${where} ${show(error.data)} ${requirement}`);
}


/***/ }),

/***/ 8852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ junitXml),
/* harmony export */   M: () => (/* binding */ escapeMarkup)
/* harmony export */ });
/** JUnit XML as CodeBuild test reports (and most CI viewers) read it: one suite of test cases. */
/** For XML and HTML, text and attribute values alike; drops the control characters XML forbids. */
function escapeMarkup(text) {
    const entities = {
        '&': '&amp;',
        '<': '&lt;',
        '>': '&gt;',
        '"': '&quot;',
        "'": '&#39;',
    };
    return text
        .replace(/[^\t\n\r\u0020-\uFFFF]/g, '')
        .replace(/[&<>"']/g, (character) => entities[character]);
}
function caseXml(testCase) {
    const opening = `    <testcase name="${escapeMarkup(testCase.name)}" classname="${escapeMarkup(testCase.className)}" time="0"`;
    const failure = testCase.failure;
    if (!failure)
        return `${opening}/>`;
    const attributes = `message="${escapeMarkup(failure.message)}" type="${escapeMarkup(failure.type)}"`;
    const element = failure.details
        ? `      <failure ${attributes}>${escapeMarkup(failure.details)}</failure>`
        : `      <failure ${attributes}/>`;
    return [`${opening}>`, element, '    </testcase>'].join('\n');
}
function propertiesXml(properties) {
    if (properties.length === 0)
        return [];
    return [
        '    <properties>',
        ...properties.map(([name, value]) => `      <property name="${escapeMarkup(name)}" value="${escapeMarkup(value)}"/>`),
        '    </properties>',
    ];
}
function junitXml(suite) {
    const failures = suite.cases.filter((testCase) => testCase.failure).length;
    const seconds = suite.seconds.toFixed(3);
    const counts = `tests="${suite.cases.length}" failures="${failures}" errors="0"`;
    const timestamp = suite.timestamp ? ` timestamp="${escapeMarkup(suite.timestamp)}"` : '';
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${escapeMarkup(suite.tool)}" ${counts} time="${seconds}">`,
        `  <testsuite name="${escapeMarkup(suite.name)}" ${counts} skipped="0" time="${seconds}"${timestamp}>`,
        ...propertiesXml(suite.properties ?? []),
        ...suite.cases.map(caseXml),
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}


/***/ }),

/***/ 6731:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable),
/* harmony export */   k: () => (/* binding */ escapeCell)
/* harmony export */ });
/** A GitHub-flavoured Markdown table, every cell escaped. */
function markdownTable(table) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(table.header), `|${table.header.map(() => '---').join('|')}|`, ...table.rows.map(line)].join('\n');
}
/** Pipes would end a cell and angle brackets open HTML, which GitHub renders; a newline ends a row. */
function escapeCell(text) {
    return text.replace(/\r?\n/g, ' ').replace(/[|<>]/g, (character) => `&#${character.charCodeAt(0)};`);
}


/***/ })

};
;