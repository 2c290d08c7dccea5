"use strict";
exports.id = 903;
exports.ids = [903];
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

/***/ 6903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineApproveCommand: () => (/* binding */ pipelineApproveCommand),
  pipelineRunCommand: () => (/* binding */ pipelineRunCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-cjs/index.js
var dist_cjs = __webpack_require__(8232);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/pipeline-control/layout.ts


function isAwsError(error, ...names) {
    return error instanceof Error && names.includes(error.name);
}
/** The pipeline's stages and actions in order; an unknown pipeline is bad input. */
async function pipelineLayout(client, name, region) {
    try {
        const { pipeline } = await client.send(new dist_cjs/* GetPipelineCommand */.YeD({ name }));
        if (!pipeline)
            throw new Error(`GetPipeline answered without the pipeline "${name}"`);
        return {
            name,
            type: pipeline.pipelineType ?? 'V1',
            variables: (pipeline.variables ?? []).map((variable) => ({
                name: variable.name ?? '',
                defaultValue: variable.defaultValue,
            })),
            stages: (pipeline.stages ?? []).map((stage) => ({
                name: stage.name ?? '',
                actions: [...(stage.actions ?? [])]
                    .sort((a, b) => (a.runOrder ?? 1) - (b.runOrder ?? 1))
                    .map((action) => ({ name: action.name ?? '', category: action.actionTypeId?.category ?? '' })),
            })),
        };
    }
    catch (error) {
        if (isAwsError(error, 'PipelineNotFoundException'))
            throw noSuchPipeline(name, region);
        throw error;
    }
}
function noSuchPipeline(name, region) {
    return new errors/* InputError */.d([
        `pipeline "${name}" does not exist in ${region} (in the account of the current credentials)`,
    ]);
}
/** Variables the pipeline does not declare would be refused by StartPipelineExecution: say so first. */
function checkVariablesDeclared(layout, variables) {
    if (variables.length === 0)
        return;
    if (layout.variables.length === 0) {
        throw new errors/* InputError */.d([
            `pipeline "${layout.name}" declares no variables (a ${layout.type} pipeline${layout.type === 'V2' ? '' : '; variables need a V2 pipeline'}): remove the variables or declare them in the pipeline`,
        ]);
    }
    const declared = layout.variables.map((variable) => variable.name);
    const undeclared = variables.filter((variable) => !declared.includes(variable.name ?? ''));
    if (undeclared.length > 0) {
        throw new errors/* InputError */.d(undeclared.map((variable) => `pipeline "${layout.name}" declares no variable "${variable.name}" (it declares ${declared.join(', ')})`));
    }
}

;// CONCATENATED MODULE: ./src/pipeline-control/approve.ts
/**
 * `rampart pipeline approve`: answers a waiting CodePipeline manual approval. The approval's token
 * comes from GetPipelineState; PutApprovalResult needs it, so a decision can only land on the
 * request that is open right now.
 */




/** The work ran, but no approval was open where the request pointed (exit 1, not bad input). */
class NothingWaitingError extends Error {
    name = 'NothingWaitingError';
}
async function decideApproval(request) {
    const client = (0,client_factory/* createAwsClient */.G)(dist_cjs/* CodePipelineClient */.pEs, { region: request.region });
    const stage = findStage(await pipelineState(client, request), request);
    const latest = findAction(stage, request).latestExecution;
    const executionId = stage.latestExecution?.pipelineExecutionId;
    const token = waitingToken(request, latest, executionId);
    try {
        const { approvedAt } = await client.send(new dist_cjs/* PutApprovalResultCommand */.DVx({
            pipelineName: request.pipeline,
            stageName: request.stage,
            actionName: request.action,
            result: { status: request.decision, summary: request.summary },
            token,
        }));
        const { pipeline, action, decision } = request;
        return { pipeline, stage: request.stage, action, decision, executionId, decidedAt: approvedAt };
    }
    catch (error) {
        if (isAwsError(error, 'ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException')) {
            throw new NothingWaitingError(`${where(request)} stopped waiting before the decision arrived (${error.name}: ${error.message}): someone else decided, or the approval expired`);
        }
        throw error;
    }
}
async function pipelineState(client, request) {
    try {
        return await client.send(new dist_cjs/* GetPipelineStateCommand */.dz2({ name: request.pipeline }));
    }
    catch (error) {
        if (isAwsError(error, 'PipelineNotFoundException'))
            throw noSuchPipeline(request.pipeline, request.region);
        throw error;
    }
}
function findStage(state, request) {
    const stages = state.stageStates ?? [];
    const stage = stages.find((candidate) => candidate.stageName === request.stage);
    if (!stage) {
        throw new errors/* InputError */.d([
            `pipeline "${request.pipeline}" has no stage "${request.stage}" (its stages: ${stages.map((candidate) => candidate.stageName).join(', ')})`,
        ]);
    }
    return stage;
}
function findAction(stage, request) {
    const actions = stage.actionStates ?? [];
    const action = actions.find((candidate) => candidate.actionName === request.action);
    if (!action) {
        throw new errors/* InputError */.d([
            `stage "${request.stage}" of pipeline "${request.pipeline}" has no action "${request.action}" (its actions: ${actions.map((candidate) => candidate.actionName).join(', ')})`,
        ]);
    }
    return action;
}
/** The open approval's token, or why there is nothing to decide. */
function waitingToken(request, latest, executionId) {
    if (!latest?.status)
        throw new NothingWaitingError(`nothing is waiting for approval at ${where(request)}: the action has not run yet`);
    const state = `its latest run is ${latest.status}${executionId ? ` (execution ${executionId})` : ''}${latest.summary ? `: ${latest.summary}` : ''}`;
    if (latest.status !== 'InProgress') {
        throw new NothingWaitingError(`nothing is waiting for approval at ${where(request)}: ${state}`);
    }
    if (request.executionId && request.executionId !== executionId) {
        throw new NothingWaitingError(`execution ${request.executionId} is not waiting for approval at ${where(request)}: the approval open there is for execution ${executionId ?? 'unknown'}`);
    }
    if (!latest.token) {
        throw new NothingWaitingError(`${where(request)} is InProgress but CodePipeline gave no approval token: it is not a manual approval action, or the pipeline runs in PARALLEL execution mode (whose approvals GetPipelineState does not expose); decide it in the console`);
    }
    return latest.token;
}
function where(request) {
    return `pipeline "${request.pipeline}", stage "${request.stage}", action "${request.action}"`;
}

;// CONCATENATED MODULE: ./src/pipeline-control/inputs.ts

/** Pipeline, stage and action names (PipelineName, StageName, ActionName in the API reference). */
const RESOURCE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
/** PipelineVariable: name 1..128 of [A-Za-z0-9@\-_], value 1..1000 characters, at most 50 per execution. */
const VARIABLE_NAME = /^[A-Za-z0-9@\-_]+$/;
const MAX_VARIABLE_NAME = 128;
const MAX_VARIABLE_VALUE = 1000;
const MAX_VARIABLES = 50;
/** ApprovalResult.summary. */
const MAX_APPROVAL_SUMMARY = 512;
/** A comma (or line break) starts a new variable only where `NAME=` follows, so values may hold commas. */
const VARIABLE_SEPARATOR = /[,\n](?=\s*[A-Za-z0-9@\-_]+=)/;
const DECISIONS = (/* unused pure expression or super */ null && (['approve', 'reject']));
function resourceName(text, what) {
    if (!RESOURCE_NAME.test(text)) {
        throw new errors/* InputError */.d([`${what} "${text}" must be 1 to 100 of A-Z a-z 0-9 . @ - _`]);
    }
    return text;
}
/**
 * `NAME=value` entries, each entry possibly several separated by commas or line breaks
 * (`A=1,B=2`). A value may contain commas and `=`; a comma followed by `NAME=` starts the next one.
 */
function parseVariables(entries, what) {
    const items = entries
        .flatMap((entry) => entry.split(VARIABLE_SEPARATOR))
        .map((item) => item.trim())
        .filter(Boolean);
    const problems = [];
    const variables = [];
    for (const item of items) {
        const equals = item.indexOf('=');
        const name = equals < 0 ? item : item.slice(0, equals).trim();
        const value = equals < 0 ? undefined : item.slice(equals + 1);
        const problem = variableProblem(name, value, variables);
        if (problem)
            problems.push(`${what} "${item}": ${problem}`);
        else
            variables.push({ name, value });
    }
    if (variables.length > MAX_VARIABLES) {
        problems.push(`${what}: ${variables.length} variables, CodePipeline takes at most ${MAX_VARIABLES}`);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    return variables;
}
function variableProblem(name, value, earlier) {
    if (value === undefined)
        return 'must be NAME=value';
    if (!VARIABLE_NAME.test(name))
        return `the name "${name}" must be made of A-Z a-z 0-9 @ - _`;
    if (name.length > MAX_VARIABLE_NAME)
        return `the name is longer than ${MAX_VARIABLE_NAME} characters`;
    if (value === '')
        return 'the value is empty (CodePipeline refuses empty values)';
    if (value.length > MAX_VARIABLE_VALUE)
        return `the value is longer than ${MAX_VARIABLE_VALUE} characters`;
    if (earlier.some((variable) => variable.name === name))
        return `"${name}" is given twice`;
    return undefined;
}
function parseDecision(text, what) {
    if (text === 'approve')
        return 'Approved';
    if (text === 'reject')
        return 'Rejected';
    throw new errors/* InputError */.d([`${what} "${text}" must be approve or reject`]);
}
function approvalSummary(text, what) {
    if (text.length > MAX_APPROVAL_SUMMARY) {
        throw new errors/* InputError */.d([
            `${what} is ${text.length} characters long; CodePipeline keeps at most ${MAX_APPROVAL_SUMMARY}`,
        ]);
    }
    return text;
}
/** The region given, else the environment's (AWS_REGION, then AWS_DEFAULT_REGION). */
function regionOf(given, what, env) {
    const region = given || env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (!region)
        throw new errors/* InputError */.d([`${what} is needed: AWS_REGION is not set`]);
    return region;
}

// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
;// CONCATENATED MODULE: ./src/pipeline-control/report.ts
/** Words for people: one log line per event, the outcome, and the job summary's stage/action table. */

function eventLine(event) {
    switch (event.kind) {
        case 'started':
            return `pipeline ${event.pipeline}: started execution ${event.executionId}`;
        case 'execution':
            return `execution ${event.executionId}: ${event.status}${event.summary ? ` (${oneLine(event.summary)})` : ''}`;
        case 'stage':
            return `stage ${event.stage}: ${event.status}`;
        case 'action':
            return `  ${actionName(event.run)}: ${event.run.status}${runDetails(event.run)}${approvalHint(event.pipeline, event.run)}`;
    }
}
const actionName = (run) => `${run.stage}/${run.action}`;
function runDetails(run) {
    const message = errorText(run);
    return `${message ? ` - ${message}` : ''}${run.url ? ` (log: ${run.url})` : ''}`;
}
/** The error's code and message, and the provider's summary when it says more. */
function errorText(run) {
    const error = [run.error?.code, run.error?.message].filter(Boolean).join(': ');
    const summary = run.summary && !error.includes(run.summary) ? run.summary : undefined;
    return oneLine([error, summary].filter(Boolean).join('; ')) || undefined;
}
/**
 * Text from providers (a build's error, who stopped an execution) on one line: each event stays one
 * log line, and no line of theirs can start with `::`, which the runner reads as a workflow command.
 */
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
function approvalHint(pipeline, run) {
    if (run.category !== 'Approval' || run.status !== 'InProgress')
        return '';
    return ` - waiting for a decision: rampart pipeline approve --name ${pipeline} --stage ${run.stage} --action ${run.action} --decision approve|reject --summary "..."`;
}
/** The outcome in a few lines; the first says how the execution ended. */
function outcomeText(outcome) {
    const head = `pipeline ${outcome.pipeline} execution ${outcome.executionId}`;
    if (outcome.status === 'Started')
        return `${head}: started (not waiting for it)\n`;
    return `${[`${head}: ${headline(outcome)}`, ...failureDetails(outcome)].join('\n')}\n`;
}
function headline(outcome) {
    const after = (0,duration/* formatDuration */.a3)(outcome.waitedMs);
    const reason = outcome.statusSummary ? ` (${oneLine(outcome.statusSummary)})` : '';
    switch (outcome.status) {
        case 'TimedOut':
            return `still running after ${(0,duration/* formatDuration */.a3)(outcome.timeoutMs ?? outcome.waitedMs)}; stopped waiting, the execution goes on in CodePipeline${waitingOn(outcome)}`;
        case 'Superseded':
            return `Superseded after ${after}: a newer execution overtook it${reason}`;
        default:
            return `${outcome.status} after ${after}${reason}`;
    }
}
function waitingOn(outcome) {
    if (outcome.inProgress.length === 0)
        return '';
    const runs = outcome.inProgress.map((run) => `${actionName(run)}${run.category === 'Approval' ? ' (a manual approval)' : ''}`);
    return `; in progress: ${runs.join(', ')}`;
}
function failureDetails(outcome) {
    const run = outcome.failedAction;
    if (!run)
        return [];
    const message = errorText(run);
    return [
        `failed action: ${actionName(run)}`,
        ...(message ? [`error: ${message}`] : []),
        ...(run.url ? [`log: ${run.url}`] : []),
    ];
}
/** One line for a failed step: what ended how, and the failing action with its message and log. */
function failureMessage(outcome) {
    const run = outcome.failedAction;
    const action = run ? `; ${actionName(run)} failed${runDetails(run)}` : '';
    return `pipeline ${outcome.pipeline} execution ${outcome.executionId}: ${headline(outcome)}${action}`;
}
const failedActionName = (outcome) => outcome.failedAction ? actionName(outcome.failedAction) : '';
const STATUS_ICON = {
    Succeeded: '✅',
    Failed: '❌',
    InProgress: '⏳',
    Abandoned: '⏹️',
    Stopped: '⏹️',
    Superseded: '⏭️',
    Cancelled: '⏹️',
    TimedOut: '⏱️',
    Started: '▶️',
};
/** The job summary: how the execution ended, the failing action, and every stage and action. */
function summaryMarkdown(outcome) {
    const rows = outcome.stages.flatMap((stage) => stage.actions.map((action, index) => {
        const run = action.run;
        const status = run ? `${STATUS_ICON[run.status] ?? ''} ${run.status}` : 'not run';
        const details = run
            ? [errorText(run), run.url ? `[log](${run.url})` : ''].filter(Boolean).join(' ')
            : '';
        const stageCell = index > 0 ? '' : `${cell(stage.name)}${stage.status ? ` (${stage.status})` : ''}`;
        return `| ${stageCell} | ${cell(action.name)} | ${status} | ${cell(details)} |`;
    }));
    return [
        `### ${STATUS_ICON[outcome.status] ?? ''} Pipeline \`${outcome.pipeline}\`: ${outcome.status}`,
        '',
        `${cell(outcomeText(outcome).split('\n')[0] ?? '')}`,
        '',
        ...(outcome.failedAction ? [`**${cell(actionName(outcome.failedAction))} failed**`, ''] : []),
        '| Stage | Action | Status | Details |',
        '| --- | --- | --- | --- |',
        ...rows,
        '',
    ].join('\n');
}
/** Text from CodePipeline and its providers, safe inside a Markdown table cell. */
function cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\s*\n\s*/g, ' ');
}
function approvalLine(result) {
    const verb = result.decision === 'Approved' ? 'approved' : 'rejected';
    const execution = result.executionId ? ` (execution ${result.executionId})` : '';
    return `${verb} pipeline ${result.pipeline}, stage ${result.stage}, action ${result.action}${execution}`;
}

// EXTERNAL MODULE: ./src/runtime/polling.ts
var polling = __webpack_require__(1027);
;// CONCATENATED MODULE: ./src/pipeline-control/progress.ts
const key = (stage, action) => `${stage}\u0000${action}`;
class ExecutionProgress {
    layout;
    runs = new Map();
    stageStatuses = new Map();
    constructor(layout) {
        this.layout = layout;
    }
    /** Takes the execution's action runs as listed now; returns the changes, stages after their actions. */
    update(details) {
        const events = [];
        for (const run of latestRuns(details, this.layout)) {
            const before = this.runs.get(key(run.stage, run.action));
            this.runs.set(key(run.stage, run.action), run);
            if (before?.status !== run.status)
                events.push({ kind: 'action', pipeline: this.layout.name, run });
        }
        for (const stage of this.stages()) {
            if (stage.status === undefined || this.stageStatuses.get(stage.name) === stage.status)
                continue;
            this.stageStatuses.set(stage.name, stage.status);
            events.push({ kind: 'stage', stage: stage.name, status: stage.status });
        }
        return events;
    }
    /** Every stage and action of the pipeline in order, with their runs; actions no longer declared last. */
    stages() {
        const declared = this.layout.stages.map((stage) => ({
            name: stage.name,
            actions: stage.actions.map((action) => ({
                name: action.name,
                category: action.category,
                run: this.runs.get(key(stage.name, action.name)),
            })),
        }));
        for (const run of this.runs.values()) {
            let stage = declared.find((candidate) => candidate.name === run.stage);
            if (!stage)
                declared.push((stage = { name: run.stage, actions: [] }));
            if (!stage.actions.some((action) => action.name === run.action)) {
                stage.actions.push({ name: run.action, category: run.category ?? '', run });
            }
        }
        return declared.map((stage) => ({ ...stage, status: stageStatus(stage.actions) }));
    }
    runsInOrder() {
        return this.stages().flatMap((stage) => stage.actions.flatMap((action) => action.run ?? []));
    }
}
function latestRuns(details, layout) {
    const latest = new Map();
    for (const detail of details) {
        if (!detail.stageName || !detail.actionName || !detail.status)
            continue;
        const id = key(detail.stageName, detail.actionName);
        const current = latest.get(id);
        if (!current || startOf(detail) >= startOf(current))
            latest.set(id, detail);
    }
    return [...latest.values()].map((detail) => actionRun(detail, layout));
}
const startOf = (detail) => detail.startTime?.getTime() ?? 0;
function actionRun(detail, layout) {
    const stage = detail.stageName ?? '';
    const action = detail.actionName ?? '';
    const result = detail.output?.executionResult;
    const error = result?.errorDetails;
    return {
        stage,
        action,
        category: layout.stages
            .find((candidate) => candidate.name === stage)
            ?.actions.find((candidate) => candidate.name === action)?.category,
        status: detail.status,
        summary: result?.externalExecutionSummary || undefined,
        error: error?.code || error?.message ? { code: error.code, message: error.message } : undefined,
        url: result?.externalExecutionUrl || undefined,
    };
}
function stageStatus(actions) {
    const statuses = actions.map((action) => action.run?.status);
    if (statuses.every((status) => status === undefined))
        return undefined;
    if (statuses.includes('InProgress'))
        return 'InProgress';
    if (statuses.includes('Failed'))
        return 'Failed';
    if (statuses.includes('Abandoned'))
        return 'Stopped';
    return statuses.every((status) => status === 'Succeeded') ? 'Succeeded' : 'InProgress';
}

;// CONCATENATED MODULE: ./src/pipeline-control/run.ts
/**
 * `rampart pipeline run`: starts a CodePipeline execution and, when asked, follows it
 * (GetPipelineExecution and every page of ListActionExecutions) until it ends or the wait times out,
 * reporting each stage and action as it changes.
 */






/** Pipelines run for minutes: look every few seconds at first, at most every 30 s while nothing changes. */
const PIPELINE_POLLING = {
    initialDelayMs: 2_000,
    maxDelayMs: 30_000,
    backoffFactor: 1.5,
};
const DEFAULT_WAIT_TIMEOUT_MS = 60 * 60_000;
const SYSTEM_CLOCK = { now: Date.now, sleep: polling/* sleep */.yy };
const TERMINAL = {
    Succeeded: 'Succeeded',
    Failed: 'Failed',
    Stopped: 'Stopped',
    Superseded: 'Superseded',
    Cancelled: 'Cancelled',
};
async function runPipeline(request) {
    const client = (0,client_factory/* createAwsClient */.G)(dist_cjs/* CodePipelineClient */.pEs, { region: request.region });
    const layout = await pipelineLayout(client, request.pipeline, request.region);
    checkVariablesDeclared(layout, request.variables);
    const executionId = await startExecution(client, request);
    request.onEvent?.({ kind: 'started', pipeline: layout.name, executionId });
    const progress = new ExecutionProgress(layout);
    if (!request.wait) {
        return {
            pipeline: layout.name,
            executionId,
            status: 'Started',
            stages: progress.stages(),
            inProgress: [],
            waitedMs: 0,
        };
    }
    return followExecution({ client, layout, executionId, progress, request });
}
async function startExecution(client, request) {
    try {
        const { pipelineExecutionId } = await client.send(new dist_cjs/* StartPipelineExecutionCommand */.QqH({
            name: request.pipeline,
            variables: request.variables.length > 0 ? request.variables : undefined,
        }));
        if (!pipelineExecutionId)
            throw new Error('StartPipelineExecution returned no pipelineExecutionId');
        return pipelineExecutionId;
    }
    catch (error) {
        if (isAwsError(error, 'PipelineNotFoundException'))
            throw noSuchPipeline(request.pipeline, request.region);
        if (isAwsError(error, 'ValidationException')) {
            throw new errors/* InputError */.d([`pipeline "${request.pipeline}" refused to start: ${error.message}`]);
        }
        throw error;
    }
}
async function followExecution(following) {
    const { request } = following;
    const clock = request.clock ?? SYSTEM_CLOCK;
    const polling = request.polling ?? PIPELINE_POLLING;
    const timeoutMs = request.timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
    const started = clock.now();
    let delay = polling.initialDelayMs;
    let lastStatus = '';
    for (;;) {
        const execution = await executionStatus(following);
        const events = following.progress.update(await actionExecutions(following));
        if (execution.status !== lastStatus) {
            lastStatus = execution.status;
            events.push({ kind: 'execution', executionId: following.executionId, ...execution });
        }
        for (const event of events)
            request.onEvent?.(event);
        const final = TERMINAL[execution.status];
        const waitedMs = clock.now() - started;
        if (final)
            return outcome(following, final, execution.summary, waitedMs);
        const remaining = timeoutMs - waitedMs;
        if (remaining <= 0)
            return { ...outcome(following, 'TimedOut', execution.summary, waitedMs), timeoutMs };
        // Look again soon after a change: the next action usually follows within seconds.
        delay =
            events.length > 0
                ? polling.initialDelayMs
                : Math.min(polling.maxDelayMs, delay * polling.backoffFactor);
        await clock.sleep(Math.min(delay, remaining));
    }
}
async function executionStatus({ client, layout, executionId }) {
    const { pipelineExecution } = await client.send(new dist_cjs/* GetPipelineExecutionCommand */.qZw({ pipelineName: layout.name, pipelineExecutionId: executionId }));
    return { status: pipelineExecution?.status ?? 'InProgress', summary: pipelineExecution?.statusSummary };
}
/** Every run of every action of this execution, all pages. */
async function actionExecutions({ client, layout, executionId, }) {
    const details = [];
    let nextToken;
    do {
        const page = await client.send(new dist_cjs/* ListActionExecutionsCommand */.X$i({
            pipelineName: layout.name,
            filter: { pipelineExecutionId: executionId },
            maxResults: 100,
            nextToken,
        }));
        details.push(...(page.actionExecutionDetails ?? []));
        nextToken = page.nextToken;
    } while (nextToken);
    return details;
}
function outcome({ layout, executionId, progress }, status, statusSummary, waitedMs) {
    const runs = progress.runsInOrder();
    return {
        pipeline: layout.name,
        executionId,
        status,
        statusSummary,
        stages: progress.stages(),
        failedAction: runs.find((run) => run.status === 'Failed'),
        inProgress: runs.filter((run) => run.status === 'InProgress'),
        waitedMs,
    };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/pipeline-control.ts








const NAME_FLAG = {
    name: 'name',
    type: 'string',
    value: 'PIPELINE',
    required: true,
    description: 'The CodePipeline pipeline.',
};
const REGION_FLAG = {
    name: 'region',
    type: 'string',
    value: 'REGION',
    description: "The pipeline's region (default: AWS_REGION, then AWS_DEFAULT_REGION).",
};
const pipelineRunCommand = {
    name: 'pipeline run',
    summary: 'Start a CodePipeline execution; with --wait follow it stage by stage: exit 0 Succeeded, 1 Failed, Stopped, Superseded or still running at --timeout, 2 bad input. Prints the execution id on standard output, progress on standard error.',
    flags: [
        NAME_FLAG,
        {
            name: 'variables',
            type: 'string',
            value: 'NAME=VALUE',
            multiple: true,
            description: 'Pipeline variables for this execution (V2 pipelines); repeat the flag or separate them with commas: A=1,B=2.',
        },
        { name: 'wait', type: 'boolean', description: 'Follow the execution until it ends.' },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            default: '60m',
            description: 'With --wait: stop waiting and fail after this long (the execution goes on).',
        },
        REGION_FLAG,
    ],
    async run(values) {
        const request = {
            pipeline: resourceName(String(values.name), '--name'),
            region: regionOf((0,args/* stringFlag */.AM)(values.region), '--region', process.env),
            variables: parseVariables((0,args/* listFlag */.v6)(values.variables), '--variables'),
            wait: values.wait === true,
            timeoutMs: (0,duration/* parseTimeLimit */.Er)(String(values.timeout), '--timeout'),
        };
        try {
            const outcome = await runPipeline({
                ...request,
                onEvent: (event) => {
                    if (event.kind === 'started')
                        process.stdout.write(`${event.executionId}\n`);
                    process.stderr.write(`${eventLine(event)}\n`);
                },
            });
            process.stderr.write(outcomeText(outcome));
            return outcome.status === 'Succeeded' || outcome.status === 'Started'
                ? exit_codes/* ExitCode */.y.Success
                : exit_codes/* ExitCode */.y.Failure;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};
const pipelineApproveCommand = {
    name: 'pipeline approve',
    summary: 'Approve or reject the manual approval waiting at a stage and action of a CodePipeline pipeline: exit 0 decided, 1 nothing is waiting there, 2 bad input (including an unknown pipeline, stage or action).',
    flags: [
        NAME_FLAG,
        {
            name: 'stage',
            type: 'string',
            value: 'STAGE',
            required: true,
            description: 'The stage of the approval.',
        },
        {
            name: 'action',
            type: 'string',
            value: 'ACTION',
            required: true,
            description: 'The manual approval action.',
        },
        {
            name: 'decision',
            type: 'string',
            value: 'approve|reject',
            required: true,
            description: 'The decision.',
        },
        {
            name: 'summary',
            type: 'string',
            value: 'TEXT',
            required: true,
            description: "Why (up to 512 characters); CodePipeline shows it with the approval's history.",
        },
        {
            name: 'execution-id',
            type: 'string',
            value: 'ID',
            description: 'Decide only if the approval waiting is for this pipeline execution.',
        },
        REGION_FLAG,
    ],
    async run(values) {
        const request = {
            pipeline: resourceName(String(values.name), '--name'),
            stage: resourceName(String(values.stage), '--stage'),
            action: resourceName(String(values.action), '--action'),
            decision: parseDecision(String(values.decision), '--decision'),
            summary: approvalSummary(String(values.summary), '--summary'),
            executionId: (0,args/* stringFlag */.AM)(values['execution-id']),
            region: regionOf((0,args/* stringFlag */.AM)(values.region), '--region', process.env),
        };
        try {
            process.stdout.write(`${approvalLine(await decideApproval(request))}\n`);
            return exit_codes/* ExitCode */.y.Success;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};


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