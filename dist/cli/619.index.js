"use strict";
exports.id = 619;
exports.ids = [619];
exports.modules = {

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

/***/ 2619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/deploy/failure-tolerance.ts

function parseFailureTolerance(text, source = '--failure-tolerance') {
    const match = /^(\d+)(%?)$/.exec(text.trim());
    if (!match)
        throw new errors/* InputError */.d([`${source} "${text}" must be a whole number (e.g. 2) or a percentage (e.g. 10%)`]);
    const value = Number(match[1]);
    if (!match[2])
        return { count: value };
    if (value > 100)
        throw new errors/* InputError */.d([`${source} "${text}" must be a percentage from 0% to 100%`]);
    return { percent: value };
}
/** The number of failures a wave of this size tolerates; one more stops the deployment. */
function toleratedFailures(tolerance, waveSize) {
    return 'count' in tolerance ? tolerance.count : Math.floor((waveSize * tolerance.percent) / 100);
}
function describeTolerance(tolerance) {
    return 'count' in tolerance ? String(tolerance.count) : `${tolerance.percent}%`;
}

// EXTERNAL MODULE: ./src/runtime/polling.ts
var runtime_polling = __webpack_require__(1027);
// EXTERNAL MODULE: ./src/deploy/report.ts
var report = __webpack_require__(5505);
;// CONCATENATED MODULE: ./src/deploy/summary.ts
function summarize(tenants) {
    const count = (status) => tenants.filter((tenant) => tenant.status === status).length;
    return {
        deployed: count('deployed'),
        unchanged: count('unchanged'),
        failed: count('failed'),
        skipped: count('skipped'),
        rolledBack: count('rolled-back'),
        planned: count('planned'),
    };
}
function toResults(app, mode, tenants) {
    return { app, mode, tenants, summary: summarize(tenants) };
}
/** A run succeeded when no stack failed, none was skipped and none had to be rolled back. */
function succeeded(results) {
    const { failed, skipped, rolledBack } = results.summary;
    return failed + skipped + rolledBack === 0;
}

// EXTERNAL MODULE: ./src/deploy/template.ts
var deploy_template = __webpack_require__(8157);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/deploy/targets.ts
var targets = __webpack_require__(6809);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/arn.ts
var arn = __webpack_require__(1626);
// EXTERNAL MODULE: ./src/aws/assume-role.ts
var assume_role = __webpack_require__(8860);
;// CONCATENATED MODULE: ./src/deploy/tenant-clients.ts





/**
 * CloudFormation clients that act inside each tenant's account through its deploy role. The role is
 * assumed once per tenant, with a session name and tags that tell the tenant's CloudTrail which
 * repository, commit and run made the change.
 */
class TenantClients {
    options;
    credentials = new Map();
    stsByRegion = new Map();
    constructor(options) {
        this.options = options;
    }
    cloudFormation(target) {
        return (0,client_factory/* createAwsClient */.G)(dist_cjs/* CloudFormationClient */.m1N, {
            region: target.region,
            credentials: this.credentialsFor(target.tenant, target.region),
        });
    }
    credentialsFor(tenant, region) {
        let provider = this.credentials.get(tenant.id);
        if (!provider) {
            provider = (0,assume_role/* assumedRoleCredentials */.xw)({
                roleArn: (0,arn/* roleArn */.w)(tenant.accountId, tenant.deployRoleName, region),
                region,
                sessionName: `rampart-${tenant.id}-${this.options.runContext.runId}`,
                externalId: tenant.externalId,
                sessionTags: this.options.skipSessionTags ? undefined : this.sessionTags(tenant),
                onSecret: this.options.onSecret,
            }, this.sts(region));
            this.credentials.set(tenant.id, provider);
        }
        return provider;
    }
    sessionTags(tenant) {
        const { repository, commit, runId, actor } = this.options.runContext;
        return { Repository: repository, Commit: commit, Run: runId, Actor: actor, Tenant: tenant.id };
    }
    sts(region) {
        let client = this.stsByRegion.get(region);
        if (!client) {
            client = (0,client_factory/* createAwsClient */.G)(client_sts_dist_cjs/* STSClient */.iM, { region });
            this.stsByRegion.set(region, client);
        }
        return client;
    }
}

;// CONCATENATED MODULE: ./src/deploy/change-set.ts


/** CloudFormation's words for a change set with nothing to do (the second is what UpdateStack says). */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;
/** ExecutionStatus of a change set CloudFormation has finished running; GONE: removed after running. */
const FINISHED = new Set(['EXECUTE_COMPLETE', 'EXECUTE_FAILED', 'GONE']);
/** ExecutionStatus once CloudFormation has accepted an ExecuteChangeSet (OBSOLETE means another update won). */
const STARTED = new Set(['EXECUTE_IN_PROGRESS', ...FINISHED]);
/** Creates the change set, waits until CloudFormation has computed it, and reads its changes. */
async function prepareChangeSet(cfn, request, deadline, polling) {
    try {
        await createChangeSet(cfn, request);
    }
    catch (error) {
        if (error instanceof Error && NO_CHANGES.test(error.message))
            return { kind: 'empty' };
        throw error;
    }
    const described = await (0,runtime_polling/* pollUntil */.g3)(() => computedChangeSet(cfn, request), deadline, polling);
    if (described.Status === 'FAILED') {
        // CloudFormation keeps failed change sets, empty ones included; each run would add one more.
        await deleteChangeSet(cfn, request).catch(() => undefined);
        const reason = described.StatusReason ?? 'no reason given';
        return NO_CHANGES.test(reason)
            ? { kind: 'empty' }
            : { kind: 'failed', reason: `change set failed: ${reason}` };
    }
    return {
        kind: 'ready',
        id: described.ChangeSetId ?? request.changeSetName,
        stackId: described.StackId ?? '',
        changes: await allChanges(cfn, request, described),
    };
}
async function createChangeSet(cfn, request) {
    const command = new dist_cjs/* CreateChangeSetCommand */.YDU({
        StackName: request.stackName,
        ChangeSetName: request.changeSetName,
        ChangeSetType: request.type,
        ...(request.template.kind === 'body'
            ? { TemplateBody: request.template.body }
            : { TemplateURL: request.template.url }),
        Parameters: request.parameters,
        Tags: request.tags,
        Capabilities: request.capabilities,
        RoleARN: request.cloudFormationRoleArn,
        // Makes a retry after a lost response idempotent on CloudFormation instead of a second change set.
        ClientToken: request.changeSetName,
    });
    let attempts = 0;
    // Runs inside the SDK's retry loop, once per attempt: a retry whose earlier attempt went through
    // stops here, for endpoints that ignore ClientToken (moto makes a second stack of the same name).
    command.middlewareStack.add((next) => async (args) => {
        if (attempts++ > 0 && (await changeSetExists(cfn, request)))
            throw new EarlierAttemptCreatedIt();
        return next(args);
    }, { step: 'finalizeRequest', priority: 'low', name: 'rampartCreateOnce' });
    try {
        await cfn.send(command);
    }
    catch (error) {
        if (error instanceof dist_cjs/* AlreadyExistsException */.iKL || error instanceof EarlierAttemptCreatedIt)
            return;
        throw error;
    }
}
class EarlierAttemptCreatedIt extends Error {
}
async function changeSetExists(cfn, request) {
    try {
        await describe(cfn, request);
        return true;
    }
    catch (error) {
        // For a new stack, CloudFormation answers that the stack does not exist.
        if (error instanceof dist_cjs/* ChangeSetNotFoundException */.XJ9 || /does not exist/.test(String(error)))
            return false;
        throw error;
    }
}
async function computedChangeSet(cfn, request) {
    const described = await describe(cfn, request);
    return described.Status === 'CREATE_COMPLETE' || described.Status === 'FAILED' ? described : undefined;
}
async function allChanges(cfn, request, first) {
    const changes = [...(first.Changes ?? [])];
    for (let token = first.NextToken; token;) {
        const page = await describe(cfn, request, token);
        changes.push(...(page.Changes ?? []));
        token = page.NextToken;
    }
    return changes.flatMap(toResourceChange);
}
function describe(cfn, request, nextToken) {
    return cfn.send(new dist_cjs/* DescribeChangeSetCommand */.TTT({
        StackName: request.stackName,
        ChangeSetName: request.changeSetName,
        NextToken: nextToken,
    }));
}
function toResourceChange(change) {
    const resource = change.ResourceChange;
    if (!resource)
        return [];
    return [
        {
            action: resource.Action ?? 'Unknown',
            logicalId: resource.LogicalResourceId ?? '',
            ...(resource.PhysicalResourceId ? { physicalId: resource.PhysicalResourceId } : {}),
            resourceType: resource.ResourceType ?? '',
            ...(resource.Replacement ? { replacement: resource.Replacement } : {}),
        },
    ];
}
async function executeChangeSet(cfn, request) {
    try {
        await cfn.send(new dist_cjs/* ExecuteChangeSetCommand */.PB_({
            StackName: request.stackName,
            ChangeSetName: request.changeSetName,
            ClientRequestToken: request.changeSetName,
        }));
    }
    catch (error) {
        const started = error instanceof dist_cjs/* InvalidChangeSetStatusException */.n6y && STARTED.has(await executionStatus(cfn, request));
        if (started)
            return; // a retried request whose first attempt went through
        throw error;
    }
}
async function hasFinishedExecuting(cfn, request) {
    return FINISHED.has(await executionStatus(cfn, request));
}
async function executionStatus(cfn, request) {
    try {
        return (await describe(cfn, request)).ExecutionStatus ?? 'UNAVAILABLE';
    }
    catch (error) {
        if (error instanceof dist_cjs/* ChangeSetNotFoundException */.XJ9)
            return 'GONE';
        throw error;
    }
}
async function deleteChangeSet(cfn, request) {
    try {
        await cfn.send(new dist_cjs/* DeleteChangeSetCommand */.$GE({ StackName: request.stackName, ChangeSetName: request.changeSetName }));
    }
    catch (error) {
        // Gone already: a retried request whose first attempt went through.
        if (!(error instanceof dist_cjs/* ChangeSetNotFoundException */.XJ9))
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/deploy/stack-state.ts


const SUCCEEDED = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/** Statuses from which a change set can be created and run. */
const UPDATABLE = new Set([
    ...SUCCEEDED,
    'UPDATE_ROLLBACK_COMPLETE',
    'IMPORT_ROLLBACK_COMPLETE',
    'REVIEW_IN_PROGRESS',
]);
const EVENT_PAGES_READ = 10;
function isInProgress(status) {
    return status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';
}
function hasSucceeded(status) {
    return SUCCEEDED.has(status);
}
function isUpdatable(status) {
    return UPDATABLE.has(status);
}
async function describeStack(cfn, stackName) {
    try {
        const response = await cfn.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stackName }));
        return response.Stacks?.[0];
    }
    catch (error) {
        if (error instanceof Error && /does not exist/.test(error.message))
            return undefined;
        throw error;
    }
}
/** The stack once no operation is running on it (or undefined when there is no stack). */
function settledStack(cfn, stackName, deadline, polling) {
    return (0,runtime_polling/* pollUntil */.g3)(async () => {
        const stack = await describeStack(cfn, stackName);
        if (!stack)
            return { stack: undefined };
        return isInProgress(stack.StackStatus ?? '') ? undefined : { stack };
    }, deadline, polling).then(({ stack }) => stack);
}
async function deleteStack(cfn, stack, deadline, polling) {
    await cfn.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: stack.StackId }));
    const final = await settledStack(cfn, stack.StackId ?? '', deadline, polling);
    if (final && final.StackStatus !== 'DELETE_COMPLETE') {
        throw new Error(`could not delete stack ${stack.StackName}: it ended ${final.StackStatus} ${final.StackStatusReason ?? ''}`.trim());
    }
}
function stackOutputs(stack) {
    return Object.fromEntries((stack?.Outputs ?? []).map((output) => [output.OutputKey ?? '', output.OutputValue ?? '']));
}
const OPERATION_STARTS = new Set(['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'IMPORT_IN_PROGRESS']);
/**
 * Why the stack's last operation failed: the first resource that failed in it, with CloudFormation's
 * reason, rather than only the stack's final status.
 */
async function failureReason(cfn, stack) {
    const events = await lastOperationEvents(cfn, stack);
    const first = events
        .filter((event) => isResourceEvent(stack, event) && event.ResourceStatus?.endsWith('_FAILED'))
        .filter((event) => !/cancelled/i.test(event.ResourceStatusReason ?? ''))
        .at(-1);
    const ending = `stack ended ${stack.StackStatus}`;
    if (!first)
        return stack.StackStatusReason ? `${ending}: ${stack.StackStatusReason}` : ending;
    return `${first.LogicalResourceId} (${first.ResourceType}) ${first.ResourceStatus}: ${first.ResourceStatusReason ?? 'no reason given'}; ${ending}`;
}
/**
 * Events arrive newest first; the last operation began with the stack's own CREATE/UPDATE_IN_PROGRESS.
 * Finding that event avoids comparing our clock with CloudFormation's.
 */
async function lastOperationEvents(cfn, stack) {
    const events = [];
    let nextToken;
    for (let page = 0; page < EVENT_PAGES_READ; page++) {
        const response = await cfn.send(new dist_cjs/* DescribeStackEventsCommand */.Ie9({ StackName: stack.StackId, NextToken: nextToken }));
        for (const event of response.StackEvents ?? []) {
            events.push(event);
            if (!isResourceEvent(stack, event) && OPERATION_STARTS.has(event.ResourceStatus ?? ''))
                return events;
        }
        nextToken = response.NextToken;
        if (!nextToken)
            break;
    }
    return events;
}
function isResourceEvent(stack, event) {
    return event.PhysicalResourceId !== stack.StackId;
}

;// CONCATENATED MODULE: ./src/deploy/stack-change.ts




/**
 * Brings a stack to the requested template through one change set. With `execute` false the change
 * set is only described and removed again (a plan), and a stack created just to hold it is removed too.
 */
async function applyChangeSet(context, request, execute) {
    const { cfn, deadline, polling } = context;
    const prepared = await prepareChangeSet(cfn, request, deadline, polling);
    if (prepared.kind === 'empty')
        return { kind: 'unchanged' };
    if (prepared.kind === 'failed')
        return { kind: 'failed', reason: prepared.reason, changes: [] };
    if (!execute) {
        await discardPlan(context, request);
        return { kind: 'planned', stackId: prepared.stackId, changes: prepared.changes };
    }
    try {
        await executeChangeSet(cfn, request);
    }
    catch (error) {
        await deleteChangeSet(cfn, request).catch(() => undefined);
        const reason = `could not execute change set: ${error instanceof Error ? error.message : String(error)}`;
        return { kind: 'failed', reason, stackId: prepared.stackId, changes: prepared.changes };
    }
    const stack = await awaitExecution(context, request);
    if (hasSucceeded(stack.StackStatus ?? ''))
        return { kind: 'deployed', stack, changes: prepared.changes };
    return {
        kind: 'failed',
        reason: await failureReason(cfn, stack),
        stackId: stack.StackId,
        changes: prepared.changes,
    };
}
async function discardPlan(context, request) {
    await deleteChangeSet(context.cfn, request);
    if (request.type !== 'CREATE')
        return;
    // A CREATE change set makes an empty stack in REVIEW_IN_PROGRESS; a plan must leave nothing behind.
    const placeholder = await describeStack(context.cfn, request.stackName);
    if (placeholder?.StackStatus === 'REVIEW_IN_PROGRESS') {
        await context.cfn.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: placeholder.StackId }));
    }
}
/**
 * Waits for the stack operation the change set started. Right after ExecuteChangeSet the stack may
 * still show the previous operation's final status, so a final status only counts once the stack was
 * seen in progress or the change set reports its execution finished.
 */
function awaitExecution(context, request) {
    let sawProgress = false;
    return (0,runtime_polling/* pollUntil */.g3)(async () => {
        const stack = await describeStack(context.cfn, request.stackName);
        const status = stack?.StackStatus ?? 'REVIEW_IN_PROGRESS';
        if (!stack || isInProgress(status) || status === 'REVIEW_IN_PROGRESS') {
            sawProgress ||= isInProgress(status);
            return undefined;
        }
        if (sawProgress || (await hasFinishedExecuting(context.cfn, request)))
            return stack;
        return undefined;
    }, context.deadline, context.polling);
}

;// CONCATENATED MODULE: ./src/deploy/tenant-deployment.ts





/** Deploys (or plans) one tenant's stack in one region. Never throws: failures become the result. */
async function deployTarget(run) {
    const startedAt = Date.now();
    const context = {
        cfn: run.cfn,
        deadline: startedAt + run.options.timeoutMs,
        polling: run.options.polling,
    };
    const finish = (fields) => ({ ...baseResult(run.target), ...fields, durationMs: Date.now() - startedAt });
    let previous;
    try {
        const stack = await stackReadyForChange(run, context);
        if (run.options.rollbackFailedWave && run.options.mode === 'deploy')
            previous = await capturePrevious(run.cfn, stack);
        const request = changeSetRequest(run, stack && stack.StackStatus !== 'REVIEW_IN_PROGRESS' ? 'UPDATE' : 'CREATE');
        const change = await applyChangeSet(context, request, run.options.mode === 'deploy');
        switch (change.kind) {
            case 'unchanged':
                return {
                    result: finish({ status: 'unchanged', stackId: stack?.StackId, outputs: stackOutputs(stack) }),
                };
            case 'planned':
                return { result: finish({ status: 'planned', stackId: stack?.StackId, changes: change.changes }) };
            case 'deployed':
                return {
                    result: finish({
                        status: 'deployed',
                        stackId: change.stack.StackId,
                        outputs: stackOutputs(change.stack),
                        changes: change.changes,
                    }),
                    previous,
                };
            case 'failed':
                return {
                    result: finish({
                        status: 'failed',
                        stackId: change.stackId ?? stack?.StackId,
                        changes: change.changes,
                        error: change.reason,
                    }),
                };
        }
    }
    catch (error) {
        return { result: finish({ status: 'failed', error: describeError(error, run) }) };
    }
}
function baseResult(target) {
    return {
        id: target.tenant.id,
        accountId: target.tenant.accountId,
        region: target.region,
        wave: target.tenant.wave,
        stackName: target.stackName,
        status: 'skipped',
        outputs: {},
        changes: [],
        durationMs: 0,
    };
}
/** The stack once nothing runs on it, after clearing a ROLLBACK_COMPLETE stack when allowed. */
async function stackReadyForChange(run, context) {
    const stack = await settledStack(run.cfn, run.target.stackName, context.deadline, context.polling);
    const status = stack?.StackStatus;
    if (!stack || !status || isUpdatable(status))
        return stack;
    if (status !== 'ROLLBACK_COMPLETE') {
        throw new Error(`stack ${run.target.stackName} is ${status} and cannot be updated until it is repaired (continue the rollback or delete it)`);
    }
    if (!run.options.recreateRollbackComplete) {
        throw new Error(`stack ${run.target.stackName} is ROLLBACK_COMPLETE (its first creation failed) and cannot be updated: delete it, or re-run with --recreate-rollback-complete to have Rampart delete and create it again`);
    }
    await deleteStack(run.cfn, stack, context.deadline, context.polling);
    return undefined;
}
async function capturePrevious(cfn, stack) {
    if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
        return { existed: false };
    const template = await cfn.send(new dist_cjs/* GetTemplateCommand */._JK({ StackName: stack.StackId, TemplateStage: 'Original' }));
    return {
        existed: true,
        templateBody: template.TemplateBody ?? '',
        // NoEcho values come back masked: keep whatever value the stack holds for those.
        parameters: (stack.Parameters ?? []).map((parameter) => parameter.ParameterValue === '****'
            ? { ParameterKey: parameter.ParameterKey, UsePreviousValue: true }
            : { ParameterKey: parameter.ParameterKey, ParameterValue: parameter.ParameterValue }),
        tags: stack.Tags ?? [],
        capabilities: stack.Capabilities,
    };
}
function changeSetRequest(run, type, changeSetName = run.changeSetName) {
    const { target } = run;
    return {
        stackName: target.stackName,
        changeSetName,
        type,
        template: run.options.template,
        parameters: Object.entries(target.parameters).map(([key, value]) => ({
            ParameterKey: key,
            ParameterValue: value,
        })),
        tags: Object.entries(target.tags).map(([key, value]) => ({ Key: key, Value: value })),
        capabilities: run.options.capabilities,
        cloudFormationRoleArn: (0,arn/* roleArn */.w)(target.tenant.accountId, target.tenant.cloudFormationRoleName, target.region),
    };
}
/** Puts a stack back as `previous` describes it: the old template and parameters, or no stack. */
async function restorePrevious(run, previous, polling) {
    const context = { cfn: run.cfn, deadline: Date.now() + run.options.timeoutMs, polling };
    if (!previous.existed) {
        const stack = await settledStack(run.cfn, run.target.stackName, context.deadline, polling);
        if (stack)
            await deleteStack(run.cfn, stack, context.deadline, polling);
        return;
    }
    const request = {
        ...changeSetRequest(run, 'UPDATE', `${run.changeSetName}-rollback`),
        template: { kind: 'body', file: 'previous template', body: previous.templateBody, parameters: [] },
        parameters: previous.parameters,
        tags: previous.tags,
        capabilities: previous.capabilities ?? run.options.capabilities,
    };
    const change = await applyChangeSet(context, request, true);
    if (change.kind === 'failed')
        throw new Error(change.reason);
}
function describeError(error, run) {
    if (error instanceof runtime_polling/* DeadlineExceededError */.Kt) {
        return `timed out after ${formatDuration(run.options.timeoutMs)} waiting on stack ${run.target.stackName}`;
    }
    return error instanceof Error ? error.message : String(error);
}
function formatDuration(ms) {
    return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/deploy/wave-runner.ts






/**
 * Deploys the template to every selected tenant, wave after wave. Inside a wave at most
 * `concurrency` stacks change at once; a wave whose failures exceed the tolerance stops the run
 * (and is rolled back when asked), and an aborted signal starts nothing new.
 * Throws InputError, before any AWS call, when the manifest, template or options do not fit together.
 */
async function deployTenants(options) {
    const plan = (0,targets/* planDeployment */.HN)(options);
    for (const message of plan.warnings)
        options.onProgress?.({ type: 'warning', message });
    const runner = new WaveRunner(options);
    const results = [];
    let haltReason;
    for (const { wave, targets } of plan.waves) {
        haltReason ??= runner.cancelReason();
        if (haltReason) {
            results.push(...targets.map((target) => skipped(target, haltReason)));
            continue;
        }
        const outcome = await runner.runWave(wave, targets);
        results.push(...outcome.results);
        haltReason = outcome.haltReason;
    }
    return toResults(options.app, options.mode, results);
}
class WaveRunner {
    options;
    clients;
    changeSetName;
    constructor(options) {
        this.options = options;
        this.clients = new TenantClients(options);
        this.changeSetName = `rampart-${Date.now().toString(36)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    }
    cancelReason() {
        return this.options.signal?.aborted ? 'cancelled before it started' : undefined;
    }
    async runWave(wave, targets) {
        const { options } = this;
        options.onProgress?.({ type: 'wave-started', wave, targets: targets.length });
        const tolerated = toleratedFailures(options.failureTolerance, targets.length);
        let failures = 0;
        const overTolerance = () => failures > tolerated;
        const haltReason = () => overTolerance()
            ? `wave ${wave} exceeded its failure tolerance (${failures} failed, ${describeTolerance(options.failureTolerance)} tolerated)`
            : this.cancelReason();
        const previous = new Map();
        const results = await runPool(targets, options.concurrency, async (target) => {
            const reason = haltReason();
            if (reason)
                return skipped(target, reason);
            options.onProgress?.({ type: 'tenant-started', target });
            const outcome = await deployTarget(this.targetRun(target));
            if (outcome.previous)
                previous.set(target, outcome.previous);
            if (outcome.result.status === 'failed')
                failures++;
            options.onProgress?.({ type: 'tenant-finished', result: outcome.result });
            return outcome.result;
        });
        if (overTolerance()) {
            options.onProgress?.({ type: 'wave-halted', wave, failed: failures, tolerated });
            if (options.rollbackFailedWave)
                await this.rollBack(wave, targets, results, previous);
        }
        return { results, haltReason: haltReason() };
    }
    targetRun(target) {
        return {
            cfn: this.clients.cloudFormation(target),
            target,
            changeSetName: this.changeSetName,
            options: this.options,
        };
    }
    /** Puts every stack this wave changed back as it was, so that the wave is all or nothing. */
    async rollBack(wave, targets, results, previous) {
        const changed = targets.filter((target, index) => results[index]?.status === 'deployed' && previous.has(target));
        this.options.onProgress?.({ type: 'rollback-started', wave, tenants: changed.length });
        await runPool(changed, this.options.concurrency, async (target) => {
            const index = targets.indexOf(target);
            const result = results[index];
            try {
                await restorePrevious(this.targetRun(target), previous.get(target), this.options.polling);
                results[index] = { ...result, status: 'rolled-back', error: `rolled back: wave ${wave} failed` };
            }
            catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                results[index] = {
                    ...result,
                    status: 'failed',
                    error: `deployed, but rolling back after wave ${wave} failed did not work: ${reason}`,
                };
            }
        });
    }
}
function skipped(target, reason) {
    return { ...baseResult(target), status: 'skipped', error: reason };
}
/** Runs `work` on every item, at most `concurrency` at once; results keep the items' order. */
async function runPool(items, concurrency, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/deploy/index.ts







// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/manifest/load-manifest.ts
var load_manifest = __webpack_require__(3235);
;// CONCATENATED MODULE: ./src/deploy/inputs.ts






const DEPLOY_DEFAULTS = {
    'stack-name': '{app}-{tenant}-{region}',
    mode: 'deploy',
    concurrency: '10',
    'failure-tolerance': '0',
    capabilities: 'CAPABILITY_IAM',
    'timeout-minutes': '60',
};
/**
 * Turns inputs into deploy options: every value is checked, and all problems are reported together
 * before the manifest and template are read.
 */
async function resolveDeployOptions(inputs, runContext, label, env = process.env) {
    const problems = [];
    const check = (read, fallback) => {
        try {
            return read();
        }
        catch (error) {
            problems.push(...(error instanceof errors/* InputError */.d ? error.problems : [String(error)]));
            return fallback;
        }
    };
    const value = (name) => inputs[name] || DEPLOY_DEFAULTS[name];
    const mode = check(() => parseMode(value('mode'), label), 'deploy');
    const concurrency = check(() => parsePositiveInteger(value('concurrency'), label('concurrency')), 1);
    const timeoutMinutes = check(() => parsePositiveInteger(value('timeout-minutes'), label('timeout-minutes')), 60);
    const waves = check(() => parseList(inputs.waves).map((wave) => parsePositiveInteger(wave, label('waves'))), []);
    const capabilities = check(() => parseCapabilities(value('capabilities'), label), []);
    const failureTolerance = check(() => parseFailureTolerance(value('failure-tolerance'), label('failure-tolerance')), {
        count: 0,
    });
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    const [manifest, template] = await allOrEveryProblem([
        (0,load_manifest/* loadManifest */.eY)(inputs.manifest, env),
        (0,deploy_template/* loadTemplate */.PM)(inputs.template),
    ]);
    return {
        manifest,
        template,
        app: inputs.app || (0,external_node_path_.basename)(inputs.template, (0,external_node_path_.extname)(inputs.template)),
        stackNamePattern: value('stack-name'),
        mode,
        tenantIds: parseList(inputs.tenants),
        waves,
        concurrency,
        failureTolerance,
        rollbackFailedWave: inputs['rollback-failed-wave'] ?? false,
        recreateRollbackComplete: inputs['recreate-rollback-complete'] ?? false,
        capabilities,
        timeoutMs: timeoutMinutes * 60_000,
        runContext,
        skipSessionTags: inputs['skip-session-tags'] ?? false,
    };
}
function parseMode(text, label) {
    if (text === 'deploy' || text === 'plan')
        return text;
    throw new errors/* InputError */.d([`${label('mode')} "${text}" must be deploy or plan`]);
}
function parsePositiveInteger(text, source) {
    if (!/^\d+$/.test(text.trim()) || Number(text) < 1) {
        throw new errors/* InputError */.d([`${source} "${text}" must be a whole number of at least 1`]);
    }
    return Number(text);
}
function parseList(text) {
    return (text ?? '')
        .split(/[,\s]+/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function parseCapabilities(text, label) {
    const known = Object.values(dist_cjs/* Capability */.nSK);
    const items = parseList(text);
    const unknown = items.filter((item) => !known.includes(item));
    if (unknown.length > 0) {
        throw new errors/* InputError */.d([
            `${label('capabilities')} has unknown value(s) ${unknown.join(', ')}; known: ${known.join(', ')}`,
        ]);
    }
    return items;
}
/** Like Promise.all, but when several inputs are bad the user hears of all of them at once. */
async function allOrEveryProblem(work) {
    const settled = await Promise.allSettled(work);
    const failures = settled.flatMap((outcome) => outcome.status === 'rejected' ? [outcome.reason] : []);
    if (failures.length === 0)
        return settled.map((outcome) => outcome.value);
    const unexpected = failures.find((failure) => !(failure instanceof errors/* InputError */.d));
    if (unexpected)
        throw unexpected;
    throw new errors/* InputError */.d(failures.flatMap((failure) => failure.problems));
}

;// CONCATENATED MODULE: ./src/deploy/progress.ts
/** One log line per deploy event, for the CLI's and the action's progress output. */
function describeEvent(event) {
    switch (event.type) {
        case 'warning':
            return `warning: ${event.message}`;
        case 'wave-started':
            return `wave ${event.wave}: ${event.targets} stack(s)`;
        case 'tenant-started':
            return undefined;
        case 'tenant-finished': {
            const { result } = event;
            const detail = result.error ? `: ${result.error}` : '';
            return `  ${result.id} ${result.region} ${result.status} (${(result.durationMs / 1000).toFixed(1)}s)${detail}`;
        }
        case 'wave-halted':
            return `wave ${event.wave}: ${event.failed} failed, more than the ${event.tolerated} tolerated: no later wave starts`;
        case 'rollback-started':
            return `wave ${event.wave}: rolling back ${event.tenants} updated stack(s)`;
    }
}

;// CONCATENATED MODULE: ./src/runtime/cancellation.ts
/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM (a cancelled workflow or build), so that
 * work in flight can finish cleanly. `dispose` removes the handlers.
 */
function cancelOnTermination(onCancel) {
    const controller = new AbortController();
    const handler = (signal) => {
        onCancel(signal);
        controller.abort();
    };
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', handler);
            process.off('SIGTERM', handler);
        },
    };
}

// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
;// CONCATENATED MODULE: ./src/runtime/run-context.ts
/** Reads the run's identity from GitHub Actions or CodeBuild variables, or the local shell. */
function detectRunContext(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true') {
        return {
            repository: env.GITHUB_REPOSITORY ?? 'unknown',
            commit: env.GITHUB_SHA ?? 'unknown',
            runId: [env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT].filter(Boolean).join('-') || 'unknown',
            actor: env.GITHUB_ACTOR ?? 'unknown',
        };
    }
    if (env.CODEBUILD_BUILD_ID) {
        return {
            repository: env.CODEBUILD_SOURCE_REPO_URL ?? 'unknown',
            commit: env.CODEBUILD_RESOLVED_SOURCE_VERSION ?? 'unknown',
            runId: env.CODEBUILD_BUILD_ID.split(':').pop() ?? env.CODEBUILD_BUILD_ID,
            actor: env.CODEBUILD_INITIATOR ?? 'codebuild',
        };
    }
    return { repository: 'local', commit: 'local', runId: `local-${Date.now()}`, actor: env.USER ?? 'unknown' };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts








const deployCommand = {
    name: 'deploy',
    summary: "Deploy one CloudFormation template to every tenant account in the manifest, wave by wave, through each tenant's deploy role.",
    flags: [
        {
            name: 'manifest',
            type: 'string',
            value: 'FILE',
            required: true,
            description: 'Tenant manifest (tenants.yml).',
        },
        {
            name: 'template',
            type: 'string',
            value: 'FILE|URL',
            required: true,
            description: 'CloudFormation template file, or an S3 https URL.',
        },
        {
            name: 'stack-name',
            type: 'string',
            value: 'PATTERN',
            default: DEPLOY_DEFAULTS['stack-name'],
            description: 'Stack name; placeholders {app} {tenant} {region} {accountId} {wave}.',
        },
        {
            name: 'app',
            type: 'string',
            value: 'NAME',
            description: 'Application name for {app} (default: the template file name).',
        },
        {
            name: 'mode',
            type: 'string',
            value: 'deploy|plan',
            default: DEPLOY_DEFAULTS.mode,
            description: 'plan: create, describe and delete change sets; execute nothing.',
        },
        { name: 'tenants', type: 'string', value: 'ID,ID', description: 'Only these tenants.' },
        { name: 'waves', type: 'string', value: 'N,N', description: 'Only these waves.' },
        {
            name: 'concurrency',
            type: 'string',
            value: 'N',
            default: DEPLOY_DEFAULTS.concurrency,
            description: 'Stacks changed at once inside a wave.',
        },
        {
            name: 'failure-tolerance',
            type: 'string',
            value: 'N|N%',
            default: DEPLOY_DEFAULTS['failure-tolerance'],
            description: 'Failures a wave absorbs; one more stops all later waves.',
        },
        {
            name: 'rollback-failed-wave',
            type: 'boolean',
            description: 'Put the stacks a failed wave already updated back to their previous template and parameters.',
        },
        {
            name: 'recreate-rollback-complete',
            type: 'boolean',
            description: 'Delete and create again stacks left in ROLLBACK_COMPLETE by a failed first creation.',
        },
        {
            name: 'capabilities',
            type: 'string',
            value: 'LIST',
            default: DEPLOY_DEFAULTS.capabilities,
            description: 'CAPABILITY_IAM, CAPABILITY_NAMED_IAM, CAPABILITY_AUTO_EXPAND.',
        },
        { name: 'results', type: 'string', value: 'FILE', description: 'Write the results as JSON here.' },
        {
            name: 'timeout-minutes',
            type: 'string',
            value: 'N',
            default: DEPLOY_DEFAULTS['timeout-minutes'],
            description: 'Longest a single stack may take.',
        },
        {
            name: 'skip-session-tags',
            type: 'boolean',
            description: 'Assume deploy roles without session tags (for trust policies that do not allow sts:TagSession).',
        },
    ],
    run: runDeploy,
};
async function runDeploy(values) {
    const options = await resolveDeployOptions(values, detectRunContext(), (name) => `--${name}`);
    const cancellation = cancelOnTermination((signal) => process.stderr.write(`\n${signal} received: no new tenant starts; waiting for the running ones to finish\n`));
    try {
        const results = await deployTenants({
            ...options,
            signal: cancellation.signal,
            onProgress: (event) => {
                const line = describeEvent(event);
                if (line)
                    process.stderr.write(`${line}\n`);
            },
        });
        if (typeof values.results === 'string')
            await (0,files/* writeJsonAtomically */.ti)(values.results, results);
        process.stdout.write(`${(0,report/* renderTable */.bo)(results)}\n`);
        return succeeded(results) && !cancellation.signal.aborted ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
    }
    finally {
        cancellation.dispose();
        (0,client_factory/* closeAwsConnections */.n)();
    }
}


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