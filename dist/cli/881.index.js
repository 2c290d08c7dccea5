"use strict";
exports.id = 881;
exports.ids = [881];
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

/***/ 2881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  secretsRemediateCommand: () => (/* binding */ secretsRemediateCommand)
});

// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/rest-client.ts
var rest_client = __webpack_require__(9785);
// EXTERNAL MODULE: ./src/secrets/sources/git-diff.ts
var git_diff = __webpack_require__(9186);
;// CONCATENATED MODULE: ./src/secrets/remediate/inputs.ts



/** Checks the inputs and builds the options; `name` spells an input as the adapter's user knows it. */
function resolveRemediationOptions(inputs, name) {
    const problems = [];
    const needsGitHub = inputs.notifyIssues || inputs.lock === 'github';
    if (needsGitHub && !inputs.githubToken) {
        problems.push(`${name('githubToken')} is needed for ${inputs.notifyIssues ? name('notifyIssues') : `${name('lock')} github`}`);
    }
    if (inputs.lock && inputs.lock !== 'github' && inputs.lock !== 'codecommit') {
        problems.push(`${name('lock')} "${inputs.lock}" is not github or codecommit`);
    }
    if (inputs.reset && !inputs.allowHistoryRewrite) {
        problems.push(`${name('reset')} rewrites the branch's history: set ${name('allowHistoryRewrite')} as well to say so`);
    }
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    const github = needsGitHub
        ? new rest_client/* GitHubClient */.jh({ token: inputs.githubToken ?? '', apiUrl: inputs.githubApiUrl })
        : undefined;
    return {
        githubIssues: inputs.notifyIssues ? github : undefined,
        snsTopicArn: inputs.snsTopicArn,
        slackWebhookUrl: inputs.slackWebhookUrl,
        deactivateAwsKeysRegion: inputs.deactivateAwsKeys ? inputs.region : undefined,
        lock: inputs.lock === 'github' && github
            ? { kind: 'github', client: github }
            : inputs.lock === 'codecommit'
                ? { kind: 'codecommit', region: inputs.region }
                : undefined,
        reset: inputs.reset
            ? {
                root: inputs.root,
                remote: 'origin',
                allowHistoryRewrite: inputs.allowHistoryRewrite,
                allowDefaultBranch: inputs.allowDefaultBranch,
                remediationIdentity: inputs.remediationIdentity,
            }
            : undefined,
    };
}
/** The push, with what is not given read from the checkout: its branch, and origin's default branch. */
async function resolvePushContext(given, root) {
    if (!given.repository)
        throw new errors/* InputError */.d(['the repository is not known: give it (owner/repo)']);
    return {
        ...given,
        repository: given.repository,
        branch: given.branch || (await gitOrUndefined(root, ['branch', '--show-current'])) || 'HEAD',
        base: given.base ?? '',
        head: given.head ?? '',
        defaultBranch: given.defaultBranch ??
            (await gitOrUndefined(root, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']))?.replace(/^origin\//, ''),
    };
}
async function gitOrUndefined(root, args) {
    try {
        return (await (0,git_diff/* git */.$Y)(root, args)).trim() || undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/secrets/engine.ts + 4 modules
var engine = __webpack_require__(2296);
;// CONCATENATED MODULE: ./src/secrets/remediate/aws-keys.ts



/**
 * Sets each found long-term access key (AKIA…) inactive, where it belongs to the account whose
 * credentials we hold (GetAccessKeyLastUsed names its user there; elsewhere it is refused).
 * Other key IDs (ASIA… temporary keys) cannot be deactivated: they expire, or their role's
 * sessions are revoked.
 */
function deactivateAwsKeysStep(region) {
    return {
        name: 'deactivate AWS keys',
        async run(input) {
            const iam = (0,client_factory/* createAwsClient */.G)(dist_cjs/* IAMClient */.h8v, { region });
            const outcomes = [];
            for (const accessKeyId of new Set(input.accessKeyIds)) {
                const masked = (0,engine/* maskSecret */.$l)(accessKeyId);
                if (!accessKeyId.startsWith('AKIA')) {
                    outcomes.push(`${masked}: not an IAM user's long-term key (temporary keys expire, or their role's sessions are revoked)`);
                    continue;
                }
                const owner = await keyOwner(iam, accessKeyId);
                if (!owner || !(await deactivate(iam, owner, accessKeyId))) {
                    outcomes.push(`${masked}: not a key of this account, left alone`);
                    continue;
                }
                outcomes.push(`${masked}: deactivated (user ${owner})`);
            }
            if (outcomes.length === 0)
                return { status: 'skipped', detail: 'no AWS access key ID among the findings' };
            return { status: 'done', detail: outcomes.join('; ') };
        },
    };
}
async function keyOwner(iam, accessKeyId) {
    try {
        const { UserName } = await iam.send(new dist_cjs/* GetAccessKeyLastUsedCommand */.qRl({ AccessKeyId: accessKeyId }));
        return UserName;
    }
    catch (error) {
        if (isNotOurs(error))
            return undefined;
        throw error;
    }
}
/** False when the user is not in this account: the key belongs to another one. */
async function deactivate(iam, userName, accessKeyId) {
    try {
        await iam.send(new dist_cjs/* UpdateAccessKeyCommand */.SF3({ UserName: userName, AccessKeyId: accessKeyId, Status: 'Inactive' }));
        return true;
    }
    catch (error) {
        if (isNotOurs(error))
            return false;
        throw error;
    }
}
function isNotOurs(error) {
    const name = error.name ?? '';
    return ['NoSuchEntityException', 'NoSuchEntity', 'AccessDenied', 'AccessDeniedException'].includes(name);
}

;// CONCATENATED MODULE: ./src/secrets/remediate/types.ts
/** The findings as lines of text: rule, place, commit and masked preview; never the secret. */
function describeFindings(findings) {
    return findings.map((finding) => `- ${finding.severity} ${finding.ruleId} at ${finding.path}:${finding.line}${finding.commit ? ` (commit ${finding.commit.slice(0, 12)}${finding.author ? ` by ${finding.author}` : ''})` : ''}: ${finding.preview}`);
}

;// CONCATENATED MODULE: ./src/secrets/remediate/github-issues.ts


const SECRET_ISSUE_LABEL = 'rampart-secret';
const MARKER = 'rampart-secret-fingerprint';
/**
 * One GitHub issue per secret (by fingerprint): opened on first sight, updated (and reopened) when
 * it is seen again, so that re-runs never open a second one.
 */
function githubIssuesStep(client) {
    return {
        name: 'notify: GitHub issues',
        async run(input) {
            const { owner, repo } = (0,rest_client/* parseRepository */.SU)(input.push.repository);
            const base = `/repos/${owner}/${repo}/issues`;
            const existing = await client.paginate(`${base}?labels=${SECRET_ISSUE_LABEL}&state=all`);
            const byFingerprint = new Map();
            for (const issue of existing.filter((item) => !item.pull_request)) {
                const fingerprint = new RegExp(`<!-- ${MARKER}: ([0-9a-f]{24}) -->`).exec(issue.body ?? '')?.[1];
                if (fingerprint)
                    byFingerprint.set(fingerprint, issue);
            }
            const opened = [];
            const updated = [];
            for (const finding of uniqueByFingerprint(input.findings)) {
                const body = issueBody(finding, input);
                const issue = byFingerprint.get(finding.fingerprint);
                if (issue) {
                    await client.request('PATCH', `${base}/${issue.number}`, { body, state: 'open' });
                    updated.push(issue.number);
                }
                else {
                    const created = await client.request('POST', base, {
                        title: `Secret in ${finding.path}: ${finding.description}`,
                        body,
                        labels: [SECRET_ISSUE_LABEL],
                    });
                    opened.push(created.number);
                }
            }
            const list = (numbers) => numbers.map((number) => `#${number}`).join(', ');
            return {
                status: 'done',
                detail: [
                    opened.length > 0 ? `opened ${list(opened)}` : '',
                    updated.length > 0 ? `updated ${list(updated)}` : '',
                ]
                    .filter(Boolean)
                    .join('; '),
            };
        },
    };
}
function uniqueByFingerprint(findings) {
    return [...new Map(findings.map((finding) => [finding.fingerprint, finding])).values()];
}
function issueBody(finding, input) {
    const sightings = input.findings.filter((other) => other.fingerprint === finding.fingerprint);
    return [
        `A ${finding.severity} secret (${finding.description}) was pushed to \`${input.push.branch}\`.`,
        '',
        ...describeFindings(sightings),
        '',
        `**What to do:** revoke it where it was issued and replace it; removing it from the code does not help, it stays in the history.`,
        input.push.runUrl ? `\nFound by ${input.push.runUrl}` : '',
        '',
        `<!-- ${MARKER}: ${finding.fingerprint} -->`,
    ].join('\n');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codecommit/dist-cjs/index.js
var client_codecommit_dist_cjs = __webpack_require__(5529);
;// CONCATENATED MODULE: ./src/secrets/remediate/lock.ts



/**
 * GitHub: protect the branch so that it changes only through reviewed pull requests, and (in an
 * organisation's repository) nobody may push to it directly.
 */
function lockGitHubBranchStep(client) {
    return {
        name: 'lock: GitHub branch protection',
        async run(input) {
            const { owner, repo } = (0,rest_client/* parseRepository */.SU)(input.push.repository);
            const repository = await client.request('GET', `/repos/${owner}/${repo}`);
            const branch = encodeURIComponent(input.push.branch);
            await client.request('PUT', `/repos/${owner}/${repo}/branches/${branch}/protection`, {
                required_status_checks: null,
                enforce_admins: false,
                required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
                // Push restrictions exist only in organisations' repositories.
                restrictions: repository.owner.type === 'Organization' ? { users: [], teams: [], apps: [] } : null,
            });
            return { status: 'done', detail: `branch ${input.push.branch} now needs a reviewed pull request` };
        },
    };
}
/** CodeCommit, as in the source article: tag the repository RepoState=locked for IAM conditions to act on. */
function lockCodeCommitStep(region) {
    return {
        name: 'lock: CodeCommit RepoState tag',
        async run(input) {
            const codecommit = (0,client_factory/* createAwsClient */.G)(client_codecommit_dist_cjs/* CodeCommitClient */.MS4, { region });
            const { repositoryMetadata } = await codecommit.send(new client_codecommit_dist_cjs/* GetRepositoryCommand */.gRy({ repositoryName: input.push.repository }));
            await codecommit.send(new client_codecommit_dist_cjs/* TagResourceCommand */.eqU({ resourceArn: repositoryMetadata?.Arn, tags: { RepoState: 'locked' } }));
            return { status: 'done', detail: `tagged ${input.push.repository} RepoState=locked` };
        },
    };
}

;// CONCATENATED MODULE: ./src/secrets/remediate/reset.ts

const ZERO_COMMIT = /^0+$/;
/**
 * Moves the branch back to the commit before the push, with a lease: only if it is still where the
 * push left it, so a later push is never thrown away.
 */
function resetBranchStep(root, policy) {
    return {
        name: 'reset branch',
        async run({ push }) {
            if (!policy.allowHistoryRewrite)
                return { status: 'skipped', detail: 'allow-history-rewrite is not set' };
            if (!policy.allowDefaultBranch &&
                (push.defaultBranch === undefined || push.branch === push.defaultBranch)) {
                const which = push.defaultBranch === undefined
                    ? 'the default branch is unknown'
                    : `${push.branch} is the default branch`;
                return { status: 'skipped', detail: `${which} and allow-default-branch is not set` };
            }
            if (policy.remediationIdentity && push.pusher === policy.remediationIdentity) {
                return { status: 'skipped', detail: `the push was made by ${push.pusher}, remediation itself` };
            }
            if (ZERO_COMMIT.test(push.base)) {
                return {
                    status: 'skipped',
                    detail: 'a new branch has no earlier commit to go back to: delete it instead',
                };
            }
            await (0,git_diff/* git */.$Y)(root, [
                'push',
                '--quiet',
                `--force-with-lease=refs/heads/${push.branch}:${push.head}`,
                policy.remote,
                `${push.base}:refs/heads/${push.branch}`,
            ]);
            return {
                status: 'done',
                detail: `${push.branch} reset from ${push.head.slice(0, 12)} to ${push.base.slice(0, 12)}`,
            };
        },
    };
}

// EXTERNAL MODULE: ./src/notify/slack.ts
var slack = __webpack_require__(7569);
// EXTERNAL MODULE: ./src/notify/sns.ts
var sns = __webpack_require__(4091);
;// CONCATENATED MODULE: ./src/secrets/remediate/sns.ts


/** The source article's notification: `[ACTION REQUIRED] Secrets discovered in <repo>`, with the masked details. */
function snsStep(topicArn) {
    return {
        name: 'notify: SNS',
        async run(input) {
            const messageId = await (0,sns/* publishToSns */.B8)(topicArn, {
                subject: (0,sns/* snsSubject */.H6)(`[ACTION REQUIRED] Secrets discovered in ${input.push.repository}`),
                body: notificationText(input),
            });
            return { status: 'done', detail: `published message ${messageId} to ${topicArn}` };
        },
    };
}
function notificationText(input) {
    return [
        `${input.findings.length} secret(s) were pushed to ${input.push.repository}, branch ${input.push.branch}${input.push.pusher ? `, by ${input.push.pusher}` : ''}:`,
        '',
        ...describeFindings(input.findings),
        '',
        'Revoke each one where it was issued and replace it: it stays in the history even once removed from the code.',
        ...(input.push.runUrl ? ['', input.push.runUrl] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/secrets/remediate/slack.ts


/** Posts the masked details to a Slack incoming webhook. */
function slackStep(webhookUrl) {
    return {
        name: 'notify: Slack',
        async run(input) {
            await (0,slack/* postToSlackWebhook */.h)(webhookUrl, { text: `:rotating_light: ${notificationText(input)}` });
            return { status: 'done', detail: 'posted to the Slack webhook' };
        },
    };
}

;// CONCATENATED MODULE: ./src/secrets/remediate/remediate.ts






/**
 * Runs each step, each whatever became of the others, and reports every one: a failed notification
 * must not keep a key from being deactivated, nor hide that it failed.
 */
async function remediate(input, steps) {
    if (input.findings.length === 0)
        return [];
    return Promise.all(steps.map(async (step) => {
        try {
            return { step: step.name, ...(await step.run(input)) };
        }
        catch (error) {
            return {
                step: step.name,
                status: 'failed',
                detail: error instanceof Error ? error.message : String(error),
            };
        }
    }));
}
function remediationSucceeded(results) {
    return results.every((result) => result.status !== 'failed');
}
/** The steps the options ask for, in the order they are reported. */
function remediationSteps(options) {
    const { lock, reset } = options;
    return [
        options.githubIssues ? githubIssuesStep(options.githubIssues) : undefined,
        options.snsTopicArn ? snsStep(options.snsTopicArn) : undefined,
        options.slackWebhookUrl ? slackStep(options.slackWebhookUrl) : undefined,
        options.deactivateAwsKeysRegion ? deactivateAwsKeysStep(options.deactivateAwsKeysRegion) : undefined,
        lock?.kind === 'github' ? lockGitHubBranchStep(lock.client) : undefined,
        lock?.kind === 'codecommit' ? lockCodeCommitStep(lock.region) : undefined,
        reset ? resetBranchStep(reset.root, reset) : undefined,
    ].filter((step) => step !== undefined);
}

// EXTERNAL MODULE: ./src/secrets/report.ts
var report = __webpack_require__(6751);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/cli/commands/secrets.ts + 4 modules
var secrets = __webpack_require__(7682);
;// CONCATENATED MODULE: ./src/cli/commands/secrets-remediate.ts








const secretsRemediateCommand = {
    name: 'secrets remediate',
    summary: 'Scan a push (--range) and act on what it finds: each step only if asked for, each reported whatever became of the others. Exits 1 when a secret was found or a step failed.',
    flags: [
        ...secrets.SCAN_FLAGS,
        {
            name: 'repository',
            type: 'string',
            value: 'OWNER/REPO',
            description: 'The repository (default: GITHUB_REPOSITORY; a CodeCommit name with --lock codecommit).',
        },
        {
            name: 'branch',
            type: 'string',
            value: 'NAME',
            description: 'The pushed branch (default: GITHUB_REF_NAME, or the checked-out branch).',
        },
        { name: 'pusher', type: 'string', value: 'NAME', description: 'Who pushed (default: GITHUB_ACTOR).' },
        {
            name: 'default-branch',
            type: 'string',
            value: 'NAME',
            description: "The repository's default branch (default: origin's HEAD).",
        },
        {
            name: 'notify-issues',
            type: 'boolean',
            description: 'Open or update one GitHub issue per secret (token in GITHUB_TOKEN).',
        },
        {
            name: 'sns-topic-arn',
            type: 'string',
            value: 'ARN',
            description: 'Publish the masked details to this SNS topic.',
        },
        {
            name: 'slack-webhook-env',
            type: 'string',
            value: 'VAR',
            description: 'Post to the Slack webhook whose URL is in this environment variable.',
        },
        {
            name: 'deactivate-aws-keys',
            type: 'boolean',
            description: "Set found access keys of this account's IAM users inactive.",
        },
        {
            name: 'lock',
            type: 'string',
            value: 'github|codecommit',
            description: 'Protect the branch (GitHub) or tag the repository RepoState=locked (CodeCommit).',
        },
        {
            name: 'reset',
            type: 'boolean',
            description: 'Force-push the branch back to BASE (needs --allow-history-rewrite).',
        },
        { name: 'allow-history-rewrite', type: 'boolean', description: 'Allow --reset to rewrite the branch.' },
        {
            name: 'allow-default-branch',
            type: 'boolean',
            description: 'Allow --reset on the default branch too.',
        },
        {
            name: 'remediation-identity',
            type: 'string',
            value: 'NAME',
            description: 'Pushes by this identity are never reset (the loop guard).',
        },
        {
            name: 'region',
            type: 'string',
            value: 'REGION',
            description: 'AWS region for IAM and CodeCommit (default: AWS_REGION, else us-east-1).',
        },
    ],
    async run(values, positionals) {
        try {
            const { result } = await (0,secrets.scanFromFlags)(values, positionals);
            process.stdout.write(`${(0,report/* summaryLine */.dC)(result)}\n`);
            const push = await pushContext(values, result);
            const results = await remediate({ push, findings: result.findings, accessKeyIds: result.accessKeyIds }, remediationSteps(remediationOptions(values)));
            for (const step of results)
                process.stdout.write(`${step.step}: ${step.status}: ${step.detail}\n`);
            return result.findings.length > 0 || results.some((step) => step.status === 'failed')
                ? exit_codes/* ExitCode */.y.Failure
                : exit_codes/* ExitCode */.y.Success;
        }
        finally {
            (0,client_factory/* closeAwsConnections */.n)();
        }
    },
};
function pushContext(values, result) {
    const env = process.env;
    const range = result.target.kind === 'range' ? result.target : undefined;
    const repository = (0,args/* stringFlag */.AM)(values.repository) ?? env.GITHUB_REPOSITORY;
    return resolvePushContext({
        repository,
        branch: (0,args/* stringFlag */.AM)(values.branch) ?? env.GITHUB_REF_NAME,
        base: range?.base,
        head: range?.head,
        pusher: (0,args/* stringFlag */.AM)(values.pusher) ?? env.GITHUB_ACTOR,
        defaultBranch: (0,args/* stringFlag */.AM)(values['default-branch']),
        runUrl: env.GITHUB_RUN_ID
            ? `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined,
    }, process.cwd());
}
const REMEDIATION_FLAGS = {
    notifyIssues: '--notify-issues',
    githubToken: 'GITHUB_TOKEN',
    githubApiUrl: 'GITHUB_API_URL',
    snsTopicArn: '--sns-topic-arn',
    slackWebhookUrl: '--slack-webhook-env',
    deactivateAwsKeys: '--deactivate-aws-keys',
    region: '--region',
    lock: '--lock',
    reset: '--reset',
    allowHistoryRewrite: '--allow-history-rewrite',
    allowDefaultBranch: '--allow-default-branch',
    remediationIdentity: '--remediation-identity',
    root: 'the current directory',
};
function remediationOptions(values) {
    const env = process.env;
    const slackVariable = (0,args/* stringFlag */.AM)(values['slack-webhook-env']);
    if (slackVariable && !env[slackVariable]) {
        throw new errors/* InputError */.d([`--slack-webhook-env ${slackVariable}: that environment variable is empty`]);
    }
    return resolveRemediationOptions({
        notifyIssues: values['notify-issues'] === true,
        githubToken: env.GITHUB_TOKEN,
        githubApiUrl: env.GITHUB_API_URL,
        snsTopicArn: (0,args/* stringFlag */.AM)(values['sns-topic-arn']),
        slackWebhookUrl: slackVariable ? env[slackVariable] : undefined,
        deactivateAwsKeys: values['deactivate-aws-keys'] === true,
        region: (0,args/* stringFlag */.AM)(values.region) ?? env.AWS_REGION ?? 'us-east-1',
        lock: (0,args/* stringFlag */.AM)(values.lock),
        reset: values.reset === true,
        allowHistoryRewrite: values['allow-history-rewrite'] === true,
        allowDefaultBranch: values['allow-default-branch'] === true,
        remediationIdentity: (0,args/* stringFlag */.AM)(values['remediation-identity']),
        root: process.cwd(),
    }, (input) => REMEDIATION_FLAGS[input]);
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