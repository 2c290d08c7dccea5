"use strict";
exports.id = 948;
exports.ids = [948];
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

/***/ 948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   addedLinesOfPushIn: () => (/* binding */ addedLinesOfPushIn)
/* harmony export */ });
/* unused harmony exports MAX_COMMITS_PER_PUSH, addedLinesOfPush, addedLines */
/* harmony import */ var _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5529);
/* harmony import */ var _aws_client_factory__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8647);
/* harmony import */ var _sources_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1547);



/** Commits read at most for one push: a longer push is scanned up to here, and says so. */
const MAX_COMMITS_PER_PUSH = 200;
/**
 * The lines each commit of a push added, through the CodeCommit API: the commits from the new tip
 * back to the old one (first parents), and for each its differences to its parent (every page of
 * GetDifferences) and the blobs on both sides. CodeCommit gives no line diff: a line counts as added
 * where the file before the commit had fewer copies of it.
 */
async function* addedLinesOfPush(client, range, stats, notes) {
    const commits = await commitsOfPush(client, range, notes);
    for (const { commitId, parentId, author } of commits.reverse()) {
        stats.commits++;
        for (const difference of await differences(client, range.repositoryName, commitId, parentId)) {
            const path = difference.afterBlob?.path;
            if (!path || !difference.afterBlob?.blobId)
                continue;
            const after = await blob(client, range.repositoryName, difference.afterBlob.blobId);
            if ((0,_sources_files__WEBPACK_IMPORTED_MODULE_1__/* .isBinary */ .Go)(after)) {
                stats.binaryFiles.push(path);
                continue;
            }
            const before = difference.beforeBlob?.blobId
                ? await blob(client, range.repositoryName, difference.beforeBlob.blobId)
                : undefined;
            const added = addedLines(before?.toString('utf8') ?? '', after.toString('utf8'));
            if (added.lines.length > 0)
                yield { path, commit: commitId, author, ...added };
        }
    }
}
/** addedLinesOfPush with a client for the region. */
function addedLinesOfPushIn(region, range, stats, notes) {
    return addedLinesOfPush((0,_aws_client_factory__WEBPACK_IMPORTED_MODULE_0__/* .createAwsClient */ .G)(_aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .CodeCommitClient */ .MS4, { region }), range, stats, notes);
}
async function commitsOfPush(client, range, notes) {
    const commits = [];
    let commitId = range.newCommitId;
    while (commitId && commitId !== range.oldCommitId && commits.length < MAX_COMMITS_PER_PUSH) {
        const response = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetCommitCommand */ .P_7({ repositoryName: range.repositoryName, commitId }));
        const { commit } = response;
        const parentId = commit?.parents?.[0];
        const author = commit?.author ? `${commit.author.name} <${commit.author.email}>` : undefined;
        commits.push({ commitId, parentId, author });
        commitId = parentId;
    }
    if (commitId && commitId !== range.oldCommitId) {
        notes.push(`the push has more than ${MAX_COMMITS_PER_PUSH} commits: scanned the newest ${MAX_COMMITS_PER_PUSH}`);
    }
    return commits;
}
async function differences(client, repositoryName, commitId, parentId) {
    const all = [];
    let nextToken;
    do {
        const page = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetDifferencesCommand */ .iBS({
            repositoryName,
            afterCommitSpecifier: commitId,
            beforeCommitSpecifier: parentId,
            NextToken: nextToken,
        }));
        all.push(...(page.differences ?? []));
        nextToken = page.NextToken;
    } while (nextToken);
    return all;
}
async function blob(client, repositoryName, blobId) {
    const { content } = await client.send(new _aws_sdk_client_codecommit__WEBPACK_IMPORTED_MODULE_2__/* .GetBlobCommand */ .HhH({ repositoryName, blobId }));
    return Buffer.from(content ?? new Uint8Array());
}
/** The lines of `after` that `before` had fewer copies of, with their line numbers in `after`. */
function addedLines(before, after) {
    const remaining = new Map();
    for (const line of before.split(/\r?\n/))
        remaining.set(line, (remaining.get(line) ?? 0) + 1);
    const lines = [];
    const lineNumbers = [];
    after.split(/\r?\n/).forEach((line, index) => {
        const left = remaining.get(line) ?? 0;
        if (left > 0) {
            remaining.set(line, left - 1);
            return;
        }
        lines.push(line);
        lineNumbers.push(index + 1);
    });
    return { lines, lineNumbers };
}


/***/ })

};
;