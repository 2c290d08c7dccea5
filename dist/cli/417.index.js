"use strict";
exports.id = 417;
exports.ids = [417];
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

/***/ 9417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyCommand: () => (/* binding */ notifyCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/notify/message.ts
var notify_message = __webpack_require__(8478);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(5505);
// EXTERNAL MODULE: ./src/load-test/report/summary.ts
var summary = __webpack_require__(4750);
// EXTERNAL MODULE: ./src/load-test/result.ts
var load_test_result = __webpack_require__(910);
// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
// EXTERNAL MODULE: ./src/notify/text.ts
var notify_text = __webpack_require__(3966);
;// CONCATENATED MODULE: ./src/notify/details.ts






/** Every target shows a field whole: Slack allows 2,000 characters for a field's name and value. */
const MAX_FIELD_NAME = 150;
const MAX_FIELD_VALUE = 1_500;
const GENERIC_SHAPE = '{"title": "...", "summary": "...", "fields": {"name": "value", ...}}';
/**
 * Reads a details file: a `rampart deploy --results` file (the tenants that did not deploy), a
 * `rampart load-test run --out` result (its thresholds), or a generic {title, summary, fields}.
 */
async function loadDetails(file) {
    const text = await (0,files/* readInputFile */.jH)(file, 'the details');
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        // V8 quotes the text in its message, line breaks included: a problem is one line.
        throw new errors/* InputError */.d([
            `${file}: the details are not valid JSON: ${(0,notify_text/* singleLine */.pF)(error.message)}`,
        ]);
    }
    const details = await detailsOf(document, file);
    return {
        ...details,
        fields: details.fields.map((field) => ({
            name: (0,notify_text/* truncate */.xv)(field.name, MAX_FIELD_NAME),
            value: (0,notify_text/* truncate */.xv)(field.value, MAX_FIELD_VALUE),
        })),
    };
}
async function detailsOf(document, file) {
    if (!isObject(document))
        throw notDetails(file, 'not a JSON object');
    if (document.kind === 'load-test-result')
        return loadTestDetails(file);
    if (Array.isArray(document.tenants) && isObject(document.summary)) {
        return deployDetails(document, file);
    }
    if ('fields' in document || 'title' in document)
        return genericDetails(document, file);
    throw notDetails(file, 'no "tenants", "kind" or "fields"');
}
function deployDetails(results, file) {
    const broken = results.tenants.findIndex((tenant) => !isObject(tenant) || typeof tenant.id !== 'string' || typeof tenant.status !== 'string');
    if (broken >= 0)
        throw notDetails(file, `tenants[${broken}] has no "id" and "status"`);
    return {
        kind: 'deploy-results',
        title: results.mode === 'plan' ? `Deployment plan for ${results.app}` : `Deployment of ${results.app}`,
        summary: (0,report/* summaryLine */.dC)(results),
        fields: results.tenants.filter(notDeployed).map(tenantField),
    };
}
const notDeployed = (tenant) => ['failed', 'rolled-back', 'skipped'].includes(tenant.status);
function tenantField(tenant) {
    const place = [tenant.region, tenant.wave === undefined ? '' : `wave ${tenant.wave}`].filter(Boolean);
    return {
        name: `${tenant.id}${place.length > 0 ? ` (${place.join(', ')})` : ''}`,
        value: tenant.error ? `${tenant.status}: ${tenant.error}` : tenant.status,
    };
}
async function loadTestDetails(file) {
    const result = await (0,load_test_result/* loadResult */.AL)(file);
    const verdict = (0,load_test_result/* judge */.S4)(result);
    return {
        kind: 'load-test-result',
        title: `Load test ${result.scenario.name}`,
        summary: [(0,summary/* describeRun */.vZ)(result), verdict.aborted && (0,summary/* describeAbort */.e$)(verdict.aborted)]
            .filter(Boolean)
            .join('; '),
        fields: verdict.thresholds.map(thresholdField),
    };
}
function thresholdField(threshold) {
    const measured = (0,summary/* formatValue */.Fl)(threshold.value, (0,summary/* thresholdUnit */.A8)(threshold));
    // A result file holds no baseline: a relative threshold's verdict is in the run that had one.
    const relative = threshold.bound === undefined && /\bbaseline\b/.test(threshold.threshold);
    const verdict = relative ? 'relative to a baseline' : threshold.passed ? 'passed' : 'failed';
    const reason = threshold.reason && !relative ? `: ${threshold.reason}` : '';
    return { name: `${threshold.metric} ${threshold.threshold}`, value: `${measured} (${verdict}${reason})` };
}
function genericDetails(document, file) {
    const problems = [];
    for (const key of ['title', 'summary']) {
        if (document[key] !== undefined && typeof document[key] !== 'string') {
            problems.push(`${file}: "${key}" must be a string`);
        }
    }
    const fields = document.fields ?? {};
    if (!isObject(fields))
        problems.push(`${file}: "fields" must be an object of names and values`);
    const entries = isObject(fields) ? Object.entries(fields) : [];
    for (const [name, value] of entries) {
        if (!['string', 'number', 'boolean'].includes(typeof value)) {
            problems.push(`${file}: fields."${name}" must be a string, number or boolean`);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    return {
        kind: 'fields',
        title: document.title,
        summary: document.summary,
        fields: entries.map(([name, value]) => ({ name, value: String(value) })),
    };
}
function notDetails(file, why) {
    return new errors/* InputError */.d([
        `${file}: ${why}: expected a rampart deploy results file, a load-test result, or ${GENERIC_SHAPE}`,
    ]);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/notify/targets.ts


const TARGET_FORMS = 'sns:TOPIC_ARN, slack:WEBHOOK_URL, slack:env:VARIABLE or events:BUS_NAME_OR_ARN';
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;
const EVENT_BUS_NAME = /^[A-Za-z0-9._\-/]{1,256}$/;
const EVENT_BUS_ARN = /^arn:aws[a-z-]*:events:[a-z0-9-]+:\d{12}:event-bus\/[A-Za-z0-9._\-/]{1,256}$/;
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
/**
 * Parses `--to` values. Every problem is reported at once; none of them quotes a webhook URL (a
 * webhook URL is a credential: whoever has it can post).
 */
function parseTargets(specs, context, name = notify_message/* flagName */.GI) {
    const problems = [];
    const targets = [];
    if (specs.length === 0)
        problems.push(`${name('to')} is needed: one or more of ${TARGET_FORMS}`);
    for (const spec of specs) {
        try {
            targets.push(parseTarget(spec.trim(), context, name));
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.d))
                throw error;
            problems.push(...error.problems);
        }
    }
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    return targets;
}
function parseTarget(spec, context, name) {
    const separator = spec.indexOf(':');
    const kind = separator < 0 ? spec : spec.slice(0, separator);
    const value = separator < 0 ? '' : spec.slice(separator + 1);
    // A URL in the wrong place may still be a webhook's: it is never quoted.
    const quoted = spec.includes('://') ? `${kind}:…` : spec;
    const problem = (why, shown = quoted) => new errors/* InputError */.d([`${name('to')} ${shown}: ${why}`]);
    switch (kind) {
        case 'sns':
            if (!SNS_TOPIC_ARN.test(value))
                throw problem('expected an SNS topic ARN, arn:aws:sns:REGION:ACCOUNT:NAME');
            return { kind, label: `sns ${value}`, topicArn: value };
        case 'events':
            return eventBus(value, context.region, problem, name);
        case 'slack':
            return value.startsWith('env:')
                ? slackFromEnvironment(value.slice(4), context.env, problem)
                : slackUrl(value, problem);
        default:
            throw problem(`expected one of ${TARGET_FORMS}`, `${kind}:…`);
    }
}
/**
 * The webhook URLs among `--to` values, given directly or through an environment variable, whether
 * or not they parse: an adapter masks them before anything is printed.
 */
function webhookUrlsIn(specs, env) {
    return specs
        .map((spec) => spec.trim())
        .filter((spec) => spec.startsWith('slack:'))
        .map((spec) => spec.slice('slack:'.length))
        .map((value) => (value.startsWith('env:') ? env[value.slice('env:'.length)] : value))
        .filter((url) => Boolean(url));
}
function eventBus(value, region, problem, name) {
    const arnRegion = EVENT_BUS_ARN.test(value) ? value.split(':')[3] : undefined;
    if (!arnRegion && !EVENT_BUS_NAME.test(value)) {
        throw problem('expected an event bus name or arn:aws:events:REGION:ACCOUNT:event-bus/NAME');
    }
    const busRegion = arnRegion ?? region;
    if (!busRegion)
        throw problem(`an event bus name needs a region: give ${name('region')} or set AWS_REGION`);
    return { kind: 'events', label: `events ${value}`, eventBus: value, region: busRegion };
}
function slackFromEnvironment(variable, env, problem) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
        throw problem('expected an environment variable name after env:');
    const url = env[variable];
    if (!url)
        throw problem(`the environment variable ${variable} is empty`);
    const target = slackUrl(url, (why) => problem(why, `slack:env:${variable}`));
    return { ...target, label: `slack (env ${variable})` };
}
function slackUrl(value, problem) {
    const hidden = 'slack:…';
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw problem('expected a webhook URL (https://hooks.slack.com/…) or env:VARIABLE', hidden);
    }
    const loopback = LOOPBACK_HOSTS.includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw problem('the webhook URL must be https (it is a credential)', hidden);
    }
    return { kind: 'slack', label: `slack webhook on ${url.host}`, webhookUrl: value };
}

;// CONCATENATED MODULE: ./src/notify/prepare.ts




/** Checks everything before anything is sent, and reports every problem at once. */
async function prepareNotification(inputs, name = notify_message/* flagName */.GI) {
    const problems = [];
    const checked = async (work) => {
        try {
            return await work();
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.d))
                throw error;
            problems.push(...error.problems);
            return undefined;
        }
    };
    const targets = await checked(() => parseTargets(inputs.to, inputs, name));
    const { detailsFile } = inputs;
    const details = detailsFile
        ? await checked(() => loadDetails(detailsFile))
        : undefined;
    const detailsFailed = detailsFile !== undefined && details === undefined;
    const message = await checked(() => (0,notify_message/* buildMessage */.Y6)({
        // Unreadable details have an unknown title: a stand-in keeps --title from being asked for too.
        title: inputs.title ?? (detailsFailed ? 'the title of the details' : undefined),
        status: inputs.status ?? '',
        origin: { ...(0,notify_message/* runOriginFromEnvironment */.bv)(inputs.env), ...(0,notify_message/* knownOrigin */.Sz)(inputs.origin) },
        details,
    }, name));
    if (problems.length > 0 || !message || !targets)
        throw new errors/* InputError */.d(problems);
    return { message, targets };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var dist_cjs = __webpack_require__(6612);
;// CONCATENATED MODULE: ./src/notify/events.ts



const EVENT_SOURCE = 'rampart';
const EVENT_DETAIL_TYPE = 'Rampart Notification';
/** EventBridge: an entry (Source, DetailType, Detail, 14 bytes for Time) must be less than 256 KiB. */
const MAX_ENTRY_BYTES = 262_143;
const TIME_BYTES = 14;
/** The event's detail: the message as data, for rules to match (e.g. `"status": ["failure"]`). */
function eventDetail(message) {
    const budget = MAX_ENTRY_BYTES - TIME_BYTES - (0,notify_text/* utf8Bytes */.dy)(EVENT_SOURCE) - (0,notify_text/* utf8Bytes */.dy)(EVENT_DETAIL_TYPE);
    return (0,notify_text/* renderWithinBytes */.RC)(message, (fitted, omitted) => JSON.stringify({ ...fitted, ...(omitted > 0 ? { omittedFields: omitted } : {}) }), budget);
}
/** Puts the event on the bus (a name in `region`, or an ARN); returns its event id. */
async function putNotificationEvent(bus, message) {
    const events = (0,client_factory/* createAwsClient */.G)(dist_cjs/* EventBridgeClient */.Ldt, { region: bus.region });
    const response = await events.send(new dist_cjs/* PutEventsCommand */.yyL({
        Entries: [
            {
                Source: EVENT_SOURCE,
                DetailType: EVENT_DETAIL_TYPE,
                Detail: eventDetail(message),
                EventBusName: bus.eventBus,
                Time: new Date(message.time),
            },
        ],
    }));
    // PutEvents answers 200 whatever became of each entry: a rejected one is only in the entry's result.
    const [entry] = response.Entries ?? [];
    if ((response.FailedEntryCount ?? 0) > 0 || !entry?.EventId) {
        throw new Error(`EventBridge rejected the event: ${entry?.ErrorCode ?? 'no event id'} ${entry?.ErrorMessage ?? ''}`.trim());
    }
    return entry.EventId;
}

// EXTERNAL MODULE: ./src/notify/slack.ts
var slack = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/notify/sns.ts
var sns = __webpack_require__(4091);
;// CONCATENATED MODULE: ./src/notify/send.ts



/**
 * Sends the message to every target at once. Each target's result stands on its own: one that fails
 * neither stops the others nor hides that it failed.
 */
function sendNotification(message, targets) {
    return Promise.all(targets.map(async (target) => {
        try {
            return { target: target.label, status: 'sent', detail: await deliver(message, target) };
        }
        catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            return { target: target.label, status: 'failed', detail };
        }
    }));
}
function allSent(results) {
    return results.every((result) => result.status === 'sent');
}
async function deliver(message, target) {
    switch (target.kind) {
        case 'sns':
            return `published message ${await (0,sns/* publishToSns */.B8)(target.topicArn, (0,sns/* snsMessage */.Gc)(message))}`;
        case 'slack':
            await (0,slack/* postToSlackWebhook */.h)(target.webhookUrl, (0,slack/* slackPayload */.P)(message));
            return 'posted';
        case 'events':
            return `put event ${await putNotificationEvent(target, message)}`;
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/notify.ts







const notifyCommand = {
    name: 'notify',
    summary: 'Send one message (what ran, where, who, the run link, the details) to SNS topics, Slack webhooks and EventBridge buses, each in its own format. Every target is tried and reported; exit 1 when any failed.',
    flags: [
        {
            name: 'to',
            type: 'string',
            multiple: true,
            required: true,
            value: 'TARGET',
            description: `Where to send, repeatable: ${TARGET_FORMS}. Prefer slack:env:VARIABLE: a URL on the command line shows in process lists.`,
        },
        {
            name: 'status',
            type: 'string',
            required: true,
            value: notify_message/* NOTIFY_STATUSES */.DM.join('|'),
            description: 'How the run ended.',
        },
        {
            name: 'title',
            type: 'string',
            value: 'TEXT',
            description: 'The message\'s title (default: the details file\'s, e.g. "Deployment of APP").',
        },
        {
            name: 'details',
            type: 'string',
            value: 'FILE',
            description: 'JSON: rampart deploy --results (tenants that did not deploy), rampart load-test run --out (thresholds), or {"title", "summary", "fields": {name: value}}.',
        },
        {
            name: 'what',
            type: 'string',
            value: 'TEXT',
            description: 'What ran (default: GITHUB_WORKFLOW, or the CodeBuild project).',
        },
        {
            name: 'where',
            type: 'string',
            value: 'TEXT',
            description: 'Where it ran (default: GITHUB_REPOSITORY@GITHUB_REF_NAME, or the CodeBuild source).',
        },
        {
            name: 'who',
            type: 'string',
            value: 'TEXT',
            description: 'Who started it (default: GITHUB_ACTOR, CODEBUILD_INITIATOR or USER).',
        },
        {
            name: 'run-url',
            type: 'string',
            value: 'URL',
            description: 'Link to the run (default: the GitHub Actions run, or CODEBUILD_BUILD_URL).',
        },
        {
            name: 'region',
            type: 'string',
            value: 'REGION',
            description: 'Region of event buses given by name (default: AWS_REGION).',
        },
    ],
    async run(values) {
        try {
            const { message, targets } = await prepareNotification({
                to: (0,args/* listFlag */.v6)(values.to),
                title: (0,args/* stringFlag */.AM)(values.title),
                status: (0,args/* stringFlag */.AM)(values.status),
                detailsFile: (0,args/* stringFlag */.AM)(values.details),
                origin: {
                    what: (0,args/* stringFlag */.AM)(values.what),
                    where: (0,args/* stringFlag */.AM)(values.where),
                    who: (0,args/* stringFlag */.AM)(values.who),
                    runUrl: (0,args/* stringFlag */.AM)(values['run-url']),
                },
                region: (0,args/* stringFlag */.AM)(values.region) ?? process.env.AWS_REGION,
                env: process.env,
            });
            const results = await sendNotification(message, targets);
            for (const result of results) {
                process.stdout.write(`${result.target}: ${result.status}: ${result.detail}\n`);
            }
            return allSent(results) ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ renderTable),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
/* unused harmony export renderMarkdown */
const COLUMNS = [
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
function renderTable(results) {
    const rows = [
        COLUMNS.map((column) => column.title),
        ...results.tenants.map((tenant) => COLUMNS.map((column) => column.value(tenant))),
    ];
    const widths = COLUMNS.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length)));
    const lines = rows.map((row) => row
        .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
        .join('  ')
        .trimEnd());
    return [...lines, '', summaryLine(results)].join('\n');
}
/** A Markdown report for a GitHub job summary: the same table, and the planned changes per stack. */
function renderMarkdown(results) {
    const title = results.mode === 'plan' ? `Deployment plan for ${results.app}` : `Deployment of ${results.app}`;
    const header = `| ${COLUMNS.map((column) => column.title).join(' | ')} |\n|${COLUMNS.map(() => ' --- |').join('')}`;
    const rows = results.tenants.map((tenant) => `| ${COLUMNS.map((column) => escapeCell(column.value(tenant))).join(' | ')} |`);
    const sections = [`### ${title}`, '', summaryLine(results), '', header, ...rows];
    const withChanges = results.tenants.filter((tenant) => tenant.changes.length > 0);
    if (withChanges.length > 0)
        sections.push('', '#### Changes', '', ...withChanges.flatMap(changeList));
    return `${sections.join('\n')}\n`;
}
function summaryLine(results) {
    const { summary } = results;
    const parts = Object.entries(summary)
        .filter(([, count]) => count > 0)
        .map(([status, count]) => `${count} ${status === 'rolledBack' ? 'rolled back' : status}`);
    return `${results.tenants.length} stack(s): ${parts.join(', ') || 'none'}`;
}
function describeChanges(changes) {
    if (changes.length === 0)
        return '';
    const count = (action) => changes.filter((change) => change.action === action).length;
    const replaced = changes.filter((change) => change.replacement === 'True').length;
    return `+${count('Add')} ~${count('Modify')} -${count('Remove')}${replaced ? ` (${replaced} replaced)` : ''}`;
}
function changeList(tenant) {
    return [
        `<details><summary>${tenant.id} ${tenant.region} (${tenant.stackName})</summary>`,
        '',
        '| action | logical id | type | replacement |',
        '| --- | --- | --- | --- |',
        ...tenant.changes.map((change) => `| ${change.action} | ${escapeCell(change.logicalId)} | ${change.resourceType} | ${change.replacement ?? ''} |`),
        '',
        '</details>',
        '',
    ];
}
function escapeCell(text) {
    return text.replace(/\|/g, '\\|');
}


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

/***/ 7569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ slackPayload),
/* harmony export */   h: () => (/* binding */ postToSlackWebhook)
/* harmony export */ });
/* harmony import */ var _message__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8478);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3966);


/** Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks). */
const MAX_HEADER = 150;
const MAX_SECTION_TEXT = 3_000;
const MAX_FIELD_TEXT = 2_000;
const FIELDS_PER_SECTION = 10;
const MAX_BUTTON_URL = 3_000;
/** Details beyond these sections are counted, not shown: a message stays readable (and under 50 blocks). */
const DETAIL_SECTIONS = 3;
const REQUEST_TIMEOUT_MS = 30_000;
/** The message as Block Kit blocks: header, the run's fields, the details, a context line, a button to the run. */
function slackPayload(message) {
    const icon = message.status === 'success' ? ':white_check_mark:' : ':x:';
    const shown = message.fields.slice(0, DETAIL_SECTIONS * FIELDS_PER_SECTION);
    const omitted = message.fields.length - shown.length;
    const runFields = [{ name: 'Status', value: `${icon} ${message.status}` }, ...(0,_message__WEBPACK_IMPORTED_MODULE_0__/* .originLines */ .I6)(message)];
    const context = [
        `Sent by Rampart at ${message.time}`,
        omitted > 0 ? `${omitted} more detail(s) in the run` : '',
    ];
    const blocks = [
        {
            type: 'header',
            text: {
                type: 'plain_text',
                text: (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(`${icon} ${(0,_text__WEBPACK_IMPORTED_MODULE_1__/* .singleLine */ .pF)(message.title)}`, MAX_HEADER),
                emoji: true,
            },
        },
        {
            type: 'section',
            ...(message.summary ? { text: mrkdwn((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(escapeMrkdwn(message.summary), MAX_SECTION_TEXT)) } : {}),
            fields: runFields.map(fieldText),
        },
        ...chunks(shown, FIELDS_PER_SECTION).map((fields) => ({
            type: 'section',
            fields: fields.map(fieldText),
        })),
        { type: 'context', elements: [mrkdwn(context.filter(Boolean).join(' · '))] },
    ];
    if (message.runUrl && message.runUrl.length <= MAX_BUTTON_URL) {
        blocks.push({
            type: 'actions',
            elements: [
                {
                    type: 'button',
                    text: { type: 'plain_text', text: 'View run' },
                    url: message.runUrl,
                    style: message.status === 'success' ? 'primary' : 'danger',
                },
            ],
        });
    }
    return { text: `${(0,_message__WEBPACK_IMPORTED_MODULE_0__/* .statusWord */ .Hm)(message.status)}: ${(0,_text__WEBPACK_IMPORTED_MODULE_1__/* .singleLine */ .pF)(message.title)}`, blocks };
}
function fieldText(field) {
    return mrkdwn((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(`*${escapeMrkdwn((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .singleLine */ .pF)(field.name))}*\n${escapeMrkdwn(field.value)}`, MAX_FIELD_TEXT));
}
function mrkdwn(text) {
    return { type: 'mrkdwn', text };
}
/** Slack reads &, < and > as markup (links, mentions) in mrkdwn text. */
function escapeMrkdwn(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
function chunks(items, size) {
    const result = [];
    for (let start = 0; start < items.length; start += size)
        result.push(items.slice(start, start + size));
    return result;
}
/**
 * Posts to an incoming webhook. Errors say what Slack answered and never hold the URL: it is a
 * credential.
 */
async function postToSlackWebhook(webhookUrl, payload) {
    let response;
    try {
        response = await fetch(webhookUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(payload),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
    }
    catch (error) {
        const cause = error.cause;
        throw new Error(`the Slack webhook could not be reached: ${(cause ?? error).message}`
            .split(webhookUrl)
            .join('…'));
    }
    if (!response.ok) {
        throw new Error(`the Slack webhook answered ${response.status} ${(0,_text__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .singleLine */ .pF)(await response.text()), 200)}`);
    }
}


/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ publishToSns),
/* harmony export */   Gc: () => (/* binding */ snsMessage),
/* harmony export */   H6: () => (/* binding */ snsSubject)
/* harmony export */ });
/* unused harmony export MAX_SNS_SUBJECT */
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8797);
/* harmony import */ var _aws_client_factory__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8647);
/* harmony import */ var _message__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8478);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3966);




/** SNS: a subject is one line of "less than 100 characters"; a message at most 256 KiB. */
const MAX_SNS_SUBJECT = 99;
const MAX_SNS_MESSAGE_BYTES = 262_144;
/** A subject SNS accepts: one line, cut at a word with an ellipsis when too long. */
function snsSubject(text) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_text__WEBPACK_IMPORTED_MODULE_2__/* .singleLine */ .pF)(text), MAX_SNS_SUBJECT);
}
function snsMessage(message) {
    return {
        subject: snsSubject(`[${(0,_message__WEBPACK_IMPORTED_MODULE_1__/* .statusWord */ .Hm)(message.status)}] ${message.title}`),
        body: (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .renderWithinBytes */ .RC)(message, plainText, MAX_SNS_MESSAGE_BYTES),
    };
}
/** The message as plain text, for e-mail and SMS subscribers alike. */
function plainText(message, omitted) {
    const sections = [
        [`${(0,_message__WEBPACK_IMPORTED_MODULE_1__/* .statusWord */ .Hm)(message.status)}: ${message.title}`],
        [
            ...(0,_message__WEBPACK_IMPORTED_MODULE_1__/* .originLines */ .I6)(message).map((line) => `${line.name}: ${line.value}`),
            ...(message.runUrl ? [`Run: ${message.runUrl}`] : []),
        ],
        message.summary ? [message.summary] : [],
        [
            ...message.fields.map((field) => `- ${field.name}: ${field.value}`),
            ...(omitted > 0 ? [`(${omitted} more detail(s) left out: see the run)`] : []),
        ],
        [`Sent by Rampart at ${message.time}`],
    ];
    return `${sections
        .filter((lines) => lines.length > 0)
        .map((lines) => lines.join('\n'))
        .join('\n\n')}\n`;
}
/** Publishes to the topic, in the topic's region; returns SNS's message id. */
async function publishToSns(topicArn, content) {
    const region = topicArn.split(':')[3] ?? 'us-east-1';
    const sns = (0,_aws_client_factory__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClient */ .G)(_aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_3__/* .SNSClient */ .kye, { region });
    const { MessageId } = await sns.send(new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_3__/* .PublishCommand */ .D5G({ TopicArn: topicArn, Subject: content.subject, Message: content.body }));
    return MessageId ?? '';
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