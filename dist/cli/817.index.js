"use strict";
exports.id = 817;
exports.ids = [817];
exports.modules = {

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ partitionOf),
/* harmony export */   w: () => (/* binding */ roleArn)
/* harmony export */ });
/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function roleArn(accountId, roleName, region) {
    return `arn:${partitionOf(region)}:iam::${accountId}:role/${roleName}`;
}


/***/ }),

/***/ 8860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xw: () => (/* binding */ assumedRoleCredentials)
/* harmony export */ });
/* unused harmony exports sanitizeSessionName, toSessionTags */
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1695);
/* harmony import */ var _client_factory__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8647);


const REFRESH_MARGIN_MS = 5 * 60_000;
/**
 * A credentials provider for the role that assumes it on first use and again shortly before the
 * credentials expire, so that a deploy longer than the session still has valid credentials.
 */
function assumedRoleCredentials(request, sts = (0,_client_factory__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClient */ .G)(_aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .STSClient */ .iM, { region: request.region })) {
    let cached;
    const refresh = () => {
        const attempt = assume(sts, request);
        cached = attempt;
        attempt.catch(() => {
            if (cached === attempt)
                cached = undefined;
        });
        return attempt;
    };
    return async () => {
        const current = cached ?? refresh();
        const credentials = await current;
        if (!expiresSoon(credentials))
            return credentials;
        // Concurrent callers share one refresh: only the first to see the old credentials starts it.
        return cached === current ? refresh() : (cached ?? refresh());
    };
}
function expiresSoon(credentials) {
    return (credentials.expiration !== undefined && credentials.expiration.getTime() - Date.now() < REFRESH_MARGIN_MS);
}
async function assume(sts, request) {
    const response = await sts
        .send(new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_1__/* .AssumeRoleCommand */ .QL({
        RoleArn: request.roleArn,
        RoleSessionName: sanitizeSessionName(request.sessionName),
        ExternalId: request.externalId,
        DurationSeconds: request.durationSeconds,
        Tags: toSessionTags(request.sessionTags ?? {}),
    }))
        .catch((error) => {
        const hint = error.name === 'AccessDenied' && request.sessionTags
            ? ' (if the trust policy does not allow sts:TagSession, allow it or turn session tags off)'
            : '';
        throw new Error(`could not assume ${request.roleArn}: ${error.message}${hint}`, { cause: error });
    });
    const credentials = response.Credentials;
    if (!credentials?.AccessKeyId || !credentials.SecretAccessKey) {
        throw new Error(`could not assume ${request.roleArn}: STS returned no credentials`);
    }
    for (const secret of [credentials.AccessKeyId, credentials.SecretAccessKey, credentials.SessionToken]) {
        if (secret)
            request.onSecret?.(secret);
    }
    return {
        accessKeyId: credentials.AccessKeyId,
        secretAccessKey: credentials.SecretAccessKey,
        sessionToken: credentials.SessionToken,
        expiration: credentials.Expiration,
    };
}
/** Role session names: 2 to 64 characters of [\w+=,.@-]. */
function sanitizeSessionName(name) {
    const cleaned = name.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
    return cleaned.length >= 2 ? cleaned : `${cleaned}--`.slice(0, 2);
}
/** Session tag keys are at most 128 and values at most 256 characters of letters, digits, spaces and _.:/=+-@. */
function toSessionTags(tags) {
    return Object.entries(tags)
        .filter(([, value]) => value !== '')
        .map(([key, value]) => ({ Key: sanitizeTagText(key, 128), Value: sanitizeTagText(value, 256) }));
}
function sanitizeTagText(text, maxLength) {
    return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, maxLength);
}


/***/ }),

/***/ 8647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ closeAwsConnections),
  G: () => (/* binding */ createAwsClient)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/aws/retry-strategy.ts
const DEFAULT_RETRY_POLICY = { maxAttempts: 10, baseDelayMs: 200, maxDelayMs: 20_000 };
/**
 * Exponential backoff with full jitter on throttling, 5xx and connection faults.
 * Unlike the SDK's standard strategy it keeps no shared retry quota: a deploy to many tenants must
 * not stop retrying because other tenants' calls were throttled a moment before.
 */
class JitteredRetryStrategy {
    policy;
    random;
    constructor(policy = DEFAULT_RETRY_POLICY, random = Math.random) {
        this.policy = policy;
        this.random = random;
    }
    async acquireInitialRetryToken() {
        return retryToken(0, 0);
    }
    async refreshRetryTokenForRetry(token, errorInfo) {
        const retryCount = token.getRetryCount() + 1;
        if (errorInfo.errorType === 'CLIENT_ERROR' || retryCount >= this.policy.maxAttempts) {
            throw errorInfo.error ?? new Error('AWS request failed and may not be retried');
        }
        return retryToken(retryCount, this.delayFor(retryCount, errorInfo.retryAfterHint));
    }
    recordSuccess() { }
    delayFor(retryCount, retryAfter) {
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (retryCount - 1));
        const jittered = Math.floor(this.random() * ceiling);
        const hinted = retryAfter ? retryAfter.getTime() - Date.now() : 0;
        return Math.max(jittered, Math.min(hinted, this.policy.maxDelayMs));
    }
}
function retryToken(retryCount, delayMs) {
    return { getRetryCount: () => retryCount, getRetryDelay: () => delayMs };
}

;// CONCATENATED MODULE: ./src/aws/client-factory.ts




const REQUEST_TIMEOUT_MS = 60_000;
const CONNECTION_TIMEOUT_MS = 10_000;
let sharedHandler;
/**
 * Every AWS client Rampart makes comes from here, so that all of them honour AWS_ENDPOINT_URL
 * (a local endpoint such as moto, or a VPC endpoint), retry the same way and share one
 * keep-alive connection pool however many tenant accounts are in flight.
 */
function createAwsClient(ClientClass, options, env = process.env) {
    return new ClientClass({
        region: options.region,
        credentials: options.credentials,
        endpoint: env.AWS_ENDPOINT_URL || undefined,
        retryStrategy: new JitteredRetryStrategy(options.retry ?? DEFAULT_RETRY_POLICY),
        requestHandler: httpHandler(),
    });
}
function httpHandler() {
    sharedHandler ??= new dist_cjs.NodeHttpHandler({
        connectionTimeout: CONNECTION_TIMEOUT_MS,
        requestTimeout: REQUEST_TIMEOUT_MS,
        httpAgent: new external_node_http_.Agent({ keepAlive: true, maxSockets: 64 }),
        httpsAgent: new external_node_https_.Agent({ keepAlive: true, maxSockets: 64 }),
    });
    return sharedHandler;
}
/** Closes the pooled keep-alive connections so that the process can exit. */
function closeAwsConnections() {
    sharedHandler?.destroy();
    sharedHandler = undefined;
}


/***/ }),

/***/ 9817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gateInspectorCommand: () => (/* binding */ gateInspectorCommand),
  gateLambdaReadyCommand: () => (/* binding */ gateLambdaReadyCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-inspector2/dist-cjs/index.js
var dist_cjs = __webpack_require__(3222);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/gates/inspector.ts
/**
 * Gate: no active Amazon Inspector finding at or above a severity (and, optionally, an Inspector
 * score) on the deployed Lambda functions or container images. Inspector rescans a function when its
 * code or dependencies change and whenever a new CVE concerns it, so the gate reads Inspector's
 * current findings rather than scanning anything itself.
 */


/** Inspector's severities, lowest first. UNTRIAGED findings have none yet and never block. */
const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/** ListFindings returns at most this many findings a page. */
const PAGE_SIZE = 100;
async function runInspectorGate(options) {
    const perResource = await Promise.all(options.resources.map(async (resource) => ({
        resource,
        findings: await blockingFindings(resource, options),
    })));
    const findings = perResource.flatMap((entry) => entry.findings).sort(worstFirst);
    return {
        passed: findings.length === 0,
        bar: options.bar,
        resources: perResource.map((entry) => ({
            resource: entry.resource.label,
            blocking: entry.findings.length,
        })),
        findings,
        worstSeverity: findings[0]?.severity,
    };
}
async function blockingFindings(resource, options) {
    const client = options.inspectorFor(resource);
    const filterCriteria = findingFilter(resource, options.bar);
    const found = [];
    let nextToken;
    do {
        const page = await listFindings(client, resource, { filterCriteria, maxResults: PAGE_SIZE, nextToken });
        found.push(...(page.findings ?? [])
            .filter((finding) => blocks(finding, options.bar))
            .map((finding) => report(resource, finding)));
        nextToken = page.nextToken || undefined;
    } while (nextToken);
    return found;
}
async function listFindings(client, resource, input) {
    try {
        return await client.send(new dist_cjs/* ListFindingsCommand */.m_$(input));
    }
    catch (error) {
        const { name, message } = error;
        throw new Error(`Inspector ListFindings for ${resource.label} in ${resource.region} failed: ${name}: ${message}`);
    }
}
const equals = (value) => ({ comparison: 'EQUALS', value });
/**
 * The bar and the resource as ListFindings filters: criteria of different fields must all match,
 * values within one field are alternatives. Lambda findings are matched by function name and account
 * rather than resource id, so that every version Inspector scanned counts.
 */
function findingFilter(resource, bar) {
    const common = {
        findingStatus: [equals('ACTIVE')],
        severity: severitiesFrom(bar.severity).map(equals),
        ...(bar.minScore !== undefined
            ? { inspectorScore: [{ lowerInclusive: bar.minScore, upperInclusive: 10 }] }
            : {}),
        awsAccountId: [equals(resource.accountId)],
    };
    if (resource.kind === 'lambda-function') {
        return {
            ...common,
            resourceType: [equals('AWS_LAMBDA_FUNCTION')],
            lambdaFunctionName: [equals(resource.name)],
        };
    }
    return {
        ...common,
        resourceType: [equals('AWS_ECR_CONTAINER_IMAGE')],
        ecrImageRepositoryName: [equals(resource.repository)],
        ...('digest' in resource.image
            ? { ecrImageHash: [equals(resource.image.digest)] }
            : { ecrImageTags: [equals(resource.image.tag)] }),
    };
}
/** The filter above, applied again to what came back: the gate's verdict must not rest on the filter alone. */
function blocks(finding, bar) {
    if (finding.status !== 'ACTIVE')
        return false;
    const rank = SEVERITIES.indexOf(finding.severity);
    if (rank < SEVERITIES.indexOf(bar.severity))
        return false;
    return bar.minScore === undefined || (finding.inspectorScore ?? -1) >= bar.minScore;
}
function severitiesFrom(lowest) {
    return SEVERITIES.slice(SEVERITIES.indexOf(lowest));
}
function report(resource, finding) {
    const details = finding.packageVulnerabilityDetails;
    const recommendation = finding.remediation?.recommendation;
    return {
        resource: resource.label,
        findingArn: finding.findingArn ?? '',
        title: finding.title ?? finding.description ?? '',
        severity: finding.severity,
        score: finding.inspectorScore,
        type: finding.type ?? '',
        vulnerabilityId: details?.vulnerabilityId,
        packages: (details?.vulnerablePackages ?? []).map(packageReport),
        remediation: recommendation?.text,
        remediationUrl: recommendation?.Url,
    };
}
function packageReport(vulnerable) {
    const epoch = vulnerable.epoch ? `${vulnerable.epoch}:` : '';
    const release = vulnerable.release ? `-${vulnerable.release}` : '';
    return {
        name: vulnerable.name ?? '',
        installedVersion: `${epoch}${vulnerable.version ?? ''}${release}`,
        fixedInVersion: vulnerable.fixedInVersion,
        remediation: vulnerable.remediation,
        filePath: vulnerable.filePath,
    };
}
function worstFirst(a, b) {
    return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || (b.score ?? 0) - (a.score ?? 0);
}
/** `critical`, `High`: any case. `origin` names the flag or field for the InputError. */
function parseSeverity(text, origin) {
    const severity = text.trim().toUpperCase();
    if (SEVERITIES.includes(severity))
        return severity;
    throw new errors/* InputError */.d([`${origin} "${text}" is not one of ${SEVERITIES.join(', ')}`]);
}
/** An Inspector score: 0 to 10, like CVSS. */
function parseMinScore(text, origin) {
    const score = Number(text);
    if (text.trim() === '' || !Number.isFinite(score) || score < 0 || score > 10) {
        throw new errors/* InputError */.d([`${origin} "${text}" must be a number from 0 to 10, e.g. 8 or 7.5`]);
    }
    return score;
}

;// CONCATENATED MODULE: ./src/gates/report.ts
/** The gates' results as text for a terminal or build log, and as Markdown for a job summary. */

const OUTCOME_WORDS = {
    ready: 'ready',
    waiting: 'waiting',
    failed: 'FAILED',
    inactive: 'INACTIVE',
    'timed-out': 'TIMED OUT',
    'not-found': 'NOT FOUND',
    error: 'ERROR',
};
/** `State Pending, LastUpdateStatus InProgress`, as far as known. */
function statuses(readiness) {
    if (readiness.state === undefined)
        return 'no state read';
    return `State ${readiness.state}, LastUpdateStatus ${readiness.lastUpdateStatus ?? '(none)'}`;
}
function reasonText(readiness) {
    if (!readiness.reason)
        return '';
    return readiness.reasonCode ? `${readiness.reason} (${readiness.reasonCode})` : readiness.reason;
}
/** One line each time a function's state changes while the gate waits. */
function readinessProgressLine(readiness) {
    const reason = reasonText(readiness);
    return `${readiness.function}: ${statuses(readiness)}${reason ? `: ${reason}` : ''}`;
}
function lambdaReadyText(result) {
    const ready = result.functions.filter((fn) => fn.outcome === 'ready').length;
    const width = Math.max(...result.functions.map((fn) => OUTCOME_WORDS[fn.outcome].length));
    const lines = result.functions.map((fn) => {
        const reason = reasonText(fn);
        return `  ${OUTCOME_WORDS[fn.outcome].padEnd(width)}  ${fn.function} (${statuses(fn)})${reason ? `: ${reason}` : ''}`;
    });
    const verdict = result.ready ? 'PASS' : 'FAIL';
    return `lambda-ready: ${verdict}: ${ready} of ${result.functions.length} function(s) ready\n${lines.join('\n')}\n`;
}
function lambdaReadyMarkdown(result) {
    const table = markdownTable({
        header: ['Function', 'Result', 'State', 'LastUpdateStatus', 'Reason'],
        rows: result.functions.map((fn) => [
            fn.function,
            OUTCOME_WORDS[fn.outcome],
            fn.state ?? '',
            fn.lastUpdateStatus ?? '',
            reasonText(fn),
        ]),
    });
    return `### Lambda functions ready: ${result.ready ? 'PASS' : 'FAIL'}\n\n${table}\n`;
}
/** `at CRITICAL`, or `at HIGH or above with an Inspector score of at least 8`. */
function describeBar(bar) {
    const severity = bar.severity === 'CRITICAL' ? 'at CRITICAL' : `at ${bar.severity} or above`;
    return bar.minScore === undefined
        ? severity
        : `${severity} with an Inspector score of at least ${bar.minScore}`;
}
function packageLine(vulnerable) {
    const fixed = vulnerable.fixedInVersion
        ? `fixed in ${vulnerable.fixedInVersion}`
        : 'no fixed version known';
    return `${vulnerable.name} ${vulnerable.installedVersion} → ${fixed}`;
}
function scoreText(finding) {
    return finding.score === undefined ? 'no score' : String(finding.score);
}
function findingText(finding) {
    const lines = [
        `  ${finding.severity} ${scoreText(finding)}  ${finding.title}`,
        `    resource:    ${finding.resource}`,
        ...finding.packages.map((vulnerable) => `    package:     ${packageLine(vulnerable)}`),
        ...finding.packages
            .filter((vulnerable) => vulnerable.remediation)
            .map((vulnerable) => `    fix:         ${vulnerable.remediation}`),
        ...(finding.remediation ? [`    remediation: ${finding.remediation}`] : []),
        ...(finding.remediationUrl ? [`    see:         ${finding.remediationUrl}`] : []),
    ];
    return lines.join('\n');
}
function inspectorVerdict(result) {
    const checked = `${result.resources.length} resource(s) checked`;
    return result.passed
        ? `PASS: no active finding ${describeBar(result.bar)} (${checked})`
        : `FAIL: ${result.findings.length} active finding(s) ${describeBar(result.bar)} (${checked})`;
}
function inspectorText(result) {
    return [`inspector: ${inspectorVerdict(result)}`, ...result.findings.map(findingText)].join('\n') + '\n';
}
function inspectorMarkdown(result) {
    const sections = [`### Amazon Inspector gate: ${escapeCell(inspectorVerdict(result))}`];
    if (result.findings.length > 0) {
        sections.push(markdownTable({
            header: ['Severity', 'Score', 'Finding', 'Package → fixed version', 'Remediation', 'Resource'],
            rows: result.findings.map((finding) => [
                finding.severity,
                scoreText(finding),
                finding.title,
                finding.packages.map(packageLine).join('; '),
                [finding.remediation, ...finding.packages.map((vulnerable) => vulnerable.remediation)]
                    .filter(Boolean)
                    .join(' '),
                finding.resource,
            ]),
        }));
    }
    sections.push(markdownTable({
        header: ['Resource', 'Blocking findings'],
        rows: result.resources.map((entry) => [entry.resource, String(entry.blocking)]),
    }));
    return `${sections.join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-lambda/dist-cjs/index.js
var client_lambda_dist_cjs = __webpack_require__(1696);
// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(8860);
// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
;// CONCATENATED MODULE: ./src/gates/clients.ts




/** One client per region and account, made on first use. */
function clientsByLocation(ClientClass, identity) {
    const clients = new Map();
    return ({ region, accountId }) => {
        const key = `${accountId ?? ''}/${region}`;
        const existing = clients.get(key);
        if (existing)
            return existing;
        const credentials = identity.roleName && accountId
            ? (0,assume_role/* assumedRoleCredentials */.xw)({
                roleArn: (0,arn/* roleArn */.w)(accountId, identity.roleName, region),
                region,
                sessionName: 'rampart-gate',
                onSecret: identity.onSecret,
            })
            : undefined;
        const client = (0,client_factory/* createAwsClient */.G)(ClientClass, { region, credentials });
        clients.set(key, client);
        return client;
    };
}
/** A role is assumed in a resource's account, so each resource must name its account. */
function checkAccountsKnown(locations, roleOrigin) {
    const unknown = locations.filter((location) => !location.accountId);
    if (unknown.length > 0) {
        throw new errors/* InputError */.d(unknown.map((location) => `"${location.label}" names no account, so ${roleOrigin} cannot say where to assume the role: give its ARN`));
    }
}
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
function parseRoleName(text, origin) {
    if (text === undefined || ROLE_NAME.test(text))
        return text;
    throw new errors/* InputError */.d([`${origin} "${text}" is not an IAM role name (1-64 of letters, digits and +=,.@_-)`]);
}

// EXTERNAL MODULE: ./src/runtime/polling.ts
var polling = __webpack_require__(1027);
;// CONCATENATED MODULE: ./src/gates/lambda-ready.ts
/**
 * Gate: every named Lambda function is ready to be invoked, i.e. its State is Active and its
 * LastUpdateStatus Successful. Lambda sets State Pending while it creates a function's resources
 * (VPC interfaces, EFS mounts) and LastUpdateStatus InProgress while an update is applied; until both
 * settle, invocations fail or still run the previous code.
 */


/** Error names of throttling: Lambda's own, and the generic ones of the SDK. */
const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling']);
/** Looks at every function in parallel until each is ready or settled otherwise, or the time is up. */
async function waitForLambdaReady(options) {
    const deadline = Date.now() + options.timeoutMs;
    const functions = await Promise.all(options.functions.map((fn) => waitForFunction(fn, options, deadline)));
    return { ready: functions.every((fn) => fn.outcome === 'ready'), functions };
}
async function waitForFunction(fn, options, deadline) {
    const client = options.lambdaFor(fn);
    let previous;
    /** The last look that reached the function: a failed look does not erase what is known. */
    let known = { function: fn.label, outcome: 'waiting' };
    const look = async () => {
        const seen = await observe(client, fn);
        if (!previous || differs(previous, seen))
            options.onChange?.(seen);
        previous = seen;
        if (seen.state !== undefined || seen.outcome !== 'waiting')
            known = seen;
        return seen.outcome === 'waiting' ? undefined : seen;
    };
    try {
        return await (0,polling/* pollUntil */.g3)(look, deadline, options.polling ?? polling/* DEFAULT_POLLING */.SL);
    }
    catch (error) {
        if (!(error instanceof polling/* DeadlineExceededError */.Kt))
            throw error;
        const lastLookFailed = previous !== known && previous?.reason !== undefined;
        const reason = [known.reason, lastLookFailed ? `last look: ${previous?.reason}` : undefined]
            .filter(Boolean)
            .join('; ');
        return { ...known, outcome: 'timed-out', reason: reason || undefined };
    }
}
async function observe(client, fn) {
    try {
        const configuration = await client.send(new client_lambda_dist_cjs/* GetFunctionConfigurationCommand */.qA6({ FunctionName: fn.functionName, Qualifier: fn.qualifier }));
        return { function: fn.label, ...classify(configuration) };
    }
    catch (error) {
        const { name, message } = error;
        const reason = `${name}: ${message}`;
        if (isTransient(error))
            return { function: fn.label, outcome: 'waiting', reason };
        return {
            function: fn.label,
            outcome: name === 'ResourceNotFoundException' ? 'not-found' : 'error',
            reason,
        };
    }
}
function classify(configuration) {
    const state = configuration.State;
    const lastUpdateStatus = configuration.LastUpdateStatus;
    const seen = { state, lastUpdateStatus };
    const stateReason = { reason: configuration.StateReason, reasonCode: configuration.StateReasonCode };
    const updateReason = {
        reason: configuration.LastUpdateStatusReason,
        reasonCode: configuration.LastUpdateStatusReasonCode,
    };
    if (state === 'Failed')
        return { ...seen, outcome: 'failed', ...stateReason };
    if (lastUpdateStatus === 'Failed')
        return { ...seen, outcome: 'failed', ...updateReason };
    if (state === 'Inactive')
        return { ...seen, outcome: 'inactive', ...stateReason };
    // LastUpdateStatus is Successful from the end of the function's creation on; absent, nothing is pending.
    if (state === 'Active' && (lastUpdateStatus ?? 'Successful') === 'Successful') {
        return { ...seen, outcome: 'ready' };
    }
    return { ...seen, outcome: 'waiting', ...(state === 'Active' ? updateReason : stateReason) };
}
/** Throttling and server faults pass: the next look may succeed. */
function isTransient(error) {
    const { name, $fault, $metadata } = error;
    return THROTTLING.has(name ?? '') || $fault === 'server' || $metadata?.httpStatusCode === 429;
}
function differs(previous, next) {
    return (previous.outcome !== next.outcome ||
        previous.state !== next.state ||
        previous.lastUpdateStatus !== next.lastUpdateStatus ||
        previous.reason !== next.reason);
}

// EXTERNAL MODULE: ./src/gates/resources.ts
var gates_resources = __webpack_require__(2713);
;// CONCATENATED MODULE: ./src/gates/requests.ts
/**
 * What the adapters (CLI, actions, the pipeline's build) share: the user's strings turned into the
 * gates' typed inputs, every problem reported at once, and the gates run with clients per region and
 * account.
 */








const DEFAULT_LAMBDA_READY_TIMEOUT = '10m';
const DEFAULT_SEVERITY = 'CRITICAL';
/** Entries as given: repeated flags or input lines, each of which may hold several, separated by commas or blanks. */
function entries(values) {
    return values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean);
}
function requireSome(values, origin, what) {
    if (values.length === 0)
        throw new errors/* InputError */.d([`${origin} names no ${what}`]);
    return values;
}
function lambdaReadyRequest(input, origins) {
    const [functions, timeoutMs, roleName] = (0,gates_resources/* parseTogether */.Sn)(() => (0,gates_resources/* parseTogether */.Sn)(...requireSome(entries(input.functions), origins.functions, 'function').map((text) => () => (0,gates_resources/* parseFunctionRef */.r$)(text, origins.functions, input.region))), () => (0,duration/* parseTimeLimit */.Er)(input.timeout ?? DEFAULT_LAMBDA_READY_TIMEOUT, origins.timeout), () => parseRoleName(input.roleName, origins.roleName ?? 'the role name'));
    if (roleName)
        checkAccountsKnown(functions, origins.roleName ?? 'the role name');
    return { functions, timeoutMs, roleName };
}
function inspectorRequest(input, origins) {
    const [resources, severity, minScore, roleName] = (0,gates_resources/* parseTogether */.Sn)(() => (0,gates_resources/* parseTogether */.Sn)(...requireSome(entries(input.resources), origins.resources, 'resource').map((text) => () => (0,gates_resources/* parseInspectedResource */.$L)(text, origins.resources))), () => parseSeverity(input.severity ?? DEFAULT_SEVERITY, origins.severity), () => (input.minScore === undefined ? undefined : parseMinScore(input.minScore, origins.minScore)), () => parseRoleName(input.roleName, origins.roleName ?? 'the role name'));
    return { resources, bar: { severity, minScore }, roleName };
}
function checkLambdaReady(request, hooks = {}) {
    return waitForLambdaReady({
        functions: request.functions,
        timeoutMs: request.timeoutMs,
        lambdaFor: clientsByLocation(client_lambda_dist_cjs/* LambdaClient */.Nox, { roleName: request.roleName, onSecret: hooks.onSecret }),
        onChange: hooks.onChange,
    });
}
function checkInspector(request, hooks = {}) {
    return runInspectorGate({
        resources: request.resources,
        bar: request.bar,
        inspectorFor: clientsByLocation(dist_cjs/* Inspector2Client */.r0C, {
            roleName: request.roleName,
            onSecret: hooks.onSecret,
        }),
    });
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/gates.ts






const ROLE_NAME_FLAG = {
    name: 'role-name',
    type: 'string',
    value: 'NAME',
    description: "Assume the IAM role of this name in each resource's account (taken from its ARN) instead of using the credentials at hand.",
};
const gateLambdaReadyCommand = {
    name: 'gate lambda-ready',
    summary: 'Wait until every function is ready (State Active, LastUpdateStatus Successful): exit 0 when all are, 1 when one failed, is inactive or missing, or the time ran out.',
    flags: [
        {
            name: 'function',
            type: 'string',
            value: 'NAME|ARN',
            required: true,
            multiple: true,
            description: 'A function name or ARN, optionally :version or :alias; repeat the flag (or separate with commas) for several. An ARN gives the region and account.',
        },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            default: DEFAULT_LAMBDA_READY_TIMEOUT,
            description: 'Give up after this long, e.g. 90s, 10m.',
        },
        {
            name: 'region',
            type: 'string',
            value: 'REGION',
            description: 'The region of functions given by name (default: AWS_REGION).',
        },
        ROLE_NAME_FLAG,
    ],
    async run(values) {
        const request = lambdaReadyRequest({
            functions: (0,args/* listFlag */.v6)(values.function),
            timeout: (0,args/* stringFlag */.AM)(values.timeout),
            region: (0,args/* stringFlag */.AM)(values.region) ?? process.env.AWS_REGION,
            roleName: (0,args/* stringFlag */.AM)(values['role-name']),
        }, { functions: '--function', timeout: '--timeout', region: '--region', roleName: '--role-name' });
        try {
            const result = await checkLambdaReady(request, {
                onChange: (readiness) => process.stderr.write(`${readinessProgressLine(readiness)}\n`),
            });
            process.stdout.write(lambdaReadyText(result));
            return result.ready ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};
const gateInspectorCommand = {
    name: 'gate inspector',
    summary: 'Fail (exit 1) when Amazon Inspector has an active finding at or above the bar on a deployed Lambda function or ECR image, printing each with its package, fixed version and remediation.',
    flags: [
        {
            name: 'resource',
            type: 'string',
            value: 'ARN|URI',
            required: true,
            multiple: true,
            description: 'A Lambda function ARN, an ECR image ARN, or an ECR image URI (…/repo@sha256:… or …/repo:tag); repeat the flag (or separate with commas) for several.',
        },
        {
            name: 'severity',
            type: 'string',
            value: 'SEVERITY',
            default: DEFAULT_SEVERITY,
            description: `The lowest severity that fails the gate: ${SEVERITIES.join(', ')}.`,
        },
        {
            name: 'min-score',
            type: 'string',
            value: 'SCORE',
            description: 'Also require an Inspector score of at least this (0-10) for a finding to fail the gate, e.g. 8 (default: any score).',
        },
        ROLE_NAME_FLAG,
    ],
    async run(values) {
        const request = inspectorRequest({
            resources: (0,args/* listFlag */.v6)(values.resource),
            severity: (0,args/* stringFlag */.AM)(values.severity),
            minScore: (0,args/* stringFlag */.AM)(values['min-score']),
            roleName: (0,args/* stringFlag */.AM)(values['role-name']),
        }, { resources: '--resource', severity: '--severity', minScore: '--min-score', roleName: '--role-name' });
        try {
            const result = await checkInspector(request);
            process.stdout.write(inspectorText(result));
            return result.passed ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ parseInspectedResource),
/* harmony export */   Dr: () => (/* binding */ inspectedResourceIn),
/* harmony export */   F1: () => (/* binding */ functionArnIn),
/* harmony export */   Sn: () => (/* binding */ parseTogether),
/* harmony export */   r$: () => (/* binding */ parseFunctionRef)
/* harmony export */ });
/* harmony import */ var _aws_arn__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1626);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The resources the post-deploy gates look at, parsed from what users write: Lambda function names
 * and ARNs, ECR image ARNs and URIs. Region and account come from the ARN or URI, so that one gate
 * can check resources in several regions and accounts.
 */


const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const FUNCTION_NAME = '[A-Za-z0-9_-]{1,64}';
const QUALIFIER = '\\$LATEST(?:\\.PUBLISHED)?|[A-Za-z0-9_-]{1,128}';
/** ECR repository names: lowercase path components separated by `/`. */
const REPOSITORY = '[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*';
const DIGEST = 'sha256:[a-f0-9]{64}';
const FUNCTION_ARN = new RegExp(`^(arn:aws[a-z-]*:lambda:(${REGION}):(\\d{12}):function:(${FUNCTION_NAME}))(?::(${QUALIFIER}))?$`);
const QUALIFIED_NAME = new RegExp(`^(${FUNCTION_NAME})(?::(${QUALIFIER}))?$`);
const IMAGE_ARN = new RegExp(`^arn:aws[a-z-]*:ecr:(${REGION}):(\\d{12}):repository/(${REPOSITORY})/(${DIGEST})$`);
const IMAGE_URI = new RegExp(`^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.(${REGION})\\.amazonaws\\.com(?:\\.cn)?/(${REPOSITORY})(?:@(${DIGEST})|:([\\w][\\w.-]{0,127}))$`);
const FUNCTION_FORMS = 'a Lambda function name or ARN, optionally with :version or :alias (e.g. orders-api, orders-api:live, arn:aws:lambda:eu-west-1:123456789012:function:orders-api)';
const RESOURCE_FORMS = 'a Lambda function ARN, an ECR image ARN (arn:aws:ecr:REGION:ACCOUNT:repository/NAME/sha256:DIGEST) or an ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME@sha256:DIGEST or …/NAME:TAG)';
/**
 * A function for GetFunctionConfiguration. A name without an ARN is looked up in `defaultRegion`.
 * `origin` names where the text came from, e.g. `--function`, for the InputError.
 */
function parseFunctionRef(text, origin, defaultRegion) {
    const arn = FUNCTION_ARN.exec(text);
    if (arn) {
        const [, unqualified, region, accountId, name, qualifier] = arn;
        return { label: text, functionName: unqualified, name, qualifier, region, accountId };
    }
    const named = QUALIFIED_NAME.exec(text);
    if (!named)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${origin} "${text}" is not ${FUNCTION_FORMS}`]);
    if (!defaultRegion) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `${origin} "${text}" is a name without a region: give its ARN, or the region (--region or AWS_REGION)`,
        ]);
    }
    const [, name, qualifier] = named;
    return { label: text, functionName: name, name, qualifier, region: defaultRegion };
}
/** A resource Amazon Inspector scans: a Lambda function, or a container image in ECR. */
function parseInspectedResource(text, origin) {
    const lambda = FUNCTION_ARN.exec(text);
    if (lambda) {
        const [, , region, accountId, name] = lambda;
        return { kind: 'lambda-function', label: text, region, accountId, name };
    }
    const imageArn = IMAGE_ARN.exec(text);
    if (imageArn) {
        const [, region, accountId, repository, digest] = imageArn;
        return { kind: 'ecr-image', label: text, region, accountId, repository, image: { digest } };
    }
    const uri = IMAGE_URI.exec(text);
    if (uri) {
        const [, accountId, region, repository, digest, tag] = uri;
        return {
            kind: 'ecr-image',
            label: text,
            region: region,
            accountId: accountId,
            repository: repository,
            image: digest ? { digest } : { tag: tag },
        };
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${origin} "${text}" is not ${RESOURCE_FORMS}`]);
}
/**
 * A function as an ARN: a name is taken to be in `home` (the account and region a pipeline
 * environment deploys to); an ARN stays as it is. Throws InputError when it is neither.
 */
function functionArnIn(text, origin, home) {
    const ref = parseFunctionRef(text, origin, home.region);
    if (ref.accountId)
        return text;
    const arn = `arn:${(0,_aws_arn__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .i)(home.region)}:lambda:${home.region}:${home.accountId}:function:${ref.name}`;
    return ref.qualifier ? `${arn}:${ref.qualifier}` : arn;
}
/** A resource for the Inspector gate, names of functions taken to be in `home` as above. */
function inspectedResourceIn(text, origin, home) {
    if (QUALIFIED_NAME.test(text) || FUNCTION_ARN.test(text))
        return functionArnIn(text, origin, home);
    return parseInspectedResource(text, origin).label;
}
/** Runs each parse, collecting the problems of all into one InputError. */
function parseTogether(...parses) {
    const problems = [];
    const values = parses.map((parse) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d))
                throw error;
            problems.push(...error.problems);
            return undefined;
        }
    });
    if (problems.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(problems);
    return values;
}


/***/ }),

/***/ 1170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   Er: () => (/* binding */ parseTimeLimit),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Durations as k6 writes them (`500ms`, `30s`, `1m30s`, `2h`): scenario files, timeouts, time limits. */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Milliseconds, or undefined when the text is not a duration. */
function parseDuration(text) {
    if (!/^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) {
        total += Number(amount) * (UNIT_MS[unit] ?? 0);
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const seconds = Math.round(ms / 1000);
    return seconds < 60
        ? `${seconds}s`
        : `${Math.floor(seconds / 60)}m${seconds % 60 ? `${seconds % 60}s` : ''}`;
}
/** A time limit the user gave (`what` names the flag or input), in milliseconds. */
function parseTimeLimit(text, what) {
    const ms = parseDuration(text);
    if (!ms)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${what} "${text}" must be a duration such as 90s, 45m or 1h30m`]);
    return ms;
}


/***/ }),

/***/ 1027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ DeadlineExceededError),
/* harmony export */   SL: () => (/* binding */ DEFAULT_POLLING),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Cloud operations (a CloudFormation change, a Lambda update) take seconds to minutes: look often at first, then less. */
const DEFAULT_POLLING = {
    initialDelayMs: 1000,
    maxDelayMs: 10_000,
    backoffFactor: 1.5,
};
class DeadlineExceededError extends Error {
}
/**
 * Calls `look` until it returns a value other than undefined. Throws DeadlineExceededError once
 * `deadline` (epoch ms) passes, after one last look.
 */
async function pollUntil(look, deadline, policy = DEFAULT_POLLING) {
    let delay = policy.initialDelayMs;
    for (;;) {
        const value = await look();
        if (value !== undefined)
            return value;
        const remaining = deadline - Date.now();
        if (remaining <= 0)
            throw new DeadlineExceededError('deadline passed');
        await sleep(Math.min(delay, remaining));
        delay = Math.min(policy.maxDelayMs, delay * policy.backoffFactor);
    }
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ })

};
;