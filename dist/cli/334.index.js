"use strict";
exports.id = 334;
exports.ids = [334];
exports.modules = {

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

/***/ 3334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  incidentStartCommand: () => (/* binding */ incidentStartCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ssm-incidents/dist-cjs/index.js
var dist_cjs = __webpack_require__(3886);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/notify/message.ts
var message = __webpack_require__(8478);
// EXTERNAL MODULE: ./src/notify/text.ts
var notify_text = __webpack_require__(3966);
;// CONCATENATED MODULE: ./src/incident/start-incident.ts






/** Incident Manager's limits (StartIncident in its API reference). */
const MAX_TITLE = 200;
const MAX_URL = 1_000;
const MAX_CLIENT_TOKEN = 128;
/** Incident Manager ARNs have no region: arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME. */
const RESPONSE_PLAN_ARN = /^arn:aws[a-z-]*:ssm-incidents::\d{12}:response-plan\/[A-Za-z0-9_-]{1,200}$/;
const TRIGGER_SOURCE = 'rampart';
/** Checks every input, reporting all problems at once. */
function checkIncidentInputs(inputs, name = message/* flagName */.GI) {
    const problems = [];
    const plan = inputs.responsePlanArn ?? '';
    if (!RESPONSE_PLAN_ARN.test(plan)) {
        problems.push(`${name('response-plan')} "${plan}" is not a response plan ARN (arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME)`);
    }
    const title = (0,notify_text/* truncate */.xv)((inputs.title ?? '').trim(), MAX_TITLE);
    if (!title)
        problems.push(`${name('title')} is needed`);
    if (!/^[1-5]$/.test(inputs.impact ?? '')) {
        problems.push(`${name('impact')} "${inputs.impact ?? ''}" is not 1 (critical) to 5 (no impact)`);
    }
    problems.push(...inputs.relatedUrls.flatMap((url) => urlProblems(url, name('related-url'))));
    if (inputs.clientToken !== undefined && inputs.clientToken.length > MAX_CLIENT_TOKEN) {
        problems.push(`${name('client-token')} is longer than ${MAX_CLIENT_TOKEN} characters`);
    }
    if (!inputs.region)
        problems.push(`the region is not known: give ${name('region')} or set AWS_REGION`);
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    const request = {
        responsePlanArn: plan,
        title,
        impact: Number(inputs.impact),
        relatedUrls: inputs.relatedUrls,
    };
    return {
        ...request,
        clientToken: inputs.clientToken ?? derivedToken(request),
        region: inputs.region ?? '',
    };
}
function urlProblems(url, flag) {
    if (url.length > MAX_URL)
        return [`${flag} is longer than ${MAX_URL} characters`];
    try {
        const { protocol } = new URL(url);
        return protocol === 'https:' || protocol === 'http:' ? [] : [`${flag} "${url}" is not an http(s) URL`];
    }
    catch {
        return [`${flag} "${url}" is not a URL`];
    }
}
/**
 * The same plan, title, impact and links give the same token, so a re-run of a failed step finds the
 * incident it started. The run's URL among the links keeps two runs' incidents apart.
 */
function derivedToken(request) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(request)).digest('hex');
}
/** Starts the incident (or finds the one started with the same token); returns its record's ARN. */
async function startIncident(request, now = new Date()) {
    const incidents = (0,client_factory/* createAwsClient */.G)(dist_cjs.SSMIncidentsClient, { region: request.region });
    const { incidentRecordArn } = await incidents.send(new dist_cjs.StartIncidentCommand({
        responsePlanArn: request.responsePlanArn,
        title: request.title,
        impact: request.impact,
        clientToken: request.clientToken,
        triggerDetails: { source: TRIGGER_SOURCE, timestamp: now },
        relatedItems: request.relatedUrls.map((url) => ({ identifier: { type: 'OTHER', value: { url } } })),
    }));
    if (!incidentRecordArn)
        throw new Error('StartIncident answered without an incident record ARN');
    return incidentRecordArn;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/incident.ts





const incidentStartCommand = {
    name: 'incident start',
    summary: 'Start an incident with a Systems Manager Incident Manager response plan (its contacts, escalation and runbook), e.g. for a failed production wave or gate, and print the incident record ARN. A re-run with the same inputs finds the same incident.',
    flags: [
        {
            name: 'response-plan',
            type: 'string',
            required: true,
            value: 'ARN',
            description: 'The response plan, arn:aws:ssm-incidents::ACCOUNT:response-plan/NAME.',
        },
        { name: 'title', type: 'string', required: true, value: 'TEXT', description: "The incident's title." },
        {
            name: 'impact',
            type: 'string',
            required: true,
            value: '1..5',
            description: '1 critical, 2 high, 3 medium, 4 low, 5 no impact (overrides the plan).',
        },
        {
            name: 'related-url',
            type: 'string',
            multiple: true,
            value: 'URL',
            description: 'A link for responders, repeatable (default: the GitHub Actions run or CodeBuild build).',
        },
        {
            name: 'client-token',
            type: 'string',
            value: 'TOKEN',
            description: 'Idempotency token (default: derived from the plan, title, impact and links).',
        },
        {
            name: 'region',
            type: 'string',
            value: 'REGION',
            description: 'A region of the Incident Manager replication set (default: AWS_REGION).',
        },
    ],
    async run(values) {
        const given = (0,args/* listFlag */.v6)(values['related-url']);
        const runUrl = (0,message/* runOriginFromEnvironment */.bv)(process.env).runUrl;
        const request = checkIncidentInputs({
            responsePlanArn: (0,args/* stringFlag */.AM)(values['response-plan']),
            title: (0,args/* stringFlag */.AM)(values.title),
            impact: (0,args/* stringFlag */.AM)(values.impact),
            relatedUrls: given.length > 0 ? given : runUrl ? [runUrl] : [],
            clientToken: (0,args/* stringFlag */.AM)(values['client-token']),
            region: (0,args/* stringFlag */.AM)(values.region) ?? process.env.AWS_REGION,
        });
        try {
            process.stdout.write(`${await startIncident(request)}\n`);
            return exit_codes/* ExitCode */.y.Success;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};


/***/ }),

/***/ 8478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ NOTIFY_STATUSES),
/* harmony export */   GI: () => (/* binding */ flagName),
/* harmony export */   Hm: () => (/* binding */ statusWord),
/* harmony export */   I6: () => (/* binding */ originLines),
/* harmony export */   Sz: () => (/* binding */ knownOrigin),
/* harmony export */   Y6: () => (/* binding */ buildMessage),
/* harmony export */   bv: () => (/* binding */ runOriginFromEnvironment)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const NOTIFY_STATUSES = ['success', 'failure'];
/**
 * The run as GitHub Actions or CodeBuild describe it. Each value is a default: a flag or input
 * given by the user wins.
 */
function runOriginFromEnvironment(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true') {
        const repository = env.GITHUB_REPOSITORY;
        return {
            what: env.GITHUB_WORKFLOW,
            where: [repository, env.GITHUB_REF_NAME].filter(Boolean).join('@') || undefined,
            who: env.GITHUB_ACTOR,
            runUrl: env.GITHUB_RUN_ID && repository
                ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
                : undefined,
        };
    }
    if (env.CODEBUILD_BUILD_ID) {
        return {
            what: env.CODEBUILD_BUILD_ID.split(':')[0],
            where: env.CODEBUILD_SOURCE_REPO_URL ?? env.AWS_REGION,
            who: env.CODEBUILD_INITIATOR,
            runUrl: env.CODEBUILD_BUILD_URL,
        };
    }
    return { who: env.USER };
}
const flagName = (input) => `--${input}`;
/** Checks the request and builds the message; the title falls back to the one the details suggest. */
function buildMessage(request, name = flagName, now = new Date()) {
    const problems = [];
    const title = (request.title ?? request.details?.title ?? '').trim();
    if (!title)
        problems.push(`${name('title')} is needed (the details file has no title to use)`);
    if (!NOTIFY_STATUSES.includes(request.status)) {
        problems.push(`${name('status')} "${request.status}" is not one of ${NOTIFY_STATUSES.join(', ')}`);
    }
    if (problems.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(problems);
    return {
        title,
        status: request.status,
        ...knownOrigin(request.origin),
        summary: request.details?.summary,
        fields: request.details?.fields ?? [],
        detailsKind: request.details?.kind,
        time: now.toISOString(),
    };
}
/** The origin without its unknown (undefined or empty) parts, so that spreading it overrides only known ones. */
function knownOrigin(origin) {
    return Object.fromEntries(Object.entries(origin).filter(([, value]) => value));
}
function statusWord(status) {
    return status === 'success' ? 'SUCCESS' : 'FAILURE';
}
/** The run's origin as labelled lines, those that are known. */
function originLines(message) {
    const lines = [
        ['What', message.what],
        ['Where', message.where],
        ['Who', message.who],
    ];
    return lines
        .filter((line) => Boolean(line[1]))
        .map(([name, value]) => ({ name, value }));
}


/***/ }),

/***/ 3966:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ renderWithinBytes),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   pF: () => (/* binding */ singleLine),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
const ELLIPSIS = '…';
/**
 * At most `max` UTF-16 code units (what JavaScript and most APIs count as characters), cut at a word
 * boundary when one is near and ended with an ellipsis; never half of a surrogate pair.
 */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let cut = max - ELLIPSIS.length;
    if (isHighSurrogate(text.charCodeAt(cut - 1)))
        cut -= 1;
    const space = text.lastIndexOf(' ', cut);
    // A word boundary only when it costs at most a fifth of the room.
    if (space >= cut * 0.8)
        cut = space;
    return `${text.slice(0, cut).trimEnd()}${ELLIPSIS}`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
/** On one line: line breaks and other control characters become spaces, and runs of spaces one. */
function singleLine(text) {
    return text
        .replace(/\p{Cc}+/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Renders the message with as many of its fields (first ones first) as fit in `maxBytes`, telling
 * the renderer how many were left out. Throws when even none fit.
 */
function renderWithinBytes(message, render, maxBytes) {
    const attempt = (kept) => render({ ...message, fields: message.fields.slice(0, kept) }, message.fields.length - kept);
    const whole = attempt(message.fields.length);
    if (utf8Bytes(whole) <= maxBytes)
        return whole;
    let fits = -1;
    let tooMany = message.fields.length;
    while (tooMany - fits > 1) {
        const middle = Math.floor((fits + tooMany) / 2);
        if (utf8Bytes(attempt(middle)) <= maxBytes)
            fits = middle;
        else
            tooMany = middle;
    }
    if (fits < 0)
        throw new Error(`the message is over ${maxBytes} bytes even without its details`);
    return attempt(fits);
}


/***/ })

};
;