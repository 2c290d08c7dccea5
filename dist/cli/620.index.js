"use strict";
exports.id = 620;
exports.ids = [620];
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

/***/ 9620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewCommand: () => (/* binding */ reviewCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/aws/client-factory.ts + 1 modules
var client_factory = __webpack_require__(8647);
// EXTERNAL MODULE: ./src/runtime/duration.ts
var duration = __webpack_require__(1170);
// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
// EXTERNAL MODULE: ./src/runtime/install-root.ts
var install_root = __webpack_require__(6464);
// EXTERNAL MODULE: ./src/runtime/severity.ts
var runtime_severity = __webpack_require__(65);
;// CONCATENATED MODULE: ./src/review/report/summary.ts

/** How many findings of each severity, most severe first, every severity present. */
function countBySeverity(findings) {
    const counts = Object.fromEntries(runtime_severity/* SEVERITY_ORDER */.B.map((severity) => [severity, 0]));
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** One line saying what the review found, e.g. `2 finding(s) (1 critical, 1 high); 3 file(s), 120 line(s) reviewed`. */
function reviewSummaryLine(result) {
    const counts = countBySeverity(result.findings);
    const bySeverity = runtime_severity/* SEVERITY_ORDER */.B.filter((severity) => counts[severity] > 0)
        .map((severity) => `${counts[severity]} ${severity}`)
        .join(', ');
    const found = result.findings.length === 0 ? 'no findings' : `${result.findings.length} finding(s) (${bySeverity})`;
    const scope = result.mode === 'diff' ? ' on changed lines' : '';
    const engine = result.engine === 'codeguru' ? ' by CodeGuru Reviewer' : '';
    const others = [
        result.suppressed.length > 0 ? `${result.suppressed.length} suppressed` : '',
        result.skipped.length > 0 ? `${result.skipped.length} file(s) skipped` : '',
        result.warnings.length > 0 ? `${result.warnings.length} warning(s)` : '',
    ].filter(Boolean);
    return (`${found}${scope}; ${result.filesReviewed} file(s), ${result.linesReviewed} line(s) reviewed${engine}` +
        (others.length > 0 ? `; ${others.join(', ')}` : ''));
}
/** `path:line:column` of a finding or flow step. */
function place(path, loc) {
    return `${path}:${loc.line}:${loc.column}`;
}
function rulesById(rules) {
    return new Map(rules.map((rule) => [rule.id, rule]));
}

;// CONCATENATED MODULE: ./src/review/report/json.ts

/**
 * The whole result for machines, every object built in a fixed key order so that two runs over the
 * same code give the same bytes. Findings name their rule by id; `rules` holds the metadata once.
 * An earlier run's output is also a baseline (`--baseline`): its fingerprints are accepted findings.
 */
function jsonReport(result, version) {
    const report = {
        tool: 'rampart',
        version,
        command: 'review',
        engine: result.engine,
        mode: result.mode,
        summary: {
            findings: result.findings.length,
            bySeverity: countBySeverity(result.findings),
            suppressed: result.suppressed.length,
            skipped: result.skipped.length,
            warnings: result.warnings.length,
            filesReviewed: result.filesReviewed,
            linesReviewed: result.linesReviewed,
            durationMs: result.durationMs,
        },
        findings: result.findings.map(findingJson),
        suppressed: result.suppressed.map((entry) => ({
            reason: entry.reason,
            finding: findingJson(entry.finding),
        })),
        skipped: result.skipped.map((file) => ({ path: file.path, reason: file.reason })),
        warnings: result.warnings,
        rules: result.rules.map(ruleJson),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}
function findingJson(finding) {
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        path: finding.path,
        loc: locationJson(finding.loc),
        message: finding.message,
        ...(finding.flow ? { flow: finding.flow.map(stepJson) } : {}),
        fingerprint: finding.fingerprint,
    };
}
function stepJson(step) {
    return { path: step.path, loc: locationJson(step.loc), message: step.message };
}
function locationJson(loc) {
    return { line: loc.line, column: loc.column, endLine: loc.endLine, endColumn: loc.endColumn };
}
function ruleJson(rule) {
    return {
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        cwe: rule.cwe,
        kind: rule.kind,
        languages: rule.languages,
        tags: rule.tags,
        description: rule.description,
        remediation: rule.remediation,
        fixedExample: rule.fixedExample,
        helpUri: rule.helpUri,
    };
}

// EXTERNAL MODULE: ./src/runtime/junit.ts
var junit = __webpack_require__(8852);
;// CONCATENATED MODULE: ./src/review/report/junit.ts


function failedCase(finding, rule) {
    const flow = (finding.flow ?? []).map((step) => `${place(step.path, step.loc)} ${step.message}`);
    const details = [finding.message, ...flow, ...(rule ? ['', `Fix: ${rule.remediation}`] : [])].join('\n');
    return {
        name: `${finding.ruleId} ${place(finding.path, finding.loc)}`,
        className: `rampart.review.${finding.ruleId}`,
        failure: { message: `${finding.severity}: ${finding.message}`, type: finding.ruleId, details },
    };
}
/**
 * JUnit XML for CodeBuild test reports: a failed test case per finding, and a passed one for each
 * rule that found nothing, so that the report shows what was checked.
 */
function junitReviewReport(result) {
    const rules = rulesById(result.rules);
    const found = new Set(result.findings.map((finding) => finding.ruleId));
    const passed = result.rules
        .filter((rule) => !found.has(rule.id))
        .map((rule) => ({ name: rule.id, className: `rampart.review.${rule.id}` }));
    return (0,junit/* junitXml */.E)({
        tool: 'rampart review',
        name: `rampart review (${result.mode})`,
        seconds: result.durationMs / 1000,
        properties: [
            ['engine', result.engine],
            ['files reviewed', String(result.filesReviewed)],
            ['lines reviewed', String(result.linesReviewed)],
            ['suppressed', String(result.suppressed.length)],
        ],
        cases: [...result.findings.map((finding) => failedCase(finding, rules.get(finding.ruleId))), ...passed],
    });
}

// EXTERNAL MODULE: ./src/runtime/markdown.ts
var markdown = __webpack_require__(6731);
;// CONCATENATED MODULE: ./src/review/report/markdown.ts



/** A GitHub job summary: the counts, one row per finding with how to fix it, then what was left out. */
function markdownReport(result) {
    const rules = rulesById(result.rules);
    const counts = countBySeverity(result.findings);
    const sections = [
        '### Rampart security review',
        (0,markdown/* escapeCell */.k)(reviewSummaryLine(result)),
        (0,markdown/* markdownTable */.Q)({
            header: [...runtime_severity/* SEVERITY_ORDER */.B, 'suppressed', 'files skipped'],
            rows: [
                [
                    ...runtime_severity/* SEVERITY_ORDER */.B.map((severity) => String(counts[severity])),
                    String(result.suppressed.length),
                    String(result.skipped.length),
                ],
            ],
        }),
    ];
    if (result.findings.length > 0) {
        sections.push((0,markdown/* markdownTable */.Q)({
            header: ['Severity', 'Rule', 'Location', 'Message', 'Remediation'],
            rows: result.findings.map((finding) => [
                finding.severity,
                finding.ruleId,
                `${finding.path}:${finding.loc.line}`,
                finding.message,
                rules.get(finding.ruleId)?.remediation ?? '',
            ]),
        }));
    }
    if (result.suppressed.length > 0) {
        sections.push(`<details><summary>Suppressed findings (${result.suppressed.length})</summary>\n\n${(0,markdown/* markdownTable */.Q)({
            header: ['Severity', 'Rule', 'Location', 'Reason'],
            rows: result.suppressed.map(({ finding, reason }) => [
                finding.severity,
                finding.ruleId,
                `${finding.path}:${finding.loc.line}`,
                reason,
            ]),
        })}\n\n</details>`);
    }
    if (result.skipped.length > 0) {
        sections.push(`#### Files not reviewed\n\n${(0,markdown/* markdownTable */.Q)({
            header: ['File', 'Reason'],
            rows: result.skipped.map((file) => [file.path, file.reason]),
        })}`);
    }
    if (result.warnings.length > 0) {
        sections.push(`#### Warnings\n\n${result.warnings.map((warning) => `- ${(0,markdown/* escapeCell */.k)(warning)}`).join('\n')}`);
    }
    return `${sections.join('\n\n')}\n`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/review/parser.ts



// Required, not imported: a bundler resolving an import takes the package's ES module build, whose
// Emscripten loader looks for `require` and its files next to the bundle; the CommonJS build does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Language: Grammar, Parser } = __webpack_require__(3778);
const GRAMMAR_BY_EXTENSION = {
    '.java': 'java',
    '.py': 'python',
    '.js': 'javascript',
    '.jsx': 'javascript',
    '.mjs': 'javascript',
    '.cjs': 'javascript',
    '.ts': 'typescript',
    '.mts': 'typescript',
    '.cts': 'typescript',
    '.tsx': 'tsx',
};
const LANGUAGE_OF_GRAMMAR = {
    java: 'java',
    python: 'python',
    javascript: 'javascript',
    typescript: 'typescript',
    tsx: 'typescript',
};
/** The language of a file by its extension, or undefined when Rampart does not review it. */
function languageOfPath(path) {
    const grammar = GRAMMAR_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    return grammar && LANGUAGE_OF_GRAMMAR[grammar];
}
/** The WebAssembly files parsing needs, by package path; bundles carry copies in `grammars/`. */
const WASM_FILES = {
    runtime: 'web-tree-sitter/tree-sitter.wasm',
    java: 'tree-sitter-java/tree-sitter-java.wasm',
    python: 'tree-sitter-python/tree-sitter-python.wasm',
    javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
    typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
    tsx: 'tree-sitter-typescript/tree-sitter-tsx.wasm',
};
const BUNDLED_WASM_FOLDER = 'grammars';
function wasmBytes(name) {
    const packagePath = WASM_FILES[name];
    const bundled = (0,external_node_path_.join)(__dirname, BUNDLED_WASM_FOLDER, (0,external_node_path_.basename)(packagePath));
    return (0,external_node_fs_.readFileSync)((0,external_node_fs_.existsSync)(bundled) ? bundled : (0,external_node_module_.createRequire)(__filename).resolve(packagePath));
}
let runtimeReady;
const parsers = new Map();
function initRuntime() {
    runtimeReady ??= Parser.init({
        wasmBinary: wasmBytes('runtime'),
    });
    return runtimeReady;
}
async function loadParser(grammar) {
    await initRuntime();
    const parser = new Parser();
    parser.setLanguage(await Grammar.load(wasmBytes(grammar)));
    return parser;
}
function parserFor(grammar) {
    let parser = parsers.get(grammar);
    if (!parser) {
        parser = loadParser(grammar);
        parsers.set(grammar, parser);
    }
    return parser;
}
/**
 * Parses one file. The caller must `delete()` the tree when done: tree-sitter's memory lives in
 * WebAssembly and is not garbage-collected.
 */
async function parseFile(path, text) {
    const grammar = GRAMMAR_BY_EXTENSION[(0,external_node_path_.extname)(path).toLowerCase()];
    if (!grammar)
        throw new Error(`${path}: not a file Rampart reviews`);
    const tree = (await parserFor(grammar)).parse(text);
    if (!tree)
        throw new Error(`${path}: tree-sitter returned no tree`);
    return tree;
}

;// CONCATENATED MODULE: ./src/review/suppression/codeguru-detectors.ts

/**
 * CodeGuru detector names (from its detector library, ids such as `java/path-traversal@v1.0`) and
 * the Rampart rules that look for the same weakness, so that `excludeRecommendations` entries
 * written for CodeGuru keep working. CodeGuru has no detector matching `static-aws-credentials` or
 * `trust-boundary-violation`; name those by their Rampart id.
 */
const CODEGURU_DETECTOR_RULES = {
    'hardcoded-credentials': ['hardcoded-credentials'],
    'insecure-cryptography': ['weak-cipher'],
    'insecure-hashing': ['weak-hash'],
    'weak-random-number-generation': ['insecure-random'],
    'insecure-cookie': ['cookie-without-secure'],
    'cookie-httponly': ['cookie-without-httponly'],
    'path-traversal': ['path-traversal'],
    'sql-injection': ['sql-injection'],
    'ldap-injection': ['ldap-injection'],
    'xpath-injection': ['xpath-injection'],
    'os-command-injection': ['os-command-injection'],
    'cross-site-scripting': ['cross-site-scripting'],
    'aws-kms-reencryption': ['kms-decrypt-then-encrypt'],
};
/** `java/path-traversal@v1.0`: a language, the detector's name and its version. */
const DETECTOR_ID = /^([a-z]+)\/([a-z0-9-]+)@v\d+\.\d+$/i;
/**
 * True when an id from a suppression names the finding's rule: the rule's own id (Rampart's, or
 * CodeGuru's under `--engine codeguru`), or a CodeGuru detector id for a Rampart rule, which
 * then applies only to files of the detector's language, as CodeGuru's detectors do.
 */
function namesRuleOf(id, finding) {
    if (id === finding.ruleId)
        return true;
    const [, language = '', name = ''] = DETECTOR_ID.exec(id) ?? [];
    return ((CODEGURU_DETECTOR_RULES[name.toLowerCase()] ?? []).includes(finding.ruleId) &&
        languageOfPath(finding.path) === language.toLowerCase());
}

;// CONCATENATED MODULE: ./src/review/suppression/inline.ts

/** In a comment: `rampart-ignore: <rule-id> <reason>`. */
const MARKER = 'rampart-ignore:';
/** The reason of an inline suppression starts so; SARIF calls such a suppression `inSource`. */
const REASON_PREFIX = 'rampart-ignore: ';
/**
 * The `rampart-ignore` comments of one file, and a warning for each that does not count: one
 * without a reason, one naming no rule of this review, and `all`, which is not supported — a
 * blanket ignore would also hide findings nobody has looked at.
 */
function inlineIgnoresOf(path, comments, ruleIds) {
    const ignores = [];
    const warnings = [];
    for (const comment of comments) {
        comment.text.split(/\r?\n/).forEach((text, offset) => {
            const start = text.indexOf(MARKER);
            if (start < 0)
                return;
            const line = comment.line + offset;
            const { ruleId, reason } = parseMarker(text.slice(start + MARKER.length));
            const problem = ignoreProblem(ruleId, reason, ruleIds);
            if (problem)
                warnings.push(`${path}:${line}: ${problem}`);
            else
                ignores.push({ path, line, ruleId, reason });
        });
    }
    return { ignores, warnings };
}
function parseMarker(rest) {
    const text = rest.replace(/\s*(\*\/|-->)\s*$/, '').trim();
    const ruleId = text.split(/\s+/)[0] ?? '';
    // `rampart-ignore: sql-injection - constant table names` reads the same as without the dash.
    const reason = text
        .slice(ruleId.length)
        .replace(/^\s*[-–—:]+\s*/, '')
        .trim();
    return { ruleId, reason };
}
function ignoreProblem(ruleId, reason, ruleIds) {
    if (!ruleId)
        return 'rampart-ignore needs a rule id and a reason';
    if (ruleId === 'all')
        return 'rampart-ignore for all is not supported: name the rule to ignore';
    if (!ruleIds.has(ruleId) && !/@v\d/.test(ruleId)) {
        return `rampart-ignore for ${ruleId} names no rule of this review`;
    }
    if (!reason)
        return `rampart-ignore for ${ruleId} needs a reason`;
    return undefined;
}
/** The ignore covering the finding: same file, its rule, on the finding's line or the line above. */
function ignoreFor(ignores, finding) {
    return ignores.find((ignore) => ignore.path === finding.path &&
        (finding.loc.line === ignore.line || finding.loc.line === ignore.line + 1) &&
        namesRuleOf(ignore.ruleId, finding));
}
function inlineReason(ignore) {
    return `${REASON_PREFIX}${ignore.reason}`;
}
/** True for the reason of a suppression written in the source (`rampart-ignore`), not in a file beside it. */
function isInSourceSuppression(reason) {
    return reason.startsWith(REASON_PREFIX);
}

;// CONCATENATED MODULE: ./src/review/report/sarif.ts


/** The OASIS schema the output is valid against (SARIF 2.1.0 with errata 01). */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Relative artifact URIs are resolved against the repository root, as GitHub code scanning expects. */
const SOURCE_ROOT = '%SRCROOT%';
/** The partialFingerprints key: versioned, so that a change of recipe is a new key rather than new alerts. */
const FINGERPRINT_KEY = 'rampartFingerprint/v1';
/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other viewers:
 * every rule that ran with its help and CWE tags, one result per finding (taint flows as code
 * flows), suppressed findings as results carrying their suppression, skipped files as notifications.
 */
function sarifReport(result, version) {
    const ruleIndex = new Map(result.rules.map((rule, index) => [rule.id, index]));
    const resultOf = (finding) => sarifResult(finding, ruleIndex.get(finding.ruleId));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Rampart',
                        version,
                        rules: result.rules.map(sarifRule),
                    },
                },
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.skipped.map(skippedNotification),
                        toolConfigurationNotifications: result.warnings.map((warning) => ({
                            level: 'warning',
                            message: { text: warning },
                        })),
                    },
                ],
                results: [
                    ...result.findings.map(resultOf),
                    ...result.suppressed.map(({ finding, reason }) => ({
                        ...resultOf(finding),
                        suppressions: [
                            {
                                kind: isInSourceSuppression(reason) ? 'inSource' : 'external',
                                status: 'accepted',
                                justification: reason,
                            },
                        ],
                    })),
                ],
                columnKind: 'utf16CodeUnits',
                properties: {
                    engine: result.engine,
                    mode: result.mode,
                    filesReviewed: result.filesReviewed,
                    linesReviewed: result.linesReviewed,
                },
            },
        ],
    };
}
function sarifRule(rule) {
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: rule.description || rule.title },
        help: { text: helpText(rule), markdown: helpMarkdown(rule) },
        ...(/^https?:\/\//.test(rule.helpUri) ? { helpUri: rule.helpUri } : {}),
        defaultConfiguration: { level: runtime_severity/* SARIF_LEVEL */.F1[rule.severity] },
        properties: {
            tags: [...new Set(['security', ...rule.cwe.flatMap(cweTag), ...rule.tags])],
            'security-severity': runtime_severity/* SECURITY_SEVERITY */.lL[rule.severity],
            // The corpus target is at most 10% false positives for every rule.
            precision: 'high',
        },
    };
}
/** `path-traversal` as `PathTraversal`: SARIF wants a readable name that is not the id itself. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word[0]?.toUpperCase() + word.slice(1))
        .join('');
}
/** GitHub code scanning shows the CWE of a rule tagged `external/cwe/cwe-<number>`. */
function cweTag(cwe) {
    const number = /^CWE-(\d+)$/i.exec(cwe.trim())?.[1];
    return number ? [`external/cwe/cwe-${number}`] : [];
}
function helpText(rule) {
    return [
        rule.description,
        rule.cwe.length > 0 ? `Weakness: ${rule.cwe.join(', ')}` : '',
        rule.remediation ? `Remediation: ${rule.remediation}` : '',
        rule.fixedExample ? `Fixed example:\n${rule.fixedExample}` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
}
function helpMarkdown(rule) {
    const fence = '`'.repeat(Math.max(3, ...[...rule.fixedExample.matchAll(/`+/g)].map((run) => run[0].length + 1)));
    const language = rule.languages.length === 1 ? rule.languages[0] : '';
    return [
        rule.description,
        rule.cwe.length > 0 ? `Weakness: ${rule.cwe.map(cweLink).join(', ')}` : '',
        rule.remediation ? `## Remediation\n\n${rule.remediation}` : '',
        rule.fixedExample ? `## Fixed example\n\n${fence}${language}\n${rule.fixedExample}\n${fence}` : '',
        /^https?:\/\//.test(rule.helpUri) ? `[More about ${rule.title}](${rule.helpUri})` : '',
    ]
        .filter(Boolean)
        .join('\n\n');
}
function cweLink(cwe) {
    const number = /^CWE-(\d+)$/i.exec(cwe.trim())?.[1];
    return number ? `[${cwe}](https://cwe.mitre.org/data/definitions/${number}.html)` : cwe;
}
function sarifResult(finding, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: runtime_severity/* SARIF_LEVEL */.F1[finding.severity],
        message: { text: finding.message },
        locations: [{ physicalLocation: physicalLocation(finding.path, finding.loc) }],
        ...(finding.flow && finding.flow.length > 0 ? { codeFlows: [codeFlow(finding.flow)] } : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
}
function codeFlow(flow) {
    return {
        threadFlows: [
            {
                locations: flow.map((step) => ({
                    location: {
                        physicalLocation: physicalLocation(step.path, step.loc),
                        message: { text: step.message },
                    },
                })),
            },
        ],
    };
}
function skippedNotification(file) {
    return {
        level: 'warning',
        message: { text: file.reason },
        locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path) } }],
    };
}
function physicalLocation(path, loc) {
    const startLine = Math.max(1, loc.line);
    const startColumn = Math.max(1, loc.column);
    const endLine = Math.max(startLine, loc.endLine);
    const endColumn = Math.max(endLine === startLine ? startColumn : 1, loc.endColumn);
    return { artifactLocation: artifactLocation(path), region: { startLine, startColumn, endLine, endColumn } };
}
/** A repository-relative path as a relative URI: `/` separators, every segment percent-encoded. */
function artifactLocation(path) {
    const uri = path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
    return { uri, uriBaseId: SOURCE_ROOT };
}

;// CONCATENATED MODULE: ./src/review/report/text.ts

/** One line per finding (`path:line:col severity rule-id message`), its flow indented below it, then the summary. */
function textReport(result) {
    const lines = result.findings.flatMap((finding) => [
        `${place(finding.path, finding.loc)} ${finding.severity} ${finding.ruleId} ${finding.message}`,
        ...(finding.flow ?? []).map((step) => `    ${place(step.path, step.loc)} ${step.message}`),
    ]);
    return `${[...lines, reviewSummaryLine(result)].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/review/report/index.ts





const REVIEW_FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit'];

/** The review as text in one of the output formats; `version` is Rampart's, for the tool fields. */
function renderReview(result, format, version) {
    switch (format) {
        case 'json':
            return jsonReport(result, version);
        case 'sarif':
            return `${JSON.stringify(sarifReport(result, version), null, 2)}\n`;
        case 'markdown':
            return markdownReport(result);
        case 'text':
            return textReport(result);
        case 'junit':
            return junitReviewReport(result);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/runtime/git.ts
var git = __webpack_require__(8636);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runtime/choice.ts
var choice = __webpack_require__(3949);
// EXTERNAL MODULE: ./src/runtime/file-tree.ts
var file_tree = __webpack_require__(7765);
;// CONCATENATED MODULE: ./src/review/rules/catalog.ts
const ALL = ['java', 'python', 'javascript', 'typescript'];
const cwe = (id) => `https://cwe.mitre.org/data/definitions/${id}.html`;
/** Every rule the review runs, with what it finds and how to fix it; ids are stable. */
const RULES = [
    {
        id: 'hardcoded-credentials',
        cwe: ['CWE-798'],
        severity: 'critical',
        title: 'Hard-coded credentials',
        description: 'A password, secret key, token or AWS access key is written in the source code and used to authenticate. Anyone who can read the code, its history or the built artifact can use the credential, and it cannot be rotated without a new release.',
        remediation: 'Remove the credential from the code and rotate it. Read it at run time from the environment, AWS Secrets Manager or SSM Parameter Store; for AWS use the default credential provider chain (instance profile, task role, SSO or profile) instead of keys. Monitor the revoked key in CloudTrail for attempted use.',
        fixedExample: [
            'AwsCredentialsProvider provider = DefaultCredentialsProvider.create();',
            'S3Client s3 = S3Client.builder().credentialsProvider(provider).build();',
            'String dbPassword = System.getenv("DB_PASSWORD");',
        ].join('\n'),
        helpUri: cwe(798),
        tags: ['security', 'secrets', 'aws', 'owasp-top10'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'static-aws-credentials',
        cwe: ['CWE-798'],
        severity: 'high',
        title: 'AWS SDK client given static credentials',
        description: 'An AWS SDK client or credentials provider is built from fixed access keys instead of the default credential provider chain. Long-lived keys end up in configuration or code, are shared between environments, and are not rotated automatically.',
        remediation: 'Build clients without explicit credentials so the SDK uses the default provider chain (environment, web identity, SSO, instance or task role). Where a different identity is needed, assume a role with STS instead of passing keys.',
        fixedExample: [
            'S3Client s3 = S3Client.builder()',
            '    .region(Region.EU_WEST_1)',
            '    .build(); // default credential provider chain',
        ].join('\n'),
        helpUri: 'https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html',
        tags: ['security', 'secrets', 'aws'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'weak-cipher',
        cwe: ['CWE-327'],
        severity: 'high',
        title: 'Weak or misused cipher',
        description: 'Data is encrypted with a broken or outdated algorithm (DES, 3DES, RC2, RC4, Blowfish) or an unsafe mode (ECB, or a block cipher without an IV or padding). Such encryption can be broken or leaks patterns of the plaintext.',
        remediation: 'Use AES-GCM (or ChaCha20-Poly1305) with a random 96-bit IV for each message, or RSA with OAEP padding for key wrapping. Prefer a vetted library such as the AWS Encryption SDK or AWS KMS.',
        fixedExample: [
            'Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");',
            'byte[] iv = new byte[12];',
            'new SecureRandom().nextBytes(iv);',
            'cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));',
        ].join('\n'),
        helpUri: cwe(327),
        tags: ['security', 'crypto', 'owasp-top10'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'weak-hash',
        cwe: ['CWE-328'],
        severity: 'medium',
        title: 'Weak hash for a security use',
        description: 'MD5 or SHA-1 is used where collision or preimage resistance matters (signatures, integrity checks, password storage). Both are broken: collisions can be produced cheaply.',
        remediation: 'Use SHA-256 or stronger for integrity, HMAC-SHA-256 for message authentication, and a password hashing function (Argon2, bcrypt, scrypt or PBKDF2) for passwords.',
        fixedExample: 'MessageDigest digest = MessageDigest.getInstance("SHA-256");',
        helpUri: cwe(328),
        tags: ['security', 'crypto', 'owasp-top10'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'insecure-random',
        cwe: ['CWE-330'],
        severity: 'medium',
        title: 'Predictable random value used for security',
        description: 'A token, password, session identifier, salt, IV, nonce or similar secret is produced by a predictable generator (java.util.Random, Math.random, Python random, RandomStringUtils). Its output can be predicted from a few observed values, so the secret can be guessed.',
        remediation: 'Generate security values with a cryptographically secure generator: java.security.SecureRandom, Python secrets (token_urlsafe, token_bytes), Node crypto.randomBytes or crypto.randomUUID, and window.crypto.getRandomValues in browsers.',
        fixedExample: [
            'SecureRandom random = new SecureRandom();',
            'byte[] token = new byte[32];',
            'random.nextBytes(token);',
            'String resetToken = Base64.getUrlEncoder().withoutPadding().encodeToString(token);',
        ].join('\n'),
        helpUri: cwe(330),
        tags: ['security', 'crypto', 'owasp-top10'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'cookie-without-secure',
        cwe: ['CWE-614'],
        severity: 'medium',
        title: 'Cookie without the Secure flag',
        description: 'A cookie is created without the Secure attribute, so the browser also sends it over plain HTTP, where it can be read or changed by anyone on the network path.',
        remediation: 'Mark the cookie Secure (cookie.setSecure(true), secure=True, { secure: true }) and serve the application over HTTPS only.',
        fixedExample: [
            'Cookie cookie = new Cookie("session", value);',
            'cookie.setSecure(true);',
            'cookie.setHttpOnly(true);',
            'response.addCookie(cookie);',
        ].join('\n'),
        helpUri: cwe(614),
        tags: ['security', 'cookies', 'owasp-top10'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'cookie-without-httponly',
        cwe: ['CWE-1004'],
        severity: 'medium',
        title: 'Cookie without the HttpOnly flag',
        description: 'A cookie is created without the HttpOnly attribute, so scripts in the page can read it; one cross-site scripting flaw is then enough to steal the session.',
        remediation: 'Mark the cookie HttpOnly (cookie.setHttpOnly(true), httponly=True, { httpOnly: true }) unless scripts genuinely need to read it.',
        fixedExample: [
            'Cookie cookie = new Cookie("session", value);',
            'cookie.setHttpOnly(true);',
            'cookie.setSecure(true);',
            'response.addCookie(cookie);',
        ].join('\n'),
        helpUri: cwe(1004),
        tags: ['security', 'cookies'],
        languages: ALL,
        kind: 'pattern',
    },
    {
        id: 'kms-decrypt-then-encrypt',
        cwe: ['CWE-311'],
        severity: 'medium',
        title: 'KMS plaintext decrypted and re-encrypted in application code',
        description: 'Data is decrypted with AWS KMS Decrypt and the plaintext is passed to KMS Encrypt under another key. The plaintext is exposed in the application (memory, logs, crash dumps) for no reason: KMS can re-encrypt it server side.',
        remediation: 'Call KMS ReEncrypt with the ciphertext and the destination key: the plaintext never leaves KMS. Grant kms:ReEncryptFrom on the source key and kms:ReEncryptTo on the destination key.',
        fixedExample: [
            'ReEncryptRequest req = new ReEncryptRequest()',
            '    .withCiphertextBlob(sourceCipherTextBlob)',
            '    .withDestinationKeyId("NewKeyId");',
            'ByteBuffer ciphertext = client.reEncrypt(req).getCiphertextBlob();',
        ].join('\n'),
        helpUri: 'https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html',
        tags: ['security', 'crypto', 'aws'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'path-traversal',
        cwe: ['CWE-22'],
        severity: 'high',
        title: 'Path traversal',
        description: 'A file system path is built from data the user controls (a parameter, header, cookie or upload name) and used to read, write or delete a file. Sequences such as ../ or an absolute path let an attacker reach files outside the intended directory.',
        remediation: 'Do not build paths from user input where an identifier or allow-list will do. Otherwise keep only the file name (FilenameUtils.getName, os.path.basename, path.basename), or resolve the path, normalise it and check that it still starts with the base directory before using it.',
        fixedExample: [
            'Path base = Paths.get("/srv/files").toRealPath();',
            'Path target = base.resolve(name).normalize();',
            'if (!target.startsWith(base)) {',
            '    throw new IllegalArgumentException("invalid file name");',
            '}',
            'byte[] content = Files.readAllBytes(target);',
        ].join('\n'),
        helpUri: cwe(22),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'sql-injection',
        cwe: ['CWE-89'],
        severity: 'critical',
        title: 'SQL injection',
        description: 'A SQL statement is built by concatenating or formatting data the user controls and then executed. The data can change the statement: read or modify other rows, bypass authentication or run other statements.',
        remediation: 'Use parameterized queries (PreparedStatement with ?, cursor.execute(sql, params), db.query(sql, [params])) or an ORM query API; never build SQL text from input. Validate identifiers (column or table names) against an allow-list.',
        fixedExample: [
            'PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = ?");',
            'ps.setString(1, name);',
            'ResultSet rs = ps.executeQuery();',
        ].join('\n'),
        helpUri: cwe(89),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'ldap-injection',
        cwe: ['CWE-90'],
        severity: 'high',
        title: 'LDAP injection',
        description: 'An LDAP search filter or distinguished name is built from data the user controls. Characters such as *, (, ) and \\ change the filter, so an attacker can match other entries or bypass an authentication check.',
        remediation: 'Encode values for LDAP filters (ESAPI encodeForLDAP, Spring LdapEncoder.filterEncode, ldap3 escape_filter_chars) or use a filter builder that encodes (Spring LDAP LdapQueryBuilder, UnboundID Filter.createEqualityFilter, search filter arguments {0}).',
        fixedExample: [
            'String filter = "(&(objectClass=person)(uid={0}))";',
            'NamingEnumeration<SearchResult> results =',
            '    ctx.search("ou=people,dc=example,dc=com", filter, new Object[] {uid}, controls);',
        ].join('\n'),
        helpUri: cwe(90),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ['java', 'python', 'javascript', 'typescript'],
        kind: 'taint',
    },
    {
        id: 'xpath-injection',
        cwe: ['CWE-643'],
        severity: 'high',
        title: 'XPath injection',
        description: 'An XPath expression is built from data the user controls. Quotes and operators in the data change the query, so an attacker can read other nodes of the document or bypass a check made with it.',
        remediation: 'Keep the expression constant and pass the user data as an XPath variable (XPathVariableResolver, lxml xpath(expr, name=value)), or validate the value against a strict allow-list before use.',
        fixedExample: [
            'xpath.setXPathVariableResolver(v -> "user".equals(v.getLocalPart()) ? userName : null);',
            'String role = xpath.evaluate("/users/user[@name=$user]/role", document);',
        ].join('\n'),
        helpUri: cwe(643),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'os-command-injection',
        cwe: ['CWE-78'],
        severity: 'critical',
        title: 'OS command injection',
        description: "An operating system command is built from data the user controls and run through a shell (or the user chooses the program). Shell metacharacters such as ;, |, && and $( ) let an attacker run any command with the application's privileges.",
        remediation: 'Avoid the shell: run a fixed program with an argument list (ProcessBuilder("ping", "-c", "3", host), subprocess.run([...]) without shell=True, execFile). Validate arguments against an allow-list or strict pattern, and use a library API instead of a command where one exists.',
        fixedExample: [
            'if (!host.matches("[A-Za-z0-9.-]{1,253}")) {',
            '    throw new IllegalArgumentException("invalid host");',
            '}',
            'Process p = new ProcessBuilder("/bin/ping", "-c", "3", host).start();',
        ].join('\n'),
        helpUri: cwe(78),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'cross-site-scripting',
        cwe: ['CWE-79'],
        severity: 'high',
        title: 'Cross-site scripting',
        description: "Data the user controls is written into an HTML response or the page without encoding. A script in the data runs in other users' browsers with their session: it can steal cookies, act on their behalf or change the page.",
        remediation: 'Render through a template engine that escapes by default, or encode for the output context (OWASP Encoder Encode.forHtml, Spring HtmlUtils.htmlEscape, Python html.escape, escape-html). Never assign user data to innerHTML; use textContent. Add a Content-Security-Policy.',
        fixedExample: [
            'response.setContentType("text/html;charset=UTF-8");',
            'response.getWriter().println("<p>Hello, " + Encode.forHtml(name) + "</p>");',
        ].join('\n'),
        helpUri: cwe(79),
        tags: ['security', 'injection', 'owasp-top10'],
        languages: ALL,
        kind: 'taint',
    },
    {
        id: 'trust-boundary-violation',
        cwe: ['CWE-501'],
        severity: 'medium',
        title: 'Trust boundary violation',
        description: 'Data the user controls is stored in the server-side session without validation. Code that later reads the session trusts it as if the server had put it there, mixing trusted and untrusted data.',
        remediation: 'Validate the data (type, format, allow-list) before storing it in the session, or keep it out of the session and store only values the server derived itself.',
        fixedExample: [
            'String role = request.getParameter("role");',
            'if (!ALLOWED_ROLES.contains(role)) {',
            '    throw new IllegalArgumentException("unknown role");',
            '}',
            'request.getSession().setAttribute("role", role);',
        ].join('\n'),
        helpUri: cwe(501),
        tags: ['security', 'injection'],
        languages: ALL,
        kind: 'taint',
    },
];
const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
function ruleById(id) {
    return BY_ID.get(id);
}

;// CONCATENATED MODULE: ./src/review/analysis/constants.ts
/**
 * Constant folding over literals, for the engine and the pattern detectors alike. A result is
 * `{ value }` (which may be null) or undefined when the operation does not give a constant.
 * `language` matters where languages differ: Java's integer division, Python's string repetition.
 */
function foldBinary(operator, left, right, language) {
    switch (operator) {
        case '+':
            if (typeof left === 'string' || typeof right === 'string')
                return { value: `${constants_text(left)}${constants_text(right)}` };
            return arithmetic(left, right, (a, b) => a + b);
        case '-':
            return arithmetic(left, right, (a, b) => a - b);
        case '*':
            return repeat(left, right, language) ?? arithmetic(left, right, (a, b) => a * b);
        case '/':
            return arithmetic(left, right, (a, b) => divide(a, b, language));
        case '%':
            return arithmetic(left, right, (a, b) => (b === 0 ? undefined : a % b));
        case '==':
        case '===':
            return { value: left === right };
        case '!=':
        case '!==':
            return { value: left !== right };
        case '<':
            return compare(left, right, (a, b) => a < b);
        case '<=':
            return compare(left, right, (a, b) => a <= b);
        case '>':
            return compare(left, right, (a, b) => a > b);
        case '>=':
            return compare(left, right, (a, b) => a >= b);
        case '&&':
            return { value: truthy(left) ? right : left };
        case '||':
            return { value: truthy(left) ? left : right };
        default:
            return undefined;
    }
}
function foldUnary(operator, operand) {
    switch (operator) {
        case '!':
            return { value: !truthy(operand) };
        case '-':
            return typeof operand === 'number' ? { value: -operand } : undefined;
        case '+':
            return typeof operand === 'number' ? { value: operand } : undefined;
        default:
            return undefined;
    }
}
/** String methods that keep a constant constant: `"des".toUpperCase()`, `'md5'.lower()`. */
function foldStringMethod(receiver, method, args) {
    if (typeof receiver !== 'string')
        return undefined;
    switch (method) {
        case 'toUpperCase':
        case 'upper':
            return { value: receiver.toUpperCase() };
        case 'toLowerCase':
        case 'lower':
            return { value: receiver.toLowerCase() };
        case 'trim':
        case 'strip':
            return { value: receiver.trim() };
        case 'concat':
            return args.every((arg) => typeof arg === 'string') ? { value: receiver + args.join('') } : undefined;
        default:
            return undefined;
    }
}
/** Truthiness the way JavaScript and Python judge it (Java has only booleans). */
function truthy(value) {
    return value !== null && value !== false && value !== 0 && value !== '';
}
function constants_text(value) {
    return value === null ? 'null' : String(value);
}
/** Numbers, and booleans as numbers (`True + 1` in Python). */
function numeric(value) {
    return typeof value === 'number' ? value : typeof value === 'boolean' ? Number(value) : undefined;
}
function arithmetic(left, right, op) {
    const a = numeric(left);
    const b = numeric(right);
    if (a === undefined || b === undefined)
        return undefined;
    const value = op(a, b);
    return value === undefined || !Number.isFinite(value) ? undefined : { value };
}
function divide(a, b, language) {
    if (b === 0)
        return undefined;
    const integral = language === 'java' && Number.isInteger(a) && Number.isInteger(b);
    return integral ? Math.trunc(a / b) : a / b;
}
/** `"ab" * 3`: Python strings repeat. */
function repeat(left, right, language) {
    if (language !== 'python')
        return undefined;
    const [textPart, count] = typeof left === 'string' ? [left, right] : [right, left];
    if (typeof textPart !== 'string' || typeof count !== 'number')
        return undefined;
    return Number.isInteger(count) && count >= 0 && count <= 4096
        ? { value: textPart.repeat(count) }
        : undefined;
}
function compare(left, right, op) {
    if (typeof left === 'string' && typeof right === 'string')
        return { value: op(left, right) };
    const a = numeric(left);
    const b = numeric(right);
    return a === undefined || b === undefined ? undefined : { value: op(a, b) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/review/analysis/fingerprint.ts

/**
 * A finding's identity across commits: the rule, the file, the enclosing function and the
 * reported code with its whitespace collapsed. The line number is left out on purpose, so a
 * finding keeps its fingerprint when code above it moves.
 */
function fingerprintOf(ruleId, path, enclosingFunction, code) {
    const normalised = code.replace(/\s+/g, ' ').trim();
    return (0,external_node_crypto_.createHash)('sha256')
        .update([ruleId, path, enclosingFunction, normalised].join('\u0000'))
        .digest('hex');
}
/** The name a finding's enclosing function is known by: `Class.method`, `function`, or `<module>`. */
function enclosingName(fn) {
    if (!fn)
        return '<module>';
    return fn.className ? `${fn.className}.${fn.name}` : fn.name;
}
const MAX_SHAPE_DEPTH = 6;
/** A compact, location-free rendering of an expression's IR: the "code" a fingerprint hashes. */
function shapeOf(expr, depth = 0) {
    if (!expr)
        return '';
    if (depth > MAX_SHAPE_DEPTH)
        return '…';
    const inner = (e) => shapeOf(e, depth + 1);
    const args = (list) => list.map((a) => (a.keyword ? `${a.keyword}=${inner(a.value)}` : inner(a.value))).join(', ');
    switch (expr.kind) {
        case 'literal':
            return JSON.stringify(expr.value);
        case 'name':
            return expr.name;
        case 'member':
            return `${inner(expr.object)}.${expr.property}`;
        case 'index':
            return `${inner(expr.object)}[${inner(expr.index)}]`;
        case 'call':
            return `${expr.receiver ? `${inner(expr.receiver)}.` : ''}${expr.method}(${args(expr.args)})`;
        case 'new':
            return `new ${expr.type}(${args(expr.args)})`;
        case 'binary':
            return `${inner(expr.left)} ${expr.operator} ${inner(expr.right)}`;
        case 'unary':
            return `${expr.operator} ${inner(expr.operand)}`;
        case 'conditional':
            return `${inner(expr.test)} ? ${inner(expr.then)} : ${inner(expr.otherwise)}`;
        case 'array':
            return `[${expr.elements.map(inner).join(', ')}]`;
        case 'object':
            return `{${expr.properties.map((p) => `${p.key ?? '?'}: ${inner(p.value)}`).join(', ')}}`;
        case 'function':
            return `function ${expr.fn.name}`;
        case 'unknown':
            return `${expr.syntax}(${expr.parts.map(inner).join(', ')})`;
    }
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/common.ts


/** `a.b.c` for a chain of plain names, otherwise undefined. */
function dottedName(expr) {
    if (!expr)
        return undefined;
    if (expr.kind === 'name')
        return expr.name;
    if (expr.kind === 'member') {
        const object = dottedName(expr.object);
        return object === undefined ? undefined : `${object}.${expr.property}`;
    }
    return undefined;
}
/** The last name of a dotted chain (`javax.crypto.Cipher` → `Cipher`), or of a call's method. */
function lastName(expr) {
    if (!expr)
        return undefined;
    if (expr.kind === 'name')
        return expr.name;
    if (expr.kind === 'member')
        return expr.property;
    if (expr.kind === 'call')
        return expr.method;
    return undefined;
}
/** What the call invokes, as written: `Cipher.getInstance`, `hashlib.md5`, `new Cookie`. */
function calleeText(event) {
    const expr = event.expr;
    if (expr.kind === 'new')
        return `new ${expr.type}`;
    const receiver = dottedName(expr.receiver) ?? lastName(expr.receiver);
    return receiver ? `${receiver}.${expr.method}` : expr.method;
}
/** The simple name of a `new` type (`javax.servlet.http.Cookie` → `Cookie`, `AWS.S3` → `S3`). */
function simpleType(type) {
    return type.slice(type.lastIndexOf('.') + 1);
}
/** The module a local name was imported from (`DES` → `Crypto.Cipher.DES`), if it was. */
function importOf(module, alias) {
    if (alias === undefined)
        return undefined;
    return module.imports.find((imported) => imported.alias === alias)?.module;
}
/** The value of the keyword argument `keyword`, or else of the `position`-th positional argument. */
function argument(event, position, keyword) {
    const args = event.expr.args;
    if (keyword !== undefined) {
        const index = args.findIndex((arg) => arg.keyword === keyword);
        if (index >= 0)
            return event.args[index];
    }
    if (position === undefined)
        return undefined;
    let seen = 0;
    for (let i = 0; i < args.length; i++) {
        if (args[i].keyword !== undefined || args[i].spread)
            continue;
        if (seen === position)
            return event.args[i];
        seen++;
    }
    return undefined;
}
function positionalCount(event) {
    return event.expr.args.filter((arg) => arg.keyword === undefined && !arg.spread).length;
}
/** The constant strings a value may be; `complete` is false when some possibility is not a constant. */
function possibleStrings(facts, value) {
    if (!value)
        return { strings: [], complete: false };
    const strings = [];
    let complete = true;
    for (const leaf of facts.possibleValues(value)) {
        if (leaf.kind === 'const' && typeof leaf.value === 'string')
            strings.push(leaf.value);
        else
            complete = false;
    }
    return { strings, complete };
}
/** Whether every possibility of the value is the constant `expected` (a flag set to `true`). */
function certainlyIs(facts, value, expected) {
    if (!value)
        return false;
    const leaves = facts.possibleValues(value);
    return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'const' && leaf.value === expected);
}
/** The expression a derived or instance value came from, for looking at its syntax. */
function sourceExpr(value) {
    if (value.kind === 'derived')
        return value.expr;
    if (value.kind === 'instance')
        return value.event.expr;
    if (value.kind === 'object' || value.kind === 'array')
        return value.expr;
    return undefined;
}
const SEVERITY = new Map(RULES.map((rule) => [rule.id, rule.severity]));
/** Collects one rule's findings in a module, once per reported expression, in source order. */
class FindingSink {
    ruleId;
    module;
    found = new Map();
    constructor(ruleId, module) {
        this.ruleId = ruleId;
        this.module = module;
    }
    report(expr, scope, message) {
        const key = `${expr.loc.line}:${expr.loc.column}:${expr.loc.endLine}:${expr.loc.endColumn}`;
        if (this.found.has(key))
            return;
        const severity = SEVERITY.get(this.ruleId);
        if (!severity)
            throw new Error(`rule ${this.ruleId} is missing from the catalog`);
        this.found.set(key, {
            ruleId: this.ruleId,
            severity,
            path: this.module.path,
            loc: expr.loc,
            message,
            fingerprint: fingerprintOf(this.ruleId, this.module.path, scope, shapeOf(expr)),
        });
    }
    findings() {
        return [...this.found.values()].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
    }
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/constants.ts
/**
 * The small value model the pattern detectors evaluate code into. It is deliberately modest:
 * constants (literals, folded operators, string concatenation), object and array literals, the
 * identity of each call/new result, parameters, and `oneOf` for values that differ by branch.
 * Anything else is `derived` from the values it was computed from, keeping the expression so a
 * detector can still look at its syntax (`AES.MODE_ECB`).
 */

const UNKNOWN = { kind: 'unknown' };
/** More options than this and the value is treated as unknown beyond them. */
const MAX_OPTIONS = 16;
function constant(value) {
    return { kind: 'const', value };
}
function isConst(value) {
    return value?.kind === 'const';
}
/** The possibilities of a value one level deep: `oneOf` flattened, nothing else resolved. */
function shallowOptions(value) {
    return value.kind === 'oneOf' ? value.options : [value];
}
function sameValue(a, b) {
    return a === b || (a.kind === 'const' && b.kind === 'const' && a.value === b.value);
}
/** A value that is any one of `values`. */
function oneOf(values) {
    const options = [];
    for (const option of values.flatMap(shallowOptions)) {
        if (!options.some((known) => sameValue(known, option)))
            options.push(option);
    }
    if (options.length > MAX_OPTIONS)
        return { kind: 'oneOf', options: [...options.slice(0, MAX_OPTIONS), UNKNOWN] };
    return options.length === 1 ? options[0] : { kind: 'oneOf', options };
}
/** Whether a condition is certainly true or certainly false; undefined when it may be either. */
function certainTruth(value) {
    const options = shallowOptions(value);
    if (!options.every(isConst))
        return undefined;
    const truths = new Set(options.map((option) => truthy(option.value)));
    return truths.size === 1 ? [...truths][0] : undefined;
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/facts.ts



const SELF_NAMES = new Set(['this', 'self', 'cls']);
/** Calls building a collection from their arguments, and calls adding one element to it. */
const COLLECTION_FACTORIES = new Set([
    'of',
    'asList',
    'listOf',
    'setOf',
    'copyOf',
    'singletonList',
    'singleton',
]);
const COLLECTION_ADDERS = new Set(['add', 'push', 'append', 'addLast', 'addFirst', 'offer', 'put']);
const CONSTRUCTOR_NAMES = new Set(['<init>', '__init__', 'constructor']);
/** Cross products of constants larger than this are not folded. */
const MAX_FOLDED = 16;
/** How far `possibleValues`, `aliases` and `derivesFrom` follow parameters, returns and calls. */
const MAX_DEPTH = 6;
const MAX_VISITED = 256;
/** Variables of one function: a layer per branch, joined back when the branches meet. */
class Env {
    parent;
    vars = new Map();
    constructor(parent) {
        this.parent = parent;
    }
    lookup(name) {
        return this.vars.get(name) ?? this.parent?.lookup(name);
    }
}
function forEachStatement(stmts, visit) {
    for (const stmt of stmts) {
        visit(stmt);
        switch (stmt.kind) {
            case 'if':
                forEachStatement(stmt.then, visit);
                forEachStatement(stmt.otherwise, visit);
                break;
            case 'loop':
            case 'block':
                forEachStatement(stmt.body, visit);
                break;
            case 'try':
                forEachStatement(stmt.body, visit);
                for (const handler of stmt.handlers)
                    forEachStatement(handler.body, visit);
                forEachStatement(stmt.finally, visit);
                break;
        }
    }
}
function isSelfName(expr) {
    return expr.kind === 'name' && SELF_NAMES.has(expr.name);
}
function increment(counts, key) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
}
/** Assignments to each field in the methods of a class (`this.x =`, `self.x =`, Java's bare `x =`). */
function fieldAssignments(cls, java) {
    const counts = new Map();
    for (const method of cls.methods) {
        const locals = new Set(method.params.map((param) => param.name));
        forEachStatement(method.body, (stmt) => {
            if (stmt.kind === 'assign' && stmt.declaredType && stmt.target.kind === 'name')
                locals.add(stmt.target.name);
            if (stmt.kind === 'loop' && stmt.variable?.kind === 'name')
                locals.add(stmt.variable.name);
        });
        forEachStatement(method.body, (stmt) => {
            if (stmt.kind !== 'assign')
                return;
            const target = stmt.target;
            if (target.kind === 'member' && (isSelfName(target.object) || isNamed(target.object, cls.name))) {
                increment(counts, target.property);
            }
            else if (java && target.kind === 'name' && !stmt.declaredType && !locals.has(target.name)) {
                increment(counts, target.name);
            }
        });
    }
    return counts;
}
function append(map, key, item) {
    const list = map.get(key);
    if (list)
        list.push(item);
    else
        map.set(key, [item]);
}
function isNamed(expr, name) {
    return expr.kind === 'name' && expr.name === name;
}
function assignedNames(stmts) {
    const names = new Set();
    forEachStatement(stmts, (stmt) => {
        if (stmt.kind === 'assign' && stmt.target.kind === 'name')
            names.add(stmt.target.name);
        if (stmt.kind === 'loop' && stmt.variable?.kind === 'name')
            names.add(stmt.variable.name);
    });
    return names;
}
/** The facts of one module, and the queries detectors run on them. */
class ModuleFacts {
    module;
    program;
    calls = [];
    assigns = [];
    callsOnValue = new Map();
    passedAs = new Map();
    returnedBy = new Map();
    returns = new Map();
    callersByName = new Map();
    functionsByName = new Map();
    namesOf = new Map();
    paramValues = new Map();
    closures = new Map();
    classes = new Map();
    moduleEnv = new Env();
    /** Arrays, objects and buffers written through an index (`iv[i] = ...`). */
    written = new Set();
    containers = new Map();
    /** `possibleValues` answers, and the arguments each parameter receives: computed once. */
    possibilities = new Map();
    arguments = new Map();
    /**
     * @param program every module of the program, for constants defined in another file
     * @param fieldsOnly evaluate only module statements and field initialisers (a constant lookup from another module)
     */
    constructor(module, program, fieldsOnly = false) {
        this.module = module;
        this.program = program;
        this.walkModule(fieldsOnly);
    }
    // ---- queries ------------------------------------------------------------------------------
    /** Calls whose receiver is this very value (an object, a parameter, a call result). */
    callsOn(value) {
        return this.callsOnValue.get(value) ?? [];
    }
    /**
     * Everything a value may be, following branches, parameters of functions in this module (to
     * the arguments of their calls) and calls of those functions (to their returns).
     */
    possibleValues(value) {
        let leaves = this.possibilities.get(value);
        if (!leaves) {
            this.possibilities.set(value, [value]); // a cycle back to this value ends at the value itself
            leaves = this.expand(value);
            this.possibilities.set(value, leaves);
        }
        return leaves;
    }
    expand(value) {
        const leaves = [];
        const constants = new Set();
        const addLeaf = (leaf) => {
            if (leaf.kind === 'const') {
                if (constants.has(leaf.value))
                    return;
                constants.add(leaf.value);
            }
            leaves.push(leaf);
        };
        const seen = new Set();
        const visit = (current, depth) => {
            if (seen.has(current) || seen.size > MAX_VISITED)
                return;
            seen.add(current);
            if (current !== value && current.kind === 'param') {
                // A parameter's possibilities are shared by every use of it: expanded once.
                this.possibleValues(current).forEach(addLeaf);
                return;
            }
            const next = depth < MAX_DEPTH ? this.expansion(current) : undefined;
            if (next === undefined)
                addLeaf(current);
            else
                for (const option of next)
                    visit(option, depth + 1);
        };
        visit(value, 0);
        return leaves;
    }
    /**
     * The same object under other names: parameters it is passed to, results of the calls of
     * functions that return it, and (for fluent builders) the results of calls made on it.
     */
    aliases(value, fluent) {
        const found = [value];
        const seen = new Set(found);
        const add = (alias) => {
            if (seen.has(alias) || seen.size > MAX_VISITED)
                return;
            seen.add(alias);
            found.push(alias);
        };
        for (let i = 0; i < found.length; i++) {
            const current = found[i];
            if (fluent)
                for (const call of this.callsOn(current))
                    add(call.result);
            for (const { event, index } of this.passedAs.get(current) ?? []) {
                for (const fn of this.calleesOf(event)) {
                    const param = this.paramIndexOf(event, index, fn);
                    if (param !== undefined)
                        add(this.paramValue(fn, param));
                }
            }
            for (const fn of this.returnedBy.get(current) ?? []) {
                for (const caller of this.callersOf(fn))
                    add(caller.result);
            }
        }
        return found;
    }
    /** What the functions of this module (or a closure) return. */
    returnsOf(fn) {
        return this.returns.get(fn) ?? [];
    }
    /** Whether something was stored into the value through an index. */
    isWritten(value) {
        return this.written.has(value);
    }
    /** The known value of a field of a class defined in this module, for other modules. */
    constantField(className, field) {
        const state = this.classes.get(className);
        const value = state && this.fieldValue(state, field);
        return value && shallowOptions(value).every(isConst) ? value : undefined;
    }
    /** Object literals holding the value under a key (`{ ContentMD5: digest }`). */
    containersOf(value) {
        return this.containers.get(value) ?? [];
    }
    /** Calls receiving the value as an argument, with its position. */
    usesAsArgument(value) {
        return this.passedAs.get(value) ?? [];
    }
    /** Whether the value was computed from a call that `test` accepts (through members, indexes, arguments). */
    derivesFrom(value, test) {
        const seen = new Set();
        const visit = (current) => {
            if (seen.has(current) || seen.size > MAX_VISITED)
                return false;
            seen.add(current);
            switch (current.kind) {
                case 'oneOf':
                    return current.options.some(visit);
                case 'derived':
                    return current.from.some(visit);
                case 'object':
                    return [...current.props.values()].some(visit);
                case 'array':
                    return current.elements.some(visit);
                case 'instance': {
                    const event = current.event;
                    if (test(event))
                        return true;
                    if ((event.receiver && visit(event.receiver)) || event.args.some(visit))
                        return true;
                    return this.expansion(current)?.some(visit) ?? false;
                }
                case 'param': {
                    const passedTo = this.closures.get(current.fn)?.passedTo;
                    if (passedTo && test(passedTo))
                        return true;
                    return this.expansion(current)?.some(visit) ?? false;
                }
                default:
                    return false;
            }
        };
        return visit(value);
    }
    /** Functions of this module a call may run (by name, called plainly or on this/self/its class). */
    calleesOf(event) {
        const expr = event.expr;
        if (expr.kind !== 'call' || !this.isLocalCall(expr.receiver))
            return [];
        return this.functionsByName.get(expr.method) ?? [];
    }
    // ---- expansion helpers ------------------------------------------------------------------
    expansion(value) {
        switch (value.kind) {
            case 'oneOf':
                return value.options;
            case 'param': {
                let args = this.arguments.get(value);
                if (!args) {
                    args = this.callersOf(value.fn).map((caller) => this.argumentFor(caller, value.fn, value.index));
                    this.arguments.set(value, args);
                }
                return args.length > 0 ? args : undefined;
            }
            case 'instance': {
                const returned = this.calleesOf(value.event).flatMap((fn) => this.returns.get(fn) ?? []);
                return returned.length > 0 ? returned : undefined;
            }
            default:
                return undefined;
        }
    }
    callersOf(fn) {
        return (this.namesOf.get(fn) ?? []).flatMap((name) => this.callersByName.get(name) ?? []);
    }
    /** Python methods list `self`/`cls` as their first parameter; calls do not pass it. */
    implicitParams(fn) {
        const first = fn.params[0]?.name;
        return this.module.language === 'python' &&
            fn.className &&
            !fn.isStatic &&
            (first === 'self' || first === 'cls')
            ? 1
            : 0;
    }
    argumentFor(event, fn, paramIndex) {
        const args = event.expr.args;
        const name = fn.params[paramIndex]?.name;
        const keyword = args.findIndex((arg) => arg.keyword !== undefined && arg.keyword === name);
        if (keyword >= 0)
            return event.args[keyword];
        const positional = args.flatMap((arg, i) => (arg.keyword === undefined && !arg.spread ? [i] : []));
        const at = positional[paramIndex - this.implicitParams(fn)];
        return at === undefined ? UNKNOWN : event.args[at];
    }
    paramIndexOf(event, argIndex, fn) {
        const arg = event.expr.args[argIndex];
        if (arg.spread)
            return undefined;
        if (arg.keyword !== undefined) {
            const index = fn.params.findIndex((param) => param.name === arg.keyword);
            return index >= 0 ? index : undefined;
        }
        const position = event.expr.args.slice(0, argIndex).filter((a) => a.keyword === undefined).length;
        const index = position + this.implicitParams(fn);
        return index < fn.params.length ? index : undefined;
    }
    paramValue(fn, index) {
        let params = this.paramValues.get(fn);
        if (!params) {
            params = fn.params.map((_, i) => ({ kind: 'param', fn, index: i }));
            this.paramValues.set(fn, params);
        }
        return params[index];
    }
    isLocalCall(receiver) {
        if (!receiver)
            return true;
        return receiver.kind === 'name' && (SELF_NAMES.has(receiver.name) || this.classes.has(receiver.name));
    }
    // ---- the walk -----------------------------------------------------------------------------
    registerFunction(name, fn) {
        if (this.functionsByName.get(name)?.includes(fn))
            return;
        append(this.functionsByName, name, fn);
        append(this.namesOf, fn, name);
    }
    walkModule(fieldsOnly) {
        const module = this.module;
        for (const fn of module.functions)
            this.registerFunction(fn.name, fn);
        for (const cls of module.classes) {
            this.classes.set(cls.name, {
                decl: cls,
                values: new Map(),
                assignments: fieldAssignments(cls, module.language === 'java'),
                initialised: new Set(),
                fields: 'pending',
            });
            for (const method of cls.methods)
                this.registerFunction(method.name, method);
        }
        this.walkBlock(module.statements, this.moduleEnv, { scope: '<module>' });
        for (const state of this.classes.values())
            this.walkFields(state);
        if (fieldsOnly)
            return;
        for (const state of this.classes.values()) {
            const methods = [...state.decl.methods].sort((a, b) => Number(CONSTRUCTOR_NAMES.has(b.name)) - Number(CONSTRUCTOR_NAMES.has(a.name)));
            for (const method of methods) {
                const constructing = CONSTRUCTOR_NAMES.has(method.name) ? state : undefined;
                this.walkFunction(method, new Env(this.moduleEnv), {
                    scope: enclosingName(method),
                    fn: method,
                    cls: state,
                    constructing,
                });
            }
        }
        for (const fn of module.functions) {
            this.walkFunction(fn, new Env(this.moduleEnv), { scope: enclosingName(fn), fn });
        }
    }
    walkFields(state) {
        if (state.fields !== 'pending')
            return;
        state.fields = 'walking';
        const frame = {
            scope: enclosingName({ name: '<fields>', className: state.decl.name }),
            cls: state,
        };
        const env = new Env(this.moduleEnv);
        for (const field of state.decl.fields) {
            const value = this.evaluate(field.value, env, frame);
            this.assigns.push({ stmt: field, value, scope: frame.scope });
            const name = field.target.kind === 'name' ? field.target.name : undefined;
            if (!name)
                continue;
            state.initialised.add(name);
            if (field.constant || !state.assignments.get(name))
                state.values.set(name, value);
        }
        state.fields = 'done';
    }
    walkFunction(fn, env, frame) {
        fn.params.forEach((param, index) => env.vars.set(param.name, this.paramValue(fn, index)));
        this.walkBlock(fn.body, env, frame);
    }
    walkBlock(stmts, env, frame) {
        for (const stmt of stmts)
            this.walkStatement(stmt, env, frame);
    }
    walkStatement(stmt, env, frame) {
        switch (stmt.kind) {
            case 'assign': {
                const value = this.evaluate(stmt.value, env, frame);
                const key = this.bind(stmt.target, value, env, frame);
                this.assigns.push({ stmt, value, key, scope: frame.scope });
                return;
            }
            case 'expr':
                this.evaluate(stmt.expr, env, frame);
                return;
            case 'if': {
                const truth = certainTruth(this.evaluate(stmt.test, env, frame));
                if (truth === true)
                    this.walkBlock(stmt.then, env, frame);
                else if (truth === false)
                    this.walkBlock(stmt.otherwise, env, frame);
                else
                    this.walkBranches([stmt.then, stmt.otherwise], env, frame);
                return;
            }
            case 'loop':
                this.walkLoop(stmt, env, frame);
                return;
            case 'return': {
                const value = stmt.value ? this.evaluate(stmt.value, env, frame) : UNKNOWN;
                if (frame.fn)
                    this.recordReturn(frame.fn, value);
                return;
            }
            case 'throw':
                if (stmt.value)
                    this.evaluate(stmt.value, env, frame);
                return;
            case 'try':
                this.walkBlock(stmt.body, env, frame);
                if (stmt.handlers.length > 0) {
                    this.walkBranches([[], ...stmt.handlers.map((handler) => handler.body)], env, frame);
                }
                this.walkBlock(stmt.finally, env, frame);
                return;
            case 'block':
                this.walkBlock(stmt.body, env, frame);
                return;
            case 'break':
            case 'continue':
                return;
        }
    }
    /** Walks each block from the same state, then joins what they assigned. */
    walkBranches(blocks, env, frame) {
        const layers = blocks.map((block) => {
            const layer = new Env(env);
            this.walkBlock(block, layer, frame);
            return layer;
        });
        const names = new Set(layers.flatMap((layer) => [...layer.vars.keys()]));
        for (const name of names) {
            env.vars.set(name, oneOf(layers.map((layer) => this.lookup(name, layer, frame) ?? UNKNOWN)));
        }
    }
    /** A loop body is walked once; what it assigns may also keep its value from before or from a previous run. */
    walkLoop(loop, env, frame) {
        for (const name of assignedNames(loop.body)) {
            env.vars.set(name, oneOf([this.lookup(name, env, frame) ?? UNKNOWN, UNKNOWN]));
        }
        if (loop.test && certainTruth(this.evaluate(loop.test, env, frame)) === false)
            return;
        const iterable = loop.iterable ? this.evaluate(loop.iterable, env, frame) : undefined;
        const layer = new Env(env);
        if (loop.variable && iterable)
            this.bind(loop.variable, this.elementOf(iterable, loop.iterable), layer, frame);
        this.walkBlock(loop.body, layer, frame);
        for (const [name, value] of layer.vars) {
            env.vars.set(name, oneOf([this.lookup(name, env, frame) ?? UNKNOWN, value]));
        }
    }
    /** What a for-each variable may hold: array elements, `List.of(a, b)` arguments, what was `add`ed. */
    elementOf(iterable, expr) {
        const elements = [];
        for (const option of shallowOptions(iterable)) {
            if (option.kind === 'array') {
                elements.push(...option.elements);
            }
            else if (option.kind === 'instance') {
                const creation = option.event.expr;
                const method = creation.kind === 'call' ? creation.method : '';
                if (COLLECTION_FACTORIES.has(method))
                    elements.push(...option.event.args);
                for (const call of this.callsOn(option)) {
                    if (COLLECTION_ADDERS.has(call.expr.kind === 'call' ? call.expr.method : ''))
                        elements.push(...call.args);
                }
            }
        }
        return elements.length > 0
            ? oneOf([...elements, { kind: 'derived', expr, from: [iterable] }])
            : { kind: 'derived', expr, from: [iterable] };
    }
    recordReturn(fn, value) {
        append(this.returns, fn, value);
        for (const option of shallowOptions(value))
            append(this.returnedBy, option, fn);
    }
    /** Stores a value into a name, member or index; returns the key of an index target. */
    bind(target, value, env, frame) {
        switch (target.kind) {
            case 'name':
                env.vars.set(target.name, value);
                if (value.kind === 'function')
                    this.registerFunction(target.name, value.fn);
                return undefined;
            case 'member': {
                const state = frame.constructing;
                if (state && isSelfName(target.object)) {
                    const name = target.property;
                    if (!state.initialised.has(name) && state.assignments.get(name) === 1)
                        state.values.set(name, value);
                    return undefined;
                }
                if (isSelfName(target.object))
                    return undefined;
                for (const option of shallowOptions(this.evaluate(target.object, env, frame))) {
                    if (option.kind === 'object')
                        option.props.set(target.property, value);
                }
                return undefined;
            }
            case 'index': {
                const key = this.evaluate(target.index, env, frame);
                for (const option of shallowOptions(this.evaluate(target.object, env, frame))) {
                    if (option.kind === 'object' && isConst(key) && typeof key.value === 'string') {
                        option.props.set(key.value, value);
                    }
                    else if (option.kind === 'array' && isConst(key) && typeof key.value === 'number') {
                        option.elements[key.value] = value;
                    }
                    this.written.add(option);
                }
                return key;
            }
            default:
                return undefined;
        }
    }
    lookup(name, env, frame) {
        const local = env.lookup(name);
        if (local)
            return local;
        if (this.module.language !== 'java')
            return undefined;
        const field = frame.cls && this.fieldValue(frame.cls, name);
        if (field)
            return field;
        // `import static com.acme.Settings.ALGORITHM;`
        const imported = this.module.imports.find((entry) => entry.alias === name)?.module.split('.');
        return imported && imported.length >= 2
            ? this.program?.field(imported[imported.length - 2], name, this.module)
            : undefined;
    }
    fieldValue(state, name) {
        this.walkFields(state);
        return state.values.get(name);
    }
    /** `this.x`, `self.x`, `Config.X` for a class of this module. */
    classOf(object, frame) {
        if (object.kind !== 'name')
            return undefined;
        if (SELF_NAMES.has(object.name))
            return frame.cls;
        return this.classes.get(object.name);
    }
    // ---- expressions ------------------------------------------------------------------------
    evaluate(expr, env, frame) {
        switch (expr.kind) {
            case 'literal':
                return constant(expr.value);
            case 'name':
                return this.lookup(expr.name, env, frame) ?? { kind: 'derived', expr, from: [] };
            case 'member':
                return this.evaluateMember(expr, env, frame);
            case 'index': {
                const object = this.evaluate(expr.object, env, frame);
                const key = this.evaluate(expr.index, env, frame);
                const element = isConst(key) ? this.elementAt(object, key.value) : undefined;
                return element ?? { kind: 'derived', expr, from: [object, key] };
            }
            case 'call':
            case 'new':
                return this.evaluateCall(expr, env, frame);
            case 'binary':
                return this.evaluateBinary(expr, env, frame);
            case 'unary': {
                const operand = this.evaluate(expr.operand, env, frame);
                if (expr.operator === 'await')
                    return operand;
                const folded = isConst(operand) ? foldUnary(expr.operator, operand.value) : undefined;
                return folded === undefined ? { kind: 'derived', expr, from: [operand] } : constant(folded.value);
            }
            case 'conditional': {
                const truth = certainTruth(this.evaluate(expr.test, env, frame));
                if (truth !== undefined)
                    return this.evaluate(truth ? expr.then : expr.otherwise, env, frame);
                return oneOf([this.evaluate(expr.then, env, frame), this.evaluate(expr.otherwise, env, frame)]);
            }
            case 'array':
                return {
                    kind: 'array',
                    elements: expr.elements.map((element) => this.evaluate(element, env, frame)),
                    expr,
                };
            case 'object':
                return this.evaluateObject(expr, env, frame);
            case 'function':
                return this.evaluateClosure(expr.fn, env, frame);
            case 'unknown':
                return { kind: 'derived', expr, from: expr.parts.map((part) => this.evaluate(part, env, frame)) };
        }
    }
    elementAt(object, key) {
        const options = shallowOptions(object);
        const elements = [];
        for (const option of options) {
            if (option.kind === 'object' && typeof key === 'string' && option.props.has(key)) {
                elements.push(option.props.get(key));
            }
            else if (option.kind === 'array' && typeof key === 'number' && option.elements[key]) {
                elements.push(option.elements[key]);
            }
            else {
                return undefined;
            }
        }
        return oneOf(elements);
    }
    evaluateMember(expr, env, frame) {
        const shadowed = this.isShadowed(expr.object, env);
        const state = shadowed ? undefined : this.classOf(expr.object, frame);
        if (state)
            return this.fieldValue(state, expr.property) ?? { kind: 'derived', expr, from: [] };
        const remote = !shadowed && expr.object.kind === 'name' && !SELF_NAMES.has(expr.object.name)
            ? this.program?.field(expr.object.name, expr.property, this.module)
            : undefined;
        if (remote)
            return remote;
        const object = this.evaluate(expr.object, env, frame);
        return this.elementAt(object, expr.property) ?? { kind: 'derived', expr, from: [object] };
    }
    /** A local variable named like a class hides it. */
    isShadowed(object, env) {
        return object.kind === 'name' && !SELF_NAMES.has(object.name) && env.lookup(object.name) !== undefined;
    }
    evaluateBinary(expr, env, frame) {
        const left = this.evaluate(expr.left, env, frame);
        if (expr.operator === '&&' || expr.operator === '||') {
            const truth = certainTruth(left);
            if (truth === (expr.operator === '||'))
                return left;
            if (truth !== undefined)
                return this.evaluate(expr.right, env, frame);
            // Either operand may be the result: `process.env.ALGORITHM || 'des-ede3-cbc'`.
            return oneOf([left, this.evaluate(expr.right, env, frame)]);
        }
        if (expr.operator === '??') {
            const options = shallowOptions(left);
            if (options.every(isConst) && options.every((option) => option.value !== null))
                return left;
            return oneOf([left, this.evaluate(expr.right, env, frame)]);
        }
        const right = this.evaluate(expr.right, env, frame);
        const lefts = shallowOptions(left);
        const rights = shallowOptions(right);
        if (lefts.every(isConst) && rights.every(isConst) && lefts.length * rights.length <= MAX_FOLDED) {
            const folded = [];
            for (const a of lefts) {
                for (const b of rights) {
                    const result = foldBinary(expr.operator, a.value, b.value, this.module.language);
                    if (result === undefined)
                        return { kind: 'derived', expr, from: [left, right] };
                    folded.push(constant(result.value));
                }
            }
            return oneOf(folded);
        }
        return { kind: 'derived', expr, from: [left, right] };
    }
    evaluateObject(expr, env, frame) {
        const value = { kind: 'object', props: new Map(), open: false, expr };
        for (const property of expr.properties) {
            const propertyValue = this.evaluate(property.value, env, frame);
            if (property.key !== undefined) {
                value.props.set(property.key, propertyValue);
                for (const option of shallowOptions(propertyValue))
                    append(this.containers, option, { object: value, key: property.key });
                continue;
            }
            const spread = shallowOptions(this.spreadContent(propertyValue));
            if (spread.length === 1 && spread[0].kind === 'object') {
                for (const [key, inner] of spread[0].props)
                    value.props.set(key, inner);
                value.open ||= spread[0].open;
            }
            else {
                value.open = true;
            }
        }
        return value;
    }
    /** A spread property may come wrapped in an `unknown` spread node. */
    spreadContent(value) {
        if (value.kind === 'derived' && value.expr.kind === 'unknown' && /spread/.test(value.expr.syntax)) {
            return value.from.length === 1 ? value.from[0] : value;
        }
        return value;
    }
    evaluateClosure(fn, env, frame) {
        const value = { kind: 'function', fn };
        this.closures.set(fn, value);
        const anonymous = !fn.name || fn.name.startsWith('<');
        const scope = anonymous ? frame.scope : enclosingName(fn);
        this.walkFunction(fn, new Env(env), { scope, fn, cls: frame.cls });
        return value;
    }
    evaluateCall(expr, env, frame) {
        const receiver = expr.kind === 'call' && expr.receiver ? this.evaluate(expr.receiver, env, frame) : undefined;
        const args = expr.args.map((arg) => this.evaluate(arg.value, env, frame));
        if (expr.kind === 'call' && receiver && isConst(receiver) && args.every(isConst)) {
            const folded = foldStringMethod(receiver.value, expr.method, args.map((arg) => arg.value));
            if (folded !== undefined)
                return constant(folded.value);
        }
        return this.record(expr, receiver, args, frame).result;
    }
    record(expr, receiver, args, frame) {
        const event = { expr, receiver, args, scope: frame.scope };
        event.result = { kind: 'instance', event };
        this.calls.push(event);
        for (const option of receiver ? shallowOptions(receiver) : [])
            append(this.callsOnValue, option, event);
        args.forEach((arg, index) => {
            for (const option of shallowOptions(arg)) {
                if (option.kind === 'function')
                    option.passedTo = event;
                if (option.kind === 'const')
                    continue;
                append(this.passedAs, option, { event, index });
            }
        });
        if (expr.kind === 'call' && this.isLocalCall(expr.receiver)) {
            append(this.callersByName, expr.method, event);
        }
        return event;
    }
}
/** Classes of every module of a program, so a constant of another file can be looked up. */
class ProgramIndex {
    modulesByClass = new Map();
    fieldFacts = new Map();
    constructor(modules) {
        for (const module of modules) {
            for (const cls of module.classes)
                append(this.modulesByClass, cls.name, module);
        }
    }
    /** The constant value of `className.field` defined in another module, if exactly one module defines the class. */
    field(className, field, from) {
        const modules = (this.modulesByClass.get(className) ?? []).filter((module) => module !== from);
        if (modules.length !== 1)
            return undefined;
        return this.fieldsOf(modules[0])?.constantField(className, field);
    }
    fieldsOf(module) {
        const known = this.fieldFacts.get(module);
        if (known === 'pending')
            return undefined;
        if (known)
            return known;
        this.fieldFacts.set(module, 'pending');
        const facts = new ModuleFacts(module, this, true);
        this.fieldFacts.set(module, facts);
        return facts;
    }
}
const programCache = new WeakMap();
const factsCache = new WeakMap();
/**
 * The facts of a module, computed once however many detectors ask. With `program` (every module
 * of the review), constants defined in another file are evaluated too.
 */
function factsOf(module, program) {
    let facts = factsCache.get(module);
    if (!facts) {
        let index = program && programCache.get(program);
        if (program && !index) {
            index = new ProgramIndex(program);
            programCache.set(program, index);
        }
        facts = new ModuleFacts(module, index);
        factsCache.set(module, facts);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/cookies.ts



/** 'set' when every possibility is a truthy constant; otherwise the flag may be off. */
function flagOf(facts, value, absent) {
    if (!value)
        return absent;
    const leaves = facts.possibleValues(value);
    return leaves.length > 0 && leaves.every((leaf) => leaf.kind === 'const' && truthy(leaf.value))
        ? 'set'
        : 'missing';
}
function combine(flags) {
    if (flags.includes('missing'))
        return 'missing';
    return flags.includes('unknown') ? 'unknown' : 'set';
}
/** A flag in an options object (or objects): absent keys take `absent`, unknown objects are 'unknown'. */
function optionFlag(facts, options, key, absent) {
    if (!options)
        return absent;
    return combine(facts.possibleValues(options).map((leaf) => {
        if (leaf.kind !== 'object')
            return 'unknown';
        const value = leaf.props.get(key);
        if (value)
            return flagOf(facts, value, absent);
        return leaf.open ? 'unknown' : absent;
    }));
}
// ---- Java ---------------------------------------------------------------------------------
const callOrder = new WeakMap();
function orderOf(facts, event) {
    let order = callOrder.get(facts);
    if (!order) {
        order = new Map(facts.calls.map((call, index) => [call, index]));
        callOrder.set(facts, order);
    }
    return order.get(event) ?? -1;
}
/** The flag the last setter call on the object (under any of its aliases) leaves it with. */
function lastSetter(facts, created, setter, fluent) {
    let last;
    for (const alias of facts.aliases(created, fluent)) {
        for (const call of facts.callsOn(alias)) {
            if (call.expr.kind !== 'call' || call.expr.method !== setter)
                continue;
            if (!last || orderOf(facts, call) > orderOf(facts, last))
                last = call;
        }
    }
    return last ? flagOf(facts, argument(last, 0), 'missing') : 'missing';
}
const SERVLET_COOKIE = /^(javax|jakarta)\.servlet\.http\.Cookie$/;
function javaSite(facts, event) {
    const expr = event.expr;
    if (expr.kind === 'new' && simpleType(expr.type) === 'Cookie' && expr.args.length >= 2) {
        const imported = importOf(facts.module, 'Cookie');
        if (expr.type === 'Cookie' && imported && !SERVLET_COOKIE.test(imported))
            return undefined;
        return {
            expr,
            scope: event.scope,
            secure: lastSetter(facts, event.result, 'setSecure', false),
            httpOnly: lastSetter(facts, event.result, 'setHttpOnly', false),
            what: 'new Cookie',
        };
    }
    const springBuilder = expr.kind === 'call' && lastName(expr.receiver) === 'ResponseCookie' && /^from/.test(expr.method);
    const jaxRsBuilder = expr.kind === 'new' && /(^|\.)NewCookie\.Builder$/.test(expr.type);
    if (springBuilder || jaxRsBuilder) {
        return {
            expr,
            scope: event.scope,
            secure: lastSetter(facts, event.result, 'secure', true),
            httpOnly: lastSetter(facts, event.result, 'httpOnly', true),
            what: calleeText(event),
        };
    }
    if (expr.kind === 'new' && simpleType(expr.type) === 'NewCookie')
        return newCookieSite(facts, event);
    return undefined;
}
/**
 * JAX-RS `new NewCookie(...)`: where `secure` and `httpOnly` sit depends on the constructor, told
 * apart by the number of arguments (and, for eight, by whether the fifth is a version number).
 */
function newCookieSite(facts, event) {
    const count = event.args.length;
    const versionFifth = count === 8 && certainlyNumber(facts, event.args[4]);
    const positions = {
        4: [3, undefined],
        6: [4, 5],
        7: [6, undefined],
        8: versionFifth ? [7, undefined] : [6, 7],
        10: [8, 9],
    };
    const [secure, httpOnly] = positions[count] ?? [undefined, undefined];
    const flag = (position) => position === undefined ? 'missing' : flagOf(facts, argument(event, position), 'missing');
    return {
        expr: event.expr,
        scope: event.scope,
        secure: flag(secure),
        httpOnly: flag(httpOnly),
        what: 'new NewCookie',
    };
}
function certainlyNumber(facts, value) {
    return facts.possibleValues(value).every((leaf) => leaf.kind === 'const' && typeof leaf.value === 'number');
}
// ---- Set-Cookie headers (every language) -----------------------------------------------------
const HEADER_SETTERS = new Set([
    'setHeader',
    'addHeader',
    'header',
    'set',
    'append',
    'add',
    'add_header',
    'setdefault',
]);
function isSetCookieName(facts, value) {
    if (!value)
        return false;
    if (possibleStrings(facts, value).strings.some((name) => name.toLowerCase() === 'set-cookie'))
        return true;
    const expr = sourceExpr(value);
    return expr?.kind === 'member' && expr.property === 'SET_COOKIE';
}
/** The known text of a string built by concatenation, `null` for each part that is not known. */
function piecesOf(value) {
    if (value.kind === 'const')
        return [value.value === null ? 'null' : String(value.value)];
    if (value.kind === 'derived' &&
        value.expr.kind === 'binary' &&
        value.expr.operator === '+' &&
        value.from.length === 2) {
        return [...piecesOf(value.from[0]), ...piecesOf(value.from[1])];
    }
    return [null];
}
/** Whether a Set-Cookie value carries an attribute; 'unknown' when its attributes are not known. */
function headerAttribute(facts, value, attribute) {
    const pattern = new RegExp(`;\\s*${attribute}\\s*(;|$|\\u0000)`, 'i');
    return combine(facts.possibleValues(value).flatMap((leaf) => {
        const cookies = leaf.kind === 'array' ? leaf.elements : [leaf];
        return cookies.map((cookie) => {
            const pieces = piecesOf(cookie);
            if (pattern.test(pieces.map((piece) => piece ?? '\u0000').join('')))
                return 'set';
            return pieces[pieces.length - 1] === null ? 'unknown' : 'missing';
        });
    }));
}
function headerSite(facts, at, scope, value, what) {
    return {
        expr: at,
        scope,
        secure: headerAttribute(facts, value, 'secure'),
        httpOnly: headerAttribute(facts, value, 'httponly'),
        what,
    };
}
function headerCallSite(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call' || !HEADER_SETTERS.has(expr.method) || expr.args.length < 2)
        return undefined;
    const value = argument(event, 1);
    if (!value || !isSetCookieName(facts, argument(event, 0)))
        return undefined;
    return headerSite(facts, expr, event.scope, value, `${calleeText(event)}("Set-Cookie", ...)`);
}
// ---- Python -------------------------------------------------------------------------------
/** Positions of `secure` and `httponly` in `set_cookie(key, value, max_age, expires, path, domain, secure, httponly)`. */
const SET_COOKIE_POSITIONS = {
    set_cookie: [6, 7],
    set_signed_cookie: [7, 8],
};
/** A keyword flag of a Python call: explicit keyword, then a `**flags` dictionary, then its position. */
function keywordFlag(facts, event, keyword, position) {
    const explicit = argument(event, position, keyword);
    if (explicit)
        return flagOf(facts, explicit, 'missing');
    const spreads = event.expr.args.flatMap((arg, index) => (arg.spread ? [event.args[index]] : []));
    if (spreads.length === 0)
        return 'missing';
    return combine(spreads.map((spread) => optionFlag(facts, spread, keyword, 'missing')));
}
const SETTINGS_FLAGS = {
    SESSION_COOKIE_SECURE: 'secure',
    CSRF_COOKIE_SECURE: 'secure',
    REMEMBER_COOKIE_SECURE: 'secure',
    SESSION_COOKIE_HTTPONLY: 'httpOnly',
    REMEMBER_COOKIE_HTTPONLY: 'httpOnly',
};
function settingSite(name, at, scope, off) {
    const flag = name === undefined ? undefined : SETTINGS_FLAGS[name];
    if (!flag || !off)
        return undefined;
    return {
        expr: at,
        scope,
        secure: flag === 'secure' ? 'missing' : 'set',
        httpOnly: flag === 'httpOnly' ? 'missing' : 'set',
        what: `${name} = False`,
    };
}
function pythonSite(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call' || !expr.receiver)
        return undefined;
    const positions = SET_COOKIE_POSITIONS[expr.method];
    if (positions) {
        return {
            expr,
            scope: event.scope,
            secure: keywordFlag(facts, event, 'secure', positions[0]),
            httpOnly: keywordFlag(facts, event, 'httponly', positions[1]),
            what: calleeText(event),
        };
    }
    if (expr.method === 'update' || expr.method === 'from_mapping') {
        for (const [index, arg] of expr.args.entries()) {
            const off = arg.keyword !== undefined && certainlyIs(facts, event.args[index], false);
            const site = settingSite(arg.keyword, expr, event.scope, off);
            if (site)
                return site;
        }
    }
    return undefined;
}
/** `response.headers["Set-Cookie"] = ...`, `app.config["SESSION_COOKIE_SECURE"] = False`, `SESSION_COOKIE_SECURE = False`. */
function pythonAssignmentSites(facts) {
    const sites = [];
    for (const { stmt, value, key: keyValue, scope } of facts.assigns) {
        const target = stmt.target;
        const off = certainlyIs(facts, value, false);
        if (target.kind === 'index') {
            const key = possibleStrings(facts, keyValue).strings[0];
            if (key?.toLowerCase() === 'set-cookie') {
                const what = `${dottedName(target.object) ?? 'response'}["Set-Cookie"]`;
                sites.push(headerSite(facts, target, scope, value, what));
            }
            const setting = settingSite(key, target, scope, off);
            if (setting)
                sites.push(setting);
        }
        else if (target.kind === 'name' || target.kind === 'member') {
            const setting = settingSite(target.kind === 'name' ? target.name : target.property, target, scope, off);
            if (setting)
                sites.push(setting);
        }
    }
    return sites;
}
// ---- JavaScript / TypeScript ---------------------------------------------------------------
function isImportedFrom(facts, name, packageName) {
    return importOf(facts.module, name) === packageName;
}
function optionsSite(facts, event, options, defaults) {
    return {
        expr: event.expr,
        scope: event.scope,
        secure: optionFlag(facts, options, 'secure', defaults.secure),
        httpOnly: optionFlag(facts, options, 'httpOnly', defaults.httpOnly),
        what: calleeText(event),
    };
}
/** Owners of a cookie jar whose defaults are on: Koa's context, SvelteKit's request event. */
const SAFE_DEFAULT_OWNERS = new Set(['ctx', 'context', 'this', 'event']);
function javascriptSite(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const receiver = lastName(expr.receiver);
    const off = 'missing';
    if (expr.receiver && expr.args.length >= 2 && (expr.method === 'cookie' || expr.method === 'setCookie')) {
        if (receiver === 'document' || receiver === '$' || receiver === 'jQuery')
            return undefined;
        return optionsSite(facts, event, argument(event, 2), { secure: off, httpOnly: off });
    }
    if (expr.method === 'serialize' && receiver === 'cookie') {
        return optionsSite(facts, event, argument(event, 2), { secure: off, httpOnly: off });
    }
    if (expr.method === 'set' && expr.args.length >= 1 && isCookieJar(facts, event)) {
        // `cookies.set(name, value, options)` or Next's `cookies.set({ name, value, ...options })`
        const first = argument(event, 0);
        const options = first && objectProperty(facts, first, 'name') ? first : argument(event, 2);
        const defaults = cookieJarDefaults(facts, event);
        return optionsSite(facts, event, options, { secure: defaults, httpOnly: defaults });
    }
    if (!expr.receiver &&
        (isImportedFrom(facts, expr.method, 'express-session') || /^(session|expressSession)$/.test(expr.method))) {
        const config = argument(event, 0);
        if (!config || !isSessionConfig(facts, config))
            return undefined;
        const cookie = objectProperty(facts, config, 'cookie');
        return {
            expr,
            scope: event.scope,
            secure: cookie ? optionFlag(facts, cookie, 'secure', off) : off,
            httpOnly: cookie ? optionFlag(facts, cookie, 'httpOnly', 'set') : 'set',
            what: `${expr.method}(...) from express-session`,
        };
    }
    if (!expr.receiver &&
        (isImportedFrom(facts, expr.method, 'cookie-session') || expr.method === 'cookieSession')) {
        return {
            ...optionsSite(facts, event, argument(event, 0), { secure: 'set', httpOnly: 'set' }),
            what: `${expr.method}(...)`,
        };
    }
    return undefined;
}
/** `ctx.cookies` (Koa), `cookies` (SvelteKit), `response.cookies` or `cookies()` (Next.js). */
function isCookieJar(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call' || !expr.receiver)
        return false;
    if (lastName(expr.receiver) === 'cookies')
        return true;
    return facts
        .possibleValues(event.receiver)
        .some((leaf) => leaf.kind === 'instance' && isCookiesCall(leaf.event));
}
function isCookiesCall(event) {
    return event.expr.kind === 'call' && event.expr.method === 'cookies' && !event.expr.receiver;
}
/**
 * Koa's `ctx.cookies` marks cookies Secure on HTTPS requests and HttpOnly by default, and SvelteKit's
 * jar (`event.cookies`, or `cookies` taken from the event) sets both by default: an absent flag is
 * on. Next.js (`cookies()`, `response.cookies`) and other cookie jars leave both off.
 */
function cookieJarDefaults(facts, event) {
    const receiver = event.expr.kind === 'call' ? event.expr.receiver : undefined;
    if (receiver?.kind === 'member') {
        const owner = lastName(receiver.object);
        return owner !== undefined && SAFE_DEFAULT_OWNERS.has(owner) ? 'set' : 'missing';
    }
    const fromNext = event.receiver !== undefined &&
        facts
            .possibleValues(event.receiver)
            .some((leaf) => leaf.kind === 'instance' && isCookiesCall(leaf.event));
    return receiver?.kind === 'name' && receiver.name === 'cookies' && !fromNext ? 'set' : 'missing';
}
/** express-session options always carry a secret (or a store/cookie); other `session()` calls are not it. */
function isSessionConfig(facts, config) {
    return facts
        .possibleValues(config)
        .some((leaf) => leaf.kind === 'object' &&
        ['secret', 'store', 'cookie', 'resave', 'saveUninitialized'].some((key) => leaf.props.has(key)));
}
function objectProperty(facts, value, key) {
    const found = facts
        .possibleValues(value)
        .filter((leaf) => leaf.kind === 'object')
        .map((leaf) => leaf.props.get(key))
        .filter((prop) => prop !== undefined);
    return found.length === 1 ? found[0] : undefined;
}
// ---- the detectors ------------------------------------------------------------------------------
const sitesCache = new WeakMap();
function cookieSites(facts) {
    let sites = sitesCache.get(facts);
    if (sites)
        return sites;
    const language = facts.module.language;
    const perCall = language === 'java' ? javaSite : language === 'python' ? pythonSite : javascriptSite;
    sites = [];
    for (const event of facts.calls) {
        const site = perCall(facts, event) ?? headerCallSite(facts, event);
        if (site)
            sites.push(site);
    }
    if (language === 'python')
        sites.push(...pythonAssignmentSites(facts));
    sitesCache.set(facts, sites);
    return sites;
}
function detect(ruleId, flag, describe) {
    return (module, program) => {
        const sink = new FindingSink(ruleId, module);
        for (const site of cookieSites(factsOf(module, program))) {
            if (site[flag] === 'missing')
                sink.report(site.expr, site.scope, describe(site));
        }
        return sink.findings();
    };
}
const detectCookieWithoutSecure = detect('cookie-without-secure', 'secure', (site) => `${site.what} sets a cookie without the Secure attribute, so it is also sent over plain HTTP`);
const detectCookieWithoutHttpOnly = detect('cookie-without-httponly', 'httpOnly', (site) => `${site.what} sets a cookie without the HttpOnly attribute, so scripts in the page can read it`);

;// CONCATENATED MODULE: ./src/review/rules/patterns/static-aws-credentials.ts


const RULE_ID = 'static-aws-credentials';
const STS_METHODS = /^(assume_?role(_?with_?(web_?identity|saml))?|get_?session_?token|get_?federation_?token)$/i;
const STS_REQUESTS = /^(AssumeRole(WithWebIdentity|WithSAML)?|GetSessionToken|GetFederationToken)(Command|Request)$/;
/** A call that returns temporary credentials from STS. */
function isStsCall(event) {
    const expr = event.expr;
    return expr.kind === 'new' ? STS_REQUESTS.test(simpleType(expr.type)) : STS_METHODS.test(expr.method);
}
function fromSts(facts, value) {
    return value !== undefined && facts.derivesFrom(value, isStsCall);
}
/** `new BasicAWSCredentials(...)` and its kin, for the v1 client constructors taking credentials. */
const V1_CREDENTIALS = new Set(['BasicAWSCredentials', 'BasicSessionCredentials']);
const V2_CREDENTIALS = new Set(['AwsBasicCredentials', 'AwsSessionCredentials']);
function createdAs(facts, value, types) {
    if (!value)
        return false;
    return facts.possibleValues(value).some((leaf) => {
        if (leaf.kind !== 'instance')
            return false;
        const expr = leaf.event.expr;
        return expr.kind === 'new'
            ? types.has(simpleType(expr.type))
            : types.has(lastName(expr.receiver) ?? '') && expr.method === 'create';
    });
}
/** A function (lambda) given as a provider that returns credentials built in place. */
function returnsStaticCredentials(facts, value) {
    if (!value)
        return false;
    return facts
        .possibleValues(value)
        .some((leaf) => leaf.kind === 'function' &&
        facts
            .returnsOf(leaf.fn)
            .some((returned) => createdAs(facts, returned, V2_CREDENTIALS) || createdAs(facts, returned, V1_CREDENTIALS)));
}
function javaProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind === 'new') {
        const type = simpleType(expr.type);
        const credentials = argument(event, 0);
        if (type === 'AWSStaticCredentialsProvider') {
            return fromSts(facts, credentials)
                ? undefined
                : 'AWSStaticCredentialsProvider gives the SDK fixed credentials instead of the default provider chain';
        }
        if (/^(Amazon|AWS)\w*Client$/.test(type) &&
            createdAs(facts, credentials, V1_CREDENTIALS) &&
            !fromSts(facts, credentials)) {
            return `new ${type} is given fixed credentials instead of the default provider chain`;
        }
        return undefined;
    }
    if (lastName(expr.receiver) === 'StaticCredentialsProvider' && expr.method === 'create') {
        return fromSts(facts, argument(event, 0))
            ? undefined
            : 'StaticCredentialsProvider.create gives the SDK fixed credentials instead of the default provider chain';
    }
    if (expr.method === 'credentialsProvider' &&
        returnsStaticCredentials(facts, argument(event, 0)) &&
        !fromSts(facts, argument(event, 0))) {
        return 'credentialsProvider is given a lambda returning fixed credentials instead of the default provider chain';
    }
    return undefined;
}
const BOTO_KEYWORDS = ['aws_secret_access_key', 'aws_access_key_id', 'aws_session_token'];
/** A keyword argument (or `**kwargs` dictionary entry) that is given and not None. */
function botoKeyword(facts, event, keyword) {
    const explicit = argument(event, undefined, keyword);
    if (explicit)
        return isNone(facts, explicit) ? undefined : explicit;
    for (const [index, arg] of event.expr.args.entries()) {
        if (!arg.spread)
            continue;
        for (const leaf of facts.possibleValues(event.args[index])) {
            const value = leaf.kind === 'object' ? leaf.props.get(keyword) : undefined;
            if (value && !isNone(facts, value))
                return value;
        }
    }
    return undefined;
}
function isNone(facts, value) {
    const leaves = facts.possibleValues(value);
    return (leaves.length > 0 &&
        leaves.every((leaf) => leaf.kind === 'const' && (leaf.value === null || leaf.value === '')));
}
function pythonProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const given = BOTO_KEYWORDS.map((keyword) => botoKeyword(facts, event, keyword)).filter((value) => !!value);
    const call = dottedName(expr.receiver) ? `${dottedName(expr.receiver)}.${expr.method}` : expr.method;
    if (given.length > 0) {
        return given.some((value) => fromSts(facts, value))
            ? undefined
            : `${call} is given fixed AWS keys instead of the default credential chain`;
    }
    const receiver = lastName(expr.receiver);
    const isSession = expr.method === 'Session' &&
        (receiver === 'boto3' ||
            receiver === 'session' ||
            importOf(facts.module, 'Session')?.startsWith('boto3'));
    if (isSession && positionalCount(event) >= 2 && !fromSts(facts, argument(event, 1))) {
        return `${call} is given fixed AWS keys instead of the default credential chain`;
    }
    if (expr.method === 'set_credentials' &&
        positionalCount(event) >= 2 &&
        !fromSts(facts, argument(event, 1))) {
        return `${call} sets fixed AWS keys instead of using the default credential chain`;
    }
    return undefined;
}
const JS_KEYS = ['secretAccessKey', 'accessKeyId'];
/** The secret of a credentials object literal `{ accessKeyId, secretAccessKey }`, if the value is one. */
function staticKeysIn(facts, value) {
    if (!value)
        return undefined;
    for (const leaf of facts.possibleValues(value)) {
        if (leaf.kind === 'object') {
            const key = JS_KEYS.map((name) => leaf.props.get(name)).find((prop) => prop !== undefined);
            if (key)
                return key;
        }
        if (leaf.kind === 'function') {
            const returned = facts
                .returnsOf(leaf.fn)
                .map((result) => staticKeysIn(facts, result))
                .find((key) => key);
            if (returned)
                return returned;
        }
    }
    return undefined;
}
/** Client options carrying static keys: `{ credentials: { accessKeyId, ... } }` (v3) or `{ accessKeyId, ... }` (v2). */
function staticKeysInOptions(facts, options) {
    if (!options)
        return undefined;
    for (const leaf of facts.possibleValues(options)) {
        if (leaf.kind !== 'object')
            continue;
        const direct = JS_KEYS.map((name) => leaf.props.get(name)).find((prop) => prop !== undefined);
        if (direct)
            return direct;
        const nested = staticKeysIn(facts, leaf.props.get('credentials'));
        if (nested)
            return nested;
    }
    return undefined;
}
function isAwsCredentialsType(facts, type) {
    if (simpleType(type) !== 'Credentials')
        return false;
    if (type.includes('.'))
        return /^(AWS|aws|AWS_SDK|sdk)\./.test(type);
    return /aws-sdk/.test(importOf(facts.module, type) ?? '');
}
function javascriptProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind === 'new') {
        if (isAwsCredentialsType(facts, expr.type)) {
            const secret = argument(event, 1) ?? staticKeysIn(facts, argument(event, 0));
            return fromSts(facts, secret ?? argument(event, 0))
                ? undefined
                : `new ${expr.type} holds fixed AWS keys instead of using the default provider chain`;
        }
        const keys = staticKeysInOptions(facts, argument(event, 0));
        if (keys && !fromSts(facts, keys))
            return `new ${expr.type} is given fixed AWS keys instead of the default provider chain`;
        return undefined;
    }
    if (expr.method === 'update' && lastName(expr.receiver) === 'config') {
        const keys = staticKeysInOptions(facts, argument(event, 0));
        if (keys && !fromSts(facts, keys))
            return `${dottedName(expr.receiver) ?? 'config'}.update sets fixed AWS keys instead of the default provider chain`;
    }
    return undefined;
}
function javascriptAssignments(facts, sink) {
    for (const { stmt, value, scope } of facts.assigns) {
        const target = stmt.target;
        if (target.kind !== 'member' || target.property !== 'credentials' || lastName(target.object) !== 'config')
            continue;
        const keys = staticKeysIn(facts, value);
        if (keys && !fromSts(facts, keys) && sourceExpr(value)?.kind === 'object') {
            sink.report(stmt.value, scope, `${dottedName(target) ?? 'config.credentials'} is set to fixed AWS keys instead of the default provider chain`);
        }
    }
}
function detectStaticAwsCredentials(module, program) {
    const facts = factsOf(module, program);
    const sink = new FindingSink(RULE_ID, module);
    const language = module.language;
    const problemOf = language === 'java' ? javaProblem : language === 'python' ? pythonProblem : javascriptProblem;
    for (const event of facts.calls) {
        const problem = problemOf(facts, event);
        if (problem)
            sink.report(event.expr, event.scope, problem);
    }
    if (language === 'javascript' || language === 'typescript')
        javascriptAssignments(facts, sink);
    return sink.findings();
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/weak-cipher.ts


const weak_cipher_RULE_ID = 'weak-cipher';
const ECB = 'ECB mode, which leaks patterns of the plaintext';
const BROKEN_ALGORITHMS = {
    DES: 'DES',
    DESEDE: 'Triple DES',
    DESEDEWRAP: 'Triple DES',
    TRIPLEDES: 'Triple DES',
    '3DES': 'Triple DES',
    DES3: 'Triple DES',
    TDEA: 'Triple DES',
    RC2: 'RC2',
    ARC2: 'RC2',
    RC4: 'RC4',
    ARCFOUR: 'RC4',
    ARC4: 'RC4',
    BLOWFISH: 'Blowfish',
    BF: 'Blowfish',
    IDEA: 'IDEA',
    CAST: 'CAST',
    CAST5: 'CAST',
    CAST128: 'CAST',
    CAST6: 'CAST',
    SKIPJACK: 'Skipjack',
    SEED: 'SEED',
};
/** The broken cipher a name stands for (`DESede` → Triple DES), if it is one. */
function brokenAlgorithm(name) {
    const upper = name.toUpperCase().replace(/[-_ ]/g, '');
    const direct = BROKEN_ALGORITHMS[upper];
    if (direct)
        return direct;
    const pbe = /^PBEWITH\w*AND(DESEDE|DES|RC2|RC4|TRIPLEDES)/.exec(upper);
    return pbe ? BROKEN_ALGORITHMS[pbe[1]] : undefined;
}
/** What is wrong with a JCA transformation (`alg/mode/padding`), if anything. */
function transformationProblem(transformation) {
    const [algorithm = '', mode, padding] = transformation.split('/').map((part) => part.trim().toUpperCase());
    const broken = brokenAlgorithm(algorithm);
    if (broken)
        return `${broken}, a broken cipher`;
    if (algorithm.startsWith('RSA'))
        return padding === 'NOPADDING' ? 'RSA without padding (textbook RSA)' : undefined;
    if (mode === 'ECB')
        return ECB;
    if (mode === undefined && /^(AES(_\d+)?|RIJNDAEL)$/.test(algorithm)) {
        return `"${transformation}" alone, which means ECB mode`;
    }
    return undefined;
}
const OPENSSL_BROKEN = [
    [/^(des-ede3|des-ede|des3)(?=$|-)/, 'Triple DES'],
    [/^(desx|des)(?=$|-)/, 'DES'],
    [/^rc2(?=$|-)/, 'RC2'],
    [/^rc4(?=$|-)/, 'RC4'],
    [/^(bf|blowfish)(?=$|-)/, 'Blowfish'],
    [/^cast5?(?=$|-)/, 'CAST'],
    [/^idea(?=$|-)/, 'IDEA'],
    [/^seed(?=$|-)/, 'SEED'],
];
/** What is wrong with an OpenSSL cipher name as Node's crypto takes it (`des-ede3-cbc`, `aes-128-ecb`). */
function opensslCipherProblem(name) {
    const lower = name.toLowerCase();
    const broken = OPENSSL_BROKEN.find(([pattern]) => pattern.test(lower));
    if (broken)
        return `${broken[1]}, a broken cipher`;
    if (/(^|-)ecb$/.test(lower))
        return ECB;
    return undefined;
}
/** The first problem `judge` finds with a constant string the value may be. */
function firstProblem(facts, value, judge) {
    for (const name of possibleStrings(facts, value).strings) {
        const problem = judge(name);
        if (problem)
            return problem;
    }
    return undefined;
}
/** Calls that only convert constant data: their result is as constant as their input. */
const CONVERTERS = new Set([
    'getBytes',
    'encode',
    'decode',
    'from',
    'alloc',
    'fromhex',
    'unhexlify',
    'b64decode',
    'decodeHex',
    'parseHexBinary',
    'decodeBase64',
    'toByteArray',
    'copyOf',
    'bytes',
    'bytearray',
    'Uint8Array',
    'Buffer',
]);
/**
 * Whether every possibility of an IV is the same on every run: literal bytes, a string, an array
 * nobody fills, or a conversion of constants.
 */
function isConstantBytes(facts, value, depth = 0) {
    if (!value || depth > 3)
        return false;
    const leaves = facts.possibleValues(value);
    return leaves.length > 0 && leaves.every((leaf) => isConstantLeaf(facts, leaf, depth));
}
function isConstantLeaf(facts, leaf, depth) {
    switch (leaf.kind) {
        case 'const':
            return typeof leaf.value === 'string';
        case 'array':
            return leaf.elements.every((element) => element.kind === 'const') && !facts.isWritten(leaf);
        case 'derived':
            // `new byte[16]`: zeros, unless something fills it.
            return (leaf.expr.kind === 'unknown' &&
                leaf.expr.syntax === 'array_creation_expression' &&
                isNeverFilled(facts, leaf));
        case 'instance': {
            const expr = leaf.event.expr;
            const method = expr.kind === 'new' ? simpleType(expr.type) : expr.method;
            if (!CONVERTERS.has(method) || !isNeverFilled(facts, leaf))
                return false;
            const receiver = leaf.event.receiver;
            const receiverConstant = !receiver || receiver.kind === 'derived' || isConstantBytes(facts, receiver, depth + 1);
            return (receiverConstant &&
                leaf.event.args.every((arg) => isConstantBytes(facts, arg, depth + 1) || isSmallNumber(arg)));
        }
        default:
            return false;
    }
}
function isSmallNumber(value) {
    return value.kind === 'const' && typeof value.value === 'number';
}
/** A buffer nobody writes to after creating it: not passed to any call that could fill it. */
function isNeverFilled(facts, value) {
    return !facts.isWritten(value) && facts.usesAsArgument(value).every(({ event }) => usesAsIv(event));
}
/** Calls that take a buffer as an IV or nonce, or only print it: none of them fills it. */
const IV_USERS = /^(IvParameterSpec|GCMParameterSpec|ChaCha20ParameterSpec|RC2ParameterSpec|createCipheriv|createDecipheriv|CBC|CTR|GCM|OFB|CFB|CFB8|new|println|print|log)$/;
function usesAsIv(event) {
    const expr = event.expr;
    return IV_USERS.test(expr.kind === 'new' ? simpleType(expr.type) : expr.method);
}
/** What is wrong with the cipher a Java call creates, if anything. */
function weak_cipher_javaProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind === 'new') {
        const type = simpleType(expr.type);
        const ivPosition = type === 'IvParameterSpec' ? 0 : type === 'GCMParameterSpec' ? 1 : undefined;
        if (ivPosition === undefined || !isConstantBytes(facts, argument(event, ivPosition)))
            return undefined;
        return `${type} is built from a constant IV, so equal plaintexts encrypt alike`;
    }
    if (expr.method !== 'getInstance')
        return undefined;
    const factory = lastName(expr.receiver);
    if (factory === 'Cipher') {
        const problem = firstProblem(facts, argument(event, 0), transformationProblem);
        return problem && `Cipher.getInstance uses ${problem}`;
    }
    if (factory === 'KeyGenerator' || factory === 'SecretKeyFactory') {
        const problem = firstProblem(facts, argument(event, 0), brokenAlgorithm);
        return problem && `${factory}.getInstance creates keys for ${problem}, a broken cipher`;
    }
    return undefined;
}
const PYCRYPTO_BROKEN = new Set(['DES', 'DES3', 'ARC2', 'ARC4', 'Blowfish', 'CAST', 'XOR']);
const PYCRYPTO_CIPHERS = new Set(['AES', 'ChaCha20', 'ChaCha20_Poly1305', 'Salsa20', 'Camellia']);
const CRYPTOGRAPHY_BROKEN = new Set(['TripleDES', 'Blowfish', 'ARC4', 'CAST5', 'IDEA', 'SEED']);
const CRYPTOGRAPHY_IV_MODES = new Set(['CBC', 'CTR', 'OFB', 'CFB', 'CFB8', 'GCM']);
function isModeEcb(facts, value) {
    if (!value)
        return false;
    return facts.possibleValues(value).some((leaf) => {
        const expr = sourceExpr(leaf);
        return expr?.kind === 'member' && expr.property === 'MODE_ECB';
    });
}
/** A name bound by `from <package> import <name>` from a package matching `pattern`. */
function importedFrom(facts, name, pattern) {
    const imported = importOf(facts.module, name);
    return imported !== undefined && pattern.test(imported);
}
/** PyCryptodome / PyCrypto: `DES.new(key, ...)`, `AES.new(key, AES.MODE_ECB)`, `AES.new(key, mode, iv)`. */
function pycryptoProblem(facts, event, cipher) {
    if (PYCRYPTO_BROKEN.has(cipher))
        return `${cipher}.new creates a ${brokenAlgorithm(cipher) ?? cipher} cipher, which is broken`;
    if (!PYCRYPTO_CIPHERS.has(cipher) && !importedFrom(facts, cipher, /^(Crypto|Cryptodome)\.Cipher\./))
        return undefined;
    if (isModeEcb(facts, argument(event, 1, 'mode')))
        return `${cipher}.new uses ${ECB}`;
    const iv = argument(event, 2, 'iv') ?? argument(event, undefined, 'nonce') ?? argument(event, undefined, 'IV');
    return iv && isConstantBytes(facts, iv) ? `${cipher}.new is given a constant IV or nonce` : undefined;
}
/** pyca/cryptography: `algorithms.TripleDES(key)`, `modes.ECB()`, `modes.CBC(constant_iv)`. */
function cryptographyProblem(facts, event, method) {
    if (CRYPTOGRAPHY_BROKEN.has(method))
        return `algorithms.${method} is ${brokenAlgorithm(method) ?? method}, a broken cipher`;
    if (method === 'ECB')
        return `modes.ECB() encrypts in ${ECB}`;
    if (CRYPTOGRAPHY_IV_MODES.has(method) && isConstantBytes(facts, argument(event, 0))) {
        return `modes.${method} is given a constant IV or nonce`;
    }
    return undefined;
}
function weak_cipher_pythonProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const receiver = lastName(expr.receiver);
    if (expr.method === 'new' && receiver)
        return pycryptoProblem(facts, event, receiver);
    const fromCryptography = receiver === 'algorithms' ||
        receiver === 'modes' ||
        (!expr.receiver && importedFrom(facts, expr.method, /^cryptography\./));
    if (fromCryptography)
        return cryptographyProblem(facts, event, expr.method);
    if (receiver === 'pyDes' && /^(des|triple_des)$/.test(expr.method)) {
        return `pyDes.${expr.method} is ${expr.method === 'des' ? 'DES' : 'Triple DES'}, a broken cipher`;
    }
    return undefined;
}
const CRYPTOJS_BROKEN = new Set(['DES', 'TripleDES', 'RC4', 'RC4Drop']);
/** CryptoJS: `CryptoJS.DES.encrypt(...)`, `CryptoJS.AES.encrypt(text, key, { mode: CryptoJS.mode.ECB })`. */
function cryptoJsProblem(facts, event, cipher) {
    const expr = event.expr;
    if (CRYPTOJS_BROKEN.has(cipher) && dottedName(expr.receiver)?.includes('.')) {
        return `${cipher}.${expr.method} uses ${brokenAlgorithm(cipher) ?? cipher}, a broken cipher`;
    }
    const options = argument(event, 2);
    const usesEcb = options !== undefined &&
        facts.possibleValues(options).some((leaf) => {
            const mode = leaf.kind === 'object' ? leaf.props.get('mode') : undefined;
            const modeExpr = mode && sourceExpr(mode);
            return modeExpr?.kind === 'member' && modeExpr.property === 'ECB';
        });
    return usesEcb ? `${cipher}.${expr.method} uses ${ECB}` : undefined;
}
function weak_cipher_javascriptProblem(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const receiver = lastName(expr.receiver);
    switch (expr.method) {
        case 'createCipheriv':
        case 'createDecipheriv': {
            const problem = firstProblem(facts, argument(event, 0), opensslCipherProblem);
            if (problem)
                return `${expr.method} uses ${problem}`;
            if (!isConstantBytes(facts, argument(event, 2)))
                return undefined;
            return `${expr.method} is given a constant IV, so equal plaintexts encrypt alike`;
        }
        case 'createCipher':
        case 'createDecipher': {
            if (receiver !== 'cipher')
                return `crypto.${expr.method} derives the key with a single MD5 and uses no IV; it is deprecated`;
            // node-forge: forge.cipher.createCipher('DES-CBC', key)
            const problem = firstProblem(facts, argument(event, 0), opensslCipherProblem);
            return problem && `${calleeText(event)} uses ${problem}`;
        }
        case 'encrypt':
        case 'decrypt':
            return receiver ? cryptoJsProblem(facts, event, receiver) : undefined;
        default:
            return undefined;
    }
}
function detectWeakCipher(module, program) {
    const facts = factsOf(module, program);
    const sink = new FindingSink(weak_cipher_RULE_ID, module);
    const problemOf = module.language === 'java'
        ? weak_cipher_javaProblem
        : module.language === 'python'
            ? weak_cipher_pythonProblem
            : weak_cipher_javascriptProblem;
    for (const event of facts.calls) {
        const problem = problemOf(facts, event);
        if (problem)
            sink.report(event.expr, event.scope, problem);
    }
    return sink.findings();
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/weak-hash.ts


const weak_hash_RULE_ID = 'weak-hash';
const WEAK_DIGESTS = {
    MD2: 'MD2',
    MD4: 'MD4',
    MD5: 'MD5',
    SHA: 'SHA-1',
    SHA1: 'SHA-1',
    SHA0: 'SHA-0',
    RSAMD5: 'MD5',
    RSASHA1: 'SHA-1',
};
/** The broken digest an algorithm name stands for (`SHA-1` → SHA-1), if it is one. */
function weakDigest(name) {
    return WEAK_DIGESTS[name.toUpperCase().replace(/[-_ ]/g, '')];
}
/** `MD5withRSA`, `SHA1withECDSA`: a signature over a broken digest. */
function weakSignature(name) {
    const match = /^(MD2|MD5|SHA1?)with/i.exec(name);
    return match ? weakDigest(match[1]) : undefined;
}
/** The broken digest an algorithm argument may name, through constants and `MessageDigestAlgorithms.MD5`. */
function weakAlgorithm(facts, value, judge = weakDigest) {
    if (!value)
        return undefined;
    for (const name of possibleStrings(facts, value).strings) {
        const weak = judge(name);
        if (weak)
            return weak;
    }
    for (const leaf of facts.possibleValues(value)) {
        const expr = sourceExpr(leaf);
        if (expr?.kind === 'member' && lastName(expr.object) === 'MessageDigestAlgorithms') {
            const weak = judge(expr.property);
            if (weak)
                return weak;
        }
    }
    return undefined;
}
const DIGEST_UTILS_METHODS = {
    md2: 'MD2',
    md2Hex: 'MD2',
    getMd2Digest: 'MD2',
    md5: 'MD5',
    md5Hex: 'MD5',
    getMd5Digest: 'MD5',
    md5Digest: 'MD5',
    md5DigestAsHex: 'MD5',
    appendMd5DigestAsHex: 'MD5',
    sha: 'SHA-1',
    shaHex: 'SHA-1',
    getShaDigest: 'SHA-1',
    sha1: 'SHA-1',
    sha1Hex: 'SHA-1',
    getSha1Digest: 'SHA-1',
};
function javaWeakness(facts, event) {
    const expr = event.expr;
    if (expr.kind === 'new') {
        if (!expr.type.endsWith('DigestUtils'))
            return undefined;
        const digest = weakAlgorithm(facts, argument(event, 0));
        return digest ? { digest, via: `new ${expr.type}` } : undefined;
    }
    const receiver = lastName(expr.receiver);
    const via = `${receiver}.${expr.method}`;
    if (receiver === 'MessageDigest' && expr.method === 'getInstance') {
        const digest = weakAlgorithm(facts, argument(event, 0));
        return digest ? { digest, via } : undefined;
    }
    if (receiver === 'Signature' && expr.method === 'getInstance') {
        const digest = weakAlgorithm(facts, argument(event, 0), weakSignature);
        return digest ? { digest, via } : undefined;
    }
    if (receiver === 'DigestUtils') {
        const digest = DIGEST_UTILS_METHODS[expr.method] ??
            (expr.method === 'getDigest' ? weakAlgorithm(facts, argument(event, 0)) : undefined);
        return digest ? { digest, via } : undefined;
    }
    if (receiver === 'Hashing' && (expr.method === 'md5' || expr.method === 'sha1')) {
        return { digest: expr.method === 'md5' ? 'MD5' : 'SHA-1', via };
    }
    return undefined;
}
const HASHLIB_WEAK = { md5: 'MD5', sha1: 'SHA-1', md4: 'MD4' };
const PYCRYPTO_HASHES = new Set(['MD2', 'MD4', 'MD5', 'SHA', 'SHA1']);
function pythonWeakness(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const receiver = lastName(expr.receiver);
    // `hashlib.md5(...)`, or `md5(...)` after `from hashlib import md5` (perhaps under another name)
    const imported = expr.receiver ? undefined : importOf(facts.module, expr.method);
    const hashlibFunction = receiver === 'hashlib' ? expr.method : imported?.startsWith('hashlib.') ? imported.slice(8) : undefined;
    if (hashlibFunction) {
        if (certainlyIs(facts, argument(event, undefined, 'usedforsecurity'), false))
            return undefined;
        const digest = hashlibFunction === 'new'
            ? weakAlgorithm(facts, argument(event, 0, 'name'))
            : HASHLIB_WEAK[hashlibFunction];
        return digest ? { digest, via: `hashlib.${hashlibFunction}` } : undefined;
    }
    if (expr.method === 'new' && receiver && PYCRYPTO_HASHES.has(receiver)) {
        return { digest: weakDigest(receiver), via: `${receiver}.new` };
    }
    if (expr.method === 'Hash' && (receiver === 'hashes' || !expr.receiver)) {
        const digest = cryptographyDigest(facts, argument(event, 0, 'algorithm'));
        return digest ? { digest, via: 'hashes.Hash' } : undefined;
    }
    return undefined;
}
/** The broken digest of a pyca/cryptography algorithm object (`hashes.MD5()`, `hashes.SHA1()`). */
function cryptographyDigest(facts, algorithm) {
    for (const leaf of algorithm ? facts.possibleValues(algorithm) : []) {
        const created = leaf.kind === 'instance' ? leaf.event.expr : undefined;
        if (created?.kind === 'call' && (created.method === 'MD5' || created.method === 'SHA1')) {
            return weakDigest(created.method);
        }
    }
    return undefined;
}
const JS_DIGEST_PACKAGES = {
    md5: 'MD5',
    'js-md5': 'MD5',
    'blueimp-md5': 'MD5',
    'crypto-js/md5': 'MD5',
    sha1: 'SHA-1',
    'js-sha1': 'SHA-1',
    'crypto-js/sha1': 'SHA-1',
};
function javascriptWeakness(facts, event) {
    const expr = event.expr;
    if (expr.kind !== 'call')
        return undefined;
    const receiver = lastName(expr.receiver);
    if (expr.method === 'createHash') {
        const digest = weakAlgorithm(facts, argument(event, 0));
        return digest ? { digest, via: `${receiver ?? 'crypto'}.createHash` } : undefined;
    }
    if (receiver === 'CryptoJS' && (expr.method === 'MD5' || expr.method === 'SHA1')) {
        return { digest: weakDigest(expr.method), via: `CryptoJS.${expr.method}` };
    }
    const imported = expr.receiver ? undefined : importOf(facts.module, expr.method);
    const digest = imported && JS_DIGEST_PACKAGES[imported];
    return digest ? { digest, via: `${expr.method} from '${imported}'` } : undefined;
}
/** Names a transfer checksum goes by: S3's `ContentMD5` parameter and the `Content-MD5` HTTP header. */
const CHECKSUM_FIELD = /^(with|set)?content-?md5$/i;
const MAX_FOLLOWED = 64;
/** Whether the digest's output is sent as a transfer checksum that a protocol defines. */
function isTransferChecksum(facts, event) {
    const queue = [event.result];
    const seen = new Set(queue);
    const follow = (value) => {
        if (seen.has(value) || seen.size > MAX_FOLLOWED)
            return;
        seen.add(value);
        queue.push(value);
    };
    for (let i = 0; i < queue.length; i++) {
        const value = queue[i];
        for (const call of facts.callsOn(value))
            follow(call.result);
        for (const { event: user, index } of facts.usesAsArgument(value)) {
            const expr = user.expr;
            const keyword = expr.args[index].keyword;
            if (expr.kind === 'call' && CHECKSUM_FIELD.test(expr.method))
                return true;
            if (keyword && CHECKSUM_FIELD.test(keyword))
                return true;
            if (index > 0 && possibleStrings(facts, user.args[0]).strings.some((name) => CHECKSUM_FIELD.test(name)))
                return true;
            follow(user.result);
        }
        for (const { object, key } of facts.containersOf(value)) {
            if (CHECKSUM_FIELD.test(key))
                return true;
            follow(object);
        }
    }
    return false;
}
function detectWeakHash(module, program) {
    const facts = factsOf(module, program);
    const sink = new FindingSink(weak_hash_RULE_ID, module);
    const find = module.language === 'java'
        ? javaWeakness
        : module.language === 'python'
            ? pythonWeakness
            : javascriptWeakness;
    for (const event of facts.calls) {
        const weakness = find(facts, event);
        if (!weakness || isTransferChecksum(facts, event))
            continue;
        sink.report(event.expr, event.scope, `${weakness.via} computes ${weakness.digest}, a broken hash`);
    }
    return sink.findings();
}

;// CONCATENATED MODULE: ./src/review/rules/patterns/index.ts




const PATTERN_DETECTORS = [
    detectWeakCipher,
    detectWeakHash,
    detectCookieWithoutSecure,
    detectCookieWithoutHttpOnly,
    detectStaticAwsCredentials,
];

;// CONCATENATED MODULE: ./src/review/rules/secret-names.ts
/**
 * Names that mean a secret. Used twice: a literal stored under a credential's name is a
 * hard-coded credential, and a predictable random value stored, returned or passed under a
 * secret's name (token, salt, IV...) is insecure randomness.
 */
/** The words of an identifier, lower case: `apiToken` → api, token; `JWT_SECRET` → jwt, secret. */
const MAX_CACHED_NAMES = 50_000;
const cachedWords = new Map();
function wordsOf(name) {
    let words = cachedWords.get(name);
    if (!words) {
        if (cachedWords.size >= MAX_CACHED_NAMES)
            cachedWords.clear();
        words = splitWords(name);
        cachedWords.set(name, words);
    }
    return words;
}
function splitWords(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word.toLowerCase());
    return words.flatMap((word, index) => word === 'card' && words[index - 1] === 'gift'
        ? []
        : word === 'gift' && words[index + 1] === 'card'
            ? ['giftcard']
            : [word]);
}
const CREDENTIAL_WORDS = new Set([
    'password',
    'passwd',
    'pwd',
    'pass',
    'passphrase',
    'secret',
    'secrets',
    'token',
    'credential',
    'credentials',
    'apikey',
    'accesskey',
    'secretkey',
    'privatekey',
    'clientsecret',
    'authkey',
    'bearer',
]);
/** Words before `key`/`secret` that make it a credential (`api key`, `signing key`). */
const KEY_QUALIFIERS = new Set([
    'api',
    'access',
    'private',
    'secret',
    'signing',
    'encryption',
    'master',
    'auth',
    'client',
    'app',
    'account',
    'storage',
    'shared',
    'hmac',
    'jwt',
]);
/** Last words that make the name about a secret rather than the secret itself. */
const META_WORDS = new Set([
    'name',
    'names',
    'id',
    'ids',
    'env',
    'var',
    'variable',
    'param',
    'parameter',
    'field',
    'label',
    'header',
    'prompt',
    'message',
    'msg',
    'pattern',
    'regex',
    'file',
    'path',
    'url',
    'uri',
    'endpoint',
    'length',
    'len',
    'size',
    'type',
    'policy',
    'prefix',
    'suffix',
    'format',
    'hint',
    'placeholder',
    'column',
    'attr',
    'attribute',
    'property',
    'prop',
    'arn',
    'ttl',
    'expiry',
    'expiration',
    'expires',
    'timeout',
    'count',
    'min',
    'max',
    'enabled',
    'required',
    'hash',
    'hashed',
    'digest',
    'encoder',
    'validator',
    'mask',
    'masked',
    'mode',
    'source',
    'provider',
    'manager',
    'service',
    'repository',
    'store',
    'config',
    'settings',
    'location',
    'dir',
    'directory',
    'ref',
    'key',
    'version',
    'class',
    'algorithm',
    'alg',
    'charset',
    'encoding',
    'scope',
    'scopes',
    'audience',
    'issuer',
    'owner',
    'user',
    'username',
    'login',
    'error',
    'exception',
    'reset',
    'request',
    'response',
    'cookie',
    'parser',
    'generator',
    'factory',
    'builder',
    'handler',
    'filter',
    'check',
    'valid',
    'strength',
    'rules',
    'rule',
    'sent',
    'bucket',
    'table',
    'query',
    'template',
]);
/** First words that make the name a question or an action about a secret (`isPasswordValid`). */
const ACTION_WORDS = new Set([
    'is',
    'has',
    'get',
    'check',
    'validate',
    'verify',
    'forgot',
    'should',
    'can',
    'use',
    'show',
]);
/** Words for other secret values a predictable generator must not produce. */
const SECRET_VALUE_WORDS = new Set([
    'otp',
    'totp',
    'hotp',
    'nonce',
    'salt',
    'iv',
    'csrf',
    'xsrf',
    'sessionid',
    'sid',
    'session',
    'pin',
    'passcode',
    'challenge',
    'verifier',
    'apikey',
    'voucher',
    'coupon',
    'giftcard',
]);
const CODE_QUALIFIERS = new Set([
    'reset',
    'verification',
    'verify',
    'activation',
    'confirm',
    'confirmation',
    'invite',
    'invitation',
    'auth',
    'mfa',
    'recovery',
    'login',
    'access',
    'security',
    'one',
    'magic',
    'gift',
    'card',
    'promo',
    'redeem',
    'redemption',
    'referral',
]);
function isAboutSecret(words) {
    if (words.length === 0)
        return false;
    if (ACTION_WORDS.has(words[0]) && words.length > 1)
        return false;
    const last = words[words.length - 1];
    if (last === 'key' || last === 'secret') {
        const before = words[words.length - 2];
        if (before === undefined)
            return last === 'secret';
        if (CREDENTIAL_WORDS.has(before) && before !== 'secret')
            return false;
        return KEY_QUALIFIERS.has(before) || CREDENTIAL_WORDS.has(before);
    }
    return !META_WORDS.has(last);
}
/** A name meaning a credential: password, secret, token, API key... */
function isCredentialName(name) {
    const words = wordsOf(name);
    if (!isAboutSecret(words))
        return false;
    if (words.some((word) => CREDENTIAL_WORDS.has(word)))
        return true;
    return words.some((word, index) => (word === 'key' || word === 'secret') && KEY_QUALIFIERS.has(words[index - 1] ?? ''));
}
/** A name meaning any secret value: a credential, or a session id, CSRF token, salt, IV, nonce, OTP, reset code, key. */
function isSecretValueName(name) {
    if (isCredentialName(name))
        return true;
    const words = wordsOf(name);
    if (words.length === 1 && (words[0] === 'key' || words[0] === 'code'))
        return words[0] === 'key';
    if (!isAboutSecret(words) && !(words[words.length - 1] === 'id' && words.includes('session')))
        return false;
    if (words.some((word) => SECRET_VALUE_WORDS.has(word)))
        return true;
    return words.some((word, index) => (word === 'code' && CODE_QUALIFIERS.has(words[index - 1] ?? '')) ||
        (word === 'key' && index > 0) ||
        (word === 'time' && words[index - 1] === 'one'));
}
const PLACEHOLDER = /^(change[-_ ]?me|changeit|replace[-_ ]?me|todo|tbd|fixme|none|null|nil|undefined|dummy|placeholder|redacted|secret|password|passwd|pass|token|test|example|sample|bearer|basic|default|n\/a|unknown|empty|hidden|masked)$/i;
/**
 * Whether a string literal can be a real credential: not empty, not a placeholder or mask
 * (`********`, `<password>`, `${DB_PASSWORD}`, `changeme`), not the name of an environment
 * variable or property that holds the secret, not a sentence, URL or path.
 */
function isCredentialLiteral(value) {
    const text = value.trim();
    if (text.length < 4 || /\s/.test(text))
        return false;
    if (/^(.)\1*$/.test(text) || PLACEHOLDER.test(text))
        return false;
    if (/^(<.*>|\$\{.*\}|\{\{.*\}\}|%\(.*\)s|\$[A-Z_][A-Z0-9_]*|%[A-Z_]+%|#\{.*\})$/.test(text))
        return false;
    if (/\byour[-_ ]?/i.test(text) && /(key|secret|token|pass)/i.test(text))
        return false;
    if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(text))
        return false;
    if (/^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$/.test(text))
        return false;
    if (/^(https?:\/\/|\/|\.\/|classpath:|file:|arn:)/i.test(text) && !/:\/\/[^/\s:@]+:[^/\s@]+@/.test(text))
        return false;
    return true;
}
/** What a store or sender of one-time secrets is named for (`VerificationStore`, `verification_codes`). */
const ONE_TIME_SECRET_PURPOSES = new Set([
    'verification',
    'activation',
    'confirmation',
    'recovery',
    'invitation',
]);
/** Whether a container, service or type name is about secrets (`otpStore`, `ResetCodeMailer`, `passwordEncoder`). */
function mentionsSecret(name) {
    const words = wordsOf(name);
    return words.some((word, index) => CREDENTIAL_WORDS.has(word) ||
        SECRET_VALUE_WORDS.has(word) ||
        ONE_TIME_SECRET_PURPOSES.has(word) ||
        ((word === 'code' || word === 'key') &&
            (CODE_QUALIFIERS.has(words[index - 1] ?? '') || KEY_QUALIFIERS.has(words[index - 1] ?? ''))));
}
/** A message that says it carries a secret: "Your verification code", "Reset your password". */
const SECRET_MESSAGE = /\b(verification|confirmation|activation|reset|security|login|sign[- ]?in|access|one[- ]time)\s+(code|pin|link|token)\b|\b(password|passcode|otp)\b/i;
function isSecretMessage(text) {
    return text !== undefined && SECRET_MESSAGE.test(text);
}

;// CONCATENATED MODULE: ./src/review/rules/taint-rules.ts
/** The rule each sink category reports under. */
const RULE_OF_CATEGORY = {
    path: 'path-traversal',
    sql: 'sql-injection',
    ldap: 'ldap-injection',
    xpath: 'xpath-injection',
    command: 'os-command-injection',
    xss: 'cross-site-scripting',
    trust: 'trust-boundary-violation',
    kmsEncrypt: 'kms-decrypt-then-encrypt',
    secretUse: 'insecure-random',
    credential: 'hardcoded-credentials',
    url: 'cross-site-scripting',
};
function ruleOfCategory(category) {
    return RULE_OF_CATEGORY[category];
}
/**
 * Which data each category reports. Injection categories report data from remote users only:
 * environment variables, command-line arguments and local files are controlled by whoever
 * deploys the application, so treating them as attacker input would mostly produce noise.
 */
function acceptsLabel(category, label) {
    switch (category) {
        case 'kmsEncrypt':
            return label === 'kms';
        case 'secretUse':
            return label === 'random';
        case 'credential':
            return false;
        default:
            return label === 'remote';
    }
}
const SINK_NOUN = {
    path: 'a file system path',
    sql: 'a SQL statement',
    ldap: 'an LDAP query',
    xpath: 'an XPath expression',
    command: 'an operating system command',
    xss: 'the HTML response',
    trust: 'the user session',
    kmsEncrypt: 'a KMS Encrypt request',
    secretUse: 'a security-sensitive value',
    credential: 'a credential',
    url: 'a URL',
};
/** One sentence naming the source kind and the sink, never the data. */
function taintMessage(category, sourceWhat, sinkWhat) {
    switch (category) {
        case 'kmsEncrypt':
            return `Plaintext returned by KMS Decrypt (${sourceWhat}) is encrypted again in application code by ${sinkWhat}; use ReEncrypt so the plaintext never leaves KMS.`;
        case 'secretUse':
            return `A predictable random value from ${sourceWhat} is used as ${sinkWhat}; use a cryptographically secure generator.`;
        case 'credential':
            return `A hard-coded credential is passed to ${sinkWhat}; load it from the environment, a secrets manager or the default credential provider chain.`;
        default:
            return `Untrusted data from ${sourceWhat} reaches ${SINK_NOUN[category]} (${sinkWhat}) without sanitization or validation.`;
    }
}

;// CONCATENATED MODULE: ./src/review/analysis/content-types.ts
/**
 * Response content types a function declares: the constant given to `setContentType`, a
 * `Content-Type` header, Express/Fastify/hapi `type(...)`, Spring/JAX-RS/Micronaut media type
 * constants (`MediaType.TEXT_HTML_VALUE` is `text/html`), annotations and decorator arguments.
 */
/** The state entry holding the response content type this function declared, if constant. */
const CONTENT_TYPE_KEY = '$content-type';
/** Content types a browser renders as a page (and runs scripts in). */
function isHtmlType(contentType) {
    return /html|xml|svg/i.test(contentType);
}
/** `TEXT_HTML_VALUE` → `text/html`, `APPLICATION_XHTML_XML` → `application/xhtml+xml`; undefined for other names. */
function mediaTypeConstant(name) {
    const match = /^(TEXT|APPLICATION|IMAGE|MULTIPART|AUDIO|VIDEO)_([A-Z0-9_]+?)(_VALUE|_TYPE)?$/.exec(name);
    if (!match)
        return undefined;
    return `${match[1].toLowerCase()}/${match[2].toLowerCase().replace(/_/g, '+')}`;
}
/** A content type as a value: a constant string, or a media type constant (`MediaType.TEXT_HTML`). */
function mediaTypeOf(value) {
    if (!value)
        return undefined;
    if (value.hasConst && typeof value.konst === 'string')
        return value.konst;
    const ref = value.ref;
    return ref ? mediaTypeConstant(ref.slice(ref.lastIndexOf('.') + 1)) : undefined;
}
/** A content type as written in an annotation, decorator or argument: a string, a media type constant, or a list of them. */
function mediaTypesOfExpr(expr) {
    switch (expr.kind) {
        case 'literal':
            return typeof expr.value === 'string' ? [expr.value] : [];
        case 'member':
        case 'name': {
            const name = expr.kind === 'member' ? expr.property : expr.name;
            const type = mediaTypeConstant(name) ?? (/HTMLResponse$/.test(name) ? 'text/html' : undefined);
            return type ? [type] : [];
        }
        case 'array':
            return expr.elements.flatMap(mediaTypesOfExpr);
        default:
            return [];
    }
}
const TYPE_SETTERS = new Set(['setContentType', 'type', 'contentType']);
const content_types_HEADER_SETTERS = new Set(['setHeader', 'addHeader', 'set', 'header']);
/**
 * `response.setContentType("application/json")`, `setHeader("Content-Type", ...)`, Express
 * `res.type('text/plain')` / `res.set('Content-Type', ...)`, WebFlux `contentType(MediaType.TEXT_HTML)`:
 * the constant content type declared.
 */
function contentTypeSet(site) {
    if (!site.receiverExpr)
        return undefined;
    if (TYPE_SETTERS.has(site.method))
        return mediaTypeOf(site.args[0]);
    const first = site.args[0];
    const header = first?.hasConst && typeof first.konst === 'string' ? first.konst : undefined;
    if (content_types_HEADER_SETTERS.has(site.method) && header?.toLowerCase() === 'content-type')
        return mediaTypeOf(site.args[1]);
    return undefined;
}
/** The same, read from the call as written: a content type set later in a fluent chain (`h.response(x).type('text/plain')`). */
function contentTypeWritten(call) {
    if (call.kind !== 'call' || !call.receiver)
        return undefined;
    const [first, second] = call.args.map((arg) => arg.value);
    if (TYPE_SETTERS.has(call.method) && first)
        return mediaTypesOfExpr(first)[0];
    const header = first?.kind === 'literal' && typeof first.value === 'string' ? first.value : undefined;
    if (content_types_HEADER_SETTERS.has(call.method) && header?.toLowerCase() === 'content-type' && second)
        return mediaTypesOfExpr(second)[0];
    return undefined;
}

;// CONCATENATED MODULE: ./src/review/analysis/values.ts
/**
 * The abstract values the taint analysis computes. A value knows which tainted data it may hold
 * (with the path each piece took), whether it is a known constant, what kind of object it is
 * (for resolving calls and recognising library objects), and, for maps, lists, arrays and
 * objects, what each constant key or index holds.
 */
/** What a sink exposes; a sanitizer or guard makes a taint clean for some of these. */
const CATEGORY = {
    path: 1,
    sql: 2,
    ldap: 4,
    xpath: 8,
    command: 16,
    xss: 32,
    trust: 64,
    /** KMS Encrypt plaintext (kms-decrypt-then-encrypt). */
    kmsEncrypt: 128,
    /** A secret, token, key, IV, cookie or session value (insecure-random). */
    secretUse: 256,
    /** A credential parameter (hardcoded-credentials): reached by constant strings, not by taint. */
    credential: 512,
    /** Not a sink: safe as a URL (no `javascript:` scheme); an HTML-encoded value in `href="..."` needs it too. */
    url: 1024,
};
/** Every injection category: what validation (allow-lists, equality with constants) makes safe. */
const INJECTION = 127 | CATEGORY.url;
const CLEAN = { taints: [] };
function values_constant(konst, constAt) {
    return constAt ? { taints: [], hasConst: true, konst, constAt } : { taints: [], hasConst: true, konst };
}
const MAX_TAINTS = 8;
const MAX_TRAIL = 40;
const values_MAX_DEPTH = 4;
function taintKey(label, origin, clean, param, field) {
    const where = label === 'param' ? `${param}.${field ?? ''}` : `${origin.path}:${origin.loc.line}:${origin.loc.column}`;
    return `${label}|${where}|${clean}`;
}
function newTaint(label, origin, param, field) {
    const trail = { step: origin, length: 1 };
    return { label, origin, clean: 0, trail, key: taintKey(label, origin, 0, param, field), param, field };
}
function withClean(taint, clean) {
    const merged = taint.clean | clean;
    if (merged === taint.clean)
        return taint;
    return {
        ...taint,
        clean: merged,
        key: taintKey(taint.label, taint.origin, merged, taint.param, taint.field),
    };
}
/** Adds a step; past the length cap only `force`d steps (sinks) are still added. */
function extendTrail(trail, step, force = false) {
    if (trail.length >= MAX_TRAIL && !force)
        return trail;
    const last = trail.step;
    if (last.path === step.path && last.loc.line === step.loc.line && last.message === step.message)
        return trail;
    return { step, prev: trail, length: trail.length + 1 };
}
function trailSteps(trail) {
    const steps = [];
    for (let at = trail; at; at = at.prev)
        steps.push(at.step);
    return steps.reverse();
}
/** Appends `steps` (oldest first) to `trail`. */
function appendSteps(trail, steps) {
    let result = trail;
    for (const step of steps)
        result = extendTrail(result, step);
    return result;
}
function values_unionTaints(a, b) {
    if (b.length === 0)
        return a;
    if (a.length === 0)
        return b;
    let result;
    for (const taint of b) {
        if (a.some((existing) => existing.key === taint.key))
            continue;
        result ??= [...a];
        if (result.length >= MAX_TAINTS)
            break;
        result.push(taint);
    }
    return result ?? a;
}
function isClean(value) {
    return value.taints.length === 0 && !value.props && !value.rest;
}
/** The least value both may be: taints and contents united, facts kept only where both agree. */
function join(a, b, depth = 0) {
    if (a === b)
        return a;
    const taints = values_unionTaints(a.taints, b.taints);
    const bothConst = a.hasConst && b.hasConst && a.konst === b.konst;
    const props = depth < values_MAX_DEPTH ? joinProps(a, b, depth) : undefined;
    const rest = a.rest && b.rest ? join(a.rest, b.rest, depth + 1) : (a.rest ?? b.rest);
    const result = { taints };
    if (bothConst) {
        result.hasConst = true;
        result.konst = a.konst;
        result.constAt = a.constAt ?? b.constAt;
    }
    const type = a.type ?? b.type;
    if (type)
        result.type = type;
    const ref = a.ref === b.ref ? a.ref : undefined;
    if (ref)
        result.ref = ref;
    if (props && props.size > 0)
        result.props = props;
    if (rest)
        result.rest = rest;
    if (a.length !== undefined && a.length === b.length)
        result.length = a.length;
    if (a.normalized && b.normalized)
        result.normalized = true;
    if (a.regex !== undefined && a.regex === b.regex)
        result.regex = a.regex;
    if (a.guard && a.guard === b.guard)
        result.guard = a.guard;
    if (a.leading !== undefined && a.leading === b.leading)
        result.leading = a.leading;
    const closure = a.closure ?? b.closure;
    if (closure)
        result.closure = closure;
    return result;
}
function joinProps(a, b, depth) {
    if (!a.props && !b.props)
        return undefined;
    const props = new Map();
    for (const [key, value] of a.props ?? []) {
        const other = b.props?.get(key);
        props.set(key, other ? join(value, other, depth + 1) : value);
    }
    for (const [key, value] of b.props ?? [])
        if (!props.has(key))
            props.set(key, value);
    return props;
}
function joinAll(values) {
    return values.reduce((acc, value) => join(acc, value), CLEAN);
}
/** Whether two values carry the same facts (used to detect fixpoints). */
function values_sameValue(a, b, depth = 0) {
    if (a === b)
        return true;
    if (a.taints.length !== b.taints.length)
        return false;
    for (const taint of a.taints)
        if (!b.taints.some((other) => other.key === taint.key))
            return false;
    if (Boolean(a.hasConst) !== Boolean(b.hasConst) || a.konst !== b.konst)
        return false;
    if (a.type !== b.type || a.ref !== b.ref || a.length !== b.length || a.normalized !== b.normalized)
        return false;
    if (a.regex !== b.regex || a.closure !== b.closure || a.guard !== b.guard || a.leading !== b.leading)
        return false;
    if (depth > values_MAX_DEPTH)
        return true;
    if (Boolean(a.rest) !== Boolean(b.rest) || (a.rest && b.rest && !values_sameValue(a.rest, b.rest, depth + 1)))
        return false;
    const aSize = a.props?.size ?? 0;
    if (aSize !== (b.props?.size ?? 0))
        return false;
    for (const [key, value] of a.props ?? []) {
        const other = b.props?.get(key);
        if (!other || !values_sameValue(value, other, depth + 1))
            return false;
    }
    return true;
}
/** Every taint the value or anything it contains holds. */
function values_deepTaints(value, depth = 0) {
    if (depth > values_MAX_DEPTH || (!value.props && !value.rest))
        return value.taints;
    let taints = value.taints;
    for (const inner of value.props?.values() ?? [])
        taints = values_unionTaints(taints, values_deepTaints(inner, depth + 1));
    if (value.rest)
        taints = values_unionTaints(taints, values_deepTaints(value.rest, depth + 1));
    return taints;
}
/** A value holding only the given taints (constants, kinds and contents dropped). */
function values_tainted(taints) {
    return taints.length === 0 ? CLEAN : { taints };
}
/** The same data with every taint (and contained taint) made clean for `clean`. */
function sanitize(value, clean, depth = 0) {
    if (clean === 0)
        return value;
    const taints = value.taints.map((taint) => withClean(taint, clean));
    if (depth > values_MAX_DEPTH || (!value.props && !value.rest))
        return { ...value, taints };
    const props = value.props
        ? new Map([...value.props].map(([key, inner]) => [key, sanitize(inner, clean, depth + 1)]))
        : undefined;
    const rest = value.rest ? sanitize(value.rest, clean, depth + 1) : undefined;
    return { ...value, taints, props, rest };
}
/** The same data with a flow step added to every taint's trail. */
function withStep(value, step) {
    if (value.taints.length === 0)
        return value;
    return {
        ...value,
        taints: value.taints.map((taint) => ({ ...taint, trail: extendTrail(taint.trail, step) })),
    };
}
function taintsWithStep(taints, step) {
    return taints.map((taint) => ({ ...taint, trail: extendTrail(taint.trail, step) }));
}
function setProp(value, key, inner) {
    const props = new Map(value.props ?? []);
    props.set(key, inner);
    return { ...value, props };
}
function addRest(value, inner) {
    return { ...value, rest: value.rest ? join(value.rest, inner) : inner, length: undefined };
}
/** What a read by `key` (undefined: unknown key) may return. */
function readProp(value, key) {
    let result = values_tainted(value.taints);
    if (key !== undefined && value.props?.has(key))
        return join(result, value.props.get(key));
    if (key === undefined)
        for (const inner of value.props?.values() ?? [])
            result = join(result, inner);
    if (value.rest)
        result = join(result, value.rest);
    return result;
}
/** Every element a loop over the value may bind. */
function elementsOf(value) {
    return readProp(value, undefined);
}
/** The same data with some clean bits taken back (an HTML-encoded value placed where a URL is expected). */
function unclean(value, lost, unless) {
    const affected = (taint) => (taint.clean & lost) !== 0 && (taint.clean & unless) === 0;
    const taints = values_deepTaints(value);
    if (!taints.some(affected))
        return value;
    return {
        taints: taints.map((taint) => affected(taint)
            ? {
                ...taint,
                clean: taint.clean & ~lost,
                key: taintKey(taint.label, taint.origin, taint.clean & ~lost, taint.param, taint.field),
            }
            : taint),
        type: value.type,
    };
}

;// CONCATENATED MODULE: ./src/review/rules/regex-safety.ts

/**
 * Which injection categories a regular expression check makes a string safe for: the pattern
 * must match the whole string (anchored, or a whole-string match API) and must not admit any
 * character that is dangerous in the category (quotes for SQL, shell metacharacters for
 * commands, `/` and `\` for paths...). Character sets are over-approximated: a pattern that
 * admits any character (`.`, a negated class) proves nothing.
 */
function regexClean(pattern, wholeMatch) {
    if (!wholeMatch && !isAnchored(pattern))
        return 0;
    const allowed = allowedCharacters(pattern);
    if (allowed === 'any')
        return 0;
    return cleanForCharacters(allowed);
}
/**
 * A pattern anchored at the start that requires an `http:`/`https:` scheme or a path (`^https?:\/\/`,
 * `^\/`): a matching string is no `javascript:` URL, so it is safe as a link target.
 */
function urlPrefixClean(pattern) {
    const body = pattern.replace(/^\(\?[a-z]+\)/, '');
    return /^\^(https\??|http):|^\^(\\\/|\/)/.test(body) ? CATEGORY.url : 0;
}
/** The categories a string made only of these characters is safe for. */
function cleanForCharacters(allowed) {
    let clean = CATEGORY.trust;
    for (const [category, dangerous] of DANGEROUS) {
        if (![...dangerous].some((ch) => allowed.has(ch)) &&
            !(category === CATEGORY.command && hasWhitespace(allowed))) {
            clean |= category;
        }
    }
    return clean & (INJECTION | CATEGORY.trust);
}
/** The characters a `[^...]` class removed by `replaceAll("[^...]", "")` leaves, or undefined. */
function keptByRemovingClass(pattern) {
    const match = /^\[\^((?:\\.|[^\]\\])*)\][+*]?$/.exec(pattern);
    if (!match)
        return undefined;
    const chars = classCharacters(match[1]);
    return chars === 'any' ? undefined : chars;
}
/** The characters a positive class matches (`[&<>"']`, with `+` or `*` after it), or undefined. */
function escapedClass(pattern) {
    const match = /^\[((?:\\.|[^\]\\])*)\][+*]?$/.exec(pattern);
    if (!match || match[1].startsWith('^'))
        return undefined;
    const chars = classCharacters(match[1]);
    return chars === 'any' ? undefined : chars;
}
const DANGEROUS = [
    [CATEGORY.path, '/\\\0'],
    [CATEGORY.sql, '\'"\\;`\0 \t\n\r'],
    [CATEGORY.ldap, '*()\\\0&|=!<>~'],
    [CATEGORY.xpath, '\'"[]()=|/<>*@$'],
    [CATEGORY.command, ';&|$`()<>\n\r\\\'"{}*?!~#\0'],
    [CATEGORY.xss, '<>"\'&`'],
];
function hasWhitespace(allowed) {
    return allowed.has(' ') || allowed.has('\t');
}
function isAnchored(pattern) {
    const body = pattern.replace(/^\(\?[a-z]+\)/, '');
    if (!body.startsWith('^') && !body.startsWith('\\A'))
        return false;
    if (!/(\$|\\z|\\Z)$/.test(body) || /\\\$$/.test(body))
        return false;
    return !hasTopLevelAlternation(body);
}
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            i++;
            continue;
        }
        if (inClass) {
            if (ch === ']')
                inClass = false;
            continue;
        }
        if (ch === '[')
            inClass = true;
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === '|' && depth === 0)
            return true;
    }
    return false;
}
const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const WORD = `${DIGITS}${LOWER}${LOWER.toUpperCase()}_`;
const SPACE = ' \t\n\r\f\v';
/** Every character the pattern can match anywhere, or 'any'. */
function allowedCharacters(pattern) {
    const allowed = new Set();
    const add = (chars) => {
        for (const ch of chars)
            allowed.add(ch);
    };
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            const escaped = escapeClass(pattern[i + 1] ?? '');
            if (escaped === 'any')
                return 'any';
            add(escaped);
            i++;
        }
        else if (ch === '[') {
            const end = classEnd(pattern, i);
            if (end < 0)
                return 'any';
            const chars = classCharacters(pattern.slice(i + 1, end));
            if (chars === 'any')
                return 'any';
            add(chars);
            i = end;
        }
        else if (ch === '.') {
            return 'any';
        }
        else if (ch === '(' && pattern[i + 1] === '?') {
            const close = pattern.indexOf(')', i);
            const modifier = pattern.slice(i + 2, i + 3);
            if (modifier === ':' || modifier === '=' || modifier === '!' || modifier === '<')
                i += modifier === '<' ? 3 : 2;
            else if (close > 0)
                i = close;
        }
        else if ('^$()|*+?'.includes(ch)) {
            continue;
        }
        else if (ch === '{') {
            const close = pattern.indexOf('}', i);
            if (close > 0 && /^\{\d*,?\d*\}$/.test(pattern.slice(i, close + 1)))
                i = close;
            else
                allowed.add(ch);
        }
        else {
            allowed.add(ch);
        }
    }
    return allowed;
}
function classEnd(pattern, start) {
    for (let i = start + 1; i < pattern.length; i++) {
        if (pattern[i] === '\\')
            i++;
        else if (pattern[i] === ']' && i > start + 1 + (pattern[start + 1] === '^' ? 1 : 0))
            return i;
    }
    return -1;
}
function escapeClass(ch) {
    switch (ch) {
        case 'd':
            return DIGITS;
        case 'w':
            return WORD;
        case 's':
            return SPACE;
        case 'D':
        case 'W':
        case 'S':
        case 'p':
        case 'P':
        case 'X':
            return 'any';
        case 'A':
        case 'z':
        case 'Z':
        case 'b':
        case 'B':
        case 'G':
            return '';
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'r':
            return '\r';
        default:
            return ch;
    }
}
/** The characters inside `[...]` (without the brackets); a negated class admits 'any'. */
function classCharacters(body) {
    if (body.startsWith('^'))
        return 'any';
    const chars = new Set();
    for (let i = 0; i < body.length; i++) {
        let ch = body[i];
        if (ch === '\\') {
            const escaped = escapeClass(body[i + 1] ?? '');
            if (escaped === 'any')
                return 'any';
            i++;
            const single = [...escaped];
            if (single.length !== 1) {
                for (const inner of single)
                    chars.add(inner);
                continue;
            }
            ch = single[0];
        }
        if (body[i + 1] === '-' && i + 2 < body.length) {
            let end = body[i + 2];
            if (end === '\\') {
                end = body[i + 3] ?? end;
                i++;
            }
            for (let code = ch.charCodeAt(0); code <= end.charCodeAt(0); code++)
                chars.add(String.fromCharCode(code));
            i += 2;
            continue;
        }
        chars.add(ch);
    }
    return chars;
}

;// CONCATENATED MODULE: ./src/review/rules/support.ts

/** Library object kinds the models recognise, kept apart from user class names by the `lib:` prefix. */
const KIND = {
    request: 'lib:HttpRequest',
    response: 'lib:HttpResponse',
    writer: 'lib:ResponseWriter',
    session: 'lib:HttpSession',
    servletContext: 'lib:ServletContext',
    sqlConnection: 'lib:SqlConnection',
    sqlStatement: 'lib:SqlStatement',
    jdbcTemplate: 'lib:JdbcTemplate',
    ldap: 'lib:Ldap',
    xpath: 'lib:XPath',
    xmlDocument: 'lib:XmlDocument',
    insecureRandom: 'lib:InsecureRandom',
    secureRandom: 'lib:SecureRandom',
    kms: 'lib:Kms',
    processBuilder: 'lib:ProcessBuilder',
    file: 'lib:File',
    path: 'lib:Path',
    stream: 'lib:Stream',
    stringBuilder: 'lib:StringBuilder',
    responseEntity: 'lib:ResponseEntity',
    json: 'lib:Json',
    cookie: 'lib:Cookie',
    upload: 'lib:UploadedFile',
    kmsDecryptResult: 'lib:KmsDecryptResult',
    /** Apache Commons Exec's argument vector. */
    commandLine: 'lib:CommandLine',
    /** Koa's `ctx`: the request's data and the response's body and type in one object. */
    koaContext: 'lib:KoaContext',
    /** A response whose string bodies are plain text unless declared HTML (Fastify's `reply`). */
    textReply: 'lib:TextReply',
    /** hapi's response toolkit `h`: `h.response(string)` is an HTML page. */
    hapiToolkit: 'lib:HapiToolkit',
};
const STRING = 'String';
/** What `xpath.useNamespaces(...)` and lxml's `XPathEvaluator(doc)` return: a function evaluating an expression. */
const XPATH_CALLABLE = 'lib:xpath-callable';
/** The call's dotted name when it is made on a module or class (`os.path.join`, `URLDecoder.decode`). */
function qualifiedName(site) {
    const qualifier = site.qualifier;
    if (!qualifier)
        return site.receiverExpr || site.isNew ? undefined : site.method;
    if (!site.receiverExpr && (qualifier === site.method || qualifier.endsWith(`.${site.method}`)))
        return qualifier;
    return `${qualifier}.${site.method}`;
}
/** The last `count` segments of a dotted name: Java calls are matched on `Class.method`. */
function lastSegments(name, count) {
    return name.split('.').slice(-count).join('.');
}
/** The call's name for table lookups: `Class.method` in Java, the full dotted name elsewhere. */
function callName(site) {
    const name = qualifiedName(site);
    if (!name)
        return undefined;
    return site.language === 'java' ? lastSegments(name, 2) : name;
}
function arg(site, index, keyword) {
    return (keyword !== undefined ? site.keywords.get(keyword) : undefined) ?? site.args[index];
}
/** Whether the receiver is of a kind, or, when its kind is unknown, is named like one. */
function receiverIs(site, kind, names) {
    if (site.receiverType === kind)
        return true;
    if (site.receiverType && site.receiverType !== 'Object' && site.receiverType !== 'any')
        return false;
    return names !== undefined && names.test(site.receiverName ?? '');
}
function source(site, label, what) {
    return { taints: [newTaint(label, { path: site.path, loc: site.loc, message: `${what} read here` })] };
}
/** Everything the receiver and the arguments hold. */
function everything(site) {
    let taints = site.receiver ? values_deepTaints(site.receiver) : [];
    for (const value of site.args)
        taints = values_unionTaints(taints, values_deepTaints(value));
    for (const value of site.keywords.values())
        taints = values_unionTaints(taints, values_deepTaints(value));
    return values_tainted(taints);
}
function argsOnly(site) {
    let taints = [];
    for (const value of site.args)
        taints = unionTaints(taints, deepTaints(value));
    for (const value of site.keywords.values())
        taints = unionTaints(taints, deepTaints(value));
    return tainted(taints);
}
function typed(value, type) {
    return { ...value, type };
}
function constString(value) {
    return value?.hasConst && typeof value.konst === 'string' ? value.konst : undefined;
}
/** The name at the root of a receiver chain: `AWSKMSClientBuilder` in `AWSKMSClientBuilder.standard().build()`. */
function chainRoot(expr) {
    let at = expr;
    while (at) {
        if (at.kind === 'name')
            return at.name;
        if (at.kind === 'call')
            at = at.receiver;
        else if (at.kind === 'member' || at.kind === 'index')
            at = at.object;
        else if (at.kind === 'new')
            return at.type;
        else
            return undefined;
    }
    return undefined;
}
/** The identifier an argument expression names (a constant's name, `Context.SECURITY_CREDENTIALS`). */
function nameOfExpr(expr) {
    if (!expr)
        return undefined;
    if (expr.kind === 'name')
        return expr.name;
    if (expr.kind === 'member')
        return expr.property;
    return undefined;
}
/** A table entry by key, never one inherited from Object.prototype (`valueOf`, `toString`...). */
function own(table, key) {
    return key !== undefined && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
/** A Python module of a FastAPI or Starlette application: route parameters come from anywhere in the request, results are JSON. */
function importsFastApi(module) {
    return module.imports.some((entry) => /^(fastapi|starlette)(\.|$)/.test(entry.module));
}

;// CONCATENATED MODULE: ./src/review/rules/sanitizers.ts



/**
 * Sanitizers (calls whose result is safe for some categories) and validators (conditions that
 * prove a value safe where they hold). Each applies only to the categories it defends: an HTML
 * encoder does not make a path safe.
 */
const { path: PATH, sql: SQL, ldap: LDAP, xpath: XPATH, command: COMMAND, xss: XSS, url: URL } = CATEGORY;
/** Calls by `Class.method` (Java) or dotted name (Python, JavaScript), and what their result is safe for. */
/*
 * Distinguished-name escapers (Rdn.escapeValue, encodeForDN, escape_dn_chars) are deliberately
 * absent: they leave the filter metacharacters * ( ) alone, and the LDAP rule checks filters.
 */
const SANITIZING_CALLS = {
    'Integer.parseInt': INJECTION,
    'Integer.valueOf': INJECTION,
    'Integer.decode': INJECTION,
    'Long.parseLong': INJECTION,
    'Long.valueOf': INJECTION,
    'Short.parseShort': INJECTION,
    'Short.valueOf': INJECTION,
    'Byte.parseByte': INJECTION,
    'Double.parseDouble': INJECTION,
    'Double.valueOf': INJECTION,
    'Float.parseFloat': INJECTION,
    'Float.valueOf': INJECTION,
    'Boolean.parseBoolean': INJECTION,
    'Boolean.valueOf': INJECTION,
    'UUID.fromString': INJECTION,
    'UUID.nameUUIDFromBytes': INJECTION,
    'LocalDate.parse': INJECTION,
    'LocalDateTime.parse': INJECTION,
    'Instant.parse': INJECTION,
    'Duration.parse': INJECTION,
    'ZonedDateTime.parse': INJECTION,
    'InetAddress.getByName': INJECTION,
    'NumberUtils.toInt': INJECTION,
    'NumberUtils.toLong': INJECTION,
    'NumberUtils.createInteger': INJECTION,
    'Enum.valueOf': INJECTION,
    'FilenameUtils.getName': PATH,
    'FilenameUtils.getBaseName': PATH,
    'FilenameUtils.getExtension': PATH,
    'Encode.forHtml': XSS,
    'Encode.forHtmlContent': XSS,
    'Encode.forHtmlAttribute': XSS,
    'Encode.forHtmlUnquotedAttribute': XSS,
    'Encode.forJavaScript': XSS,
    'Encode.forJavaScriptBlock': XSS,
    'Encode.forJavaScriptAttribute': XSS,
    'Encode.forJavaScriptSource': XSS,
    'Encode.forCssString': XSS,
    'Encode.forCssUrl': XSS,
    'Encode.forUri': XSS,
    'Encode.forUriComponent': XSS | URL,
    'Encode.forXml': XSS | XPATH,
    'Encode.forXmlContent': XSS,
    'Encode.forXmlAttribute': XSS | XPATH,
    'StringEscapeUtils.escapeHtml4': XSS,
    'StringEscapeUtils.escapeHtml3': XSS,
    'StringEscapeUtils.escapeHtml': XSS,
    'StringEscapeUtils.escapeXml': XSS,
    'StringEscapeUtils.escapeXml10': XSS,
    'StringEscapeUtils.escapeXml11': XSS,
    'StringEscapeUtils.escapeEcmaScript': XSS,
    'StringEscapeUtils.escapeJavaScript': XSS,
    'StringEscapeUtils.escapeSql': SQL,
    'HtmlUtils.htmlEscape': XSS,
    'HtmlUtils.htmlEscapeDecimal': XSS,
    'HtmlUtils.htmlEscapeHex': XSS,
    'JavaScriptUtils.javaScriptEscape': XSS,
    'Jsoup.clean': XSS,
    'URLEncoder.encode': XSS | URL,
    'LdapEncoder.filterEncode': LDAP,
    'Filter.encodeValue': LDAP,
    'Filter.createEqualityFilter': LDAP,
    'Filter.createSubstringFilter': LDAP,
    // Python
    int: INJECTION,
    float: INJECTION,
    bool: INJECTION,
    'uuid.UUID': INJECTION,
    UUID: INJECTION,
    'ipaddress.ip_address': INJECTION,
    'decimal.Decimal': INJECTION,
    len: INJECTION,
    'html.escape': XSS,
    'markupsafe.escape': XSS,
    'flask.escape': XSS,
    'cgi.escape': XSS,
    'django.utils.html.escape': XSS,
    'django.utils.html.format_html': XSS,
    format_html: XSS,
    'bleach.clean': XSS,
    'urllib.parse.quote': XSS | URL,
    'urllib.parse.quote_plus': XSS | URL,
    'shlex.quote': COMMAND,
    'pipes.quote': COMMAND,
    'ldap.filter.escape_filter_chars': LDAP,
    'ldap3.utils.conv.escape_filter_chars': LDAP,
    'ldap.filter.filter_format': LDAP,
    filter_format: LDAP,
    'flask.render_template': XSS,
    render_template: XSS,
    'django.shortcuts.render': XSS,
    'django.template.loader.render_to_string': XSS,
    'os.path.basename': PATH,
    'werkzeug.utils.secure_filename': PATH,
    'werkzeug.secure_filename': PATH,
    'django.utils.text.get_valid_filename': PATH,
    // JavaScript
    Number: INJECTION,
    parseInt: INJECTION,
    parseFloat: INJECTION,
    'Number.parseInt': INJECTION,
    'Number.parseFloat': INJECTION,
    encodeURIComponent: XSS | URL,
    encodeURI: XSS,
    'escape-html': XSS,
    'he.encode': XSS,
    'he.escape': XSS,
    'validator.escape': XSS,
    '_.escape': XSS,
    'lodash.escape': XSS,
    'DOMPurify.sanitize': XSS,
    'sanitize-html': XSS,
    xss: XSS,
    filterXSS: XSS,
    'path.basename': PATH,
    'sanitize-filename': PATH,
    'shell-quote.quote': COMMAND,
    'shellQuote.quote': COMMAND,
    'shell-escape': COMMAND,
    'mysql.escape': SQL,
    'sqlstring.escape': SQL,
    'SqlString.escape': SQL,
    'pg-format': SQL,
    'ldap-escape.filter': LDAP,
    'ldapEscape.filter': LDAP,
};
/** Sanitizers recognised by method name alone, on any receiver (ESAPI's encoder, Spring LDAP's query builder...). */
const SANITIZING_METHODS = {
    encodeForHTML: XSS,
    encodeForHTMLAttribute: XSS,
    encodeForJavaScript: XSS,
    encodeForCSS: XSS,
    encodeForURL: XSS,
    encodeForXML: XSS | XPATH,
    encodeForXMLAttribute: XSS | XPATH,
    encodeForLDAP: LDAP,
    encodeForXPath: XPATH,
    encodeForSQL: SQL,
    encodeForOS: COMMAND,
    escape_filter_chars: LDAP,
    secure_filename: PATH,
    escape_string: SQL,
    escapeHtml: XSS,
    escapeHTML: XSS,
    htmlEscape: XSS,
    escapeLDAPSearchFilter: LDAP,
    getFileName: PATH,
};
/** Spring LDAP filters and query criteria encode the value they are given. */
const LDAP_SAFE_CONSTRUCTORS = new Set([
    'EqualityFilter',
    'AndFilter',
    'OrFilter',
    'NotFilter',
    'SubstringFilter',
    'PresenceFilter',
    'ApproximateFilter',
    'GreaterThanEqualsFilter',
    'LessThanEqualsFilter',
    'ExtensibleFilter',
    'EqualsFilter',
    'LikeFilter',
    'PresentFilter',
    'NotPresentFilter',
    'GreaterThanOrEqualsFilter',
    'LessThanOrEqualsFilter',
    'WhitespaceWildcardsFilter',
]);
const LDAP_QUERY_CRITERIA = new Set(['is', 'like', 'whitespaceWildcardsLike', 'gte', 'lte']);
/** Results that are numbers or booleans, never a string an attacker chose. */
const NON_STRING_RESULTS = new Set([
    'length',
    'size',
    'isEmpty',
    'isBlank',
    'equals',
    'equalsIgnoreCase',
    'contains',
    'containsKey',
    'containsValue',
    'startsWith',
    'endsWith',
    'startswith',
    'endswith',
    'matches',
    'indexOf',
    'lastIndexOf',
    'compareTo',
    'compareToIgnoreCase',
    'hashCode',
    'count',
    'exists',
    'isFile',
    'isDirectory',
    'canRead',
    'canWrite',
    'test',
    'includes',
    'has',
    'isalnum',
    'isdigit',
    'isnumeric',
    'isalpha',
    'isdecimal',
    'isidentifier',
    'charCodeAt',
    'codePointAt',
    'getTime',
    'toEpochMilli',
    'intValue',
    'longValue',
    'doubleValue',
    'ordinal',
    'nextInt',
    'pid',
    'waitFor',
    'exitValue',
    'getStatus',
    'getStatusCode',
    'isPresent',
    'hasNext',
    'next_int',
]);
const MATH = /^(Math|StrictMath)\./;
/** A call whose result is safe for some categories, or holds no attacker string at all. */
function sanitizerCall(site) {
    const name = callName(site);
    const clean = own(SANITIZING_CALLS, name) ??
        own(SANITIZING_METHODS, site.method) ??
        (site.isNew ? own(SANITIZING_CALLS, site.method) : undefined) ??
        plainImportedSanitizer(site);
    if (clean !== undefined)
        return { result: { ...sanitize(everything(site), clean), type: STRING } };
    if (site.isNew && LDAP_SAFE_CONSTRUCTORS.has(site.method))
        return { result: sanitize(everything(site), LDAP) };
    if (!site.isNew && LDAP_QUERY_CRITERIA.has(site.method) && site.language === 'java')
        return { result: sanitize(everything(site), LDAP) };
    if (name && MATH.test(name) && site.method !== 'random')
        return { result: sanitize(everything(site), INJECTION) };
    if (site.method === 'valueOf' &&
        site.qualifier &&
        /^[A-Z]/.test(site.qualifier) &&
        site.qualifier !== 'String') {
        return { result: sanitize(everything(site), INJECTION) };
    }
    if (NON_STRING_RESULTS.has(site.method) &&
        !(site.method === 'nextInt' && site.receiverType === KIND.insecureRandom)) {
        return { result: sanitize(everything(site), INJECTION) };
    }
    if (site.method === 'getName' && site.receiverType === KIND.file)
        return { result: sanitize(everything(site), PATH) };
    if (site.method === 'sanitize' && /purify|sanitiz|policy/i.test(site.receiverName ?? ''))
        return { result: sanitize(everything(site), XSS) };
    return replacementSanitizer(site);
}
/** A method reference passed to `map` (`HtmlUtils::htmlEscape`, `Integer::parseInt`, `String::length`): what its results are safe for. */
function referenceCleans(owner, method) {
    const named = owner !== undefined ? own(SANITIZING_CALLS, `${owner}.${method}`) : undefined;
    if (named !== undefined)
        return named;
    if ((owner === 'Math' || owner === 'StrictMath') && method !== 'random')
        return INJECTION;
    return own(SANITIZING_METHODS, method) ?? (NON_STRING_RESULTS.has(method) ? INJECTION : undefined);
}
/** `import escape from 'escape-html'`, `from markupsafe import escape`: a plain call of an imported sanitizer. */
function plainImportedSanitizer(site) {
    if (site.receiverExpr || !site.qualifier)
        return undefined;
    return own(SANITIZING_CALLS, site.qualifier) ?? own(SANITIZING_CALLS, `${site.qualifier}.${site.method}`);
}
/**
 * `s.replaceAll("[^A-Za-z0-9]", "")`, `re.sub(r"[^\w.-]", "", s)`: only the characters of a class remain.
 * `s.replace(/[&<>"']/g, (c) => ENTITIES[c])`: every special character of a category is escaped.
 */
function replacementSanitizer(site) {
    let pattern;
    let replacement;
    let subject;
    if ((site.method === 'replaceAll' || site.method === 'replace') &&
        site.receiver &&
        site.language !== 'python') {
        // A regular expression literal without the g flag replaces the first match only.
        const flags = regexLiteralFlags(site.argExprs[0]);
        if (site.method === 'replace' && flags !== undefined && !flags.includes('g'))
            return undefined;
        pattern = constString(site.args[0]) ?? site.args[0]?.regex;
        replacement = site.args[1];
        subject = site.receiver;
    }
    else if (callName(site) === 're.sub' || (site.method === 'sub' && site.receiver?.regex !== undefined)) {
        const offset = site.method === 'sub' && site.receiver?.regex !== undefined ? 0 : 1;
        pattern = offset === 0 ? site.receiver.regex : (constString(site.args[0]) ?? site.args[0]?.regex);
        replacement = site.args[offset];
        subject = site.args[offset + 1];
    }
    if (pattern === undefined || !replacement || !subject)
        return undefined;
    const clean = removalCleans(pattern, constString(replacement)) ?? escapeCleans(pattern, replacement);
    return clean ? { result: { ...sanitize(subject, clean), type: STRING } } : undefined;
}
/** `[^...]` replaced by a constant: the result holds the class's characters and the replacement's. */
function removalCleans(pattern, replacement) {
    const kept = replacement !== undefined ? keptByRemovingClass(pattern) : undefined;
    if (!kept)
        return undefined;
    for (const ch of replacement)
        kept.add(ch);
    return cleanForCharacters(kept);
}
/** Characters an escaper must cover for its output to be safe in a category (RFC 4515 for LDAP filters). */
const ESCAPED_FOR = [
    [XSS, '<>&"'],
    [LDAP, '*()\\'],
];
/**
 * A class of special characters each replaced by a callback (a lookup of entities or escapes) or by
 * an escape or entity: the categories whose special characters the class covers.
 */
function escapeCleans(pattern, replacement) {
    const escaped = escapedClass(pattern);
    const constant = constString(replacement);
    const escapes = replacement.closure !== undefined || (constant !== undefined && /^(\\|&|$)/.test(constant));
    if (!escaped || !escapes)
        return undefined;
    let clean = 0;
    for (const [category, special] of ESCAPED_FOR)
        if ([...special].every((ch) => escaped.has(ch)))
            clean |= category;
    return clean || undefined;
}
/** The literal's flags (`g` in `/[<>]/g`), when the expression is a JavaScript regular expression literal. */
function regexLiteralFlags(expr) {
    const text = expr?.kind === 'unknown' && expr.syntax === 'regex' ? expr.parts[0] : undefined;
    if (text?.kind !== 'literal' || typeof text.value !== 'string')
        return undefined;
    return /\/([a-z]*)$/.exec(text.value)?.[1];
}
// ---- declared types ---------------------------------------------------------------------------
const NON_STRING_TYPES = new Set([
    'int',
    'long',
    'short',
    'byte',
    'double',
    'float',
    'boolean',
    'Integer',
    'Long',
    'Short',
    'Byte',
    'Double',
    'Float',
    'Boolean',
    'BigInteger',
    'BigDecimal',
    'UUID',
    'LocalDate',
    'LocalDateTime',
    'Instant',
    'Date',
    'number',
    'boolean[]',
    'int[]',
    'long[]',
    // Python type hints FastAPI validates a parameter against
    'bool',
    'datetime',
    'date',
    'time',
    'timedelta',
    'Decimal',
    'UUID1',
    'UUID3',
    'UUID4',
    'UUID5',
    'PositiveInt',
    'NegativeInt',
    'NonNegativeInt',
    'NonPositiveInt',
    'PositiveFloat',
    'NegativeFloat',
    'NonNegativeFloat',
    'StrictInt',
    'StrictFloat',
    'StrictBool',
    'conint',
    'confloat',
    'condecimal',
    'Literal',
    'IPv4Address',
    'IPv6Address',
    'IPvAnyAddress',
]);
/** Categories a value of a declared type cannot attack: numbers, booleans, UUIDs, dates, IP addresses, Python `Literal`s. */
function typeCleans(declaredType) {
    return NON_STRING_TYPES.has(declaredType) ? INJECTION : undefined;
}
// ---- guards -----------------------------------------------------------------------------------
const WRAPPERS = new Set([
    'trim',
    'strip',
    'toLowerCase',
    'toUpperCase',
    'lower',
    'upper',
    'casefold',
    'toString',
    'intern',
]);
const NORMALIZERS = new Set([
    'getCanonicalPath',
    'getCanonicalFile',
    'toRealPath',
    'normalize',
    'toAbsolutePath',
    'getAbsolutePath',
    'getAbsoluteFile',
    'toPath',
    'toFile',
    'toString',
    'resolve',
    'realpath',
    'abspath',
    'normpath',
]);
const CHARACTER_PREDICATES = {
    isAlphanumeric: INJECTION,
    isAlpha: INJECTION,
    isNumeric: INJECTION,
    isDigits: INJECTION,
    isCreatable: INJECTION,
    isParsable: INJECTION,
    isalnum: INJECTION,
    isdigit: INJECTION,
    isnumeric: INJECTION,
    isdecimal: INJECTION,
    isalpha: INJECTION,
    isidentifier: INJECTION,
    isInt: INJECTION,
    isInteger: INJECTION,
    isNumericString: INJECTION,
    isUUID: INJECTION,
    isUuid: INJECTION,
    isAlphanumericString: INJECTION,
    isSafeInteger: INJECTION,
};
/** A variable or field a wrapper call was applied to: `action.trim().toLowerCase()` checks `action`. */
function stripHarmlessWrappers(expr) {
    let at = expr;
    while (at.kind === 'call' && at.receiver && WRAPPERS.has(at.method) && at.args.length === 0)
        at = at.receiver;
    return at;
}
function stripNormalizers(expr) {
    let at = expr;
    while (at.kind === 'call' && at.receiver && NORMALIZERS.has(at.method))
        at = at.receiver;
    return at;
}
/**
 * What a condition call proves when true: allow-list membership, equality with a constant, a
 * whole-string regular expression match, a character-class predicate, or a canonical path
 * that starts with the base directory.
 */
function guardOfCall(site, evaluate) {
    const facts = [];
    const add = (subject, clean) => {
        if (subject && clean !== 0)
            facts.push({ subject, clean, when: true });
    };
    const receiver = site.receiver;
    const first = site.argExprs[0];
    const name = callName(site) ?? '';
    switch (site.method) {
        case 'contains':
        case 'includes':
        case 'has':
        case 'containsKey':
        case '__contains__':
            if (receiver && isAllowList(receiver))
                add(first, INJECTION);
            break;
        case 'equals':
        case 'equalsIgnoreCase':
        case 'contentEquals':
            if (receiver?.hasConst && receiver.konst !== null)
                add(first, INJECTION);
            else if (site.args[0]?.hasConst && site.args[0].konst !== null)
                add(site.receiverExpr, INJECTION);
            else if (name === 'Objects.equals' || name === 'StringUtils.equals') {
                if (site.args[1]?.hasConst)
                    add(first, INJECTION);
                else if (site.args[0]?.hasConst)
                    add(site.argExprs[1], INJECTION);
            }
            break;
        case 'matches':
            if (name === 'Pattern.matches')
                add(site.argExprs[1], regexClean(constString(site.args[0]) ?? '', true));
            else if (site.receiverExpr?.kind === 'call' && site.receiverExpr.method === 'matcher') {
                const pattern = site.receiverExpr.receiver ? evaluate(site.receiverExpr.receiver).regex : undefined;
                if (pattern !== undefined)
                    add(site.receiverExpr.args[0]?.value, regexClean(pattern, true));
            }
            else if (site.args[0])
                add(site.receiverExpr, regexClean(constString(site.args[0]) ?? site.args[0].regex ?? '', true));
            break;
        case 'fullmatch':
        case 'match':
        case 'search':
        case 'test':
            regexGuard(site, name, add);
            break;
        case 'startsWith':
        case 'startswith':
        case 'is_relative_to':
            if (receiver?.relativeOf && constString(site.args[0])?.startsWith('..') && site.receiverExpr) {
                facts.push({ subject: site.receiverExpr, key: receiver.relativeOf, clean: PATH, when: false });
            }
            else if (receiver?.normalized && site.receiverExpr) {
                add(site.receiverExpr, PATH);
                add(stripNormalizers(site.receiverExpr), PATH);
            }
            break;
        default:
            if (own(CHARACTER_PREDICATES, site.method) !== undefined) {
                add(site.receiverExpr && site.args.length === 0 ? site.receiverExpr : first, own(CHARACTER_PREDICATES, site.method));
            }
    }
    return facts;
}
function regexGuard(site, name, add) {
    if (name === 're.fullmatch' || name === 're.match' || name === 're.search') {
        const pattern = constString(site.args[0]) ?? site.args[0]?.regex ?? '';
        const anchoredStart = name === 're.match' ? `^${pattern.replace(/^\^/, '')}` : pattern;
        add(site.argExprs[1], regexClean(anchoredStart, name === 're.fullmatch') | urlPrefixClean(anchoredStart));
        return;
    }
    const pattern = site.receiver?.regex;
    if (pattern === undefined)
        return;
    const anchoredStart = site.method === 'match' && site.language === 'python' ? `^${pattern.replace(/^\^/, '')}` : pattern;
    add(site.argExprs[0], regexClean(anchoredStart, site.method === 'fullmatch') | urlPrefixClean(anchoredStart));
}
/** A collection of trusted values: not user data, not a string (whose `contains` is a substring test). */
function isAllowList(value) {
    if (value.taints.length > 0 || value.type === STRING || value.hasConst)
        return false;
    return (value.props !== undefined ||
        value.type === 'array' ||
        value.type === undefined ||
        /Set|List|Map|Collection|array/.test(value.type));
}

;// CONCATENATED MODULE: ./src/review/rules/sources.ts


/**
 * Where untrusted data enters: Java requests (servlet, Spring MVC and WebFlux, JAX-RS, Micronaut,
 * Quarkus), Python requests (Flask, Django, FastAPI, Starlette, aiohttp), Node requests (Express,
 * Koa, Fastify, hapi, NestJS, Next.js) and the browser's location; plus local input (environment)
 * and the special sources of the dataflow rules (KMS Decrypt plaintext, predictable random numbers).
 */
const REQUEST_NAMES = /^(req|request|httpRequest|servletRequest|httpServletRequest|webRequest|rawRequest)$/;
/** Methods of Java request objects (servlet, Spring WebFlux, JAX-RS, Micronaut) that return request data. */
const JAVA_REQUEST_SOURCES = {
    getParameter: 'a request parameter',
    getParameterValues: 'request parameters',
    getParameterMap: 'request parameters',
    getParameterNames: 'request parameter names',
    getHeader: 'a request header',
    getHeaders: 'request headers',
    getHeaderNames: 'request header names',
    getCookies: 'a cookie',
    getQueryString: 'the query string',
    getInputStream: 'the request body',
    getReader: 'the request body',
    getPathInfo: 'the request path',
    getRequestURI: 'the request URI',
    getRequestURL: 'the request URL',
    getPart: 'an uploaded file',
    getParts: 'uploaded files',
    getFile: 'an uploaded file',
    getFiles: 'uploaded files',
    // Micronaut HttpRequest, Spring ServerHttpRequest and ServerWebExchange
    getParameters: 'request parameters',
    getQueryParams: 'query parameters',
    getBody: 'the request body',
    getUri: 'the request URI',
    getURI: 'the request URI',
    getPath: 'the request path',
    getFormData: 'form data',
    getMultipartData: 'multipart data',
    // JAX-RS UriInfo, HttpHeaders and ContainerRequestContext
    getQueryParameters: 'query parameters',
    getPathParameters: 'path parameters',
    getPathSegments: 'the request path',
    getRequestUri: 'the request URI',
    getAbsolutePath: 'the request path',
    getHeaderString: 'a request header',
    getRequestHeader: 'a request header',
    getRequestHeaders: 'request headers',
    getEntityStream: 'the request body',
    // Spring WebFlux ServerRequest
    queryParam: 'a query parameter',
    queryParams: 'query parameters',
    pathVariable: 'a path variable',
    pathVariables: 'path variables',
    headers: 'request headers',
    cookies: 'cookies',
    bodyToMono: 'the request body',
    bodyToFlux: 'the request body',
    body: 'the request body',
    formData: 'form data',
    multipartData: 'multipart data',
    uri: 'the request URI',
    path: 'the request path',
};
/** Spring, JAX-RS, Micronaut and Quarkus parameter annotations that bind request data. */
const BINDING_ANNOTATIONS = {
    RequestParam: 'a request parameter',
    PathVariable: 'a path variable',
    RequestHeader: 'a request header',
    CookieValue: 'a cookie',
    RequestBody: 'the request body',
    ModelAttribute: 'request parameters',
    RequestPart: 'an uploaded part',
    MatrixVariable: 'a matrix variable',
    QueryParam: 'a query parameter',
    PathParam: 'a path parameter',
    FormParam: 'a form parameter',
    HeaderParam: 'a request header',
    CookieParam: 'a cookie',
    BeanParam: 'request parameters',
    QueryValue: 'a query parameter',
    Header: 'a request header',
    Body: 'the request body',
    Part: 'an uploaded part',
    RestQuery: 'a query parameter',
    RestPath: 'a path parameter',
    RestHeader: 'a request header',
    RestForm: 'a form parameter',
    RestCookie: 'a cookie',
    MatrixParam: 'a matrix parameter',
};
const MAPPING_ANNOTATIONS = new Set([
    'RequestMapping',
    'GetMapping',
    'PostMapping',
    'PutMapping',
    'DeleteMapping',
    'PatchMapping',
    'GET',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'Get',
    'Post',
    'Put',
    'Delete',
    'Patch',
    'Head',
    'Options',
]);
/** Handler parameter types the framework supplies itself: not request data. */
const FRAMEWORK_PARAMETER_TYPES = new Set([
    'HttpServletRequest',
    'HttpServletResponse',
    'ServletRequest',
    'ServletResponse',
    'HttpSession',
    'Model',
    'ModelMap',
    'ModelAndView',
    'Principal',
    'Authentication',
    'BindingResult',
    'Errors',
    'RedirectAttributes',
    'Locale',
    'WebRequest',
    'NativeWebRequest',
    'UriComponentsBuilder',
    'Pageable',
    'Sort',
    'SessionStatus',
    'HttpHeaders',
    'TimeZone',
    'ZoneId',
    'HttpMethod',
    'Writer',
    'PrintWriter',
    'OutputStream',
    'ServletOutputStream',
]);
const PYTHON_ROUTE_DECORATOR = /(^|\.)(route|get|post|put|delete|patch|head|options|api_route|api_view|websocket)$/;
/** The value a function's parameter starts with when the framework fills it from the request. */
function paramSource(unit, fn, param, index, context) {
    const at = { path: unit.module.path, loc: param.loc };
    switch (unit.module.language) {
        case 'java':
            return javaParamSource(fn, param, context, at);
        case 'python':
            return pythonParamSource(unit, fn, param, index, context, at);
        default:
            return scriptParamSource(param, at);
    }
}
/** Library objects a handler receives from the framework: requests, responses, sessions. They are not request data. */
const FRAMEWORK_KINDS = new Set([
    KIND.request,
    KIND.response,
    KIND.writer,
    KIND.session,
    KIND.servletContext,
]);
function javaParamSource(fn, param, context, at) {
    for (const annotation of param.annotations) {
        const what = own(BINDING_ANNOTATIONS, annotation);
        if (what)
            return source(at, 'remote', what);
    }
    if (context.declaredKind && FRAMEWORK_KINDS.has(context.declaredKind))
        return undefined;
    if (!fn.annotations.some((annotation) => MAPPING_ANNOTATIONS.has(annotation)))
        return undefined;
    if (param.annotations.length > 0 || !param.type || FRAMEWORK_PARAMETER_TYPES.has(param.type))
        return undefined;
    return source(at, 'remote', 'a request parameter');
}
/** Objects FastAPI and Starlette hand to a route function besides request data: dependencies, the response. */
const PYTHON_FRAMEWORK_TYPES = new Set([
    'Response',
    'BackgroundTasks',
    'SecurityScopes',
    'Session',
    'AsyncSession',
    'Connection',
    'AsyncConnection',
    'Engine',
    'AsyncEngine',
]);
const PYTHON_REQUEST_TYPES = new Set(['Request', 'HttpRequest', 'HTTPConnection', 'web.Request']);
/** Settings classes: configuration FastAPI injects, not request data. */
const PYTHON_SETTINGS_BASES = /(^|\.)BaseSettings$/;
/** Models FastAPI can bind a request body to. */
const PYTHON_BODY_BASES = /(^|\.)(BaseModel|RootModel|SQLModel)$/;
/** Class-based views: methods named for an HTTP method receive the URL's path parameters. */
const PYTHON_VIEW_BASE = /(^|\.)\w*(View|ViewSet|Handler|Resource)$/;
const HTTP_METHOD_NAMES = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options']);
function pythonParamSource(unit, fn, param, index, context, at) {
    if (param.name === 'self' || param.name === 'cls')
        return undefined;
    if (param.name === 'request' || param.name === 'req' || PYTHON_REQUEST_TYPES.has(param.type ?? ''))
        return { taints: [], type: KIND.request };
    if (param.type && PYTHON_FRAMEWORK_TYPES.has(param.type))
        return undefined;
    if (!isPythonHandler(unit, fn, index, context) || param.name.startsWith('*'))
        return undefined;
    // A class of the program derived from something other than a Pydantic model (an ORM model,
    // configuration) cannot be a request body: a dependency fills it.
    const bases = param.type ? context.superclassesOf(param.type) : undefined;
    if (bases?.some((base) => PYTHON_SETTINGS_BASES.test(base)))
        return undefined;
    if (bases && bases.length > 0 && !bases.some((base) => PYTHON_BODY_BASES.test(base)))
        return undefined;
    return source(at, 'remote', importsFastApi(unit.module) ? 'a request parameter' : 'a URL path parameter');
}
/** A route function, a class-based view's HTTP method, or a Django view function (`request` first, never called). */
function isPythonHandler(unit, fn, index, context) {
    if (fn.annotations.some((annotation) => PYTHON_ROUTE_DECORATOR.test(annotation)))
        return true;
    const cls = unit.cls?.decl.name;
    const bases = cls ? context.superclassesOf(cls) : undefined;
    if (HTTP_METHOD_NAMES.has(fn.name) && bases?.some((base) => PYTHON_VIEW_BASE.test(base)))
        return true;
    const first = fn.params.find((p) => p.name !== 'self')?.name;
    return !context.isCalled && index > 0 && first === 'request';
}
/** NestJS parameter decorators that bind request data. */
const NEST_BINDINGS = {
    Query: 'a query parameter',
    Param: 'a URL path parameter',
    Body: 'the request body',
    Headers: 'a request header',
    Cookies: 'a cookie',
    UploadedFile: 'an uploaded file',
    UploadedFiles: 'uploaded files',
    HostParam: 'the request host',
};
/** NestJS decorators that hand over a framework object. */
const NEST_OBJECTS = {
    Req: KIND.request,
    Request: KIND.request,
    Res: KIND.response,
    Response: KIND.response,
    Session: KIND.session,
};
/** NestJS pipes that let only a number, boolean, UUID or enum member through. */
const NEST_PARSING_PIPES = /^Parse(Int|Float|Bool|UUID|Enum)Pipe$/;
const SCRIPT_REQUEST_TYPES = /^(Request|FastifyRequest|NextRequest|NextApiRequest|IncomingMessage|Hapi\.Request)$/;
const SCRIPT_RESPONSE_TYPES = /^(Response|NextApiResponse|ServerResponse)$/;
const KOA_CONTEXT_TYPES = /^(Koa\.)?(Context|ParameterizedContext|RouterContext|DefaultContext)$/;
/** A handler parameter: bound by a NestJS decorator, or recognised as a framework's request or response object. */
function scriptParamSource(param, at) {
    const decorated = nestParamSource(param, at);
    if (decorated)
        return decorated;
    const type = param.type ?? '';
    if (SCRIPT_REQUEST_TYPES.test(type) || REQUEST_NAMES.test(param.name))
        return { taints: [], type: KIND.request };
    if (KOA_CONTEXT_TYPES.test(type) || param.name === 'ctx')
        return { taints: [], type: KIND.koaContext };
    if (type === 'FastifyReply' || param.name === 'reply')
        return { taints: [], type: KIND.textReply };
    if (type === 'ResponseToolkit' || param.name === 'h')
        return { taints: [], type: KIND.hapiToolkit };
    if (SCRIPT_RESPONSE_TYPES.test(type) || /^(res|response)$/.test(param.name))
        return { taints: [], type: KIND.response };
    return undefined;
}
function nestParamSource(param, at) {
    for (const [index, annotation] of param.annotations.entries()) {
        const kind = own(NEST_OBJECTS, annotation);
        if (kind)
            return { taints: [], type: kind };
        const what = own(NEST_BINDINGS, annotation);
        if (!what)
            continue;
        const value = source(at, 'remote', what);
        const pipes = param.annotationArgs?.[index] ?? [];
        return pipes.some((arg) => NEST_PARSING_PIPES.test(pipeName(arg.value) ?? ''))
            ? sanitize(value, INJECTION)
            : value;
    }
    return undefined;
}
/** `ParseIntPipe` or `new ParseIntPipe({...})`. */
function pipeName(expr) {
    if (expr.kind === 'new')
        return expr.type.slice(expr.type.lastIndexOf('.') + 1);
    return expr.kind === 'name' ? expr.name : expr.kind === 'member' ? expr.property : undefined;
}
// ---- calls --------------------------------------------------------------------------------------
const RANDOM_METHODS = new Set([
    'nextNumeric',
    'nextAlphanumeric',
    'nextAlphabetic',
    'nextAscii',
    'nextGraph',
    'nextPrint',
    'next',
    'nextInt',
    'nextLong',
    'nextDouble',
    'nextFloat',
    'nextBoolean',
    'nextGaussian',
    'ints',
    'longs',
    'doubles',
]);
const PYTHON_RANDOM_FUNCTIONS = new Set([
    'random',
    'randint',
    'randrange',
    'choice',
    'choices',
    'sample',
    'getrandbits',
    'uniform',
    'randbytes',
    'triangular',
    'gauss',
    'normalvariate',
]);
/** Calls on a request (also `ctx.get(...)` in Koa) that read headers or parameters. */
const JS_REQUEST_CALLS = new Set(['get', 'header', 'param']);
/** Web-standard and Next.js request bodies: `await request.json()`, `request.formData()`. */
const JS_REQUEST_BODY_CALLS = new Set(['json', 'formData', 'text', 'blob', 'arrayBuffer']);
/** Flask (`get_json`), Starlette and FastAPI (`await request.json()/form()/body()`), aiohttp (`post`, `text`, `read`, `multipart`). */
const PYTHON_REQUEST_BODY_CALLS = new Set([
    'get_json',
    'get_data',
    'json',
    'form',
    'body',
    'post',
    'text',
    'read',
    'stream',
    'multipart',
]);
/** A call that produces untrusted, KMS-plaintext or predictable data. */
function sourceCall(site) {
    const name = callName(site);
    const requestSource = own(JAVA_REQUEST_SOURCES, site.method);
    if (requestSource && site.language === 'java' && receiverIs(site, KIND.request, REQUEST_NAMES)) {
        return { result: source(site, 'remote', requestSource) };
    }
    if (site.language !== 'java' && site.language !== 'python') {
        const onRequest = receiverIs(site, KIND.request, REQUEST_NAMES);
        if (JS_REQUEST_CALLS.has(site.method) && (onRequest || site.receiverType === KIND.koaContext))
            return { result: source(site, 'remote', 'a request header or parameter') };
        if (JS_REQUEST_BODY_CALLS.has(site.method) && onRequest)
            return { result: source(site, 'remote', 'the request body') };
    }
    if (site.language === 'python' &&
        PYTHON_REQUEST_BODY_CALLS.has(site.method) &&
        isPythonRequest(site.receiver, site.receiverExpr)) {
        return { result: source(site, 'remote', 'the request body') };
    }
    if (name === 'System.getenv' || name === 'os.getenv' || name === 'System.getProperty') {
        return { result: source(site, 'local', 'an environment variable') };
    }
    return kmsDecrypt(site) ?? kmsResultRead(site) ?? insecureRandom(site, name);
}
function kmsDecrypt(site) {
    const isDecrypt = (site.method === 'decrypt' && isKmsCall(site)) ||
        (site.method === 'send' && site.args[0]?.type === 'DecryptCommand');
    if (!isDecrypt)
        return undefined;
    const plaintext = source(site, 'kms', 'KMS Decrypt plaintext');
    return { result: { taints: [], type: KIND.kmsDecryptResult, props: new Map([['Plaintext', plaintext]]) } };
}
/** Only the plaintext of a Decrypt result is sensitive: its key id and algorithm are not. */
function kmsResultRead(site) {
    if (site.receiverType !== KIND.kmsDecryptResult || !site.receiver)
        return undefined;
    if (site.method === 'getPlaintext' || site.method === 'plaintext')
        return { result: readProp(site.receiver, 'Plaintext') };
    if (site.method === 'promise' || site.method === 'join' || site.method === 'get')
        return { result: site.receiver };
    return { result: CLEAN };
}
/** A call on a KMS client (by its kind, its builder, its name, or a KMS request argument). */
function isKmsCall(site) {
    if (site.receiverType === KIND.kms)
        return true;
    if (/kms/i.test(site.receiverName ?? '') || /kms/i.test(chainRoot(site.receiverExpr) ?? ''))
        return true;
    if (site.args.some((value) => /^(Decrypt|Encrypt)(Request|Command)$/.test(value.type ?? '')))
        return true;
    return site.keywords.has('CiphertextBlob') || site.keywords.has('Plaintext');
}
function insecureRandom(site, name) {
    const what = (call) => source(site, 'random', call);
    if (RANDOM_METHODS.has(site.method) && site.receiverType === KIND.insecureRandom) {
        return { result: what(`a predictable generator's ${site.method}()`) };
    }
    if (site.method === 'nextBytes' && site.receiverType === KIND.insecureRandom) {
        return {
            result: CLEAN,
            outArgs: [[0, { ...(site.args[0] ?? CLEAN), ...what('java.util.Random.nextBytes') }]],
        };
    }
    if (name === 'Math.random')
        return { result: what('Math.random()') };
    const secureSource = site.args.some((value) => value.type === KIND.secureRandom);
    if (name && /^(RandomStringUtils\.random|RandomUtils\.next)/.test(name) && !secureSource)
        return { result: what(name) };
    if (name && site.language === 'python') {
        const [module, fn] = [name.slice(0, name.lastIndexOf('.')), name.slice(name.lastIndexOf('.') + 1)];
        if (module === 'random' && PYTHON_RANDOM_FUNCTIONS.has(fn))
            return { result: what(`random.${fn}()`) };
        if (module === 'random' && fn === 'shuffle')
            return { result: CLEAN, outArgs: [[0, what('random.shuffle()')]] };
    }
    if (site.language === 'python' &&
        site.receiverType === KIND.insecureRandom &&
        PYTHON_RANDOM_FUNCTIONS.has(site.method)) {
        return { result: what(`random.Random.${site.method}()`) };
    }
    return undefined;
}
// ---- member reads -------------------------------------------------------------------------------
const FLASK_REQUEST_FIELDS = {
    args: 'a query parameter',
    form: 'a form field',
    values: 'a request parameter',
    cookies: 'a cookie',
    headers: 'a request header',
    json: 'the JSON request body',
    data: 'the request body',
    files: 'an uploaded file',
    stream: 'the request body',
    view_args: 'a URL path parameter',
    query_string: 'the query string',
    GET: 'a query parameter',
    POST: 'a form field',
    COOKIES: 'a cookie',
    META: 'a request header',
    FILES: 'an uploaded file',
    body: 'the request body',
    query_params: 'a query parameter',
    path_params: 'a URL path parameter',
    query: 'a query parameter',
    match_info: 'a URL path parameter',
    content: 'the request body',
    url: 'the request URL',
    path: 'the request path',
    full_path: 'the request path',
    path_qs: 'the request path',
    rel_url: 'the request URL',
};
const EXPRESS_REQUEST_FIELDS = {
    query: 'a query parameter',
    params: 'a URL path parameter',
    body: 'the request body',
    headers: 'a request header',
    cookies: 'a cookie',
    signedCookies: 'a cookie',
    url: 'the request URL',
    originalUrl: 'the request URL',
    path: 'the request path',
    files: 'an uploaded file',
    file: 'an uploaded file',
    // Koa's ctx.request
    querystring: 'the query string',
    search: 'the query string',
    header: 'a request header',
    // hapi
    payload: 'the request body',
    state: 'a cookie',
    // Next.js middleware and route handlers
    nextUrl: 'the request URL',
};
/** What Koa's `ctx` delegates to its request. */
const KOA_CONTEXT_FIELDS = {
    query: 'a query parameter',
    querystring: 'the query string',
    search: 'the query string',
    params: 'a URL path parameter',
    headers: 'a request header',
    header: 'a request header',
    cookies: 'a cookie',
    url: 'the request URL',
    originalUrl: 'the request URL',
    href: 'the request URL',
    path: 'the request path',
};
/** Objects a Koa `ctx` holds: `ctx.request`, `ctx.response` (its body and type are the context's), `ctx.session`. */
const KOA_CONTEXT_OBJECTS = {
    request: KIND.request,
    req: KIND.request,
    response: KIND.koaContext,
    res: KIND.response,
    session: KIND.session,
};
const BROWSER_LOCATION_FIELDS = new Set(['search', 'hash', 'href', 'pathname']);
/** A property read that produces untrusted data (`request.args`, `req.query`, `location.hash`), or a library object. */
function memberSource(object, objectExpr, property, at, module) {
    if (module.language === 'python') {
        if (isPythonRequest(object, objectExpr)) {
            if (property === 'session')
                return { taints: [], type: KIND.session };
            const what = own(FLASK_REQUEST_FIELDS, property);
            return what ? source(at, 'remote', what) : undefined;
        }
        if (object.ref === 'os' && property === 'environ')
            return source(at, 'local', 'an environment variable');
        return undefined;
    }
    if (module.language === 'java') {
        if (object.ref === 'System' && property === 'in')
            return source(at, 'local', 'standard input');
        return undefined;
    }
    if (object.type === KIND.koaContext) {
        const kind = own(KOA_CONTEXT_OBJECTS, property);
        if (kind)
            return { taints: [], type: kind };
        const what = own(KOA_CONTEXT_FIELDS, property);
        return what ? source(at, 'remote', what) : undefined;
    }
    const requestLike = object.type === KIND.request || (!object.type && REQUEST_NAMES.test(sources_lastName(objectExpr) ?? ''));
    if (requestLike) {
        // `req.session`; hapi's yar plugin keeps the session in `request.yar`.
        if (property === 'session' || property === 'yar')
            return { taints: [], type: KIND.session };
        const what = own(EXPRESS_REQUEST_FIELDS, property);
        return what ? source(at, 'remote', what) : undefined;
    }
    if (object.ref === 'process' && (property === 'env' || property === 'argv'))
        return source(at, 'local', 'the environment');
    const base = object.ref ?? '';
    if (/^(window\.|document\.)?location$/.test(base) && BROWSER_LOCATION_FIELDS.has(property)) {
        return source(at, 'remote', 'the page URL');
    }
    if ((base === 'document' && (property === 'URL' || property === 'cookie' || property === 'referrer')) ||
        (base === 'window' && property === 'name')) {
        return source(at, 'remote', 'the page URL');
    }
    return undefined;
}
function isPythonRequest(object, expr) {
    if (!object)
        return false;
    if (object.ref === 'flask.request' || object.ref === 'request' || object.type === KIND.request)
        return true;
    return !object.type && !object.ref && REQUEST_NAMES.test(sources_lastName(expr) ?? '');
}
function sources_lastName(expr) {
    if (!expr)
        return undefined;
    if (expr.kind === 'name')
        return expr.name;
    if (expr.kind === 'member')
        return expr.property;
    return undefined;
}

;// CONCATENATED MODULE: ./src/review/rules/sinks.ts





/**
 * Library calls that are sinks: the arguments (or receiver) that must not carry data of a
 * category. Each function appends the uses it finds; a call may be a sink of several categories.
 */
function sinkUses(site) {
    const uses = [];
    const add = (category, value, what, at, html) => {
        if (value)
            uses.push({ category, value, what, at: at?.loc, ...(html && { html }) });
    };
    const name = callName(site);
    sqlSinks(site, name, add);
    pathSinks(site, name, add);
    commandSinks(site, name, add);
    ldapSinks(site, name, add);
    xpathSinks(site, name, add);
    xssSinks(site, name, add);
    trustSinks(site, add);
    kmsSinks(site, add);
    secretUseSinks(site, add);
    credentialSinks(site, name, add);
    return uses;
}
const descriptions = new WeakMap();
function describe(site) {
    let text = descriptions.get(site);
    if (text === undefined) {
        text = describeCall(site);
        descriptions.set(site, text);
    }
    return text;
}
function describeCall(site) {
    if (site.isNew)
        return `new ${site.method}`;
    const owner = site.receiverType?.startsWith('lib:')
        ? site.receiverType.slice(4)
        : (qualifiedName(site)?.split('.').slice(-2, -1)[0] ?? site.receiverType ?? site.receiverName);
    return owner ? `${owner}.${site.method}` : site.method;
}
// ---- SQL --------------------------------------------------------------------------------------
const JDBC_STATEMENT_METHODS = new Set([
    'execute',
    'executeQuery',
    'executeUpdate',
    'executeLargeUpdate',
    'addBatch',
]);
const JDBC_CONNECTION_METHODS = new Set(['prepareStatement', 'prepareCall', 'nativeSQL']);
const JDBC_TEMPLATE_METHODS = new Set([
    'query',
    'queryForObject',
    'queryForList',
    'queryForMap',
    'queryForRowSet',
    'queryForStream',
    'queryForLong',
    'queryForInt',
    'update',
    'execute',
    'batchUpdate',
    // Spring's R2DBC DatabaseClient and JdbcClient
    'sql',
]);
const ORM_QUERY_METHODS = new Set([
    'createQuery',
    'createNativeQuery',
    'createSQLQuery',
    'createStoredProcedureQuery',
]);
const PYTHON_SQL_METHODS = new Set([
    'execute',
    'executemany',
    'executescript',
    'read_sql',
    'read_sql_query',
    // asyncpg connections and pools, the databases package
    'fetchrow',
    'fetchval',
    'fetch_one',
    'fetch_all',
    'fetch_val',
]);
const JS_SQL_METHODS = new Set([
    'query',
    'execute',
    '$queryRawUnsafe',
    '$executeRawUnsafe',
    'raw',
    'whereRaw',
    'orderByRaw',
    'havingRaw',
    'joinRaw',
    'fromRaw',
    'selectRaw',
    'unsafe',
]);
const SQLITE_METHODS = new Set(['run', 'all', 'get', 'each', 'exec', 'prepare']);
function sqlSinks(site, name, add) {
    const what = describe(site);
    const first = site.args[0];
    switch (site.language) {
        case 'java':
            if (JDBC_STATEMENT_METHODS.has(site.method) &&
                receiverIs(site, KIND.sqlStatement, /^(stmt|statement|st|s)$/i))
                add('sql', first, what);
            else if (JDBC_CONNECTION_METHODS.has(site.method) &&
                receiverIs(site, KIND.sqlConnection, /^(conn|connection|con|c|db|cn)$/i))
                add('sql', first, what);
            else if (JDBC_TEMPLATE_METHODS.has(site.method) &&
                receiverIs(site, KIND.jdbcTemplate, /jdbc|template/i)) {
                const batch = site.method === 'batchUpdate' &&
                    site.args.every((value) => value.type === STRING || value.hasConst);
                for (const value of batch ? site.args : [first])
                    add('sql', value, what);
            }
            else if (ORM_QUERY_METHODS.has(site.method))
                add('sql', first, what);
            return;
        case 'python':
            if (isPythonSqlCall(site)) {
                add('sql', arg(site, 0, 'sql') ?? site.keywords.get('query') ?? site.keywords.get('operation'), what);
            }
            else if (name === 'sqlalchemy.text' ||
                name === 'sqlalchemy.sql.text' ||
                (site.method === 'text' && !site.receiverExpr && site.qualifier?.startsWith('sqlalchemy'))) {
                add('sql', first, 'sqlalchemy.text');
            }
            else if (site.method === 'raw' && /objects|manager/i.test(receiverText(site.receiverExpr)))
                add('sql', first, what);
            else if (site.method === 'extra' && /objects|filter|all/i.test(receiverText(site.receiverExpr))) {
                for (const keyword of ['where', 'select', 'tables', 'order_by'])
                    add('sql', site.keywords.get(keyword), what);
            }
            else if (site.method === 'RawSQL' || (site.isNew && site.method === 'RawSQL'))
                add('sql', first, 'RawSQL');
            return;
        default:
            if (JS_SQL_METHODS.has(site.method) && site.receiverExpr && !isHttpObject(site))
                add('sql', sqlText(first), what);
            else if (SQLITE_METHODS.has(site.method) &&
                receiverIs(site, KIND.sqlConnection, /^(db|database|sqlite|conn|connection)$/i))
                add('sql', first, what);
    }
}
/** DB-API `execute`, asyncpg's `fetchrow`/`fetchval` and `conn.fetch(sql)`, the databases package's `fetch_one`... */
function isPythonSqlCall(site) {
    if (site.qualifier?.startsWith('subprocess'))
        return false;
    if (PYTHON_SQL_METHODS.has(site.method))
        return true;
    return site.method === 'fetch' && /^(conn|connection|db|pool|database)$/i.test(site.receiverName ?? '');
}
function sqlText(value) {
    if (!value?.props || value.type !== 'object')
        return value;
    return value.props.get('text') ?? value.props.get('sql') ?? value.props.get('query') ?? CLEAN;
}
function isHttpObject(site) {
    return (site.receiverType === KIND.request ||
        site.receiverType === KIND.response ||
        /^(req|request|res|response|\$|jquery)$/i.test(site.receiverName ?? ''));
}
function receiverText(expr) {
    const parts = [];
    for (let at = expr; at;) {
        if (at.kind === 'name') {
            parts.push(at.name);
            break;
        }
        if (at.kind === 'member') {
            parts.push(at.property);
            at = at.object;
        }
        else if (at.kind === 'call') {
            parts.push(at.method);
            at = at.receiver;
        }
        else
            break;
    }
    return parts.reverse().join('.');
}
// ---- paths ------------------------------------------------------------------------------------
const JAVA_FILE_CONSTRUCTORS = new Set([
    'FileInputStream',
    'FileOutputStream',
    'FileReader',
    'FileWriter',
    'RandomAccessFile',
    'ZipFile',
    'JarFile',
    'FileSystemResource',
    'FileImageInputStream',
    'FileImageOutputStream',
]);
/** Constructors that open a file only when given a file name or File, not a stream or writer. */
const JAVA_MAYBE_FILE_CONSTRUCTORS = new Set(['PrintWriter', 'PrintStream', 'Formatter', 'Scanner']);
const FILES_NON_ACCESS = new Set([
    'exists',
    'notExists',
    'isDirectory',
    'isRegularFile',
    'isReadable',
    'isWritable',
    'isExecutable',
    'isHidden',
    'isSymbolicLink',
    'isSameFile',
    'probeContentType',
    'size',
    'getLastModifiedTime',
]);
const FILE_OBJECT_METHODS = new Set([
    'delete',
    'deleteOnExit',
    'createNewFile',
    'mkdir',
    'mkdirs',
    'renameTo',
    'listFiles',
    'list',
    'setReadable',
    'setWritable',
    'setExecutable',
    'setLastModified',
]);
const COMMONS_FILE_UTILS = new Set([
    'readFileToString',
    'readFileToByteArray',
    'readLines',
    'writeStringToFile',
    'writeByteArrayToFile',
    'writeLines',
    'write',
    'copyFile',
    'copyDirectory',
    'copyInputStreamToFile',
    'copyToFile',
    'deleteQuietly',
    'forceDelete',
    'deleteDirectory',
    'openInputStream',
    'openOutputStream',
    'moveFile',
    'moveDirectory',
    'touch',
    'lineIterator',
]);
const PYTHON_PATH_FUNCTIONS = new Set([
    'open',
    'io.open',
    'codecs.open',
    'os.open',
    'os.remove',
    'os.unlink',
    'os.rmdir',
    'os.removedirs',
    'os.mkdir',
    'os.makedirs',
    'os.rename',
    'os.renames',
    'os.replace',
    'os.chmod',
    'os.chown',
    'os.listdir',
    'os.scandir',
    'os.walk',
    'os.truncate',
    'os.symlink',
    'shutil.copy',
    'shutil.copy2',
    'shutil.copyfile',
    'shutil.copytree',
    'shutil.move',
    'shutil.rmtree',
    'flask.send_file',
    'send_file',
    'fastapi.responses.FileResponse',
    'starlette.responses.FileResponse',
    'tarfile.open',
    'zipfile.ZipFile',
    'FileResponse',
    'django.http.FileResponse',
]);
const PATHLIB_ACCESS = new Set([
    'read_text',
    'read_bytes',
    'write_text',
    'write_bytes',
    'open',
    'unlink',
    'mkdir',
    'rmdir',
    'touch',
    'rename',
    'replace',
    'iterdir',
    'glob',
    'rglob',
]);
const NODE_FS_TWO_PATHS = new Set([
    'rename',
    'renameSync',
    'copyFile',
    'copyFileSync',
    'symlink',
    'symlinkSync',
    'link',
    'linkSync',
    'cp',
    'cpSync',
    'copy',
    'copySync',
    'move',
    'moveSync',
]);
const NODE_FS_NON_ACCESS = new Set([
    'exists',
    'existsSync',
    'stat',
    'statSync',
    'lstat',
    'lstatSync',
    'access',
    'accessSync',
    'constants',
    'realpath',
    'realpathSync',
    'pathExists',
    'pathExistsSync',
]);
function pathSinks(site, name, add) {
    const what = describe(site);
    if (site.language === 'java') {
        if (site.isNew && JAVA_FILE_CONSTRUCTORS.has(site.method))
            add('path', site.args[0], what);
        else if (site.isNew && JAVA_MAYBE_FILE_CONSTRUCTORS.has(site.method) && isPathLike(site.args[0]))
            add('path', site.args[0], what);
        else if (name?.startsWith('Files.') && !FILES_NON_ACCESS.has(site.method)) {
            site.args.forEach((value, index) => {
                if (index === 0 || isPathLike(value))
                    add('path', value, what);
            });
        }
        else if (FILE_OBJECT_METHODS.has(site.method) && site.receiverType === KIND.file) {
            add('path', site.receiver, what);
            if (site.method === 'renameTo')
                add('path', site.args[0], what);
        }
        else if (name?.startsWith('FileUtils.') && COMMONS_FILE_UTILS.has(site.method)) {
            site.args.forEach((value, index) => {
                if (index === 0 || (index === 1 && isPathLike(value)))
                    add('path', value, what);
            });
        }
        else if ((site.method === 'transferTo' && site.receiverType !== KIND.stream && isPathLike(site.args[0])) ||
            (site.method === 'write' && site.receiverType === KIND.upload)) {
            add('path', site.args[0], what);
        }
        else if (['getResource', 'getResourceAsStream', 'getRealPath'].includes(site.method) &&
            receiverIs(site, KIND.servletContext, /context/i)) {
            add('path', site.args[0], what);
        }
        else if (name === 'ResourceUtils.getFile' ||
            name === 'ImageIO.read' ||
            (name === 'ImageIO.write' && isPathLike(site.args[2]))) {
            add('path', site.method === 'write' ? site.args[2] : site.args[0], what);
        }
        return;
    }
    if (site.language === 'python') {
        const pyName = name ?? (site.receiverExpr ? undefined : site.method);
        if (pyName && PYTHON_PATH_FUNCTIONS.has(pyName)) {
            add('path', arg(site, 0, 'file') ?? site.keywords.get('path') ?? site.keywords.get('filename_or_fp'), what);
            if (/rename|replace|copy|move|symlink/.test(pyName))
                add('path', site.args[1], what);
        }
        else if (PATHLIB_ACCESS.has(site.method) && site.receiverType === KIND.path) {
            add('path', site.receiver, what);
        }
        return;
    }
    const fsModule = isNodeFs(site);
    if (fsModule && !NODE_FS_NON_ACCESS.has(site.method)) {
        add('path', site.args[0], what);
        if (NODE_FS_TWO_PATHS.has(site.method))
            add('path', site.args[1], what);
    }
    else if ((site.method === 'sendFile' || site.method === 'download') &&
        receiverIs(site, KIND.response, /^(res|response|resp)$/)) {
        const options = site.args.find((value, index) => index > 0 && value.type === 'object');
        if (!options?.props?.has('root'))
            add('path', site.args[0], what);
    }
}
function isNodeFs(site) {
    const qualifier = qualifiedName(site) ?? '';
    if (/^(node:)?(fs|fs\/promises|fs-extra|graceful-fs)(\.promises)?\./.test(qualifier))
        return true;
    return /^(fs|fsp|fsPromises|fse|fsExtra)$/.test(site.receiverName ?? '') && !site.receiverType;
}
/** A value that may be a file name or path (a string, a File, a Path), not a stream or bytes. */
function isPathLike(value) {
    if (!value)
        return false;
    const type = value.type;
    return type === undefined || type === STRING || type === KIND.file || type === KIND.path;
}
// ---- OS commands ------------------------------------------------------------------------------
const SHELLS = /^(sh|bash|zsh|ksh|dash|ash|csh|tcsh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh|pwsh\.exe)$/i;
const PYTHON_SHELL_STRING = new Set([
    'os.system',
    'os.popen',
    'os.popen2',
    'os.popen3',
    'os.popen4',
    'commands.getoutput',
    'commands.getstatusoutput',
    'subprocess.getoutput',
    'subprocess.getstatusoutput',
    'asyncio.create_subprocess_shell',
]);
const PYTHON_SUBPROCESS = new Set(['call', 'run', 'Popen', 'check_call', 'check_output']);
const NODE_SHELL_STRING = new Set(['exec', 'execSync']);
const NODE_PROGRAM = new Set(['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']);
function commandSinks(site, name, add) {
    const what = describe(site);
    if (site.language === 'java') {
        if (site.method === 'exec' && receiverIs(site, 'lib:Runtime', /^(runtime|rt|r)$/i)) {
            const command = site.args[0];
            add('command', command && isSequence(command) ? argvDanger(elementsByIndex(command), command) : command, 'Runtime.exec');
        }
        else if ((site.isNew && site.method === 'ProcessBuilder') ||
            (site.method === 'command' &&
                receiverIs(site, KIND.processBuilder, /^(pb|builder|processBuilder|process)$/i))) {
            add('command', argvOfCall(site), what);
        }
        else if (name === 'CommandLine.parse')
            add('command', site.args[0], what);
        else if (site.method === 'execute' && site.args[0]?.type === KIND.commandLine) {
            add('command', argvDanger(elementsByIndex(site.args[0]), site.args[0]), 'Executor.execute');
        }
        return;
    }
    if (site.language === 'python') {
        const pyName = name ?? '';
        const module = pyName.slice(0, pyName.lastIndexOf('.'));
        if (PYTHON_SHELL_STRING.has(pyName))
            add('command', arg(site, 0, 'cmd') ?? site.keywords.get('command'), what);
        else if (module === 'subprocess' && PYTHON_SUBPROCESS.has(site.method)) {
            const command = arg(site, 0, 'args');
            const shell = site.keywords.get('shell');
            const usesShell = shell !== undefined && !(shell.hasConst && !shell.konst);
            if (!command)
                return;
            if (usesShell)
                add('command', values_tainted(values_deepTaints(command)), what);
            else
                add('command', isSequence(command) ? argvDanger(elementsByIndex(command), command) : command, what);
        }
        else if (/^os\.(exec|spawn)/.test(pyName)) {
            add('command', site.args[pyName.startsWith('os.spawn') ? 1 : 0], what);
        }
        else if (pyName === 'asyncio.create_subprocess_exec' || pyName === 'pty.spawn')
            add('command', site.args[0], what);
        return;
    }
    const fromChildProcess = /(^|[.:])child_process(\.|$)/.test(qualifiedName(site) ?? '') ||
        /^(cp|childProcess|child_process)$/.test(site.receiverName ?? '');
    const shelljs = /shelljs|^shell$/.test(site.qualifier ?? '') && site.method === 'exec';
    if ((fromChildProcess && NODE_SHELL_STRING.has(site.method)) || shelljs)
        add('command', site.args[0], what);
    else if ((fromChildProcess && NODE_PROGRAM.has(site.method)) || (name && EXECA_PROGRAM.test(name)))
        programSinks(site, what, add);
    else if (name && EXECA_COMMAND.test(name))
        add('command', site.args[0], what);
}
/**
 * `spawn(file, args, options)`, `execFile`, `execa(file, args)`: the program run, and the arguments
 * when a shell parses them (`spawn('sh', ['-c', line])`, `{ shell: true }`).
 */
function programSinks(site, what, add) {
    const options = site.args.find((value, index) => index > 0 && value.type === 'object');
    const shell = options?.props?.get('shell');
    const usesShell = shell !== undefined && !(shell.hasConst && !shell.konst);
    const list = site.args[1]?.type === 'array' ? site.args[1] : undefined;
    add('command', site.args[0], what);
    if (list && (usesShell || SHELLS.test(programName(site.args[0]))))
        add('command', list, what);
}
/** execa runs a program (`execa(file, args)`) or a command line it splits itself (`execaCommand(line)`). */
const EXECA_PROGRAM = /^execa(\.(execa|execaSync|sync|execaNode|node))?$/;
const EXECA_COMMAND = /^execa\.(command|commandSync|execaCommand|execaCommandSync)$/;
/** A constant program's file name (`/bin/sh` is `sh`), or ''. */
function programName(program) {
    return constString(program)?.split(/[/\\]/).pop() ?? '';
}
function isSequence(value) {
    return (value.type === 'array' ||
        value.props !== undefined ||
        value.length !== undefined ||
        (value.rest !== undefined && value.type !== STRING));
}
/** The elements of an array or list by index, when every index is known. */
function elementsByIndex(value) {
    if (value.rest || !value.props)
        return undefined;
    const elements = [];
    for (let index = 0; value.props.has(String(index)); index++)
        elements.push(value.props.get(String(index)));
    return elements.length === value.props.size ? elements : undefined;
}
/** The argument vector of `new ProcessBuilder(...)` / `pb.command(...)`: varargs or one list. */
function argvOfCall(site) {
    if (site.args.length === 1 && isSequence(site.args[0]))
        return argvDanger(elementsByIndex(site.args[0]), site.args[0]);
    return argvDanger(site.args.length > 0 ? [...site.args] : undefined, site.args[0] ?? CLEAN);
}
/**
 * The data that can inject a command into an argument vector: the program itself, or, when the
 * program is a shell, every later argument (the shell parses them). Arguments of a fixed,
 * non-shell program cannot start another command. Unknown vectors are taken whole.
 */
function argvDanger(elements, whole) {
    if (!elements || elements.length === 0)
        return values_tainted(values_deepTaints(whole));
    const program = elements[0];
    const programName = constString(program);
    if (programName === undefined)
        return values_tainted(values_deepTaints(program));
    if (!SHELLS.test(programName.split(/[/\\]/).pop() ?? ''))
        return CLEAN;
    let taints = [];
    for (const element of elements.slice(1))
        taints = values_unionTaints(taints, values_deepTaints(element));
    return values_tainted(taints);
}
// ---- LDAP -------------------------------------------------------------------------------------
function ldapSinks(site, name, add) {
    const what = describe(site);
    const searchLike = [
        'search',
        'searchForObject',
        'searchForEntry',
        'authenticate',
        'search_s',
        'search_st',
        'search_ext',
        'search_ext_s',
        'searchForContext',
        'find',
    ];
    if (!searchLike.includes(site.method) && name !== 'Filter.create')
        return;
    if (name === 'Filter.create') {
        add('ldap', site.args[0], what);
        return;
    }
    if (site.method === 'find' && site.language !== 'java')
        return;
    if (site.qualifier === 're' || site.receiverType === STRING)
        return;
    const named = /ldap|ctx|context|dir|conn|connection|template|client|^l$|^ld$|server|directory/i;
    // UnboundID's search(base, SearchScope.SUB, filter, ...) is recognisable by its scope argument alone.
    const unboundIdScope = /SearchScope\./.test(site.args[1]?.ref ?? '');
    if (!receiverIs(site, KIND.ldap, named) && !unboundIdScope)
        return;
    if (site.language === 'java') {
        const stringish = (value) => value !== undefined && (value.type === undefined || value.type === STRING);
        const scopeSecond = site.args[1]?.ref !== undefined && site.args.length >= 3;
        const filterAt = scopeSecond ? 2 : 1;
        if (stringish(site.args[0]))
            add('ldap', site.args[0], what);
        if (stringish(site.args[filterAt]))
            add('ldap', site.args[filterAt], what);
    }
    else if (site.language === 'python') {
        [0, 1, 2].forEach((index) => add('ldap', site.args[index], what));
        for (const keyword of ['base', 'filterstr', 'search_base', 'search_filter'])
            add('ldap', site.keywords.get(keyword), what);
    }
    else {
        add('ldap', site.args[0], what);
        const options = site.args[1];
        add('ldap', options?.type === 'object' ? options.props?.get('filter') : options, what);
    }
}
// ---- XPath ------------------------------------------------------------------------------------
const JAVA_XPATH_METHODS = new Set(['evaluate', 'compile', 'evaluateExpression']);
const DOM4J_XPATH_METHODS = new Set([
    'selectNodes',
    'selectSingleNode',
    'createXPath',
    'valueOf',
    'numberValueOf',
    'selectObject',
]);
const PYTHON_TREE_FIND = new Set(['find', 'findall', 'findtext', 'iterfind']);
function xpathSinks(site, name, add) {
    const what = describe(site);
    const first = site.args[0];
    if (site.language === 'java') {
        if (JAVA_XPATH_METHODS.has(site.method) && receiverIs(site, KIND.xpath, /xpath|^xp$|compiler/i))
            add('xpath', first, what);
        else if (DOM4J_XPATH_METHODS.has(site.method) &&
            !site.receiver?.ref &&
            receiverIs(site, KIND.xmlDocument, /doc|document|root|node|element|xml/i))
            add('xpath', first, what);
        return;
    }
    if (site.qualifier === XPATH_CALLABLE && !site.receiverExpr) {
        add('xpath', first, 'a compiled XPath evaluator');
        return;
    }
    if (site.language === 'python') {
        if (site.method === 'xpath')
            add('xpath', arg(site, 0, '_path'), what);
        else if (name && /(^|\.)etree\.(XPath|ETXPath)$/.test(name))
            add('xpath', first, what);
        else if (PYTHON_TREE_FIND.has(site.method) && site.receiverType === KIND.xmlDocument)
            add('xpath', arg(site, 0, 'path'), what);
        else if (name === 'elementpath.select')
            add('xpath', site.args[1], what);
        return;
    }
    if (/(^|\.)xpath\.(select|select1|evaluate|parse)$/.test(name ?? ''))
        add('xpath', first, what);
    else if (site.method === 'evaluate' && site.receiver?.ref === 'document')
        add('xpath', first, what);
    else if (/^evaluateXPath/.test(site.method))
        add('xpath', first, what);
    else if ((site.method === 'find' || site.method === 'get') && site.receiverType === KIND.xmlDocument)
        add('xpath', first, what);
}
// ---- cross-site scripting ---------------------------------------------------------------------
const WRITER_METHODS = new Set(['print', 'println', 'write', 'append', 'format', 'printf']);
const PYTHON_HTML_RESPONSES = new Set([
    'make_response',
    'flask.make_response',
    'flask.Response',
    'Response',
    'render_template_string',
    'flask.render_template_string',
    'Markup',
    'markupsafe.Markup',
    'flask.Markup',
    'HttpResponse',
    'django.http.HttpResponse',
    'HttpResponseBadRequest',
    'HttpResponseNotFound',
    'HttpResponseForbidden',
    'HttpResponseServerError',
    'mark_safe',
    'django.utils.safestring.mark_safe',
    'SafeString',
    'jinja2.Template',
    'Template',
    'HTMLResponse',
    'fastapi.responses.HTMLResponse',
    'starlette.responses.HTMLResponse',
]);
/** Responses whose type is given by a keyword argument, and that are plain text or JSON without one. */
const PYTHON_TYPED_RESPONSES = new Set([
    'fastapi.Response',
    'fastapi.responses.Response',
    'starlette.responses.Response',
    'aiohttp.web.Response',
    'web.Response',
]);
const CONTENT_TYPE_KEYWORDS = ['mimetype', 'content_type', 'media_type'];
/** WebFlux's `ServerResponse.ok()...bodyValue(html)`: a string body is plain text unless declared HTML. */
const WEBFLUX_BODY_METHODS = new Set(['bodyValue', 'body', 'syncBody']);
const JQUERY_HTML = new Set(['html', 'append', 'prepend', 'after', 'before', 'replaceWith', 'wrap']);
function xssSinks(site, name, add) {
    const what = describe(site);
    if (site.language === 'java') {
        if (WRITER_METHODS.has(site.method) && site.receiverType === KIND.writer) {
            site.args.forEach((value) => add('xss', value, 'the HTTP response writer'));
        }
        else if (WEBFLUX_BODY_METHODS.has(site.method) && chainRoot(site.receiverExpr) === 'ServerResponse') {
            add('xss', site.args[0], 'the HTTP response body', undefined, 'declared');
        }
        return;
    }
    if (site.language === 'python') {
        const pyName = name ?? (site.receiverExpr ? undefined : site.method);
        const typed = pyName !== undefined && PYTHON_TYPED_RESPONSES.has(pyName);
        if (pyName && (typed || PYTHON_HTML_RESPONSES.has(pyName))) {
            const body = arg(site, 0, 'response') ??
                site.keywords.get('content') ??
                site.keywords.get('source') ??
                site.keywords.get('text') ??
                site.keywords.get('body');
            const keyword = CONTENT_TYPE_KEYWORDS.find((key) => site.keywords.has(key));
            const declared = keyword ? constString(site.keywords.get(keyword)) : undefined;
            const html = declared === undefined ? !typed : isHtmlType(declared);
            if (html && isTextBody(body))
                add('xss', body, what);
        }
        return;
    }
    const innerHtml = site.method === '<jsx>' ? site.keywords.get('dangerouslySetInnerHTML') : undefined;
    if (innerHtml)
        add('xss', innerHtml.props?.get('__html') ?? innerHtml, 'dangerouslySetInnerHTML');
    else if (['send', 'write', 'end'].includes(site.method) &&
        receiverIs(site, KIND.response, /^(res|response|resp|ctx\.res)$/)) {
        if (isTextBody(site.args[0]))
            add('xss', site.args[0], 'the HTTP response');
    }
    else if (site.method === 'send' && site.receiverType === KIND.textReply) {
        if (isTextBody(site.args[0]))
            add('xss', site.args[0], 'the HTTP response', undefined, 'declared');
    }
    else if (site.method === 'response' && site.receiverType === KIND.hapiToolkit) {
        if (isTextBody(site.args[0]))
            add('xss', site.args[0], 'the HTTP response');
    }
    else if ((site.method === 'write' || site.method === 'writeln') && site.receiver?.ref === 'document') {
        site.args.forEach((value) => add('xss', value, 'document.write'));
    }
    else if (site.method === 'insertAdjacentHTML')
        add('xss', site.args[1], 'insertAdjacentHTML');
    else if (JQUERY_HTML.has(site.method) && isJquery(site.receiverExpr))
        add('xss', site.args[0], `jQuery .${site.method}()`);
}
/** A response body sent as text: objects and arrays are sent as JSON, streams are files' contents. */
function isTextBody(body) {
    return (body !== undefined &&
        body.type !== 'object' &&
        body.type !== 'array' &&
        body.type !== KIND.json &&
        body.type !== KIND.stream);
}
function isJquery(expr) {
    const root = chainRoot(expr);
    return root === '$' || root === 'jQuery' || (expr?.kind === 'name' && expr.name.startsWith('$'));
}
// ---- trust boundary ---------------------------------------------------------------------------
function trustSinks(site, add) {
    if (isSessionWrite(site)) {
        const what = site.method === 'setAttribute' || site.method === 'putValue'
            ? 'HttpSession.setAttribute'
            : 'the session';
        add('trust', site.args[1], what);
        add('trust', site.args[0], what);
    }
}
/**
 * `session.setAttribute(k, v)`; `put(k, v)` on a Micronaut session or a WebFlux session's
 * attributes; `set(k, v)` on a Node session (`@fastify/secure-session`, hapi's yar).
 */
function isSessionWrite(site) {
    if (site.method === 'setAttribute' || site.method === 'putValue')
        return receiverIs(site, KIND.session, /session/i);
    const setters = site.language === 'java' ? ['put', 'putIfAbsent'] : ['set'];
    return setters.includes(site.method) && site.receiverType === KIND.session && site.args.length >= 2;
}
// ---- KMS --------------------------------------------------------------------------------------
function kmsSinks(site, add) {
    if (site.isNew && site.method === 'EncryptCommand') {
        const input = site.args[0];
        add('kmsEncrypt', input?.props?.get('Plaintext') ?? input, 'KMS EncryptCommand');
        return;
    }
    if (site.method === 'send' && site.args[0]?.type === 'EncryptCommand') {
        add('kmsEncrypt', site.args[0], 'KMS EncryptCommand');
        return;
    }
    if (site.method !== 'encrypt' || !isKmsCall(site))
        return;
    const plaintext = site.keywords.get('Plaintext');
    if (plaintext)
        add('kmsEncrypt', plaintext, 'KMS Encrypt');
    const request = site.args[0];
    if (request)
        add('kmsEncrypt', request.type === 'object' ? (request.props?.get('Plaintext') ?? CLEAN) : request, 'KMS Encrypt');
}
// ---- secret values (insecure-random) ----------------------------------------------------------
const KEY_VALUE_METHODS = new Set([
    'put',
    'setProperty',
    'setAttribute',
    'setHeader',
    'addHeader',
    'set',
    'putValue',
    'header',
    'setdefault',
    'add',
]);
function secretUseSinks(site, add) {
    const what = describe(site);
    if (site.isNew) {
        if (site.method === 'IvParameterSpec' || site.method === 'SecretKeySpec')
            add('secretUse', site.args[0], `${site.method} (a cryptographic key or IV)`);
        else if (site.method === 'GCMParameterSpec' ||
            site.method === 'PBEKeySpec' ||
            site.method === 'PBEParameterSpec')
            add('secretUse', site.args[1], `${site.method} (a salt or IV)`);
        else if (site.method === 'Cookie')
            add('secretUse', site.args[1], 'a cookie value');
        return;
    }
    if (site.method === 'cookie' || site.method === 'set_cookie') {
        add('secretUse', arg(site, 1, 'value'), 'a cookie value');
        return;
    }
    if (isSessionWrite(site)) {
        add('secretUse', site.args[1], 'a session attribute');
        return;
    }
    if (KEY_VALUE_METHODS.has(site.method) && site.args.length >= 2) {
        const key = constString(site.args[0]) ?? nameOfExpr(site.argExprs[0]);
        if (key && isSecretValueName(key)) {
            add('secretUse', site.args[1], `the ${key} value`);
            return;
        }
    }
    const setter = site.method.replace(/^(set|with|put|store|save|update)(?=[A-Z_])/, '');
    if (setter !== site.method && isSecretValueName(setter) && site.args.length >= 1) {
        add('secretUse', site.args[site.args.length - 1], what);
        return;
    }
    // Handing a value to something that keeps or sends secrets: `otpStore.set(phone, code)`, `resetCodeMailer.send(...)`,
    // `mailer.send(to, "Your verification code", body)`.
    const receiverType = site.receiverType && !site.receiverType.startsWith('lib:') && site.receiverType !== STRING
        ? site.receiverType
        : undefined;
    if (mentionsSecret(site.method) ||
        (site.receiverName && mentionsSecret(site.receiverName)) ||
        (receiverType && mentionsSecret(receiverType)) ||
        site.args.some((value) => isSecretMessage(constString(value)))) {
        site.args.forEach((value) => add('secretUse', value, what));
    }
}
// ---- hard-coded credentials -------------------------------------------------------------------
/** Constructors and factories taking credentials: the indices of their secret arguments. */
const CREDENTIAL_ARGUMENTS = {
    BasicAWSCredentials: [1],
    BasicSessionCredentials: [1, 2],
    'AwsBasicCredentials.create': [1],
    'AwsSessionCredentials.create': [1, 2],
    'DriverManager.getConnection': [2],
    PasswordAuthentication: [1],
    UsernamePasswordCredentials: [1],
    UsernamePasswordAuthenticationToken: [1],
    'Algorithm.HMAC256': [0],
    'Algorithm.HMAC384': [0],
    'Algorithm.HMAC512': [0],
    'MongoCredential.createCredential': [2],
    'jwt.sign': [1],
    'jwt.verify': [1],
    'jwt.encode': [1],
    'jwt.decode': [1],
    'jsonwebtoken.sign': [1],
    'jsonwebtoken.verify': [1],
    'AWS.Credentials': [1],
    Credentials: [1],
};
const CREDENTIAL_KEYWORDS = /^(aws_secret_access_key|aws_session_token|password|passwd|pwd|secret|secret_key|api_key|apikey|token|access_token|client_secret|private_key)$/;
function credentialSinks(site, name, add) {
    const key = site.isNew ? site.method : (name ?? '');
    const indices = own(CREDENTIAL_ARGUMENTS, key);
    const what = describe(site);
    for (const index of indices ?? [])
        add('credential', site.args[index], what);
    for (const [keyword, value] of site.keywords) {
        if (CREDENTIAL_KEYWORDS.test(keyword) || isCredentialName(keyword))
            add('credential', value, `${what}(${keyword}=...)`, keywordExpr(site, keyword));
    }
    if (site.isNew)
        return;
    if (KEY_VALUE_METHODS.has(site.method) && site.args.length >= 2) {
        const keyName = constString(site.args[0]) ?? nameOfExpr(site.argExprs[0]);
        if (keyName && isCredentialName(keyName))
            add('credential', site.args[1], `the ${keyName} setting`);
        return;
    }
    const setter = site.method.replace(/^(set|with)(?=[A-Z_])/, '');
    if (site.args.length === 1 && isCredentialName(setter) && wordsOf(setter).length <= 3)
        add('credential', site.args[0], what);
}
function keywordExpr(site, keyword) {
    const expr = site.expr;
    return expr.args.find((argument) => argument.keyword === keyword)?.value;
}
// ---- view return values -----------------------------------------------------------------------
/** What a returned value exposes: a Spring REST handler's or a Flask view's body is the HTML response. */
function responseBody(value) {
    if (value.type === KIND.responseEntity)
        return readProp(value, 'body');
    if (value.type === 'object' || value.type === KIND.json)
        return undefined;
    if (value.type === 'array')
        return value.props?.get('0');
    return value;
}
/** A call of the program's own code that receives a secret: `resetCodeMailer.send(email, code)`, `tokens.store(token)`. */
function userCallSinks(site, calleeClass, params) {
    const uses = [];
    const add = (category, value, what) => {
        if (value)
            uses.push({ category, value, what });
    };
    const what = describe(site);
    if ((calleeClass && mentionsSecret(calleeClass)) ||
        (site.receiverName && mentionsSecret(site.receiverName))) {
        site.args.forEach((value) => add('secretUse', value, what));
        return uses;
    }
    const setter = site.method.replace(/^(set|with|put|store|save|update|send)(?=[A-Z_])/, '');
    const wholeCallIsSecret = setter !== site.method && isSecretValueName(setter);
    site.args.forEach((value, index) => {
        const param = params[index];
        if (wholeCallIsSecret)
            add('secretUse', value, what);
        else if (param && isSecretValueName(param))
            add('secretUse', value, `${what}(${param})`);
    });
    return uses;
}

;// CONCATENATED MODULE: ./src/review/rules/library.ts








/**
 * The library models the interpreter consults for every call it cannot resolve to the program's
 * own code: sources, sinks, sanitizers, and how data moves through strings, builders and
 * collections. The rest of the file answers the interpreter's other questions (property reads,
 * assignments, returns).
 */

function modelCall(site) {
    const produced = sourceCall(site);
    if (produced)
        return produced;
    const sinks = sinkUses(site);
    const effect = sanitizerCall(site) ?? structureCall(site) ?? kindCall(site) ?? setterCall(site);
    if (sinks.length === 0)
        return effect;
    return { ...effect, result: effect && !site.isNew ? effect.result : sinkResult(site), sinks };
}
/** `request.setPlaintext(p)`: a library object's setter stores the data in the object. */
function setterCall(site) {
    const receiver = site.receiver;
    if (!receiver || site.args.length !== 1 || !/^set[A-Z]/.test(site.method) || receiver.ref)
        return undefined;
    const updated = { ...receiver, taints: values_unionTaints(receiver.taints, values_deepTaints(site.args[0])) };
    return { result: CLEAN, receiver: updated };
}
/** What a sink call returns: a typed object (a statement, a process) holding no attacker data. */
function sinkResult(site) {
    if (site.isNew && site.method === 'EncryptCommand')
        return typed(everything(site), 'EncryptCommand');
    const kind = resultKind(site);
    return kind ? { taints: [], type: kind } : CLEAN;
}
// ---- library object kinds ---------------------------------------------------------------------
const DECLARED_KINDS = {
    HttpServletRequest: KIND.request,
    ServletRequest: KIND.request,
    HttpServletRequestWrapper: KIND.request,
    MultipartHttpServletRequest: KIND.request,
    HttpServletResponse: KIND.response,
    ServletResponse: KIND.response,
    HttpSession: KIND.session,
    ServletContext: KIND.servletContext,
    Statement: KIND.sqlStatement,
    PreparedStatement: KIND.sqlStatement,
    CallableStatement: KIND.sqlStatement,
    Connection: KIND.sqlConnection,
    JdbcTemplate: KIND.jdbcTemplate,
    NamedParameterJdbcTemplate: KIND.jdbcTemplate,
    JdbcOperations: KIND.jdbcTemplate,
    DatabaseClient: KIND.jdbcTemplate,
    JdbcClient: KIND.jdbcTemplate,
    DirContext: KIND.ldap,
    InitialDirContext: KIND.ldap,
    LdapContext: KIND.ldap,
    InitialLdapContext: KIND.ldap,
    LdapTemplate: KIND.ldap,
    LdapOperations: KIND.ldap,
    LDAPConnection: KIND.ldap,
    LDAPConnectionPool: KIND.ldap,
    LDAPInterface: KIND.ldap,
    XPath: KIND.xpath,
    Document: KIND.xmlDocument,
    Element: KIND.xmlDocument,
    Node: KIND.xmlDocument,
    Branch: KIND.xmlDocument,
    JspWriter: KIND.writer,
    ServletOutputStream: KIND.writer,
    Random: KIND.insecureRandom,
    ThreadLocalRandom: KIND.insecureRandom,
    SecureRandom: KIND.secureRandom,
    AWSKMS: KIND.kms,
    AWSKMSClient: KIND.kms,
    AWSKMSAsync: KIND.kms,
    KmsClient: KIND.kms,
    KmsAsyncClient: KIND.kms,
    KMSClient: KIND.kms,
    ProcessBuilder: KIND.processBuilder,
    File: KIND.file,
    Path: KIND.path,
    MultipartFile: KIND.upload,
    Part: KIND.upload,
    InputStream: KIND.stream,
    Request: KIND.request,
    Response: KIND.response,
    // Spring WebFlux and JAX-RS request objects: their methods that return request data are sources.
    ServerRequest: KIND.request,
    ServerHttpRequest: KIND.request,
    ServerWebExchange: KIND.request,
    UriInfo: KIND.request,
    ContainerRequestContext: KIND.request,
    WebSession: KIND.session,
};
/** Declared types whose kind depends on the package the file imports them from (the simple names are common). */
const IMPORTED_KINDS = [
    { type: 'HttpRequest', packageName: 'io.micronaut.http', kind: KIND.request },
    { type: 'Session', packageName: 'io.micronaut.session', kind: KIND.session },
    { type: 'HttpHeaders', packageName: 'javax.ws.rs.core', kind: KIND.request },
    { type: 'HttpHeaders', packageName: 'jakarta.ws.rs.core', kind: KIND.request },
];
/** Python and JavaScript types by the name they are imported under, where the simple name means something else elsewhere. */
const IMPORTED_SCRIPT_KINDS = {
    'ldap3.Connection': KIND.ldap,
};
function importedKind(type, module) {
    const imports = (packageName) => module.imports.some((entry) => entry.module === `${packageName}.${type}` || (entry.alias === '*' && entry.module === packageName));
    return IMPORTED_KINDS.find((entry) => entry.type === type && imports(entry.packageName))?.kind;
}
/**
 * The library kind a declared type stands for. A `PrintWriter` handed to a method as a
 * parameter, or declared in servlet code, is taken to be the response's writer: that is what
 * page-rendering helpers receive.
 */
function libraryKindOfDeclared(declaredType, module, isParameter = false) {
    const simple = declaredType.slice(declaredType.lastIndexOf('.') + 1);
    const imported = module.imports.find((entry) => entry.alias === declaredType)?.module;
    const kind = own(IMPORTED_SCRIPT_KINDS, imported) ??
        own(DECLARED_KINDS, simple) ??
        (module.language === 'java' ? importedKind(simple, module) : undefined);
    if (kind)
        return kind;
    if ((declaredType === 'PrintWriter' || declaredType === 'Writer') &&
        (isParameter || module.imports.some((entry) => /servlet/.test(entry.module)))) {
        return KIND.writer;
    }
    return undefined;
}
/** The kind of object a library call returns, for recognising later calls on it. */
function resultKind(site) {
    const name = callName(site) ?? '';
    const method = site.method;
    if (site.isNew) {
        if (importedConstructor(site) === 'ldapts.Client')
            return KIND.ldap;
        return own(NEW_KINDS, method) ?? (EMPTY_COLLECTIONS.test(method) ? method : undefined);
    }
    if ((method === 'getWriter' || method === 'getOutputStream') &&
        (site.receiverType === KIND.response ||
            /^(resp|response|res|httpResponse|servletResponse)$/.test(site.receiverName ?? ''))) {
        return KIND.writer;
    }
    if (site.receiverType === KIND.writer &&
        (method === 'append' || method === 'format' || method === 'printf'))
        return KIND.writer;
    if (method === 'getSession' && site.receiverType !== KIND.session)
        return KIND.session;
    if (site.language === 'java' && site.receiverType === KIND.request) {
        // ServerWebExchange.getRequest(), ContainerRequestContext.getUriInfo(), ServerRequest.exchange() and .session()
        if (method === 'getRequest' || method === 'getUriInfo' || method === 'exchange')
            return KIND.request;
        if (method === 'session')
            return KIND.session;
    }
    // WebFlux's WebSession.getAttributes(): the session's attribute map
    if (method === 'getAttributes' && site.receiverType === KIND.session)
        return KIND.session;
    if (method === 'getServletContext')
        return KIND.servletContext;
    if (name === 'Runtime.getRuntime')
        return 'lib:Runtime';
    if (name === 'DriverManager.getConnection' ||
        (method === 'getConnection' && site.receiverType !== KIND.kms))
        return KIND.sqlConnection;
    if (method === 'createStatement' || method === 'prepareStatement' || method === 'prepareCall')
        return KIND.sqlStatement;
    if (method === 'newXPath' || name === 'XPathFactory.newInstance')
        return method === 'newXPath' ? KIND.xpath : undefined;
    if (name === 'ThreadLocalRandom.current' || name === 'RandomStringUtils.insecure')
        return KIND.insecureRandom;
    if (name === 'RandomStringUtils.secure' || name === 'RandomStringUtils.secureStrong')
        return KIND.secureRandom;
    if (name.startsWith('SecureRandom.'))
        return KIND.secureRandom;
    if (/^(Paths\.get|Path\.of)$/.test(name) ||
        method === 'toPath' ||
        (method === 'resolve' && site.receiverType === KIND.path))
        return KIND.path;
    if (method === 'toFile' || method === 'getCanonicalFile' || method === 'getAbsoluteFile')
        return KIND.file;
    if (method === 'getInputStream' ||
        method === 'getReader' ||
        method === 'openStream' ||
        method === 'newInputStream')
        return KIND.stream;
    if (method === 'getSubmittedFileName' || method === 'getOriginalFilename')
        return STRING;
    if (/^ResponseEntity\.(ok|status|badRequest|accepted|created|notFound|internalServerError|unprocessableEntity)$/.test(name) ||
        JAVA_RESPONSE_BUILDERS.test(name) ||
        site.receiverType === KIND.responseEntity)
        return KIND.responseEntity;
    if (isKmsFactory(site, name))
        return KIND.kms;
    return pythonOrScriptKind(site, name);
}
/** JAX-RS `Response.ok(entity, type)` and Micronaut `HttpResponse.ok(body)`: responses built like Spring's `ResponseEntity`. */
const JAVA_RESPONSE_BUILDERS = /^(Response|HttpResponse)\.(ok|status|accepted|created|noContent|serverError|notFound|badRequest)$/;
const NEW_KINDS = {
    Random: KIND.insecureRandom,
    SecureRandom: KIND.secureRandom,
    ProcessBuilder: KIND.processBuilder,
    File: KIND.file,
    InitialDirContext: KIND.ldap,
    InitialLdapContext: KIND.ldap,
    LDAPConnection: KIND.ldap,
    LdapTemplate: KIND.ldap,
    JdbcTemplate: KIND.jdbcTemplate,
    KMSClient: KIND.kms,
    KMS: KIND.kms,
    AWSKMSClient: KIND.kms,
    StringBuilder: KIND.stringBuilder,
    StringBuffer: KIND.stringBuilder,
    StringWriter: KIND.stringBuilder,
    ResponseEntity: KIND.responseEntity,
    Database: KIND.sqlConnection,
    Path: KIND.path,
    PurePath: KIND.path,
};
function isKmsFactory(site, name) {
    if (name === 'boto3.client' || name === 'boto3.session.Session.client' || site.method === 'client') {
        return constString(site.args[0]) === 'kms' || constString(site.keywords.get('service_name')) === 'kms';
    }
    const root = chainRoot(site.receiverExpr) ?? '';
    return (/^(AWSKMSClientBuilder|AWSKMSClient|KmsClient|KmsAsyncClient|AWSKMSAsyncClientBuilder)$/.test(root) &&
        /^(build|create|defaultClient|standard)$/.test(site.method) &&
        site.method !== 'standard');
}
/** Python responses that are never an HTML body built from their arguments: JSON, redirects, files. */
const NOT_HTML_RESPONSES = new Set([
    'flask.jsonify',
    'jsonify',
    'JsonResponse',
    'django.http.JsonResponse',
    'flask.redirect',
    'redirect',
    'django.shortcuts.redirect',
    'HttpResponseRedirect',
    'django.http.HttpResponseRedirect',
    'HttpResponsePermanentRedirect',
    'flask.send_file',
    'send_file',
    'flask.send_from_directory',
    'send_from_directory',
    'FileResponse',
    'django.http.FileResponse',
    'flask.url_for',
    'url_for',
]);
const PYTHON_DB_CONNECT = /^(sqlite3|psycopg2|psycopg|pymysql|MySQLdb|mysql\.connector|cx_Oracle|oracledb|pyodbc|pymssql)\.connect$/;
function pythonOrScriptKind(site, name) {
    if (site.language === 'java')
        return undefined;
    if (PYTHON_DB_CONNECT.test(name) || name === 'sqlalchemy.create_engine' || name === 'create_engine')
        return KIND.sqlConnection;
    if (site.method === 'cursor' && site.receiverType === KIND.sqlConnection)
        return KIND.sqlConnection;
    if (/^(ldap\.initialize|ldap3\.Connection|ldapjs\.createClient|ldap\.createClient)$/.test(name) ||
        (site.method === 'createClient' && /ldap/.test(site.qualifier ?? '')))
        return KIND.ldap;
    if (/(^|\.)(etree|ElementTree|ET|cElementTree)\.(parse|fromstring|XML|ElementTree)$/.test(name) ||
        (site.method === 'getroot' && site.receiverType === KIND.xmlDocument))
        return KIND.xmlDocument;
    if (/^(libxmljs|libxmljs2)\.(parseXml|parseXmlString)$/.test(name))
        return KIND.xmlDocument;
    if (name === 'random.Random')
        return KIND.insecureRandom;
    if (/^aiohttp_session\.(get_session|new_session)$/.test(name))
        return KIND.session;
    if (name === 'random.SystemRandom')
        return KIND.secureRandom;
    if (name === 'pathlib.Path' || name === 'Path' || name === 'pathlib.PurePath')
        return KIND.path;
    if (NOT_HTML_RESPONSES.has(name))
        return KIND.json;
    if ([
        'status',
        'code',
        'type',
        'set',
        'header',
        'headers',
        'cookie',
        'append',
        'location',
        'vary',
        'links',
        'clearCookie',
    ].includes(site.method) &&
        (site.receiverType === KIND.response || site.receiverType === KIND.textReply))
        return site.receiverType;
    return undefined;
}
/** The imported name a `new` expression's type is: `new Client()` after `import { Client } from 'ldapts'` is `ldapts.Client`. */
function importedConstructor(site) {
    if (site.expr.kind !== 'new')
        return undefined;
    const [head, ...rest] = site.expr.type.split('.');
    const entry = site.imports.find((candidate) => candidate.alias === head);
    return entry ? [entry.module, ...rest].join('.') : undefined;
}
// ---- strings, builders and collections --------------------------------------------------------
const STRING_METHODS = new Set([
    'toString',
    'trim',
    'strip',
    'substring',
    'substr',
    'slice',
    'toLowerCase',
    'toUpperCase',
    'lower',
    'upper',
    'concat',
    'replace',
    'replaceAll',
    'replaceFirst',
    'format',
    'formatted',
    'join',
    'repeat',
    'padStart',
    'padEnd',
    'intern',
    'decode',
    'encode',
    'valueOf',
    'getValue',
    'getName',
    'getOriginalFilename',
    'getSubmittedFileName',
    'readLine',
    'nextLine',
    'toFixed',
    'capitalize',
    'title',
    'lstrip',
    'rstrip',
    'asText',
    'getString',
]);
/** Encodings a value survives unchanged in substance: each adds a flow step so a finding shows the round trip. */
const TRANSCODERS = {
    'Base64.decodeBase64': 'decoded from Base64',
    'Base64.encodeBase64': 'encoded to Base64',
    'Base64.encodeBase64String': 'encoded to Base64',
    'Base64.encodeBase64URLSafeString': 'encoded to Base64',
    'URLDecoder.decode': 'URL-decoded',
    'base64.b64decode': 'decoded from Base64',
    'base64.b64encode': 'encoded to Base64',
    'base64.urlsafe_b64decode': 'decoded from Base64',
    'base64.urlsafe_b64encode': 'encoded to Base64',
    'urllib.parse.unquote': 'URL-decoded',
    'urllib.parse.unquote_plus': 'URL-decoded',
    decodeURIComponent: 'URL-decoded',
    decodeURI: 'URL-decoded',
    atob: 'decoded from Base64',
    btoa: 'encoded to Base64',
    'Buffer.from': 'decoded',
};
/** Collections created empty: elements added later are tracked by index. */
const EMPTY_COLLECTIONS = /^(ArrayList|LinkedList|Vector|ArrayDeque|Stack|HashMap|LinkedHashMap|TreeMap|Hashtable|ConcurrentHashMap|HashSet|LinkedHashSet|TreeSet|Properties|Map|Set|Array)$/;
const KEEPS_CONSTANT = new Set([
    'toCharArray',
    'getBytes',
    'toString',
    'trim',
    'strip',
    'encode',
    'intern',
    'toByteArray',
]);
function structureCall(site) {
    const name = callName(site) ?? '';
    const receiver = site.receiver;
    const step = own(TRANSCODERS, name) ??
        (['decode', 'encode', 'encodeToString'].includes(site.method) &&
            /Base64|Decoder|Encoder/.test(chainRoot(site.receiverExpr) ?? '')
            ? `${/decode/i.test(site.method) ? 'decoded from' : 'encoded to'} Base64`
            : undefined);
    if (step)
        return { result: typed(everything(site), STRING), step };
    if (receiver?.hasConst &&
        typeof receiver.konst === 'string' &&
        KEEPS_CONSTANT.has(site.method) &&
        site.args.length <= 1) {
        return { result: values_constant(receiver.konst, receiver.constAt) };
    }
    if (site.isNew && EMPTY_COLLECTIONS.test(site.method) && site.args.length === 0) {
        return { result: { taints: [], type: site.method, length: 0 } };
    }
    if (site.isNew &&
        (site.method === 'String' || site.method === 'StringBuilder' || site.method === 'StringBuffer') &&
        site.args[0]?.hasConst) {
        return {
            result: {
                ...values_constant(site.args[0].konst ?? null, site.args[0].constAt),
                type: own(NEW_KINDS, site.method) ?? STRING,
            },
        };
    }
    if ((name === 'util.promisify' || name === 'promisify') && site.args[0]?.ref)
        return { result: site.args[0] };
    if (/(^|\.)xpath\.useNamespaces$|(^|\.)etree\.XPath(Document|Element)?Evaluator$/.test(name))
        return { result: { taints: [], ref: XPATH_CALLABLE } };
    if (name === 'require' || (site.method === 'require' && !site.receiverExpr)) {
        const module = constString(site.args[0]);
        return module ? { result: { taints: [], ref: module } } : undefined;
    }
    if (/^(Pattern\.compile|re\.compile|RegExp)$/.test(name) || (site.isNew && site.method === 'RegExp')) {
        const pattern = constString(site.args[0]);
        return pattern !== undefined ? { result: { taints: [], regex: pattern } } : undefined;
    }
    return builderCall(site) ?? collectionCall(site, name);
}
/** Apache Commons Exec: `new CommandLine(program)` then `addArgument(...)`, an argument vector by index. */
function commandLineCall(site) {
    if (site.isNew && site.method === 'CommandLine' && site.args[0]) {
        return {
            result: { taints: [], type: KIND.commandLine, props: new Map([['0', site.args[0]]]), length: 1 },
        };
    }
    const receiver = site.receiver;
    if (receiver?.type !== KIND.commandLine ||
        (site.method !== 'addArgument' && site.method !== 'addArguments'))
        return undefined;
    const argument = site.args[0] ?? CLEAN;
    const updated = receiver.length !== undefined && site.method === 'addArgument'
        ? { ...setProp(receiver, String(receiver.length), argument), length: receiver.length + 1 }
        : addRest(receiver, argument);
    return { result: updated, receiver: updated };
}
function builderCall(site) {
    const commandLine = commandLineCall(site);
    if (commandLine)
        return commandLine;
    const receiver = site.receiver;
    if (!receiver)
        return undefined;
    const isBuilder = receiver.type === KIND.stringBuilder ||
        (site.language === 'java' &&
            /^(StringBuilder|StringBuffer|StringWriter|StringJoiner)$/.test(receiver.type ?? ''));
    if (!isBuilder)
        return undefined;
    if (site.method === 'append' ||
        site.method === 'insert' ||
        site.method === 'add' ||
        site.method === 'write') {
        const appended = site.method === 'insert' ? site.args[1] : site.args[0];
        const updated = {
            taints: values_unionTaints(receiver.taints, appended ? values_deepTaints(appended) : []),
            type: receiver.type,
        };
        return { result: updated, receiver: updated };
    }
    if (site.method === 'toString')
        return { result: typed(values_tainted(receiver.taints), STRING) };
    return undefined;
}
const MAP_PUT = new Set(['put', 'putIfAbsent', 'setProperty', 'setdefault', 'set']);
const MAP_GET = new Set([
    'get',
    'getOrDefault',
    'getProperty',
    'getFirst',
    'opt',
    'optString',
    'pop',
    'remove',
    'getString',
    'getParameter',
]);
const LIST_ADD = new Set(['add', 'append', 'push', 'offer', 'addLast', 'addElement']);
const LIST_ADD_MANY = new Set([
    'addAll',
    'extend',
    'unshift',
    'insert',
    'addFirst',
    'update',
    'putAll',
    'concat',
]);
const library_COLLECTION_FACTORIES = /^(List\.of|Set\.of|Arrays\.asList|Collections\.singletonList|Collections\.singleton|Stream\.of|ImmutableList\.of|ImmutableSet\.of|Array\.of|Mono\.just|Mono\.justOrEmpty|Flux\.just)$/;
function collectionCall(site, name) {
    if (library_COLLECTION_FACTORIES.test(name)) {
        const props = new Map(site.args.map((value, index) => [String(index), value]));
        return { result: { taints: [], props, length: site.args.length, type: 'array' } };
    }
    if (name === 'Map.of' || name === 'ImmutableMap.of') {
        let map = { taints: [], type: 'Map' };
        for (let index = 0; index + 1 < site.args.length; index += 2) {
            const key = constString(site.args[index]);
            map =
                key !== undefined ? setProp(map, key, site.args[index + 1]) : addRest(map, site.args[index + 1]);
        }
        return { result: map };
    }
    const receiver = site.receiver;
    if (!receiver || receiver.ref || receiver.type === STRING || receiver.type?.startsWith('lib:'))
        return undefined;
    const key = site.args[0] && site.args[0].hasConst && site.args[0].konst !== null
        ? String(site.args[0].konst)
        : undefined;
    if (MAP_PUT.has(site.method) && site.args.length >= 2) {
        const value = site.args[1];
        const updated = key !== undefined ? setProp(receiver, key, value) : addRest(receiver, value);
        return { result: CLEAN, receiver: updated };
    }
    if (MAP_GET.has(site.method) &&
        site.args.length >= 1 &&
        !(site.method === 'remove' && site.language === 'java' && receiver.type === 'array')) {
        const found = readProp(receiver, key);
        return { result: site.args[1] ? join(found, site.args[1]) : found };
    }
    if (LIST_ADD.has(site.method) && site.args.length === 1) {
        const element = site.args[0];
        if (receiver.length !== undefined && !receiver.rest) {
            return {
                result: CLEAN,
                receiver: { ...setProp(receiver, String(receiver.length), element), length: receiver.length + 1 },
            };
        }
        return { result: CLEAN, receiver: addRest(receiver, element) };
    }
    if (LIST_ADD_MANY.has(site.method) || (site.method === 'add' && site.args.length === 2)) {
        let updated = receiver;
        for (const value of site.args)
            updated = addRest(updated, { ...elementsOf(value), taints: values_deepTaints(value) });
        return {
            result: site.method === 'concat' ? updated : CLEAN,
            receiver: site.method === 'concat' ? undefined : updated,
        };
    }
    if (site.method === 'set' && site.args.length === 2 && site.language === 'java') {
        return {
            result: CLEAN,
            receiver: key !== undefined ? setProp(receiver, key, site.args[1]) : addRest(receiver, site.args[1]),
        };
    }
    return undefined;
}
/** Calls that only matter for the kind of object they return, or strings they return. */
function kindCall(site) {
    const kind = resultKind(site);
    if (kind === KIND.responseEntity)
        return { result: responseEntity(site) };
    if (kind) {
        const carries = kind === KIND.path ||
            kind === KIND.file ||
            kind === STRING ||
            kind === KIND.stream ||
            kind === KIND.json;
        return { result: carries ? typed(everything(site), kind) : { taints: [], type: kind } };
    }
    const normalizes = normalizingCall(site);
    if (normalizes)
        return { result: { ...everything(site), normalized: true, type: normalizes } };
    if (STRING_METHODS.has(site.method) && site.language === 'java')
        return { result: typed(everything(site), STRING) };
    if (name2(site) === 'String.join' || name2(site) === 'String.format' || name2(site) === 'String.valueOf')
        return { result: typed(everything(site), STRING) };
    return undefined;
}
/**
 * A response built by `ResponseEntity`, JAX-RS `Response` or Micronaut `HttpResponse`: its body,
 * and the content type it declares (`Response.ok(html, MediaType.TEXT_HTML_TYPE)`, `.type(...)`).
 */
function responseEntity(site) {
    const setsBody = ['body', 'ok', 'entity'].includes(site.method) || site.isNew;
    const body = setsBody ? site.args[0] : undefined;
    const props = new Map(site.receiver?.type === KIND.responseEntity ? (site.receiver.props ?? []) : []);
    const previous = props.get('body');
    const combined = body && previous ? join(previous, body) : (body ?? previous);
    if (combined)
        props.set('body', combined);
    const declared = site.method === 'ok' && site.args.length >= 2 ? mediaTypeOf(site.args[1]) : contentTypeSet(site);
    if (declared !== undefined)
        props.set(CONTENT_TYPE_PROP, values_constant(declared));
    return { taints: [], type: KIND.responseEntity, props: props.size > 0 ? props : undefined };
}
function name2(site) {
    return callName(site) ?? '';
}
const JAVA_NORMALIZERS = new Set(['normalize', 'toRealPath', 'getCanonicalPath', 'getCanonicalFile']);
const PYTHON_NORMALIZERS = new Set(['os.path.realpath', 'os.path.abspath', 'os.path.normpath']);
const NODE_NORMALIZERS = new Set([
    'path.resolve',
    'path.normalize',
    'path.join',
    'fs.realpathSync',
    'path.posix.resolve',
    'path.posix.join',
    'path.posix.normalize',
]);
/** A call that makes a path canonical, so a later `startsWith(base)` check is meaningful; returns the result kind. */
function normalizingCall(site) {
    const name = qualifiedName(site) ?? '';
    if (site.language === 'java' && JAVA_NORMALIZERS.has(site.method)) {
        return site.method === 'getCanonicalPath'
            ? STRING
            : site.method === 'getCanonicalFile'
                ? KIND.file
                : KIND.path;
    }
    if (site.language === 'java' && site.method === 'toAbsolutePath' && site.receiver?.normalized)
        return KIND.path;
    if (site.language === 'python' &&
        (PYTHON_NORMALIZERS.has(name) || (site.method === 'resolve' && site.receiverType === KIND.path))) {
        return site.method === 'resolve' ? KIND.path : STRING;
    }
    if (site.language !== 'java' &&
        site.language !== 'python' &&
        NODE_NORMALIZERS.has(name.replace(/^node:/, '')))
        return STRING;
    return undefined;
}
// ---- methods the models know ------------------------------------------------------------------
const COMMON_LIBRARY_METHODS = new Set([
    ...STRING_METHODS,
    ...MAP_PUT,
    ...MAP_GET,
    ...LIST_ADD,
    ...LIST_ADD_MANY,
    'execute',
    'executeQuery',
    'executeUpdate',
    'query',
    'search',
    'evaluate',
    'compile',
    'exec',
    'print',
    'println',
    'write',
    'send',
    'end',
    'setAttribute',
    'getAttribute',
    'getParameter',
    'getHeader',
    'equals',
    'contains',
    'matches',
    'size',
    'length',
    'iterator',
    'next',
    'hasNext',
    'stream',
    'map',
    'filter',
    'forEach',
    'collect',
    'close',
    'open',
    'read',
    'items',
    'keys',
    'values',
    'decrypt',
    'encrypt',
    'then',
    'catch',
]);
/** Whether a method name is one libraries commonly define, so an untyped call is not resolved by name alone. */
function isKnownLibraryMethod(method) {
    return COMMON_LIBRARY_METHODS.has(method);
}
// ---- callbacks --------------------------------------------------------------------------------
const ROUTE_METHODS = new Set([
    'get',
    'post',
    'put',
    'delete',
    'patch',
    'all',
    'use',
    'options',
    'head',
    'route',
]);
/**
 * The values a route handler passed inline receives: each parameter recognised by its name or
 * type (`ctx` is Koa's context, `reply` Fastify's), else by position (Express's request and response).
 */
function callbackParams(site) {
    if (site.language === 'java' || site.language === 'python')
        return undefined;
    if (!ROUTE_METHODS.has(site.method) || !site.receiverExpr)
        return undefined;
    const positional = [
        { taints: [], type: KIND.request },
        { taints: [], type: KIND.response },
        CLEAN,
    ];
    const handler = site.argExprs.find((expr) => expr.kind === 'function');
    if (handler?.kind !== 'function')
        return positional;
    return positional.map((value, index) => {
        const param = handler.fn.params[index];
        return (param && scriptParamSource(param, { path: site.path, loc: param.loc })) ?? value;
    });
}
// ---- property reads, assignments, returns -----------------------------------------------------
/** A property or constant-key read that is a source or yields a library object; undefined: ordinary data. */
function memberRead(object, objectExpr, property, at, module, isIndex = false) {
    // Python subscripts are data (`request.GET["q"]`); JavaScript destructuring reads properties (`const { query } = req`).
    if (isIndex && module.language === 'python')
        return undefined;
    const found = memberSource(object, objectExpr, property, at, module);
    if (found)
        return found;
    return property === 'length' && !isIndex ? CLEAN : undefined;
}
/** Sinks an assignment reaches: `el.innerHTML = t`, `session[k] = t`, `req.session.user = t`. */
function assignmentSinks(object, objectExpr, property, value, module) {
    const uses = [];
    if (module.language !== 'java' &&
        module.language !== 'python' &&
        (property === 'innerHTML' || property === 'outerHTML')) {
        uses.push({ category: 'xss', value, what: `the ${property} property` });
    }
    const isSession = object.type === KIND.session ||
        object.ref === 'flask.session' ||
        (module.language === 'python' && object.ref === 'session') ||
        (objectExpr.kind === 'member' && objectExpr.property === 'session' && !object.type);
    if (isSession && module.language !== 'java') {
        uses.push({ category: 'trust', value, what: 'the session' });
        uses.push({ category: 'secretUse', value, what: 'a session value' });
    }
    if (module.language !== 'java' && (property === 'dangerouslySetInnerHTML' || property === '__html')) {
        uses.push({ category: 'xss', value, what: 'dangerouslySetInnerHTML' });
    }
    if (object.type === KIND.koaContext && property === 'body' && isTextBody(value)) {
        uses.push({ category: 'xss', value, what: 'the Koa response body', html: 'sniffed' });
    }
    return uses;
}
/** `ctx.type = 'html'` (Koa, also on `ctx.response`): the content type an assignment declares. */
function assignedContentType(object, property, value) {
    if (object.type !== KIND.koaContext || property !== 'type')
        return undefined;
    return value.hasConst && typeof value.konst === 'string' ? value.konst : undefined;
}
/** A value stored under a secret's name: a predictable random value, or a literal credential. */
function secretNameSinks(name, value, valueExpr, loc) {
    const uses = [];
    if (isSecretValueName(name))
        uses.push({ category: 'secretUse', value, what: `the secret value ${name}` });
    if (valueExpr && isCredentialName(name) && isLiteralExpr(valueExpr)) {
        uses.push({ category: 'credential', value, what: `the credential ${name}`, at: loc });
    }
    return uses;
}
function isLiteralExpr(expr) {
    if (expr.kind === 'literal')
        return typeof expr.value === 'string';
    if (expr.kind === 'binary' && expr.operator === '+')
        return isLiteralExpr(expr.left) && isLiteralExpr(expr.right);
    if (expr.kind === 'call' && expr.receiver && ['toCharArray', 'getBytes', 'encode'].includes(expr.method))
        return isLiteralExpr(expr.receiver);
    return false;
}
const SPRING_MAPPING = /^(RequestMapping|GetMapping|PostMapping|PutMapping|DeleteMapping|PatchMapping)$/;
/** JAX-RS and Micronaut handler annotations: what they return is HTML only when declared so. */
const DECLARING_MAPPING = /^(GET|POST|PUT|DELETE|PATCH|Get|Post|Put|Delete|Patch)$/;
const PYTHON_ROUTE = /(^|\.)(route|get|post|put|delete|patch)$/;
/** The key under which a built response (`ResponseEntity`, JAX-RS `Response`) keeps the content type it declares. */
const CONTENT_TYPE_PROP = '$content-type';
/**
 * Sinks a returned value reaches: the body of a Spring REST handler, of a JAX-RS or Micronaut
 * handler producing HTML, of a NestJS handler, or of a Flask view is the HTML response; a function
 * named for a secret (`generateToken`) returns a secret value.
 */
function returnSinks(unit, fn, value, _expr) {
    const uses = [];
    if (returnsSecret(fn))
        uses.push({ category: 'secretUse', value, what: `the value returned by ${fn.name}` });
    const body = responseBody(value);
    // A Java or TypeScript handler's other results (objects, entities) are serialised as JSON.
    const text = unit.module.language === 'python' || body?.type === STRING || body?.type === 'string';
    if (body && text && isHtmlResponse(unit, fn, value)) {
        uses.push({ category: 'xss', value: body, what: 'the HTTP response body' });
    }
    return uses;
}
const GENERATOR_VERBS = /^(generate|create|new|make|build|next|issue|random|compute|mint)/i;
/** `generateToken()`, `newSessionId()`, or `generate()` in a `TemporaryPasswordGenerator`: its result is a secret. */
function returnsSecret(fn) {
    if (!GENERATOR_VERBS.test(fn.name))
        return false;
    const rest = fn.name.replace(GENERATOR_VERBS, '').replace(/^[_]/, '');
    if (rest.length > 0)
        return isSecretValueName(rest) || mentionsSecret(rest);
    return fn.className !== undefined && mentionsSecret(fn.className);
}
function isHtmlResponse(unit, fn, value) {
    if (unit.module.language === 'python')
        return isPythonHtmlView(unit.module, fn);
    if (unit.module.language !== 'java')
        return isNestHtmlHandler(unit.module, fn);
    const spring = fn.annotations.some((annotation) => SPRING_MAPPING.test(annotation));
    const declaring = fn.annotations.some((annotation) => DECLARING_MAPPING.test(annotation));
    if (!spring && !declaring)
        return false;
    const built = value.type === KIND.responseEntity ? value.props?.get(CONTENT_TYPE_PROP)?.konst : undefined;
    const declared = typeof built === 'string' ? [built] : producedTypes(fn);
    if (declared.length > 0)
        return declared.some(isHtmlType);
    if (declaring)
        return false;
    return fn.annotations.includes('ResponseBody') || isRestControllerModule(unit.module);
}
/** `@Produces(MediaType.TEXT_HTML)`, `@GetMapping(produces = "text/plain")`, `@Get(produces = ...)`: the types a handler declares. */
function producedTypes(fn) {
    return fn.annotations.flatMap((annotation, index) => {
        const args = fn.annotationArgs?.[index] ?? [];
        const produces = annotation === 'Produces'
            ? args.filter((arg) => !arg.keyword || arg.keyword === 'value')
            : args.filter((arg) => arg.keyword === 'produces');
        return produces.flatMap((arg) => mediaTypesOfExpr(arg.value));
    });
}
const NEST_MAPPING = /^(Get|Post|Put|Delete|Patch|All)$/;
/**
 * A NestJS handler's string result is sent as HTML (Express's `res.send`) unless `@Header('Content-Type', ...)`
 * declares another type; not when it renders a template (`@Render`) or writes the response itself (`@Res()`).
 */
function isNestHtmlHandler(module, fn) {
    if (!fn.annotations.some((annotation) => NEST_MAPPING.test(annotation)))
        return false;
    if (fn.annotations.includes('Render') ||
        !module.imports.some((entry) => entry.module.startsWith('@nestjs/')))
        return false;
    if (fn.params.some((param) => param.annotations.includes('Res') || param.annotations.includes('Response')))
        return false;
    const declared = fn.annotations.flatMap((annotation, index) => {
        const [header, value] = fn.annotationArgs?.[index] ?? [];
        const isContentType = annotation === 'Header' &&
            header?.value.kind === 'literal' &&
            String(header.value.value).toLowerCase() === 'content-type';
        return isContentType && value ? mediaTypesOfExpr(value.value) : [];
    });
    return declared.length === 0 || declared.some(isHtmlType);
}
/** A Flask view's result is HTML; a FastAPI route's is JSON unless the route declares `response_class=HTMLResponse`. */
function isPythonHtmlView(module, fn) {
    const route = fn.annotations.findIndex((annotation) => PYTHON_ROUTE.test(annotation));
    if (route < 0)
        return false;
    if (!importsFastApi(module))
        return true;
    const responseClass = fn.annotationArgs?.[route]?.find((arg) => arg.keyword === 'response_class');
    return responseClass !== undefined && mediaTypesOfExpr(responseClass.value).some(isHtmlType);
}
/** Class annotations are not in the IR: a file importing `RestController` (and not `Controller`) holds REST controllers. */
function isRestControllerModule(module) {
    const imports = module.imports.map((entry) => entry.module);
    if (imports.some((name) => name.endsWith('.RestController')))
        return true;
    const wildcard = imports.some((name) => name === 'org.springframework.web.bind.annotation.*' ||
        name === 'org.springframework.web.bind.annotation');
    const plainController = imports.some((name) => name.endsWith('stereotype.Controller') ||
        name.endsWith('stereotype.*') ||
        name === 'org.springframework.stereotype');
    return wildcard && !plainController;
}


;// CONCATENATED MODULE: ./src/review/analysis/interpreter-support.ts

/** Helpers of the interpreter that need none of its state. */
/**
 * Calls that carry KMS plaintext from an argument into their result (conversions and copies).
 * Any other call's result is not the plaintext: a request sent with a decrypted API key returns
 * the partner's data, not the key.
 */
const KMS_TRANSPARENT = /^(wrap|copy|copyOf|duplicate|array|asByteBuffer|asByteArray|fromByteBuffer|fromByteArray|fromUtf8String|asUtf8String|from|str|bytes|bytearray|String|toString|decode|encode|getBytes|b64encode|b64decode|encodeToString|toByteArray|Buffer|valueOf|plaintext|withPlaintext|Plaintext|build|builder|append)$/;
const NO_RETURN = new Set([
    'flask.abort',
    'werkzeug.exceptions.abort',
    'sys.exit',
    'exit',
    'os._exit',
    'process.exit',
    'System.exit',
]);
/** Calls that never return normally (`abort(400)`, `sys.exit()`): the path ends there like a `throw`. */
function isNoReturnCall(expr, module) {
    if (expr.kind !== 'call')
        return false;
    if (!expr.receiver) {
        const imported = module.imports.find((entry) => entry.alias === expr.method)?.module;
        return NO_RETURN.has(imported ?? expr.method);
    }
    return expr.receiver.kind === 'name' && NO_RETURN.has(`${expr.receiver.name}.${expr.method}`);
}
/** Calls that throw unless their first argument holds: `assert(ok)`, `ctx.assert(ok, 400)`, `assert.ok(ok)`, `Preconditions.checkArgument(ok)`, `Assert.isTrue(ok, ...)`. */
const ASSERTIONS = new Set(['assert', 'checkArgument', 'checkState', 'isTrue']);
/** The condition an assertion statement proves for the code after it. */
function assertedCondition(expr) {
    if (expr.kind !== 'call')
        return undefined;
    const receiver = expr.receiver?.kind === 'name' ? expr.receiver.name : undefined;
    const asserts = ASSERTIONS.has(expr.method) || (expr.method === 'ok' && receiver === 'assert');
    return asserts && receiver !== 'console' ? expr.args[0]?.value : undefined;
}
/**
 * `os.path.commonpath([base, candidate]) == base`: the candidates other than the base are
 * inside it (the check is only meaningful on real paths, which the callers have made).
 */
function commonPathCheck(call, other) {
    if (call.kind !== 'call' || call.method !== 'commonpath' || other.kind !== 'name')
        return undefined;
    const list = call.args[0]?.value;
    if (list?.kind !== 'array')
        return undefined;
    const candidates = list.elements.filter((element) => !(element.kind === 'name' && element.name === other.name));
    return candidates.length > 0 ? candidates : undefined;
}
/** A regular expression literal's pattern (`^[a-z]+$` of `/^[a-z]+$/i`). */
function regexLiteralText(part) {
    if (part?.kind !== 'literal' || typeof part.value !== 'string')
        return undefined;
    const match = /^\/(.*)\/[a-z]*$/s.exec(part.value);
    return match ? match[1] : part.value;
}
/** Arithmetic: a number, which no injection can come through, still derived from its operands (a random value stays random). */
function numberFrom(left, right) {
    const taints = values_unionTaints(left.taints, right.taints);
    return taints.length === 0 ? CLEAN : sanitize(values_tainted(taints), INJECTION);
}
function concretePart(value) {
    const taints = value.taints.filter((taint) => taint.label !== 'param');
    const rest = value.rest ? concretePart(value.rest) : undefined;
    return { taints, type: value.type, rest };
}
function withoutConst(value) {
    if (!value.hasConst)
        return value;
    return { ...value, hasConst: undefined, konst: undefined, constAt: undefined };
}
function shiftParams(value, base) {
    if (!value.taints.some((taint) => taint.label === 'param' && (taint.param ?? 0) >= base))
        return value;
    return {
        ...value,
        taints: value.taints.map((taint) => taint.label === 'param' && (taint.param ?? 0) >= base
            ? { ...taint, param: (taint.param ?? 0) - base, key: `${taint.key}#${base}` }
            : taint),
    };
}
function unionRefinements(a, b) {
    const result = new Map();
    for (const refinement of [...a, ...b])
        result.set(refinement.key, (result.get(refinement.key) ?? 0) | refinement.clean);
    return [...result].map(([key, clean]) => ({ key, clean }));
}
function intersectRefinements(a, b) {
    const result = [];
    for (const left of a) {
        const right = b.find((refinement) => refinement.key === left.key);
        if (right && (left.clean & right.clean) !== 0)
            result.push({ key: left.key, clean: left.clean & right.clean });
    }
    return result;
}
/** First segments of fully qualified Java names (`java.net.URLDecoder.decode(...)`), never fields. */
const JAVA_PACKAGE_ROOTS = new Set([
    'java',
    'javax',
    'jakarta',
    'org',
    'com',
    'net',
    'io',
    'android',
    'kotlin',
    'sun',
    'edu',
    'de',
]);
/** A pathlib path: `base / name` joins paths. */
const KIND_PATH = 'lib:Path';
/** Markup ending where a URL attribute's value starts: HTML encoding does not stop `javascript:` there. */
const URL_ATTRIBUTE_OPENING = /\b(href|src|action|formaction|xlink:href|data)\s*=\s*["']?$/i;
/** Calls that return their receiver, so `sb.append(a).append(b)` updates `sb`. */
const FLUENT_UPDATES = new Set([
    'append',
    'insert',
    'add',
    'put',
    'set',
    'push',
    'concat',
    'addArgument',
    'addArguments',
]);
/** The variable a fluent chain of in-place updates starts from, if any. */
function chainBase(expr) {
    let at = expr;
    while (at.kind === 'call' && at.receiver && FLUENT_UPDATES.has(at.method))
        at = at.receiver;
    return isAssignable(at) ? at : undefined;
}
function isAssignable(expr) {
    return expr.kind === 'name' || expr.kind === 'member' || expr.kind === 'index';
}
function keywordProps(keywords) {
    return keywords.size > 0 ? new Map(keywords) : undefined;
}
function lastIdentifier(expr) {
    switch (expr.kind) {
        case 'name':
            return expr.name;
        case 'member':
            return expr.property;
        case 'call':
            return expr.method;
        case 'index':
            return lastIdentifier(expr.object);
        default:
            return undefined;
    }
}
const WEB_IMPORT = /^(javax|jakarta)\.servlet|^org\.springframework\.web|^javax\.ws\.rs|^jakarta\.ws\.rs/;
function isWebModule(module) {
    return module.imports.some((entry) => WEB_IMPORT.test(entry.module));
}

;// CONCATENATED MODULE: ./src/review/analysis/program.ts
const program_CONSTRUCTOR_NAMES = new Set(['<init>', '__init__', 'constructor']);
/** The whole program indexed for call resolution: classes, methods and functions by name. */
class Program {
    modules;
    units = [];
    classes = new Map();
    functionsByName = new Map();
    moduleFunctions = new Map();
    moduleByStem = new Map();
    superclassCache = new Map();
    /** How often each name is the target of an assignment (plain or as a member), program-wide. */
    assignedNames = new Map();
    constructor(modules) {
        this.modules = modules;
        for (const module of modules)
            this.indexModule(module);
    }
    indexModule(module) {
        const firstUnit = this.units.length;
        const stem = moduleStem(module.path);
        this.moduleByStem.set(stem, [...(this.moduleByStem.get(stem) ?? []), module]);
        const functions = new Map();
        this.moduleFunctions.set(module, functions);
        for (const decl of module.classes)
            this.indexClass(decl, module);
        for (const fn of module.functions) {
            const unit = this.addUnit(fn, module, undefined, false);
            functions.set(fn.name, unit);
        }
        if (module.statements.length > 0) {
            const fn = {
                name: '<module>',
                params: [],
                annotations: [],
                isStatic: true,
                body: module.statements,
                loc: { line: 1, column: 1, endLine: module.lineCount, endColumn: 1 },
            };
            this.addUnit(fn, module, undefined, true);
        }
        for (const decl of module.classes)
            for (const field of decl.fields)
                this.countAssignments([field], true);
        for (const unit of this.units.slice(firstUnit))
            this.countAssignments(unit.fn.body, false);
    }
    indexClass(decl, module) {
        const methods = new Map();
        const fields = new Map();
        for (const field of decl.fields) {
            const name = targetName(field.target);
            if (name)
                fields.set(name, field);
        }
        const info = {
            decl,
            module,
            fields,
            methods,
            implicitFields: implicitFieldsOf(decl, module.language),
        };
        this.classes.set(decl.name, [...(this.classes.get(decl.name) ?? []), info]);
        for (const fn of decl.methods) {
            const unit = this.addUnit(fn, module, info, false);
            methods.set(fn.name, [...(methods.get(fn.name) ?? []), unit]);
        }
    }
    addUnit(fn, module, cls, isModuleCode) {
        const first = fn.params[0]?.name;
        const selfOffset = module.language === 'python' && cls && !fn.isStatic && (first === 'self' || first === 'cls') ? 1 : 0;
        const unit = { id: this.units.length, fn, cls, module, isModuleCode, selfOffset };
        this.units.push(unit);
        if (!isModuleCode)
            this.functionsByName.set(fn.name, [...(this.functionsByName.get(fn.name) ?? []), unit]);
        return unit;
    }
    countAssignments(stmts, declarations) {
        for (const stmt of stmts) {
            if (stmt.kind === 'assign') {
                const name = targetName(stmt.target);
                if (name && !(declarations && stmt.declaredType !== undefined)) {
                    this.assignedNames.set(name, (this.assignedNames.get(name) ?? 0) + 1);
                }
            }
            for (const inner of childBlocks(stmt))
                this.countAssignments(inner, false);
        }
    }
    /** How many assignments program-wide target this name (fields' own initialisers excluded). */
    assignmentsTo(name) {
        return this.assignedNames.get(name) ?? 0;
    }
    classNamed(name) {
        return this.classes.get(simpleName(name))?.[0];
    }
    isUserClass(name) {
        return name !== undefined && this.classes.has(simpleName(name));
    }
    /** The class and its superclasses found in the program, nearest first. */
    *lineage(cls) {
        const seen = new Set();
        for (let at = cls; at && !seen.has(at);) {
            seen.add(at);
            yield at;
            at = at.decl.superclass ? this.classNamed(at.decl.superclass) : undefined;
        }
    }
    /** The superclass names of a class of the program, nearest first (the last may be a library class); undefined for other names. */
    superclassesOf(className) {
        if (this.superclassCache.has(className))
            return this.superclassCache.get(className);
        const cls = this.classNamed(className);
        const names = cls
            ? [...this.lineage(cls)].flatMap((at) => (at.decl.superclass ? [at.decl.superclass] : []))
            : undefined;
        this.superclassCache.set(className, names);
        return names;
    }
    /** The field declaration a class (or a superclass) has for `name`, with its class. */
    fieldOf(cls, name) {
        for (const at of this.lineage(cls)) {
            const decl = at.fields.get(name);
            if (decl)
                return { cls: at, decl };
        }
        for (const at of this.lineage(cls))
            if (at.implicitFields.has(name))
                return { cls: at };
        return undefined;
    }
    /** Methods named `method` taking `arity` arguments, in the class or its nearest superclass. */
    methodsOf(cls, method, arity) {
        for (const at of this.lineage(cls)) {
            const candidates = at.methods.get(method);
            if (candidates) {
                const fitting = candidates.filter((unit) => takesArity(unit, arity));
                if (fitting.length > 0)
                    return fitting;
                if (candidates.length === 1)
                    return candidates;
            }
        }
        return [];
    }
    constructorsOf(cls, arity) {
        for (const name of program_CONSTRUCTOR_NAMES) {
            const found = this.methodsOf(cls, name, arity);
            if (found.length > 0)
                return found;
        }
        return [];
    }
    /** Implementations of an abstract or interface method: every non-empty method of that name and arity. */
    implementationsOf(method, arity) {
        return (this.functionsByName.get(method) ?? []).filter((unit) => unit.cls && unit.fn.body.length > 0 && takesArity(unit, arity));
    }
    /** The one function or method in the whole program with this name and arity, if there is exactly one. */
    uniqueByName(method, arity, topLevelOnly) {
        const candidates = (this.functionsByName.get(method) ?? []).filter((unit) => takesArity(unit, arity) && (!topLevelOnly || !unit.cls) && unit.fn.body.length > 0);
        return candidates.length === 1 ? candidates[0] : undefined;
    }
    moduleFunction(module, name) {
        return this.moduleFunctions.get(module)?.get(name);
    }
    /** The program's module an import names (`helpers`, `./util`, `app.services.files`), if any. */
    moduleForImport(imported, language) {
        const stem = imported
            .split(/[./\\]/)
            .filter(Boolean)
            .pop();
        if (!stem)
            return undefined;
        return this.moduleByStem.get(stem)?.find((module) => sameFamily(module.language, language));
    }
}
function sameFamily(a, b) {
    const family = (language) => (language === 'typescript' ? 'javascript' : language);
    return family(a) === family(b);
}
function takesArity(unit, arity) {
    const params = unit.fn.params.length - unit.selfOffset;
    if (unit.module.language === 'java')
        return params === arity;
    return arity <= params || unit.fn.params.some((param) => param.name.startsWith('*'));
}
function simpleName(name) {
    const dot = name.lastIndexOf('.');
    return dot >= 0 ? name.slice(dot + 1) : name;
}
function moduleStem(path) {
    const file = path.split(/[/\\]/).pop() ?? path;
    const stem = file.replace(/\.[^.]+$/, '');
    if (stem === '__init__' || stem === 'index')
        return path.split(/[/\\]/).slice(-2, -1)[0] ?? stem;
    return stem;
}
function targetName(target) {
    if (target.kind === 'name')
        return target.name;
    if (target.kind === 'member')
        return target.property;
    return undefined;
}
function childBlocks(stmt) {
    switch (stmt.kind) {
        case 'if':
            return [stmt.then, stmt.otherwise];
        case 'loop':
        case 'block':
            return [stmt.body];
        case 'try':
            return [stmt.body, ...stmt.handlers.map((handler) => handler.body), stmt.finally];
        default:
            return [];
    }
}
/**
 * Java fields declared without a value are not in the IR; a class's methods reveal them: names
 * assigned as `this.name = ...`, or assigned plainly in a method that neither declares them nor
 * takes them as a parameter.
 */
function implicitFieldsOf(decl, language) {
    const names = new Set();
    for (const method of decl.methods) {
        const locals = new Set(method.params.map((param) => param.name));
        const plain = [];
        const visit = (stmts) => {
            for (const stmt of stmts) {
                if (stmt.kind === 'assign') {
                    const target = stmt.target;
                    if (target.kind === 'member' &&
                        target.object.kind === 'name' &&
                        (target.object.name === 'this' || target.object.name === 'self')) {
                        names.add(target.property);
                    }
                    else if (target.kind === 'name') {
                        if (stmt.declaredType !== undefined)
                            locals.add(target.name);
                        else
                            plain.push(target.name);
                    }
                }
                else if (stmt.kind === 'loop' && stmt.variable?.kind === 'name')
                    locals.add(stmt.variable.name);
                for (const inner of childBlocks(stmt))
                    visit(inner);
            }
        };
        visit(method.body);
        if (language === 'java')
            for (const name of plain)
                if (!locals.has(name))
                    names.add(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/review/analysis/summary.ts

const EMPTY_SUMMARY = {
    returns: CLEAN,
    sinks: [],
    fieldWrites: new Map(),
    ensures: new Map(),
    validates: new Map(),
};
/**
 * The callee's `param` taint `formal` seen at a call: each taint the caller passed for that
 * parameter, continued by the callee's flow from the parameter (`formal.trail`).
 */
function substituteTaint(formal, actualOf, callStep) {
    const actual = actualOf(formal.param ?? 0, formal.field);
    const calleeSteps = trailSteps(formal.trail);
    return values_deepTaints(actual).map((taint) => continueTaint(taint, formal.clean, callStep, calleeSteps));
}
function continueTaint(taint, clean, callStep, steps) {
    const merged = taint.clean | clean;
    const trail = appendSteps(extendTrail(taint.trail, callStep), steps);
    const key = merged === taint.clean
        ? taint.key
        : taintKey(taint.label, taint.origin, merged, taint.param, taint.field);
    return { ...taint, clean: merged, trail, key };
}
/** A callee's value (return value, field written) with its parameter taints replaced by the caller's data. */
function substituteValue(value, actualOf, callStep, depth = 0) {
    let taints = [];
    for (const taint of value.taints) {
        taints = values_unionTaints(taints, taint.label === 'param' ? substituteTaint(taint, actualOf, callStep) : [taint]);
    }
    const hasParams = value.taints.some((taint) => taint.label === 'param');
    if (depth > 3 || (!value.props && !value.rest))
        return hasParams ? { ...value, taints } : value;
    const props = value.props
        ? new Map([...value.props].map(([key, inner]) => [key, substituteValue(inner, actualOf, callStep, depth + 1)]))
        : undefined;
    const rest = value.rest ? substituteValue(value.rest, actualOf, callStep, depth + 1) : undefined;
    return { ...value, taints, props, rest };
}
/** Fields a receiver holds after a call that wrote `writes`, keeping its other contents. */
function receiverAfterWrites(receiver, writes) {
    if (writes.size === 0)
        return receiver;
    const props = new Map(receiver.props ?? []);
    for (const [field, value] of writes)
        props.set(field, props.has(field) ? join(props.get(field), value) : value);
    return { ...receiver, props };
}
/** The value of `this.field` when a callee reads it: the receiver's known field, else the receiver's taints. */
function fieldOfReceiver(receiver, field) {
    return field === undefined ? receiver : readProp(receiver, field);
}

;// CONCATENATED MODULE: ./src/review/analysis/interpreter.ts








const MAX_LOOP_ROUNDS = 4;
const MAX_SINK_ENTRIES = 96;
const MAX_FINDINGS = 256;
/** A nested function's own parameters are numbered from here, per nesting level. */
const NESTED_PARAM_BASE = 1000;
/** Calls whose result holds what their callback returns for each element (`Optional`, `Mono`, streams, arrays). */
const MAPPING_METHODS = new Set(['map', 'flatMap', 'mapNotNull', 'concatMap', 'flatMapMany']);
const COLLECTION_CALLBACK_METHODS = new Set([
    'forEach',
    'map',
    'filter',
    'flatMap',
    'anyMatch',
    'allMatch',
    'noneMatch',
    'ifPresent',
    'computeIfAbsent',
    'reduce',
    'some',
    'every',
    'find',
    'then',
    'mapNotNull',
    'concatMap',
    'flatMapMany',
    'doOnNext',
    'subscribe',
    'ifPresentOrElse',
]);
/** Runs one function body over abstract values, collecting its summary and the findings inside it. */
class Interpreter {
    host;
    unit;
    options;
    fn;
    program;
    module;
    cls;
    depth;
    paramBase;
    enclosing;
    returns = CLEAN;
    returned = false;
    sinkEntries = [];
    entryKeys = new Set();
    findings = [];
    findingKeys = new Set();
    fieldWrites = new Map();
    exitStates = [];
    validates;
    loops = [];
    locals = new Set();
    paramIndex = new Map();
    thisValue;
    webModule;
    /** A content type declared later in the fluent chain being evaluated. */
    chainContentType;
    constructor(host, unit, options = {}) {
        this.host = host;
        this.unit = unit;
        this.options = options;
        this.fn = options.fn ?? unit.fn;
        this.program = host.program;
        this.module = unit.module;
        this.cls = unit.cls;
        this.depth = options.depth ?? 0;
        this.paramBase = this.depth * NESTED_PARAM_BASE;
        this.enclosing = enclosingName(unit.isModuleCode ? undefined : unit.fn);
        this.thisValue = { taints: [], type: this.cls?.decl.name };
        this.webModule = isWebModule(this.module);
    }
    run() {
        const state = new Map();
        this.bindParameters(state);
        const end = this.execBlock(this.fn.body, state);
        if (end)
            this.exitStates.push(end);
        return {
            summary: {
                returns: this.returns,
                sinks: this.sinkEntries,
                fieldWrites: this.fieldWrites,
                ensures: this.ensures(),
                validates: this.validates ?? new Map(),
            },
            findings: this.findings,
            finalState: end,
        };
    }
    /** Evaluates one expression with no local variables (field initialisers). */
    evaluateAlone(expr) {
        return this.eval(expr, new Map());
    }
    // ---- parameters -------------------------------------------------------------------------
    bindParameters(state) {
        const fnName = this.fn.name;
        const isCalled = this.host.isCalled(this.unit);
        this.fn.params.forEach((param, position) => {
            const context = {
                isCalled,
                declaredKind: param.type ? libraryKindOfDeclared(param.type, this.module, true) : undefined,
                superclassesOf: (className) => this.program.superclassesOf(className),
            };
            const index = position - this.unit.selfOffset;
            if (index < 0 && this.depth === 0)
                return;
            const name = param.name.replace(/^\*+/, '');
            this.locals.add(name);
            const ownIndex = this.paramBase + index;
            this.paramIndex.set(name, ownIndex);
            const given = this.options.paramValues?.[index];
            const source = this.depth === 0
                ? paramSource(this.unit, this.fn, param, index, context)
                : this.nestedParamKind(param);
            let value;
            if (given)
                value = given;
            else if (source)
                value = source;
            else {
                const origin = {
                    path: this.module.path,
                    loc: param.loc,
                    message: `parameter ${name} of ${fnName}`,
                };
                value = { taints: [newTaint('param', origin, ownIndex)] };
            }
            if (param.type)
                value = this.withDeclaredType(value, param.type, true);
            state.set(name, value);
        });
    }
    /**
     * A JavaScript callback's framework object, by its name or type (`handler: (request, h) => ...`
     * gets hapi's toolkit); never request data, which only entry points receive.
     */
    nestedParamKind(param) {
        if (this.module.language === 'java' || this.module.language === 'python')
            return undefined;
        const known = scriptParamSource(param, { path: this.module.path, loc: param.loc });
        return known && known.taints.length === 0 ? known : undefined;
    }
    /** A Java or Python enum of the program: its values are its constants, never text an attacker chose. */
    isEnum(type) {
        return (this.program
            .superclassesOf(type)
            ?.some((base) => /(^|\.)(Enum|IntEnum|StrEnum|IntFlag|Flag)$/.test(base)) ?? false);
    }
    withDeclaredType(value, declaredType, isParameter = false) {
        let result = value;
        const cleans = typeCleans(declaredType) ?? (this.isEnum(declaredType) ? INJECTION : undefined);
        if (cleans)
            result = sanitize(result, cleans);
        if (!result.type)
            result = {
                ...result,
                type: libraryKindOfDeclared(declaredType, this.module, isParameter) ?? declaredType,
            };
        return result;
    }
    // ---- statements -------------------------------------------------------------------------
    execBlock(stmts, state) {
        let current = state;
        for (const stmt of stmts) {
            if (!current)
                return undefined;
            current = this.exec(stmt, current);
        }
        return current;
    }
    exec(stmt, state) {
        switch (stmt.kind) {
            case 'assign':
                this.execAssign(stmt, state);
                return state;
            case 'expr': {
                this.eval(stmt.expr, state);
                if (isNoReturnCall(stmt.expr, this.module))
                    return undefined;
                const asserted = assertedCondition(stmt.expr);
                return asserted ? this.refined(state, this.evalQuietly(asserted, state).guard, true) : state;
            }
            case 'if':
                return this.execIf(stmt.test, stmt.then, stmt.otherwise, state);
            case 'loop':
                return this.execLoop(stmt, state);
            case 'return':
                this.execReturn(stmt.value, stmt.loc, state);
                return undefined;
            case 'throw':
                if (stmt.value)
                    this.eval(stmt.value, state);
                return undefined;
            case 'try':
                return this.execTry(stmt, state);
            case 'break':
            case 'continue': {
                const frame = this.loops[this.loops.length - 1];
                if (frame)
                    (stmt.kind === 'break' ? frame.breaks : frame.continues).push(state);
                return undefined;
            }
            case 'block':
                return this.execBlock(stmt.body, state);
        }
    }
    execAssign(stmt, state) {
        let value = this.eval(stmt.value, state);
        if (stmt.declaredType) {
            if (stmt.target.kind === 'name')
                this.locals.add(stmt.target.name);
            value = this.withDeclaredType(value, stmt.declaredType);
        }
        else if (stmt.target.kind === 'name' && this.module.language !== 'java') {
            this.locals.add(stmt.target.name);
        }
        this.assignTo(stmt.target, value, stmt.loc, state, stmt.value);
    }
    execIf(test, then, otherwise, state) {
        const condition = this.eval(test, state);
        if (condition.hasConst)
            return this.execBlock(truthy(condition.konst ?? null) ? then : otherwise, state);
        const thenState = this.refined(state, condition.guard, true);
        const elseState = this.refined(state, condition.guard, false);
        const thenEnd = this.execBlock(then, thenState);
        const elseEnd = this.execBlock(otherwise, elseState);
        return this.joinStates([thenEnd, elseEnd]);
    }
    execLoop(loop, state) {
        const exits = [];
        let entry = state;
        const iterable = loop.iterable ? this.eval(loop.iterable, state) : undefined;
        for (let round = 0; round < MAX_LOOP_ROUNDS; round++) {
            const frame = { breaks: [], continues: [] };
            let bodyState = new Map(entry);
            if (loop.test) {
                const condition = this.eval(loop.test, bodyState);
                if (condition.hasConst && !truthy(condition.konst ?? null)) {
                    exits.push(bodyState);
                    break;
                }
                if (!condition.hasConst)
                    exits.push(this.refined(bodyState, condition.guard, false));
                bodyState = this.refined(bodyState, condition.guard, true);
            }
            else if (loop.iterable) {
                exits.push(new Map(entry));
            }
            if (loop.variable && iterable) {
                this.assignTo(loop.variable, elementsOf(iterable), loop.loc, bodyState, loop.iterable);
            }
            this.loops.push(frame);
            const end = this.execBlock(loop.body, bodyState);
            this.loops.pop();
            exits.push(...frame.breaks);
            const back = this.joinStates([entry, end, ...frame.continues]);
            if (this.sameState(back, entry))
                break;
            entry = back;
        }
        return this.joinStates(exits);
    }
    execTry(stmt, state) {
        const bodyEnd = this.execBlock(stmt.body, new Map(state));
        const handlerEntry = this.joinStates([state, bodyEnd]);
        const ends = [bodyEnd];
        for (const handler of stmt.handlers) {
            const entry = new Map(handlerEntry);
            if (handler.variable)
                entry.set(handler.variable, CLEAN);
            ends.push(this.execBlock(handler.body, entry));
        }
        const joined = this.joinStates(ends);
        if (stmt.finally.length === 0)
            return joined;
        const afterFinally = this.execBlock(stmt.finally, joined ?? new Map(handlerEntry));
        return joined ? afterFinally : undefined;
    }
    execReturn(expr, loc, state) {
        this.exitStates.push(state);
        const value = expr ? this.eval(expr, state) : CLEAN;
        this.noteValidation(value);
        const step = { path: this.module.path, loc, message: `returned from ${this.fn.name}` };
        const returned = withStep(value, step);
        this.returns = this.returned ? join(this.returns, returned) : returned;
        this.returned = true;
        if (this.depth === 0 && expr) {
            for (const use of returnSinks(this.unit, this.fn, value, expr))
                this.reportSink(use, loc, expr);
        }
    }
    noteValidation(value) {
        let proven;
        if (value.hasConst && value.konst === false)
            return;
        if (!value.hasConst && value.guard) {
            proven = new Map();
            for (const refinement of value.guard.whenTrue) {
                const index = this.paramIndex.get(refinement.key);
                if (index !== undefined)
                    proven.set(index - this.paramBase, refinement.clean);
            }
        }
        proven ??= new Map();
        if (!this.validates) {
            this.validates = proven;
            return;
        }
        for (const [index, clean] of this.validates) {
            const other = proven.get(index) ?? 0;
            if ((clean & other) === 0)
                this.validates.delete(index);
            else
                this.validates.set(index, clean & other);
        }
    }
    ensures() {
        const result = new Map();
        if (this.exitStates.length === 0)
            return result;
        for (const [name, index] of this.paramIndex) {
            let mask = -1;
            for (const state of this.exitStates) {
                const own = (state.get(name)?.taints ?? []).filter((taint) => taint.label === 'param' && taint.param === index);
                mask &= own.length === 0 ? 0 : own.reduce((acc, taint) => acc & taint.clean, -1);
            }
            if (mask > 0)
                result.set(index - this.paramBase, mask);
        }
        return result;
    }
    // ---- state ------------------------------------------------------------------------------
    refined(state, guard, when) {
        const copy = new Map(state);
        const refinements = guard ? (when ? guard.whenTrue : guard.whenFalse) : [];
        for (const refinement of refinements) {
            const current = this.readKey(refinement.key, copy) ??
                (refinement.expr ? this.eval(refinement.expr, copy) : undefined);
            if (current)
                copy.set(refinement.key, sanitize(current, refinement.clean));
        }
        return copy;
    }
    joinStates(states) {
        const live = states.filter((state) => state !== undefined);
        if (live.length === 0)
            return undefined;
        if (live.length === 1)
            return new Map(live[0]);
        const keys = new Set();
        for (const state of live)
            for (const key of state.keys())
                keys.add(key);
        const result = new Map();
        for (const key of keys) {
            let value;
            for (const state of live) {
                const here = state.get(key) ?? (key.startsWith('this.') ? this.readThisField(key.slice(5)) : undefined);
                if (here)
                    value = value ? join(value, here) : here;
            }
            if (value)
                result.set(key, value);
        }
        return result;
    }
    sameState(a, b) {
        if (a.size !== b.size)
            return false;
        for (const [key, value] of a) {
            const other = b.get(key);
            if (!other || !values_sameValue(value, other))
                return false;
        }
        return true;
    }
    readKey(key, state) {
        if (state.has(key))
            return state.get(key);
        if (key.startsWith('this.'))
            return this.readThisField(key.slice(5));
        return this.options.outer?.(key);
    }
    // ---- assignment -------------------------------------------------------------------------
    assignTo(target, value, loc, state, valueExpr) {
        const step = (name) => ({
            path: this.module.path,
            loc,
            message: `assigned to ${name}`,
        });
        switch (target.kind) {
            case 'name': {
                this.checkSecretAssignment(target.name, value, loc, valueExpr, target);
                if (this.isFieldName(target.name, state)) {
                    this.writeThisField(target.name, withStep(value, step(target.name)), state);
                }
                else {
                    state.set(target.name, withStep(value, step(target.name)));
                }
                return;
            }
            case 'member': {
                const pathKey = this.pathKeyOf(target.object, target.property);
                if (pathKey && !pathKey.startsWith('this.'))
                    state.delete(pathKey);
                const object = this.eval(target.object, state);
                for (const use of assignmentSinks(object, target.object, target.property, value, this.module))
                    this.reportResponseSink(use, loc, target, state);
                const declared = assignedContentType(object, target.property, value);
                if (declared !== undefined)
                    state.set(CONTENT_TYPE_KEY, values_constant(declared));
                this.checkSecretAssignment(target.property, value, loc, valueExpr, target);
                if (this.isThis(target.object)) {
                    this.writeThisField(target.property, withStep(value, step(`this.${target.property}`)), state);
                    return;
                }
                if (object.ref && this.program.isUserClass(object.ref)) {
                    this.host.writeField(simpleName(object.ref), target.property, concretePart(value));
                    return;
                }
                if (object.type && this.program.isUserClass(object.type)) {
                    this.host.writeField(simpleName(object.type), target.property, concretePart(value));
                }
                const updated = setProp(object, target.property, withStep(value, step(target.property)));
                this.assignTo(target.object, updated, loc, state);
                return;
            }
            case 'index': {
                const object = this.eval(target.object, state);
                const key = this.eval(target.index, state);
                const constKey = key.hasConst && key.konst !== null ? String(key.konst) : undefined;
                for (const use of assignmentSinks(object, target.object, constKey, value, this.module))
                    this.reportSink(use, loc, target);
                if (constKey !== undefined)
                    this.checkSecretAssignment(constKey, value, loc, valueExpr, target);
                const updated = constKey !== undefined ? setProp(object, constKey, value) : addRest(object, value);
                this.assignTo(target.object, updated, loc, state);
                return;
            }
            case 'array':
                target.elements.forEach((element, index) => this.assignTo(element, readProp(value, String(index)), loc, state, valueExpr));
                return;
            default:
                return;
        }
    }
    /** A predictable random value or a literal credential stored under a secret's name. */
    checkSecretAssignment(name, value, loc, valueExpr, target) {
        for (const use of secretNameSinks(name, value, valueExpr, loc))
            this.reportSink(use, loc, target);
    }
    isFieldName(name, state) {
        if (this.module.language !== 'java' || !this.cls || state.has(name) || this.locals.has(name))
            return false;
        return this.program.fieldOf(this.cls, name) !== undefined;
    }
    isThis(expr) {
        return (expr.kind === 'name' && (expr.name === 'this' || (expr.name === 'self' && this.unit.selfOffset > 0)));
    }
    writeThisField(field, value, state) {
        state.set(`this.${field}`, value);
        const owner = this.fieldOwner(field);
        if (owner)
            this.host.writeField(owner, field, concretePart(value));
        if (value.taints.some((taint) => taint.label === 'param') || value.type) {
            const previous = this.fieldWrites.get(field);
            this.fieldWrites.set(field, previous ? join(previous, value) : value);
        }
    }
    fieldOwner(field) {
        if (!this.cls)
            return undefined;
        return this.program.fieldOf(this.cls, field)?.cls.decl.name ?? this.cls.decl.name;
    }
    // ---- reading names and fields -----------------------------------------------------------
    readName(name, state) {
        if (name === 'this' || (name === 'self' && this.unit.selfOffset > 0))
            return this.thisValue;
        const local = state.get(name);
        if (local)
            return local;
        const outer = this.options.outer?.(name);
        if (outer)
            return outer;
        if (this.cls && !this.locals.has(name) && this.module.language === 'java') {
            const thisField = state.get(`this.${name}`);
            if (thisField)
                return thisField;
            if (this.program.fieldOf(this.cls, name))
                return this.readThisField(name);
        }
        if (this.module.language !== 'java' && !this.unit.isModuleCode) {
            const moduleValue = this.host.moduleScope(this.module, this.unit)?.get(name);
            if (moduleValue)
                return moduleValue;
        }
        const imported = this.module.imports.find((entry) => entry.alias === name);
        if (imported)
            return { taints: [], ref: imported.module };
        // Java has no globals: an unknown lower-case name in a class is a field declared without a value.
        if (this.module.language === 'java' &&
            this.cls &&
            /^[a-z_$]/.test(name) &&
            !JAVA_PACKAGE_ROOTS.has(name)) {
            return this.readThisField(name);
        }
        return { taints: [], ref: name };
    }
    /** `this.field` (or an implicit field): what the program wrote there, plus whatever the receiver holds. */
    readThisField(field) {
        if (!this.cls)
            return CLEAN;
        const found = this.program.fieldOf(this.cls, field);
        const base = found ? this.fieldValue(found.cls, field) : this.storedField(this.cls.decl.name, field);
        if (this.fn.isStatic || this.unit.isModuleCode || (found?.decl && this.isConstantField(found.decl, base)))
            return base;
        const origin = { path: this.module.path, loc: this.fn.loc, message: `field ${field} of this` };
        const receiverData = { taints: [newTaint('param', origin, -1, field)] };
        const declared = found?.decl?.declaredType;
        const cleaned = declared && typeCleans(declared) ? sanitize(receiverData, typeCleans(declared)) : receiverData;
        return join(base, cleaned);
    }
    storedField(owner, field) {
        return this.host.readField(owner, field, this.unit) ?? CLEAN;
    }
    /** A class's field read from outside `this`: its constant value, or what was written to it anywhere. */
    fieldValue(cls, field) {
        const decl = cls.fields.get(field);
        const initial = this.host.fieldInitial(cls, field) ?? CLEAN;
        if (decl && this.isConstantField(decl, initial))
            return initial;
        let value = join(withoutConst(initial), this.storedField(cls.decl.name, field));
        if (decl?.declaredType)
            value = this.withDeclaredType(value, decl.declaredType);
        return value;
    }
    isConstantField(decl, initial) {
        if (!initial.hasConst && !initial.regex && !initial.props)
            return false;
        if (decl.constant)
            return true;
        // A non-final field holding null or "" is a placeholder that frameworks fill in (DTOs, @Value).
        if (initial.hasConst && (initial.konst === null || initial.konst === ''))
            return false;
        const name = decl.target.kind === 'name' ? decl.target.name : undefined;
        if (!name)
            return false;
        const ownAssignments = decl.declaredType ? 0 : 1;
        return this.program.assignmentsTo(name) <= ownAssignments;
    }
    // ---- expressions ------------------------------------------------------------------------
    eval(expr, state) {
        switch (expr.kind) {
            case 'literal':
                return typeof expr.value === 'string'
                    ? { ...values_constant(expr.value, { path: this.module.path, loc: expr.loc }), type: 'String' }
                    : values_constant(expr.value);
            case 'name':
                return this.readName(expr.name, state);
            case 'member':
                return this.evalMember(expr.object, expr.property, expr.loc, state);
            case 'index':
                return this.evalIndex(expr.object, expr.index, expr.loc, state);
            case 'call':
                return this.evalCall(expr, state);
            case 'new':
                return this.evalNew(expr, state);
            case 'binary':
                return this.evalBinary(expr.operator, expr.left, expr.right, state);
            case 'unary':
                return this.evalUnary(expr.operator, expr.operand, state);
            case 'conditional':
                return this.evalConditional(expr.test, expr.then, expr.otherwise, state);
            case 'array': {
                const props = new Map();
                expr.elements.forEach((element, index) => props.set(String(index), this.eval(element, state)));
                return { taints: [], props, length: expr.elements.length, type: 'array' };
            }
            case 'object': {
                let value = { taints: [], type: 'object' };
                for (const property of expr.properties) {
                    const inner = this.eval(property.value, state);
                    if (property.key !== undefined)
                        this.checkSecretAssignment(property.key, inner, property.value.loc, property.value, property.value);
                    value = property.key === undefined ? addRest(value, inner) : setProp(value, property.key, inner);
                }
                return value;
            }
            case 'function':
                return this.evalFunction(expr, state);
            case 'unknown': {
                if (expr.syntax === 'regex')
                    return { taints: [], regex: regexLiteralText(expr.parts[0]) };
                let taints = [];
                for (const part of expr.parts)
                    taints = values_unionTaints(taints, values_deepTaints(this.eval(part, state)));
                return values_tainted(taints);
            }
        }
    }
    evalMember(objectExpr, property, loc, state) {
        if (this.isThis(objectExpr)) {
            return state.get(`this.${property}`) ?? this.readThisField(property);
        }
        const pathKey = objectExpr.kind === 'name' || objectExpr.kind === 'member'
            ? this.pathKeyOf(objectExpr, property)
            : undefined;
        if (pathKey && state.has(pathKey))
            return state.get(pathKey);
        const object = this.eval(objectExpr, state);
        if (object.ref) {
            const cls = this.program.isUserClass(object.ref) ? this.program.classNamed(object.ref) : undefined;
            if (cls && this.program.fieldOf(cls, property)) {
                const found = this.program.fieldOf(cls, property);
                return this.fieldValue(found.cls, property);
            }
        }
        const modelled = memberRead(object, objectExpr, property, { path: this.module.path, loc }, this.module);
        if (modelled)
            return modelled;
        if (object.ref) {
            const exported = this.exportedFrom(object.ref, property);
            if (exported)
                return exported;
            return { taints: [], ref: `${object.ref}.${property}` };
        }
        if (object.props?.has(property))
            return object.props.get(property);
        if (object.type && this.program.isUserClass(object.type)) {
            const cls = this.program.classNamed(object.type);
            const found = this.program.fieldOf(cls, property);
            const stored = found ? this.fieldValue(found.cls, property) : CLEAN;
            const own = found?.decl?.declaredType && typeCleans(found.decl.declaredType);
            return join(stored, own ? sanitize(values_tainted(object.taints), own) : values_tainted(object.taints));
        }
        return readProp(object, property);
    }
    /** A function or value another module of the program defines, read through an import. */
    exportedFrom(ref, name) {
        if (this.module.language === 'java')
            return undefined;
        const module = this.program.moduleForImport(ref, this.module.language);
        if (!module)
            return undefined;
        const fn = this.program.moduleFunction(module, name);
        if (fn)
            return { taints: [], closure: fn };
        const scope = this.host.moduleScope(module, this.unit);
        return (scope?.get(name) ??
            scope?.get('exports')?.props?.get(name) ??
            scope?.get('module')?.props?.get('exports')?.props?.get(name));
    }
    evalIndex(objectExpr, indexExpr, loc, state) {
        const object = this.eval(objectExpr, state);
        const index = this.eval(indexExpr, state);
        const key = index.hasConst && index.konst !== null ? String(index.konst) : undefined;
        if (key !== undefined) {
            const modelled = memberRead(object, objectExpr, key, { path: this.module.path, loc }, this.module, true);
            if (modelled)
                return modelled;
            if (object.ref) {
                const exported = this.exportedFrom(object.ref, key);
                if (exported)
                    return exported;
                // `const { exec } = require('child_process')` reads a member of the module.
                if (this.module.language !== 'python')
                    return { taints: [], ref: `${object.ref}.${key}` };
            }
        }
        let element = readProp(object, key);
        // `ALPHABET[randomIndex]`: which element is chosen depends on the index (never an injection: it is one of the elements).
        if (index.taints.length > 0)
            element = join(element, sanitize(values_tainted(index.taints), INJECTION));
        return object.type === 'String' ? { ...element, type: 'String' } : element;
    }
    evalBinary(operator, leftExpr, rightExpr, state) {
        if (operator === '&&' || operator === '||')
            return this.evalLogical(operator, leftExpr, rightExpr, state);
        const left = this.eval(leftExpr, state);
        const right = this.eval(rightExpr, state);
        if (left.hasConst && right.hasConst) {
            const folded = foldBinary(operator, left.konst ?? null, right.konst ?? null, this.module.language);
            if (folded) {
                const constAt = left.constAt ?? right.constAt;
                return typeof folded.value === 'string'
                    ? { ...values_constant(folded.value, constAt), type: 'String' }
                    : values_constant(folded.value);
            }
        }
        switch (operator) {
            case '+':
            case '%': {
                const stringy = left.type === 'String' || right.type === 'String';
                if (operator === '%' && !(this.module.language === 'python' && stringy))
                    return CLEAN;
                const inUrl = typeof left.konst === 'string' && URL_ATTRIBUTE_OPENING.test(left.konst);
                const rightData = inUrl ? unclean(right, CATEGORY.xss, CATEGORY.url) : right;
                const taints = values_unionTaints(values_deepTaints(left), values_deepTaints(rightData));
                const leading = typeof left.konst === 'string' ? left.konst + leadingText(right) : left.leading;
                return { taints, type: stringy ? 'String' : undefined, ...(leading ? { leading } : {}) };
            }
            case '==':
            case '===':
            case '!=':
            case '!==':
            case 'is':
            case 'is not':
                return this.equalityGuard(operator, leftExpr, left, rightExpr, right);
            case 'in':
            case 'not in':
                return this.membershipGuard(operator === 'not in', leftExpr, right);
            case '/':
                if (left.type === KIND_PATH)
                    return { taints: values_unionTaints(values_deepTaints(left), values_deepTaints(right)), type: KIND_PATH };
                return numberFrom(left, right);
            case '-':
            case '*':
            case '&':
            case '|':
            case '^':
            case '<<':
            case '>>':
            case '>>>':
            case '**':
            case '//':
                return numberFrom(left, right);
            case '<':
            case '<=':
            case '>':
            case '>=':
            case 'instanceof':
                return CLEAN;
            default:
                return values_tainted(values_unionTaints(values_deepTaints(left), values_deepTaints(right)));
        }
    }
    evalLogical(operator, leftExpr, rightExpr, state) {
        const left = this.eval(leftExpr, state);
        const isAnd = operator === '&&';
        if (left.hasConst && truthy(left.konst ?? null) !== isAnd)
            return left;
        const rightState = this.refined(state, left.guard, isAnd);
        const right = this.eval(rightExpr, rightState);
        if (left.hasConst)
            return right;
        if (right.hasConst && truthy(right.konst ?? null) === isAnd)
            return { ...left, hasConst: false, konst: undefined };
        const leftGuard = left.guard ?? { whenTrue: [], whenFalse: [] };
        const rightGuard = right.guard ?? { whenTrue: [], whenFalse: [] };
        const guard = isAnd
            ? {
                whenTrue: unionRefinements(leftGuard.whenTrue, rightGuard.whenTrue),
                whenFalse: intersectRefinements(leftGuard.whenFalse, rightGuard.whenFalse),
            }
            : {
                whenTrue: intersectRefinements(leftGuard.whenTrue, rightGuard.whenTrue),
                whenFalse: unionRefinements(leftGuard.whenFalse, rightGuard.whenFalse),
            };
        const taints = this.module.language === 'java' ? [] : values_unionTaints(left.taints, right.taints);
        return { taints, guard };
    }
    equalityGuard(operator, leftExpr, left, rightExpr, right) {
        const negated = operator.startsWith('!') || operator === 'is not';
        const common = commonPathCheck(leftExpr, rightExpr) ?? commonPathCheck(rightExpr, leftExpr);
        if (common)
            return this.guardValue(common.map((subject) => ({ subject, clean: CATEGORY.path, when: !negated })));
        const subject = right.hasConst && right.konst !== null
            ? leftExpr
            : left.hasConst && left.konst !== null
                ? rightExpr
                : undefined;
        if (!subject)
            return CLEAN;
        return this.guardValue([{ subject, clean: INJECTION, when: !negated }]);
    }
    membershipGuard(negated, subject, collection) {
        if (values_deepTaints(collection).length > 0 || collection.type === 'String')
            return CLEAN;
        return this.guardValue([{ subject, clean: INJECTION, when: !negated }]);
    }
    guardValue(facts) {
        const whenTrue = [];
        const whenFalse = [];
        for (const fact of facts) {
            const subject = stripHarmlessWrappers(fact.subject);
            const key = fact.key ?? this.keyOf(subject);
            if (key)
                (fact.when ? whenTrue : whenFalse).push({
                    key,
                    clean: fact.clean,
                    expr: fact.key ? undefined : subject,
                });
        }
        if (whenTrue.length === 0 && whenFalse.length === 0)
            return CLEAN;
        return { taints: [], guard: { whenTrue, whenFalse } };
    }
    /** The state key a guard refines: a variable or a field of `this`. */
    keyOf(expr) {
        if (expr.kind === 'name') {
            if (this.module.language === 'java' &&
                this.cls &&
                !this.locals.has(expr.name) &&
                this.program.fieldOf(this.cls, expr.name)) {
                return `this.${expr.name}`;
            }
            return expr.name;
        }
        if (expr.kind === 'member')
            return this.pathKeyOf(expr.object, expr.property);
        return undefined;
    }
    /** `this.f`, or a property path rooted at a variable (`req.query.sort`), for guards on properties. */
    pathKeyOf(object, property) {
        if (this.isThis(object))
            return `this.${property}`;
        if (object.kind !== 'name' && object.kind !== 'member')
            return undefined;
        const base = this.keyOf(object);
        return base && base.split('.').length < 4 ? `${base}.${property}` : undefined;
    }
    evalUnary(operator, operandExpr, state) {
        const operand = this.eval(operandExpr, state);
        if (operand.hasConst) {
            const folded = foldUnary(operator, operand.konst ?? null);
            if (folded)
                return values_constant(folded.value);
        }
        switch (operator) {
            case '!':
            case 'not':
                return operand.guard
                    ? { taints: [], guard: { whenTrue: operand.guard.whenFalse, whenFalse: operand.guard.whenTrue } }
                    : CLEAN;
            case '-':
            case '+':
            case '~':
                return sanitize(values_tainted(operand.taints), INJECTION);
            case 'typeof':
            case 'delete':
            case 'void':
                return CLEAN;
            default:
                return operand;
        }
    }
    evalConditional(testExpr, thenExpr, otherwiseExpr, state) {
        const test = this.eval(testExpr, state);
        if (test.hasConst)
            return this.eval(truthy(test.konst ?? null) ? thenExpr : otherwiseExpr, state);
        const then = this.eval(thenExpr, this.refined(state, test.guard, true));
        const otherwise = this.eval(otherwiseExpr, this.refined(state, test.guard, false));
        return join(then, otherwise);
    }
    // ---- functions as values ----------------------------------------------------------------
    evalFunction(expr, state, params) {
        const snapshot = new Map(state);
        const outer = (key) => snapshot.get(key) ?? (key.startsWith('this.') ? undefined : this.options.outer?.(key));
        const nested = new Interpreter(this.host, this.unit, {
            fn: expr.fn,
            outer: (key) => outer(key) ?? (this.locals.has(key) ? undefined : this.outerLookup(key, snapshot)),
            paramValues: params,
            depth: this.depth + 1,
        });
        const result = nested.run();
        for (const finding of result.findings)
            this.addFinding(finding);
        const own = this.paramBase + NESTED_PARAM_BASE;
        const ownEntries = [];
        for (const entry of result.summary.sinks) {
            if (entry.param >= own)
                ownEntries.push({ ...entry, param: entry.param - own });
            else
                this.addEntry(entry);
        }
        const closure = {
            fn: expr.fn,
            summary: { ...result.summary, sinks: ownEntries, returns: shiftParams(result.summary.returns, own) },
        };
        return { taints: [], closure };
    }
    outerLookup(key, snapshot) {
        if (key.startsWith('this.'))
            return snapshot.get(key) ?? this.readThisField(key.slice(5));
        return undefined;
    }
    // ---- calls ------------------------------------------------------------------------------
    evalCall(call, state) {
        if (!call.receiver && (call.method === 'super' || call.method === 'this'))
            return this.evalConstructorChain(call, state);
        const receiverExpr = call.receiver;
        const receiver = receiverExpr ? this.evalChainLink(receiverExpr, call, state) : undefined;
        const { args, keywords, argExprs, functionArgs } = this.evalArgs(call.args, state);
        const site = this.siteOf(call, call.method, false, receiverExpr, receiver, args, keywords, argExprs, state);
        this.evalCallbacks(functionArgs, site, receiver, args, state);
        const callee = this.calleeValue(call, receiver, state);
        if (callee)
            return this.applyCallable(callee, site, state);
        const units = this.resolve(call, receiver, args.length + keywords.size);
        if (units.length > 0) {
            const callee = units[0];
            const params = callee.fn.params.slice(callee.selfOffset).map((param) => param.name);
            for (const use of userCallSinks(site, callee.cls?.decl.name, params))
                this.reportSink(use, site.loc, call);
            return this.applyUnits(units, site, state, false);
        }
        const guard = this.callGuard(site, state);
        const contentType = contentTypeSet(site);
        if (contentType !== undefined)
            state.set(CONTENT_TYPE_KEY, values_constant(contentType));
        const model = modelCall(site);
        const result = model ? this.applyModel(model, site, state, guard) : this.defaultCall(site, guard);
        return this.withRelativeOf(this.filtered(call, site, this.mapped(call, site, result), state), site);
    }
    /** The receiver of `call`; a content type `call` declares (`h.response(x).type('text/plain')`) applies to it too. */
    evalChainLink(receiverExpr, call, state) {
        const declared = contentTypeWritten(call);
        if (declared === undefined)
            return this.eval(receiverExpr, state);
        const outer = this.chainContentType;
        this.chainContentType = declared;
        try {
            return this.eval(receiverExpr, state);
        }
        finally {
            this.chainContentType = outer;
        }
    }
    /**
     * Reports a sink unless it writes a response body that is not HTML: the response was declared
     * another type, or the body's kind of response is HTML only when declared so (`html: 'declared'`)
     * or when its text may start with markup (`html: 'sniffed'`, Koa).
     */
    reportResponseSink(use, loc, expr, state) {
        if (use.category === 'xss') {
            const declared = this.chainContentType ?? state.get(CONTENT_TYPE_KEY)?.konst;
            const html = typeof declared === 'string' ? isHtmlType(declared) : undefined;
            if (html === false)
                return;
            if (use.html === 'declared' && !html)
                return;
            if (use.html === 'sniffed' && !html && !mayStartWithMarkup(use.value))
                return;
        }
        this.reportSink(use, loc, expr);
    }
    /**
     * `optional.map(v -> v.trim())`, `mono.map(HtmlUtils::htmlEscape)`, `names.map((n) => escape(n))`:
     * the elements are what the callback returns for the receiver's elements (an array stays an array).
     */
    mapped(call, site, result) {
        if (!MAPPING_METHODS.has(call.method) || !site.receiver)
            return result;
        const closure = site.args[0]?.closure;
        if (closure && !('id' in closure)) {
            const elements = closure.summary.returns;
            return site.receiver.type === 'array' ? { taints: [], type: 'array', rest: elements } : elements;
        }
        const reference = call.args[0]?.value;
        if (reference?.kind !== 'unknown' || reference.syntax !== 'method_reference')
            return result;
        const [owner, method] = reference.parts;
        const clean = method?.kind === 'literal' && typeof method.value === 'string'
            ? referenceCleans(owner?.kind === 'name' ? owner.name : undefined, method.value)
            : undefined;
        return clean ? sanitize(result, clean) : result;
    }
    /** `stream.filter(ALLOWED::contains)`, `optional.filter(v -> v.matches(...))`: what passes the filter is validated. */
    filtered(call, site, result, state) {
        if (call.method !== 'filter' && call.method !== 'takeWhile')
            return result;
        const predicate = call.args[0]?.value;
        const closure = site.args[0]?.closure;
        let clean = closure && !('id' in closure) ? (closure.summary.validates.get(0) ?? 0) : 0;
        if (predicate?.kind === 'unknown' && predicate.syntax === 'method_reference' && predicate.parts[0]) {
            if (isAllowList(this.evalQuietly(predicate.parts[0], state)))
                clean = INJECTION;
        }
        return clean ? sanitize(result, clean) : result;
    }
    /** `path.relative(base, p)` / `os.path.relpath(p, base)`: remember which path the result describes. */
    withRelativeOf(result, site) {
        const isRelative = site.method === 'relative' && /(^|\.)path$/.test(site.qualifier ?? '');
        const isRelpath = site.method === 'relpath' && /(^|\.)path$/.test(site.qualifier ?? '');
        const subject = isRelative ? site.argExprs[1] : isRelpath ? site.argExprs[0] : undefined;
        const key = subject ? this.keyOf(subject) : undefined;
        return key ? { ...result, relativeOf: key } : result;
    }
    evalConstructorChain(call, state) {
        const { args, keywords, argExprs } = this.evalArgs(call.args, state);
        const target = call.method === 'super' ? this.cls?.decl.superclass : this.cls?.decl.name;
        const cls = target ? this.program.classNamed(target) : undefined;
        if (!cls)
            return CLEAN;
        const units = this.program.constructorsOf(cls, args.length);
        const site = this.siteOf(call, call.method, false, { kind: 'name', name: 'this', loc: call.loc }, this.thisValue, args, keywords, argExprs, state);
        if (units.length > 0)
            this.applyUnits(units, site, state, false);
        return CLEAN;
    }
    evalArgs(list, state) {
        const args = [];
        const argExprs = [];
        const keywords = new Map();
        const functionArgs = [];
        for (const arg of list) {
            if (arg.value.kind === 'function' && !arg.keyword) {
                functionArgs.push({ index: args.length, expr: arg.value });
                args.push(CLEAN);
                argExprs.push(arg.value);
                continue;
            }
            const value = this.eval(arg.value, state);
            if (arg.keyword)
                keywords.set(arg.keyword, value);
            else {
                args.push(arg.spread ? { ...elementsOf(value), taints: values_deepTaints(value) } : value);
                argExprs.push(arg.value);
            }
        }
        return { args, keywords, argExprs, functionArgs };
    }
    /** Lambdas and callbacks passed to a call: analysed now, with what the callee passes them. */
    evalCallbacks(functionArgs, site, receiver, args, state) {
        if (functionArgs.length === 0)
            return;
        let params = callbackParams(site);
        if (!params && receiver && COLLECTION_CALLBACK_METHODS.has(site.method)) {
            // An Optional or Mono of a library object (`request.session().flatMap(session -> ...)`) passes the object itself.
            const isLibraryObject = receiver.type?.startsWith('lib:') && !receiver.props && !receiver.rest;
            const element = isLibraryObject ? receiver : elementsOf(receiver);
            params = [element, element, element];
        }
        for (const { index, expr } of functionArgs)
            args[index] = this.evalFunction(expr, state, params);
    }
    siteOf(expr, method, isNew, receiverExpr, receiver, args, keywords, argExprs, state) {
        let qualifier = receiver?.ref;
        let calledMethod = method;
        if (!receiverExpr && !isNew) {
            const local = state.get(method) ?? this.options.outer?.(method) ?? this.moduleValue(method);
            qualifier = local?.ref ?? this.module.imports.find((entry) => entry.alias === method)?.module;
            // A variable holding a library function (`const run = promisify(exec)`) calls that function.
            if (local?.ref && !local.ref.startsWith('lib:'))
                calledMethod = local.ref.split('.').pop() ?? method;
        }
        return {
            language: this.module.language,
            path: this.module.path,
            loc: expr.loc,
            expr,
            method: calledMethod,
            isNew,
            receiverExpr,
            receiver,
            receiverType: receiver?.type,
            qualifier,
            receiverName: receiverExpr ? lastIdentifier(receiverExpr) : undefined,
            args,
            argExprs,
            keywords,
            imports: this.module.imports,
            webModule: this.webModule,
        };
    }
    moduleValue(name) {
        if (this.module.language === 'java' || this.unit.isModuleCode)
            return undefined;
        return this.host.moduleScope(this.module, this.unit)?.get(name);
    }
    /** A plain call of a variable holding a function (`const f = x => ...; f(t)`), or of an imported function. */
    calleeValue(call, receiver, state) {
        if (call.receiver) {
            if (receiver?.ref && this.module.language !== 'java') {
                const exported = this.exportedFrom(receiver.ref, call.method);
                if (exported?.closure)
                    return exported;
            }
            const member = receiver?.props?.get(call.method);
            return member?.closure ? member : undefined;
        }
        const value = state.get(call.method) ?? this.options.outer?.(call.method);
        if (value?.closure)
            return value;
        if (this.module.language === 'java')
            return undefined;
        if (!state.has(call.method) && !this.unit.isModuleCode) {
            const moduleValue = this.host.moduleScope(this.module, this.unit)?.get(call.method);
            if (moduleValue?.closure)
                return moduleValue;
        }
        const imported = this.module.imports.find((entry) => entry.alias === call.method);
        if (imported) {
            const segments = imported.module.split('.');
            const name = segments.pop();
            return (this.exportedFrom(segments.join('.') || imported.module, name) ??
                this.exportedFrom(imported.module, call.method));
        }
        return undefined;
    }
    applyCallable(callee, site, state) {
        const target = callee.closure;
        if ('id' in target)
            return this.applyUnits([target], site, state, false);
        return this.applySummary(target.summary, target.fn, 0, site, state);
    }
    /** The program's functions a call may run: by receiver class, by module, or by a unique name. */
    resolve(call, receiver, arity) {
        const method = call.method;
        const program = this.program;
        if (!call.receiver) {
            if (this.module.language === 'java') {
                const own = this.cls ? program.methodsOf(this.cls, method, arity) : [];
                if (own.length > 0)
                    return own;
                const unique = program.uniqueByName(method, arity, false);
                return unique && unique.fn.isStatic ? [unique] : [];
            }
            const local = program.moduleFunction(this.module, method);
            if (local)
                return [local];
            const cls = program.classNamed(method);
            if (cls && this.module.language === 'python')
                return [];
            const unique = program.uniqueByName(method, arity, true);
            return unique ? [unique] : [];
        }
        const receiverExpr = call.receiver;
        if (receiverExpr.kind === 'name' && receiverExpr.name === 'super' && this.cls?.decl.superclass) {
            const parent = program.classNamed(this.cls.decl.superclass);
            return parent ? program.methodsOf(parent, method, arity) : [];
        }
        if (this.isThis(receiverExpr) && this.cls)
            return program.methodsOf(this.cls, method, arity);
        if (receiver?.ref && program.isUserClass(receiver.ref)) {
            return program.methodsOf(program.classNamed(receiver.ref), method, arity);
        }
        if (receiver?.type && program.isUserClass(receiver.type)) {
            const found = program.methodsOf(program.classNamed(receiver.type), method, arity);
            if (found.length > 0 && found.every((unit) => unit.fn.body.length > 0))
                return found;
            const implementations = program.implementationsOf(method, arity);
            return implementations.length > 0 && implementations.length <= 4 ? implementations : found;
        }
        if (receiver?.type || receiver?.ref || isKnownLibraryMethod(method))
            return [];
        const unique = program.uniqueByName(method, arity, false);
        return unique && unique.cls ? [unique] : [];
    }
    applyUnits(units, site, state, isNew) {
        let result;
        for (const unit of units) {
            const summary = this.host.summaryOf(unit, this.unit);
            const value = this.applySummary(summary, unit.fn, unit.selfOffset, site, state, isNew ? unit : undefined);
            result = result ? join(result, value) : value;
        }
        return result ?? CLEAN;
    }
    /** A call of a summarised function: its return value, the sinks it reaches, the fields it writes. */
    applySummary(summary, fn, selfOffset, site, state, constructed) {
        const params = fn.params.slice(selfOffset).map((param) => param.name.replace(/^\*+/, ''));
        const receiverIsThis = !site.receiverExpr || this.isThis(site.receiverExpr);
        const actualOf = (param, field) => {
            if (param < 0) {
                if (constructed)
                    return CLEAN;
                if (receiverIsThis && site.method !== 'super')
                    return field === undefined
                        ? this.thisValue
                        : (state.get(`this.${field}`) ?? this.readThisField(field));
                return site.receiver ? fieldOfReceiver(site.receiver, field) : CLEAN;
            }
            const keyword = params[param] !== undefined ? site.keywords.get(params[param]) : undefined;
            return keyword ?? site.args[param] ?? CLEAN;
        };
        const callStep = {
            path: this.module.path,
            loc: site.loc,
            message: `passed to ${fn.name === '<init>' || fn.name === '__init__' || fn.name === 'constructor' ? `new ${fn.className ?? fn.name}` : fn.name}(${params.join(', ')})`,
        };
        for (const entry of summary.sinks)
            this.reportEntry(entry, actualOf, callStep);
        const writes = new Map();
        for (const [field, value] of summary.fieldWrites)
            writes.set(field, substituteValue(value, actualOf, callStep));
        this.applyFieldWrites(writes, site, state, constructed);
        this.applyEnsures(summary.ensures, site, state);
        let result = substituteValue(summary.returns, actualOf, callStep);
        if (constructed) {
            result = receiverAfterWrites({ taints: [], type: constructed.cls?.decl.name }, writes);
        }
        if (summary.validates.size > 0) {
            const facts = [];
            for (const [param, clean] of summary.validates) {
                const subject = site.argExprs[param];
                if (subject)
                    facts.push({ subject, clean, when: true });
            }
            const guard = this.guardValue(facts).guard;
            if (guard)
                result = { ...result, guard };
        }
        return result;
    }
    applyFieldWrites(writes, site, state, constructed) {
        if (writes.size === 0 || constructed)
            return;
        const receiverIsThis = !site.receiverExpr || this.isThis(site.receiverExpr);
        if (receiverIsThis) {
            for (const [field, value] of writes)
                this.writeThisField(field, value, state);
            return;
        }
        const owner = site.receiver?.type;
        if (owner && this.program.isUserClass(owner)) {
            for (const [field, value] of writes)
                this.host.writeField(simpleName(owner), field, concretePart(value));
        }
        if (site.receiverExpr && site.receiver && isAssignable(site.receiverExpr)) {
            this.assignQuietly(site.receiverExpr, receiverAfterWrites(site.receiver, writes), site.loc, state);
        }
    }
    applyEnsures(ensures, site, state) {
        for (const [param, clean] of ensures) {
            const subject = site.argExprs[param];
            const key = subject ? this.keyOf(stripHarmlessWrappers(subject)) : undefined;
            const current = key ? this.readKey(key, state) : undefined;
            if (key && current)
                state.set(key, sanitize(current, clean));
        }
    }
    evalNew(expr, state) {
        const { args, keywords, argExprs, functionArgs } = this.evalArgs(expr.args, state);
        const type = simpleName(expr.type);
        const site = this.siteOf(expr, type, true, undefined, undefined, args, keywords, argExprs, state);
        for (const { index, expr: fnExpr } of functionArgs)
            args[index] = this.evalFunction(fnExpr, state);
        const cls = this.program.classNamed(type);
        if (cls) {
            const constructors = this.program.constructorsOf(cls, args.length + keywords.size);
            if (constructors.length > 0)
                return this.applyUnits(constructors, site, state, true);
            return { taints: [], type, props: keywordProps(keywords) };
        }
        const model = modelCall(site);
        if (model)
            return this.applyModel(model, site, state, undefined);
        return { ...this.defaultCall(site, undefined), type };
    }
    callGuard(site, state) {
        const facts = guardOfCall(site, (expr) => this.evalQuietly(expr, state));
        if (facts.length === 0)
            return undefined;
        return this.guardValue(facts).guard;
    }
    evalQuietly(expr, state) {
        return this.eval(expr, new Map(state));
    }
    applyModel(model, site, state, guard) {
        for (const use of model.sinks ?? [])
            this.reportResponseSink(use, site.loc, site.expr, state);
        const updated = model.receiver && site.receiverExpr ? chainBase(site.receiverExpr) : undefined;
        if (model.receiver && updated)
            this.assignQuietly(updated, model.receiver, site.loc, state);
        for (const [index, value] of model.outArgs ?? []) {
            const argExpr = site.argExprs[index];
            if (argExpr && isAssignable(argExpr))
                this.assignQuietly(argExpr, value, site.loc, state);
        }
        let result = model.result;
        if (model.step)
            result = withStep(result, { path: this.module.path, loc: site.loc, message: model.step });
        return guard ? { ...result, guard } : result;
    }
    /** An unknown library call: its result may hold anything its receiver and arguments hold. */
    defaultCall(site, guard) {
        let taints = site.receiver ? values_deepTaints(site.receiver) : [];
        const fromArgument = (value) => {
            const inner = values_deepTaints(value);
            return KMS_TRANSPARENT.test(site.method) ? inner : inner.filter((taint) => taint.label !== 'kms');
        };
        for (const arg of site.args)
            taints = values_unionTaints(taints, fromArgument(arg));
        for (const arg of site.keywords.values())
            taints = values_unionTaints(taints, fromArgument(arg));
        // A callback's results usually make up the call's result (`Array.from(n, () => ...)`, `list.map(f)`).
        for (const arg of site.args) {
            const closure = arg.closure;
            if (closure && !('id' in closure))
                taints = values_unionTaints(taints, concretePart(closure.summary.returns).taints);
        }
        const value = values_tainted(taints);
        return guard ? { ...value, guard } : value;
    }
    /** Updates a variable (or field) in place without a flow step: builders, collections, setters. */
    assignQuietly(target, value, loc, state) {
        const name = target.kind === 'name' ? target.name : target.kind === 'member' ? target.property : undefined;
        if (name)
            for (const use of secretNameSinks(name, value, undefined, loc))
                this.reportSink(use, loc, target);
        if (target.kind === 'name' && !this.isFieldName(target.name, state) && !this.isThis(target)) {
            state.set(target.name, value);
            return;
        }
        if (this.isThis(target))
            return;
        this.assignTo(target, value, loc, state);
    }
    // ---- sinks and findings -----------------------------------------------------------------
    reportSink(use, loc, expr) {
        const ruleId = ruleOfCategory(use.category);
        const hit = {
            ruleId,
            category: use.category,
            path: this.module.path,
            loc: use.at ?? loc,
            what: use.what,
            code: shapeOf(expr),
            enclosing: this.enclosing,
        };
        const sinkStep = { path: this.module.path, loc: hit.loc, message: `reaches ${use.what}` };
        const mask = CATEGORY[use.category];
        if (use.category === 'credential') {
            this.reportLiteral(hit, use.value, []);
        }
        for (const taint of values_deepTaints(use.value)) {
            if (taint.clean & mask)
                continue;
            const trail = extendTrail(taint.trail, sinkStep, true);
            if (taint.label === 'param') {
                this.addEntry({ param: taint.param ?? 0, field: taint.field, clean: taint.clean, trail, hit });
            }
            else if (acceptsLabel(use.category, taint.label)) {
                this.addFinding({ hit, label: taint.label, origin: taint.origin, trail });
            }
        }
    }
    reportLiteral(hit, value, steps) {
        if (!value.hasConst ||
            typeof value.konst !== 'string' ||
            !value.constAt ||
            !isCredentialLiteral(value.konst))
            return;
        const origin = {
            path: value.constAt.path,
            loc: value.constAt.loc,
            message: 'hard-coded string',
        };
        let trail = { step: origin, length: 1 };
        for (const step of steps)
            trail = extendTrail(trail, step);
        trail = extendTrail(trail, { path: hit.path, loc: hit.loc, message: `reaches ${hit.what}` }, true);
        this.addFinding({ hit, label: 'local', origin, trail });
    }
    reportEntry(entry, actualOf, callStep) {
        const actual = actualOf(entry.param, entry.field);
        const steps = trailSteps(entry.trail);
        if (entry.hit.category === 'credential')
            this.reportLiteral(entry.hit, actual, [callStep, ...steps.slice(0, -1)]);
        const mask = CATEGORY[entry.hit.category];
        for (const taint of values_deepTaints(actual)) {
            if ((taint.clean | entry.clean) & mask)
                continue;
            const continued = continueTaint(taint, entry.clean, callStep, steps);
            if (taint.label === 'param') {
                this.addEntry({
                    param: taint.param ?? 0,
                    field: taint.field,
                    clean: continued.clean,
                    trail: continued.trail,
                    hit: entry.hit,
                });
            }
            else if (acceptsLabel(entry.hit.category, taint.label)) {
                this.addFinding({ hit: entry.hit, label: taint.label, origin: taint.origin, trail: continued.trail });
            }
        }
    }
    addEntry(entry) {
        const key = `${entry.hit.ruleId}|${entry.hit.path}:${entry.hit.loc.line}:${entry.hit.loc.column}|${entry.param}.${entry.field ?? ''}|${entry.clean}`;
        if (this.entryKeys.has(key) || this.sinkEntries.length >= MAX_SINK_ENTRIES)
            return;
        this.entryKeys.add(key);
        this.sinkEntries.push(entry);
    }
    addFinding(finding) {
        const at = finding.hit.ruleId === 'insecure-random' ? finding.origin : finding.hit;
        const key = `${finding.hit.ruleId}|${at.path}:${at.loc.line}:${at.loc.column}|${finding.hit.loc.line}`;
        if (this.findingKeys.has(key) || this.findings.length >= MAX_FINDINGS)
            return;
        this.findingKeys.add(key);
        this.findings.push(finding);
    }
}
/** Whether a string body may start with markup: its known beginning does, or its beginning is not known. */
function mayStartWithMarkup(value) {
    const start = value.hasConst && typeof value.konst === 'string' ? value.konst : value.leading;
    return start === undefined || /^\s*(<|$)/.test(start);
}
/** The constant text a value starts with, as far as known. */
function leadingText(value) {
    return value.hasConst && value.konst !== null ? String(value.konst) : (value.leading ?? '');
}

;// CONCATENATED MODULE: ./src/review/analysis/engine.ts




/** How often one function may be re-analysed before its summary is taken as final (recursion, field cycles). */
const MAX_ANALYSES_PER_UNIT = 6;
/** Candidate callees per name considered when ordering the analysis. */
const MAX_ORDER_CANDIDATES = 8;
/**
 * The whole-program analysis: every function is analysed with the current summaries of the
 * functions it calls, callees first; when a summary, a field or a module's variables change,
 * the functions that used them are analysed again, until nothing changes (or the cap is hit).
 */
class Engine {
    program;
    summaries = new Map();
    results = new Map();
    dependents = new Map();
    fieldReaders = new Map();
    fieldStore = new Map();
    moduleScopes = new Map();
    moduleReaders = new Map();
    analyses = new Map();
    fieldInitials = new Map();
    calledNames = new Set();
    queue;
    initializerUnits = new Map();
    constructor(modules) {
        this.program = new Program(modules);
        const ranks = analysisOrder(this.program, this.calledNames);
        this.queue = new WorkQueue(ranks);
    }
    run() {
        for (const unit of this.program.units)
            this.queue.push(unit.id);
        for (let id = this.queue.pop(); id !== undefined; id = this.queue.pop())
            this.analyse(this.program.units[id]);
        const findings = [];
        for (const unit of this.program.units)
            findings.push(...(this.results.get(unit.id)?.findings ?? []));
        return findings;
    }
    analyse(unit) {
        const count = (this.analyses.get(unit.id) ?? 0) + 1;
        if (count > MAX_ANALYSES_PER_UNIT)
            return;
        this.analyses.set(unit.id, count);
        const result = new Interpreter(this, unit).run();
        this.results.set(unit.id, result);
        const previous = this.summaries.get(unit.id);
        this.summaries.set(unit.id, result.summary);
        if (!previous || !sameSummary(previous, result.summary))
            this.requeue(this.dependents.get(unit.id));
        if (unit.isModuleCode && result.finalState) {
            const before = this.moduleScopes.get(unit.module);
            this.moduleScopes.set(unit.module, result.finalState);
            if (!before || !sameScope(before, result.finalState))
                this.requeue(this.moduleReaders.get(unit.module));
        }
    }
    requeue(ids) {
        for (const id of ids ?? [])
            if (id >= 0)
                this.queue.push(id);
    }
    summaryOf(unit, reader) {
        addTo(this.dependents, unit.id, reader.id);
        return this.summaries.get(unit.id) ?? EMPTY_SUMMARY;
    }
    readField(owner, field, reader) {
        const key = `${owner}.${field}`;
        addTo(this.fieldReaders, key, reader.id);
        return this.fieldStore.get(key);
    }
    writeField(owner, field, value) {
        if (value.taints.length === 0 && !value.rest && !value.type)
            return;
        const key = `${owner}.${field}`;
        const before = this.fieldStore.get(key);
        const after = before ? join(before, value) : value;
        if (before && values_sameValue(before, after))
            return;
        this.fieldStore.set(key, after);
        this.requeue(this.fieldReaders.get(key));
    }
    moduleScope(module, reader) {
        addTo(this.moduleReaders, module, reader.id);
        return this.moduleScopes.get(module);
    }
    fieldInitial(cls, field) {
        const key = `${cls.decl.name}.${field}@${cls.module.path}`;
        const known = this.fieldInitials.get(key);
        if (known === 'pending')
            return undefined;
        if (known)
            return known;
        const decl = cls.fields.get(field);
        if (!decl)
            return undefined;
        this.fieldInitials.set(key, 'pending');
        const value = new Interpreter(this, this.initializerOf(cls)).evaluateAlone(decl.value);
        this.fieldInitials.set(key, value);
        return value;
    }
    /** A stand-in function for evaluating a class's field initialisers (never queued: id -1). */
    initializerOf(cls) {
        let unit = this.initializerUnits.get(cls);
        if (!unit) {
            const fn = {
                name: '<clinit>',
                className: cls.decl.name,
                params: [],
                annotations: [],
                isStatic: true,
                body: [],
                loc: cls.decl.loc,
            };
            unit = { id: -1, fn, cls, module: cls.module, isModuleCode: false, selfOffset: 0 };
            this.initializerUnits.set(cls, unit);
        }
        return unit;
    }
    isCalled(unit) {
        return this.calledNames.has(unit.fn.name);
    }
}
function addTo(map, key, id) {
    let set = map.get(key);
    if (!set) {
        set = new Set();
        map.set(key, set);
    }
    set.add(id);
}
function sameSummary(a, b) {
    if (!values_sameValue(a.returns, b.returns) || a.sinks.length !== b.sinks.length)
        return false;
    const entryKey = (entry) => `${entry.hit.ruleId}|${entry.hit.path}:${entry.hit.loc.line}:${entry.hit.loc.column}|${entry.param}.${entry.field ?? ''}|${entry.clean}`;
    const keys = new Set(a.sinks.map(entryKey));
    if (!b.sinks.every((entry) => keys.has(entryKey(entry))))
        return false;
    if (a.fieldWrites.size !== b.fieldWrites.size)
        return false;
    for (const [field, value] of a.fieldWrites) {
        const other = b.fieldWrites.get(field);
        if (!other || !values_sameValue(value, other))
            return false;
    }
    return sameMap(a.ensures, b.ensures) && sameMap(a.validates, b.validates);
}
function sameMap(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, value] of a)
        if (b.get(key) !== value)
            return false;
    return true;
}
function sameScope(a, b) {
    if (a.size !== b.size)
        return false;
    for (const [key, value] of a) {
        const other = b.get(key);
        if (!other || !values_sameValue(value, other))
            return false;
    }
    return true;
}
/** A queue that always hands out the pending function with the lowest rank (callees before callers). */
class WorkQueue {
    ranks;
    heap = [];
    queued = new Set();
    constructor(ranks) {
        this.ranks = ranks;
    }
    push(id) {
        if (this.queued.has(id))
            return;
        this.queued.add(id);
        const heap = this.heap;
        heap.push(id);
        for (let at = heap.length - 1; at > 0;) {
            const parent = (at - 1) >> 1;
            if (this.rank(heap[parent]) <= this.rank(heap[at]))
                break;
            [heap[parent], heap[at]] = [heap[at], heap[parent]];
            at = parent;
        }
    }
    pop() {
        const heap = this.heap;
        if (heap.length === 0)
            return undefined;
        const top = heap[0];
        const last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            for (let at = 0;;) {
                const left = at * 2 + 1;
                const right = left + 1;
                let smallest = at;
                if (left < heap.length && this.rank(heap[left]) < this.rank(heap[smallest]))
                    smallest = left;
                if (right < heap.length && this.rank(heap[right]) < this.rank(heap[smallest]))
                    smallest = right;
                if (smallest === at)
                    break;
                [heap[smallest], heap[at]] = [heap[at], heap[smallest]];
                at = smallest;
            }
        }
        this.queued.delete(top);
        return top;
    }
    rank(id) {
        return this.ranks[id] ?? 0;
    }
}
/**
 * The order functions are first analysed in: module top-level code first (it defines what the
 * functions read), then functions bottom-up over a call graph approximated by method names
 * (strongly connected components in reverse topological order, Tarjan's algorithm). Also
 * collects every called name, which tells entry points from helpers.
 */
function analysisOrder(program, calledNames) {
    const byName = new Map();
    for (const unit of program.units) {
        if (unit.isModuleCode)
            continue;
        const list = byName.get(unit.fn.name) ?? [];
        if (list.length < MAX_ORDER_CANDIDATES)
            list.push(unit.id);
        byName.set(unit.fn.name, list);
    }
    const edges = program.units.map((unit) => {
        const callees = new Set();
        collectCalls(unit.fn.body, (name) => {
            calledNames.add(name);
            for (const id of byName.get(name) ?? [])
                if (id !== unit.id)
                    callees.add(id);
        });
        return [...callees];
    });
    const order = tarjanPostOrder(edges);
    const ranks = new Array(program.units.length).fill(0);
    let next = 0;
    for (const unit of program.units)
        if (unit.isModuleCode)
            ranks[unit.id] = next++;
    for (const id of order)
        if (!program.units[id].isModuleCode)
            ranks[id] = next++;
    return ranks;
}
function tarjanPostOrder(edges) {
    const count = edges.length;
    const index = new Array(count).fill(-1);
    const low = new Array(count).fill(0);
    const onStack = new Array(count).fill(false);
    const stack = [];
    const order = [];
    let counter = 0;
    for (let root = 0; root < count; root++) {
        if (index[root] !== -1)
            continue;
        const work = [[root, 0]];
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const [node, edge] = frame;
            if (edge === 0 && index[node] === -1) {
                index[node] = low[node] = counter++;
                stack.push(node);
                onStack[node] = true;
            }
            const targets = edges[node];
            if (edge < targets.length) {
                frame[1]++;
                const target = targets[edge];
                if (index[target] === -1)
                    work.push([target, 0]);
                else if (onStack[target])
                    low[node] = Math.min(low[node], index[target]);
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low[parent[0]] = Math.min(low[parent[0]], low[node]);
            if (low[node] === index[node]) {
                for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
                    onStack[member] = false;
                    order.push(member);
                    if (member === node)
                        break;
                }
            }
        }
    }
    return order;
}
function collectCalls(stmts, visit) {
    for (const stmt of stmts) {
        switch (stmt.kind) {
            case 'assign':
                collectExprCalls(stmt.target, visit);
                collectExprCalls(stmt.value, visit);
                break;
            case 'expr':
                collectExprCalls(stmt.expr, visit);
                break;
            case 'if':
                collectExprCalls(stmt.test, visit);
                break;
            case 'loop':
                if (stmt.test)
                    collectExprCalls(stmt.test, visit);
                if (stmt.iterable)
                    collectExprCalls(stmt.iterable, visit);
                break;
            case 'return':
            case 'throw':
                if (stmt.value)
                    collectExprCalls(stmt.value, visit);
                break;
            default:
                break;
        }
        for (const block of childBlocks(stmt))
            collectCalls(block, visit);
    }
}
function collectExprCalls(expr, visit) {
    switch (expr.kind) {
        case 'call':
            visit(expr.method);
            if (expr.receiver)
                collectExprCalls(expr.receiver, visit);
            for (const arg of expr.args)
                collectExprCalls(arg.value, visit);
            return;
        case 'new':
            visit('<init>');
            visit('__init__');
            visit('constructor');
            for (const arg of expr.args)
                collectExprCalls(arg.value, visit);
            return;
        case 'member':
            collectExprCalls(expr.object, visit);
            return;
        case 'index':
            collectExprCalls(expr.object, visit);
            collectExprCalls(expr.index, visit);
            return;
        case 'binary':
            collectExprCalls(expr.left, visit);
            collectExprCalls(expr.right, visit);
            return;
        case 'unary':
            collectExprCalls(expr.operand, visit);
            return;
        case 'conditional':
            collectExprCalls(expr.test, visit);
            collectExprCalls(expr.then, visit);
            collectExprCalls(expr.otherwise, visit);
            return;
        case 'array':
            for (const element of expr.elements)
                collectExprCalls(element, visit);
            return;
        case 'object':
            for (const property of expr.properties)
                collectExprCalls(property.value, visit);
            return;
        case 'function':
            collectCalls(expr.fn.body, visit);
            return;
        case 'unknown':
            for (const part of expr.parts)
                collectExprCalls(part, visit);
            return;
        default:
            return;
    }
}

;// CONCATENATED MODULE: ./src/review/analysis/index.ts







/**
 * Reviews a whole program: the dataflow rules over every module together (so flows across
 * methods and files are followed), then the pattern detectors module by module. Pure and
 * deterministic: findings are sorted by path, line, column and rule.
 */
function analyzeProgram(modules) {
    const raw = new Engine(modules).run();
    const findings = [...dataflowFindings(raw), ...credentialFieldFindings(modules, raw)];
    for (const module of modules)
        for (const detector of PATTERN_DETECTORS)
            findings.push(...detector(module, modules));
    return deduplicate(findings).sort(compareFindings);
}
function dataflowFindings(raw) {
    return raw.filter((finding) => !isShadowedCredential(finding, raw)).map(toReviewFinding);
}
/** A literal reported under its variable's name is reported once, where it builds credentials, if it does. */
function isShadowedCredential(finding, all) {
    if (!isNameOnlyCredential(finding))
        return false;
    return all.some((other) => other !== finding && buildsCredentials(other) && sameStep(other.origin, finding.origin));
}
function isNameOnlyCredential(finding) {
    return finding.hit.ruleId === 'hardcoded-credentials' && finding.hit.what.startsWith('the credential ');
}
/**
 * Signing keys are "other hard-coded secrets": reported where the literal is named, even when a
 * signing call uses it. Credentials that build a client are reported where they build it.
 */
function buildsCredentials(finding) {
    return (finding.hit.ruleId === 'hardcoded-credentials' &&
        !isNameOnlyCredential(finding) &&
        !/^(jwt|jsonwebtoken|Algorithm)\./.test(finding.hit.what));
}
function sameStep(a, b) {
    return a.path === b.path && a.loc.line === b.loc.line && a.loc.column === b.loc.column;
}
function toReviewFinding(finding) {
    const { hit } = finding;
    const reportAtSource = hit.ruleId === 'insecure-random';
    const at = reportAtSource ? finding.origin : hit;
    const sourceWhat = finding.origin.message.replace(/ read here$/, '');
    return {
        ruleId: hit.ruleId,
        severity: ruleById(hit.ruleId)?.severity ?? 'medium',
        path: at.path,
        loc: at.loc,
        message: taintMessage(hit.category, sourceWhat, hit.what),
        flow: trailSteps(finding.trail),
        fingerprint: fingerprintOf(hit.ruleId, at.path, hit.enclosing, reportAtSource ? `${sourceWhat} -> ${hit.code}` : hit.code),
    };
}
/** Java, Python and JavaScript class fields initialised with a literal credential (`private String apiToken = "sk_live..."`). */
function credentialFieldFindings(modules, raw) {
    const findings = [];
    for (const module of modules) {
        for (const cls of module.classes) {
            for (const field of cls.fields) {
                const name = field.target.kind === 'name'
                    ? field.target.name
                    : field.target.kind === 'member'
                        ? field.target.property
                        : undefined;
                const literal = literalText(field.value);
                if (!name || literal === undefined || !isCredentialName(name) || !isCredentialLiteral(literal))
                    continue;
                const usedByCredentialSink = raw.some((finding) => buildsCredentials(finding) &&
                    finding.origin.path === module.path &&
                    finding.origin.loc.line === field.value.loc.line);
                if (usedByCredentialSink)
                    continue;
                findings.push({
                    ruleId: 'hardcoded-credentials',
                    severity: ruleById('hardcoded-credentials').severity,
                    path: module.path,
                    loc: field.loc,
                    message: `The field ${name} holds a hard-coded credential; load it from the environment or a secrets manager instead.`,
                    fingerprint: fingerprintOf('hardcoded-credentials', module.path, enclosingName({ name: '<fields>', className: cls.name }), `${name} = ${shapeOf(field.value).length} chars`),
                });
            }
        }
    }
    return findings;
}
function literalText(expr) {
    if (expr.kind === 'literal' && typeof expr.value === 'string')
        return expr.value;
    if (expr.kind === 'binary' && expr.operator === '+') {
        const left = literalText(expr.left);
        const right = literalText(expr.right);
        return left !== undefined && right !== undefined ? left + right : undefined;
    }
    if (expr.kind === 'call' && expr.receiver && ['toCharArray', 'getBytes', 'encode'].includes(expr.method))
        return literalText(expr.receiver);
    return undefined;
}
/** One finding per rule and line: several sources reaching one sink are one problem. */
function deduplicate(findings) {
    const seen = new Set();
    const result = [];
    for (const finding of [...findings].sort(compareFindings)) {
        const key = `${finding.ruleId}|${finding.path}|${finding.loc.line}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        result.push(finding);
    }
    return result;
}
function compareFindings(a, b) {
    return (compareText(a.path, b.path) ||
        a.loc.line - b.loc.line ||
        a.loc.column - b.loc.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.fingerprint, b.fingerprint));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeguru-reviewer/dist-cjs/index.js
var dist_cjs = __webpack_require__(6743);
// EXTERNAL MODULE: ./src/runtime/polling.ts
var polling = __webpack_require__(1027);
;// CONCATENATED MODULE: ./src/review/codeguru/backend.ts




/** CodeGuru has an "Info" level below Low: Rampart's lowest is low. */
const backend_SEVERITY = {
    Critical: 'critical',
    High: 'high',
    Medium: 'medium',
    Low: 'low',
    Info: 'low',
};
const DETECTOR_LIBRARY = 'https://docs.aws.amazon.com/codeguru/detector-library/';
class CodeGuruReviewError extends Error {
}
/**
 * A repository analysis by CodeGuru Reviewer, mapped onto Rampart's findings: create the review,
 * wait for it until the timeout, then read every page of recommendations.
 */
async function runCodeGuruReview(request) {
    const client = (0,client_factory/* createAwsClient */.G)(dist_cjs.CodeGuruReviewerClient, { region: request.region });
    const created = await client.send(new dist_cjs.CreateCodeReviewCommand({
        Name: request.name,
        RepositoryAssociationArn: request.associationArn,
        ClientRequestToken: request.name,
        Type: {
            RepositoryAnalysis: { RepositoryHead: { BranchName: request.branch } },
            AnalysisTypes: ['Security', 'CodeQuality'],
        },
    }));
    const codeReviewArn = created.CodeReview?.CodeReviewArn;
    if (!codeReviewArn)
        throw new CodeGuruReviewError('CreateCodeReview returned no CodeReviewArn');
    await waitForCompletion(client, codeReviewArn, request);
    const summaries = [];
    for await (const page of (0,dist_cjs.paginateListRecommendations)({ client }, { CodeReviewArn: codeReviewArn })) {
        summaries.push(...(page.RecommendationSummaries ?? []));
    }
    return { codeReviewArn, ...mapRecommendations(summaries) };
}
async function waitForCompletion(client, codeReviewArn, request) {
    const lookAtReview = async () => {
        const { CodeReview: review } = await client.send(new dist_cjs.DescribeCodeReviewCommand({ CodeReviewArn: codeReviewArn }));
        if (review?.State === 'Failed' || review?.State === 'Deleting') {
            throw new CodeGuruReviewError(`CodeGuru review ${codeReviewArn} is ${review.State}: ${review.StateReason ?? 'no reason given'}`);
        }
        return review?.State === 'Completed' ? review : undefined;
    };
    try {
        return await (0,polling/* pollUntil */.g3)(lookAtReview, Date.now() + request.timeoutMs, request.polling);
    }
    catch (error) {
        if (!(error instanceof polling/* DeadlineExceededError */.Kt))
            throw error;
        throw new CodeGuruReviewError(`CodeGuru review ${codeReviewArn} did not complete within ${request.timeoutMs / 1000} s; ` +
            'raise --timeout or look at it in the CodeGuru console');
    }
}
/** CodeGuru's recommendations as Rampart findings, with one rule per CodeGuru detector. */
function mapRecommendations(summaries) {
    const rules = new Map();
    const findings = summaries.map((summary) => {
        const rule = ruleOf(summary);
        rules.set(rule.id, rule);
        return findingOf(summary, rule);
    });
    return { findings, rules: [...rules.values()] };
}
function ruleOf(summary) {
    const metadata = summary.RuleMetadata ?? {};
    // CodeGuru's own ids (`java/path-traversal@v1.0`) are kept, so its suppression files still match.
    const id = metadata.RuleId ?? `codeguru/${summary.RecommendationCategory ?? 'recommendation'}`;
    const tags = metadata.RuleTags ?? [];
    return {
        id,
        cwe: cweOf(tags),
        severity: backend_SEVERITY[summary.Severity ?? ''] ?? 'medium',
        title: metadata.RuleName ?? metadata.ShortDescription ?? id,
        description: metadata.LongDescription ?? metadata.ShortDescription ?? '',
        remediation: metadata.ShortDescription ?? '',
        fixedExample: '',
        helpUri: DETECTOR_LIBRARY,
        tags: [...tags, ...(summary.RecommendationCategory ? [summary.RecommendationCategory] : [])],
        languages: [],
        kind: 'pattern',
    };
}
const CWE_TAG = /cwe[-_ ]?(\d+)/i;
function cweOf(tags) {
    return tags.flatMap((tag) => {
        const number = CWE_TAG.exec(tag)?.[1];
        return number ? [`CWE-${number}`] : [];
    });
}
function findingOf(summary, rule) {
    const path = summary.FilePath ?? '';
    const line = summary.StartLine ?? 1;
    const message = summary.Description ?? rule.title;
    return {
        ruleId: rule.id,
        severity: rule.severity,
        path,
        loc: { line, column: 1, endLine: summary.EndLine ?? line, endColumn: 1 },
        message,
        fingerprint: fingerprintOf(rule.id, path, '', message),
    };
}

// EXTERNAL MODULE: ./src/runtime/git-path.ts
var git_path = __webpack_require__(3990);
;// CONCATENATED MODULE: ./src/review/diff.ts





/** Bytes read to decide whether an untracked file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;
/**
 * The lines added or modified on the current branch since it left `base` (e.g. `origin/main`):
 * the diff from the merge base to the working tree, so commits, staged and unstaged changes all
 * count, and so do untracked files (every line). Paths are relative to `repositoryRoot` with `/`
 * separators; renames are followed (a moved file's unchanged lines are not changed), deleted and
 * binary files are absent, and files outside `repositoryRoot` are left out.
 */
async function changedLines(repositoryRoot, base) {
    await checkWorkTree(repositoryRoot);
    const mergeBase = await mergeBaseWith(repositoryRoot, base);
    const patch = await (0,git/* git */.$)(repositoryRoot, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--unified=0',
        '--find-renames',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--ignore-submodules=all',
        mergeBase,
        '--',
    ]);
    const changed = addedLinesOfPatch(patch);
    for (const [path, lines] of await untrackedFiles(repositoryRoot))
        changed.set(path, lines);
    return changed;
}
/**
 * The findings the change is part of: reported on a changed line, or with a step of their flow on
 * one (a change that removes a check or adds a source makes an old sink vulnerable).
 */
function onChangedLines(findings, changed) {
    const isChanged = (path, line) => changed.get(path)?.has(line) ?? false;
    return findings.filter((finding) => isChanged(finding.path, finding.loc.line) ||
        (finding.flow ?? []).some((step) => isChanged(step.path, step.loc.line)));
}
async function checkWorkTree(root) {
    const inside = await (0,git/* git */.$)(root, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
    if (inside.trim() !== 'true') {
        throw new errors/* InputError */.d([
            `${root}: not a git working tree; --mode diff compares the branch with --base in git`,
        ]);
    }
}
async function mergeBaseWith(root, base) {
    if (base.startsWith('-') || base.trim() === '') {
        throw new errors/* InputError */.d([`--base "${base}" is not a branch, tag or commit`]);
    }
    const commit = await (0,git/* git */.$)(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]).catch(() => '');
    if (!commit.trim()) {
        const [, remote = 'origin', branch = base] = /^([^/]+)\/(.+)$/.exec(base) ?? [];
        throw new errors/* InputError */.d([
            `--base ${base}: no such branch or commit in ${root}; fetch it first (git fetch ${remote} ${branch}), and in GitHub Actions check out with fetch-depth: 0 (actions/checkout)`,
        ]);
    }
    const mergeBase = await (0,git/* git */.$)(root, ['merge-base', commit.trim(), 'HEAD']).catch(() => '');
    if (!mergeBase.trim()) {
        throw new errors/* InputError */.d([
            `--base ${base}: HEAD and ${base} share no history here; the clone is probably shallow: fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
        ]);
    }
    return mergeBase.trim();
}
/**
 * The new-side line numbers of every `+` line of a `--unified=0` patch, by new path. Only lines
 * inside a hunk count, so content that looks like a header (`+++ x`) is still content.
 */
function addedLinesOfPatch(patch) {
    const changed = new Map();
    let current;
    let path;
    let nextLine = 0;
    let inHunk = false;
    for (const line of patch.split('\n')) {
        if (line.startsWith('diff --git ')) {
            current = undefined;
            path = undefined;
            inHunk = false;
        }
        else if (!inHunk && line.startsWith('+++ ')) {
            // git ends the name with a tab when it holds a space, so that the line can be read back.
            const name = (0,git_path/* unquoteGitPath */.L)(line.slice(4).replace(/\t$/, ''));
            path = name === '/dev/null' ? undefined : name.replace(/^b\//, '');
        }
        else if (line.startsWith('@@ ')) {
            nextLine = Number(/^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line)?.[1] ?? 0);
            inHunk = path !== undefined;
            if (inHunk && path !== undefined && !current) {
                current = new Set();
                changed.set(path, current);
            }
        }
        else if (inHunk && current) {
            if (line.startsWith('+'))
                current.add(nextLine++);
            else if (!line.startsWith('-') && !line.startsWith('\\'))
                inHunk = false;
        }
    }
    for (const [name, lines] of changed)
        if (lines.size === 0)
            changed.delete(name);
    return changed;
}
/** Files git does not track yet (and does not ignore): every line of each text file is new. */
async function untrackedFiles(root) {
    const listing = await (0,git/* git */.$)(root, ['ls-files', '--others', '--exclude-standard', '-z']);
    const files = new Map();
    for (const path of listing.split('\0').filter(Boolean)) {
        const bytes = await (0,promises_.readFile)((0,external_node_path_.join)(root, path)).catch(() => undefined);
        if (!bytes || bytes.length === 0 || bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
            continue;
        const lineCount = bytes.toString('utf8').split('\n').length - (bytes.at(-1) === 0x0a ? 1 : 0);
        files.set(path, new Set(Array.from({ length: lineCount }, (_, index) => index + 1)));
    }
    return files;
}

;// CONCATENATED MODULE: ./src/review/languages/java-literals.ts
/** Values of Java literal tokens, and type and annotation names as the IR writes them. */
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
const SIMPLE_ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    s: ' ',
    '"': '"',
    "'": "'",
    '\\': '\\',
};
const HEX4 = /^[0-9a-fA-F]{4}$/;
/** The characters an escape sequence starting at `content[start]` (a backslash) stands for, and its length. */
function escapeAt(content, start) {
    const next = content[start + 1];
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined)
        return [simple, 2];
    if (next === 'u') {
        let digits = start + 1;
        while (content[digits] === 'u')
            digits++;
        const hex = content.slice(digits, digits + 4);
        if (HEX4.test(hex))
            return [String.fromCharCode(parseInt(hex, 16)), digits + 4 - start];
    }
    if (next >= '0' && next <= '7') {
        const longest = next <= '3' ? 3 : 2;
        let end = start + 2;
        while (end < start + 1 + longest && content[end] >= '0' && content[end] <= '7')
            end++;
        return [String.fromCharCode(parseInt(content.slice(start + 1, end), 8)), end - start];
    }
    // A backslash before a line break (text blocks) joins the lines.
    if (next === '\n')
        return ['', 2];
    if (next === '\r')
        return ['', content[start + 2] === '\n' ? 3 : 2];
    return [next ?? '\\', next === undefined ? 1 : 2];
}
/** Interprets the escape sequences (`\n`, `\"`, `\u0041`, octal `\101`...) of a string or character literal's content. */
function unescapeJava(content) {
    if (!content.includes('\\'))
        return content;
    let result = '';
    let index = 0;
    while (index < content.length) {
        const backslash = content.indexOf('\\', index);
        if (backslash < 0)
            return result + content.slice(index);
        const [value, length] = escapeAt(content, backslash);
        result += content.slice(index, backslash) + value;
        index = backslash + length;
    }
    return result;
}
function indentOf(line) {
    let width = 0;
    while (width < line.length && (line[width] === ' ' || line[width] === '\t' || line[width] === '\f'))
        width++;
    return width;
}
/**
 * A text block's value (JLS 15 §3.10.6): the content after the opening delimiter's line, without the
 * incidental indentation shared by its lines and without trailing spaces, then with escapes interpreted.
 */
function textBlockValue(raw) {
    const inner = raw.slice(3, raw.endsWith('"""') && raw.length >= 6 ? -3 : undefined);
    const lines = inner.slice(inner.indexOf('\n') + 1).split(/\r\n|\r|\n/);
    const closingLineBlank = lines[lines.length - 1].trim() === '';
    let indent = closingLineBlank ? lines[lines.length - 1].length : Infinity;
    for (const line of lines)
        if (line.trim() !== '')
            indent = Math.min(indent, indentOf(line));
    const stripped = lines.map((line) => (line.trim() === '' ? '' : line.slice(indent).trimEnd()));
    return unescapeJava(stripped.join('\n'));
}
/** The value of a string literal as written (quotes included): ordinary strings and text blocks. */
function stringValue(raw) {
    if (raw.startsWith('"""'))
        return textBlockValue(raw);
    return unescapeJava(raw.slice(1, raw.length > 1 && raw.endsWith('"') ? -1 : undefined));
}
/** The value of a character literal as written (`'a'`, `'\n'`, `'\u0041'`): a one-character string. */
function characterValue(raw) {
    return unescapeJava(raw.slice(1, -1));
}
/** The value of an integer literal: decimal, hex, octal, binary, with underscores and an `L` suffix. */
function integerValue(raw) {
    let digits = raw.replace(/_/g, '');
    const isLong = /[lL]$/.test(digits);
    if (isLong)
        digits = digits.slice(0, -1);
    const prefix = digits.slice(0, 2).toLowerCase();
    let prefixed;
    if (prefix === '0x' || prefix === '0b' || prefix === '0o')
        prefixed = digits;
    else if (digits.length > 1 && digits.startsWith('0'))
        prefixed = `0o${digits.slice(1)}`;
    else
        return Number(digits);
    let value;
    try {
        value = BigInt(prefixed);
    }
    catch {
        return Number.NaN;
    }
    // Hex, octal and binary literals are two's complement: 0xFFFFFFFF is the int -1.
    return Number(BigInt.asIntN(isLong ? 64 : 32, value));
}
function hexFloatValue(raw) {
    const match = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?\d+))?/.exec(raw);
    if (!match)
        return Number.NaN;
    const [, whole, fraction, exponent] = match;
    const mantissa = parseInt(whole + fraction || '0', 16) / 16 ** fraction.length;
    return mantissa * 2 ** Number(exponent ?? 0);
}
/** The value of a floating-point literal; `f`-suffixed literals are rounded to single precision as Java does. */
function floatValue(raw) {
    const digits = raw.replace(/_/g, '');
    const isFloat = /[fF]$/.test(digits);
    const value = /^0[xX]/.test(digits) ? hexFloatValue(digits) : parseFloat(digits.replace(/[fFdD]$/, ''));
    return isFloat ? Math.fround(value) : value;
}
/** Removes each `<...>` (nested) from a type as written. */
function withoutTypeArguments(type) {
    let depth = 0;
    let result = '';
    for (const ch of type) {
        if (ch === '<')
            depth++;
        else if (ch === '>')
            depth = Math.max(0, depth - 1);
        else if (depth === 0)
            result += ch;
    }
    return result;
}
/** Removes each annotation (`@NonNull`, `@Size(max = 3)`) from a type as written. */
function withoutAnnotations(type) {
    let result = '';
    let index = 0;
    while (index < type.length) {
        const at = type.indexOf('@', index);
        if (at < 0)
            return result + type.slice(index);
        result += type.slice(index, at);
        const name = /@\s*[\p{L}\p{N}_$.\s]*/uy;
        name.lastIndex = at;
        index = at + (name.exec(type)?.[0].length ?? 1);
        if (type[index] === '(') {
            let depth = 0;
            do {
                if (type[index] === '(')
                    depth++;
                else if (type[index] === ')')
                    depth--;
                index++;
            } while (depth > 0 && index < type.length);
        }
    }
    return result;
}
const PLAIN_TYPE = /^[\w$.]+(?:\[\])*$/;
/** A type as the IR writes it: as in the source, without type arguments, annotations, comments or spaces. */
function typeName(raw) {
    if (PLAIN_TYPE.test(raw))
        return raw;
    let type = raw.replace(COMMENTS, ' ');
    if (type.includes('@'))
        type = withoutAnnotations(type);
    if (type.includes('<'))
        type = withoutTypeArguments(type);
    return type.replace(/\s+/g, '');
}
/** An annotation's name as written, without `@`, arguments, comments or spaces (`RequestParam`, `javax.annotation.Nonnull`). */
function annotationName(raw) {
    const parenthesis = raw.indexOf('(');
    return (parenthesis < 0 ? raw : raw.slice(0, parenthesis)).replace(COMMENTS, '').replace(/[@\s]/g, '');
}
/** The text with comments removed. */
function withoutComments(text) {
    return text.includes('/') ? text.replace(COMMENTS, ' ') : text;
}

;// CONCATENATED MODULE: ./src/review/languages/syntax.ts
/** The IR location of a syntax node (tree-sitter rows and columns are 0-based). */
function locationOf(node) {
    const start = node.startPosition;
    const end = node.endPosition;
    return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
}
/** Every ERROR or MISSING node: tree-sitter recovered from them, and the review says where. */
function syntaxErrorsIn(root) {
    if (!root.hasError)
        return [];
    const errors = [];
    const visit = (node) => {
        if (node.isError || node.isMissing) {
            errors.push(locationOf(node));
            return;
        }
        if (!node.hasError)
            return;
        for (const child of node.children)
            if (child)
                visit(child);
    };
    visit(root);
    return errors;
}
/** Every comment node's first line and text. */
function commentsIn(root, commentTypes) {
    return root
        .descendantsOfType(commentTypes)
        .filter((node) => node !== null)
        .map((node) => ({ line: node.startPosition.row + 1, text: node.text }));
}

;// CONCATENATED MODULE: ./src/review/languages/java.ts


const COMMENT_TYPES = ['line_comment', 'block_comment'];
const CLASS_TYPES = new Set([
    'class_declaration',
    'interface_declaration',
    'enum_declaration',
    'record_declaration',
    'annotation_type_declaration',
]);
const BODY_TYPES = new Set(['class_body', 'interface_body', 'enum_body', 'annotation_type_body']);
/** Expressions worth keeping when tree-sitter found them inside a syntax error. */
const EFFECT_TYPES = new Set([
    'method_invocation',
    'object_creation_expression',
    'assignment_expression',
    'update_expression',
]);
const TERMINATORS = new Set([
    'break_statement',
    'continue_statement',
    'return_statement',
    'throw_statement',
    'yield_statement',
]);
/** Types written as one word. */
const SIMPLE_TYPES = new Set([
    'type_identifier',
    'integral_type',
    'floating_point_type',
    'boolean_type',
    'void_type',
]);
const NOTHING_PENDING = Object.freeze([]);
/** An identifier, keyword or integer literal: its text is the longest such run from its start. */
const java_WORD = /[\p{XID_Continue}\u00A2$]*/uy;
function lowerJava(tree, path, text) {
    return new JavaLowering(tree, text).module(path);
}
/** A deep copy, so that no IR node appears twice in the module (analyses may key maps by node). */
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (value === null || typeof value !== 'object')
        return value;
    const copy = {};
    for (const key in value)
        copy[key] = clone(value[key]);
    return copy;
}
function lineStartsOf(text) {
    const starts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
        starts.push(index + 1);
    return starts;
}
/** A literal, or a name possibly followed by fields: evaluating it twice changes nothing. */
function isPlain(expr) {
    if (expr.kind === 'member')
        return isPlain(expr.object);
    return expr.kind === 'name' || expr.kind === 'literal';
}
function unknown(syntax, parts, loc) {
    return { kind: 'unknown', syntax, parts, loc };
}
class JavaLowering {
    tree;
    text;
    types;
    lineStarts;
    classes = [];
    /** Assignments found inside the expressions of the statement being lowered, to emit before it. */
    pending = [];
    /** The innermost `break` target is a switch, not a loop. */
    inSwitch = false;
    /** The values `yield`ed by the switch expression arm being lowered. */
    yields;
    className;
    operatorField;
    constructor(tree, text) {
        this.tree = tree;
        this.text = text;
        this.types = tree.language.types;
        this.lineStarts = lineStartsOf(text);
        this.operatorField = tree.language.fieldIdForName('operator') ?? -1;
    }
    module(path) {
        const root = this.tree.rootNode;
        const imports = [];
        const functions = [];
        const statements = [];
        for (const kid of this.statementKids(root)) {
            if (kid.type === 'import_declaration')
                imports.push(this.importOf(kid.node));
            else if (kid.type === 'method_declaration')
                functions.push(this.method(kid.node, false));
            else
                this.statement(kid, statements);
        }
        const lineCount = this.lineStarts.length - (this.text.endsWith('\n') || this.text === '' ? 1 : 0);
        return {
            path,
            language: 'java',
            imports,
            classes: this.classes,
            functions,
            statements,
            comments: commentsIn(root, COMMENT_TYPES),
            syntaxErrors: syntaxErrorsIn(root),
            lineCount,
        };
    }
    // ---- syntax tree access -------------------------------------------------------------------
    typeOf(node) {
        return this.types[node.typeId] ?? 'ERROR';
    }
    /**
     * A node's named children. web-tree-sitter caches them on the node, which would keep every node
     * read so far alive through the root until lowering ends and make garbage collection a third of
     * the lowering time; each node's children are read once here, so the cache is dropped.
     */
    namedChildrenOf(node) {
        const children = node.namedChildren;
        node._namedChildren = undefined;
        return children;
    }
    /** Named children, without comments and syntax errors. */
    kids(node) {
        const result = [];
        for (const child of this.namedChildrenOf(node)) {
            if (!child)
                continue;
            const type = this.typeOf(child);
            if (type !== 'line_comment' && type !== 'block_comment' && type !== 'ERROR')
                result.push({ node: child, type });
        }
        return result;
    }
    /** Named children of a statement list; what a syntax error holds takes its place. */
    statementKids(node, into = []) {
        for (const child of this.namedChildrenOf(node)) {
            if (!child)
                continue;
            const type = this.typeOf(child);
            if (type === 'ERROR')
                this.statementKids(child, into);
            else if (type !== 'line_comment' && type !== 'block_comment')
                into.push({ node: child, type });
        }
        return into;
    }
    loc(node) {
        const start = node.startPosition;
        const end = node.endPosition;
        return { line: start.row + 1, column: start.column + 1, endLine: end.row + 1, endColumn: end.column + 1 };
    }
    endOffset(loc) {
        return this.lineStarts[loc.endLine - 1] + loc.endColumn - 1;
    }
    source(node, loc = this.loc(node)) {
        return this.text.slice(node.startIndex, this.endOffset(loc));
    }
    /** An identifier, keyword or integer literal, read from the source without asking for its end. */
    word(node) {
        java_WORD.lastIndex = node.startIndex;
        const text = java_WORD.exec(this.text)?.[0] ?? '';
        const start = node.startPosition;
        const line = start.row + 1;
        const column = start.column + 1;
        return { text, loc: { line, column, endLine: line, endColumn: column + text.length } };
    }
    operatorOf(node) {
        const operator = node.childForFieldId(this.operatorField);
        return operator ? this.typeOf(operator) : '';
    }
    typeText(kid) {
        return SIMPLE_TYPES.has(kid.type) ? this.word(kid.node).text : typeName(this.source(kid.node));
    }
    /** `()`: an empty argument or parameter list, seen without asking for its children. */
    isEmptyList(node) {
        return this.text[node.startIndex + 1] === ')';
    }
    dimensions(kid) {
        return '[]'.repeat(this.source(kid.node).split('[').length - 1);
    }
    takePending() {
        const pending = this.pending;
        if (!pending.length)
            return NOTHING_PENDING;
        this.pending = [];
        return pending;
    }
    /** Runs `lower` as the body of a function of its own: nothing pending, no switch or yield around. */
    inFunction(lower) {
        const { pending, inSwitch, yields } = this;
        this.pending = [];
        this.inSwitch = false;
        this.yields = undefined;
        try {
            return lower();
        }
        finally {
            this.pending = pending;
            this.inSwitch = inSwitch;
            this.yields = yields;
        }
    }
    // ---- declarations -------------------------------------------------------------------------
    importOf(node) {
        const name = withoutComments(this.source(node))
            .replace(/^import\s+(?:static\s+)?/, '')
            .replace(/[\s;]/g, '');
        if (name.endsWith('.*'))
            return { module: name.slice(0, -2), alias: '*' };
        return { module: name, alias: name.slice(name.lastIndexOf('.') + 1) };
    }
    modifiers(node) {
        const text = this.source(node);
        const annotations = [];
        const annotationArgs = [];
        let keywords = text;
        if (text.includes('@')) {
            keywords = '';
            let from = node.startIndex;
            for (const kid of this.kids(node)) {
                const source = this.source(kid.node);
                annotations.push(annotationName(source));
                annotationArgs.push(kid.type === 'annotation' ? this.annotationArgs(kid.node) : []);
                keywords += `${this.text.slice(from, kid.node.startIndex)} `;
                from = kid.node.startIndex + source.length;
            }
            keywords += this.text.slice(from, node.startIndex + text.length);
        }
        keywords = withoutComments(keywords);
        return {
            annotations,
            annotationArgs,
            isStatic: /\bstatic\b/.test(keywords),
            isFinal: /\bfinal\b/.test(keywords),
        };
    }
    /** `@GetMapping(value = "/a", produces = MediaType.TEXT_HTML_VALUE)`: pairs are keyword arguments, `{...}` arrays. */
    annotationArgs(node) {
        const list = this.kids(node).find((kid) => kid.type === 'annotation_argument_list');
        if (!list)
            return [];
        return this.inFunction(() => this.kids(list.node).map((kid) => {
            if (kid.type !== 'element_value_pair')
                return { value: this.annotationValue(kid) };
            const [key, value] = this.kids(kid.node);
            const lowered = value ? this.annotationValue(value) : unknown(kid.type, [], this.loc(kid.node));
            return key ? { keyword: this.word(key.node).text, value: lowered } : { value: lowered };
        }));
    }
    annotationValue(kid) {
        if (kid.type !== 'element_value_array_initializer')
            return this.expr(kid);
        return {
            kind: 'array',
            elements: this.kids(kid.node).map((element) => this.annotationValue(element)),
            loc: this.loc(kid.node),
        };
    }
    /** The annotations with their arguments, the latter only when one has any (see `FunctionDecl.annotationArgs`). */
    annotated(annotations, annotationArgs) {
        return annotationArgs.some((args) => args.length > 0) ? { annotations, annotationArgs } : { annotations };
    }
    classDecl(node) {
        const decl = { name: '', fields: [], methods: [], loc: this.loc(node) };
        this.classes.push(decl);
        let body;
        let components = [];
        for (const kid of this.kids(node)) {
            if (kid.type === 'identifier')
                decl.name = this.word(kid.node).text;
            else if (kid.type === 'superclass')
                decl.superclass = typeName(this.source(kid.node).replace(/^extends/, ''));
            else if (kid.type === 'formal_parameters')
                components = this.params(kid.node);
            else if (BODY_TYPES.has(kid.type))
                body = kid;
        }
        // Every enum extends java.lang.Enum: its values are its constants.
        if (body?.type === 'enum_body')
            decl.superclass = 'Enum';
        const enclosing = this.className;
        this.className = decl.name;
        if (body)
            this.inFunction(() => this.members(body, decl, components));
        if (this.typeOf(node) === 'record_declaration')
            this.recordMembers(decl, components);
        this.className = enclosing;
    }
    /**
     * What a record declares implicitly: its constructors assign the components to fields (a compact
     * constructor after its body), and each component has an accessor returning it with its type.
     */
    recordMembers(decl, components) {
        const field = (component) => ({
            kind: 'member',
            object: { kind: 'name', name: 'this', loc: component.loc },
            property: component.name,
            loc: component.loc,
        });
        const assignments = components.map((component) => ({
            kind: 'assign',
            target: field(component),
            value: { kind: 'name', name: component.name, loc: component.loc },
            loc: component.loc,
        }));
        const canonical = decl.methods.find((method) => method.name === '<init>' && method.params.length === components.length);
        if (canonical && canonical.params === components)
            canonical.body.push(...assignments);
        else if (!canonical)
            decl.methods.push({
                name: '<init>',
                className: decl.name,
                params: components.map((component) => ({ ...component })),
                annotations: [],
                isStatic: false,
                body: assignments,
                loc: decl.loc,
            });
        for (const component of components) {
            if (decl.methods.some((method) => method.name === component.name && method.params.length === 0))
                continue;
            const local = { kind: 'name', name: component.name, loc: component.loc };
            decl.methods.push({
                name: component.name,
                className: decl.name,
                params: [],
                annotations: [],
                isStatic: false,
                body: [
                    {
                        kind: 'assign',
                        target: local,
                        value: field(component),
                        ...(component.type && { declaredType: component.type }),
                        loc: component.loc,
                    },
                    { kind: 'return', value: { ...local }, loc: component.loc },
                ],
                loc: component.loc,
            });
        }
    }
    members(body, decl, components) {
        // Interface and annotation fields are implicitly final.
        const implicitlyFinal = body.type === 'interface_body' || body.type === 'annotation_type_body';
        for (const member of this.statementKids(body.node)) {
            switch (member.type) {
                case 'field_declaration':
                case 'constant_declaration':
                    this.declarators(member.node, implicitlyFinal, (assign) => decl.fields.push(...this.pendingAssigns(), assign));
                    break;
                case 'method_declaration':
                    decl.methods.push(this.method(member.node, false));
                    break;
                case 'constructor_declaration':
                    decl.methods.push(this.method(member.node, true));
                    break;
                case 'compact_constructor_declaration':
                    decl.methods.push({ ...this.method(member.node, true), params: components });
                    break;
                case 'block':
                case 'static_initializer':
                    decl.methods.push(this.initializer(member));
                    break;
                case 'enum_constant':
                    decl.fields.push(this.enumConstant(member.node, decl.name));
                    break;
                case 'enum_body_declarations':
                    this.members(member, decl, components);
                    break;
                default:
                    if (CLASS_TYPES.has(member.type))
                        this.classDecl(member.node);
            }
        }
    }
    /** Pending assignments of a field initialiser (other hoisted statements have no place in `fields`). */
    pendingAssigns() {
        return this.takePending().filter((stmt) => stmt.kind === 'assign');
    }
    initializer(member) {
        const isStaticBlock = member.type === 'static_initializer';
        const block = isStaticBlock ? this.kids(member.node)[0] : member;
        return {
            name: isStaticBlock ? '<clinit>' : '<init>',
            ...(this.className !== undefined && { className: this.className }),
            params: [],
            annotations: [],
            isStatic: isStaticBlock,
            body: block ? this.functionBody(block.node) : [],
            loc: this.loc(member.node),
        };
    }
    enumConstant(node, enumName) {
        const loc = this.loc(node);
        let target = { kind: 'name', name: '', loc };
        const value = { kind: 'new', type: enumName, args: [], loc };
        for (const kid of this.kids(node)) {
            if (kid.type === 'identifier') {
                const { text, loc: nameLoc } = this.word(kid.node);
                target = { kind: 'name', name: text, loc: nameLoc };
            }
            else if (kid.type === 'argument_list')
                value.args = this.args(kid.node);
            else if (kid.type === 'class_body')
                value.args.push(...this.anonymousClass(kid.node));
        }
        return { kind: 'assign', target, value, declaredType: enumName, constant: true, loc };
    }
    /** Field, constant and local variable declarations: one assign per declarator with a value. */
    declarators(node, constant, emit) {
        let type;
        let isFinal = constant;
        for (const kid of this.kids(node)) {
            if (kid.type === 'modifiers')
                isFinal ||= this.modifiers(kid.node).isFinal;
            else if (kid.type === 'variable_declarator') {
                const assign = this.declarator(kid.node, type, isFinal);
                if (assign)
                    emit(assign);
            }
            else {
                const written = this.typeText(kid);
                type = written === 'var' ? undefined : written;
            }
        }
    }
    declarator(node, type, isFinal) {
        let target;
        let declaredType = type;
        let value;
        for (const kid of this.kids(node)) {
            if (!target) {
                const { text, loc } = this.word(kid.node);
                target = { kind: 'name', name: text, loc };
            }
            else if (kid.type === 'dimensions') {
                if (declaredType !== undefined)
                    declaredType += this.dimensions(kid);
            }
            else
                value = this.expr(kid);
        }
        if (!target || !value)
            return undefined;
        return {
            kind: 'assign',
            target,
            value,
            ...(declaredType !== undefined && { declaredType }),
            ...(isFinal && { constant: true }),
            loc: this.loc(node),
        };
    }
    method(node, isConstructor) {
        let name = '';
        let staticMethod = false;
        const annotations = [];
        const annotationArgs = [];
        let params = [];
        let body = [];
        for (const kid of this.kids(node)) {
            switch (kid.type) {
                case 'modifiers': {
                    const modifiers = this.modifiers(kid.node);
                    annotations.push(...modifiers.annotations);
                    annotationArgs.push(...modifiers.annotationArgs);
                    staticMethod = modifiers.isStatic;
                    break;
                }
                case 'marker_annotation':
                case 'annotation':
                    annotations.push(annotationName(this.source(kid.node)));
                    annotationArgs.push(kid.type === 'annotation' ? this.annotationArgs(kid.node) : []);
                    break;
                case 'formal_parameters':
                    params = this.params(kid.node);
                    break;
                case 'block':
                case 'constructor_body':
                    body = this.functionBody(kid.node);
                    break;
                case 'identifier':
                    name = this.word(kid.node).text;
                    break;
            }
        }
        return {
            name: isConstructor ? '<init>' : name,
            ...(this.className !== undefined && { className: this.className }),
            params,
            ...this.annotated(annotations, annotationArgs),
            isStatic: staticMethod,
            body,
            loc: this.loc(node),
        };
    }
    functionBody(block) {
        return this.inFunction(() => this.statements(block));
    }
    params(node) {
        const params = [];
        if (this.isEmptyList(node))
            return params;
        for (const kid of this.kids(node)) {
            if (kid.type === 'formal_parameter' || kid.type === 'spread_parameter')
                params.push(this.param(kid));
        }
        return params;
    }
    param(param) {
        let name = '';
        let type = '';
        let annotations = { annotations: [] };
        for (const kid of this.kids(param.node)) {
            switch (kid.type) {
                case 'modifiers': {
                    const modifiers = this.modifiers(kid.node);
                    annotations = this.annotated(modifiers.annotations, modifiers.annotationArgs);
                    break;
                }
                case 'identifier':
                    name = this.word(kid.node).text;
                    break;
                case 'dimensions':
                    type += this.dimensions(kid);
                    break;
                case 'variable_declarator':
                    name = this.param(kid).name;
                    break;
                case 'marker_annotation':
                case 'annotation':
                    break;
                default:
                    type = this.typeText(kid);
            }
        }
        if (param.type === 'spread_parameter')
            type += '[]';
        return { name, ...(type && { type }), ...annotations, loc: this.loc(param.node) };
    }
    // ---- statements ---------------------------------------------------------------------------
    statements(node) {
        const out = [];
        for (const kid of this.statementKids(node))
            this.statement(kid, out);
        return out;
    }
    /** The statements of a loop or branch body: a block's own statements, or the single statement. */
    body(kid) {
        if (!kid)
            return [];
        if (kid.type === 'block')
            return this.statements(kid.node);
        const out = [];
        this.statement(kid, out);
        return out;
    }
    loopBody(kid) {
        const inSwitch = this.inSwitch;
        this.inSwitch = false;
        const body = this.body(kid);
        this.inSwitch = inSwitch;
        return body;
    }
    statement(kid, out) {
        const node = kid.node;
        switch (kid.type) {
            case 'local_variable_declaration':
                this.declarators(node, false, (assign) => out.push(...this.takePending(), assign));
                return;
            case 'expression_statement': {
                const expression = this.kids(node)[0];
                if (expression)
                    this.effect(expression, out);
                return;
            }
            case 'if_statement':
                return this.ifStatement(node, out);
            case 'while_statement':
                return this.whileStatement(node, out);
            case 'do_statement':
                return this.doStatement(node, out);
            case 'for_statement':
                return this.forStatement(node, out);
            case 'enhanced_for_statement':
                return this.forEachStatement(node, out);
            case 'switch_expression':
                return this.switchStatement(node, out);
            case 'try_statement':
            case 'try_with_resources_statement':
                return this.tryStatement(node, out);
            case 'block':
                out.push({ kind: 'block', body: this.statements(node), loc: this.loc(node) });
                return;
            case 'labeled_statement': {
                const body = this.kids(node).slice(1);
                out.push({ kind: 'block', body: body.length ? this.body(body[0]) : [], loc: this.loc(node) });
                return;
            }
            case 'synchronized_statement':
                return this.synchronizedStatement(node, out);
            case 'return_statement':
            case 'throw_statement':
                return this.exit(kid, out);
            case 'break_statement':
                // An unlabelled break in a switch leaves the switch, which lowered to `if`s has nothing to leave.
                if (!this.inSwitch || this.kids(node).length)
                    out.push({ kind: 'break', loc: this.loc(node) });
                return;
            case 'continue_statement':
                out.push({ kind: 'continue', loc: this.loc(node) });
                return;
            case 'yield_statement':
                return this.yieldStatement(node, out);
            case 'explicit_constructor_invocation': {
                const call = this.constructorCall(node);
                out.push(...this.takePending(), { kind: 'expr', expr: call, loc: call.loc });
                return;
            }
            default:
                if (CLASS_TYPES.has(kid.type))
                    this.classDecl(node);
                else if (EFFECT_TYPES.has(kid.type))
                    this.effect(kid, out);
        }
    }
    /** An expression evaluated for its effect: assignments and `++`/`--` are `assign`s. */
    effect(kid, out) {
        let stmt;
        if (kid.type === 'assignment_expression')
            stmt = this.assignment(kid.node);
        else if (kid.type === 'update_expression')
            stmt = this.increment(kid.node, this.loc(kid.node));
        else {
            const expr = this.expr(kid);
            stmt = { kind: 'expr', expr, loc: expr.loc };
        }
        out.push(...this.takePending(), stmt);
    }
    exit(kid, out) {
        const value = this.kids(kid.node)[0];
        const stmt = {
            kind: kid.type === 'return_statement' ? 'return' : 'throw',
            ...(value && { value: this.expr(value) }),
            loc: this.loc(kid.node),
        };
        out.push(...this.takePending(), stmt);
    }
    ifStatement(node, out) {
        const [condition, first, second] = this.kids(node);
        const test = this.condition(condition, node);
        const before = this.takePending();
        // In `if (c) ; else s` the only statement kid is the alternative.
        const onlyAlternative = first && !second && node.childForFieldName('alternative') !== null;
        const then = this.body(onlyAlternative ? undefined : first);
        const otherwise = this.body(onlyAlternative ? first : second);
        out.push(...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) });
    }
    condition(kid, statement) {
        return kid ? this.expr(kid) : unknown('missing', [], this.loc(statement));
    }
    whileStatement(node, out) {
        const [condition, bodyKid] = this.kids(node);
        const test = this.condition(condition, node);
        const before = this.takePending();
        const body = this.loopBody(bodyKid);
        body.push(...clone(before));
        out.push(...before, { kind: 'loop', test, body, loc: this.loc(node) });
    }
    doStatement(node, out) {
        const [bodyKid, condition] = this.kids(node);
        const body = this.loopBody(bodyKid);
        const loc = this.loc(node);
        // A loop without test never ends but by `break`; `unknown` keeps `do { } while (false)` alive.
        const test = unknown('do_statement', condition ? [this.expr(condition)] : [], loc);
        body.push(...this.takePending());
        out.push({ kind: 'loop', test, body, loc });
    }
    forStatement(node, out) {
        let condition;
        let bodyKid;
        const updates = [];
        const children = this.namedChildrenOf(node);
        for (let index = 0; index < children.length; index++) {
            const child = children[index];
            const field = child && node.fieldNameForNamedChild(index);
            if (!child || !field)
                continue;
            const kid = { node: child, type: this.typeOf(child) };
            if (kid.type === 'ERROR')
                continue;
            if (field === 'init' && kid.type === 'local_variable_declaration')
                this.statement(kid, out);
            else if (field === 'init')
                this.effect(kid, out);
            else if (field === 'condition')
                condition = kid;
            else if (field === 'update')
                updates.push(kid);
            else if (field === 'body')
                bodyKid = kid;
        }
        const test = condition && this.expr(condition);
        const before = this.takePending();
        const body = this.loopBody(bodyKid);
        for (const update of updates)
            this.effect(update, body);
        body.push(...clone(before));
        out.push(...before, { kind: 'loop', ...(test && { test }), body, loc: this.loc(node) });
    }
    forEachStatement(node, out) {
        const kids = this.kids(node);
        const bodyKid = kids[kids.length - 1];
        const iterable = kids[kids.length - 2];
        const name = kids.find((kid) => kid.type === 'identifier' && kid !== iterable);
        const variable = name && this.word(name.node);
        const value = iterable && this.expr(iterable);
        const before = this.takePending();
        out.push(...before, {
            kind: 'loop',
            ...(variable && { variable: { kind: 'name', name: variable.text, loc: variable.loc } }),
            ...(value && { iterable: value }),
            body: this.loopBody(bodyKid),
            loc: this.loc(node),
        });
    }
    tryStatement(node, out) {
        let body = [];
        const resources = [];
        const handlers = [];
        let finallyBody = [];
        for (const kid of this.kids(node)) {
            if (kid.type === 'resource_specification') {
                for (const resource of this.kids(kid.node))
                    this.resource(resource.node, resources);
            }
            else if (kid.type === 'block')
                body = [...resources, ...this.statements(kid.node)];
            else if (kid.type === 'catch_clause')
                handlers.push(this.catchClause(kid.node));
            else if (kid.type === 'finally_clause')
                finallyBody = this.body(this.kids(kid.node)[0]);
        }
        out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
    }
    /** `try (Type name = value)` is a final local; `try (existing)` binds nothing new. */
    resource(node, out) {
        const kids = this.kids(node);
        if (kids.length < 2)
            return;
        let type;
        let target;
        for (const kid of kids.slice(0, -1)) {
            if (kid.type === 'identifier') {
                const { text, loc } = this.word(kid.node);
                target = { kind: 'name', name: text, loc };
            }
            else if (kid.type === 'dimensions')
                type = type && type + this.dimensions(kid);
            else if (kid.type !== 'modifiers')
                type = this.typeText(kid);
        }
        if (!target)
            return;
        const value = this.expr(kids[kids.length - 1]);
        const declaredType = type === 'var' ? undefined : type;
        out.push(...this.takePending(), {
            kind: 'assign',
            target,
            value,
            ...(declaredType && { declaredType }),
            constant: true,
            loc: this.loc(node),
        });
    }
    catchClause(node) {
        let variable;
        let body = [];
        for (const kid of this.kids(node)) {
            if (kid.type === 'catch_formal_parameter') {
                const name = this.kids(kid.node).find((part) => part.type === 'identifier');
                if (name)
                    variable = this.word(name.node).text;
            }
            else if (kid.type === 'block')
                body = this.statements(kid.node);
        }
        return { ...(variable !== undefined && { variable }), body };
    }
    synchronizedStatement(node, out) {
        const [lock, block] = this.kids(node);
        const body = [];
        const monitor = lock && this.expr(lock);
        body.push(...this.takePending());
        // Locking `this` or a field does nothing worth analysing; a call computing the lock does.
        if (monitor && monitor.kind !== 'name' && monitor.kind !== 'member') {
            body.push({ kind: 'expr', expr: monitor, loc: monitor.loc });
        }
        if (block)
            body.push(...this.statements(block.node));
        out.push({ kind: 'block', body, loc: this.loc(node) });
    }
    yieldStatement(node, out) {
        const value = this.kids(node)[0];
        if (!value || !this.yields)
            return;
        this.yields.push(this.expr(value));
        out.push(...this.takePending());
    }
    // ---- switch -------------------------------------------------------------------------------
    switchStatement(node, out) {
        const [subject, block] = this.kids(node);
        const value = this.switchSubject(subject, node);
        const before = this.takePending();
        const arms = block ? this.switchArms(block.node, value, false) : [];
        out.push(...before, ...this.ifChain(arms));
    }
    /**
     * What each case compares with: a name, field or constant itself (so constants and allow-lists
     * still tell), anything else (a call...) evaluated once before the switch and compared as unknown.
     */
    switchSubject(subject, node) {
        const value = this.condition(subject, node);
        if (isPlain(value))
            return value;
        this.pending.push({ kind: 'expr', expr: value, loc: value.loc });
        return unknown('switch', [], value.loc);
    }
    /** A switch expression's value: `v == a ? x : v == b ? y : z`; arms with statements run before. */
    switchValue(node, loc) {
        const [subject, block] = this.kids(node);
        const value = this.switchSubject(subject, node);
        // What the enclosing statement hoisted so far must not land in the arms' bodies.
        const enclosing = this.takePending();
        const arms = block ? this.switchArms(block.node, value, true) : [];
        this.pending = [...enclosing, ...this.pending];
        if (arms.some((arm) => arm.body.length))
            this.pending.push(...this.ifChain(clone(arms)));
        const valued = arms.filter((arm) => arm.values.length);
        const valueOf = (arm) => arm.values.length === 1 ? arm.values[0] : unknown('yield', arm.values, arm.loc);
        const fallback = valued.find((arm) => !arm.test) ?? valued[valued.length - 1];
        if (!fallback)
            return unknown('switch_expression', [value], loc);
        let result = valueOf(fallback);
        for (let index = valued.length - 1; index >= 0; index--) {
            const arm = valued[index];
            if (arm !== fallback && arm.test) {
                result = { kind: 'conditional', test: arm.test, then: valueOf(arm), otherwise: result, loc };
            }
        }
        return result;
    }
    ifChain(arms) {
        let otherwise = arms.find((arm) => !arm.test)?.body ?? [];
        for (let index = arms.length - 1; index >= 0; index--) {
            const { test, body, loc } = arms[index];
            if (test)
                otherwise = [{ kind: 'if', test, then: body, otherwise, loc }];
        }
        return otherwise;
    }
    switchArms(block, value, asValue) {
        const entries = this.kids(block).map((entry) => {
            const parts = this.kids(entry.node);
            return {
                entry,
                labels: parts.filter((part) => part.type === 'switch_label'),
                statements: parts.filter((part) => part.type !== 'switch_label'),
            };
        });
        const { inSwitch, yields } = this;
        this.inSwitch = true;
        try {
            return entries.map(({ entry, labels, statements }, index) => {
                const values = [];
                if (asValue)
                    this.yields = values;
                const { test, bindings } = this.caseTest(labels, value);
                const body = [...bindings];
                if (entry.type === 'switch_rule')
                    this.ruleBody(statements[0], asValue, body, values);
                else {
                    // A group without break runs on into the following groups.
                    for (let next = index; next < entries.length; next++) {
                        const group = entries[next].statements;
                        for (const statement of group)
                            this.statement(statement, body);
                        if (!group.length || !TERMINATORS.has(group[group.length - 1].type))
                            continue;
                        break;
                    }
                }
                return { ...(test && { test }), body, values, loc: this.loc(entry.node) };
            });
        }
        finally {
            this.inSwitch = inSwitch;
            this.yields = yields;
        }
    }
    ruleBody(statement, asValue, body, values) {
        if (!statement)
            return;
        const expression = asValue && statement.type === 'expression_statement' && this.kids(statement.node)[0];
        if (expression)
            values.push(this.expr(expression));
        else
            body.push(...this.body(statement));
    }
    /** The test selecting an arm (absent for `default`), and the variables its patterns bind. */
    caseTest(labels, value) {
        let test;
        let isDefault = false;
        const bindings = [];
        for (const label of labels) {
            const parts = this.kids(label.node);
            if (!parts.length || /\bdefault\s*$/.test(this.source(label.node)))
                isDefault = true;
            for (const part of parts) {
                const loc = this.loc(part.node);
                let labelTest;
                if (part.type === 'pattern') {
                    labelTest = unknown('pattern', [clone(value)], loc);
                    this.bindPattern(part.node, value, bindings);
                }
                else if (part.type === 'guard') {
                    const guard = this.kids(part.node)[0];
                    if (test && guard)
                        test = { kind: 'binary', operator: '&&', left: test, right: this.expr(guard), loc };
                    continue;
                }
                else {
                    labelTest = { kind: 'binary', operator: '==', left: clone(value), right: this.expr(part), loc };
                }
                test = test ? { kind: 'binary', operator: '||', left: test, right: labelTest, loc } : labelTest;
            }
        }
        return { ...(!isDefault && test && { test }), bindings };
    }
    /** `String s` binds s to the value; a record pattern's components get an unknown part of it. */
    bindPattern(node, value, out) {
        for (const kid of this.kids(node)) {
            if (kid.type === 'type_pattern' || kid.type === 'record_pattern_component') {
                const [type, name] = this.kids(kid.node);
                if (!name)
                    continue;
                const { text, loc } = this.word(name.node);
                const bound = kid.type === 'type_pattern' ? clone(value) : unknown('record_pattern', [clone(value)], loc);
                out.push({
                    kind: 'assign',
                    target: { kind: 'name', name: text, loc },
                    value: bound,
                    declaredType: this.typeText(type),
                    loc,
                });
            }
            else if (kid.type === 'record_pattern' || kid.type === 'record_pattern_body') {
                this.bindPattern(kid.node, value, out);
            }
        }
    }
    // ---- expressions --------------------------------------------------------------------------
    expr(kid) {
        const node = kid.node;
        switch (kid.type) {
            case 'identifier': {
                const { text, loc } = this.word(node);
                return { kind: 'name', name: text, loc };
            }
            case 'this':
            case 'super':
                return { kind: 'name', name: kid.type, loc: this.word(node).loc };
            case 'true':
            case 'false':
                return { kind: 'literal', value: kid.type === 'true', loc: this.word(node).loc };
            case 'null_literal':
                return { kind: 'literal', value: null, loc: this.word(node).loc };
            case 'decimal_integer_literal':
            case 'hex_integer_literal':
            case 'octal_integer_literal':
            case 'binary_integer_literal': {
                const { text, loc } = this.word(node);
                return { kind: 'literal', value: integerValue(text), loc };
            }
            case 'field_access':
                return this.fieldAccess(node);
            case 'method_invocation':
                return this.call(node);
            case 'parenthesized_expression': {
                const inner = this.kids(node)[0];
                return inner ? this.expr(inner) : unknown(kid.type, [], this.loc(node));
            }
            default:
                return this.compoundExpr(kid, this.loc(node));
        }
    }
    /** Expressions that need their full location anyway. */
    compoundExpr(kid, loc) {
        const node = kid.node;
        switch (kid.type) {
            case 'string_literal':
                return { kind: 'literal', value: stringValue(this.source(node, loc)), loc };
            case 'character_literal':
                return { kind: 'literal', value: characterValue(this.source(node, loc)), loc };
            case 'decimal_floating_point_literal':
            case 'hex_floating_point_literal':
                return { kind: 'literal', value: floatValue(this.source(node, loc)), loc };
            case 'object_creation_expression':
                return this.newExpr(node, loc);
            case 'array_access': {
                const [array, index] = this.kids(node).map((part) => this.expr(part));
                if (!index)
                    return unknown(kid.type, array ? [array] : [], loc);
                return { kind: 'index', object: array, index, loc };
            }
            case 'binary_expression':
                return this.binary(node, loc);
            case 'instanceof_expression':
                return this.instanceOf(node, loc);
            case 'unary_expression': {
                const operand = this.kids(node)[0];
                const operator = this.text[node.startIndex];
                return { kind: 'unary', operator, operand: this.operand(operand, loc), loc };
            }
            case 'update_expression':
                return this.incrementValue(node, loc);
            case 'ternary_expression': {
                const [test, then, otherwise] = this.kids(node).map((part) => this.expr(part));
                if (!otherwise)
                    return unknown(kid.type, [test, then].filter(Boolean), loc);
                return { kind: 'conditional', test, then, otherwise, loc };
            }
            case 'cast_expression': {
                const kids = this.kids(node);
                return this.operand(kids[kids.length - 1], loc);
            }
            case 'assignment_expression': {
                const assign = this.assignment(node, loc);
                this.pending.push(assign);
                return clone(assign.target);
            }
            case 'array_creation_expression':
                return this.arrayCreation(node, loc);
            case 'array_initializer':
                return { kind: 'array', elements: this.kids(node).map((part) => this.expr(part)), loc };
            case 'class_literal':
                return this.classLiteral(node, loc);
            case 'lambda_expression':
                return this.lambda(node, loc);
            case 'switch_expression':
                return this.switchValue(node, loc);
            case 'method_reference':
                return this.methodReference(node, loc);
            default:
                return unknown(kid.type, this.kids(node).map((part) => this.expr(part)), loc);
        }
    }
    operand(kid, loc) {
        return kid ? this.expr(kid) : unknown('missing', [], loc);
    }
    fieldAccess(node) {
        const kids = this.kids(node);
        const field = kids[kids.length - 1];
        const loc = this.loc(node);
        if (kids.length < 2)
            return unknown('field_access', kids.map((kid) => this.expr(kid)), loc);
        // `Outer.this` is this object; `a.super.f` reads the field of the superclass.
        if (field.type === 'this')
            return { kind: 'name', name: 'this', loc };
        const object = this.expr(kids[kids.length - 2]);
        return { kind: 'member', object, property: this.word(field.node).text, loc };
    }
    call(node) {
        const kids = this.kids(node).filter((kid) => kid.type !== 'type_arguments');
        const loc = this.loc(node);
        const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
        const name = kids[argsIndex - 1];
        if (argsIndex < 1 || name.type !== 'identifier') {
            return unknown('method_invocation', kids.map((kid) => this.expr(kid)), loc);
        }
        const receiver = argsIndex >= 2 ? this.expr(kids[argsIndex - 2]) : undefined;
        const method = this.word(name.node).text;
        const args = this.args(kids[argsIndex].node);
        return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
    }
    /** `this(...)`, `super(...)`, `outer.super(...)` in a constructor: calls named "this" / "super". */
    constructorCall(node) {
        const kids = this.kids(node).filter((kid) => kid.type !== 'type_arguments');
        const loc = this.loc(node);
        const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
        const method = kids.find((kid) => kid.type === 'this' || kid.type === 'super')?.type ?? 'super';
        const args = argsIndex >= 0 ? this.args(kids[argsIndex].node) : [];
        const receiver = kids[0] && kids[0].type !== 'this' && kids[0].type !== 'super' ? this.expr(kids[0]) : undefined;
        return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
    }
    args(node) {
        if (this.isEmptyList(node))
            return [];
        return this.kids(node).map((kid) => ({ value: this.expr(kid) }));
    }
    newExpr(node, loc) {
        const kids = this.kids(node);
        const argsIndex = kids.findIndex((kid) => kid.type === 'argument_list');
        const type = argsIndex >= 1 ? this.typeText(kids[argsIndex - 1]) : '';
        const args = argsIndex >= 0 ? this.args(kids[argsIndex].node) : [];
        const body = kids[kids.length - 1];
        if (body?.type === 'class_body')
            args.push(...this.anonymousClass(body.node));
        return { kind: 'new', type, args, loc };
    }
    /** An anonymous class body's methods as function values; field initialisers and blocks as "<init>". */
    anonymousClass(body) {
        const functions = [];
        const initializers = [];
        this.inFunction(() => {
            for (const member of this.statementKids(body)) {
                if (member.type === 'method_declaration')
                    functions.push(this.method(member.node, false));
                else if (member.type === 'field_declaration') {
                    this.declarators(member.node, false, (assign) => initializers.push(...this.takePending(), assign));
                }
                else if (member.type === 'block')
                    initializers.push(...this.statements(member.node));
                else if (CLASS_TYPES.has(member.type))
                    this.classDecl(member.node);
            }
        });
        if (initializers.length) {
            functions.unshift({
                name: '<init>',
                ...(this.className !== undefined && { className: this.className }),
                params: [],
                annotations: [],
                isStatic: false,
                body: initializers,
                loc: this.loc(body),
            });
        }
        return functions.map((fn) => ({ value: { kind: 'function', fn, loc: fn.loc } }));
    }
    arrayCreation(node, loc) {
        const kids = this.kids(node);
        const initializer = kids.find((kid) => kid.type === 'array_initializer');
        if (initializer)
            return this.compoundExpr(initializer, loc);
        const sizes = kids
            .filter((kid) => kid.type === 'dimensions_expr')
            .flatMap((kid) => this.kids(kid.node).map((size) => this.expr(size)));
        return unknown('array_creation_expression', sizes, loc);
    }
    binary(node, loc) {
        const [left, right] = this.kids(node);
        const operator = this.operatorOf(node);
        return { kind: 'binary', operator, left: this.operand(left, loc), right: this.operand(right, loc), loc };
    }
    /** `x instanceof T` compares with the type's name; `x instanceof T t` also binds t (emitted before). */
    instanceOf(node, loc) {
        const [left, type, ...rest] = this.kids(node);
        const value = this.operand(left, loc);
        if (type?.type === 'record_pattern')
            this.bindPattern(node, value, this.pending);
        else if (type && rest[0]) {
            const { text, loc: nameLoc } = this.word(rest[0].node);
            this.pending.push({
                kind: 'assign',
                target: { kind: 'name', name: text, loc: nameLoc },
                value: clone(value),
                declaredType: this.typeText(type),
                loc,
            });
        }
        const typeText = type
            ? type.type === 'record_pattern'
                ? this.typeText(this.kids(type.node)[0])
                : this.typeText(type)
            : '';
        return {
            kind: 'binary',
            operator: 'instanceof',
            left: value,
            right: { kind: 'name', name: typeText, loc },
            loc,
        };
    }
    /** `x = v`, `x op= v` (as `x = x op v`). */
    assignment(node, loc = this.loc(node)) {
        const [left, right] = this.kids(node);
        const operator = this.operatorOf(node);
        const target = this.operand(left, loc);
        let value = this.operand(right, loc);
        if (operator.length > 1) {
            value = { kind: 'binary', operator: operator.slice(0, -1), left: clone(target), right: value, loc };
        }
        return { kind: 'assign', target, value, loc };
    }
    isPrefix(node) {
        return this.text.startsWith('++', node.startIndex) || this.text.startsWith('--', node.startIndex);
    }
    /** `x++` / `--x` as a statement: `x = x + 1` / `x = x - 1`. */
    increment(node, loc) {
        const target = this.operand(this.kids(node)[0], loc);
        const operator = this.isPrefix(node) ? this.text[node.startIndex] : this.text[this.endOffset(loc) - 1];
        const one = { kind: 'literal', value: 1, loc };
        return {
            kind: 'assign',
            target,
            value: { kind: 'binary', operator, left: clone(target), right: one, loc },
            loc,
        };
    }
    /** `++x` is x after `x = x + 1`; `x++` is `x - 1` after it. */
    incrementValue(node, loc) {
        const assign = this.increment(node, loc);
        this.pending.push(assign);
        if (this.isPrefix(node))
            return clone(assign.target);
        const operator = this.text[this.endOffset(loc) - 1] === '+' ? '-' : '+';
        return {
            kind: 'binary',
            operator,
            left: clone(assign.target),
            right: { kind: 'literal', value: 1, loc },
            loc,
        };
    }
    /** `Foo.class` is the member "class" of the name Foo (a dotted type is a member chain). */
    classLiteral(node, loc) {
        const type = this.kids(node)[0];
        const [first, ...rest] = (type ? this.typeText(type) : '').split('.');
        let object = { kind: 'name', name: first, loc };
        for (const property of rest)
            object = { kind: 'member', object, property, loc };
        return { kind: 'member', object, property: 'class', loc };
    }
    lambda(node, loc) {
        const [parameters, bodyKid] = this.kids(node);
        let params = [];
        if (parameters?.type === 'formal_parameters')
            params = this.params(parameters.node);
        else if (parameters) {
            const names = parameters.type === 'identifier' ? [parameters] : this.kids(parameters.node);
            params = names.map((name) => {
                const { text, loc: nameLoc } = this.word(name.node);
                return { name: text, annotations: [], loc: nameLoc };
            });
        }
        const body = this.inFunction(() => {
            if (!bodyKid)
                return [];
            if (bodyKid.type === 'block')
                return this.statements(bodyKid.node);
            const value = this.expr(bodyKid);
            return [...this.takePending(), { kind: 'return', value, loc: value.loc }];
        });
        const fn = {
            name: '<lambda>',
            ...(this.className !== undefined && { className: this.className }),
            params,
            annotations: [],
            isStatic: false,
            body,
            loc,
        };
        return { kind: 'function', fn, loc };
    }
    /** `recv::method` and `Type::new` are unknown values over their receiver. */
    methodReference(node, loc) {
        const [receiver, method] = this.kids(node);
        if (!receiver)
            return unknown('method_reference', [], loc);
        const isType = /type/.test(receiver.type);
        const part = isType ? { kind: 'name', name: this.typeText(receiver), loc } : this.expr(receiver);
        const name = method?.type === 'identifier' ? this.word(method.node) : undefined;
        const parts = name ? [part, { kind: 'literal', value: name.text, loc: name.loc }] : [part];
        return unknown('method_reference', parts, loc);
    }
}

;// CONCATENATED MODULE: ./src/review/languages/common.ts

const NO_CHILDREN = [];
const NAMED = 1;
const SKIPPED = 2;
const COMMENT = 4;
const OPAQUE = 8;
const TOKEN_PARENT = 16;
const FIELD_PARENT = 32;
const ERROR_CONTAINER = 64;
const OPAQUE_UNLESS = 128;
const ERROR_TYPE_ID = 65535;
/** Flags by grammar, for each front end's options: computing them asks WebAssembly about every node type. */
const FLAGS_CACHE = new WeakMap();
/** What the walk does with each node type, by type id. */
function typeFlags(tree, options) {
    let byGrammar = FLAGS_CACHE.get(options);
    if (!byGrammar)
        FLAGS_CACHE.set(options, (byGrammar = new WeakMap()));
    let flags = byGrammar.get(tree.language);
    if (!flags)
        byGrammar.set(tree.language, (flags = computeTypeFlags(tree, options)));
    return flags;
}
function computeTypeFlags(tree, options) {
    const { types } = tree.language;
    const flags = new Uint8Array(65536);
    flags[ERROR_TYPE_ID] = NAMED;
    types.forEach((type, typeId) => {
        if (type === undefined)
            return;
        if (tree.language.nodeTypeIsNamed(typeId))
            flags[typeId] |= NAMED;
        if (options.comments.has(type))
            flags[typeId] |= SKIPPED | COMMENT;
        if (options.skipped.has(type))
            flags[typeId] |= SKIPPED;
        if (options.opaque.has(type))
            flags[typeId] |= OPAQUE;
        if (options.opaqueUnless?.has(type))
            flags[typeId] |= OPAQUE_UNLESS;
        if (options.tokenParents.has(type))
            flags[typeId] |= TOKEN_PARENT;
        if (options.fieldParents.has(type))
            flags[typeId] |= FIELD_PARENT;
        if (options.errorContainers.has(type))
            flags[typeId] |= ERROR_CONTAINER;
    });
    if (options.errorContainers.has('ERROR'))
        flags[ERROR_TYPE_ID] |= ERROR_CONTAINER;
    return flags;
}
/**
 * Copies the syntax tree into plain objects with one cursor walk, handing each top-level node to
 * `onTopLevel` as soon as it is complete (so its copy can be dropped once lowered), and returns the
 * comments met on the way.
 */
function mirrorTree(tree, source, options, onTopLevel) {
    const types = tree.language.types;
    const flags = typeFlags(tree, options);
    const comments = [];
    // Tokens without a field are the same object for every occurrence of their type.
    const tokens = new Map();
    const token = (type) => {
        let node = tokens.get(type);
        if (!node)
            tokens.set(type, (node = plainNode(type, false, -1, -1, null, OPAQUE)));
        return node;
    };
    const cursor = tree.walk();
    try {
        const rootFlags = flags[cursor.nodeTypeId];
        // The root only stands for the file: its children go to `onTopLevel` instead.
        const root = plainNode('', true, cursor.startIndex, -1, null, rootFlags);
        if (!cursor.gotoFirstChild())
            return comments;
        const parents = [root];
        const parentFlags = [rootFlags];
        // A first child starts where its parent does, which saves asking WebAssembly.
        let firstChildStart = root.start;
        for (;;) {
            const typeId = cursor.nodeTypeId;
            let nodeFlags = flags[typeId];
            const parentFlag = parentFlags[parentFlags.length - 1];
            if (nodeFlags & COMMENT) {
                const start = firstChildStart === -1 ? cursor.startIndex : firstChildStart;
                comments.push({ line: source.lineOf(start), text: source.text.slice(start, cursor.endIndex) });
            }
            else if (nodeFlags & SKIPPED) {
                // left out
            }
            else if (!(nodeFlags & NAMED)) {
                if (parentFlag & TOKEN_PARENT) {
                    const type = types[typeId];
                    const field = parentFlag & FIELD_PARENT ? cursor.currentFieldName : null;
                    parents[parents.length - 1].children.push(field === null ? token(type) : plainNode(type, false, -1, -1, field, OPAQUE));
                }
            }
            else {
                const field = parentFlag & FIELD_PARENT ? cursor.currentFieldName : null;
                const start = firstChildStart === -1 ? cursor.startIndex : firstChildStart;
                const type = types[typeId] ?? 'ERROR';
                if (nodeFlags & OPAQUE_UNLESS && !options.opaqueUnless.get(type)(source.text, start))
                    nodeFlags |= OPAQUE;
                const node = plainNode(type, true, start, cursor.endIndex, field, nodeFlags);
                const parent = parents[parents.length - 1];
                if (parent === root) {
                    // handed over below, once complete
                }
                else if (typeId === ERROR_TYPE_ID && !(parentFlag & ERROR_CONTAINER)) {
                    (parent.strayErrors ??= []).push(node);
                }
                else {
                    parent.named.push(node);
                    if (parent.children !== parent.named)
                        parent.children.push(node);
                }
                if (!(nodeFlags & OPAQUE) && cursor.gotoFirstChild()) {
                    parents.push(node);
                    parentFlags.push(nodeFlags);
                    firstChildStart = start;
                    continue;
                }
                if (parent === root)
                    onTopLevel(node);
            }
            firstChildStart = -1;
            while (!cursor.gotoNextSibling()) {
                if (parents.length === 1)
                    return comments;
                cursor.gotoParent();
                const finished = parents.pop();
                parentFlags.pop();
                if (parents.length === 1)
                    onTopLevel(finished);
            }
        }
    }
    finally {
        cursor.delete();
    }
}
function plainNode(type, isNamed, start, end, field, flags) {
    const named = flags & OPAQUE ? NO_CHILDREN : [];
    const children = flags & OPAQUE || !(flags & TOKEN_PARENT) ? named : [];
    return { type, isNamed, start, end, field, children, named };
}
/** The source text with a line table, so locations come from offsets without asking WebAssembly. */
class SourceText {
    text;
    lineStarts = [0];
    /** The line of the last lookup: lowering asks about nearby offsets one after the other. */
    recentLine = 1;
    constructor(text) {
        this.text = text;
        for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }
    /** Lines in the text; a final newline does not start another line. */
    get lineCount() {
        const starts = this.lineStarts.length;
        return this.lineStarts[starts - 1] === this.text.length ? starts - 1 : starts;
    }
    of(node) {
        return this.text.slice(node.start, node.end);
    }
    loc(node) {
        const line = this.lineOf(node.start);
        const endLine = this.lineOf(node.end, line);
        return {
            line,
            column: node.start - this.lineStarts[line - 1] + 1,
            endLine,
            endColumn: node.end - this.lineStarts[endLine - 1] + 1,
        };
    }
    /** The 1-based line of an offset; `from` is a line known to start at or before it. */
    lineOf(offset, from = 1) {
        const starts = this.lineStarts;
        const recent = this.recentLine;
        if (recent >= from &&
            starts[recent - 1] <= offset &&
            (recent === starts.length || starts[recent] > offset))
            return recent;
        let low = from - 1;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        this.recentLine = low + 1;
        return low + 1;
    }
}
/** A declared type as written, without generic arguments (`<...>` or Python's `[...]`) and with spaces collapsed. */
function typeWithoutGenerics(text, open, close) {
    let depth = 0;
    let result = '';
    for (const char of text) {
        if (char === open)
            depth++;
        else if (char === close && depth > 0)
            depth--;
        else if (depth === 0)
            result += char;
    }
    return result.replace(/\s+/g, ' ').trim();
}
/** Whether the decorator starting at `start` has arguments (`@Query('id')`): only then are its children lowered. */
function decoratorHasArguments(text, start) {
    const head = /@\s*[\w$.]+\s*(<[^>()]*>)?\s*\(/y;
    head.lastIndex = start;
    return head.test(text);
}
/** A decorator's name as written, without `@`, arguments or type arguments (`app.route`, `Get`). */
function decoratorName(text) {
    let name = text.replace(/^@\s*/, '');
    if (name.startsWith('(') && name.endsWith(')'))
        name = name.slice(1, -1);
    const cut = name.search(/[(<]/);
    return (cut === -1 ? name : name.slice(0, cut)).replace(/\s+/g, '');
}
/**
 * What both front ends share: building IR nodes, statements hoisted out of expressions
 * (assignments inside expressions run before the statement containing them), synthetic
 * temporaries for values used several times, and the parts of a module collected on the way.
 */
class Lowering {
    source;
    imports = [];
    classes = [];
    functions = [];
    /** Statements hoisted out of the expressions of the statement being lowered. */
    hoisted = [];
    temporaries = 0;
    constructor(source) {
        this.source = source;
    }
    loc(node) {
        return this.source.loc(node);
    }
    textOf(node) {
        return this.source.of(node);
    }
    hoist(stmt) {
        this.hoisted.push(stmt);
    }
    /** The statements hoisted since the last statement was emitted; the caller places them. */
    takeHoisted() {
        const taken = this.hoisted;
        this.hoisted = [];
        return taken;
    }
    /** Appends a statement after the statements hoisted out of its expressions. */
    emit(out, stmt) {
        if (this.hoisted.length > 0)
            out.push(...this.takeHoisted());
        out.push(stmt);
    }
    /** Runs `lower` for a nested function or class body, whose statements must not pick up the enclosing statement's hoisted ones. */
    nestedScope(lower) {
        const saved = this.hoisted;
        this.hoisted = [];
        try {
            return lower();
        }
        finally {
            this.hoisted = saved;
        }
    }
    /**
     * A value a destructuring or a case test reads several times: side-effect-free expressions are
     * re-used (copied), anything else is assigned to a synthetic `$tmp<n>` first so a call is not
     * repeated. Returns a function giving a fresh expression for each use.
     */
    reusable(value, out, loc) {
        if (isPure(value))
            return () => copyPure(value);
        const name = this.newTemporary();
        this.emit(out, common_assign(nameExpr(name, loc), value, loc));
        return () => nameExpr(name, loc);
    }
    /**
     * Lowers one top-level statement or definition. A construct nested too deeply for the call stack
     * (thousands of levels, e.g. generated code) is left out instead of failing the whole file.
     */
    topLevel(lower) {
        try {
            lower();
        }
        catch (error) {
            if (!(error instanceof RangeError))
                throw error;
            this.hoisted = [];
        }
    }
    /**
     * A left-nested chain of binary operators (`a + b + c + ...`), walked along its left spine
     * without recursion so long concatenations do not exhaust the call stack.
     */
    leftChain(node, isLink, lowerOperand, combine) {
        const spine = [];
        let current = node;
        while (isLink(current) && current.named.length === 2) {
            spine.push(current);
            current = current.named[0];
        }
        let result = lowerOperand(current);
        for (let index = spine.length - 1; index >= 0; index--)
            result = combine(spine[index], result);
        return result;
    }
    /**
     * Decorators' names and, when any has arguments, their arguments index for index. Arguments are
     * lowered apart from the statement around them: what they would hoist is dropped.
     */
    decorators(nodes, argumentsOf) {
        const annotations = nodes.map((node) => decoratorName(this.textOf(node)));
        const args = nodes.map((node) => this.nestedScope(() => argumentsOf(node)));
        return args.some((list) => list.length > 0) ? { annotations, annotationArgs: args } : { annotations };
    }
    /** A synthetic variable name, `$tmp<n>`, unique in the module. */
    newTemporary() {
        return `$tmp${this.temporaries++}`;
    }
    /** Nested ifs for the branches of a `switch`/`match`; the first branch without a test ends the chain. */
    nestedIfs(branches) {
        let otherwise = [];
        const cut = branches.findIndex((branch) => branch.test === undefined);
        const reachable = cut === -1 ? branches : branches.slice(0, cut + 1);
        for (let index = reachable.length - 1; index >= 0; index--) {
            const branch = reachable[index];
            otherwise = branch.test
                ? [{ kind: 'if', test: branch.test, then: branch.body, otherwise, loc: branch.loc }]
                : branch.body;
        }
        return otherwise;
    }
    finishModule(path, language, tree, statements, comments) {
        return {
            path,
            language,
            imports: this.imports,
            classes: this.classes,
            functions: this.functions,
            statements,
            comments,
            syntaxErrors: syntaxErrorsIn(tree.rootNode),
            lineCount: this.source.lineCount,
        };
    }
}
function nameExpr(name, loc) {
    return { kind: 'name', name, loc };
}
function literal(value, loc) {
    return { kind: 'literal', value, loc };
}
function common_unknown(syntax, parts, loc) {
    return { kind: 'unknown', syntax, parts, loc };
}
function binary(operator, left, right, loc) {
    return { kind: 'binary', operator, left, right, loc };
}
function indexExpr(object, index, loc) {
    return { kind: 'index', object, index, loc };
}
function call(receiver, method, args, loc) {
    return receiver ? { kind: 'call', receiver, method, args, loc } : { kind: 'call', method, args, loc };
}
function common_assign(target, value, loc, extra) {
    return { kind: 'assign', target, value, ...extra, loc };
}
function exprStmt(expr, loc) {
    return { kind: 'expr', expr, loc };
}
/** Names, literals and member chains over them: reading them twice changes nothing. */
function isPure(expr) {
    if (expr.kind === 'name' || expr.kind === 'literal')
        return true;
    return expr.kind === 'member' && isPure(expr.object);
}
/** A fresh copy of a pure expression (locations are shared: they are never changed). */
function copyPure(expr) {
    return expr.kind === 'member' ? { ...expr, object: copyPure(expr.object) } : { ...expr };
}
/** A string built from literal pieces and interpolated values: a "+" chain that starts with a string. */
function interpolation(parts, loc) {
    const pieces = parts.filter((part) => !(part.kind === 'literal' && part.value === ''));
    const first = pieces[0];
    if (!first)
        return literal('', loc);
    let chain = first.kind === 'literal' && typeof first.value === 'string'
        ? first
        : binary('+', literal('', loc), first, loc);
    for (const piece of pieces.slice(1))
        chain = binary('+', chain, piece, loc);
    return chain;
}
/** The value of a numeric literal, or undefined when it is not a plain number (complex numbers). */
function numberValue(text) {
    const value = Number(text.replace(/_/g, '').replace(/[nlL]$/, ''));
    return Number.isNaN(value) ? undefined : value;
}
/** Ends with a statement after which control never reaches the next case of a switch. */
function endsControlFlow(stmts) {
    const last = stmts[stmts.length - 1];
    return last !== undefined && ['break', 'continue', 'return', 'throw'].includes(last.kind);
}

;// CONCATENATED MODULE: ./src/review/languages/javascript.ts

/** TypeScript-only syntax the lowering never looks into (types are read from their text). */
const TYPE_SYNTAX = new Set([
    'type_annotation',
    'type_arguments',
    'type_parameters',
    'asserts_annotation',
    'type_predicate_annotation',
    'interface_declaration',
    'type_alias_declaration',
    'function_signature',
    'ambient_declaration',
    'abstract_method_signature',
    'method_signature',
    'index_signature',
    'accessibility_modifier',
    'override_modifier',
    'import_alias',
    'type_identifier',
    'predefined_type',
    'generic_type',
    'union_type',
    'intersection_type',
    'object_type',
    'function_type',
    'array_type',
    'tuple_type',
    'literal_type',
    'lookup_type',
    'nested_type_identifier',
    'type_query',
    'index_type_query',
    'conditional_type',
    'parenthesized_type',
    'readonly_type',
    'template_literal_type',
    'constructor_type',
    'infer_type',
    'this_type',
    'existential_type',
]);
const MIRROR = {
    comments: new Set(['comment', 'html_comment']),
    skipped: new Set(['hash_bang_line']),
    opaque: new Set([
        // leaves
        'identifier',
        'property_identifier',
        'private_property_identifier',
        'shorthand_property_identifier',
        'shorthand_property_identifier_pattern',
        'statement_identifier',
        'number',
        'string_fragment',
        'escape_sequence',
        'html_character_reference',
        'jsx_text',
        'this',
        'super',
        'true',
        'false',
        'null',
        'undefined',
        'import',
        'optional_chain',
        // read from their text, or ignored
        'string',
        'regex',
        'meta_property',
        'import_attribute',
        'break_statement',
        'continue_statement',
        'empty_statement',
        'debugger_statement',
        ...TYPE_SYNTAX,
    ]),
    tokenParents: new Set([
        'binary_expression',
        'unary_expression',
        'update_expression',
        'augmented_assignment_expression',
        'lexical_declaration',
        'variable_declaration',
        'using_declaration',
        'for_in_statement',
        'method_definition',
        'field_definition',
        'public_field_definition',
        'required_parameter',
        'optional_parameter',
        'array_pattern',
        'import_specifier',
    ]),
    // Decorators with arguments are lowered (NestJS pipes); the others are read from their text.
    opaqueUnless: new Map([['decorator', decoratorHasArguments]]),
    fieldParents: new Set(['for_statement']),
    errorContainers: new Set([
        'program',
        'statement_block',
        'class_body',
        'switch_case',
        'switch_default',
        'ERROR',
    ]),
};
const DECLARATIONS = new Set(['function_declaration', 'generator_function_declaration']);
const CLASSES = new Set(['class_declaration', 'abstract_class_declaration']);
const FUNCTIONS = new Set(['function_expression', 'function', 'generator_function', 'arrow_function']);
const PARAMETER_MODIFIERS = new Set([
    'decorator',
    'accessibility_modifier',
    'override_modifier',
    'type_annotation',
]);
/** TypeScript wrappers that only state a type: `x as T`, `x!`, `x satisfies T`, `<T>x`, `f<T>`. */
const TYPE_WRAPPERS = new Set([
    'as_expression',
    'satisfies_expression',
    'non_null_expression',
    'instantiation_expression',
]);
const CONSTANT_CASES = new Set(['string', 'number', 'true', 'false', 'null', 'undefined']);
/** Lowers a JavaScript, TypeScript or TSX syntax tree to the IR (see ir.ts for the rules every front end follows). */
function lowerJavaScript(tree, path, text, language) {
    const source = new SourceText(text);
    const lowering = new JavaScriptLowering(source);
    const statements = [];
    const comments = mirrorTree(tree, source, MIRROR, (node) => lowering.topLevelNode(node, statements));
    return lowering.finish(path, language, tree, statements, comments);
}
class JavaScriptLowering extends Lowering {
    finish(path, language, tree, statements, comments) {
        return this.finishModule(path, language, tree, statements, comments);
    }
    /** A top-level node: function and class declarations (also exported ones) are the module's own. */
    topLevelNode(node, out) {
        this.topLevel(() => {
            const declaration = node.type === 'export_statement' ? this.exported(node, out) : node;
            if (!declaration)
                return;
            if (DECLARATIONS.has(declaration.type))
                this.functions.push(this.functionDecl(declaration));
            else
                this.statement(declaration, out);
        });
    }
    /**
     * What an export wraps: a declaration, or `export default <expression>`. An anonymous default
     * function or class is declared under the name `default`.
     */
    exported(node, out) {
        const wrapped = node.named.find((child) => child.type !== 'decorator' && child.type !== 'export_clause');
        if (!wrapped || wrapped.type === 'string' || wrapped.type === 'namespace_export')
            return undefined;
        if (FUNCTIONS.has(wrapped.type)) {
            const named = wrapped.type !== 'arrow_function' && wrapped.named.some((child) => child.type === 'identifier');
            this.functions.push(this.functionDecl(wrapped, named ? undefined : 'default'));
            return undefined;
        }
        if (wrapped.type === 'class' &&
            !wrapped.named.some((c) => c.type === 'identifier' || c.type === 'type_identifier')) {
            this.classDecl(wrapped, 'default');
            return undefined;
        }
        if (isDeclaration(wrapped.type))
            return wrapped;
        this.emit(out, exprStmt(this.expr(wrapped), this.loc(wrapped)));
        return undefined;
    }
    // ---- statements -------------------------------------------------------------------------
    /** A statement list; nested function declarations are hoisted to its start, as JavaScript does. */
    statements(nodes) {
        const out = [];
        for (const node of nodes)
            if (DECLARATIONS.has(node.type))
                this.nestedFunction(node, out);
        for (const node of nodes)
            if (!DECLARATIONS.has(node.type))
                this.statement(node, out);
        return out;
    }
    /** The body of an `if`, loop or label: a block's statements, or the single statement. */
    body(node) {
        if (!node)
            return [];
        return this.statements(node.type === 'statement_block' ? node.named : [node]);
    }
    /** One statement; ERROR nodes inside it that hold no place of their own follow it. */
    statement(node, out) {
        this.statementItself(node, out);
        if (node.strayErrors && !DECLARATIONS.has(node.type))
            for (const error of node.strayErrors)
                this.statement(error, out);
    }
    statementItself(node, out) {
        const loc = this.loc(node);
        switch (node.type) {
            case 'expression_statement':
                return node.named[0] && this.expressionStatement(node.named[0], out);
            case 'lexical_declaration':
            case 'variable_declaration':
            case 'using_declaration':
                return this.declaration(node, out);
            case 'variable_declarator':
                return this.declarator(node, out, false);
            case 'if_statement':
                return this.ifStatement(node, out);
            case 'switch_statement':
                return this.switchStatement(node, out);
            case 'for_statement':
                return this.forStatement(node, out);
            case 'for_in_statement':
                return this.forInStatement(node, out);
            case 'while_statement':
                return this.whileStatement(node, out);
            case 'do_statement': {
                const body = this.body(node.named[0]);
                const test = this.expr(node.named[1]);
                out.push(...this.takeHoisted(), { kind: 'loop', test, body, loc });
                return;
            }
            case 'try_statement':
                return this.tryStatement(node, out);
            case 'return_statement':
                return this.emit(out, { kind: 'return', value: node.named[0] && this.expr(node.named[0]), loc });
            case 'throw_statement':
                return this.emit(out, { kind: 'throw', value: node.named[0] && this.expr(node.named[0]), loc });
            case 'break_statement':
                return this.emit(out, { kind: 'break', loc });
            case 'continue_statement':
                return this.emit(out, { kind: 'continue', loc });
            case 'statement_block':
                return this.emit(out, { kind: 'block', body: this.statements(node.named), loc });
            case 'labeled_statement':
                return this.emit(out, { kind: 'block', body: this.body(node.named[1]), loc });
            case 'with_statement': {
                const object = exprStmt(this.expr(node.named[0]), loc);
                return this.emit(out, { kind: 'block', body: [object, ...this.body(node.named[1])], loc });
            }
            case 'import_statement':
                return this.importStatement(node);
            case 'export_statement': {
                const declaration = this.exported(node, out);
                if (declaration)
                    this.statement(declaration, out);
                return;
            }
            case 'function_declaration':
            case 'generator_function_declaration':
                return this.nestedFunction(node, out);
            case 'class_declaration':
            case 'abstract_class_declaration':
                this.classDecl(node);
                return;
            case 'enum_declaration':
                return this.enumDeclaration(node, out);
            case 'internal_module':
            case 'module': {
                const block = node.named.find((child) => child.type === 'statement_block');
                return this.emit(out, { kind: 'block', body: this.statements(block?.named ?? []), loc });
            }
            case 'ERROR':
            case 'else_clause':
            case 'finally_clause':
            case 'switch_body':
            case 'switch_case':
            case 'switch_default':
                for (const child of node.named)
                    this.statement(child, out);
                return;
            case 'empty_statement':
            case 'debugger_statement':
                return;
            default:
                if (TYPE_SYNTAX.has(node.type))
                    return;
                this.expressionStatement(node, out);
        }
    }
    /** Assignments, updates and sequences at statement level; anything else is an expression statement. */
    expressionStatement(node, out) {
        const loc = this.loc(node);
        switch (node.type) {
            case 'assignment_expression':
                return this.assignTo(node.named[0], this.expr(node.named[1]), out, loc);
            case 'augmented_assignment_expression': {
                const [target, value] = node.named;
                const operator = operatorOf(node).slice(0, -1);
                return this.emit(out, common_assign(this.expr(target), binary(operator, this.expr(target), this.expr(value), loc), loc));
            }
            case 'update_expression':
                return this.emit(out, this.update(node, loc));
            case 'sequence_expression':
                for (const child of node.named)
                    this.expressionStatement(child, out);
                return;
            case 'parenthesized_expression':
                return node.named[0] ? this.expressionStatement(node.named[0], out) : undefined;
            case 'internal_module':
                return this.statement(node, out);
            default:
                this.emit(out, exprStmt(this.expr(node), loc));
        }
    }
    /** `i++` is `i = i + 1`. */
    update(node, loc) {
        const operator = operatorOf(node) === '--' ? '-' : '+';
        const target = node.named[0];
        return common_assign(this.expr(target), binary(operator, this.expr(target), literal(1, loc), loc), loc);
    }
    /** `const`/`let`/`var` declarations; `require` calls are recorded as imports too. */
    declaration(node, out) {
        const keyword = node.children.find((child) => !child.isNamed)?.type;
        const constant = keyword === 'const' || keyword === 'using' || keyword === 'await';
        for (const declarator of node.named) {
            if (declarator.type === 'variable_declarator')
                this.declarator(declarator, out, constant);
        }
    }
    declarator(node, out, constant) {
        const [name, ...rest] = node.named;
        const typeNode = rest.find((child) => child.type === 'type_annotation');
        const valueNode = rest.find((child) => child.type !== 'type_annotation');
        if (!name || !valueNode)
            return;
        this.recordRequire(name, valueNode);
        const binding = constant ? { constant } : {};
        if (typeNode && name.type === 'identifier')
            binding.declaredType = tsType(this.textOf(typeNode));
        this.assignTo(name, this.expr(valueNode), out, this.loc(node), binding);
    }
    /** Binds a target (a name, member, index or a destructuring pattern) to a lowered value. */
    assignTo(target, value, out, loc, binding = {}) {
        switch (target.type) {
            case 'object_pattern':
                return this.destructureObject(target, value, out, loc, binding.constant);
            case 'array_pattern':
                return this.destructureArray(target, value, out, loc, binding.constant);
            case 'parenthesized_expression':
            case 'non_null_expression':
                return target.named[0] && this.assignTo(target.named[0], value, out, loc, binding);
            case 'assignment_pattern':
            case 'object_assignment_pattern': {
                const [left, fallback] = target.named;
                return this.assignTo(left, binary('??', value, this.expr(fallback), loc), out, loc, binding);
            }
            case 'rest_pattern':
                return this.assignTo(target.named[0], common_unknown('rest_pattern', [value], loc), out, loc, binding);
            default:
                this.emit(out, common_assign(this.expr(target), value, loc, binding));
        }
    }
    /** `const { id, user: { name }, ...rest } = value`: one assignment per property, `id = value['id']`. */
    destructureObject(pattern, value, out, loc, constant) {
        const source = pattern.named.length > 1 ? this.reusable(value, out, loc) : () => value;
        const binding = constant ? { constant } : {};
        for (const property of pattern.named) {
            const propertyLoc = this.loc(property);
            if (property.type === 'rest_pattern') {
                this.assignTo(property, source(), out, propertyLoc, binding);
                continue;
            }
            const [key, target] = property.type === 'pair_pattern'
                ? [property.named[0], property.named[1]]
                : [property.named[0] ?? property, property];
            const element = indexExpr(source(), this.propertyKey(key), propertyLoc);
            if (target.type === 'shorthand_property_identifier_pattern') {
                this.emit(out, common_assign(nameExpr(this.textOf(target), propertyLoc), element, propertyLoc, binding));
            }
            else if (target.type === 'object_assignment_pattern') {
                const fallback = this.expr(target.named[1]);
                const name = nameExpr(this.textOf(target.named[0]), propertyLoc);
                this.emit(out, common_assign(name, binary('??', element, fallback, propertyLoc), propertyLoc, binding));
            }
            else {
                this.assignTo(target, element, out, propertyLoc, binding);
            }
        }
    }
    /** `const [a, , b, ...rest] = value`: `a = value[0]`, `b = value[2]`. */
    destructureArray(pattern, value, out, loc, constant) {
        const source = pattern.named.length > 1 ? this.reusable(value, out, loc) : () => value;
        const binding = constant ? { constant } : {};
        let position = 0;
        for (const child of pattern.children) {
            if (child.type === ',')
                position++;
            else if (child.isNamed) {
                const elementLoc = this.loc(child);
                const element = child.type === 'rest_pattern'
                    ? source()
                    : indexExpr(source(), literal(position, elementLoc), elementLoc);
                this.assignTo(child, element, out, elementLoc, binding);
            }
        }
    }
    /** A property key as an expression: a literal for constant keys, the computed expression otherwise. */
    propertyKey(key) {
        const constant = this.constantKey(key);
        if (constant !== undefined)
            return literal(constant, this.loc(key));
        return key.type === 'computed_property_name' && key.named[0] ? this.expr(key.named[0]) : this.expr(key);
    }
    /** The constant name of a property key (`a`, `'a'`, `1`, `['a']`), or undefined when computed. */
    constantKey(key) {
        switch (key.type) {
            case 'property_identifier':
            case 'private_property_identifier':
            case 'shorthand_property_identifier':
            case 'shorthand_property_identifier_pattern':
            case 'identifier':
                return this.textOf(key);
            case 'string':
                return decodeJavaScriptString(this.textOf(key).slice(1, -1));
            case 'number':
                return String(numberValue(this.textOf(key)) ?? this.textOf(key));
            case 'computed_property_name': {
                const inner = key.named[0];
                return inner && (inner.type === 'string' || inner.type === 'number')
                    ? this.constantKey(inner)
                    : undefined;
            }
            default:
                return undefined;
        }
    }
    ifStatement(node, out) {
        const [condition, consequence] = node.named;
        const alternative = node.named.find((child, index) => index > 1 && child.type === 'else_clause');
        const test = this.expr(condition);
        const before = this.takeHoisted();
        const then = this.body(consequence);
        const otherwise = alternative ? this.body(alternative.named[0]) : [];
        out.push(...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) });
    }
    /**
     * `switch` as nested ifs: a constant case compares with `===`, others are unknown tests. Empty
     * cases share the next body; a body that does not end in `break`/`return`/`throw` falls through.
     */
    switchStatement(node, out) {
        const [discriminant, switchBody] = node.named;
        const loc = this.loc(node);
        const subject = this.reusable(this.expr(discriminant), out, loc);
        const before = this.takeHoisted();
        const cases = switchBody?.named.filter((child) => child.type === 'switch_case' || child.type === 'switch_default') ??
            [];
        const bodies = cases.map((clause) => this.statements(clause.type === 'switch_case' ? clause.named.slice(1) : clause.named));
        const branches = [];
        let tests = [];
        let defaultBranch;
        cases.forEach((clause, index) => {
            const caseLoc = this.loc(clause);
            if (clause.type === 'switch_case')
                tests.push(this.caseTest(clause.named[0], subject, caseLoc));
            if (bodies[index].length === 0 && index < cases.length - 1)
                return;
            const body = [];
            for (let next = index; next < cases.length; next++) {
                // A body reached by falling through from an earlier case is a copy.
                body.push(...(next === index ? bodies[next] : structuredClone(bodies[next])));
                if (endsControlFlow(body))
                    break;
            }
            if (body[body.length - 1]?.kind === 'break')
                body.pop();
            if (clause.type === 'switch_default')
                defaultBranch = { body, loc: caseLoc };
            else
                branches.push({
                    test: tests.reduce((left, right) => binary('||', left, right, caseLoc)),
                    body,
                    loc: caseLoc,
                });
            tests = [];
        });
        if (defaultBranch)
            branches.push(defaultBranch);
        out.push(...before, ...this.takeHoisted(), ...this.nestedIfs(branches));
    }
    caseTest(value, subject, loc) {
        if (!value)
            return common_unknown('switch_case', [subject()], loc);
        const lowered = this.expr(value);
        return CONSTANT_CASES.has(value.type)
            ? binary('===', subject(), lowered, loc)
            : common_unknown('switch_case', [subject(), lowered], loc);
    }
    /** `for (init; test; update)`: init before the loop, update at the end of the body. */
    forStatement(node, out) {
        const field = (name) => node.children.find((child) => child.field === name && child.isNamed && child.type !== 'empty_statement');
        const initializer = field('initializer');
        if (initializer)
            this.statement(initializer, out);
        const condition = field('condition');
        const test = condition && this.expr(condition.type === 'expression_statement' ? condition.named[0] : condition);
        const before = this.takeHoisted();
        const body = this.body(field('body'));
        const increment = field('increment');
        if (increment)
            this.expressionStatement(increment, body);
        body.push(...structuredClone(before));
        out.push(...before, test ? { kind: 'loop', test, body, loc: this.loc(node) } : { kind: 'loop', body, loc: this.loc(node) });
    }
    /** `for (const x of xs)` / `for (k in obj)`; a destructuring target is unpacked at the start of the body. */
    forInStatement(node, out) {
        const left = node.named[0];
        const right = node.named[node.named.length - 2];
        const iterable = this.expr(right);
        const before = this.takeHoisted();
        const loc = this.loc(node);
        const prologue = [];
        let variable;
        if (left.type === 'object_pattern' || left.type === 'array_pattern') {
            const name = this.newTemporary();
            variable = nameExpr(name, this.loc(left));
            this.assignTo(left, nameExpr(name, this.loc(left)), prologue, this.loc(left), {
                constant: hasToken(node, 'const') || undefined,
            });
        }
        else {
            variable = this.expr(left);
        }
        const body = [...prologue, ...this.body(node.named[node.named.length - 1])];
        out.push(...before, { kind: 'loop', variable, iterable, body, loc });
    }
    whileStatement(node, out) {
        const test = this.expr(node.named[0]);
        const before = this.takeHoisted();
        const body = [...this.body(node.named[1]), ...structuredClone(before)];
        out.push(...before, { kind: 'loop', test, body, loc: this.loc(node) });
    }
    tryStatement(node, out) {
        const body = this.body(node.named[0]);
        const handlers = [];
        let finallyBody = [];
        for (const clause of node.named.slice(1)) {
            if (clause.type === 'catch_clause')
                handlers.push(this.catchClause(clause));
            else if (clause.type === 'finally_clause')
                finallyBody = this.body(clause.named[0]);
        }
        out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
    }
    catchClause(clause) {
        const parameter = clause.named.find((child) => child.type !== 'statement_block' && child.type !== 'type_annotation');
        const block = clause.named.find((child) => child.type === 'statement_block');
        if (!parameter)
            return { body: this.body(block) };
        if (parameter.type === 'identifier')
            return { variable: this.textOf(parameter), body: this.body(block) };
        const variable = this.newTemporary();
        const prologue = [];
        this.assignTo(parameter, nameExpr(variable, this.loc(parameter)), prologue, this.loc(parameter));
        return { variable, body: [...prologue, ...this.body(block)] };
    }
    /** A function declared inside a body: a function value bound to its name. */
    nestedFunction(node, out) {
        const fn = this.functionDecl(node);
        const loc = this.loc(node);
        const nameNode = node.named.find((child) => child.type === 'identifier');
        this.emit(out, common_assign(nameExpr(fn.name, nameNode ? this.loc(nameNode) : loc), { kind: 'function', fn, loc }, loc));
    }
    /** `enum E { A = 'a', B }` is a constant object. */
    enumDeclaration(node, out) {
        const [name, body] = node.named;
        const loc = this.loc(node);
        let next = 0;
        const properties = (body?.named ?? []).map((member) => {
            const memberLoc = this.loc(member);
            const keyNode = member.type === 'enum_assignment' ? member.named[0] : member;
            let value;
            if (member.type === 'enum_assignment' && member.named[1])
                value = this.expr(member.named[1]);
            else
                value = next === undefined ? common_unknown('enum_member', [], memberLoc) : literal(next, memberLoc);
            next = value.kind === 'literal' && typeof value.value === 'number' ? value.value + 1 : undefined;
            return { key: this.constantKey(keyNode), value };
        });
        this.emit(out, common_assign(nameExpr(this.textOf(name), this.loc(name)), { kind: 'object', properties, loc }, loc, {
            constant: true,
        }));
    }
    // ---- imports ----------------------------------------------------------------------------
    /** `import d, { a as b } from 'm'`, `import * as ns from 'm'`, `import x = require('m')`. */
    importStatement(node) {
        const sourceNode = node.named.find((child) => child.type === 'string');
        const requireClause = node.named.find((child) => child.type === 'import_require_clause');
        if (requireClause) {
            const [alias, module] = requireClause.named;
            if (alias && module)
                this.imports.push({ module: this.stringValue(module), alias: this.textOf(alias) });
            return;
        }
        if (!sourceNode)
            return;
        const module = this.stringValue(sourceNode);
        const clause = node.named.find((child) => child.type === 'import_clause');
        for (const part of clause?.named ?? []) {
            if (part.type === 'identifier')
                this.imports.push({ module, alias: this.textOf(part) });
            else if (part.type === 'namespace_import' && part.named[0])
                this.imports.push({ module, alias: this.textOf(part.named[0]) });
            else if (part.type === 'named_imports') {
                for (const specifier of part.named)
                    this.importSpecifier(module, specifier);
            }
        }
    }
    importSpecifier(module, specifier) {
        const [first, second] = specifier.named;
        if (!first)
            return;
        const importsDefault = hasToken(specifier, 'default');
        const imported = importsDefault ? 'default' : this.importedName(first);
        const alias = this.textOf(importsDefault || !second ? first : second);
        this.imports.push({ module: imported === 'default' ? module : `${module}.${imported}`, alias });
    }
    importedName(node) {
        return node.type === 'string' ? this.stringValue(node) : this.textOf(node);
    }
    /**
     * `const cp = require('m')`, `const x = require('m').a`, `const { a, b: c } = require('m')`:
     * the bindings are imports of `m`, `m.a`, `m.b` (the assignments are lowered too).
     */
    recordRequire(target, value) {
        const module = this.requiredModule(value);
        if (module === undefined)
            return;
        if (target.type === 'identifier') {
            this.imports.push({ module, alias: this.textOf(target) });
            return;
        }
        if (target.type !== 'object_pattern')
            return;
        for (const property of target.named) {
            if (property.type === 'shorthand_property_identifier_pattern') {
                this.imports.push({ module: `${module}.${this.textOf(property)}`, alias: this.textOf(property) });
            }
            else if (property.type === 'pair_pattern' && property.named[1]?.type === 'identifier') {
                const key = this.constantKey(property.named[0]);
                if (key !== undefined)
                    this.imports.push({ module: `${module}.${key}`, alias: this.textOf(property.named[1]) });
            }
        }
    }
    /** The module a `require('m')` (or `require('m').a.b`) expression names, if it is one. */
    requiredModule(node) {
        if (node.type === 'member_expression') {
            const base = this.requiredModule(node.named[0]);
            const property = node.named[node.named.length - 1];
            return base === undefined ? undefined : `${base}.${this.textOf(property)}`;
        }
        if (node.type === 'await_expression' && node.named[0])
            return this.requiredModule(node.named[0]);
        if (node.type !== 'call_expression')
            return undefined;
        const [callee, args] = node.named;
        const first = args?.type === 'arguments' ? args.named[0] : undefined;
        if (callee.type !== 'identifier' || this.textOf(callee) !== 'require' || first?.type !== 'string')
            return undefined;
        return this.stringValue(first);
    }
    // ---- functions and classes ----------------------------------------------------------------
    /**
     * A function, method or arrow. Destructured parameters become `$param<i>` with assignments at the
     * start of the body; TypeScript parameter properties (`constructor(private db: Db)`) assign `this.db`.
     */
    functionDecl(node, name, className, decorators = []) {
        const isArrow = node.type === 'arrow_function';
        const nameNode = isArrow ? undefined : node.named.find((child) => child.type === 'identifier');
        const bodyNode = node.named[node.named.length - 1];
        const parameterNode = node.named.find((child) => child !== bodyNode &&
            (child.type === 'formal_parameters' || (isArrow && child.type === 'identifier')));
        const fnName = name ?? (nameNode ? this.textOf(nameNode) : '<lambda>');
        return this.nestedScope(() => {
            const prologue = [];
            const params = parameterNode?.type === 'identifier'
                ? [{ name: this.textOf(parameterNode), annotations: [], loc: this.loc(parameterNode) }]
                : this.parameters(parameterNode, prologue);
            let body;
            if (bodyNode?.type === 'statement_block')
                body = [...prologue, ...this.statements(bodyNode.named)];
            else {
                body = prologue;
                if (bodyNode)
                    this.emit(body, { kind: 'return', value: this.expr(bodyNode), loc: this.loc(bodyNode) });
            }
            for (const error of node.strayErrors ?? [])
                this.statement(error, body);
            const fn = {
                name: fnName,
                params,
                ...this.decoratorsOf(decorators),
                isStatic: false,
                body,
                loc: this.loc(node),
            };
            if (className !== undefined)
                fn.className = className;
            return fn;
        });
    }
    /** `@Query('id', ParseIntPipe)`: the decorator's name, and its arguments when it is a call. */
    decoratorsOf(nodes) {
        return this.decorators(nodes, (decorator) => {
            const inner = decorator.named[0];
            return inner?.type === 'call_expression' ? this.arguments(lastNamed(inner)) : [];
        });
    }
    parameters(node, prologue) {
        const params = [];
        for (const param of node?.named ?? []) {
            const loc = this.loc(param);
            const isTypeScriptParameter = param.type === 'required_parameter' || param.type === 'optional_parameter';
            const children = isTypeScriptParameter ? param.named : [param];
            const decorators = this.decoratorsOf(children.filter((c) => c.type === 'decorator'));
            const typeNode = children.find((c) => c.type === 'type_annotation');
            let pattern = children.find((c) => !PARAMETER_MODIFIERS.has(c.type));
            if (!pattern || pattern.type === 'this')
                continue;
            if (pattern.type === 'assignment_pattern')
                pattern = pattern.named[0];
            if (pattern?.type === 'rest_pattern')
                pattern = pattern.named[0];
            if (!pattern)
                continue;
            let name = this.textOf(pattern);
            if (pattern.type !== 'identifier') {
                name = `$param${params.length}`;
                this.assignTo(pattern, nameExpr(name, loc), prologue, loc);
            }
            else if (isTypeScriptParameter &&
                (hasToken(param, 'readonly') || children.some((c) => c.type === 'accessibility_modifier'))) {
                const field = { kind: 'member', object: nameExpr('this', loc), property: name, loc };
                prologue.push(common_assign(field, nameExpr(name, loc), loc));
            }
            const parameter = { name, ...decorators, loc };
            if (typeNode)
                parameter.type = tsType(this.textOf(typeNode));
            params.push(parameter);
        }
        return params;
    }
    /** A class declaration or expression; returns its name. Decorators before a member are its annotations. */
    classDecl(node, defaultName) {
        const nameNode = node.named.find((child) => child.type === 'identifier' || child.type === 'type_identifier');
        const name = defaultName ?? (nameNode ? this.textOf(nameNode) : '<class>');
        const decl = { name, fields: [], methods: [], loc: this.loc(node) };
        const superclass = this.superclass(node.named.find((child) => child.type === 'class_heritage'));
        if (superclass)
            decl.superclass = superclass;
        this.classes.push(decl);
        let decorators = [];
        for (const member of node.named.find((child) => child.type === 'class_body')?.named ?? []) {
            if (member.type === 'decorator') {
                decorators.push(member);
                continue;
            }
            const memberDecorators = [...decorators, ...member.named.filter((c) => c.type === 'decorator')];
            decorators = [];
            if (member.type === 'method_definition')
                decl.methods.push(this.method(member, name, memberDecorators));
            else if (member.type === 'field_definition' || member.type === 'public_field_definition')
                this.field(member, decl);
            else if (member.type === 'class_static_block') {
                const body = this.nestedScope(() => this.body(member.named[0]));
                decl.methods.push({
                    name: '<clinit>',
                    className: name,
                    params: [],
                    annotations: [],
                    isStatic: true,
                    body,
                    loc: this.loc(member),
                });
            }
        }
        return name;
    }
    superclass(heritage) {
        const extendsClause = heritage?.named.find((child) => child.type === 'extends_clause');
        const value = extendsClause ? extendsClause.named[0] : heritage?.named[0];
        return value && value.type !== 'implements_clause' ? this.textOf(value).replace(/\s+/g, '') : undefined;
    }
    /** A method; the constructor is named "<init>" (as in Java). */
    method(node, className, decorators) {
        const nameNode = node.named.find((child) => isPropertyName(child.type));
        const key = nameNode ? (this.constantKey(nameNode) ?? this.textOf(nameNode)) : '<method>';
        const fn = this.functionDecl(node, key === 'constructor' ? '<init>' : key, className, decorators);
        fn.isStatic = hasToken(node, 'static');
        return fn;
    }
    /** A class field with an initialiser: an assignment to the field's name. */
    field(node, decl) {
        const nameNode = node.named.find((child) => isPropertyName(child.type));
        const valueNode = node.named.find((child) => child !== nameNode && child.type !== 'decorator' && !TYPE_SYNTAX.has(child.type));
        if (!nameNode || !valueNode)
            return;
        const typeNode = node.named.find((child) => child.type === 'type_annotation');
        const loc = this.loc(node);
        const binding = hasToken(node, 'readonly') ? { constant: true } : {};
        if (typeNode)
            binding.declaredType = tsType(this.textOf(typeNode));
        this.nestedScope(() => {
            const value = this.expr(valueNode);
            for (const stmt of this.takeHoisted())
                if (stmt.kind === 'assign')
                    decl.fields.push(stmt);
            const name = nameExpr(this.constantKey(nameNode) ?? this.textOf(nameNode), this.loc(nameNode));
            decl.fields.push(common_assign(name, value, loc, binding));
        });
    }
    // ---- expressions ------------------------------------------------------------------------
    expr(node) {
        const loc = this.loc(node);
        switch (node.type) {
            case 'identifier':
            case 'property_identifier':
            case 'shorthand_property_identifier':
            case 'private_property_identifier':
            case 'this':
            case 'super':
                return nameExpr(this.textOf(node), loc);
            case 'string':
                return literal(this.stringValue(node), loc);
            case 'number': {
                const value = numberValue(this.textOf(node));
                return value === undefined ? common_unknown(node.type, [], loc) : literal(value, loc);
            }
            case 'true':
                return literal(true, loc);
            case 'false':
                return literal(false, loc);
            case 'null':
            case 'undefined':
                return literal(null, loc);
            case 'template_string':
                return interpolation(this.templateParts(node).parts, loc);
            case 'member_expression':
                return {
                    kind: 'member',
                    object: this.expr(node.named[0]),
                    property: this.textOf(lastNamed(node)),
                    loc,
                };
            case 'subscript_expression':
                return indexExpr(this.expr(node.named[0]), this.expr(lastNamed(node)), loc);
            case 'call_expression':
                return this.callExpr(node, loc);
            case 'new_expression':
                return this.newExpr(node, loc);
            case 'binary_expression':
                return this.leftChain(node, (link) => link.type === 'binary_expression', (operand) => this.expr(operand), (link, left) => binary(operatorOf(link), left, this.expr(link.named[1]), this.loc(link)));
            case 'unary_expression':
                return { kind: 'unary', operator: operatorOf(node), operand: this.expr(node.named[0]), loc };
            case 'await_expression':
                return { kind: 'unary', operator: 'await', operand: this.expr(node.named[0]), loc };
            case 'ternary_expression': {
                const [test, then, otherwise] = node.named.map((child) => this.expr(child));
                return { kind: 'conditional', test, then, otherwise, loc };
            }
            case 'parenthesized_expression':
                return node.named[0] ? this.expr(node.named[0]) : common_unknown(node.type, [], loc);
            case 'sequence_expression':
                return this.sequence(node);
            case 'assignment_expression':
            case 'augmented_assignment_expression':
            case 'update_expression':
                return this.assignmentValue(node);
            case 'array':
                return { kind: 'array', elements: node.named.map((child) => this.expr(child)), loc };
            case 'object':
                return this.objectExpr(node, loc);
            case 'function_expression':
            case 'function':
            case 'generator_function':
            case 'arrow_function':
                return { kind: 'function', fn: this.functionDecl(node), loc };
            case 'class':
                return nameExpr(this.classDecl(node), loc);
            case 'jsx_element':
            case 'jsx_self_closing_element':
                return this.jsxElement(node, loc);
            case 'type_assertion':
                return this.expr(lastNamed(node));
            case 'regex':
                return common_unknown('regex', [literal(this.textOf(node), loc)], loc);
            default:
                if (TYPE_WRAPPERS.has(node.type) && node.named[0])
                    return this.expr(node.named[0]);
                return common_unknown(node.type, node.named.map((child) => this.expr(child)), loc);
        }
    }
    /** `(a, b, c)`: `a` and `b` run as statements first, the value is `c`. */
    sequence(node) {
        const elements = node.named;
        for (const element of elements.slice(0, -1))
            this.hoist(exprStmt(this.expr(element), this.loc(element)));
        return this.expr(elements[elements.length - 1]);
    }
    /** An assignment used as a value runs before the statement containing it; its value is the target. */
    assignmentValue(node) {
        const hoisted = [];
        const target = node.named[0];
        let value;
        if (target.type === 'object_pattern' || target.type === 'array_pattern') {
            const loc = this.loc(node);
            const source = this.reusable(this.expr(node.named[1]), hoisted, loc);
            this.assignTo(target, source(), hoisted, loc);
            value = source();
        }
        else {
            this.expressionStatement(node, hoisted);
            value = this.expr(target);
        }
        for (const stmt of hoisted)
            this.hoist(stmt);
        return value;
    }
    /** `a.b(x)` has receiver `a`; `f(x)` none; any other callee is the receiver of method "<call>". Tagged templates get (strings, ...values). */
    callExpr(node, loc) {
        const callee = node.named[0];
        const argumentNode = lastNamed(node);
        let args;
        if (argumentNode.type === 'template_string') {
            const { strings, values } = this.templateParts(argumentNode);
            args = [
                { value: { kind: 'array', elements: strings, loc: this.loc(argumentNode) } },
                ...values.map((value) => ({ value })),
            ];
        }
        else {
            args = this.arguments(argumentNode);
        }
        const target = TYPE_WRAPPERS.has(callee.type) && callee.named[0] ? callee.named[0] : callee;
        if (target.type === 'member_expression') {
            return call(this.expr(target.named[0]), this.textOf(lastNamed(target)), args, loc);
        }
        if (target.type === 'identifier' || target.type === 'import' || target.type === 'super') {
            return call(undefined, this.textOf(target), args, loc);
        }
        return call(this.expr(target), '<call>', args, loc);
    }
    arguments(node) {
        if (node?.type !== 'arguments')
            return [];
        return node.named.map((arg) => arg.type === 'spread_element'
            ? { spread: true, value: this.expr(arg.named[0]) }
            : { value: this.expr(arg) });
    }
    /** `new T(args)`, `T` as written (`AWS.S3`) without type arguments. */
    newExpr(node, loc) {
        const constructor = node.named[0];
        const args = this.arguments(node.named.find((child) => child.type === 'arguments'));
        return { kind: 'new', type: this.textOf(constructor).replace(/\s+/g, ''), args, loc };
    }
    /** Object literals: constant keys are kept, computed keys and spreads have none. */
    objectExpr(node, loc) {
        const properties = node.named.map((entry) => {
            switch (entry.type) {
                case 'pair': {
                    const key = this.constantKey(entry.named[0]);
                    const value = this.expr(entry.named[1]);
                    return key === undefined ? { value } : { key, value };
                }
                case 'shorthand_property_identifier':
                    return { key: this.textOf(entry), value: nameExpr(this.textOf(entry), this.loc(entry)) };
                case 'method_definition': {
                    const nameNode = entry.named.find((child) => isPropertyName(child.type));
                    const key = nameNode && this.constantKey(nameNode);
                    const value = {
                        kind: 'function',
                        fn: this.functionDecl(entry, key ?? '<lambda>'),
                        loc: this.loc(entry),
                    };
                    return key === undefined ? { value } : { key, value };
                }
                case 'spread_element':
                    return { value: this.expr(entry.named[0]) };
                default:
                    return { value: this.expr(entry) };
            }
        });
        return { kind: 'object', properties, loc };
    }
    /** A template's literal pieces (cooked) and interpolated values, in order. */
    templateParts(node) {
        const parts = [];
        const strings = [];
        const values = [];
        let piece = '';
        let pieceStart;
        let pieceEnd;
        const closePiece = () => {
            const pieceLoc = pieceStart && pieceEnd ? this.source.loc({ ...pieceStart, end: pieceEnd.end }) : this.loc(node);
            strings.push(literal(piece, pieceLoc));
            if (piece !== '')
                parts.push(literal(piece, pieceLoc));
            piece = '';
            pieceStart = pieceEnd = undefined;
        };
        for (const child of node.named) {
            if (child.type === 'template_substitution') {
                closePiece();
                const value = child.named[0] ? this.expr(child.named[0]) : common_unknown(child.type, [], this.loc(child));
                parts.push(value);
                values.push(structuredClone(value));
            }
            else {
                piece +=
                    child.type === 'escape_sequence' ? decodeJavaScriptString(this.textOf(child)) : this.textOf(child);
                pieceStart ??= child;
                pieceEnd = child;
            }
        }
        closePiece();
        return { parts, strings, values };
    }
    /**
     * JSX: `<Tag a={x} {...p}>{child}</Tag>` is a call of method "<jsx>" on receiver `Tag`, with the
     * attributes as keyword arguments (a bare attribute is `true`) and the children as positional ones.
     */
    jsxElement(node, loc) {
        const opening = node.type === 'jsx_element' ? node.named.find((child) => child.type === 'jsx_opening_element') : node;
        const tag = opening?.named.find((child) => child.type !== 'jsx_attribute' && child.type !== 'jsx_expression' && child.type !== 'type_arguments');
        const args = [];
        for (const attribute of opening?.named ?? []) {
            if (attribute.type === 'jsx_attribute') {
                const [nameNode, valueNode] = attribute.named;
                const value = valueNode ? this.jsxValue(valueNode) : literal(true, this.loc(attribute));
                args.push({ keyword: this.textOf(nameNode), value });
            }
            else if (attribute.type === 'jsx_expression' && attribute.named[0]) {
                const spread = attribute.named[0];
                args.push({
                    spread: true,
                    value: this.expr(spread.type === 'spread_element' ? spread.named[0] : spread),
                });
            }
        }
        if (node.type === 'jsx_element') {
            for (const child of node.named) {
                if (child.type === 'jsx_opening_element' || child.type === 'jsx_closing_element')
                    continue;
                if (child.type === 'jsx_text' || child.type === 'html_character_reference') {
                    const text = this.textOf(child).replace(/\s+/g, ' ').trim();
                    if (text !== '')
                        args.push({ value: literal(text, this.loc(child)) });
                }
                else if (child.type !== 'jsx_expression' || child.named[0]) {
                    args.push({ value: this.jsxValue(child) });
                }
            }
        }
        return call(tag && this.jsxTag(tag), '<jsx>', args, loc);
    }
    jsxValue(node) {
        if (node.type !== 'jsx_expression')
            return this.expr(node);
        const inner = node.named[0];
        if (!inner)
            return common_unknown(node.type, [], this.loc(node));
        return inner.type === 'spread_element' ? this.expr(inner.named[0]) : this.expr(inner);
    }
    jsxTag(tag) {
        return tag.type === 'member_expression' ? this.expr(tag) : nameExpr(this.textOf(tag), this.loc(tag));
    }
    stringValue(node) {
        return decodeJavaScriptString(this.textOf(node).slice(1, -1));
    }
}
function lastNamed(node) {
    return node.named[node.named.length - 1];
}
function operatorOf(node) {
    return node.children.find((child) => !child.isNamed)?.type ?? '?';
}
function hasToken(node, token) {
    return node.children.some((child) => !child.isNamed && child.type === token);
}
function isPropertyName(type) {
    return [
        'property_identifier',
        'private_property_identifier',
        'string',
        'number',
        'computed_property_name',
    ].includes(type);
}
function isDeclaration(type) {
    return (DECLARATIONS.has(type) ||
        CLASSES.has(type) ||
        ['lexical_declaration', 'variable_declaration', 'enum_declaration', 'internal_module', 'module'].includes(type) ||
        TYPE_SYNTAX.has(type));
}
function tsType(annotation) {
    return typeWithoutGenerics(annotation.replace(/^\s*:/, ''), '<', '>');
}
const JS_ESCAPES = {
    n: '\n',
    r: '\r',
    t: '\t',
    b: '\b',
    f: '\f',
    v: '\v',
    '0': '\0',
    '\n': '',
};
/** The value of a JavaScript string literal's contents (or one escape sequence). */
function decodeJavaScriptString(content) {
    if (!content.includes('\\'))
        return content;
    return content.replace(/\\(x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|\r\n|[\s\S])/g, (_whole, escape) => {
        if (escape in JS_ESCAPES)
            return JS_ESCAPES[escape];
        if (escape === '\r\n' || escape === '\u2028' || escape === '\u2029')
            return '';
        if (escape.length > 1 && (escape[0] === 'x' || escape[0] === 'u')) {
            const code = parseInt(escape.replace(/[xu{}]/g, ''), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
        }
        return escape;
    });
}

;// CONCATENATED MODULE: ./src/review/languages/python.ts

const python_MIRROR = {
    comments: new Set(['comment']),
    skipped: new Set(['line_continuation']),
    opaque: new Set([
        // leaves
        'identifier',
        'integer',
        'float',
        'true',
        'false',
        'none',
        'ellipsis',
        'string_start',
        'string_end',
        'keyword_separator',
        'positional_separator',
        // read from their text, or ignored
        'string_content',
        'type',
        'dotted_name',
        'relative_import',
        'wildcard_import',
        'type_conversion',
        'format_specifier',
        'pass_statement',
        'break_statement',
        'continue_statement',
        'global_statement',
        'nonlocal_statement',
        'assert_statement',
        'delete_statement',
        'future_import_statement',
        'type_alias_statement',
    ]),
    tokenParents: new Set([
        'binary_operator',
        'boolean_operator',
        'unary_operator',
        'comparison_operator',
        'augmented_assignment',
    ]),
    // Only f-strings need their parts; other strings are decoded from their text.
    // Decorators with arguments are lowered (FastAPI's `response_class=`); the others are read from their text.
    opaqueUnless: new Map([
        ['string', isFormattedString],
        ['decorator', decoratorHasArguments],
    ]),
    fieldParents: new Set(),
    errorContainers: new Set(['module', 'block', 'ERROR']),
};
/** Statements that hold other statements; inside an ERROR node their contents are still lowered. */
const CLAUSES = new Set([
    'block',
    'else_clause',
    'elif_clause',
    'except_clause',
    'finally_clause',
    'case_clause',
    'ERROR',
]);
/** Definitions lower the ERROR nodes inside them into their own bodies. */
const DEFINITIONS = new Set(['function_definition', 'class_definition']);
const LITERAL_PATTERNS = new Set([
    'string',
    'concatenated_string',
    'integer',
    'float',
    'true',
    'false',
    'none',
]);
/** Lowers a Python syntax tree to the IR (see ir.ts for the rules every front end follows). */
function lowerPython(tree, path, text) {
    const source = new SourceText(text);
    const lowering = new PythonLowering(source);
    const statements = [];
    const comments = mirrorTree(tree, source, python_MIRROR, (node) => lowering.topLevelNode(node, statements));
    return lowering.finish(path, tree, statements, comments);
}
class PythonLowering extends Lowering {
    finish(path, tree, statements, comments) {
        return this.finishModule(path, 'python', tree, statements, comments);
    }
    /** A module-level node: functions are the module's functions, anything else module code. */
    topLevelNode(node, out) {
        this.topLevel(() => {
            const definition = node.type === 'decorated_definition' ? python_lastNamed(node) : node;
            if (definition?.type === 'function_definition')
                this.functions.push(this.functionDecl(definition, node));
            else
                this.statement(node, out);
        });
    }
    // ---- statements -------------------------------------------------------------------------
    block(node) {
        const out = [];
        if (node)
            for (const child of node.named)
                this.statement(child, out);
        return out;
    }
    /** One statement; ERROR nodes inside it that hold no place of their own follow it. */
    statement(node, out) {
        this.statementItself(node, out);
        if (node.strayErrors && !DEFINITIONS.has(node.type))
            for (const error of node.strayErrors)
                this.statement(error, out);
    }
    statementItself(node, out) {
        switch (node.type) {
            case 'expression_statement':
                for (const child of node.named)
                    this.expressionStatement(child, out);
                return;
            case 'if_statement':
                return this.ifStatement(node, out);
            case 'for_statement':
                return this.forStatement(node, out);
            case 'while_statement':
                return this.whileStatement(node, out);
            case 'try_statement':
                return this.tryStatement(node, out);
            case 'with_statement':
                return this.withStatement(node, out);
            case 'match_statement':
                return this.matchStatement(node, out);
            case 'function_definition':
            case 'decorated_definition':
            case 'class_definition':
                return this.nestedDefinition(node, out);
            case 'return_statement':
                return this.emit(out, {
                    kind: 'return',
                    value: this.optionalExpr(node.named[0]),
                    loc: this.loc(node),
                });
            case 'raise_statement':
                return this.emit(out, {
                    kind: 'throw',
                    value: this.optionalExpr(node.named[0]),
                    loc: this.loc(node),
                });
            case 'break_statement':
                return this.emit(out, { kind: 'break', loc: this.loc(node) });
            case 'continue_statement':
                return this.emit(out, { kind: 'continue', loc: this.loc(node) });
            case 'import_statement':
                return this.importStatement(node);
            case 'import_from_statement':
                return this.importFromStatement(node);
            case 'print_statement':
            case 'exec_statement': {
                const args = node.named.map((child) => ({ value: this.expr(child) }));
                return this.emit(out, exprStmt(call(undefined, node.type.replace('_statement', ''), args, this.loc(node)), this.loc(node)));
            }
            case 'pass_statement':
            case 'global_statement':
            case 'nonlocal_statement':
            case 'assert_statement':
            case 'delete_statement':
            case 'future_import_statement':
            case 'type_alias_statement':
                return;
            default:
                if (CLAUSES.has(node.type)) {
                    for (const child of node.named)
                        this.statement(child, out);
                    return;
                }
                this.expressionStatement(node, out);
        }
    }
    expressionStatement(node, out) {
        if (node.type === 'assignment')
            return this.assignment(node, out);
        if (node.type === 'augmented_assignment')
            return this.augmentedAssignment(node, out);
        this.emit(out, exprStmt(this.expr(node), this.loc(node)));
    }
    /** `a = b = value`, `x: int = 1`, `a, b = pair`. */
    assignment(node, out) {
        const targets = [];
        let declaredType;
        let current = node;
        let value;
        while (current?.type === 'assignment') {
            const [left, ...rest] = current.named;
            targets.push(left);
            if (rest[0]?.type === 'type')
                declaredType ??= pythonType(this.textOf(rest.shift()));
            current = rest[0];
            value = current;
        }
        if (!value)
            return;
        const loc = this.loc(node);
        const lowered = this.expr(value);
        const [first, ...others] = targets;
        this.assignTo(first, lowered, out, loc, declaredType);
        const firstIsSimple = ['identifier', 'attribute', 'subscript'].includes(first.type);
        for (const target of others) {
            this.assignTo(target, firstIsSimple ? this.expr(first) : this.expr(value), out, loc);
        }
    }
    augmentedAssignment(node, out) {
        const [left, right] = node.named;
        const operator = node.children.find((child) => !child.isNamed)?.type.slice(0, -1) ?? '+';
        const loc = this.loc(node);
        const value = binary(operator, this.expr(left), this.expr(right), loc);
        this.emit(out, common_assign(this.expr(left), value, loc));
    }
    /** Binds a target (a name, attribute, subscript or an unpacking pattern) to a lowered value. */
    assignTo(target, value, out, loc, declaredType) {
        switch (target.type) {
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
            case 'tuple':
            case 'list':
            case 'expression_list':
                return this.unpack(target.named, value, out, loc);
            case 'parenthesized_expression':
                return this.assignTo(target.named[0], value, out, loc, declaredType);
            case 'as_pattern_target':
                return this.assignTo(target.named[0], value, out, loc, declaredType);
            case 'list_splat_pattern':
            case 'list_splat':
                return this.assignTo(target.named[0], common_unknown(target.type, [value], loc), out, loc);
            default:
                this.emit(out, common_assign(this.expr(target), value, loc, declaredType ? { declaredType } : undefined));
        }
    }
    /** `a, b = value`: one assignment per element, `a = value[0]`; after `*rest`, negative indexes. */
    unpack(elements, value, out, loc) {
        const starred = elements.findIndex((element) => element.type === 'list_splat_pattern' || element.type === 'list_splat');
        if (value.kind === 'array' && starred === -1 && value.elements.length === elements.length) {
            elements.forEach((element, index) => this.assignTo(element, value.elements[index], out, loc));
            return;
        }
        const source = elements.length > 1 ? this.reusable(value, out, loc) : () => value;
        elements.forEach((element, index) => {
            const elementLoc = this.loc(element);
            if (index === starred)
                return this.assignTo(element, source(), out, elementLoc);
            const position = starred !== -1 && index > starred ? index - elements.length : index;
            this.assignTo(element, indexExpr(source(), literal(position, elementLoc), elementLoc), out, elementLoc);
        });
    }
    ifStatement(node, out) {
        const [condition, consequence, ...alternatives] = node.named;
        out.push(...this.ifChain(node, condition, consequence, alternatives));
    }
    /** An if/elif/else chain: each `elif` is an `if` in the previous one's `otherwise`. */
    ifChain(node, condition, consequence, alternatives) {
        const test = this.expr(condition);
        const before = this.takeHoisted();
        const then = this.block(consequence);
        const [next, ...rest] = alternatives;
        let otherwise = [];
        if (next?.type === 'elif_clause')
            otherwise = this.ifChain(next, next.named[0], next.named[1], rest);
        else if (next?.type === 'else_clause')
            otherwise = this.block(next.named[0]);
        return [...before, { kind: 'if', test, then, otherwise, loc: this.loc(node) }];
    }
    forStatement(node, out) {
        const [left, right, body, elseClause] = node.named;
        const iterable = this.expr(right);
        const before = this.takeHoisted();
        const loc = this.loc(node);
        const { variable, prologue } = this.loopVariable(left, loc);
        out.push(...before, { kind: 'loop', variable, iterable, body: [...prologue, ...this.block(body)], loc });
        if (elseClause)
            out.push(...this.block(elseClause.named[0]));
    }
    /** A loop target: a plain target as is, a tuple as a synthetic variable unpacked at the start of the body. */
    loopVariable(target, loc) {
        if (['identifier', 'attribute', 'subscript'].includes(target.type)) {
            return { variable: this.expr(target), prologue: [] };
        }
        const name = this.newTemporary();
        const prologue = [];
        this.assignTo(target, nameExpr(name, loc), prologue, this.loc(target));
        return { variable: nameExpr(name, loc), prologue };
    }
    whileStatement(node, out) {
        const [condition, body, elseClause] = node.named;
        const test = this.expr(condition);
        const before = this.takeHoisted();
        const loopBody = [...this.block(body), ...structuredClone(before)];
        out.push(...before, { kind: 'loop', test, body: loopBody, loc: this.loc(node) });
        if (elseClause)
            out.push(...this.block(elseClause.named[0]));
    }
    tryStatement(node, out) {
        const body = this.block(node.named[0]);
        const handlers = [];
        let finallyBody = [];
        for (const clause of node.named.slice(1)) {
            if (clause.type === 'except_clause' || clause.type === 'except_group_clause') {
                handlers.push(this.exceptClause(clause));
            }
            else if (clause.type === 'else_clause') {
                body.push(...this.block(clause.named[0]));
            }
            else if (clause.type === 'finally_clause') {
                finallyBody = this.block(clause.named[0]);
            }
        }
        out.push({ kind: 'try', body, handlers, finally: finallyBody, loc: this.loc(node) });
    }
    /** `except E as e:` (and Python 2's `except E, e:`): the handler variable is `e`. */
    exceptClause(clause) {
        const body = this.block(python_lastNamed(clause));
        const [value, alias] = clause.named.slice(0, -1);
        const aliasNode = value?.type === 'as_pattern' ? value.named.find((child) => child.type === 'as_pattern_target') : alias;
        return aliasNode ? { variable: this.textOf(aliasNode).trim(), body } : { body };
    }
    /** `with open(p) as f:` is a try whose body starts with `f = open(p)`. */
    withStatement(node, out) {
        const body = [];
        const clause = node.named.find((child) => child.type === 'with_clause');
        for (const item of clause?.named ?? []) {
            const value = item.named[0];
            if (!value)
                continue;
            if (value.type === 'as_pattern') {
                const target = value.named.find((child) => child.type === 'as_pattern_target');
                const resource = this.expr(value.named[0]);
                if (target)
                    this.assignTo(target, resource, body, this.loc(item));
                else
                    this.emit(body, exprStmt(resource, this.loc(item)));
            }
            else {
                this.emit(body, exprStmt(this.expr(value), this.loc(item)));
            }
        }
        body.push(...this.block(python_lastNamed(node)));
        out.push({ kind: 'try', body, handlers: [], finally: [], loc: this.loc(node) });
    }
    /** `match` as nested ifs: literal cases compare with `==`, other patterns are unknown tests. */
    matchStatement(node, out) {
        const subjects = node.named.filter((child) => child.type !== 'block');
        const loc = this.loc(node);
        const subjectExpr = subjects.length === 1
            ? this.expr(subjects[0])
            : { kind: 'array', elements: subjects.map((s) => this.expr(s)), loc };
        const subject = this.reusable(subjectExpr, out, loc);
        const before = this.takeHoisted();
        const cases = python_lastNamed(node)?.named.filter((child) => child.type === 'case_clause') ?? [];
        const branches = cases.map((clause) => this.caseBranch(clause, subject));
        out.push(...before, ...this.nestedIfs(branches));
    }
    caseBranch(clause, subject) {
        const loc = this.loc(clause);
        const patterns = clause.named.filter((child) => child.type === 'case_pattern');
        const guard = clause.named.find((child) => child.type === 'if_clause');
        const prologue = [];
        for (const { name, whole, node } of patterns.flatMap((pattern) => this.captures(pattern, true))) {
            const value = whole && patterns.length === 1 ? subject() : common_unknown('case_pattern', [subject()], this.loc(node));
            prologue.push(common_assign(nameExpr(name, this.loc(node)), value, this.loc(node)));
        }
        let test = patterns.length === 1
            ? this.caseTest(patterns[0], subject, loc)
            : common_unknown('case_pattern', [subject()], loc);
        if (guard) {
            const guardTest = this.expr(guard.named[0]);
            test = test ? binary('&&', test, guardTest, loc) : guardTest;
        }
        const body = [...prologue, ...this.block(python_lastNamed(clause))];
        return test ? { test, body, loc } : { body, loc };
    }
    /** The test for one case pattern; undefined when it always matches (`_`, a capture). */
    caseTest(pattern, subject, loc) {
        const inner = pattern.named[0];
        if (!inner)
            return undefined; // `case _:`
        if (inner.type === 'dotted_name' && !this.textOf(inner).includes('.'))
            return undefined;
        if (LITERAL_PATTERNS.has(inner.type))
            return binary('==', subject(), this.expr(inner), loc);
        if (inner.type === 'union_pattern' && inner.named.every((option) => LITERAL_PATTERNS.has(option.type))) {
            return inner.named
                .map((option) => binary('==', subject(), this.expr(option), loc))
                .reduce((left, right) => binary('||', left, right, loc));
        }
        if (inner.type === 'as_pattern')
            return this.caseTest(inner.named[0], subject, loc);
        return common_unknown('case_pattern', [subject()], loc);
    }
    /** Names a case pattern binds; `whole` when the name is bound to the subject itself. */
    captures(node, whole) {
        const capture = (child, isWhole) => {
            if (!child || child.type !== 'dotted_name')
                return child ? this.captures(child, isWhole) : [];
            const name = this.textOf(child);
            return name.includes('.') || name === '_' ? [] : [{ name, whole: isWhole, node: child }];
        };
        switch (node.type) {
            case 'case_pattern':
                return node.named.length === 1 ? capture(node.named[0], whole) : [];
            case 'as_pattern': {
                const alias = python_lastNamed(node);
                const bound = alias && alias !== node.named[0] ? [{ name: this.textOf(alias), whole, node: alias }] : [];
                return [...this.captures(node.named[0], whole), ...bound];
            }
            case 'keyword_pattern':
                return capture(node.named[1], false);
            case 'splat_pattern':
                return node.named[0] && this.textOf(node.named[0]) !== '_'
                    ? [{ name: this.textOf(node.named[0]), whole: false, node }]
                    : [];
            case 'class_pattern':
                return node.named.slice(1).flatMap((child) => this.captures(child, false));
            default:
                return node.named.flatMap((child) => this.captures(child, false));
        }
    }
    /** A `def` or `class` inside a function or block: the function is a value bound to its name. */
    nestedDefinition(node, out) {
        const definition = node.type === 'decorated_definition' ? python_lastNamed(node) : node;
        if (definition?.type === 'class_definition') {
            out.push(...this.classDecl(definition));
            return;
        }
        if (definition?.type !== 'function_definition')
            return;
        const fn = this.functionDecl(definition, node);
        const loc = this.loc(node);
        this.emit(out, common_assign(nameExpr(fn.name, this.loc(definition.named[0])), { kind: 'function', fn, loc }, loc));
    }
    // ---- definitions ------------------------------------------------------------------------
    /** `decorated` is the decorated_definition around the function, if any (its decorators are annotations). */
    functionDecl(node, decorated, className) {
        const decorators = this.decorators(decorated.named.filter((child) => child.type === 'decorator'), (decorator) => {
            const inner = decorator.named[0];
            return inner?.type === 'call' ? this.callArguments(inner.named[1]) : [];
        });
        const annotations = decorators.annotations;
        const parameters = node.named.find((child) => child.type === 'parameters');
        return this.nestedScope(() => {
            const prologue = [];
            const params = this.parameters(parameters, prologue);
            const body = [...prologue, ...this.block(node.named.find((child) => child.type === 'block'))];
            for (const error of node.strayErrors ?? [])
                this.statement(error, body);
            const isStatic = annotations.includes('staticmethod') || annotations.includes('classmethod');
            const fn = {
                name: this.textOf(node.named[0]),
                params,
                ...decorators,
                isStatic,
                body,
                loc: this.loc(decorated),
            };
            if (className !== undefined)
                fn.className = className;
            return fn;
        });
    }
    /** Parameters as declared (defaults ignored); `*args` and `**kwargs` are named `args` and `kwargs`. */
    parameters(node, prologue) {
        const params = [];
        for (const param of node?.named ?? []) {
            const typeNode = param.named.find((child) => child.type === 'type');
            let target = param;
            if (param.type !== 'identifier' && param.type !== 'tuple_pattern')
                target = param.named[0];
            if (target?.type === 'list_splat_pattern' || target?.type === 'dictionary_splat_pattern')
                target = target.named[0];
            if (!target)
                continue;
            const loc = this.loc(param);
            let name = this.textOf(target);
            if (target.type !== 'identifier') {
                name = `$param${params.length}`;
                this.assignTo(target, nameExpr(name, loc), prologue, loc);
            }
            const parameter = { name, annotations: [], loc };
            if (typeNode)
                parameter.type = pythonType(this.textOf(typeNode));
            params.push(parameter);
        }
        return params;
    }
    /**
     * A class: attributes assigned in its body are fields, functions are methods; nested classes are
     * listed on their own. Returns the other statements of its body, which run where the class is defined.
     */
    classDecl(node) {
        const name = this.textOf(node.named[0]);
        const bases = (node.named.find((child) => child.type === 'argument_list')?.named ?? [])
            .filter((child) => child.type !== 'keyword_argument')
            .map((child) => this.textOf(child).replace(/\s+/g, ''));
        const decl = { name, fields: [], methods: [], loc: this.loc(node) };
        const superclass = bases.find((base) => !isMixinBase(base)) ?? bases[0];
        if (superclass)
            decl.superclass = superclass;
        this.classes.push(decl);
        return this.nestedScope(() => {
            const body = [];
            const others = [];
            for (const member of python_lastNamed(node)?.named ?? []) {
                const definition = member.type === 'decorated_definition' ? python_lastNamed(member) : member;
                if (definition?.type === 'function_definition')
                    decl.methods.push(this.functionDecl(definition, member, name));
                else if (definition?.type === 'class_definition')
                    others.push(...this.classDecl(definition));
                else
                    this.statement(member, body);
            }
            for (const error of node.strayErrors ?? [])
                this.statement(error, body);
            for (const stmt of body) {
                if (stmt.kind === 'assign')
                    decl.fields.push(stmt);
                else if (!(stmt.kind === 'expr' && stmt.expr.kind === 'literal'))
                    others.push(stmt);
            }
            return others;
        });
    }
    // ---- imports ----------------------------------------------------------------------------
    /** `import a.b` binds `a` (to module `a`); `import a.b as c` binds `c` to `a.b`. */
    importStatement(node) {
        for (const name of node.named) {
            if (name.type === 'aliased_import') {
                const [module, alias] = name.named;
                this.imports.push({ module: this.textOf(module), alias: this.textOf(alias) });
            }
            else {
                const top = this.textOf(name).split('.')[0];
                this.imports.push({ module: top, alias: top });
            }
        }
    }
    /** `from x import y as z` binds `z` to `x.y`; relative modules keep their dots (`.models.User`). */
    importFromStatement(node) {
        const [moduleNode, ...names] = node.named;
        const module = this.textOf(moduleNode).replace(/\s+/g, '');
        const qualified = (name) => (module.endsWith('.') ? module + name : `${module}.${name}`);
        for (const name of names) {
            if (name.type === 'wildcard_import')
                this.imports.push({ module: qualified('*'), alias: '*' });
            else if (name.type === 'aliased_import') {
                const [imported, alias] = name.named;
                this.imports.push({ module: qualified(this.textOf(imported)), alias: this.textOf(alias) });
            }
            else {
                const imported = this.textOf(name);
                this.imports.push({ module: qualified(imported), alias: imported });
            }
        }
    }
    // ---- expressions ------------------------------------------------------------------------
    optionalExpr(node) {
        return node && this.expr(node);
    }
    expr(node) {
        const loc = this.loc(node);
        switch (node.type) {
            case 'identifier':
                return nameExpr(this.textOf(node), loc);
            case 'string':
                return this.stringExpr([node], loc);
            case 'concatenated_string':
                return this.stringExpr(node.named, loc);
            case 'integer':
            case 'float': {
                const value = numberValue(this.textOf(node));
                return value === undefined ? common_unknown(node.type, [], loc) : literal(value, loc);
            }
            case 'true':
                return literal(true, loc);
            case 'false':
                return literal(false, loc);
            case 'none':
                return literal(null, loc);
            case 'attribute':
                return {
                    kind: 'member',
                    object: this.expr(node.named[0]),
                    property: this.textOf(node.named[1]),
                    loc,
                };
            case 'subscript':
                return this.subscript(node, loc);
            case 'call':
                return this.callExpr(node, loc);
            case 'binary_operator':
            case 'boolean_operator':
                return this.leftChain(node, (link) => link.type === 'binary_operator' || link.type === 'boolean_operator', (operand) => this.expr(operand), (link, left) => binary(pythonOperator(link), left, this.expr(link.named[1]), this.loc(link)));
            case 'not_operator':
                return { kind: 'unary', operator: '!', operand: this.expr(node.named[0]), loc };
            case 'unary_operator':
                return { kind: 'unary', operator: python_operatorOf(node), operand: this.expr(node.named[0]), loc };
            case 'await':
                return { kind: 'unary', operator: 'await', operand: this.expr(node.named[0]), loc };
            case 'comparison_operator':
                return this.comparison(node, loc);
            case 'conditional_expression': {
                const [then, test, otherwise] = node.named.map((child) => this.expr(child));
                return { kind: 'conditional', test, then, otherwise, loc };
            }
            case 'named_expression': {
                const [target, value] = node.named;
                this.hoist(common_assign(this.expr(target), this.expr(value), loc));
                return this.expr(target);
            }
            case 'lambda':
                return this.lambda(node, loc);
            case 'list':
            case 'tuple':
            case 'set':
            case 'expression_list':
            case 'pattern_list':
            case 'tuple_pattern':
            case 'list_pattern':
                return { kind: 'array', elements: node.named.map((child) => this.expr(child)), loc };
            case 'dictionary':
                return this.dictionary(node, loc);
            case 'parenthesized_expression':
                return node.named[0] ? this.expr(node.named[0]) : common_unknown(node.type, [], loc);
            case 'list_comprehension':
            case 'set_comprehension':
            case 'generator_expression':
            case 'dictionary_comprehension':
                return common_unknown(node.type, this.comprehensionParts(node), loc);
            case 'keyword_argument':
            case 'as_pattern':
                return this.expr(node.named[node.type === 'keyword_argument' ? 1 : 0]);
            default:
                return common_unknown(node.type, node.named.map((child) => this.expr(child)), loc);
        }
    }
    subscript(node, loc) {
        const [value, ...subscripts] = node.named;
        const object = this.expr(value);
        if (subscripts.length === 1 && subscripts[0].type !== 'slice')
            return indexExpr(object, this.expr(subscripts[0]), loc);
        if (subscripts.some((part) => part.type === 'slice')) {
            return common_unknown('slice', [object, ...subscripts.flatMap((part) => part.named.map((child) => this.expr(child)))], loc);
        }
        return indexExpr(object, { kind: 'array', elements: subscripts.map((part) => this.expr(part)), loc }, loc);
    }
    callExpr(node, loc) {
        const [callee, argumentList] = node.named;
        const args = this.callArguments(argumentList);
        if (callee.type === 'attribute')
            return call(this.expr(callee.named[0]), this.textOf(callee.named[1]), args, loc);
        if (callee.type === 'identifier')
            return call(undefined, this.textOf(callee), args, loc);
        return call(this.expr(callee), '<call>', args, loc);
    }
    callArguments(node) {
        if (!node)
            return [];
        if (node.type !== 'argument_list')
            return [{ value: this.expr(node) }];
        return node.named.map((arg) => {
            if (arg.type === 'keyword_argument')
                return { keyword: this.textOf(arg.named[0]), value: this.expr(arg.named[1]) };
            if (arg.type === 'list_splat' || arg.type === 'dictionary_splat')
                return { spread: true, value: this.expr(arg.named[0]) };
            return { value: this.expr(arg) };
        });
    }
    /** `a < b <= c` is `a < b && b <= c`; `not in` is `!(a in b)`; `is` / `is not` are `===` / `!==`. */
    comparison(node, loc) {
        const operands = node.named.map((child) => this.expr(child));
        const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
        let result;
        operators.forEach((operator, index) => {
            const left = index === 0 ? operands[0] : structuredClone(operands[index]);
            const pair = comparisonPair(operator, left, operands[index + 1], loc);
            result = result ? binary('&&', result, pair, loc) : pair;
        });
        return result ?? operands[0] ?? common_unknown(node.type, [], loc);
    }
    lambda(node, loc) {
        const body = python_lastNamed(node);
        const parameters = node.named.length > 1 ? node.named[0] : undefined;
        const fn = this.nestedScope(() => {
            const prologue = [];
            const params = this.parameters(parameters, prologue);
            const statements = [...prologue];
            if (body)
                this.emit(statements, { kind: 'return', value: this.expr(body), loc: this.loc(body) });
            return { name: '<lambda>', params, annotations: [], isStatic: false, body: statements, loc };
        });
        return { kind: 'function', fn, loc };
    }
    /** Dict literals: constant string keys are kept, other keys (and `**spread`) have no key. */
    dictionary(node, loc) {
        const properties = node.named.map((entry) => {
            if (entry.type !== 'pair')
                return { value: this.expr(entry.named[0] ?? entry) };
            const [keyNode, valueNode] = entry.named;
            const key = this.expr(keyNode);
            const value = this.expr(valueNode);
            return key.kind === 'literal' && typeof key.value === 'string' ? { key: key.value, value } : { value };
        });
        return { kind: 'object', properties, loc };
    }
    /** A comprehension is unknown over its element expression, the iterables and the conditions. */
    comprehensionParts(node) {
        const [body, ...clauses] = node.named;
        const parts = body.type === 'pair' ? body.named.map((child) => this.expr(child)) : [this.expr(body)];
        for (const clause of clauses) {
            const sources = clause.type === 'for_in_clause' ? clause.named.slice(1) : clause.named;
            parts.push(...sources.map((child) => this.expr(child)));
        }
        return parts;
    }
    /** Adjacent strings concatenate; f-strings are "+" chains of their literal parts and interpolations. */
    stringExpr(strings, loc) {
        const parts = strings.flatMap((node) => this.stringParts(node));
        if (parts.every((part) => part.kind === 'literal')) {
            return literal(parts.map((part) => (part.kind === 'literal' ? part.value : '')).join(''), loc);
        }
        return interpolation(parts, loc);
    }
    stringParts(node) {
        const text = this.textOf(node);
        const { prefix, quote } = stringDelimiters(text);
        const raw = prefix.includes('r');
        const bytes = prefix.includes('b');
        if (!isFormattedString(text, 0)) {
            const contentEnd = text.length >= prefix.length + 2 * quote.length && text.endsWith(quote) ? -quote.length : undefined;
            const content = text.slice(prefix.length + quote.length, contentEnd);
            return [literal(decodePythonString(content, raw, bytes, false), this.loc(node))];
        }
        const parts = [];
        for (const child of node.named) {
            if (child.type === 'string_content') {
                parts.push(literal(decodePythonString(this.textOf(child), raw, bytes, true), this.loc(child)));
            }
            else if (child.type === 'interpolation' && child.named[0]) {
                parts.push(this.expr(child.named[0]));
            }
        }
        return parts;
    }
}
/** Whether the string literal starting at `start` is an f-string (or a template string): its prefix says so. */
function isFormattedString(text, start) {
    for (let index = start; index < text.length; index++) {
        const char = text[index];
        if (char === '"' || char === "'")
            return false;
        if (char === 'f' || char === 'F' || char === 't' || char === 'T')
            return true;
    }
    return false;
}
/** A string literal's prefix letters (lower case) and quote (`'`, `"`, `'''` or `"""`). */
function stringDelimiters(text) {
    const quoteAt = text.search(/['"]/);
    if (quoteAt === -1)
        return { prefix: '', quote: '' };
    const tripled = text[quoteAt].repeat(3);
    return {
        prefix: text.slice(0, quoteAt).toLowerCase(),
        quote: text.startsWith(tripled, quoteAt) ? tripled : text[quoteAt],
    };
}
function python_lastNamed(node) {
    return node.named[node.named.length - 1];
}
function python_operatorOf(node) {
    return node.children.find((child) => !child.isNamed)?.type ?? '?';
}
/** A binary or boolean operator, `and`/`or` as `&&`/`||`. */
function pythonOperator(node) {
    const operator = python_operatorOf(node);
    return operator === 'and' ? '&&' : operator === 'or' ? '||' : operator;
}
/** Builtin value types and mixins beside the base that makes a class what it is (`class Color(str, Enum)`, `class V(LoginRequiredMixin, View)`). */
function isMixinBase(base) {
    return /^(object|str|int|float|bytes|dict|list|tuple|set)$/.test(base) || /Mixin$/.test(base);
}
/**
 * A declared type without generics, for the type a wrapper stands for: `Optional[int]`,
 * `int | None`, `Union[int, None]` and `Annotated[int, Query()]` are `int`; `"Item"` is `Item`.
 */
function pythonType(text) {
    let type = text.trim();
    for (;;) {
        type = type.replace(/^(['"])(.*)\1$/s, '$2').trim();
        const wrapper = /^(?:typing\.)?(Optional|Annotated|Union)\[(.*)\]$/s.exec(type);
        const members = wrapper ? splitTopLevel(wrapper[2], ',') : splitTopLevel(type, '|');
        const meant = wrapper?.[1] === 'Annotated' ? members.slice(0, 1) : members.filter((m) => m !== 'None');
        if (meant.length !== 1 || meant[0] === type)
            break;
        type = meant[0];
    }
    return typeWithoutGenerics(type, '[', ']');
}
/** The parts of a type separated by `separator` outside brackets, trimmed. */
function splitTopLevel(text, separator) {
    const parts = [];
    let depth = 0;
    let start = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '[' || char === '(')
            depth++;
        else if (char === ']' || char === ')')
            depth--;
        else if (char === separator && depth === 0) {
            parts.push(text.slice(start, index).trim());
            start = index + 1;
        }
    }
    parts.push(text.slice(start).trim());
    return parts;
}
function comparisonPair(operator, left, right, loc) {
    switch (operator) {
        case 'not in':
            return { kind: 'unary', operator: '!', operand: binary('in', left, right, loc), loc };
        case 'is':
            return binary('===', left, right, loc);
        case 'is not':
            return binary('!==', left, right, loc);
        case '<>':
            return binary('!=', left, right, loc);
        default:
            return binary(operator, left, right, loc);
    }
}
const python_SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    '\n': '',
};
/** The value of a Python string literal's contents: escapes decoded unless raw; `{{`/`}}` in f-strings. */
function decodePythonString(content, raw, bytes, formatted) {
    const unbraced = formatted ? content.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : content;
    if (raw || !unbraced.includes('\\'))
        return unbraced;
    const pattern = bytes
        ? /\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|\r?\n|.)/gs
        : /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|\r?\n|.)/gs;
    return unbraced.replace(pattern, (whole, escape) => {
        if (escape in python_SIMPLE_ESCAPES)
            return python_SIMPLE_ESCAPES[escape];
        if (escape === '\r\n')
            return '';
        const code = /^[xuU]/.test(escape)
            ? parseInt(escape.slice(1), 16)
            : /^[0-7]/.test(escape)
                ? parseInt(escape, 8)
                : NaN;
        return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

;// CONCATENATED MODULE: ./src/review/languages/index.ts




const LOWERING = {
    java: lowerJava,
    python: lowerPython,
    javascript: (tree, path, text) => lowerJavaScript(tree, path, text, 'javascript'),
    typescript: (tree, path, text) => lowerJavaScript(tree, path, text, 'typescript'),
};
/** Parses one file and lowers it to the IR; the syntax tree is freed before returning. */
async function lowerFile(path, text, language) {
    const tree = await parseFile(path, text);
    try {
        return LOWERING[language](tree, path, text);
    }
    finally {
        tree.delete();
    }
}

// EXTERNAL MODULE: ./src/config/yaml-document.ts
var yaml_document = __webpack_require__(6877);
;// CONCATENATED MODULE: ./src/review/suppression/codeguru-config.schema.json
const codeguru_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"CodeGuru Reviewer suppression file (aws-codeguru-reviewer.yml) as Rampart reads it","description":"CodeGuru documents the keys in camelCase (user guide) and PascalCase (its CLI\'s README); both spellings are accepted.","type":"object","errorMessage":"must be a mapping","additionalProperties":false,"properties":{"version":{"$ref":"#/definitions/version"},"excludeFiles":{"$ref":"#/definitions/globs"},"excludeById":{"$ref":"#/definitions/ids"},"excludeTags":{"$ref":"#/definitions/tags"},"excludeBelowSeverity":{"$ref":"#/definitions/severity"},"excludeRecommendations":{"$ref":"#/definitions/recommendations"}},"patternProperties":{"^Version$":{"$ref":"#/definitions/version"},"^ExcludeFiles$":{"$ref":"#/definitions/globs"},"^ExcludeById$":{"$ref":"#/definitions/ids"},"^ExcludeTags$":{"$ref":"#/definitions/tags"},"^ExcludeBelowSeverity$":{"$ref":"#/definitions/severity"},"^ExcludeRecommendations$":{"$ref":"#/definitions/recommendations"}},"definitions":{"version":{"description":"The file format\'s version; CodeGuru requires 1.0.","enum":[1,"1.0"],"errorMessage":"must be 1.0"},"glob":{"description":"A path relative to the repository root, or a glob in Java\'s syntax (tst/**, src/*/generated/**).","type":"string","minLength":1,"errorMessage":"must be a relative path or glob"},"globs":{"description":"Files whose findings are suppressed; Rampart does not analyse them at all.","type":"array","items":{"$ref":"#/definitions/glob"},"errorMessage":"must be a list of relative paths or globs"},"ids":{"description":"Findings to suppress: a finding\'s fingerprint, a Rampart rule id, or a CodeGuru detector id.","type":"array","items":{"type":"string","minLength":1,"errorMessage":"must be a fingerprint or rule id"},"errorMessage":"must be a list of fingerprints or rule ids"},"tags":{"description":"Rules carrying any of these tags are suppressed.","type":"array","items":{"type":"string","minLength":1,"errorMessage":"must be a tag"},"errorMessage":"must be a list of tags"},"severity":{"description":"Findings less severe than this are suppressed: Critical, High, Medium, Low or Info, in any case.","type":"string","errorMessage":"must be one of Critical, High, Medium, Low, Info"},"recommendations":{"description":"Rules to suppress everywhere, or only in the files matching `locations`.","type":"array","items":{"type":"object","errorMessage":"must be a mapping with detectorId and, optionally, locations","additionalProperties":false,"properties":{"detectorId":{"$ref":"#/definitions/detectorId"},"locations":{"$ref":"#/definitions/globs"}},"patternProperties":{"^DetectorId$":{"$ref":"#/definitions/detectorId"},"^Locations$":{"$ref":"#/definitions/globs"}}},"errorMessage":"must be a list of {detectorId, locations}"},"detectorId":{"description":"A CodeGuru detector id (java/path-traversal@v1.0) or a Rampart rule id (path-traversal).","type":"string","minLength":1,"errorMessage":"must be a CodeGuru detector id or a Rampart rule id"}}}');
;// CONCATENATED MODULE: ./src/review/suppression/java-glob.ts
/**
 * Globs as CodeGuru Reviewer reads them: the syntax of Java's `FileSystem.getPathMatcher("glob:…")`,
 * which CodeGuru's own CLI applies to `excludeFiles`. It differs from shell and picomatch globs:
 * `*` stays within one path segment and `**` crosses segments as plain text (so `src/**\/*.java`
 * needs a folder below `src/`, and `**.java` matches at any depth); a leading dot is an ordinary
 * character; `{a,b}` groups do not nest; `[!a-c]` negates a class, which never matches `/`.
 */
/** A glob Java would refuse, saying why. */
class GlobSyntaxError extends Error {
}
const REGEX_SPECIAL = /[.^$+()|{}[\]\\*?]/;
/** The regular expression a glob stands for, matched against a whole `/`-separated relative path. */
function compileJavaGlob(glob) {
    let regex = '';
    let inGroup = false;
    let index = 0;
    while (index < glob.length) {
        const character = glob[index++];
        switch (character) {
            case '\\': {
                if (index === glob.length)
                    throw new GlobSyntaxError('nothing follows the escaping \\');
                const escaped = glob[index++];
                regex += REGEX_SPECIAL.test(escaped) ? `\\${escaped}` : escaped;
                break;
            }
            case '[': {
                const { source, next } = bracketExpression(glob, index);
                regex += source;
                index = next;
                break;
            }
            case '{':
                if (inGroup)
                    throw new GlobSyntaxError('groups {…} cannot be nested');
                regex += '(?:(?:';
                inGroup = true;
                break;
            case '}':
                regex += inGroup ? '))' : '\\}';
                inGroup = false;
                break;
            case ',':
                regex += inGroup ? ')|(?:' : ',';
                break;
            case '*':
                if (glob[index] === '*') {
                    regex += '.*';
                    index++;
                }
                else {
                    regex += '[^/]*';
                }
                break;
            case '?':
                regex += '[^/]';
                break;
            default:
                regex += REGEX_SPECIAL.test(character) ? `\\${character}` : character;
        }
    }
    if (inGroup)
        throw new GlobSyntaxError('a group { has no closing }');
    return new RegExp(`^${regex}$`, 'u');
}
/** `[…]` starting after its `[`: a class of characters within one path segment. */
function bracketExpression(glob, start) {
    let index = start;
    let source = '';
    if (glob[index] === '!') {
        source += '^';
        index++;
    }
    else if (glob[index] === '^') {
        source += '\\^';
        index++;
    }
    if (glob[index] === '-') {
        source += '\\-';
        index++;
    }
    let rangeStart;
    while (index < glob.length) {
        const character = glob[index++];
        if (character === ']')
            return { source: `(?![/])[${source}]`, next: index };
        if (character === '/')
            throw new GlobSyntaxError('a class [...] cannot hold the separator /');
        if (character === '-') {
            const end = glob[index];
            if (end === undefined || end === ']') {
                source += '\\-';
                continue;
            }
            if (rangeStart === undefined)
                throw new GlobSyntaxError(`the range in [...] has no start before -${end}`);
            if (end < rangeStart)
                throw new GlobSyntaxError(`the range ${rangeStart}-${end} in [...] runs backwards`);
            source += `-${escapeInClass(end)}`;
            index++;
            rangeStart = undefined;
            continue;
        }
        source += escapeInClass(character);
        rangeStart = character;
    }
    throw new GlobSyntaxError('a class [ has no closing ]');
}
function escapeInClass(character) {
    return /[\\\]^[-]/.test(character) ? `\\${character}` : character;
}

;// CONCATENATED MODULE: ./src/review/suppression/codeguru-config.ts







/** CodeGuru Reviewer reads this file at the repository root; so does Rampart. */
const CODEGURU_CONFIG_FILE = 'aws-codeguru-reviewer.yml';
/** CodeGuru's severities, most severe first; its CLI drops recommendations less severe than the threshold. */
const CODEGURU_SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 5 };
const RANK_OF_SEVERITY = { critical: 0, high: 1, medium: 2, low: 3 };
const KEYS = [
    'version',
    'excludeFiles',
    'excludeById',
    'excludeTags',
    'excludeBelowSeverity',
    'excludeRecommendations',
];
const validateConfig = (0,yaml_document/* compileSchema */.Fc)(codeguru_config_schema_namespaceObject);
/** The repository's aws-codeguru-reviewer.yml, or undefined when it has none. */
async function loadCodeGuruConfig(repositoryRoot) {
    const file = (0,external_node_path_.join)(repositoryRoot, CODEGURU_CONFIG_FILE);
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    return parseCodeGuruConfig(await (0,files/* readInputFile */.jH)(file, 'CodeGuru Reviewer suppression file'), file);
}
/** Every problem of the file at once, each as `file:line: field problem` in one InputError. */
function parseCodeGuruConfig(text, file) {
    const { data } = (0,yaml_document/* parseValidatedYaml */.pA)(text, file, {
        validate: validateConfig,
        rootName: 'the file',
        furtherProblems,
    });
    const severity = codeguru_config_valueOf(data, 'excludeBelowSeverity');
    return {
        excludeFiles: globsOf(codeguru_config_valueOf(data, 'excludeFiles')),
        excludeById: codeguru_config_valueOf(data, 'excludeById') ?? [],
        excludeTags: codeguru_config_valueOf(data, 'excludeTags') ?? [],
        ...(typeof severity === 'string' ? { excludeBelowSeverity: severity } : {}),
        excludeRecommendations: (codeguru_config_valueOf(data, 'excludeRecommendations') ?? []).map((entry) => ({
            detectorId: codeguru_config_valueOf(entry, 'detectorId'),
            locations: globsOf(codeguru_config_valueOf(entry, 'locations')),
        })),
    };
}
/** True for a file `excludeFiles` names: the review need not analyse it at all. */
function isExcludedPath(config, path) {
    return config?.excludeFiles.some((glob) => glob.matches(path)) ?? false;
}
/** Why the file suppresses the finding (e.g. `aws-codeguru-reviewer.yml excludeFiles tst/**`), if it does. */
function codeGuruExclusion(config, finding, rule) {
    const because = (text) => `${CODEGURU_CONFIG_FILE} ${text}`;
    const file = config.excludeFiles.find((glob) => glob.matches(finding.path));
    if (file)
        return because(`excludeFiles ${file.glob}`);
    const id = config.excludeById.find((entry) => entry === finding.fingerprint || namesRuleOf(entry, finding));
    if (id)
        return because(`excludeById ${id}`);
    const tag = config.excludeTags.find((entry) => rule?.tags.includes(entry));
    if (tag)
        return because(`excludeTags ${tag}`);
    const threshold = config.excludeBelowSeverity;
    if (threshold &&
        RANK_OF_SEVERITY[finding.severity] > (CODEGURU_SEVERITY_RANK[threshold.toLowerCase()] ?? 5)) {
        return because(`excludeBelowSeverity ${threshold}`);
    }
    const recommendation = config.excludeRecommendations.find((entry) => namesRuleOf(entry.detectorId, finding) &&
        (entry.locations.length === 0 || entry.locations.some((glob) => glob.matches(finding.path))));
    if (recommendation)
        return because(`excludeRecommendations ${recommendation.detectorId}`);
    return undefined;
}
// --- Reading the two spellings of each key
function spellings(key) {
    return [key, `${key[0]?.toUpperCase()}${key.slice(1)}`];
}
/** The key as written in `map` (`excludeFiles` or `ExcludeFiles`), if either is. */
function writtenKey(map, key) {
    return spellings(key).find((spelling) => spelling in map);
}
function codeguru_config_valueOf(map, key) {
    const written = writtenKey(map, key);
    return written === undefined ? undefined : map[written];
}
function globsOf(value) {
    return (value ?? []).map((glob) => {
        const regex = compileJavaGlob(glob);
        return { glob, matches: (path) => regex.test(path) };
    });
}
// --- Checks the schema cannot express
function furtherProblems(data, source) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return [];
    const root = data;
    const problems = [];
    const at = (path, text) => problems.push({ line: source.lineOf(path), text: `${(0,yaml_document/* formatPath */.jV)(path)} ${text}` });
    for (const key of KEYS) {
        const [camel, pascal] = spellings(key);
        if (camel in root && pascal in root)
            at([pascal], `and ${camel} are the same key: keep one`);
    }
    if (writtenKey(root, 'version') === undefined) {
        problems.push({ line: 1, text: 'the file is missing "version" (CodeGuru requires version: 1.0)' });
    }
    severityProblem(root, at);
    globProblems(root, 'excludeFiles', [], at);
    const recommendationsKey = writtenKey(root, 'excludeRecommendations');
    const recommendations = recommendationsKey === undefined ? undefined : root[recommendationsKey];
    (Array.isArray(recommendations) ? recommendations : []).forEach((entry, index) => {
        if (typeof entry !== 'object' || entry === null)
            return;
        const path = [recommendationsKey, index];
        if (writtenKey(entry, 'detectorId') === undefined)
            at(path, 'is missing "detectorId"');
        globProblems(entry, 'locations', path, at);
    });
    return problems;
}
function severityProblem(root, at) {
    const key = writtenKey(root, 'excludeBelowSeverity');
    const value = key === undefined ? undefined : root[key];
    if (typeof value === 'string' && !(value.toLowerCase() in CODEGURU_SEVERITY_RANK)) {
        at([key], `"${value}" must be one of Critical, High, Medium, Low, Info`);
    }
}
function globProblems(map, key, parent, at) {
    const written = writtenKey(map, key);
    const globs = written === undefined ? undefined : map[written];
    (Array.isArray(globs) ? globs : []).forEach((glob, index) => {
        if (typeof glob !== 'string')
            return;
        try {
            compileJavaGlob(glob);
        }
        catch (error) {
            if (!(error instanceof GlobSyntaxError))
                throw error;
            at([...parent, written, index], `"${glob}" is not a valid glob: ${error.message}`);
        }
    });
}

;// CONCATENATED MODULE: ./src/review/suppression/baseline.ts


/**
 * The fingerprints of accepted findings: an earlier review's JSON report
 * (`rampart review --format json --output findings.json`: its findings and suppressed findings),
 * or a hand-written `{ "fingerprints": ["…"] }`. A missing or malformed file is bad input.
 */
async function loadReviewBaseline(file) {
    return baselineFingerprints(await (0,files/* readJsonInputFile */.FH)(file, 'baseline'), file);
}
function baselineFingerprints(data, file) {
    const report = (typeof data === 'object' && data !== null ? data : {});
    if (report.command !== undefined && report.command !== 'review') {
        throw new errors/* InputError */.d([
            `${file}: the baseline is the report of "rampart ${String(report.command)}", not of a review`,
        ]);
    }
    if (Array.isArray(report.fingerprints)) {
        return new Set(report.fingerprints.map((entry, index) => fingerprintText(entry, `fingerprints[${index}]`, file)));
    }
    if (!Array.isArray(report.findings)) {
        throw new errors/* InputError */.d([
            `${file}: a baseline is the JSON report of a review (rampart review --format json --output ${file}) or {"fingerprints": [...]}: it has neither a "findings" nor a "fingerprints" list`,
        ]);
    }
    const suppressed = Array.isArray(report.suppressed) ? report.suppressed : [];
    return new Set([
        ...report.findings.map((finding, index) => findingFingerprint(finding, `findings[${index}]`, file)),
        ...suppressed.map((entry, index) => findingFingerprint(entry?.finding, `suppressed[${index}].finding`, file)),
    ]);
}
function findingFingerprint(finding, where, file) {
    return fingerprintText(finding?.fingerprint, `${where}.fingerprint`, file);
}
function fingerprintText(value, where, file) {
    if (typeof value !== 'string' || value.trim() === '') {
        throw new errors/* InputError */.d([
            `${file}: ${where} must be a finding's fingerprint (text), not ${JSON.stringify(value) ?? 'nothing'}`,
        ]);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/review/suppression/index.ts






/**
 * Splits findings into those to act on and those suppressed, with the first reason that applies:
 * a `rampart-ignore` comment, then aws-codeguru-reviewer.yml, then the baseline.
 */
function applySuppressions(findings, sources) {
    const rules = new Map(sources.rules.map((rule) => [rule.id, rule]));
    const { ignores, warnings } = inlineIgnores(sources.commentsByPath, new Set(rules.keys()));
    const reasonFor = (finding) => {
        const ignore = ignoreFor(ignores, finding);
        if (ignore)
            return inlineReason(ignore);
        const excluded = sources.codeguruConfig && codeGuruExclusion(sources.codeguruConfig, finding, rules.get(finding.ruleId));
        if (excluded)
            return excluded;
        return sources.baseline?.has(finding.fingerprint) ? 'baseline' : undefined;
    };
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const reason = reasonFor(finding);
        if (reason)
            suppressed.push({ finding, reason });
        else
            kept.push(finding);
    }
    return { findings: kept, suppressed, warnings };
}
function inlineIgnores(commentsByPath, ruleIds) {
    const ignores = [];
    const warnings = [];
    const paths = [...(commentsByPath?.keys() ?? [])].sort();
    for (const path of paths) {
        const found = inlineIgnoresOf(path, commentsByPath?.get(path) ?? [], ruleIds);
        ignores.push(...found.ignores);
        warnings.push(...found.warnings);
    }
    return { ignores, warnings };
}

;// CONCATENATED MODULE: ./src/review/review.ts













const LANGUAGES = ['java', 'python', 'javascript', 'typescript'];
/** `js` covers JavaScript and TypeScript, as most teams name them together. */
const LANGUAGE_NAMES = {
    java: ['java'],
    python: ['python'],
    js: ['javascript', 'typescript'],
    javascript: ['javascript'],
    typescript: ['typescript'],
};
/** A comma-separated language list as users write it (`java,js`); every language when absent. */
function parseLanguageList(value, what) {
    if (value === undefined)
        return [...LANGUAGES];
    const names = value.split(',').map((name) => name.trim().toLowerCase());
    return [
        ...new Set(names.flatMap((name) => LANGUAGE_NAMES[(0,choice/* oneOf */.y)(what, name, Object.keys(LANGUAGE_NAMES))] ?? [])),
    ];
}
/**
 * Build output, dependencies, virtual environments and the `.rampart` checkout the workflows and
 * buildspecs use: other people's code, or code generated from ours.
 */
const NOT_REVIEWED_FOLDERS = new Set([
    '.rampart',
    'target',
    'build',
    'dist',
    'out',
    'vendor',
    '.venv',
    'venv',
    '__pycache__',
]);
const MINIFIED = /\.min\.(js|mjs|cjs)$/;
function isGenerated(path) {
    return path.split('/').some((segment) => NOT_REVIEWED_FOLDERS.has(segment)) || MINIFIED.test(path);
}
/** The repository's source files Rampart reviews, relative to the root. */
/**
 * What git tracks or would track below `root`, so that `.gitignore` holds (files deleted from the
 * work tree but not yet from the index left out); undefined outside a git work tree.
 */
async function filesGitKnows(root) {
    const listing = await (0,git/* git */.$)(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).catch(() => undefined);
    if (listing === undefined)
        return undefined;
    const paths = [...new Set(listing.split('\0').filter(Boolean))].sort();
    const present = await Promise.all(paths.map((path) => (0,promises_.stat)((0,external_node_path_.join)(root, path)).then((s) => s.isFile(), () => false)));
    return paths.filter((_, index) => present[index]);
}
async function sourceFiles(selection) {
    const skip = (path) => isGenerated(path) || selection.isExcluded(path);
    const known = await filesGitKnows(selection.root);
    const paths = known ? known.filter((path) => !skip(path)) : await (0,file_tree/* listFiles */.C)(selection.root, skip);
    return paths.flatMap((path) => {
        const language = languageOfPath(path);
        return language && selection.languages.includes(language) ? [{ path, language }] : [];
    });
}
function syntaxProblem(module) {
    const first = module.syntaxErrors[0];
    return {
        path: module.path,
        reason: `${module.path}:${first.line}:${first.column}: syntax error (${module.syntaxErrors.length} in the file); file skipped`,
    };
}
/** Reads and lowers every source file; a file that cannot be read or parsed is skipped and said so. */
async function loadSources(selection) {
    const loaded = { modules: [], skipped: [], lineCount: 0 };
    for (const { path, language } of await sourceFiles(selection)) {
        let module;
        try {
            module = await lowerFile(path, await (0,promises_.readFile)((0,external_node_path_.join)(selection.root, path), 'utf8'), language);
        }
        catch (error) {
            loaded.skipped.push({ path, reason: `${path}: ${error.message}; file skipped` });
            continue;
        }
        if (module.syntaxErrors.length > 0) {
            loaded.skipped.push(syntaxProblem(module));
            continue;
        }
        loaded.modules.push(module);
        loaded.lineCount += module.lineCount;
    }
    return loaded;
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => a.path.localeCompare(b.path) ||
        a.loc.line - b.loc.line ||
        a.loc.column - b.loc.column ||
        a.ruleId.localeCompare(b.ruleId));
}
/** Rampart's own engine over the whole repository: every finding, before suppressions and diff filtering. */
async function analyzeRepository(selection) {
    const { modules, skipped, lineCount } = await loadSources(selection);
    return {
        engine: 'rampart',
        findings: sortFindings(analyzeProgram(modules)),
        rules: RULES.filter((rule) => rule.languages.some((language) => selection.languages.includes(language))),
        skipped,
        filesReviewed: modules.length,
        linesReviewed: lineCount,
        modules,
    };
}
async function rampartEngine(selection) {
    const { modules, ...analysed } = await analyzeRepository(selection);
    return { ...analysed, comments: new Map(modules.map((module) => [module.path, module.comments])) };
}
async function codeGuruEngine(request, selection) {
    if (!request.codeguru)
        throw new errors/* InputError */.d(['--engine codeguru needs --codeguru-association-arn']);
    const { findings, rules } = await runCodeGuruReview(request.codeguru);
    return {
        findings: sortFindings(findings.filter((finding) => !selection.isExcluded(finding.path))),
        rules,
        skipped: [],
        filesReviewed: 0,
        linesReviewed: 0,
        comments: new Map(),
    };
}
/**
 * The whole review: analyse (always the whole repository, so flows into changed lines are found),
 * apply aws-codeguru-reviewer.yml, inline `rampart-ignore` comments and the baseline, then keep
 * only findings on changed lines in diff mode.
 */
async function runReview(request) {
    const started = performance.now();
    const [codeguruConfig, baseline, changed] = await Promise.all([
        loadCodeGuruConfig(request.root),
        request.baselineFile ? loadReviewBaseline(request.baselineFile) : undefined,
        request.mode === 'diff' ? changedLines(request.root, request.base) : undefined,
    ]);
    const selection = {
        root: request.root,
        languages: request.languages,
        isExcluded: (path) => isExcludedPath(codeguruConfig, path),
    };
    const outcome = request.engine === 'codeguru' ? await codeGuruEngine(request, selection) : await rampartEngine(selection);
    const { findings, suppressed, warnings } = applySuppressions(outcome.findings, {
        rules: outcome.rules,
        codeguruConfig,
        commentsByPath: outcome.comments,
        baseline,
    });
    const onChanged = (all) => (changed ? onChangedLines(all, changed) : all);
    const inDiff = new Set(onChanged(suppressed.map((entry) => entry.finding)));
    return {
        engine: request.engine,
        mode: request.mode,
        findings: onChanged(findings),
        rules: outcome.rules,
        suppressed: suppressed.filter((entry) => inDiff.has(entry.finding)),
        skipped: outcome.skipped,
        warnings,
        filesReviewed: outcome.filesReviewed,
        linesReviewed: outcome.linesReviewed,
        durationMs: Math.round(performance.now() - started),
    };
}

;// CONCATENATED MODULE: ./src/review/severity.ts

const FAIL_ON_LEVELS = [...runtime_severity/* SEVERITY_ORDER */.B, 'none'];
/** Whether `severity` is `threshold` or worse. */
function isAtLeast(severity, threshold) {
    return runtime_severity/* SEVERITY_ORDER */.B.indexOf(severity) <= runtime_severity/* SEVERITY_ORDER */.B.indexOf(threshold);
}
/** The findings that fail the review at this threshold (none for `none`). */
function failingFindings(result, failOn) {
    if (failOn === 'none')
        return [];
    return result.findings.filter((finding) => isAtLeast(finding.severity, failOn));
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/review.ts










const ENGINES = ['rampart', 'codeguru'];
const MODES = ['full', 'diff'];
function codeGuruOptions(values) {
    const associationArn = (0,args/* stringFlag */.AM)(values['codeguru-association-arn']);
    if (!associationArn)
        return undefined;
    return {
        associationArn,
        region: (0,args/* stringFlag */.AM)(values.region) ?? process.env.AWS_REGION ?? 'us-east-1',
        branch: (0,args/* stringFlag */.AM)(values['codeguru-branch']) ?? 'main',
        name: (0,args/* stringFlag */.AM)(values['codeguru-review-name']) ?? `rampart-${Date.now()}`,
        timeoutMs: (0,duration/* parseTimeLimit */.Er)((0,args/* stringFlag */.AM)(values.timeout) ?? '30m', '--timeout'),
    };
}
function reviewRequest(values) {
    const root = (0,external_node_path_.resolve)((0,args/* stringFlag */.AM)(values.path) ?? '.');
    const baseline = (0,args/* stringFlag */.AM)(values.baseline);
    return {
        root,
        mode: (0,args/* choiceFlag */.yq)('mode', values.mode, MODES),
        base: (0,args/* stringFlag */.AM)(values.base) ?? 'origin/main',
        languages: parseLanguageList((0,args/* stringFlag */.AM)(values.languages), '--languages'),
        baselineFile: baseline === undefined ? undefined : (0,external_node_path_.resolve)(baseline),
        engine: (0,args/* choiceFlag */.yq)('engine', values.engine, ENGINES),
        codeguru: codeGuruOptions(values),
    };
}
const reviewCommand = {
    name: 'review',
    summary: 'Security review of the source: taint analysis and detectors for Java, Python, JavaScript and TypeScript (CWE-22, 78, 79, 89, 90, 327, 328, 330, 501, 614, 643, 798, 1004, KMS). Exits 1 on findings at or above --fail-on.',
    flags: [
        { name: 'path', type: 'string', value: 'DIR', default: '.', description: 'The repository to review.' },
        {
            name: 'mode',
            type: 'string',
            value: MODES.join('|'),
            default: 'full',
            description: 'full: every finding; diff: only findings on lines changed since --base.',
        },
        {
            name: 'base',
            type: 'string',
            value: 'REF',
            default: 'origin/main',
            description: 'What --mode diff compares with (its merge base with HEAD).',
        },
        {
            name: 'languages',
            type: 'string',
            value: 'LIST',
            description: 'Comma-separated: java, python, js (JavaScript and TypeScript), javascript, typescript. Default: all.',
        },
        ...(0,args/* reportFlags */.kY)(REVIEW_FORMATS),
        {
            name: 'sarif',
            type: 'string',
            value: 'FILE',
            description: 'Also write SARIF here (for code scanning).',
        },
        {
            name: 'junit',
            type: 'string',
            value: 'FILE',
            description: 'Also write JUnit XML here (for CodeBuild test reports).',
        },
        {
            name: 'fail-on',
            type: 'string',
            value: FAIL_ON_LEVELS.join('|'),
            default: 'high',
            description: 'Exit 1 when a finding is this severe or more.',
        },
        {
            name: 'baseline',
            type: 'string',
            value: 'FILE',
            description: 'JSON report of an earlier review: its findings are accepted.',
        },
        {
            name: 'engine',
            type: 'string',
            value: ENGINES.join('|'),
            default: 'rampart',
            description: 'codeguru: a CodeGuru Reviewer repository analysis (needs an existing association).',
        },
        {
            name: 'codeguru-association-arn',
            type: 'string',
            value: 'ARN',
            description: 'CodeGuru repository association.',
        },
        {
            name: 'codeguru-branch',
            type: 'string',
            value: 'NAME',
            description: 'Branch CodeGuru analyses (default: main).',
        },
        {
            name: 'codeguru-review-name',
            type: 'string',
            value: 'NAME',
            description: 'Unique name of the code review (default: rampart-<time>).',
        },
        {
            name: 'region',
            type: 'string',
            value: 'REGION',
            description: 'CodeGuru region (default: AWS_REGION).',
        },
        {
            name: 'timeout',
            type: 'string',
            value: 'DURATION',
            description: 'How long to wait for CodeGuru (default: 30m).',
        },
    ],
    async run(values) {
        const failOn = (0,args/* choiceFlag */.yq)('fail-on', values['fail-on'], FAIL_ON_LEVELS);
        const format = (0,args/* choiceFlag */.yq)('format', values.format, REVIEW_FORMATS);
        const result = await runReview(reviewRequest(values)).finally(client_factory/* closeAwsConnections */.n);
        const report = renderReview(result, format, (0,install_root/* packageVersion */.T)());
        const output = (0,args/* stringFlag */.AM)(values.output);
        if (output)
            await (0,files/* writeTextAtomically */.Ez)(output, report);
        else
            process.stdout.write(report);
        for (const extra of ['sarif', 'junit']) {
            const file = (0,args/* stringFlag */.AM)(values[extra]);
            if (file)
                await (0,files/* writeTextAtomically */.Ez)(file, renderReview(result, extra, (0,install_root/* packageVersion */.T)()));
        }
        for (const problem of [...result.skipped.map((file) => file.reason), ...result.warnings]) {
            process.stderr.write(`warning: ${problem}\n`);
        }
        if (output || format !== 'text')
            process.stderr.write(`${reviewSummaryLine(result)}\n`);
        if (result.skipped.length > 0)
            return exit_codes/* ExitCode */.y.BadInput;
        return failingFindings(result, failOn).length > 0 ? exit_codes/* ExitCode */.y.Failure : exit_codes/* ExitCode */.y.Success;
    },
};


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

/***/ 7765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Folders that hold other people's code or git's own data. */
const NEVER_LISTED = new Set(['.git', 'node_modules']);
/**
 * Every file below `root` (relative, `/`-separated), without symbolic links, skipped paths, `.git` or
 * `node_modules`. `counted` hears how many were found so far, as the walk goes.
 */
async function listFiles(root, skip, counted) {
    const files = [];
    const walk = async (relative) => {
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, relative), { withFileTypes: true });
        const folders = [];
        for (const entry of entries) {
            const path = relative ? `${relative}/${entry.name}` : entry.name;
            if (NEVER_LISTED.has(entry.name) || entry.isSymbolicLink() || skip(path))
                continue;
            if (entry.isDirectory())
                folders.push(path);
            else if (entry.isFile())
                files.push(path);
        }
        counted?.(files.length);
        await Promise.all(folders.map(walk));
    };
    await walk('');
    return files.sort();
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

/***/ 3990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ unquoteGitPath)
/* harmony export */ });
/**
 * A path as git writes it in a patch header: in C-style quotes when it holds unusual characters,
 * even with core.quotePath=false (which only stops the quoting of non-ASCII bytes).
 */
function unquoteGitPath(path) {
    if (!path.startsWith('"'))
        return path;
    const bytes = [];
    const escapes = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
    for (let index = 1; index < path.length - 1; index++) {
        const character = path[index];
        if (character !== '\\') {
            bytes.push(...Buffer.from(character));
            continue;
        }
        const next = path[index + 1];
        if (/[0-7]/.test(next)) {
            bytes.push(Number.parseInt(path.slice(index + 1, index + 4), 8));
            index += 3;
        }
        else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            index += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
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


/***/ }),

/***/ 65:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   F1: () => (/* binding */ SARIF_LEVEL),
/* harmony export */   lL: () => (/* binding */ SECURITY_SEVERITY)
/* harmony export */ });
/** Most severe first: the order of report sections and counts. */
const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];
/** GitHub code scanning ranks alerts by this number (its "security-severity" property). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
};
/** The SARIF `level` of a result or rule of each severity. */
const SARIF_LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
};


/***/ })

};
;