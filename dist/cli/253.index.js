"use strict";
exports.id = 253;
exports.ids = [253];
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

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  depsReleaseNotifyCommand: () => (/* binding */ depsReleaseNotifyCommand),
  depsReportFailureCommand: () => (/* binding */ depsReportFailureCommand),
  depsUpdateCommand: () => (/* binding */ depsUpdateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/config/yaml-document.ts
var yaml_document = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
;// CONCATENATED MODULE: ./src/deps/consumers.schema.json
const consumers_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Rampart consumers of a shared library","description":"The repositories (and AWS event buses) that `rampart deps release-notify` tells about each release of the libraries built in this repository: .rampart/consumers.yml. `errorMessage` is a non-standard keyword that editors (VS Code, yaml-language-server) show instead of their generic messages; Rampart uses it too.","type":"object","errorMessage":"must be a mapping with a \\"consumers\\" list","additionalProperties":false,"required":["consumers"],"properties":{"consumers":{"description":"Every consumer: a GitHub repository (sent a repository_dispatch event) or an EventBridge bus (sent a CodeArtifact-shaped event).","type":"array","errorMessage":"must be a non-empty list of consumers","minItems":1,"items":{"$ref":"#/definitions/consumer"}}},"definitions":{"consumer":{"type":"object","errorMessage":"must be a mapping with \\"repository\\" or \\"eventBus\\"","additionalProperties":false,"properties":{"repository":{"description":"A GitHub repository as owner/name; it gets a `library-released` repository_dispatch event.","type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","errorMessage":"must be owner/name"},"eventBus":{"description":"An EventBridge event bus name or ARN (another account\'s bus by ARN); it gets a CodeArtifact-shaped event.","type":"string","pattern":"^(arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/)?[A-Za-z0-9._-]+$","errorMessage":"must be an event bus name or ARN"},"packages":{"description":"Only these packages (as the release names them); default every package released from this repository.","type":"array","errorMessage":"must be a non-empty list of package names","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}}}}}}');
;// CONCATENATED MODULE: ./src/deps/consumers.ts
/** `.rampart/consumers.yml`: who hears about a release of the libraries built in this repository. */





const DEFAULT_CONSUMERS_FILE = '.rampart/consumers.yml';
const validateConsumers = (0,yaml_document/* compileSchema */.Fc)(consumers_schema_namespaceObject);
/** `shownAs` is how problems name the file (the path as the user gave it). */
async function loadConsumers(file, shownAs = file) {
    return parseConsumers(await (0,files/* readInputFile */.jH)(file, 'the consumers file'), shownAs);
}
/**
 * The consumers file (relative to `root`), plus an extra event bus. Without a bus the file must
 * exist; with one, the default file is read only when it is there.
 */
async function loadConsumersAndBus(file, eventBus, root) {
    const bus = eventBus ? [{ kind: 'eventBus', eventBus }] : [];
    const path = file ?? DEFAULT_CONSUMERS_FILE;
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(root, path);
    if (!file && bus.length > 0 && !(0,external_node_fs_.existsSync)(absolute))
        return bus;
    return [...(await loadConsumers(absolute, path)), ...bus];
}
function parseConsumers(text, file) {
    const { data } = (0,yaml_document/* parseValidatedYaml */.pA)(text, file, {
        validate: validateConsumers,
        rootName: 'consumers file',
        furtherProblems: consumerProblems,
    });
    return data.consumers.map((consumer) => consumer.repository
        ? { kind: 'repository', repository: consumer.repository, packages: consumer.packages }
        : { kind: 'eventBus', eventBus: consumer.eventBus ?? '', packages: consumer.packages });
}
/** The consumers that take this package: those that list it, and those that list none. */
function consumersOf(consumers, packageName) {
    return consumers.filter((consumer) => !consumer.packages || consumer.packages.includes(packageName));
}
function consumerName(consumer) {
    return consumer.kind === 'repository' ? consumer.repository : consumer.eventBus;
}
function consumerProblems(data, source) {
    const consumers = data?.consumers;
    if (!Array.isArray(consumers))
        return [];
    const problems = [];
    const seen = new Map();
    consumers.forEach((consumer, index) => {
        const path = ['consumers', index];
        const targets = [consumer?.repository, consumer?.eventBus].filter((target) => target !== undefined);
        if (consumer && typeof consumer === 'object' && targets.length !== 1) {
            problems.push({
                line: source.lineOf(path),
                text: `${(0,yaml_document/* formatPath */.jV)(path)} needs exactly one of "repository" and "eventBus"`,
            });
        }
        const [target] = targets;
        if (typeof target !== 'string')
            return;
        const first = seen.get(target);
        if (first === undefined)
            seen.set(target, index);
        else
            problems.push({
                line: source.lineOf(path),
                text: `${(0,yaml_document/* formatPath */.jV)(path)} repeats consumers[${first}] (${target})`,
            });
    });
    return problems;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var dist_cjs = __webpack_require__(8797);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/deps/ecosystems.ts

/** Package formats, named as CodeArtifact's `packageFormat` names them. */
const ECOSYSTEMS = ['maven', 'npm', 'pypi'];
/** `where` names the flag, input or field the value came from, e.g. `--ecosystem`. */
function parseEcosystem(value, where) {
    const lower = value.trim().toLowerCase();
    if (ECOSYSTEMS.includes(lower))
        return lower;
    throw new errors/* InputError */.d([`${where} "${value}" is not a known ecosystem (known: ${ECOSYSTEMS.join(', ')})`]);
}
/** Problems with a package name as its ecosystem spells it; none when it is well formed. */
function packageNameProblems(ecosystem, name, where) {
    const shapes = {
        maven: { pattern: /^[\w.-]+:[\w.-]+$/, example: 'group:artifact, e.g. com.acme:shared-lib' },
        npm: { pattern: /^(@[\w.-]+\/)?[\w.-]+$/, example: 'name or @scope/name' },
        pypi: { pattern: /^[A-Za-z0-9]([\w.-]*[A-Za-z0-9])?$/, example: 'a PyPI project name, e.g. acme-lib' },
    };
    const shape = shapes[ecosystem];
    return shape.pattern.test(name)
        ? []
        : [`${where} "${name}" is not a ${ecosystem} package name (${shape.example})`];
}
/** The form two spellings of one package share: PyPI names ignore case and treat `-`, `_`, `.` alike. */
function canonicalPackageName(ecosystem, name) {
    return ecosystem === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name;
}
function samePackage(ecosystem, a, b) {
    return canonicalPackageName(ecosystem, a) === canonicalPackageName(ecosystem, b);
}
/** `rampart/update-<package>-<version>`, with what git refuses in a branch name replaced. */
function updateBranchName(packageName, version) {
    return `${UPDATE_BRANCH_PREFIX}${refPart(packageName)}-${refPart(version)}`;
}
const UPDATE_BRANCH_PREFIX = 'rampart/update-';
function refPart(text) {
    return text
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(6612);
;// CONCATENATED MODULE: ./src/deps/event-bus.ts


/** The region of a bus ARN; a bus given by name is in `fallback`. */
function regionOfBus(bus, fallback) {
    return bus.startsWith('arn:') ? (bus.split(':')[3] ?? fallback) : fallback;
}
/** Puts one event on `bus` (name or ARN, another account's too) and returns its id; a failed entry throws. */
async function putOneEvent(bus, fallbackRegion, entry) {
    const events = (0,client_factory/* createAwsClient */.G)(client_eventbridge_dist_cjs/* EventBridgeClient */.Ldt, { region: regionOfBus(bus, fallbackRegion) });
    const response = await events.send(new client_eventbridge_dist_cjs/* PutEventsCommand */.yyL({ Entries: [{ ...entry, EventBusName: bus }] }));
    const [result] = response.Entries ?? [];
    if ((response.FailedEntryCount ?? 0) > 0 || !result?.EventId) {
        const reason = [result?.ErrorCode, result?.ErrorMessage].filter(Boolean).join(': ') || 'no event id returned';
        throw new Error(`PutEvents to ${bus} failed: ${reason}`);
    }
    return result.EventId;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/deps/versions.ts
const RELEASE_RANK = 6;
const QUALIFIER_RANKS = {
    dev: 0,
    alpha: 1,
    a: 1,
    beta: 2,
    b: 2,
    milestone: 3,
    m: 3,
    pre: 3,
    preview: 3,
    ea: 3,
    rc: 4,
    cr: 4,
    c: 4,
    snapshot: 5,
    ga: RELEASE_RANK,
    final: RELEASE_RANK,
    release: RELEASE_RANK,
    post: 7,
    sp: 7,
};
/** npm pre-release tags have any name (1.0.0-next.3): they sort with rc. */
const NPM_UNKNOWN_TAG_RANK = 4;
/** A plain version: release numbers and an optional qualifier (no ranges, wildcards or variables). */
function isPlainVersion(text) {
    return (/^v?\d+(\.\d+)*([-.+_]?[A-Za-z0-9]+([-.+_][A-Za-z0-9]+)*)?$/.test(text) && !/\.[xX](\.|$)/.test(text));
}
function parse(text, ecosystem) {
    const match = /^v?(\d+(?:\.\d+)*)(.*)$/i.exec(text.trim());
    if (!match || !isPlainVersion(text.trim()))
        return undefined;
    const release = (match[1] ?? '').split('.').map(Number);
    // Build metadata (semver `+build`, PEP 440 local `+ubuntu1`) does not order releases.
    const qualifier = (match[2] ?? '').replace(/\+.*$/, '').toLowerCase();
    const tokens = (qualifier.match(/[a-z]+|\d+/g) ?? []).map((token) => /^\d+$/.test(token) ? Number(token) : token);
    const [first] = tokens;
    if (first === undefined)
        return { release, rank: RELEASE_RANK, rest: [] };
    if (typeof first === 'number') {
        // 1.0.0-1: a pre-release in semver, a build number after the release in Maven.
        return { release, rank: ecosystem === 'npm' ? NPM_UNKNOWN_TAG_RANK : 7, rest: tokens };
    }
    const known = QUALIFIER_RANKS[first];
    const rank = known ?? (ecosystem === 'npm' ? NPM_UNKNOWN_TAG_RANK : RELEASE_RANK);
    return { release, rank, rest: known === undefined ? tokens : tokens.slice(1) };
}
/** Negative when a < b, positive when a > b, 0 when equal; undefined when either is not a plain version. */
function compareVersions(a, b, ecosystem) {
    const left = parse(a, ecosystem);
    const right = parse(b, ecosystem);
    if (!left || !right)
        return undefined;
    const length = Math.max(left.release.length, right.release.length);
    for (let index = 0; index < length; index++) {
        const difference = (left.release[index] ?? 0) - (right.release[index] ?? 0);
        if (difference !== 0)
            return difference;
    }
    if (left.rank !== right.rank)
        return left.rank - right.rank;
    return compareTokens(left.rest, right.rest);
}
function compareTokens(a, b) {
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
        const [x, y] = [a[index], b[index]];
        if (x === y)
            continue;
        if (x === undefined)
            return -1;
        if (y === undefined)
            return 1;
        if (typeof x === 'number' && typeof y === 'number')
            return x - y;
        // A number sorts before a word, as semver orders pre-release identifiers.
        if (typeof x === 'number')
            return -1;
        if (typeof y === 'number')
            return 1;
        return x < y ? -1 : 1;
    }
    return 0;
}
function isSnapshot(version) {
    return /-SNAPSHOT$/i.test(version.trim());
}
/** SNAPSHOT, dev, alpha, beta, milestone, rc, or any npm pre-release tag. */
function isPrerelease(version, ecosystem) {
    const parsed = parse(version, ecosystem);
    return parsed !== undefined && parsed.rank < RELEASE_RANK;
}

;// CONCATENATED MODULE: ./src/deps/release.ts
/**
 * A library release and the events that carry it: GitHub's `repository_dispatch` (event type
 * `library-released`, the release in `client_payload`) and EventBridge events shaped like
 * CodeArtifact's `CodeArtifact Package Version State Change`, so that one consumer rule matches both
 * releases published to CodeArtifact and those announced by Rampart.
 */




const DISPATCH_EVENT_TYPE = 'library-released';
const CODEARTIFACT_DETAIL_TYPE = 'CodeArtifact Package Version State Change';
/** EventBridge keeps `aws.*` sources for AWS services: Rampart's own events come from here. */
const RAMPART_EVENT_SOURCE = 'rampart.deps';
/** Checks the fields (given ones first, then those from the event) and says every problem at once. */
function resolveRelease(given, fromEvent, names) {
    const pick = (field) => given[field] || fromEvent[field] || undefined;
    const problems = [];
    const required = ['package', 'ecosystem', 'version'].filter((field) => !pick(field));
    for (const field of required)
        problems.push(`${names[field]} is required (or an event that carries it)`);
    let ecosystem;
    try {
        ecosystem = pick('ecosystem') ? parseEcosystem(pick('ecosystem') ?? '', names.ecosystem) : undefined;
    }
    catch (error) {
        problems.push(...error.problems);
    }
    const packageName = pick('package');
    if (ecosystem && packageName)
        problems.push(...packageNameProblems(ecosystem, packageName, names.package));
    const version = pick('version');
    if (version && !isPlainVersion(version))
        problems.push(`${names.version} "${version}" is not a version`);
    const producer = pick('producer');
    if (producer && !/^[\w.-]+\/[\w.-]+$/.test(producer))
        problems.push(`${names.producer} "${producer}" is not owner/name`);
    if (problems.length > 0 || !ecosystem || !packageName || !version)
        throw new errors/* InputError */.d(problems);
    return { package: packageName, ecosystem, version, changelogUrl: pick('changelogUrl'), producer };
}
// --- GitHub repository_dispatch
/** client_payload: at most 10 top-level properties, GitHub says. */
function dispatchPayload(release) {
    return withoutEmpty({
        package: release.package,
        ecosystem: release.ecosystem,
        version: release.version,
        changelogUrl: release.changelogUrl,
        producer: release.producer,
    });
}
/** The `detail` of a CodeArtifact package version event, for a release CodeArtifact did not see. */
function codeArtifactShapedDetail(release, origin) {
    const { namespace, name } = codeArtifactName(release);
    const identity = `${release.ecosystem}/${release.package}@${release.version}`;
    return {
        domainName: origin.domainName,
        domainOwner: origin.account,
        repositoryName: origin.repositoryName,
        repositoryAdministrator: origin.account,
        packageFormat: release.ecosystem,
        packageNamespace: namespace,
        packageName: name,
        packageVersion: release.version,
        packageVersionState: 'Published',
        packageVersionRevision: digest(`revision:${identity}`),
        changes: {
            assetsAdded: 0,
            assetsRemoved: 0,
            metadataUpdated: true,
            assetsUpdated: 0,
            statusChanged: true,
        },
        operationType: 'Created',
        sequenceNumber: 1,
        eventDeduplicationId: digest(`release:${identity}`),
        // Not CodeArtifact's: what a consumer needs beyond it.
        rampart: withoutEmpty({ changelogUrl: release.changelogUrl, producer: release.producer }),
    };
}
/** The CodeArtifact package ARN the event is about. */
function codeArtifactPackageArn(release, origin) {
    const { namespace, name } = codeArtifactName(release);
    const partition = origin.partition ?? 'aws';
    return `arn:${partition}:codeartifact:${origin.region}:${origin.account}:package/${origin.domainName}/${origin.repositoryName}/${release.ecosystem}/${namespace ?? ''}/${name}`;
}
/** CodeArtifact splits Maven `group:artifact` and npm `@scope/name` into a namespace and a name. */
function codeArtifactName(release) {
    if (release.ecosystem === 'maven') {
        const [namespace = '', name = ''] = release.package.split(':');
        return { namespace, name };
    }
    const scoped = /^@([^/]+)\/(.+)$/.exec(release.package);
    return scoped
        ? { namespace: scoped[1] ?? '', name: scoped[2] ?? '' }
        : { namespace: null, name: release.package };
}
function joinCodeArtifactName(format, namespace, name) {
    if (typeof namespace !== 'string' || !namespace)
        return name;
    return format === 'maven' ? `${namespace}:${name}` : `@${namespace}/${name}`;
}
// --- Reading events
/**
 * The release an event carries: a repository_dispatch webhook payload (its client_payload), or an
 * EventBridge event from CodeArtifact or from Rampart (its detail). Anything else carries none.
 */
function releaseFieldsOfEvent(event) {
    const payload = asRecord(event);
    const client = asRecord(payload.client_payload);
    if (Object.keys(client).length > 0) {
        return {
            package: release_text(client.package),
            ecosystem: release_text(client.ecosystem),
            version: release_text(client.version),
            changelogUrl: release_text(client.changelogUrl),
            producer: release_text(client.producer),
        };
    }
    if (payload['detail-type'] !== CODEARTIFACT_DETAIL_TYPE)
        return {};
    const detail = asRecord(payload.detail);
    const extras = asRecord(detail.rampart);
    const format = release_text(detail.packageFormat) ?? '';
    return {
        package: release_text(detail.packageName) &&
            joinCodeArtifactName(format, detail.packageNamespace, release_text(detail.packageName) ?? ''),
        ecosystem: format || undefined,
        version: release_text(detail.packageVersion),
        changelogUrl: release_text(extras.changelogUrl),
        producer: release_text(extras.producer),
    };
}
function asRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : {};
}
function release_text(value) {
    return typeof value === 'string' && value ? value : undefined;
}
function withoutEmpty(values) {
    return Object.fromEntries(Object.entries(values).filter((entry) => Boolean(entry[1])));
}
function digest(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('base64');
}

;// CONCATENATED MODULE: ./src/deps/failure-report.ts
/**
 * The feedback: a consumer's build failed with a new library version, and the library's owners hear
 * about it. On GitHub: one tracking issue per package version in the producer's repository, one
 * comment per failing consumer (edited, never repeated, when it fails again), and the issue's body
 * listing every failing consumer once, rebuilt from those comments. On AWS: an SNS message or an
 * EventBridge event.
 */





const FAILURE_ISSUE_LABEL = 'rampart-dependency-failure';
const FAILURE_DETAIL_TYPE = 'Rampart Dependency Update Failed';
const CONSUMER_MARKER = /<!-- rampart-failing-consumer: (\{.*?\}) -->/;
/** SNS limits a subject to 100 characters. */
const MAX_SUBJECT = 100;
async function reportFailure(failure, targets) {
    const steps = [];
    const { github, snsTopicArn, eventBus } = targets;
    if (github)
        steps.push([
            `GitHub issue in ${github.repository.owner}/${github.repository.repo}`,
            () => reportOnIssue(github, failure),
        ]);
    if (snsTopicArn)
        steps.push([`SNS ${snsTopicArn}`, () => publishToTopic(snsTopicArn, failure)]);
    if (eventBus)
        steps.push([`EventBridge ${eventBus}`, () => putFailureEvent(eventBus, targets.region, failure)]);
    const outcomes = [];
    for (const [target, run] of steps) {
        try {
            outcomes.push({ target, status: 'done', ...(await run()) });
        }
        catch (error) {
            outcomes.push({ target, status: 'failed', detail: error.message });
        }
    }
    return outcomes;
}
async function reportOnIssue(github, failure) {
    const issues = issuesPath(github);
    const issue = (await trackingIssue(github, failure)) ?? (await openTrackingIssue(github, failure));
    const comments = await github.client.paginate(`${issues}/${issue.number}/comments`);
    const action = await upsertComment(github, issue, comments, failure);
    const failing = comments
        .map((comment) => failingConsumerOf(comment.body))
        .filter((item) => !!item);
    const body = issueBody(failure.release, failing);
    if (issue.body !== body || issue.state !== 'open') {
        await github.client.request('PATCH', `${issues}/${issue.number}`, { body, state: 'open' });
    }
    return {
        detail: `${failure.consumer}: ${action} issue #${issue.number} (${failing.length} failing consumer(s))`,
        issue: { number: issue.number, url: issue.html_url },
    };
}
/** The consumer's one comment on the issue: added, or edited to the latest run; `comments` follows. */
async function upsertComment(github, issue, comments, failure) {
    const wanted = commentBody(failure);
    const own = comments.find((comment) => failingConsumerOf(comment.body)?.consumer === failure.consumer);
    if (own?.body === wanted)
        return 'already listed on';
    if (own) {
        await github.client.request('PATCH', `${issuesPath(github)}/comments/${own.id}`, { body: wanted });
        own.body = wanted;
        return 'updated its comment on';
    }
    const created = await github.client.request('POST', `${issuesPath(github)}/${issue.number}/comments`, { body: wanted });
    comments.push({ ...created, body: wanted });
    return 'commented on';
}
function issuesPath({ repository }) {
    return `/repos/${repository.owner}/${repository.repo}/issues`;
}
function issueMarker(release) {
    return `<!-- rampart-dependency-failure: ${release.ecosystem}/${canonicalPackageName(release.ecosystem, release.package)}@${release.version} -->`;
}
/** The oldest issue for this version: if two reports raced to open one, the first stays. */
async function trackingIssue(github, failure) {
    const issues = await github.client.paginate(`${issuesPath(github)}?labels=${FAILURE_ISSUE_LABEL}&state=all`);
    const marker = issueMarker(failure.release);
    return issues
        .filter((issue) => !issue.pull_request && issue.body?.includes(marker))
        .sort((a, b) => a.number - b.number)[0];
}
async function openTrackingIssue(github, failure) {
    const { release } = failure;
    const created = await github.client.request('POST', issuesPath(github), {
        title: `${release.package} ${release.version} breaks consumer builds`,
        body: issueBody(release, []),
        labels: [FAILURE_ISSUE_LABEL],
    });
    const oldest = await trackingIssue(github, failure);
    if (!oldest || oldest.number === created.number)
        return created;
    await github.client.request('PATCH', `${issuesPath(github)}/${created.number}`, {
        state: 'closed',
        body: `Duplicate of #${oldest.number}.`,
    });
    return oldest;
}
function issueBody(release, failing) {
    const lines = failing.map((item) => `- \`${item.consumer}\`${item.runUrl ? ` ([failed run](${item.runUrl}))` : ''}`);
    return [
        `Consumers whose build fails with \`${release.package}\` **${release.version}** (${release.ecosystem}):`,
        '',
        ...(lines.length > 0 ? lines : ['- (none yet)']),
        ...(release.changelogUrl ? ['', `Release notes: ${release.changelogUrl}`] : []),
        '',
        "Reported by `rampart deps report-failure` from each consumer's update pull request: one comment per consumer, kept current.",
        '',
        issueMarker(release),
    ].join('\n');
}
function commentBody(failure) {
    const { release, consumer, runUrl } = failure;
    const marker = JSON.stringify(runUrl ? { consumer, runUrl } : { consumer });
    return [
        `\`${consumer}\` fails to build with \`${release.package}\` ${release.version}${runUrl ? `: ${runUrl}` : '.'}`,
        '',
        `<!-- rampart-failing-consumer: ${marker} -->`,
    ].join('\n');
}
function failingConsumerOf(body) {
    const json = CONSUMER_MARKER.exec(body ?? '')?.[1];
    if (!json)
        return undefined;
    try {
        return JSON.parse(json);
    }
    catch {
        return undefined;
    }
}
// --- AWS
function failureText(failure) {
    const { release, consumer, runUrl } = failure;
    return [
        `${consumer} fails to build with ${release.package} ${release.version} (${release.ecosystem}).`,
        ...(runUrl ? ['', `Failed run: ${runUrl}`] : []),
        ...(release.changelogUrl ? [`Release notes: ${release.changelogUrl}`] : []),
    ].join('\n');
}
async function publishToTopic(topicArn, failure) {
    const sns = (0,client_factory/* createAwsClient */.G)(dist_cjs/* SNSClient */.kye, { region: topicArn.split(':')[3] ?? 'us-east-1' });
    const subject = `${failure.consumer} fails with ${failure.release.package} ${failure.release.version}`;
    const { MessageId } = await sns.send(new dist_cjs/* PublishCommand */.D5G({
        TopicArn: topicArn,
        Subject: subject.slice(0, MAX_SUBJECT),
        Message: failureText(failure),
    }));
    return { detail: `published message ${MessageId}` };
}
async function putFailureEvent(bus, region, failure) {
    const { release } = failure;
    const eventId = await putOneEvent(bus, region, {
        Source: RAMPART_EVENT_SOURCE,
        DetailType: FAILURE_DETAIL_TYPE,
        Detail: JSON.stringify({
            package: release.package,
            ecosystem: release.ecosystem,
            version: release.version,
            consumer: failure.consumer,
            ...(failure.runUrl ? { runUrl: failure.runUrl } : {}),
            ...(release.producer ? { producer: release.producer } : {}),
        }),
    });
    return { detail: `event ${eventId} put on ${bus}` };
}

// EXTERNAL MODULE: ./src/github/rest-client.ts
var rest_client = __webpack_require__(9785);
// EXTERNAL MODULE: ./src/runtime/markdown.ts
var markdown = __webpack_require__(6731);
;// CONCATENATED MODULE: ./src/deps/pull-request.ts


const MARKER = /<!-- rampart-dependency: (\{.*?\}) -->/;
/** What a pull request's body says it updates (written by Rampart), if anything. */
function markedRelease(body) {
    const json = MARKER.exec(body ?? '')?.[1];
    if (!json)
        return undefined;
    try {
        return JSON.parse(json);
    }
    catch {
        return undefined;
    }
}
/** The open pull request that Rampart opened for this package, if any. */
async function findOpenPullRequest(github, release) {
    const { owner, repo } = github.repository;
    const pulls = await github.client.paginate(`/repos/${owner}/${repo}/pulls?state=open`);
    for (const pull of pulls) {
        const marked = markedRelease(pull.body);
        const sameRepository = pull.head.repo?.full_name?.toLowerCase() === `${owner}/${repo}`.toLowerCase();
        if (!marked || !sameRepository || !pull.head.ref.startsWith(UPDATE_BRANCH_PREFIX))
            continue;
        if (marked.ecosystem !== release.ecosystem)
            continue;
        if (canonicalPackageName(release.ecosystem, marked.package ?? '') !==
            canonicalPackageName(release.ecosystem, release.package))
            continue;
        return {
            number: pull.number,
            url: pull.html_url,
            branch: pull.head.ref,
            title: pull.title,
            body: pull.body ?? '',
            version: marked.version ?? '',
        };
    }
    return undefined;
}
/** A pull request from `branch` that was closed without being merged: someone declined this update. */
async function findDeclinedPullRequest(github, branch) {
    const { owner, repo } = github.repository;
    const head = encodeURIComponent(`${owner}:${branch}`);
    const pulls = await github.client.paginate(`/repos/${owner}/${repo}/pulls?state=closed&head=${head}`);
    return pulls.find((pull) => !pull.merged_at && markedRelease(pull.body))?.number;
}
async function openOrUpdatePullRequest(github, existing, change) {
    const { owner, repo } = github.repository;
    if (existing) {
        if (existing.title === change.title && existing.body === change.body) {
            return { number: existing.number, url: existing.url, action: 'unchanged' };
        }
        await github.client.request('PATCH', `/repos/${owner}/${repo}/pulls/${existing.number}`, {
            title: change.title,
            body: change.body,
        });
        return { number: existing.number, url: existing.url, action: 'updated' };
    }
    const created = await github.client.request('POST', `/repos/${owner}/${repo}/pulls`, {
        title: change.title,
        head: change.branch,
        base: change.base,
        body: change.body,
    });
    return { number: created.number, url: created.html_url, action: 'opened' };
}
function pullRequestTitle(release, plan) {
    const from = [...new Set(plan.changes.map((change) => change.current))];
    return from.length === 1
        ? `Update ${release.package} from ${from[0]} to ${release.version}`
        : `Update ${release.package} to ${release.version}`;
}
/** The version changes as a Markdown table: file, line, from, to. */
function changesTable(changes) {
    return (0,markdown/* markdownTable */.Q)({
        header: ['file', 'line', 'from', 'to'],
        rows: changes.map((change) => [`\`${change.file}\``, String(change.line), change.current, change.to]),
    });
}
function pullRequestBody(release, plan) {
    const notChanged = plan.unchangeable.map((item) => `- \`${item.file}:${item.line}\`: ${item.reason}`);
    const marker = JSON.stringify({
        ecosystem: release.ecosystem,
        package: release.package,
        version: release.version,
        ...(release.producer ? { producer: release.producer } : {}),
    });
    return [
        `Updates \`${release.package}\` (${release.ecosystem}) to **${release.version}**.`,
        '',
        changesTable(plan.changes),
        ...(release.changelogUrl ? ['', `Release notes: ${release.changelogUrl}`] : []),
        ...(notChanged.length > 0 ? ['', 'Not changed:', ...notChanged] : []),
        ...(release.producer
            ? [
                '',
                `When this pull request's checks fail, \`rampart deps report-failure\` tells ${release.producer}.`,
            ]
            : []),
        '',
        `<!-- rampart-dependency: ${marker} -->`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/deps/inputs.ts
/** What the CLI and the actions share when turning flags, inputs and the runner's environment into core options. */





/**
 * The release an event file carries: a repository_dispatch payload, an EventBridge event, Rampart's
 * update pull request (its body's marker), or a GitHub release (its tag and page).
 */
/** How the actions name the release's inputs in their messages. */
const RELEASE_INPUT_NAMES = {
    package: 'input "package"',
    ecosystem: 'input "ecosystem"',
    version: 'input "version"',
    changelogUrl: 'input "changelog-url"',
    producer: 'input "producer"',
};
async function releaseFieldsOfEventFile(file) {
    if (!file)
        return {};
    const text = await (0,files/* readInputFile */.jH)(file, 'the event');
    let event;
    try {
        event = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.d([`${file}: not valid JSON: ${error.message}`]);
    }
    const fromPayload = releaseFieldsOfEvent(event);
    if (Object.keys(fromPayload).length > 0)
        return fromPayload;
    const { pull_request: pullRequest, release } = (event ?? {});
    if (pullRequest)
        return markedRelease(pullRequest.body) ?? {};
    if (release?.tag_name)
        return { version: release.tag_name.replace(/^v(?=\d)/, ''), changelogUrl: release.html_url };
    return {};
}
/** Where report-failure reports: the producer's tracking issue (when the producer is known), SNS, EventBridge. */
function failureTargets(inputs, names) {
    const targets = {
        github: inputs.producer
            ? githubTarget(inputs.producer, inputs.token, inputs.apiUrl, {
                repository: names.producer,
                token: names.token,
                purpose: `for the tracking issue in ${inputs.producer}`,
            })
            : undefined,
        snsTopicArn: inputs.snsTopicArn,
        eventBus: inputs.eventBus,
        region: inputs.region,
    };
    if (!targets.github && !targets.snsTopicArn && !targets.eventBus) {
        throw new errors/* InputError */.d([
            `nothing to report to: give ${names.producer} (tracking issue), ${names.snsTopicArn} or ${names.eventBus}`,
        ]);
    }
    return targets;
}
/** A GitHub repository to work in, or bad input naming where the value came from. */
function githubTarget(repository, token, apiUrl, names) {
    const problems = [];
    if (!repository)
        problems.push(`${names.repository} is needed ${names.purpose}`);
    if (!token)
        problems.push(`${names.token} is needed ${names.purpose}`);
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    try {
        return {
            client: new rest_client/* GitHubClient */.jh({ token: token ?? '', apiUrl }),
            repository: (0,rest_client/* parseRepository */.SU)(repository ?? ''),
        };
    }
    catch (error) {
        throw new errors/* InputError */.d([`${names.repository}: ${error.message}`]);
    }
}
/** `Name <email>` as git writes an identity. */
function parseIdentity(text, where) {
    const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!match)
        throw new errors/* InputError */.d([`${where} "${text}" is not "Name <email>"`]);
    return { name: match[1] ?? '', email: match[2] ?? '' };
}
/** The link to this workflow run on GitHub Actions, or this build on CodeBuild. */
function runUrlOf(env) {
    if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
        return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
    }
    return env.CODEBUILD_BUILD_URL || undefined;
}
function defaultRegion(env) {
    return env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1';
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/deps/editors/declarations.ts
function noFindings() {
    return { declarations: [], unchangeable: [] };
}
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
    }
    return line;
}
function declarationAt(file, start, end) {
    return {
        file: file.path,
        line: lineAt(file.text, start),
        start,
        end,
        current: file.text.slice(start, end),
    };
}
function unchangeableAt(file, offset, reason) {
    return { file: file.path, line: lineAt(file.text, offset), reason };
}
/** The text with each declaration's version replaced by `version`, every other byte as it was. */
function spliceVersion(text, declarations, version) {
    const unique = [...new Map(declarations.map((declaration) => [declaration.start, declaration])).values()];
    let result = text;
    for (const declaration of unique.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, declaration.start) + version + result.slice(declaration.end);
    }
    return result;
}
/** The last segment of a `/`-separated path. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function directoryOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function joinPath(directory, name) {
    return directory ? `${directory}/${name}` : name;
}

;// CONCATENATED MODULE: ./src/deps/lockfile.ts
/** npm lockfiles follow their package.json: `npm install --package-lock-only --ignore-scripts`. */



const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const LOCKFILE = 'package-lock.json';
/** A registry slow to answer is still an answer; a hung one is not. */
const NPM_TIMEOUT_MS = 10 * 60_000;
const npmLockfileRefresher = async (directory) => {
    try {
        await execFileAsync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: directory, timeout: NPM_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 });
    }
    catch (error) {
        const { stderr, message } = error;
        const lines = (stderr || message).trim().split('\n');
        throw new Error(`npm install --package-lock-only failed in ${directory}: ${lines.slice(-5).join(' | ')}`);
    }
};
/**
 * The lockfiles (repository-relative) that cover the changed package.json files: the nearest
 * package-lock.json at or above each one (a workspace root's lockfile covers its members).
 */
function lockfilesFor(changedFiles, trackedFiles) {
    const tracked = new Set(trackedFiles);
    const lockfiles = new Set();
    for (const file of changedFiles.filter((path) => baseName(path) === 'package.json')) {
        for (let directory = directoryOf(file);; directory = directoryOf(directory)) {
            const candidate = joinPath(directory, LOCKFILE);
            if (tracked.has(candidate)) {
                lockfiles.add(candidate);
                break;
            }
            if (!directory)
                break;
        }
    }
    return [...lockfiles];
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
;// CONCATENATED MODULE: ./src/deps/notify.ts
/**
 * The producer side: tell every consumer about a release. GitHub repositories get a
 * `repository_dispatch` event; EventBridge buses get an event shaped like CodeArtifact's, so that a
 * consumer's rule for CodeArtifact releases matches it too.
 */







async function notifyConsumers(options) {
    const consumers = consumersOf(options.consumers, options.release.package);
    const repositories = consumers.filter((consumer) => consumer.kind === 'repository').map(consumerName);
    if (!options.github && repositories.length > 0) {
        throw new errors/* InputError */.d([
            `a GitHub token is needed to send repository_dispatch events to ${repositories.join(', ')}`,
        ]);
    }
    const origin = consumers.some((consumer) => consumer.kind === 'eventBus')
        ? await eventOrigin(options)
        : undefined;
    const deliveries = [];
    for (const consumer of consumers) {
        deliveries.push(await deliver(consumer, options, origin));
    }
    return deliveries;
}
async function deliver(consumer, options, origin) {
    const via = consumer.kind === 'repository' ? 'repository_dispatch' : 'EventBridge';
    try {
        const detail = consumer.kind === 'repository'
            ? await dispatch(options.github, consumer.repository, options.release)
            : await putEvent(consumer.eventBus, options.release, origin);
        return { consumer: consumerName(consumer), via, status: 'sent', detail };
    }
    catch (error) {
        return { consumer: consumerName(consumer), via, status: 'failed', detail: error.message };
    }
}
async function dispatch(github, repository, release) {
    const { owner, repo } = (0,rest_client/* parseRepository */.SU)(repository);
    await github.request('POST', `/repos/${owner}/${repo}/dispatches`, {
        event_type: DISPATCH_EVENT_TYPE,
        client_payload: dispatchPayload(release),
    });
    return `${DISPATCH_EVENT_TYPE} sent to ${repository}`;
}
async function putEvent(bus, release, origin) {
    const eventId = await putOneEvent(bus, origin.region, {
        Source: RAMPART_EVENT_SOURCE,
        DetailType: CODEARTIFACT_DETAIL_TYPE,
        Detail: JSON.stringify(codeArtifactShapedDetail(release, origin)),
        Resources: [codeArtifactPackageArn(release, origin)],
    });
    return `event ${eventId} put on ${bus}`;
}
async function eventOrigin(options) {
    const sts = (0,client_factory/* createAwsClient */.G)(client_sts_dist_cjs/* STSClient */.iM, { region: options.region });
    const identity = await sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({}));
    return {
        account: identity.Account ?? '',
        region: options.region,
        partition: identity.Arn?.split(':')[1],
        domainName: options.domainName,
        repositoryName: options.repositoryName,
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/runtime/git.ts
var git = __webpack_require__(8636);
;// CONCATENATED MODULE: ./src/deps/git-branch.ts
/**
 * The git side of an update: a temporary worktree of the base branch (the checkout the user ran in
 * is never touched), one commit, and a push of the update branch only when its content changes.
 */




/** The commit trailer that marks Rampart's own commits on an update branch. */
const UPDATE_TRAILER = 'Rampart-Update';
/** The branch pull requests go to: given, else where the remote's HEAD points, else the current branch. */
async function defaultBaseBranch(root, remote) {
    const remoteHead = await (0,git/* git */.$)(root, [
        'symbolic-ref',
        '--quiet',
        '--short',
        `refs/remotes/${remote}/HEAD`,
    ]).catch(() => '');
    if (remoteHead.trim())
        return remoteHead.trim().slice(remote.length + 1);
    const current = await (0,git/* git */.$)(root, ['branch', '--show-current']).catch(() => '');
    return current.trim() || undefined;
}
/** A detached worktree of the remote's base branch, fetched fresh. */
async function baseWorktree(root, remote, base) {
    const tracking = `refs/remotes/${remote}/${base}`;
    await (0,git/* git */.$)(root, ['fetch', '--quiet', remote, `+refs/heads/${base}:${tracking}`]);
    const path = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rampart-update-'));
    await (0,git/* git */.$)(root, ['worktree', 'add', '--quiet', '--detach', path, tracking]);
    return {
        path,
        remove: async () => {
            await (0,git/* git */.$)(root, ['worktree', 'remove', '--force', path]).catch(() => undefined);
            await (0,promises_.rm)(path, { recursive: true, force: true });
        },
    };
}
/** Every tracked file, repository-relative. */
async function trackedFiles(path) {
    return (await (0,git/* git */.$)(path, ['ls-files', '-z'])).split('\0').filter(Boolean);
}
async function readFiles(path, names) {
    return Promise.all(names.map(async (name) => ({ path: name, text: await (0,promises_.readFile)((0,external_node_path_.join)(path, name), 'utf8') })));
}
async function writeFiles(path, files) {
    await Promise.all([...files].map(([name, text]) => (0,promises_.writeFile)((0,external_node_path_.join)(path, name), text)));
}
/** Commits the named files with `message` and the Rampart trailer naming the update. */
async function commitFiles(path, names, message, update, identity) {
    await (0,git/* git */.$)(path, ['add', '--', ...names]);
    await (0,git/* git */.$)(path, [
        '-c',
        'commit.gpgsign=false',
        'commit',
        '--quiet',
        '--no-verify',
        '-m',
        message,
        '-m',
        `${UPDATE_TRAILER}: ${update}`,
    ], {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    });
}
/**
 * Pushes HEAD to the branch unless the branch already has the same content. A branch whose last
 * commit is not Rampart's (someone fixed the build there) is left alone.
 */
async function pushIfChanged(path, remote, branch) {
    const ref = `refs/heads/${branch}`;
    const remoteCommit = (await (0,git/* git */.$)(path, ['ls-remote', remote, ref])).split(/\s/)[0] ?? '';
    if (remoteCommit) {
        await (0,git/* git */.$)(path, ['fetch', '--quiet', remote, ref]);
        const [theirs, ours] = await Promise.all([treeOf(path, remoteCommit), treeOf(path, 'HEAD')]);
        if (theirs === ours)
            return { pushed: false, reason: 'same-content' };
        const message = await (0,git/* git */.$)(path, ['log', '-1', '--format=%B', remoteCommit]);
        if (!message.includes(`${UPDATE_TRAILER}: `))
            return { pushed: false, reason: 'not-ours' };
    }
    // The lease: push only over the commit just seen (or onto no branch at all).
    await (0,git/* git */.$)(path, ['push', '--quiet', `--force-with-lease=${ref}:${remoteCommit}`, remote, `HEAD:${ref}`]);
    return { pushed: true };
}
async function treeOf(path, commit) {
    return (await (0,git/* git */.$)(path, ['rev-parse', `${commit}^{tree}`])).trim();
}

;// CONCATENATED MODULE: ./src/deps/editors/code-text.ts
/**
 * Groovy and Kotlin build scripts as text: the comments blanked out (same length, line breaks kept),
 * so that patterns find only live code and their offsets still point into the original text.
 */
function withoutComments(text) {
    // One array item per UTF-16 code unit, as String.slice counts offsets.
    const units = text.split('');
    let index = 0;
    while (index < text.length) {
        const end = skipToken(text, index);
        if (text.startsWith('//', index) || text.startsWith('/*', index))
            blank(units, index, end);
        index = end;
    }
    return units.join('');
}
/** The offset after the comment, string or single character at `index`. */
function skipToken(text, index) {
    if (text.startsWith('//', index))
        return endOrLength(text.indexOf('\n', index), 0, text);
    if (text.startsWith('/*', index))
        return endOrLength(text.indexOf('*/', index + 2), 2, text);
    for (const triple of ['"""', "'''"]) {
        if (text.startsWith(triple, index))
            return endOrLength(text.indexOf(triple, index + 3), 3, text);
    }
    const quote = text[index];
    if (quote === '"' || quote === "'")
        return endOfQuoted(text, index, quote);
    return index + 1;
}
function endOrLength(found, closingLength, text) {
    return found === -1 ? text.length : found + closingLength;
}
/** A one-line string ends at its closing quote (not one after a backslash) or the line's end. */
function endOfQuoted(text, index, quote) {
    for (let position = index + 1; position < text.length; position++) {
        const char = text[position];
        if (char === '\\')
            position++;
        else if (char === quote)
            return position + 1;
        else if (char === '\n')
            return position;
    }
    return text.length;
}
function blank(chars, start, end) {
    for (let index = start; index < end; index++) {
        if (chars[index] !== '\n' && chars[index] !== '\r')
            chars[index] = ' ';
    }
}

;// CONCATENATED MODULE: ./src/deps/editors/gradle-build.ts
/**
 * Gradle build.gradle (Groovy) and build.gradle.kts (Kotlin): string notation
 * `"group:name:version[:classifier][@ext]"` and map notation `group: 'g', name: 'n', version: 'v'`
 * (Kotlin: `group = "g", name = "n", version = "v"`). A version written as `$name` / `${name}` (or a
 * bare `name` in map notation) is followed to its assignment in the same script or to
 * gradle.properties. Comments are ignored.
 */



const STRING_NOTATION = /(["'])([\w.-]+):([\w.-]+):([^"':@\s]+)(?::[\w.-]+)?(?:@[\w.-]+)?\1/dg;
const MAP_NOTATION = /\bgroup\s*[:=]\s*(["'])([^"'\n]+)\1\s*,\s*name\s*[:=]\s*(["'])([^"'\n]+)\3\s*,\s*version\s*[:=]\s*(?:(["'])([^"'\n]+)\5|([A-Za-z_]\w*))/dg;
const VARIABLE_REFERENCE = /^\$\{?([A-Za-z_]\w*)\}?$/;
const gradleBuildEditor = {
    kind: 'Gradle build script',
    ecosystem: 'maven',
    handles: (path) => ['build.gradle', 'build.gradle.kts'].includes(baseName(path)),
    find(file, packageName, context) {
        const code = withoutComments(file.text);
        const [group, name] = packageName.split(':');
        const findings = noFindings();
        for (const match of code.matchAll(STRING_NOTATION)) {
            if (match[2] !== group || match[3] !== name)
                continue;
            const [start, end] = match.indices?.[4] ?? [0, 0];
            const variable = match[1] === '"' ? VARIABLE_REFERENCE.exec(match[4] ?? '')?.[1] : undefined;
            addVersion({ file, code, context, findings }, start, end, variable);
        }
        for (const match of code.matchAll(MAP_NOTATION)) {
            if (match[2] !== group || match[4] !== name)
                continue;
            const quoted = match.indices?.[6];
            const variable = quoted ? VARIABLE_REFERENCE.exec(match[6] ?? '')?.[1] : match[7];
            const [start, end] = quoted ?? match.indices?.[7] ?? [0, 0];
            addVersion({ file, code, context, findings }, start, end, variable);
        }
        return findings;
    },
};
function addVersion(search, start, end, variable) {
    const { file, findings } = search;
    const written = file.text.slice(start, end);
    if (variable) {
        followVariable(search, variable, start);
    }
    else if (isPlainVersion(written)) {
        findings.declarations.push(declarationAt(file, start, end));
    }
    else {
        findings.unchangeable.push(unchangeableAt(file, start, `version "${written}" is not a plain version`));
    }
}
/** `def v = '1.0'`, `val v = "1.0"`, `ext.v = '1.0'`, `v = '1.0'` in an ext block; else gradle.properties. */
function followVariable(search, variable, referenceAt) {
    const { file, code, findings } = search;
    const assignment = new RegExp(String.raw `(?:(?<![\w$])ext\.|(?<![\w.$]))${variable}\s*=\s*(["'])([^"'$\\\n]*)\1`, 'dg');
    const inScript = [...code.matchAll(assignment)].map((match) => match.indices?.[2] ?? [0, 0]);
    const located = inScript.length > 0 ? { file, ranges: inScript } : inGradleProperties(search, variable);
    if (!located) {
        findings.unchangeable.push(unchangeableAt(file, referenceAt, `version comes from ${variable}, set neither in this script nor in gradle.properties`));
        return;
    }
    for (const [start, end] of located.ranges) {
        const value = located.file.text.slice(start, end);
        if (isPlainVersion(value))
            findings.declarations.push(declarationAt(located.file, start, end));
        else
            findings.unchangeable.push(unchangeableAt(located.file, start, `${variable} is "${value}", not a plain version`));
    }
}
/** The property in gradle.properties beside the script, or at the repository root. */
function inGradleProperties({ file, context }, variable) {
    const candidates = [joinPath(directoryOf(file.path), 'gradle.properties'), 'gradle.properties'];
    for (const path of new Set(candidates)) {
        const properties = context.readFile(path);
        const match = properties &&
            new RegExp(String.raw `^[ \t]*${variable}[ \t]*[=:][ \t]*(\S.*?)[ \t]*\r?$`, 'md').exec(properties.text);
        if (properties && match?.indices?.[1])
            return { file: properties, ranges: [match.indices[1]] };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/deps/editors/xml-elements.ts
/**
 * A small XML reader for build files: the element tree with each element's offsets in the text, so
 * that an editor can change one element's content in place. Comments, CDATA, processing instructions
 * and the doctype are skipped; namespaces, entities and validation are not its business.
 */
class XmlSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'XmlSyntaxError';
    }
}
const SKIPPED = [
    ['<!--', '-->', 'comment'],
    ['<![CDATA[', ']]>', 'CDATA section'],
    ['<?', '?>', 'processing instruction'],
];
/** The top-level elements of a document (normally one). */
function readXmlElements(text) {
    const root = { name: '', start: 0, contentStart: 0, contentEnd: text.length, children: [] };
    const open = [root];
    let position = text.indexOf('<');
    while (position !== -1) {
        position = readMarkup(text, position, open);
        position = text.indexOf('<', position);
    }
    const unclosed = open[open.length - 1];
    if (unclosed && unclosed !== root) {
        throw new XmlSyntaxError(`<${unclosed.name}> is never closed`, unclosed.start);
    }
    return root.children;
}
/** Reads the markup at `position` (a `<`) and returns the offset after it. */
function readMarkup(text, position, open) {
    for (const [opening, closing, what] of SKIPPED) {
        if (text.startsWith(opening, position))
            return endOf(text, position, closing, what);
    }
    if (text.startsWith('<!', position))
        return endOfDoctype(text, position);
    if (text.startsWith('</', position))
        return closeElement(text, position, open);
    return openElement(text, position, open);
}
function endOf(text, position, closing, what) {
    const end = text.indexOf(closing, position);
    if (end === -1)
        throw new XmlSyntaxError(`${what} is never closed`, position);
    return end + closing.length;
}
function endOfDoctype(text, position) {
    const subset = text.indexOf('[', position);
    const close = text.indexOf('>', position);
    // An internal subset ([...]) may hold `>` of its own declarations.
    if (subset !== -1 && subset < close)
        return endOf(text, endOf(text, subset, ']', 'doctype'), '>', 'doctype');
    return endOf(text, position, '>', 'doctype');
}
function openElement(text, position, open) {
    const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(position, position + 200))?.[1];
    if (!name)
        throw new XmlSyntaxError('"<" does not start a tag', position);
    const tagEnd = endOfTag(text, position + name.length + 1);
    const element = {
        name,
        start: position,
        contentStart: tagEnd,
        contentEnd: tagEnd,
        children: [],
    };
    open[open.length - 1]?.children.push(element);
    if (text[tagEnd - 2] !== '/')
        open.push(element);
    return tagEnd;
}
/** The offset after the `>` that ends a start tag, skipping quoted attribute values. */
function endOfTag(text, position) {
    let quote;
    for (let index = position; index < text.length; index++) {
        const char = text[index];
        if (quote) {
            if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'") {
            quote = char;
        }
        else if (char === '>') {
            return index + 1;
        }
    }
    throw new XmlSyntaxError('a start tag is never closed with ">"', position);
}
function closeElement(text, position, open) {
    const match = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(position, position + 200));
    const element = open[open.length - 1];
    if (!match || !element || element.name !== match[1]) {
        const expected = element?.name ? `</${element.name}>` : 'no end tag';
        throw new XmlSyntaxError(`found ${match ? `</${match[1]}>` : '"</"'} where ${expected} belongs`, position);
    }
    element.contentEnd = position;
    open.pop();
    return position + match[0].length;
}
/** A direct child by name. */
function childNamed(element, name) {
    return element.children.find((child) => child.name === name);
}
/** The element's text content, trimmed, with its offsets; undefined when it holds markup. */
function textOf(text, element) {
    const raw = text.slice(element.contentStart, element.contentEnd);
    if (raw.includes('<') || raw.includes('&'))
        return undefined;
    const leading = raw.length - raw.trimStart().length;
    const value = raw.trim();
    return { value, start: element.contentStart + leading, end: element.contentStart + leading + value.length };
}
/** Every element of the tree, depth first. */
function* allElements(elements) {
    for (const element of elements) {
        yield element;
        yield* allElements(element.children);
    }
}

;// CONCATENATED MODULE: ./src/deps/editors/maven-pom.ts
/**
 * Maven pom.xml: every element that names the package by `groupId` and `artifactId` (a dependency,
 * managed dependency, parent, plugin or extension) and has its own `version`, either written there
 * or in the project's `<properties>` entry it references as `${name}`.
 */




const mavenPomEditor = {
    kind: 'Maven pom.xml',
    ecosystem: 'maven',
    handles: (path) => baseName(path) === 'pom.xml',
    find(file, packageName) {
        const project = readProject(file);
        const findings = noFindings();
        if (!project)
            return findings;
        const [groupId, artifactId] = packageName.split(':');
        const valueOf = (element, name) => {
            const child = childNamed(element, name);
            return child && textOf(file.text, child)?.value;
        };
        for (const element of allElements(project.children)) {
            if (valueOf(element, 'groupId') !== groupId || valueOf(element, 'artifactId') !== artifactId)
                continue;
            const version = childNamed(element, 'version');
            // No version of its own: dependencyManagement, a BOM or the parent decides it.
            if (version)
                maven_pom_addVersion(file, project, version, findings);
        }
        return findings;
    },
};
function readProject(file) {
    try {
        return readXmlElements(file.text).find((element) => element.name === 'project');
    }
    catch (error) {
        if (!(error instanceof XmlSyntaxError))
            throw error;
        throw new errors/* InputError */.d([
            `${file.path}:${lineAt(file.text, error.offset)}: not well-formed XML: ${error.message}`,
        ]);
    }
}
function maven_pom_addVersion(file, project, version, findings) {
    const text = textOf(file.text, version);
    if (!text) {
        findings.unchangeable.push(unchangeableAt(file, version.start, 'the <version> holds markup, not a version'));
        return;
    }
    const property = /^\$\{([^}]+)\}$/.exec(text.value)?.[1];
    if (property) {
        addProperty(file, project, property, version.start, findings);
    }
    else if (isPlainVersion(text.value)) {
        findings.declarations.push(declarationAt(file, text.start, text.end));
    }
    else {
        findings.unchangeable.push(unchangeableAt(file, text.start, `version "${text.value}" is a range or expression`));
    }
}
function addProperty(file, project, name, referenceAt, findings) {
    if (/^(project|pom|parent)\./.test(name)) {
        findings.unchangeable.push(unchangeableAt(file, referenceAt, `\${${name}} is the project's own version`));
        return;
    }
    const properties = childNamed(project, 'properties');
    const definition = properties && childNamed(properties, name);
    const text = definition && textOf(file.text, definition);
    if (!text) {
        findings.unchangeable.push(unchangeableAt(file, referenceAt, `\${${name}} is not a property of this pom.xml (a parent's? change it there)`));
    }
    else if (isPlainVersion(text.value)) {
        findings.declarations.push(declarationAt(file, text.start, text.end));
    }
    else {
        findings.unchangeable.push(unchangeableAt(file, text.start, `property ${name} is "${text.value}", not a plain version`));
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/deps/editors/npm-package.ts
/**
 * npm package.json: the package under dependencies, devDependencies, peerDependencies or
 * optionalDependencies, written as a version or a `^` / `~` / `>=` / `=` range of one; the range
 * operator stays. JSON is YAML 1.2, so the yaml parser gives every value's offsets in the text.
 */



const DEPENDENCY_SECTIONS = [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
];
/** An operator, then a version (1.2.3, 1.2, 1.2.3-beta.1); the version is what changes. */
const SIMPLE_RANGE = /^(\^|~|>=|=)?\s*(v?)(\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?)$/;
const npmPackageEditor = {
    kind: 'npm package.json',
    ecosystem: 'npm',
    handles: (path) => baseName(path) === 'package.json',
    find(file, packageName) {
        const manifest = readManifest(file);
        const findings = noFindings();
        if (!(0,dist/* isMap */.jh)(manifest))
            return findings;
        for (const section of DEPENDENCY_SECTIONS) {
            const dependencies = manifest.get(section, true);
            if (!(0,dist/* isMap */.jh)(dependencies))
                continue;
            for (const pair of dependencies.items) {
                if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === packageName)
                    addRange(file, pair.value, findings);
            }
        }
        return findings;
    },
};
function readManifest(file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(file.text, { lineCounter, prettyErrors: false });
    const [error] = document.errors;
    if (error) {
        const { line } = lineCounter.linePos(error.pos[0]);
        throw new errors/* InputError */.d([`${file.path}:${line}: not valid JSON: ${error.message.split('\n')[0]}`]);
    }
    return document.contents;
}
function addRange(file, node, findings) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return;
    // Inside the quotes; a value written with escapes is not the text it reads as, and is left alone.
    const [start, end] = [node.range[0] + 1, node.range[1] - 1];
    const written = file.text.slice(start, end);
    const range = SIMPLE_RANGE.exec(written);
    if (written !== node.value || !range) {
        findings.unchangeable.push(unchangeableAt(file, start, `"${node.value}" is not a version or a ^ / ~ / >= range of one`));
        return;
    }
    const versionStart = end - (range[3] ?? '').length;
    findings.declarations.push(declarationAt(file, versionStart, end));
}

;// CONCATENATED MODULE: ./src/deps/editors/python-specifiers.ts
/**
 * Python version specifiers: PEP 508 requirements (`acme-lib[extra] >=1.2, <2 ; python_version > "3.8"`)
 * and Poetry constraints (`^1.2.3`, `~1.2`, `1.2.3`). The clause that pins the version (`==`, `~=`,
 * `>=`, Poetry's `^` / `~` / bare) is the one that changes; the other clauses are kept as
 * constraints the new version must meet.
 */



const PEP_440_PINS = ['==', '===', '~=', '>='];
const POETRY_PINS = ['^', '~', '==', '=', '>=', '~=', ''];
const REQUIREMENT_NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*/;
const CLAUSE = /^\s*(\^|~=|~|===|==|!=|<=|>=|<|>|=)?\s*(\S+?)\s*$/;
/** A PEP 508 requirement at [start, end) of the file; only when it names `packageName`. */
function addRequirement(file, start, end, packageName, findings) {
    const text = file.text.slice(start, end);
    const head = REQUIREMENT_NAME.exec(text);
    if (!head || !samePackage('pypi', head[1] ?? '', packageName))
        return;
    const markers = text.indexOf(';', head[0].length);
    const specifierEnd = start + (markers === -1 ? text.length : markers);
    const specifier = file.text.slice(start + head[0].length, specifierEnd);
    if (specifier.trimStart().startsWith('@')) {
        findings.unchangeable.push(unchangeableAt(file, start, 'it is a direct reference (name @ URL), not a version'));
        return;
    }
    addSpecifier(file, start + head[0].length, specifierEnd, PEP_440_PINS, findings);
}
/** A specifier (comma-separated clauses, maybe in parentheses) at [start, end) of the file. */
function addSpecifier(file, start, end, pins, findings) {
    const clauses = clausesOf(file.text, start, end);
    const written = file.text.slice(start, end).trim();
    if (clauses.length === 0) {
        findings.unchangeable.push(unchangeableAt(file, start, 'it has no version (any version goes)'));
        return;
    }
    const pin = clauses.find((clause) => pins.includes(clause.operator) && isPlainVersion(clause.version));
    if (!pin) {
        const allowed = pins.filter(Boolean).join(' ');
        findings.unchangeable.push(unchangeableAt(file, start, `"${written}" pins no plain version with ${allowed}`));
        return;
    }
    const constraints = clauses
        .filter((clause) => clause !== pin)
        .map(({ operator, version }) => ({ operator, version }));
    findings.declarations.push({ ...declarationAt(file, pin.start, pin.end), constraints });
}
function clausesOf(text, start, end) {
    const clauses = [];
    let position = start;
    for (const part of text.slice(start, end).split(',')) {
        const unwrapped = part.replace(/[()]/g, ' ');
        const match = CLAUSE.exec(unwrapped);
        if (match?.[2] && match[2] !== '*') {
            const versionStart = position + unwrapped.lastIndexOf(match[2]);
            clauses.push({
                operator: match[1] ?? '',
                version: match[2],
                start: versionStart,
                end: versionStart + match[2].length,
            });
        }
        position += part.length + 1;
    }
    return clauses;
}

;// CONCATENATED MODULE: ./src/deps/editors/toml.ts
/**
 * A TOML reader for build files (gradle/libs.versions.toml, pyproject.toml) that keeps where every
 * string value is in the text, so that an editor can change one value in place. It reads tables,
 * arrays of tables, dotted keys, strings, arrays and inline tables; other values (numbers, dates,
 * booleans) are kept as raw text.
 */


class TomlSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'TomlSyntaxError';
    }
}
function readToml(text) {
    return new TomlReader(text).document();
}
/** readToml, with a syntax error as bad input naming the file and line. */
function readTomlFile(file) {
    try {
        return readToml(file.text);
    }
    catch (error) {
        if (!(error instanceof TomlSyntaxError))
            throw error;
        throw new errors/* InputError */.d([
            `${file.path}:${lineAt(file.text, error.offset)}: not valid TOML: ${error.message}`,
        ]);
    }
}
/** The value at a dotted key among entries (`version.ref` matches `version = { ref = … }` too). */
function valueAt(entries, key) {
    for (const entry of entries) {
        const length = Math.min(entry.key.length, key.length);
        if (!entry.key.slice(0, length).every((part, index) => part === key[index]))
            continue;
        if (entry.key.length === key.length)
            return entry.value;
        if (entry.key.length < key.length && entry.value.kind === 'table') {
            const found = valueAt(entry.value.entries, key.slice(entry.key.length));
            if (found)
                return found;
        }
    }
    return undefined;
}
/**
 * The entries under `[table]`, with keys relative to it: `[tool]` with `poetry.dependencies.x = …`
 * is the same entry as `[tool.poetry.dependencies]` with `x = …`.
 */
function entriesOf(entries, table) {
    return entries.flatMap((entry) => {
        const path = [...entry.table, ...entry.key];
        const inside = path.length > table.length && sameKey(path.slice(0, table.length), table);
        return inside ? [{ ...entry, table, key: path.slice(table.length) }] : [];
    });
}
/**
 * The entries of a table grouped by their first key: `a = { b = 1 }` and `a.b = 1` both give
 * a → [b = 1]; a plain `a = "x"` gives a → [(empty key) = "x"].
 */
function groupByName(entries) {
    const groups = new Map();
    for (const entry of entries) {
        const [name = '', ...rest] = entry.key;
        const members = rest.length === 0 && entry.value.kind === 'table' ? entry.value.entries : [{ ...entry, key: rest }];
        groups.set(name, [...(groups.get(name) ?? []), ...members]);
    }
    return groups;
}
function sameKey(a, b) {
    return a.length === b.length && a.every((part, index) => part === b[index]);
}
const BARE_KEY = /[A-Za-z0-9_-]/;
class TomlReader {
    text;
    position = 0;
    constructor(text) {
        this.text = text;
    }
    document() {
        const entries = [];
        let table = [];
        for (this.skipBlank(true); this.position < this.text.length; this.skipBlank(true)) {
            if (this.peek() === '[') {
                table = this.header();
            }
            else {
                entries.push(this.entry(table));
            }
            this.endOfLine();
        }
        return entries;
    }
    header() {
        const array = this.text.startsWith('[[', this.position);
        this.position += array ? 2 : 1;
        this.skipBlank(false);
        const key = this.key();
        this.expect(array ? ']]' : ']');
        return key;
    }
    entry(table) {
        const start = this.position;
        const key = this.key();
        this.expect('=');
        this.skipBlank(false);
        return { table, key, value: this.value(), start };
    }
    key() {
        const parts = [];
        for (;;) {
            this.skipBlank(false);
            const char = this.peek();
            if (char === '"' || char === "'") {
                const value = this.quoted();
                parts.push(value.kind === 'string' ? value.value : '');
            }
            else {
                const start = this.position;
                while (this.position < this.text.length && BARE_KEY.test(this.text[this.position] ?? ''))
                    this.position++;
                if (start === this.position)
                    throw this.error('a key is missing');
                parts.push(this.text.slice(start, this.position));
            }
            this.skipBlank(false);
            if (this.peek() !== '.')
                return parts;
            this.position++;
        }
    }
    value() {
        const char = this.peek();
        if (char === '"' || char === "'")
            return this.quoted();
        if (char === '[')
            return this.array();
        if (char === '{')
            return this.inlineTable();
        const start = this.position;
        const end = /[,\]}#\r\n]/.exec(this.text.slice(start))?.index;
        this.position = end === undefined ? this.text.length : start + end;
        const raw = this.text.slice(start, this.position).trimEnd();
        if (!raw)
            throw this.error('a value is missing');
        this.position = start + raw.length;
        return { kind: 'other', raw, start };
    }
    quoted() {
        const quote = this.peek() ?? '"';
        const multiline = this.text.startsWith(quote.repeat(3), this.position);
        const delimiter = multiline ? quote.repeat(3) : quote;
        const start = this.position + delimiter.length;
        let index = start;
        for (; index < this.text.length; index++) {
            if (this.text.startsWith(delimiter, index))
                break;
            if (quote === '"' && this.text[index] === '\\')
                index++;
            else if (!multiline && this.text[index] === '\n')
                throw this.error('a string is not closed on its line');
        }
        if (index >= this.text.length)
            throw this.error('a string is never closed');
        this.position = index + delimiter.length;
        const raw = this.text.slice(start, index);
        const escaped = quote === '"' && raw.includes('\\');
        return {
            kind: 'string',
            value: escaped ? toml_unescape(raw) : raw,
            start,
            end: index,
            verbatim: multiline || escaped,
        };
    }
    array() {
        const start = this.position++;
        const items = [];
        for (this.skipBlank(true); this.peek() !== ']'; this.skipBlank(true)) {
            items.push(this.value());
            this.skipBlank(true);
            if (this.peek() === ',')
                this.position++;
            else if (this.peek() !== ']')
                throw this.error('expected "," or "]" in an array');
        }
        this.position++;
        return { kind: 'array', items, start };
    }
    inlineTable() {
        const start = this.position++;
        const entries = [];
        for (this.skipBlank(true); this.peek() !== '}'; this.skipBlank(true)) {
            entries.push(this.entry([]));
            this.skipBlank(true);
            if (this.peek() === ',')
                this.position++;
            else if (this.peek() !== '}')
                throw this.error('expected "," or "}" in an inline table');
        }
        this.position++;
        return { kind: 'table', entries, start };
    }
    /** Spaces and tabs; with `lines`, also line breaks and comments. */
    skipBlank(lines) {
        while (this.position < this.text.length) {
            const char = this.text[this.position];
            if (char === ' ' || char === '\t')
                this.position++;
            else if (lines && (char === '\n' || char === '\r'))
                this.position++;
            else if (lines && char === '#')
                this.skipComment();
            else
                return;
        }
    }
    skipComment() {
        const end = this.text.indexOf('\n', this.position);
        this.position = end === -1 ? this.text.length : end;
    }
    endOfLine() {
        this.skipBlank(false);
        if (this.peek() === '#')
            this.skipComment();
        if (this.position < this.text.length && !['\n', '\r'].includes(this.peek() ?? '')) {
            throw this.error('expected the end of the line');
        }
    }
    expect(token) {
        this.skipBlank(false);
        if (!this.text.startsWith(token, this.position))
            throw this.error(`expected "${token}"`);
        this.position += token.length;
    }
    peek() {
        return this.text[this.position];
    }
    error(message) {
        return new TomlSyntaxError(message, this.position);
    }
}
function toml_unescape(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/deps/editors/pyproject.ts
/**
 * pyproject.toml: PEP 621 `[project] dependencies` and `optional-dependencies`, PEP 735
 * `[dependency-groups]` (PEP 508 strings), and Poetry's `[tool.poetry.dependencies]`,
 * `dev-dependencies` and `group.<name>.dependencies` (`acme-lib = "^1.2"` or `{ version = "^1.2" }`).
 */




const pyprojectEditor = {
    kind: 'pyproject.toml',
    ecosystem: 'pypi',
    handles: (path) => baseName(path) === 'pyproject.toml',
    find(file, packageName) {
        const entries = readTomlFile(file);
        const findings = noFindings();
        for (const requirement of pep508Strings(entries)) {
            addRequirement(file, requirement.start, requirement.end, packageName, findings);
        }
        for (const entry of poetryDependencies(entries)) {
            if (samePackage('pypi', entry.key.at(-1) ?? '', packageName))
                addPoetryConstraint(file, entry.value, findings);
        }
        return findings;
    },
};
function pep508Strings(entries) {
    const project = entriesOf(entries, ['project']);
    const lists = [
        ...project.filter((entry) => entry.key[0] === 'dependencies' && entry.key.length === 1),
        ...project.filter((entry) => entry.key[0] === 'optional-dependencies' && entry.key.length === 2),
        ...entriesOf(entries, ['dependency-groups']).filter((entry) => entry.key.length === 1),
    ];
    return lists.flatMap((entry) => entry.value.kind === 'array'
        ? entry.value.items.filter((item) => item.kind === 'string' && !item.verbatim)
        : []);
}
/** Entries whose key ends in a package name, relative to a Poetry dependency table. */
function poetryDependencies(entries) {
    return entriesOf(entries, ['tool', 'poetry']).flatMap((entry) => {
        const { key } = entry;
        const table = key[0] === 'group' ? 2 : 0;
        if (!['dependencies', 'dev-dependencies'].includes(key[table] ?? ''))
            return [];
        const rest = key.slice(table + 1);
        // `acme-lib = "^1.2"`, `acme-lib = { version = "^1.2" }` or `acme-lib.version = "^1.2"`.
        if (rest.length === 1)
            return [{ ...entry, key: rest }];
        if (rest.length === 2 && rest[1] === 'version')
            return [{ ...entry, key: rest.slice(0, 1) }];
        return [];
    });
}
function addPoetryConstraint(file, value, findings) {
    const constraint = value.kind === 'table' ? valueAt(value.entries, ['version']) : value;
    if (constraint?.kind === 'string' && !constraint.verbatim) {
        addSpecifier(file, constraint.start, constraint.end, POETRY_PINS, findings);
    }
}

;// CONCATENATED MODULE: ./src/deps/editors/python-requirements.ts
/**
 * pip requirements files (requirements.txt, requirements-dev.txt, …): one requirement per line,
 * with extras, environment markers and comments. Hash-pinned requirements (`--hash`) are reported,
 * not edited: their hashes would no longer match.
 */


const pythonRequirementsEditor = {
    kind: 'pip requirements file',
    ecosystem: 'pypi',
    handles: (path) => /^requirements.*\.txt$/.test(baseName(path)),
    find(file, packageName) {
        const findings = noFindings();
        for (const line of logicalLines(file)) {
            // Blank lines, comments and options (-r other.txt, -e ., --index-url …) name no requirement.
            if (/^\s*(#|-|$)/.test(file.text.slice(line.start, line.end)))
                continue;
            const before = findings.declarations.length + findings.unchangeable.length;
            addRequirement(file, line.start, requirementEnd(file.text, line), packageName, findings);
            const found = findings.declarations.length + findings.unchangeable.length > before;
            if (found && line.continued.includes('--hash')) {
                findings.declarations.pop();
                findings.unchangeable.push(unchangeableAt(file, line.start, 'it is hash-pinned (--hash): regenerate the file, e.g. pip-compile --generate-hashes'));
            }
        }
        return findings;
    },
};
function* logicalLines(file) {
    const { text } = file;
    let start = 0;
    while (start < text.length) {
        const end = lineEnd(text, start);
        let [physicalStart, physicalEnd] = [start, end];
        let next = nextLineStart(text, end);
        while (text.slice(physicalStart, physicalEnd).trimEnd().endsWith('\\') && next < text.length) {
            [physicalStart, physicalEnd] = [next, lineEnd(text, next)];
            next = nextLineStart(text, physicalEnd);
        }
        yield { start, end, continued: text.slice(start, next) };
        start = next;
    }
}
function lineEnd(text, start) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    return text[end - 1] === '\r' ? end - 1 : end;
}
function nextLineStart(text, end) {
    const newline = text.indexOf('\n', end);
    return newline === -1 ? text.length : newline + 1;
}
/** Where the requirement ends: before a comment (` #`), an option (` --hash=…`) or a line continuation. */
function requirementEnd(text, line) {
    const content = text.slice(line.start, line.end);
    const stop = /\s#|\s--?[A-Za-z]|\\\s*$/.exec(content);
    return line.start + (stop ? stop.index : content.length);
}

;// CONCATENATED MODULE: ./src/deps/editors/version-catalog.ts
/**
 * Gradle version catalogs (gradle/libs.versions.toml and other *.versions.toml): a library under
 * `[libraries]` written as `"group:name:version"`, or as a table with `module = "group:name"` (or
 * `group` and `name`) and `version = "…"`, a rich version (`strictly`, `require`, `prefer`) or
 * `version.ref` naming an entry of `[versions]`, where the version is changed then.
 */



const RICH_VERSION_KEYS = ['strictly', 'require', 'prefer'];
const versionCatalogEditor = {
    kind: 'Gradle version catalog',
    ecosystem: 'maven',
    handles: (path) => path.endsWith('.versions.toml'),
    find(file, packageName) {
        const entries = readTomlFile(file);
        const versions = groupByName(entriesOf(entries, ['versions']));
        const findings = noFindings();
        for (const [alias, members] of groupByName(entriesOf(entries, ['libraries']))) {
            const notation = stringNotation(members);
            if (notation) {
                if (notation.module === packageName && notation.version)
                    addString(file, notation.version, findings);
                continue;
            }
            if (moduleOf(members) !== packageName)
                continue;
            const reference = valueAt(members, ['version', 'ref']);
            if (reference?.kind === 'string') {
                addReferenced(file, versions.get(reference.value), reference, alias, findings);
            }
            else {
                addVersions(file, versionMembers(members), findings);
            }
        }
        return findings;
    },
};
/** `alias = "group:name:version"`: the module, and the version's place inside the string. */
function stringNotation(members) {
    const [only] = members;
    if (members.length !== 1 || only?.key.length !== 0 || only.value.kind !== 'string')
        return undefined;
    const { value } = only;
    const parts = value.value.split(':');
    if (parts.length !== 3)
        return { module: value.value };
    const offset = (parts[0] ?? '').length + (parts[1] ?? '').length + 2;
    return {
        module: parts.slice(0, 2).join(':'),
        version: { ...value, value: parts[2] ?? '', start: value.start + offset },
    };
}
function moduleOf(members) {
    const module = valueAt(members, ['module']);
    if (module?.kind === 'string')
        return module.value;
    const [group, name] = [valueAt(members, ['group']), valueAt(members, ['name'])];
    return group?.kind === 'string' && name?.kind === 'string' ? `${group.value}:${name.value}` : undefined;
}
/** The members of a library's `version` (or a `[versions]` entry) with keys relative to it. */
function versionMembers(members) {
    return groupByName(members.filter((member) => member.key[0] === 'version')).get('version') ?? [];
}
function addReferenced(file, members, reference, alias, findings) {
    if (!members) {
        findings.unchangeable.push(unchangeableAt(file, reference.start, `libraries.${alias} refers to versions.${reference.value}, which is not there`));
    }
    else {
        addVersions(file, members, findings);
    }
}
/** A plain `"1.2.3"`, or the `strictly` / `require` / `prefer` of a rich version. */
function addVersions(file, members, findings) {
    for (const member of members) {
        const [key] = member.key;
        if (key === undefined || RICH_VERSION_KEYS.includes(key))
            addString(file, member.value, findings);
    }
}
function addString(file, value, findings) {
    if (value.kind === 'string' && !value.verbatim && isPlainVersion(value.value)) {
        findings.declarations.push(declarationAt(file, value.start, value.start + value.value.length));
    }
    else if (value.kind !== 'table') {
        const shown = value.kind === 'string' ? `"${value.value}"` : 'not a string';
        findings.unchangeable.push(unchangeableAt(file, value.start, `version ${shown} is not a plain version`));
    }
}

;// CONCATENATED MODULE: ./src/deps/editors/index.ts






const BUILD_FILE_EDITORS = [
    mavenPomEditor,
    gradleBuildEditor,
    versionCatalogEditor,
    npmPackageEditor,
    pythonRequirementsEditor,
    pyprojectEditor,
];
function editorsFor(ecosystem) {
    return BUILD_FILE_EDITORS.filter((editor) => editor.ecosystem === ecosystem);
}

;// CONCATENATED MODULE: ./src/deps/plan.ts
/**
 * What an update changes in a repository: every declaration of the package in its build files, each
 * one moved to the new version unless it is already there or newer (never a downgrade), or its own
 * specifier excludes the new version.
 */




/** The build files among `paths` (repository-relative) that an editor of the ecosystem reads, and what they read beside them. */
function isBuildFileFor(release, path) {
    return (editorsFor(release.ecosystem).some((editor) => editor.handles(path)) || path.endsWith('gradle.properties'));
}
function planUpdate(files, release) {
    const byPath = new Map(files.map((file) => [file.path, file]));
    const found = findDeclarations(files, release, byPath);
    if (found.declarations.length === 0 && found.unchangeable.length === 0) {
        const kinds = editorsFor(release.ecosystem).map((editor) => editor.kind);
        throw new errors/* InputError */.d([
            `${release.package} (${release.ecosystem}) is not declared in any build file of this repository (looked for it in ${files.length} file(s): ${kinds.join(', ')})`,
        ]);
    }
    const plan = {
        changes: [],
        atOrAbove: [],
        unchangeable: [...found.unchangeable],
        files: new Map(),
    };
    for (const declaration of found.declarations)
        classify(declaration, release, plan);
    plan.unchangeable.sort(byPlace);
    for (const [path, changes] of groupByFile(plan.changes)) {
        plan.files.set(path, spliceVersion(byPath.get(path)?.text ?? '', changes, release.version));
    }
    return plan;
}
function findDeclarations(files, release, byPath) {
    const context = { readFile: (path) => byPath.get(path) };
    const declarations = new Map();
    const unchangeable = [];
    for (const file of files) {
        for (const editor of editorsFor(release.ecosystem).filter((candidate) => candidate.handles(file.path))) {
            const findings = editor.find(file, release.package, context);
            // Two references to one property or variable are one declaration.
            for (const declaration of findings.declarations)
                declarations.set(`${declaration.file}:${declaration.start}`, declaration);
            unchangeable.push(...findings.unchangeable);
        }
    }
    return { declarations: [...declarations.values()], unchangeable };
}
function classify(declaration, release, plan) {
    const order = compareVersions(declaration.current, release.version, release.ecosystem) ?? 0;
    if (order >= 0) {
        plan.atOrAbove.push(declaration);
        return;
    }
    const unmet = (declaration.constraints ?? []).find((constraint) => !meets(release, constraint));
    if (unmet) {
        plan.unchangeable.push({
            file: declaration.file,
            line: declaration.line,
            reason: `${release.version} does not meet "${unmet.operator}${unmet.version}" written beside it: widen that by hand`,
        });
        return;
    }
    plan.changes.push({ ...declaration, to: release.version });
}
function meets(release, constraint) {
    const order = compareVersions(release.version, constraint.version, release.ecosystem);
    if (order === undefined)
        return true;
    switch (constraint.operator) {
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '!=':
            return order !== 0;
        case '==':
        case '===':
            return order === 0;
        default:
            return true;
    }
}
function byPlace(a, b) {
    return a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1;
}
function groupByFile(changes) {
    const groups = new Map();
    for (const change of changes)
        groups.set(change.file, [...(groups.get(change.file) ?? []), change]);
    return groups;
}

;// CONCATENATED MODULE: ./src/deps/update.ts
/**
 * The consumer side of the loop: apply one released version to a repository's build files, commit it
 * on `rampart/update-<package>-<version>` (or the branch of the pull request already open for the
 * package), push, and open or edit the pull request. Running it again changes nothing.
 */









const DEFAULT_IDENTITY = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
async function updateDependency(options) {
    const { release } = options;
    if (!options.allowPrerelease && isPrerelease(release.version, release.ecosystem)) {
        return {
            status: 'skipped',
            detail: `${release.version} is a SNAPSHOT or pre-release version: skipped (allow pre-releases to apply it)`,
            pushed: false,
        };
    }
    const remote = options.remote ?? 'origin';
    const base = await baseBranch(options, remote);
    const worktree = await baseWorktree(options.root, remote, base);
    try {
        return await updateIn(worktree, { ...options, remote, base });
    }
    finally {
        await worktree.remove();
    }
}
async function updateIn(worktree, options) {
    const { release, github } = options;
    const tracked = await trackedFiles(worktree.path);
    const buildFiles = tracked.filter((path) => isBuildFileFor(release, path));
    const plan = planUpdate(await readFiles(worktree.path, buildFiles), release);
    if (plan.changes.length === 0)
        return nothingToChange(release, plan);
    const existing = github ? await findOpenPullRequest(github, release) : undefined;
    const branch = existing?.branch ?? updateBranchName(release.package, release.version);
    const skipped = await skipReason(github, existing, branch, release);
    if (skipped)
        return { status: 'skipped', detail: skipped, plan, pushed: false };
    await commitChange(worktree, options, plan, tracked);
    const push = await pushIfChanged(worktree.path, options.remote, branch);
    if (!push.pushed && push.reason === 'not-ours') {
        const detail = `${branch} has commits that are not Rampart's: left as it is (apply ${release.version} there by hand)`;
        return { status: 'unchanged', detail, branch, plan, pushed: false };
    }
    const pullRequest = github
        ? await openOrUpdatePullRequest(github, existing, {
            branch,
            base: options.base,
            title: pullRequestTitle(release, plan),
            body: pullRequestBody(release, plan),
        })
        : undefined;
    const changed = push.pushed || (pullRequest !== undefined && pullRequest.action !== 'unchanged');
    return {
        status: changed ? 'updated' : 'unchanged',
        detail: outcomeText(release, branch, push.pushed, pullRequest),
        branch,
        plan,
        pushed: push.pushed,
        pullRequest,
    };
}
/** The edited build files and refreshed lockfiles, committed in the worktree. */
async function commitChange(worktree, options, plan, tracked) {
    const { release } = options;
    await writeFiles(worktree.path, plan.files);
    const lockfiles = await refreshLockfiles(worktree, options, plan, tracked);
    await commitFiles(worktree.path, [...plan.files.keys(), ...lockfiles], `Update ${release.package} to ${release.version}`, `${release.ecosystem} ${release.package} ${release.version}`, options.identity ?? DEFAULT_IDENTITY);
}
async function baseBranch(options, remote) {
    if (options.base)
        return options.base;
    if (options.github) {
        const { owner, repo } = options.github.repository;
        const repository = await options.github.client.request('GET', `/repos/${owner}/${repo}`);
        if (repository.default_branch)
            return repository.default_branch;
    }
    const local = await defaultBaseBranch(options.root, remote);
    if (!local)
        throw new errors/* InputError */.d([`${options.root}: cannot tell the base branch (detached HEAD): name it`]);
    return local;
}
function nothingToChange(release, plan) {
    if (plan.atOrAbove.length === 0) {
        const reasons = plan.unchangeable.map((item) => `${item.file}:${item.line}: ${item.reason}`);
        throw new Error(`${release.package} is declared, but not in a way Rampart can change:\n  ${reasons.join('\n  ')}`);
    }
    const versions = [...new Set(plan.atOrAbove.map((declaration) => declaration.current))].join(', ');
    return {
        status: 'up-to-date',
        detail: `${release.package} is already at ${versions} (not older than ${release.version}): nothing to change`,
        plan,
        pushed: false,
    };
}
/** Never downgrade an open pull request, and never reopen one that someone closed. */
async function skipReason(github, existing, branch, release) {
    if (!github)
        return undefined;
    if (existing && (compareVersions(existing.version, release.version, release.ecosystem) ?? 0) > 0) {
        return `pull request #${existing.number} already updates ${release.package} to ${existing.version}, newer than ${release.version}`;
    }
    const declined = existing ? undefined : await findDeclinedPullRequest(github, branch);
    return declined
        ? `pull request #${declined} for ${release.version} was closed without merging: not opened again`
        : undefined;
}
async function refreshLockfiles(worktree, options, plan, tracked) {
    if (!options.refreshLockfile)
        return [];
    const lockfiles = lockfilesFor([...plan.files.keys()], tracked);
    for (const lockfile of lockfiles)
        await options.refreshLockfile((0,external_node_path_.join)(worktree.path, directoryOf(lockfile)));
    return lockfiles;
}
function outcomeText(release, branch, pushed, pullRequest) {
    const branchText = pushed
        ? `pushed ${branch}`
        : `${branch} already has ${release.package} ${release.version}`;
    if (!pullRequest)
        return branchText;
    const pullText = {
        opened: `opened pull request #${pullRequest.number}`,
        updated: `updated pull request #${pullRequest.number}`,
        unchanged: `pull request #${pullRequest.number} is up to date`,
    }[pullRequest.action];
    return `${branchText}; ${pullText}: ${pullRequest.url}`;
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/deps.ts













const FLAG_NAMES = {
    package: '--package',
    ecosystem: '--ecosystem',
    version: '--version',
    changelogUrl: '--changelog-url',
    producer: '--producer',
};
const RELEASE_FLAGS = [
    {
        name: 'package',
        type: 'string',
        value: 'NAME',
        description: 'The library: group:artifact (maven), name or @scope/name (npm), project name (pypi).',
    },
    { name: 'ecosystem', type: 'string', value: 'maven|npm|pypi', description: 'The package format.' },
    { name: 'version', type: 'string', value: 'VERSION', description: 'The released version.' },
    { name: 'changelog-url', type: 'string', value: 'URL', description: 'Where the release notes are.' },
];
const PRODUCER_FLAG = {
    name: 'producer',
    type: 'string',
    value: 'OWNER/REPO',
    description: "The library's repository, where build failures are reported.",
};
const REGION_FLAG = {
    name: 'region',
    type: 'string',
    value: 'REGION',
    description: 'Region of buses and topics named without an ARN (default: AWS_REGION).',
};
const depsReleaseNotifyCommand = {
    name: 'deps release-notify',
    summary: 'Tell every consumer of a library about its release: a repository_dispatch event (library-released) to each repository in .rampart/consumers.yml, or a CodeArtifact-shaped event to an EventBridge bus. GitHub token in GITHUB_TOKEN.',
    flags: [
        ...RELEASE_FLAGS,
        { ...PRODUCER_FLAG, description: `${PRODUCER_FLAG.description} (default: GITHUB_REPOSITORY)` },
        {
            name: 'consumers',
            type: 'string',
            value: 'FILE',
            description: `The consumers file (default: ${DEFAULT_CONSUMERS_FILE}; optional with --event-bus).`,
        },
        {
            name: 'event-bus',
            type: 'string',
            value: 'NAME|ARN',
            description: "Also put the release on this EventBridge bus (another account's by ARN).",
        },
        REGION_FLAG,
    ],
    async run(values) {
        const env = process.env;
        const fromEvent = await releaseFieldsOfEventFile(env.GITHUB_EVENT_PATH);
        const release = resolveRelease(releaseFlags(values, env.GITHUB_REPOSITORY), fromEvent, FLAG_NAMES);
        const consumers = await loadConsumersAndBus((0,args/* stringFlag */.AM)(values.consumers), (0,args/* stringFlag */.AM)(values['event-bus']), process.cwd());
        const [owner, name] = (release.producer ?? '').split('/');
        try {
            const deliveries = await notifyConsumers({
                release,
                consumers,
                github: env.GITHUB_TOKEN
                    ? new rest_client/* GitHubClient */.jh({ token: env.GITHUB_TOKEN, apiUrl: env.GITHUB_API_URL })
                    : undefined,
                region: (0,args/* stringFlag */.AM)(values.region) ?? defaultRegion(env),
                domainName: owner || 'rampart',
                repositoryName: name || 'releases',
            });
            return printDeliveries(release, deliveries);
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};
const depsUpdateCommand = {
    name: 'deps update',
    summary: 'Apply a released library version to this repository (build files edited in place, formatting kept), push rampart/update-<package>-<version> and open its pull request, or update the one already open for the package. A second run changes nothing. GitHub token in GITHUB_TOKEN.',
    flags: [
        ...RELEASE_FLAGS,
        PRODUCER_FLAG,
        {
            name: 'event',
            type: 'string',
            value: 'FILE',
            description: 'Read the release from this event: a repository_dispatch payload or a CodeArtifact EventBridge event (default: GITHUB_EVENT_PATH). Flags win.',
        },
        { name: 'path', type: 'string', value: 'DIR', default: '.', description: 'The repository checkout.' },
        {
            name: 'base',
            type: 'string',
            value: 'BRANCH',
            description: "The pull request's base (default: the repository's default branch).",
        },
        {
            name: 'remote',
            type: 'string',
            value: 'NAME',
            default: 'origin',
            description: 'The git remote to push to.',
        },
        {
            name: 'repository',
            type: 'string',
            value: 'OWNER/REPO',
            description: 'The GitHub repository of the pull request (default: GITHUB_REPOSITORY).',
        },
        {
            name: 'allow-prerelease',
            type: 'boolean',
            description: 'Apply SNAPSHOT and pre-release versions too (skipped otherwise).',
        },
        {
            name: 'skip-lockfile',
            type: 'boolean',
            description: 'Leave package-lock.json as it is (otherwise npm install --package-lock-only refreshes it).',
        },
        {
            name: 'push-only',
            type: 'boolean',
            description: 'Push the branch; open no pull request (no token needed).',
        },
        {
            name: 'git-author',
            type: 'string',
            value: '"NAME <EMAIL>"',
            description: 'Who the commit is by (default: github-actions[bot]).',
        },
    ],
    async run(values) {
        const env = process.env;
        const fromEvent = await releaseFieldsOfEventFile((0,args/* stringFlag */.AM)(values.event) ?? env.GITHUB_EVENT_PATH);
        const release = resolveRelease(releaseFlags(values), fromEvent, FLAG_NAMES);
        const author = (0,args/* stringFlag */.AM)(values['git-author']);
        const result = await updateDependency({
            root: (0,external_node_path_.resolve)(String(values.path)),
            release,
            allowPrerelease: values['allow-prerelease'] === true,
            base: (0,args/* stringFlag */.AM)(values.base),
            remote: String(values.remote),
            identity: author ? parseIdentity(author, '--git-author') : undefined,
            github: values['push-only'] === true
                ? undefined
                : githubTarget((0,args/* stringFlag */.AM)(values.repository) ?? env.GITHUB_REPOSITORY, env.GITHUB_TOKEN, env.GITHUB_API_URL, {
                    ...GITHUB_NAMES,
                    purpose: 'to open the pull request (or use --push-only)',
                }),
            refreshLockfile: values['skip-lockfile'] === true ? undefined : npmLockfileRefresher,
        });
        process.stdout.write(updateText(result));
        return exit_codes/* ExitCode */.y.Success;
    },
};
const depsReportFailureCommand = {
    name: 'deps report-failure',
    summary: "Tell a library's owners that this consumer's build fails with its new version: a comment on the version's tracking issue in the producer repository (one issue per version, each consumer listed once), an SNS message, or an EventBridge event. Release and producer default to the update pull request's (GITHUB_EVENT_PATH). GitHub token in GITHUB_TOKEN.",
    flags: [
        ...RELEASE_FLAGS,
        { ...PRODUCER_FLAG, description: "The repository for the tracking issue (default: the pull request's)." },
        {
            name: 'event',
            type: 'string',
            value: 'FILE',
            description: "Read the release from this event, e.g. the update pull request's (default: GITHUB_EVENT_PATH).",
        },
        {
            name: 'consumer',
            type: 'string',
            value: 'OWNER/REPO',
            description: 'The repository whose build failed (default: GITHUB_REPOSITORY).',
        },
        {
            name: 'run-url',
            type: 'string',
            value: 'URL',
            description: 'The failed run (default: this GitHub Actions run, or CODEBUILD_BUILD_URL).',
        },
        {
            name: 'sns-topic',
            type: 'string',
            value: 'ARN',
            description: "Publish the failure to the producer's SNS topic.",
        },
        {
            name: 'event-bus',
            type: 'string',
            value: 'NAME|ARN',
            description: "Put a failure event on the producer's EventBridge bus.",
        },
        REGION_FLAG,
    ],
    async run(values) {
        const env = process.env;
        const fromEvent = await releaseFieldsOfEventFile((0,args/* stringFlag */.AM)(values.event) ?? env.GITHUB_EVENT_PATH);
        const release = resolveRelease(releaseFlags(values), fromEvent, FLAG_NAMES);
        const consumer = (0,args/* stringFlag */.AM)(values.consumer) ?? env.GITHUB_REPOSITORY;
        if (!consumer)
            throw new errors/* InputError */.d(['--consumer is required (GITHUB_REPOSITORY is not set)']);
        const targets = failureTargets({
            producer: release.producer,
            token: env.GITHUB_TOKEN,
            apiUrl: env.GITHUB_API_URL,
            snsTopicArn: (0,args/* stringFlag */.AM)(values['sns-topic']),
            eventBus: (0,args/* stringFlag */.AM)(values['event-bus']),
            region: (0,args/* stringFlag */.AM)(values.region) ?? defaultRegion(env),
        }, { producer: '--producer', token: 'GITHUB_TOKEN', snsTopicArn: '--sns-topic', eventBus: '--event-bus' });
        try {
            const runUrl = (0,args/* stringFlag */.AM)(values['run-url']) ?? runUrlOf(env);
            const outcomes = await reportFailure({ release, consumer, runUrl }, targets);
            return printOutcomes(outcomes);
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};
const GITHUB_NAMES = { repository: '--repository', token: 'GITHUB_TOKEN', purpose: '' };
function releaseFlags(values, defaultProducer) {
    return {
        package: (0,args/* stringFlag */.AM)(values.package),
        ecosystem: (0,args/* stringFlag */.AM)(values.ecosystem),
        version: (0,args/* stringFlag */.AM)(values.version),
        changelogUrl: (0,args/* stringFlag */.AM)(values['changelog-url']),
        producer: (0,args/* stringFlag */.AM)(values.producer) ?? defaultProducer,
    };
}
function printDeliveries(release, deliveries) {
    if (deliveries.length === 0) {
        process.stdout.write(`no consumer takes ${release.package}: nothing sent\n`);
        return exit_codes/* ExitCode */.y.Success;
    }
    for (const delivery of deliveries) {
        const stream = delivery.status === 'sent' ? process.stdout : process.stderr;
        stream.write(`${delivery.status.padEnd(6)} ${delivery.consumer} (${delivery.via}): ${delivery.detail}\n`);
    }
    return deliveries.every((delivery) => delivery.status === 'sent') ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
}
function updateText(result) {
    const changes = (result.plan?.changes ?? []).map((change) => `  ${change.file}:${change.line}  ${change.current} -> ${change.to}\n`);
    const notes = (result.plan?.unchangeable ?? []).map((item) => `  not changed: ${item.file}:${item.line}: ${item.reason}\n`);
    return `${changes.join('')}${notes.join('')}${result.status}: ${result.detail}\n`;
}
function printOutcomes(outcomes) {
    for (const outcome of outcomes) {
        const stream = outcome.status === 'done' ? process.stdout : process.stderr;
        stream.write(`${outcome.status.padEnd(6)} ${outcome.target}: ${outcome.detail}\n`);
    }
    return outcomes.every((outcome) => outcome.status === 'done') ? exit_codes/* ExitCode */.y.Success : exit_codes/* ExitCode */.y.Failure;
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

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   jh: () => (/* binding */ GitHubClient)
/* harmony export */ });
/* unused harmony export GitHubApiError */
/**
 * A small client for GitHub's REST API (fetch, JSON, pagination through the Link header). It is
 * plain HTTP, not the runner: the core may use it, with a token the adapter passes in.
 */
class GitHubApiError extends Error {
    status;
    method;
    path;
    constructor(status, method, path, message) {
        super(`GitHub API ${method} ${path}: ${status} ${message}`);
        this.status = status;
        this.method = method;
        this.path = path;
        this.name = 'GitHubApiError';
    }
}
/** Pages read at most when following Link headers: 100 per page, so 10,000 items. */
const MAX_PAGES = 100;
class GitHubClient {
    options;
    apiUrl;
    constructor(options) {
        this.options = options;
        this.apiUrl = (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, '');
    }
    async request(method, path, body) {
        const response = await this.send(method, `${this.apiUrl}${path}`, body);
        return (response.status === 204 ? undefined : await response.json());
    }
    /** Every item of a list endpoint, following `Link: <…>; rel="next"`. */
    async paginate(path) {
        const items = [];
        let url = `${this.apiUrl}${path}${path.includes('?') ? '&' : '?'}per_page=100`;
        for (let page = 0; url && page < MAX_PAGES; page++) {
            const response = await this.send('GET', url);
            items.push(...(await response.json()));
            url = nextPage(response.headers.get('link'));
        }
        return items;
    }
    async send(method, url, body) {
        const response = await fetch(url, {
            method,
            headers: {
                accept: 'application/vnd.github+json',
                authorization: `Bearer ${this.options.token}`,
                'x-github-api-version': '2022-11-28',
                'user-agent': 'rampart',
                ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!response.ok) {
            const text = await response.text();
            let message = text;
            try {
                message = JSON.parse(text).message ?? text;
            }
            catch {
                // Not JSON: the text as it came.
            }
            throw new GitHubApiError(response.status, method, new URL(url).pathname, message);
        }
        return response;
    }
}
function nextPage(link) {
    for (const part of link?.split(',') ?? []) {
        const match = /<([^>]+)>;\s*rel="next"/.exec(part.trim());
        if (match)
            return match[1];
    }
    return undefined;
}
/** `owner/repo` as GITHUB_REPOSITORY gives it. */
function parseRepository(fullName) {
    const [owner, repo, ...rest] = fullName.split('/');
    if (!owner || !repo || rest.length > 0)
        throw new Error(`"${fullName}" is not owner/repo`);
    return { owner, repo };
}


/***/ }),

/***/ 2191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ writeTextAtomically),
/* harmony export */   FH: () => (/* binding */ readJsonInputFile),
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   ti: () => (/* binding */ writeJsonAtomically)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/** Reads a file the user named; a missing or unreadable file is bad input (`what` says what it was for). */
async function readInputFile(file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d([`${file}: cannot read ${what}: ${error.message}`]);
    }
}
/** Reads and parses a JSON file the user named; unreadable or malformed, it is bad input naming the file. */
async function readJsonInputFile(file, what) {
    const text = await readInputFile(file, what);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d([`${file}: the ${what} is not JSON: ${error.message}`]);
    }
}
/** Writes through a temporary file and a rename, so that readers never see half a file. */
async function writeTextAtomically(path, text) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(temporary, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(temporary, path);
}
function writeJsonAtomically(path, value) {
    return writeTextAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 8636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);


const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** ls-files of a large monorepo is long. */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Runs git with an argument list (never a shell string); its standard output, or an error naming the subcommand. */
async function git(cwd, args, env = {}) {
    try {
        const { stdout } = await execFileAsync('git', args, {
            cwd,
            env: { ...process.env, ...env },
            maxBuffer: MAX_OUTPUT_BYTES,
        });
        return stdout;
    }
    catch (error) {
        const { stderr, message } = error;
        const subcommand = args.find((arg) => !arg.startsWith('-')) ?? '';
        throw new Error(`git ${subcommand} failed: ${(stderr || message).trim()}`);
    }
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