"use strict";
exports.id = 682;
exports.ids = [682];
exports.modules = {

/***/ 7682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SCAN_FLAGS: () => (/* binding */ SCAN_FLAGS),
  scanFromFlags: () => (/* binding */ scanFromFlags),
  secretsScanCommand: () => (/* binding */ secretsScanCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
// EXTERNAL MODULE: ./src/runtime/install-root.ts
var install_root = __webpack_require__(6464);
;// CONCATENATED MODULE: ./src/secrets/baseline.ts


/**
 * The fingerprints of a baseline: a JSON report of an earlier scan (`--format json`), whose
 * findings (and baselined findings) are known and being rotated.
 */
async function loadBaseline(file) {
    const report = await (0,files/* readJsonInputFile */.FH)(file, 'baseline');
    const lists = ['findings', 'baselined'].map((key) => report?.[key]);
    if (!Array.isArray(lists[0])) {
        throw new errors/* InputError */.d([
            `${file}: a baseline is the JSON report of a scan (rampart secrets scan --format json --output ${file}): it has no "findings" list`,
        ]);
    }
    const fingerprints = lists
        .flatMap((list) => (Array.isArray(list) ? list : []))
        .map((entry, index) => {
        const fingerprint = entry?.fingerprint;
        if (typeof fingerprint !== 'string' || !/^[0-9a-f]{24}$/.test(fingerprint)) {
            throw new errors/* InputError */.d([`${file}: finding ${index} has no fingerprint of 24 hexadecimal digits`]);
        }
        return fingerprint;
    });
    return new Set(fingerprints);
}

// EXTERNAL MODULE: ./src/secrets/rules.ts
var rules = __webpack_require__(7970);
;// CONCATENATED MODULE: ./src/secrets/config.ts




/** Where the config is looked for when none is named. */
const DEFAULT_CONFIG_FILE = '.rampart/secrets.yml';
/** The built-in rules and nothing skipped or allowed: what a repository without a config gets. */
function defaultSecretsConfig() {
    return { rules: rules/* BUILT_IN_RULES */.J, skips: () => false, allowed: new Map() };
}
/**
 * Reads the config; `file` undefined means DEFAULT_CONFIG_FILE in `root`, if it exists. Every
 * problem is reported at once with file, line and field; a custom pattern RE2 refuses is one of them.
 * The YAML parser and schema validator are loaded only when there is a file to read.
 */
async function loadSecretsConfig(file, root) {
    const path = file ?? (0,external_node_path_.join)(root, DEFAULT_CONFIG_FILE);
    if (file === undefined && !(0,external_node_fs_.existsSync)(path))
        return defaultSecretsConfig();
    const { parseSecretsConfig } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(6), __webpack_require__.e(36)]).then(__webpack_require__.bind(__webpack_require__, 2036));
    return parseSecretsConfig(await (0,files/* readInputFile */.jH)(path, 'secrets config'), path);
}

// EXTERNAL MODULE: ./src/secrets/report.ts
var secrets_report = __webpack_require__(6751);
// EXTERNAL MODULE: ./src/secrets/sources/git-diff.ts
var git_diff = __webpack_require__(9186);
// EXTERNAL MODULE: ./src/runtime/file-tree.ts
var file_tree = __webpack_require__(7765);
// EXTERNAL MODULE: ./src/secrets/sources/files.ts
var sources_files = __webpack_require__(1547);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/secrets/engine.ts + 4 modules
var engine = __webpack_require__(2296);
;// CONCATENATED MODULE: ./src/secrets/parallel.ts





/** Files a worker takes at once: large enough to keep messages rare, small enough to share the tail. */
const BATCH = 64;
function workerCount(requested) {
    return Math.max(1, requested ?? (0,external_node_os_.availableParallelism)());
}
/**
 * This thread and worker threads scanning one folder. The workers start (load their bundle, build
 * their scanner) as soon as the pool is made, while this thread is still listing the folder; `scan`
 * hands out the files, batch by batch, to them and to this thread.
 */
class ScanPool {
    root;
    total = { raw: [], binaryFiles: [], files: 0, characters: 0 };
    paths;
    next = 0;
    readyToSend = [];
    done;
    scanner;
    /** `parallel.workers` threads scan: the main thread, and one worker fewer. */
    constructor(root, rules, parallel) {
        this.root = root;
        const setup = { rampartSecretScanWorker: true, root, rules };
        this.done = Array.from({ length: workerCount(parallel.workers) - 1 }, () => this.run(parallel.script, setup));
        // Built while the workers start and the folder is still being listed.
        this.scanner = new engine/* SecretScanner */.Jq(rules);
    }
    /** Scans the files on the workers and on this thread; the pool is spent afterwards. */
    async scan(paths) {
        this.paths = paths;
        for (const start of this.readyToSend.splice(0))
            start();
        await this.scanHere();
        await Promise.all(this.done);
        return this.total;
    }
    /** This thread's share: batch after batch, letting the workers' messages in between. */
    async scanHere() {
        const reader = new sources_files/* FileReader */.qg();
        for (let files = this.takeBatch(); files.length > 0; files = this.takeBatch()) {
            merge(this.total, scanFiles(this.scanner, reader, this.root, files));
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    /** A worker's life: it takes batches until none are left, then is let go without waiting for its exit. */
    run(script, setup) {
        return new Promise((resolve, reject) => {
            const worker = new external_node_worker_threads_.Worker(script, { workerData: setup });
            // Two batches in flight per worker: the next one waits in its queue while the current one is scanned.
            let inFlight = 0;
            const send = () => {
                const files = this.takeBatch();
                if (files.length > 0) {
                    inFlight++;
                    worker.postMessage({ files });
                }
                else if (inFlight === 0) {
                    worker.postMessage({ done: true });
                    worker.unref();
                    resolve();
                }
            };
            worker.on('message', (message) => {
                if ('scanned' in message) {
                    inFlight--;
                    merge(this.total, message.scanned);
                    send();
                }
                else {
                    const start = () => {
                        send();
                        send();
                    };
                    if (this.paths)
                        start();
                    else
                        this.readyToSend.push(start);
                }
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`a scan worker exited early, with code ${code}`)));
        });
    }
    takeBatch() {
        const files = (this.paths ?? []).slice(this.next, this.next + BATCH);
        this.next += files.length;
        return files;
    }
}
function merge(total, part) {
    total.raw.push(...part.raw);
    total.binaryFiles.push(...part.binaryFiles);
    total.files += part.files;
    total.characters += part.characters;
}
/** In a worker started by scanFilesInParallel: serve batches until told to stop, and say so (true). */
function runSecretScanWorker() {
    const setup = workerData;
    if (isMainThread || !parentPort || !setup?.rampartSecretScanWorker)
        return false;
    const port = parentPort;
    const scanner = new SecretScanner(setup.rules);
    const reader = new FileReader();
    // A worker does nothing but read and scan: synchronous reads cost the least.
    port.on('message', (message) => {
        if ('done' in message)
            port.close();
        else
            port.postMessage({
                scanned: scanFiles(scanner, reader, setup.root, message.files),
            });
    });
    port.postMessage({ ready: true });
    return true;
}
/** Files below `root`, read synchronously (a thread that only scans has nothing to wait for) and scanned in order. */
function scanFiles(scanner, reader, root, paths) {
    const scanned = { raw: [], binaryFiles: [], files: 0, characters: 0 };
    for (const path of paths) {
        const content = reader.read((0,external_node_path_.join)(root, path));
        if ((0,sources_files/* isBinary */.Go)(content)) {
            scanned.binaryFiles.push(path);
            continue;
        }
        const document = (0,sources_files/* bytesDocument */.H1)(path, content);
        scanned.files++;
        scanned.characters += document.characterCount;
        scanned.raw.push(...scanner.scan(document));
    }
    return scanned;
}

;// CONCATENATED MODULE: ./src/secrets/scan.ts






const ZERO_COMMIT = /^0+$/;
/** Below this many files a folder is scanned on one thread: starting workers would cost more. */
const PARALLEL_MIN_FILES = 500;
async function scanForSecrets(input) {
    const { target } = input;
    if (target.kind === 'path') {
        const part = await scanFolder(input, target.path);
        // Threads finish in any order; the report is in file order.
        part.raw.sort(({ finding: a }, { finding: b }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line || a.column - b.column);
        const scanned = { commits: 0, files: part.files, characters: part.characters };
        return classify(part.raw, input, { scanned, binaryFiles: part.binaryFiles.sort(), notes: [] });
    }
    const scanner = new engine/* SecretScanner */.Jq(input.config.rules);
    const stats = { commits: 0, binaryFiles: [] };
    const scanned = { commits: 0, files: 0, characters: 0 };
    const notes = [];
    const raw = [];
    for await (const document of documentsOf(input, stats, notes)) {
        scanned.files++;
        scanned.characters += document.characterCount;
        raw.push(...scanner.scan(document));
    }
    scanned.commits = stats.commits;
    return classify(raw, input, { scanned, binaryFiles: stats.binaryFiles, notes });
}
/**
 * Every text file below a folder: on this thread and the workers once the listing shows the folder
 * is large (the workers start while the rest is listed), on this thread alone otherwise.
 */
async function scanFolder(input, root) {
    const { config, parallel } = input;
    const spread = parallel && workerCount(parallel.workers) > 1 ? parallel : undefined;
    let pool;
    const paths = await (0,file_tree/* listFiles */.C)(root, config.skips, (files) => {
        if (spread && files >= PARALLEL_MIN_FILES)
            pool ??= new ScanPool(root, config.rules, spread);
    });
    return pool ? pool.scan(paths) : scanFiles(new engine/* SecretScanner */.Jq(config.rules), new sources_files/* FileReader */.qg(), root, paths);
}
async function* documentsOf(input, stats, notes) {
    const { target, root, config } = input;
    const fromDiff = async function* (added) {
        for await (const part of added)
            if (!config.skips(part.path))
                yield (0,git_diff/* addedLinesDocument */.lk)(part);
    };
    switch (target.kind) {
        case 'range':
            yield* fromDiff((0,git_diff/* addedLinesOfCommits */.nt)(root, await rangeRevisions(root, target, notes), stats));
            return;
        case 'staged':
            yield* fromDiff((0,git_diff/* addedLinesStaged */.S7)(root, stats));
            return;
        case 'history':
            yield* fromDiff((0,git_diff/* addedLinesOfCommits */.nt)(root, ['HEAD'], stats));
            return;
        case 'text':
            yield (0,sources_files/* fileDocument */.MI)(target.name, target.text);
            return;
        case 'codecommit': {
            // Loaded here only: the AWS SDK would otherwise be most of every other scan's start-up.
            const { addedLinesOfPushIn } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(529), __webpack_require__.e(948)]).then(__webpack_require__.bind(__webpack_require__, 948));
            yield* fromDiff(addedLinesOfPushIn(target.region, target, stats, notes));
        }
    }
}
/**
 * The revisions of a push or pull request: `base..head` when git has the base (also after a force
 * push, where base is no ancestor: `..` still means the commits of head that base lacks). A base of
 * zeros (a new branch, a first push) or one git does not have: the commits of head that no other
 * branch holds, or all of them if there is no other branch.
 */
async function rangeRevisions(root, target, notes) {
    if (!ZERO_COMMIT.test(target.base)) {
        if (await commitExists(root, target.base))
            return [`${target.base}..${target.head}`];
        notes.push(`base ${target.base} is not in this repository (a force push over commits not fetched?): scanned the commits of ${target.head} that no other branch holds`);
    }
    const head = (await (0,git_diff/* git */.$Y)(root, ['rev-parse', '--verify', `${target.head}^{commit}`])).trim();
    const others = (await (0,git_diff/* git */.$Y)(root, ['for-each-ref', '--format=%(objectname)', 'refs/heads', 'refs/remotes']))
        .split('\n')
        .filter((sha) => sha && sha !== head);
    return [head, '--not', ...new Set(others)];
}
async function commitExists(root, revision) {
    try {
        await (0,git_diff/* git */.$Y)(root, ['cat-file', '-e', `${revision}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
function classify(raw, input, rest) {
    const result = {
        target: input.target,
        findings: [],
        examples: [],
        allowed: [],
        baselined: [],
        secretsToMask: [...new Set(raw.filter((entry) => !entry.finding.example).map((entry) => entry.secret))],
        accessKeyIds: [],
        ...rest,
    };
    for (const { finding, secret } of raw) {
        const reason = input.config.allowed.get(finding.fingerprint);
        if (finding.example)
            result.examples.push(finding);
        else if (reason !== undefined)
            result.allowed.push({ ...finding, reason });
        else if (input.baseline?.has(finding.fingerprint))
            result.baselined.push(finding);
        else {
            result.findings.push(finding);
            if (finding.ruleId === 'aws-access-key-id')
                result.accessKeyIds.push(secret);
        }
    }
    return result;
}
/** `BASE..HEAD` as a range target; `label` names where it came from (a flag, an input). */
function parseRange(range, label) {
    const match = /^([^.\s]+)\.\.([^.\s]+)$/.exec(range);
    if (!match) {
        throw new errors/* InputError */.d([
            `${label} "${range}" must be BASE..HEAD, e.g. \${{ github.event.before }}..\${{ github.sha }}`,
        ]);
    }
    return { kind: 'range', base: match[1], head: match[2] };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/secrets.ts











const TARGET_FLAGS = ['range', 'staged', 'history', 'path'];
const SCAN_FLAGS = [
    {
        name: 'range',
        type: 'string',
        value: 'BASE..HEAD',
        description: 'Lines added by these commits (BASE may be all zeros).',
    },
    { name: 'staged', type: 'boolean', description: 'Lines added in the index (a pre-commit hook).' },
    { name: 'history', type: 'boolean', description: 'Every commit reachable from HEAD.' },
    {
        name: 'path',
        type: 'string',
        value: 'DIR',
        description: 'Every text file below DIR, as it is now (the default: .).',
    },
    {
        name: 'config',
        type: 'string',
        value: 'FILE',
        description: 'Secrets config (default: .rampart/secrets.yml if present).',
    },
    {
        name: 'baseline',
        type: 'string',
        value: 'FILE',
        description: 'JSON report of an earlier scan: its findings are known.',
    },
];
const secretsScanCommand = {
    name: 'secrets scan',
    summary: 'Find secrets in the lines a push or pull request added (--range), the index, the history, a folder, or standard input (-). Secrets are never printed: only a masked preview.',
    positionals: { usage: '[-]', max: 1 },
    flags: [
        ...SCAN_FLAGS,
        ...(0,args/* reportFlags */.kY)(secrets_report/* REPORT_FORMATS */.EL),
        {
            name: 'fail',
            type: 'boolean',
            description: 'Exit 1 when a secret is found (not counting examples, allowed or baselined ones).',
        },
    ],
    async run(values, positionals) {
        const format = (0,args/* choiceFlag */.yq)('format', values.format, secrets_report/* REPORT_FORMATS */.EL);
        const { result, config } = await scanFromFlags(values, positionals);
        const report = (0,secrets_report/* renderReport */.B1)(result, format, config.rules, (0,install_root/* packageVersion */.T)());
        if (typeof values.output === 'string') {
            await (0,files/* writeTextAtomically */.Ez)(values.output, report);
            process.stderr.write(`${(0,secrets_report/* summaryLine */.dC)(result)}\n`);
        }
        else {
            process.stdout.write(report);
        }
        return values.fail && result.findings.length > 0 ? exit_codes/* ExitCode */.y.Failure : exit_codes/* ExitCode */.y.Success;
    },
};
async function scanFromFlags(values, positionals) {
    const root = process.cwd();
    const target = await scanTarget(values, positionals, root);
    const [config, baseline] = await Promise.all([
        loadSecretsConfig((0,args/* stringFlag */.AM)(values.config), root),
        typeof values.baseline === 'string' ? loadBaseline(values.baseline) : Promise.resolve(undefined),
    ]);
    return {
        result: await scanForSecrets({ target, root, config, baseline, parallel: parallelScan() }),
        config,
    };
}
/**
 * Worker threads need a script they can start: the worker bundle, when this installation has one.
 * RAMPART_SCAN_WORKERS sets how many threads scan, the main thread among them (default: one per core;
 * 1: the main thread alone).
 */
function parallelScan() {
    const script = (0,external_node_path_.join)(install_root/* INSTALL_ROOT */.z, 'dist', 'secrets-worker', 'index.js');
    const workers = Number(process.env.RAMPART_SCAN_WORKERS) || undefined;
    return (0,external_node_fs_.existsSync)(script) ? { script, workers } : undefined;
}
async function scanTarget(values, positionals, root) {
    const chosen = [
        ...TARGET_FLAGS.filter((flag) => values[flag] !== undefined && values[flag] !== false),
        ...positionals,
    ];
    if (chosen.length > 1) {
        throw new errors/* InputError */.d([
            `choose one of --range, --staged, --history, --path and -; got ${chosen.map((flag) => (flag === '-' ? '-' : `--${flag}`)).join(', ')}`,
        ]);
    }
    if (positionals[0] !== undefined && positionals[0] !== '-') {
        throw new errors/* InputError */.d([
            `unexpected argument "${positionals[0]}": to scan a folder, use --path ${positionals[0]}`,
        ]);
    }
    if (positionals[0] === '-')
        return { kind: 'text', name: '<stdin>', text: (0,external_node_fs_.readFileSync)(0, 'utf8') };
    if (values.staged)
        return { kind: 'staged' };
    if (values.history)
        return { kind: 'history' };
    if (typeof values.range === 'string')
        return parseRange(values.range, '--range');
    return { kind: 'path', path: (0,external_node_path_.resolve)(root, (0,args/* stringFlag */.AM)(values.path) ?? '.') };
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


/***/ }),

/***/ 1392:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ CharClass),
/* harmony export */   S: () => (/* binding */ RunFinder)
/* harmony export */ });
/**
 * A set of characters written like a regular-expression class body: `A-Za-z0-9_-`, `^\s"'` (a
 * leading ^ negates), with `\s` for white space and `\\` to escape. Membership is one table lookup.
 */
class CharClass {
    spec;
    table = new Uint8Array(128);
    negated;
    constructor(spec) {
        this.spec = spec;
        this.negated = spec.startsWith('^');
        const body = this.negated ? spec.slice(1) : spec;
        for (let index = 0; index < body.length; index++) {
            let character = body[index];
            if (character === '\\') {
                const escaped = body[++index] ?? '\\';
                if (escaped === 's') {
                    for (const space of ' \t\r\n\f\v')
                        this.table[space.charCodeAt(0)] = 1;
                    continue;
                }
                character = escaped;
            }
            const next = body[index + 1];
            const last = body[index + 2];
            if (next === '-' && last !== undefined) {
                for (let code = character.charCodeAt(0); code <= last.charCodeAt(0); code++)
                    this.table[code] = 1;
                index += 2;
            }
            else {
                this.table[character.charCodeAt(0)] = 1;
            }
        }
    }
    /** A class of exactly these characters (ASCII). */
    static of(characters) {
        const charClass = new CharClass('');
        for (const character of characters)
            charClass.table[character.charCodeAt(0)] = 1;
        return charClass;
    }
    /** Outside ASCII, a class holds a character only if it is negated (`^"` holds é). */
    has(code) {
        const inTable = code < 128 && this.table[code] === 1;
        return inTable !== this.negated;
    }
}
/**
 * The end of the run of `charClass` characters that starts at `start`, remembering the last run
 * seen: scanning from left to right, a start inside that run costs nothing, which keeps a line full
 * of keyword hits linear.
 */
class RunFinder {
    charClass;
    runStart = -1;
    runEnd = -1;
    text = '';
    constructor(charClass) {
        this.charClass = charClass;
    }
    end(text, start) {
        if (text === this.text && start >= this.runStart && start <= this.runEnd)
            return this.runEnd;
        let end = start;
        while (end < text.length && this.charClass.has(text.charCodeAt(end)))
            end++;
        this.text = text;
        this.runStart = start;
        this.runEnd = end;
        return end;
    }
    /** The start of the run that ends at `end` (scanning leftwards), looking back at most `limit` characters. */
    start(text, end, limit) {
        let start = end;
        while (start > 0 && end - start < limit && this.charClass.has(text.charCodeAt(start - 1)))
            start--;
        return start;
    }
}


/***/ }),

/***/ 2296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jq: () => (/* binding */ SecretScanner),
  $l: () => (/* binding */ maskSecret)
});

// UNUSED EXPORTS: ALLOW_MARKER, fingerprintOf

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/secrets/char-class.ts
var char_class = __webpack_require__(1392);
;// CONCATENATED MODULE: ./src/secrets/file-kinds.ts
/**
 * Source code, where a literal string is always quoted, as opposed to configuration (`.env`,
 * YAML, properties, shell, Dockerfiles, Markdown) where a value often is not.
 */
const SOURCE_CODE_EXTENSIONS = new Set([
    'c',
    'cc',
    'cjs',
    'clj',
    'cpp',
    'cs',
    'cts',
    'dart',
    'erl',
    'ex',
    'exs',
    'fs',
    'go',
    'gradle',
    'groovy',
    'h',
    'hcl',
    'hpp',
    'java',
    'js',
    'jsx',
    'kt',
    'kts',
    'lua',
    'm',
    'mjs',
    'mts',
    'php',
    'py',
    'rb',
    'rs',
    'scala',
    'svelte',
    'swift',
    'tf',
    'ts',
    'tsx',
    'vue',
]);
function isSourceCode(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 && SOURCE_CODE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

// EXTERNAL MODULE: ./src/secrets/matchers.ts
var matchers = __webpack_require__(1758);
;// CONCATENATED MODULE: ./src/secrets/keyword-scan-wasm.ts
// Generated from keyword-scan.wat by `npm run package` (scripts/wasm.ts): do not edit.
const KEYWORD_SCAN_WASM = 'AGFzbQEAAAABIwRgA39/fwF/YAR/f39/AX9gBX9/f39/AX9gBn9/f39/fwF/AwYFAAECAgMFAwEAAQcRAgZtZW1vcnkCAARmaW5kAAQK+ggFcgECf0F/Qf///wcgAkEETxshAyAAKAIAIAEgAmooAgByIANxIAEoAgAgA3FHBEBBAA8LQQQhBAJAA0AgBCACTw0BIAAgBGotAAAgASACaiAEai0AAHIgASAEai0AAEcEQEEADwsgBEEBaiEEDAALC0EBC8oBAQd/IAEgA2ooAgBBoMCAgQJyQf///wdxIQQgACgCgAEhBSAEQbHz3fF5bEEQdiAFcSEGAkADQCAAIAZBA3RqKAKQASEHIAdFBEBBfw8LIAcgBEYNASAGQQFqIAVxIQYMAAsLIAAgBkEDdGooApQBIQggCEEEaiAIKAIAQQxsaiEJIAhBBGohCAJAA0AgCCAJTw0BIAgoAgQhCiADIApqIAJNBEAgASADaiAIKAIIIAoQAARAIAgoAgAPCwsgCEEMaiEIDAALC0F/C+MCAQd/A0AgBC0AACEFIAVFBEBBAQ8LIAVBAUYEQCAAKAKIASAELQABQQh0aiEGIAMgBC8BBGohByAHIAJLBEAgAiEHCyAHIANBgAJqSwRAIANBgAJqIQcLIAMhCAJAA0AgCCAHTw0BIAYgASAIai0AAGotAABFDQEgCEEBaiEIDAALCyAIIANrQYACTwRAQQEPCyAIIANrIAQvAQJJBEBBAA8LIAghAyAEQQZqIQQMAQsgBC0AASEJIARBAmohBAJAA0AgCUUEQEEADwsgBC0AACEKQQAhCwJAIAMgCmogAksNAANAIAsgCk8EQCADIApqIQMgBCAKQQFqaiEEIAlBAWshCQwECyABIAMgC2pqLQAAIAQgC2otAAFHDQEgC0EBaiELDAALCyAEIApBAWpqIQQgCUEBayEJDAALCwJAA0AgCUUNASAEIAQtAABBAWpqIQQgCUEBayEJDAALCwwAC0EAC2sBAn8gACgChAEgBEECdGooAgAhBSAFKAIARQRAQQEPCyAFQQRqIAUoAgBBA3RqIQYgBUEEaiEFAkADQCAFIAZPDQEgACABIAIgAyAFKAIAaiAFKAIEEAIEQEEBDwsgBUEIaiEFDAALC0EAC+cCAgZ/C3sgAP0ABAAhDyAA/QAEECEQIAD9AAQgIREgAP0ABDAhEiAA/QAEQCETIAD9AARQIRQgAP0ABGAhFSAA/QAEcCEWQQ/9DyEOAkADQCAGIAJPDQEgASAGaiEHIA8gB/0ABAAiDSAO/U79DiAQIA1BBP1t/Q79TiARIAf9AAQBIg0gDv1O/Q4gEiANQQT9bf0O/U79TiATIAf9AAQCIg0gDv1O/Q4gFCANQQT9bf0O/U4gFSAH/QAEAyINIA79Tv0OIBYgDUEE/W39Dv1O/U79TiEMIAz9UwRAIAz9DAAAAAAAAAAAAAAAAAAAAAD9JP1kIQkCQANAIAlFDQEgBiAJaGohCiAAIAEgAyAKEAEhCyALQQBOBEAgACABIAMgCiALEAMEQCAEIAhBAnRqIAo2AgAgBSAIQQJ0aiALNgIAIAhBAWohCAsLIAkgCUEBa3EhCQwACwsLIAZBEGohBgwACwsgCAs=';

;// CONCATENATED MODULE: ./src/secrets/keyword-bytes.ts

/**
 * The keyword pass over a file's raw bytes, before any decoding, in WebAssembly with SIMD
 * (keyword-scan.wat): 16 positions at a time are tested against nibble tables of the keywords'
 * first four bytes, in eight buckets; where one passes, the keywords that share the position's
 * first three bytes are compared, and a keyword found is reported only if one of its filters passes.
 * Without filters it reports what the engine's case-insensitive keyword regex reports on the
 * decoded text: at each position, the longest keyword that starts there. Linear: each block of 16
 * bytes costs a few vector instructions, a candidate position at most its keywords' lengths, and a
 * filter at most 256 bytes.
 */
/** Bytes of the fingerprint the vector filter tests; a shorter keyword passes on any byte beyond it. */
const FINGERPRINT = 4;
const MIN_KEYWORD_LENGTH = 3;
const BUCKETS = 8;
/**
 * Positions searched per call: the input window, the hits and the memory stay this size whatever
 * the file. A multiple of 16, as the module needs (it reads positions 16 at a time).
 */
const WINDOW = 1 << 18;
/** The filter reads up to this many bytes past the last position of a window. */
const READ_AHEAD = 16 + FINGERPRINT;
/** `| 32` folds A–Z to a–z (and leaves digits and most punctuation as they are). */
const FOLD = 0x20;
const PAGE = 1 << 16;
/** Layout of the tables (see keyword-scan.wat). */
const TABLES = 0;
const SLOT_MASK = TABLES + 128;
const FILTER_TABLE = TABLES + 132;
const CLASSES = TABLES + 136;
const SLOTS = TABLES + 144;
/** Hash slots per distinct key, at least: probes stay short. */
const SLOTS_PER_KEY = 4;
/** Printable ASCII: the bytes of such a keyword are the same in every encoding the engine reads. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;
let compiled;
function instantiate() {
    compiled ??= new WebAssembly.Module(Buffer.from(KEYWORD_SCAN_WASM, 'base64'));
    return new WebAssembly.Instance(compiled, {}).exports;
}
const isLetter = (byte) => byte >= 0x61 && byte <= 0x7a;
class KeywordBytes {
    keywords;
    wasm = instantiate();
    longest;
    /** Addresses in the module's memory. */
    input;
    positionsOut;
    idsOut;
    hits = {
        count: 0,
        positions: new Int32Array(1024),
        keywords: new Uint16Array(1024),
    };
    /**
     * `filters[i]`: the filters of keyword i, one of which a hit must pass to be reported (none: every
     * hit is). Undefined when a keyword is shorter than three characters or not printable ASCII: such
     * keywords are searched in the decoded text.
     */
    static of(keywords, filters = []) {
        const usable = keywords.length > 0 &&
            keywords.every((keyword) => keyword.length >= MIN_KEYWORD_LENGTH && PRINTABLE_ASCII.test(keyword));
        return usable ? new KeywordBytes(keywords, filters) : undefined;
    }
    /** `keywords`: lower case. */
    constructor(keywords, filters) {
        this.keywords = keywords;
        this.longest = Math.max(...keywords.map((keyword) => keyword.length));
        const tables = tablesFor(keywords, filters);
        this.input = align(tables.length);
        this.positionsOut = align(this.input + WINDOW + this.longest + READ_AHEAD);
        this.idsOut = this.positionsOut + 4 * WINDOW;
        const { memory } = this.wasm;
        memory.grow(Math.max(0, Math.ceil((this.idsOut + 4 * WINDOW) / PAGE) - memory.buffer.byteLength / PAGE));
        new Uint8Array(memory.buffer).set(tables, TABLES);
    }
    /** Every keyword position in `bytes`, in order; the result is overwritten by the next call. */
    find(bytes) {
        this.hits.count = 0;
        const memory = new Uint8Array(this.wasm.memory.buffer);
        for (let start = 0; start < bytes.length; start += WINDOW) {
            // A window carries the bytes of a keyword that starts in it and ends past it.
            const length = Math.min(bytes.length - start, WINDOW + this.longest);
            memory.set(bytes.subarray(start, start + length), this.input);
            const to = Math.min(WINDOW, length);
            const found = this.wasm.find(TABLES, this.input, to, length, this.positionsOut, this.idsOut);
            this.append(found, start);
        }
        return this.hits;
    }
    append(found, offset) {
        const { hits } = this;
        if (hits.count + found > hits.positions.length) {
            const capacity = Math.max(hits.positions.length * 2, hits.count + found);
            const positions = new Int32Array(capacity);
            const keywords = new Uint16Array(capacity);
            positions.set(hits.positions.subarray(0, hits.count));
            keywords.set(hits.keywords.subarray(0, hits.count));
            hits.positions = positions;
            hits.keywords = keywords;
        }
        const positions = new Int32Array(this.wasm.memory.buffer, this.positionsOut, found);
        const ids = new Int32Array(this.wasm.memory.buffer, this.idsOut, found);
        for (let index = 0; index < found; index++) {
            hits.positions[hits.count] = positions[index] + offset;
            hits.keywords[hits.count] = ids[index];
            hits.count++;
        }
    }
}
function align(address) {
    return Math.ceil(address / 16) * 16;
}
const ANY_NIBBLE = 0xffff;
/** A letter passes in either case: its upper case differs only in the high nibble (4 for 6, 5 for 7). */
function bucketOf(keyword) {
    const bytes = Buffer.from(keyword.slice(0, FINGERPRINT), 'latin1');
    const nibbles = [];
    for (let offset = 0; offset < FINGERPRINT; offset++) {
        const byte = bytes[offset];
        if (byte === undefined) {
            nibbles.push(ANY_NIBBLE, ANY_NIBBLE);
            continue;
        }
        const upper = isLetter(byte) ? 1 << ((byte & ~FOLD) >> 4) : 0;
        nibbles.push(1 << (byte & 0x0f), (1 << (byte >> 4)) | upper);
    }
    return { nibbles };
}
function merged(a, b) {
    return { nibbles: a.nibbles.map((mask, index) => mask | b.nibbles[index]) };
}
/** How many byte sequences a bucket passes, or the two together: the product of their masks' sizes. */
function breadth(bucket, other) {
    let product = 1;
    bucket.nibbles.forEach((mask, index) => (product *= bitCount(mask | (other?.nibbles[index] ?? 0))));
    return product;
}
/** The number of bits set in a 16-bit mask. */
function bitCount(mask) {
    const pairs = mask - ((mask >> 1) & 0x5555);
    const nibbles = (pairs & 0x3333) + ((pairs >> 2) & 0x3333);
    const bytes = (nibbles + (nibbles >> 4)) & 0x0f0f;
    return (bytes + (bytes >> 8)) & 0x1f;
}
/**
 * The keywords in at most eight buckets, merged pairwise where that widens the buckets the least:
 * the fewer byte sequences a bucket passes, the fewer false candidates.
 */
function bucketsOf(keywords) {
    const byFingerprint = new Map();
    for (const keyword of keywords)
        byFingerprint.set(keyword.slice(0, FINGERPRINT), bucketOf(keyword));
    const buckets = [...byFingerprint.values()];
    const breadths = buckets.map((bucket) => breadth(bucket));
    while (buckets.length > BUCKETS) {
        let best = { first: 0, second: 1, growth: Infinity };
        // With many keywords (custom rules), only neighbours are tried: the search stays quadratic.
        const reach = buckets.length > 128 ? 1 : buckets.length;
        for (let first = 0; first < buckets.length; first++) {
            for (let second = first + 1; second < Math.min(buckets.length, first + 1 + reach); second++) {
                const a = buckets[first];
                const b = buckets[second];
                const growth = breadth(a, b) - breadths[first] - breadths[second];
                if (growth < best.growth)
                    best = { first, second, growth };
            }
        }
        buckets[best.first] = merged(buckets[best.first], buckets[best.second]);
        breadths[best.first] = breadth(buckets[best.first]);
        buckets.splice(best.second, 1);
        breadths.splice(best.second, 1);
    }
    return buckets;
}
/** A keyword's key in the hash table: its first three bytes, each | 0x20, little-endian (as the module reads them). */
function keyOf(keyword) {
    let key = 0;
    for (let index = 0; index < MIN_KEYWORD_LENGTH; index++)
        key |= (keyword.charCodeAt(index) | FOLD) << (8 * index);
    return key;
}
/** The hash table's slot of a key: the module's multiplicative hash, then linear probing. */
function slotOf(key, mask, taken) {
    let slot = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
    while (taken(slot))
        slot = (slot + 1) & mask;
    return slot;
}
/** Bytes laid out one part after another, each part at an address known once it is placed. */
class Layout {
    length;
    bytes = new Uint8Array(4096);
    view = new DataView(this.bytes.buffer);
    constructor(length) {
        this.length = length;
    }
    /** Room for `size` bytes at the end: its address. */
    place(size) {
        const at = this.length;
        this.length += size;
        if (this.length > this.bytes.length) {
            const larger = new Uint8Array(2 ** Math.ceil(Math.log2(this.length)));
            larger.set(this.bytes);
            this.bytes = larger;
            this.view = new DataView(larger.buffer);
        }
        return at;
    }
    write(at, bytes) {
        this.bytes.set(bytes, at);
    }
    result() {
        return this.bytes.subarray(0, this.length);
    }
}
/** The tables, keyword lists and filters keyword-scan.wat reads, laid out from address 0. */
function tablesFor(keywords, filters) {
    const byKey = new Map();
    keywords.forEach((keyword, index) => byKey.set(keyOf(keyword), [...(byKey.get(keyOf(keyword)) ?? []), index]));
    const slotCount = 2 ** Math.ceil(Math.log2(SLOTS_PER_KEY * byKey.size));
    const layout = new Layout(SLOTS + 8 * slotCount);
    writeNibbleTables(layout, keywords);
    // Each keyword's bytes (lower case), then its fold bytes.
    const keywordAddress = keywords.map((keyword) => {
        const keywordBytes = Buffer.from(keyword, 'latin1');
        const at = layout.place(2 * keyword.length);
        layout.write(at, keywordBytes);
        layout.write(at + keyword.length, keywordBytes.map((byte) => (isLetter(byte) ? FOLD : 0)));
        return at;
    });
    layout.view.setInt32(SLOT_MASK, slotCount - 1, true);
    for (const [key, indexes] of byKey) {
        const list = layout.place(4 + 12 * indexes.length);
        const slot = slotOf(key, slotCount - 1, (candidate) => layout.view.getInt32(SLOTS + 8 * candidate, true) !== 0);
        layout.view.setInt32(SLOTS + 8 * slot, key, true);
        layout.view.setInt32(SLOTS + 8 * slot + 4, list, true);
        layout.view.setInt32(list, indexes.length, true);
        const longestFirst = [...indexes].sort((a, b) => keywords[b].length - keywords[a].length);
        longestFirst.forEach((index, position) => {
            const entry = list + 4 + 12 * position;
            layout.view.setInt32(entry, index, true);
            layout.view.setInt32(entry + 4, keywords[index].length, true);
            layout.view.setInt32(entry + 8, keywordAddress[index], true);
        });
    }
    writeFilters(layout, keywords.map((_, index) => filters[index] ?? []));
    return layout.result();
}
/** Each keyword's filters, and the byte classes their runs use (see keyword-scan.wat). */
function writeFilters(layout, filters) {
    const classes = [];
    const classIndex = (charClass) => {
        const known = classes.indexOf(charClass);
        if (known !== -1)
            return known;
        if (classes.length === 256)
            throw new Error('the keyword filters use more than 256 character classes');
        return classes.push(charClass) - 1;
    };
    const table = layout.place(4 * filters.length);
    layout.view.setInt32(FILTER_TABLE, table, true);
    filters.forEach((keywordFilters, keyword) => {
        const list = layout.place(4 + 8 * keywordFilters.length);
        layout.view.setInt32(table + 4 * keyword, list, true);
        layout.view.setInt32(list, keywordFilters.length, true);
        keywordFilters.forEach((filter, index) => {
            const steps = encodeSteps(filter.steps, classIndex);
            const at = layout.place(steps.length);
            layout.write(at, steps);
            layout.view.setInt32(list + 4 + 8 * index, filter.offset, true);
            layout.view.setInt32(list + 8 + 8 * index, at, true);
        });
    });
    const tables = layout.place(256 * classes.length);
    layout.view.setInt32(CLASSES, tables, true);
    classes.forEach((charClass, index) => {
        const table = new Uint8Array(256).map((_, byte) => (charClass.has(byte) ? 1 : 0));
        layout.write(tables + 256 * index, table);
    });
}
const STEP_END = 0;
const STEP_RUN = 1;
const STEP_LITERALS = 2;
/** A run's length is counted in 16 bits: a run without an upper bound stops counting there. */
const UNBOUNDED = 0xffff;
function encodeSteps(steps, classIndex) {
    const bytes = [];
    for (const step of steps) {
        if ('run' in step) {
            const max = Math.min(step.max ?? UNBOUNDED, UNBOUNDED);
            bytes.push(STEP_RUN, classIndex(step.run), step.min & 0xff, step.min >> 8, max & 0xff, max >> 8);
        }
        else {
            bytes.push(STEP_LITERALS, step.literals.length);
            for (const literal of step.literals) {
                const literalBytes = Buffer.from(literal, 'utf8');
                bytes.push(literalBytes.length, ...literalBytes);
            }
        }
    }
    bytes.push(STEP_END);
    return bytes;
}
/** The filter's nibble tables: for each fingerprint byte, the buckets each low and each high nibble may belong to. */
function writeNibbleTables(layout, keywords) {
    const tables = new Uint8Array(128);
    bucketsOf(keywords).forEach((bucket, bucketIndex) => {
        bucket.nibbles.forEach((mask, table) => {
            for (let nibble = 0; nibble < 16; nibble++) {
                const entry = 16 * table + nibble;
                if ((mask >> nibble) & 1)
                    tables[entry] = tables[entry] | (1 << bucketIndex);
            }
        });
    });
    layout.write(TABLES, tables);
}

;// CONCATENATED MODULE: ./src/secrets/values.ts
/** Judging a matched value: is it random enough, a placeholder, a reference, a published example? */
/** Counts of each ASCII character, kept between calls (and cleared after each) to spare a map per value. */
const ASCII_COUNTS = new Int32Array(128);
/** Shannon entropy in bits per character (code point). */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const ascii = [];
    let others;
    for (let index = 0; index < value.length; index++) {
        const code = value.codePointAt(index);
        if (code > 0xffff)
            index++;
        if (code < 128) {
            if (ASCII_COUNTS[code]++ === 0)
                ascii.push(code);
        }
        else {
            others ??= new Map();
            others.set(code, (others.get(code) ?? 0) + 1);
        }
    }
    let entropy = 0;
    const add = (count) => {
        const share = count / value.length;
        entropy -= share * Math.log2(share);
    };
    for (const code of ascii) {
        add(ASCII_COUNTS[code]);
        ASCII_COUNTS[code] = 0;
    }
    for (const count of others?.values() ?? [])
        add(count);
    return entropy;
}
const PLACEHOLDER_WORDS = [
    'changeme',
    'change_me',
    'change-me',
    'example',
    'placeholder',
    'dummy',
    'sample',
    'redacted',
    'your_',
    'your-',
    'yourpassword',
    'yoursecret',
    'xxxx',
    '****',
    '....',
    '<',
    '>',
    '${',
    '{{',
    '%(',
    '$(',
    '#{',
    'process.env',
    'os.environ',
    'getenv',
];
const PLACEHOLDER_VALUES = new Set([
    'password',
    'passwd',
    'secret',
    'token',
    'apikey',
    'api_key',
    'null',
    'none',
    'undefined',
    'true',
    'false',
    'required',
    'optional',
    'string',
    'secretvalue',
    'notasecret',
]);
/** A value written to be replaced, or read from elsewhere, rather than a secret. */
function isPlaceholder(value) {
    const lower = value.toLowerCase();
    if (PLACEHOLDER_VALUES.has(lower.replace(/[^a-z_]/g, '')))
        return true;
    if (PLACEHOLDER_WORDS.some((word) => lower.includes(word)))
        return true;
    if (/^\$[A-Za-z_]/.test(value) || /^%[A-Za-z_]+%$/.test(value))
        return true;
    return isOneCharacterRepeated(lower);
}
/** One character repeated (xxxxxxxx, 00000000), or nothing: a loop, not a set (this runs on every candidate value). */
function isOneCharacterRepeated(text) {
    const first = text.codePointAt(0);
    for (let index = 0; index < text.length; index++) {
        const code = text.codePointAt(index);
        if (code !== first)
            return false;
        if (code > 0xffff)
            index++;
    }
    return true;
}
/**
 * What a catch-all rule's value is when it is not a secret: a name (`TOKEN_EXPIRED`,
 * `CreateTokenCommand`, `credentials`), text (a message with spaces, or in another alphabet), a
 * path (`/latest/api/token`), or a UUID.
 */
function isNameOrText(value) {
    if (/\s/.test(value) || /[^ -~\t]/.test(value) || UUID.test(value))
        return true;
    if (value.startsWith('/') || value.startsWith('./') || value.includes('://'))
        return true;
    if (/^[A-Za-z_$-]+$/.test(value) && isWord(value.replace(/[_$-]/g, '')))
        return true;
    return looksLikeName(value);
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VOWELS = 'aeiouAEIOU';
/** No English word (and no identifier made of them) has five consonants in a row. */
const MAX_CONSONANT_RUN = 4;
/**
 * Letters that read like one word or a few: all in one case or capitalised (per camelCase part), a
 * fair share of vowels, no long consonant cluster. A random string of letters mixes cases at random,
 * has few vowels (about one letter in five) and long clusters.
 */
function isWord(letters, minVowelShare = 0.3) {
    if (!/^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{2,}(?![a-z]))*$/.test(letters))
        return false;
    let vowels = 0;
    let cluster = 0;
    for (const character of letters) {
        if (VOWELS.includes(character)) {
            vowels++;
            cluster = 0;
        }
        else if (++cluster > MAX_CONSONANT_RUN) {
            return false;
        }
    }
    return vowels / letters.length >= minVowelShare;
}
/** A word, perhaps with a version number in it (`Token`, `S3session`, `Auth2`). */
function isWordLike(part) {
    const letters = part.replace(/\d/, '');
    return !/\d/.test(letters) && letters.length >= 2 && isWord(letters, 0.25);
}
/**
 * A name built of words: `CreateOAuth2TokenCommand`, `X-Amz-S3session-Token`,
 * `AKIDTEST/20261122/us-east-1/cloudformation/aws4_request`. Split at separators and at each
 * lower-to-upper step into parts of four characters or more on average, at least three of four
 * parts of three characters or more read like words where the parts of a random string mostly do not
 * (`Zx8kq2`, `Lm9`, `Pw4`).
 */
function looksLikeName(value) {
    if (!/^[A-Za-z0-9][A-Za-z0-9_./-]*$/.test(value))
        return false;
    const parts = [];
    let part = '';
    for (let index = 0; index < value.length; index++) {
        const character = value[index];
        const previous = value[index - 1] ?? '';
        if ('_./-'.includes(character)) {
            if (part)
                parts.push(part);
            part = '';
            continue;
        }
        if (/[A-Z]/.test(character) && /[a-z0-9]/.test(previous) && part) {
            parts.push(part);
            part = '';
        }
        part += character;
    }
    if (part)
        parts.push(part);
    if (parts.length < 3 || value.length / parts.length < 4)
        return false;
    // Numbers (dates, versions) and two-letter parts (us, eu) say nothing either way.
    const telling = parts.filter((candidate) => candidate.length >= 3 && !/^\d+$/.test(candidate));
    const words = telling.filter((candidate) => isWordLike(candidate));
    return telling.length > 0 && words.length >= telling.length * 0.75;
}
/**
 * An unquoted value that is code rather than a literal: a property path (`config.db.password`,
 * `init?.token`), or a constant's name (`DB_PASSWORD`). Names without digits are caught earlier
 * (isNameOrText); a random string is no camelCase name, whatever its capitals.
 */
function looksLikeReference(value) {
    if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value))
        return true;
    return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
}

;// CONCATENATED MODULE: ./src/secrets/engine.ts







/** Written on a line, this marks whatever the line holds as not a secret. */
const ALLOW_MARKER = 'rampart:allow-secret';
/**
 * Keyword hits: where each is, and the rules of its keyword. The scanner keeps one for the line it
 * is scanning and refills it for each line, so that a line costs no allocation for its hits.
 */
class Hits {
    count = 0;
    indexes = [];
    rules = [];
    clear() {
        this.count = 0;
        return this;
    }
    push(index, rules) {
        this.indexes[this.count] = index;
        this.rules[this.count] = rules;
        this.count++;
    }
}
/** Characters of context a regex chunk carries beyond the part whose matches it keeps. */
const CHUNK_CONTEXT = 64;
function nearClasses(rule) {
    const near = rule.match.kind === 'near' ? rule.match : rule.nearby;
    return near && { run: new char_class/* CharClass */.P(near.run), boundary: new char_class/* CharClass */.P(near.boundary) };
}
function compileRule(rule) {
    const { match } = rule;
    return {
        rule,
        matcher: match.kind === 'token'
            ? (0,matchers/* tokenMatcher */.G)(match)
            : match.kind === 'assignment'
                ? (0,matchers/* assignmentMatcher */.a1)(match)
                : undefined,
        regex: match.kind === 'regex'
            ? { re2: (0,matchers/* compileRegex */.DL)(match.pattern), maxMatchLength: match.maxMatchLength }
            : undefined,
        near: nearClasses(rule),
        examples: new Set(rule.examples ?? []),
    };
}
/**
 * Finds secrets with a set of rules. The rules' keywords are found first, in a file's bytes by the
 * keyword pass (keyword-bytes.ts), in other text by one literal alternation (no quantifier, so it
 * cannot backtrack); each rule then looks only there, with a matcher that is linear in the input
 * whatever it holds.
 */
class SecretScanner {
    compiled;
    keywordRegex;
    /** For each keyword: the rules it stands for, and where their own keyword starts inside it. */
    rulesByKeyword = new Map();
    wholeLineRules;
    /** Rules that find a token next to another rule's findings. */
    nearbyRules;
    keywordBytes;
    /** rulesByKeyword by the index of a keyword in keywordBytes. */
    rulesByKeywordIndex;
    lineHits = new Hits();
    /** Counts the lines scanned, for LineContext.lineSerial. */
    linesScanned = 0;
    constructor(rules) {
        this.compiled = rules.map(compileRule);
        this.wholeLineRules = this.compiled.filter((entry) => entry.rule.keywords.length === 0);
        this.nearbyRules = this.compiled.filter((entry) => entry.rule.nearby);
        const keywords = [...new Set(this.compiled.flatMap((entry) => entry.rule.keywords))].sort((a, b) => b.length - a.length);
        for (const keyword of keywords) {
            // A keyword also stands for every keyword inside it ("aws_secret" holds "secret").
            this.rulesByKeyword.set(keyword, this.compiled.flatMap((entry) => entry.rule.keywords.flatMap((own) => offsetsOf(keyword, own).map((offset) => ({ entry, offset })))));
        }
        if (keywords.length > 0)
            this.keywordRegex = new RegExp(keywords.map(escapeRegExp).join('|'), 'gi');
        this.rulesByKeywordIndex = keywords.map((keyword) => this.rulesByKeyword.get(keyword) ?? []);
        this.keywordBytes = KeywordBytes.of(keywords, this.rulesByKeywordIndex.map(hitFilters));
    }
    scan(document) {
        const state = {
            findings: [],
            keywordLines: new Map(),
            context: { codeFile: isSourceCode(document.originOf(0).path), lineSerial: 0 },
            lineIndexOf: (lineIndex) => lineIndex,
        };
        // A whole text is searched in one pass, and only the lines with a keyword are cut out of it.
        if (document.bytes !== undefined && this.keywordBytes && this.wholeLineRules.length === 0) {
            this.scanBytes(document, document.bytes, this.keywordBytes, state);
        }
        else if (document.text !== undefined && this.wholeLineRules.length === 0) {
            this.scanText(document, document.text, state);
        }
        else {
            for (let lineIndex = 0; lineIndex < document.lineCount; lineIndex++) {
                const text = document.line(lineIndex);
                this.scanLine(document, lineIndex, text, this.keywordHits(text, this.lineHits.clear()), state);
            }
        }
        const { findings } = state;
        for (const [entry, lines] of state.keywordLines)
            findings.push(...this.tokensNear(entry, document, lines));
        // Most files have none: they cost no further pass.
        if (findings.length === 0)
            return [];
        findings.push(...this.nearbyFindings(document, findings));
        return preferSpecific(dedupe(findings))
            .sort((a, b) => a.lineIndex - b.lineIndex || a.column - b.column)
            .map((found) => rawFinding(found, document));
    }
    /** Where the keywords are, at every start position (so that one overlapping a longer one is seen too), added to `hits`. */
    keywordHits(text, hits) {
        const regex = this.keywordRegex;
        if (!regex)
            return hits;
        regex.lastIndex = 0;
        for (let hit = regex.exec(text); hit; hit = regex.exec(text)) {
            hits.push(hit.index, this.rulesByKeyword.get(hit[0].toLowerCase()) ?? []);
            regex.lastIndex = hit.index + 1;
        }
        return hits;
    }
    /** The text's keyword hits, grouped by line; each line with hits is scanned on its own. */
    scanText(document, text, state) {
        const hits = this.keywordHits(text, new Hits());
        let lineIndex = 0;
        let lineStart = 0;
        let next = 0;
        while (next < hits.count) {
            const first = hits.indexes[next];
            for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < first; newline = text.indexOf('\n', lineStart)) {
                lineStart = newline + 1;
                lineIndex++;
            }
            const newline = text.indexOf('\n', first);
            const lineEnd = newline === -1 ? text.length : newline;
            const onLine = this.lineHits.clear();
            for (; next < hits.count && hits.indexes[next] < lineEnd; next++) {
                onLine.push(hits.indexes[next] - lineStart, hits.rules[next]);
            }
            const line = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
            this.scanLine(document, lineIndex, line, onLine, state);
        }
    }
    /**
     * scanText on the undecoded bytes: the keywords are found in the bytes, and only their lines are
     * decoded. Lines are counted only when a line's index is needed (a finding, a near rule's keyword).
     */
    scanBytes(document, bytes, keywordBytes, state) {
        const hits = keywordBytes.find(bytes);
        const { positions, keywords } = hits;
        const ascii = document.ascii ?? (0,external_node_buffer_.isAscii)(bytes);
        const counter = new LineCounter(bytes);
        state.lineIndexOf = (lineStart) => counter.lineOf(lineStart);
        let next = 0;
        while (next < hits.count) {
            const first = positions[next];
            const lineStart = bytes.lastIndexOf(NEWLINE, first) + 1;
            const newline = bytes.indexOf(NEWLINE, first);
            const lineEnd = newline === -1 ? bytes.length : newline;
            const contentEnd = bytes[lineEnd - 1] === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
            const lineHits = this.lineHits.clear();
            for (; next < hits.count && positions[next] < lineEnd; next++) {
                const keyword = keywords[next];
                lineHits.push(positions[next] - lineStart, this.rulesByKeywordIndex[keyword]);
            }
            // Outside ASCII, byte and character offsets differ: the decoded line is searched again.
            const asciiLine = ascii || (0,external_node_buffer_.isAscii)(bytes.subarray(lineStart, contentEnd));
            const line = bytes.toString(asciiLine ? 'latin1' : 'utf8', lineStart, contentEnd);
            this.scanLine(document, lineStart, line, asciiLine ? lineHits : this.keywordHits(line, lineHits.clear()), state);
        }
    }
    /** `lineKey`: what state.lineIndexOf turns into the line's index, if a finding needs it. */
    scanLine(document, lineKey, text, hits, state) {
        if (text.includes(ALLOW_MARKER))
            return;
        state.context.lineSerial = ++this.linesScanned;
        // Only regex rules need windows: most lines have none, and no map is made for them.
        let windows;
        if (this.wholeLineRules.length > 0) {
            windows = new Map(this.wholeLineRules.map((entry) => [entry, [{ start: 0, end: text.length }]]));
        }
        for (let hit = 0; hit < hits.count; hit++) {
            for (const { entry, offset } of hits.rules[hit]) {
                const position = hits.indexes[hit] + offset;
                if (entry.matcher) {
                    const match = entry.matcher.matchAt(text, position, state.context);
                    if (match)
                        state.findings.push(...this.accept(entry, document, match, state, lineKey));
                }
                else if (entry.rule.match.kind === 'near') {
                    const lineIndex = state.lineIndexOf(lineKey);
                    const lines = state.keywordLines.get(entry) ?? [];
                    if (lines.at(-1) !== lineIndex)
                        lines.push(lineIndex);
                    state.keywordLines.set(entry, lines);
                }
                else if (entry.regex) {
                    const reach = entry.regex.maxMatchLength;
                    windows ??= new Map();
                    const ranges = windows.get(entry) ?? [];
                    ranges.push({ start: position - reach, end: position + reach });
                    windows.set(entry, ranges);
                }
            }
        }
        if (!windows)
            return;
        for (const [entry, ranges] of windows) {
            for (const match of regexMatches(entry, text, mergeWindows(ranges, text))) {
                state.findings.push(...this.accept(entry, document, match, state, lineKey));
            }
        }
    }
    /** The line's index is worked out only for a secret (counting lines costs, and most matches are not). */
    accept(entry, document, match, state, lineKey) {
        const { block } = entry.rule;
        const secret = block ? blockSecret(document, state.lineIndexOf(lineKey), block) : match.secret;
        if (!isSecretLike(entry, secret, match.mayBeCode))
            return [];
        return [located(entry, secret, state.lineIndexOf(lineKey), match.start + 1)];
    }
    /** A near rule's tokens within its lines of the lines where its keywords are. */
    tokensNear(entry, document, anchorLines) {
        const { match } = entry.rule;
        if (match.kind !== 'near')
            return [];
        // On a keyword's own line the context is as good as a name: such a finding outranks the others.
        const keywordLines = new Set(anchorLines);
        return this.runsNear(entry, document, anchorLines, { lines: match.lines, length: match.length })
            .filter((raw) => isSecretLike(entry, raw.secret, false))
            .map((raw) => (keywordLines.has(raw.lineIndex) ? { ...raw, rank: 0 } : raw));
    }
    /** A `nearby` rule's tokens next to the findings of the rule it names (an AWS secret key by its key ID). */
    nearbyFindings(document, findings) {
        return this.nearbyRules.flatMap((entry) => {
            const { nearby } = entry.rule;
            if (!nearby)
                return [];
            const anchors = findings
                .filter((raw) => raw.entry.rule.id === nearby.ruleId)
                .map((raw) => raw.lineIndex);
            return this.runsNear(entry, document, anchors, nearby).filter((raw) => entry.examples.has(raw.secret) || shannonEntropy(raw.secret) >= nearby.minEntropy);
        });
    }
    /** Runs of the rule's near class, exactly `length` long, within `lines` lines of the anchors. */
    runsNear(entry, document, anchorLines, near) {
        const lines = new Set();
        for (const anchor of anchorLines) {
            for (let index = anchor - near.lines; index <= anchor + near.lines; index++) {
                if (index >= 0 && index < document.lineCount)
                    lines.add(index);
            }
        }
        return [...lines].flatMap((lineIndex) => {
            const text = document.line(lineIndex);
            if (text.includes(ALLOW_MARKER) || !entry.near)
                return [];
            return (0,matchers/* exactRuns */.Au)(text, entry.near.run, near.length, entry.near.boundary).map(({ start, end }) => located(entry, text.slice(start, end), lineIndex, start + 1));
        });
    }
}
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** The index of the line a byte offset is on, counting newlines from the last offset asked for (offsets only grow). */
class LineCounter {
    bytes;
    offset = 0;
    line = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    lineOf(offset) {
        const { bytes } = this;
        // A loop over the bytes: a native search per line costs more than the bytes it skips.
        for (let at = this.offset; at < offset; at++)
            if (bytes[at] === NEWLINE)
                this.line++;
        this.offset = Math.max(this.offset, offset);
        return this.line;
    }
}
/**
 * The checks on the bytes a keyword's hit must pass, one of them, for its line to be read: none
 * (every hit is read) when a rule of the keyword has no matcher to say (near and regex rules).
 */
function hitFilters(rules) {
    if (rules.some(({ entry }) => !entry.matcher))
        return [];
    return rules.flatMap(({ entry, offset }) => (entry.matcher?.byteFilters ?? []).map((steps) => ({ offset, steps })));
}
function isSecretLike(entry, secret, mayBeCode) {
    const { rule } = entry;
    if (entry.examples.has(secret))
        return true;
    if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy)
        return false;
    if (rule.rejectPlaceholders && isPlaceholder(secret))
        return false;
    if (rule.generic && isNameOrText(secret))
        return false;
    return !(mayBeCode && looksLikeReference(secret));
}
function offsetsOf(text, part) {
    const offsets = [];
    for (let index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1))
        offsets.push(index);
    return offsets;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Clips windows to the line and merges those that overlap. */
function mergeWindows(windows, text) {
    const clipped = windows
        .map((window) => ({ start: Math.max(0, window.start), end: Math.min(text.length, window.end) }))
        .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const window of clipped) {
        const last = merged.at(-1);
        if (last && window.start <= last.end)
            last.end = Math.max(last.end, window.end);
        else
            merged.push(window);
    }
    return merged;
}
/**
 * A regex rule's matches in its windows, run in chunks of about twice its longest match (re2js
 * then uses its bit-state matcher, many times faster than its NFA on long inputs). A chunk keeps the
 * matches whose secret starts in its own part; the next chunk, which overlaps it by a longest match,
 * finds the later ones. Context on both sides keeps `^` and `$` from matching at a chunk's edge.
 */
function regexMatches(entry, text, windows) {
    const regex = entry.regex;
    if (!regex)
        return [];
    const step = regex.maxMatchLength + CHUNK_CONTEXT;
    const matches = [];
    for (const window of windows) {
        for (let own = window.start; own < window.end; own += step) {
            const ownEnd = Math.min(own + step, window.end);
            const chunkStart = Math.max(0, own - CHUNK_CONTEXT);
            const matcher = regex.re2.matcher(text.slice(chunkStart, Math.min(text.length, ownEnd + step)));
            while (matcher.find()) {
                let group = 0;
                for (let index = 1; index <= matcher.groupCount() && group === 0; index++) {
                    if (matcher.group(index) !== null)
                        group = index;
                }
                const start = chunkStart + matcher.start(group);
                if (start < own || start >= ownEnd)
                    continue;
                matches.push({
                    start,
                    end: chunkStart + matcher.end(group),
                    secret: matcher.group(group) ?? '',
                    mayBeCode: false,
                });
            }
        }
    }
    return matches;
}
/** A PEM block from its BEGIN line to its END line (or as far as it goes). */
function blockSecret(document, lineIndex, block) {
    const lines = [];
    for (let index = lineIndex; index < document.lineCount && lines.length < block.maxLines; index++) {
        const line = document.line(index);
        lines.push(line.trim());
        if (index > lineIndex && line.includes(block.end))
            break;
    }
    return lines.join('\n');
}
/** `AKIA… (20 characters)`: enough to find it again, too little to use it. */
function maskSecret(secret) {
    let shown = '';
    let characters = 0;
    // Characters, not code units (a secret may start outside the BMP); a private key runs to kilobytes.
    for (const character of secret) {
        if (characters++ === 4)
            break;
        shown += character;
    }
    return `${shown}… (${secret.length} characters)`;
}
/** A hash of rule and secret: the same wherever the secret moves, and no use for recovering it. */
function fingerprintOf(ruleId, secret) {
    return (0,external_node_crypto_.createHash)('sha256').update(`rampart:${ruleId}:${secret}`).digest('hex').slice(0, 24);
}
function located(entry, secret, lineIndex, column) {
    const { rule } = entry;
    return { entry, secret, lineIndex, column, rank: rule.match.kind === 'near' ? 2 : rule.generic ? 1 : 0 };
}
function rawFinding({ entry, secret, lineIndex, column }, document) {
    const { rule } = entry;
    return {
        secret,
        finding: {
            ...document.originOf(lineIndex),
            column,
            ruleId: rule.id,
            description: rule.description,
            severity: rule.severity,
            preview: maskSecret(secret),
            fingerprint: fingerprintOf(rule.id, secret),
            example: entry.examples.has(secret),
        },
    };
}
/** The same secret found twice at one place (two keywords, or a nearby and a direct match). */
function dedupe(findings) {
    const seen = new Set();
    return findings.filter(({ entry, secret, lineIndex, column }) => {
        const key = `${lineIndex}:${column}:${entry.rule.id}:${secret}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Where rules of different rank found the same secret (or one inside the other) on a line, the lowest rank stays. */
function preferSpecific(findings) {
    return findings.filter((raw) => !findings.some((other) => other.rank < raw.rank &&
        other.lineIndex === raw.lineIndex &&
        (raw.secret.includes(other.secret) || other.secret.includes(raw.secret))));
}


/***/ }),

/***/ 1758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ exactRuns),
/* harmony export */   DL: () => (/* binding */ compileRegex),
/* harmony export */   G: () => (/* binding */ tokenMatcher),
/* harmony export */   a1: () => (/* binding */ assignmentMatcher)
/* harmony export */ });
/* harmony import */ var _char_class__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1392);

/** The first of `candidates` that `text` holds at `at` (a loop: this runs at every keyword). */
function firstAt(candidates, text, at) {
    for (let index = 0; index < candidates.length; index++) {
        const candidate = candidates[index];
        if (text.startsWith(candidate, at))
            return candidate;
    }
    return undefined;
}
function tokenMatcher(spec) {
    const boundary = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P(spec.boundary);
    const before = spec.before && { part: spec.before, finder: new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .RunFinder */ .S(new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P(spec.before.run)) };
    const anchors = [...spec.anchor].sort((a, b) => b.length - a.length);
    const parts = spec.parts.map((part) => 'run' in part
        ? { run: part, finder: new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .RunFinder */ .S(new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P(part.run)) }
        : { literal: [...part.literal].sort((a, b) => b.length - a.length) });
    return {
        matchAt(text, position) {
            const anchor = firstAt(anchors, text, position);
            if (anchor === undefined)
                return undefined;
            let start = position;
            if (before) {
                start = before.finder.start(text, position, before.part.max + 1);
                const length = position - start;
                if (length < before.part.min || length > before.part.max)
                    return undefined;
            }
            if (start > 0 && boundary.has(text.charCodeAt(start - 1)))
                return undefined;
            let at = position + anchor.length;
            let secret;
            for (let index = 0; index < parts.length; index++) {
                const part = parts[index];
                const partStart = at;
                if ('literal' in part && part.literal) {
                    const literal = firstAt(part.literal, text, at);
                    if (literal === undefined)
                        return undefined;
                    at += literal.length;
                }
                else if ('run' in part && part.run) {
                    const end = part.finder.end(text, at);
                    if (end - at < part.run.min || end - at > part.run.max)
                        return undefined;
                    at = end;
                }
                if (index === spec.secretPart)
                    secret = { start: partStart, end: at };
            }
            if (at < text.length && boundary.has(text.charCodeAt(at)))
                return undefined;
            const span = secret ?? { start, end: at };
            return { start: span.start, end: span.end, secret: text.slice(span.start, span.end), mayBeCode: false };
        },
        byteFilters: [
            [
                { literals: anchors },
                ...parts.map((part) => 'run' in part && part.run
                    ? { run: part.finder.charClass, min: part.run.min }
                    : { literals: part.literal ?? [] }),
            ],
        ],
    };
}
const SPACE = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P('\\s');
const IDENTIFIER = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P('A-Za-z0-9_$.<>[]|');
const OPERATORS = [':=', '=>', ':', '='];
/** Spaces allowed on either side of the operator. */
const MAX_SPACES = 16;
/** An XML element's text ends at the next tag. */
const ELEMENT_TEXT = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P('^<\\s');
function skipSpaces(text, at) {
    let end = at;
    while (end < text.length && end - at < MAX_SPACES && SPACE.has(text.charCodeAt(end)))
        end++;
    return end;
}
/**
 * Finds `name <op> value` around a keyword inside the name. Besides `=`, `:`, `:=` and `=>` (with the
 * name quoted or not, and a type annotation between, as in `apiToken: string = '…'`), it reads
 * `<name>value</name>` (XML) and `('NAME', 'value')` (a quoted name, a comma: PHP's define).
 */
function assignmentMatcher(spec) {
    const nameClass = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P(spec.name);
    const nameFinder = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .RunFinder */ .S(nameClass);
    const bare = spec.bare && { part: spec.bare, finder: new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .RunFinder */ .S(new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P(spec.bare.run)) };
    const elementText = new _char_class__WEBPACK_IMPORTED_MODULE_0__/* .RunFinder */ .S(ELEMENT_TEXT);
    const operators = [...OPERATORS, ...(spec.extraOperators ?? [])].sort((a, b) => b.length - a.length);
    const operatorStarts = _char_class__WEBPACK_IMPORTED_MODULE_0__/* .CharClass */ .P.of(operators.map((operator) => operator.charAt(0)));
    /** The name span last tried: several keywords in one name (`api_token_secret`) are one attempt. */
    let lastName = { lineSerial: -1, start: -1, end: -1 };
    return {
        matchAt(text, position, context) {
            const { lineSerial } = context;
            if (lineSerial === lastName.lineSerial && position >= lastName.start && position < lastName.end)
                return undefined;
            const nameStart = nameFinder.start(text, position, spec.nameMax + 1);
            const nameEnd = nameFinder.end(text, position);
            lastName = { lineSerial, start: nameStart, end: nameEnd };
            if (nameEnd - nameStart > spec.nameMax)
                return undefined;
            const name = text.slice(nameStart, nameEnd);
            if (spec.nameTest && !spec.nameTest.test(name))
                return undefined;
            if (spec.nameReject?.test(name))
                return undefined;
            const before = text[nameStart - 1];
            if (before === '<' && text[nameEnd] === '>')
                return elementValue(text, nameEnd + 1, spec, elementText);
            const quotedName = (before === '"' || before === "'") && text[nameEnd] === before;
            let at = skipSpaces(text, quotedName ? nameEnd + 1 : nameEnd);
            const operator = quotedName && text[at] === ',' ? ',' : firstAt(operators, text, at);
            if (operator === undefined)
                return undefined;
            // A segment of an ARN or a path (`arn:aws:secretsmanager:eu-west-1:…`), not a name.
            if (operator === ':' && (before === ':' || before === '/'))
                return undefined;
            at = skipSpaces(text, at + operator.length);
            if (operator === ':')
                at = skipTypeAnnotation(text, at);
            // In source code a literal is quoted, except inside a connection or query string
            // (`"Server=…;Password=…;"`, `"…?user=app&password=…"`).
            const inString = before === ';' || before === '&' || before === '?';
            const bareAllowed = !(context.codeFile && spec.bareMayBeCode && !inString);
            const value = valueAt(text, at, spec, bareAllowed ? bare : undefined);
            // `label: Reset your password`: a sentence, in YAML or properties, is no secret.
            if (value?.mayBeCode &&
                operator === ':' &&
                /^ [A-Za-z]+(?:[ ,.!?]|$)/.test(text.slice(value.end, value.end + 32))) {
                return undefined;
            }
            return value;
        },
        byteFilters: [
            // `<password>value</password>`
            [{ run: nameClass, min: 0 }, { literals: ['>'] }],
            // `name = value`, `"name": value`
            [
                { run: nameClass, min: 0 },
                { literals: ['"', "'", ''] },
                { run: SPACE, min: 0, max: MAX_SPACES },
                { run: operatorStarts, min: 1, max: 1 },
            ],
            // `define('NAME', 'value')`: a quoted name, then a comma
            [
                { run: nameClass, min: 0 },
                { literals: ['"', "'"] },
                { run: SPACE, min: 0, max: MAX_SPACES },
                { literals: [','] },
            ],
        ],
    };
}
/** `name: Type = value` in TypeScript: the value is after the `=`. */
function skipTypeAnnotation(text, at) {
    let end = at;
    while (end < text.length && end - at < 64 && IDENTIFIER.has(text.charCodeAt(end)))
        end++;
    if (end === at)
        return at;
    const afterType = skipSpaces(text, end);
    const isAssignment = text[afterType] === '=' && text[afterType + 1] !== '=' && text[afterType + 1] !== '>';
    return isAssignment ? skipSpaces(text, afterType + 1) : at;
}
function elementValue(text, at, spec, finder) {
    const end = finder.end(text, at);
    if (end - at < spec.quoted.min || end - at > spec.quoted.max || !text.startsWith('</', end))
        return undefined;
    return { start: at, end, secret: text.slice(at, end), mayBeCode: false };
}
function valueAt(text, at, spec, bare) {
    const quote = text[at];
    if (quote === '"' || quote === "'" || quote === '`') {
        // Bounded search for the closing quote: a keyword costs at most a longest value.
        const limit = Math.min(text.length, at + 2 + spec.quoted.max);
        let close = at + 1;
        while (close < limit && text[close] !== quote && text[close] !== '\n')
            close++;
        const length = close - at - 1;
        if (text[close] !== quote || length < spec.quoted.min)
            return undefined;
        return { start: at + 1, end: close, secret: text.slice(at + 1, close), mayBeCode: false };
    }
    if (!bare)
        return undefined;
    const end = bare.finder.end(text, at);
    if (end - at < bare.part.min || end - at > bare.part.max)
        return undefined;
    // `name = getValue(…)`: a call, not a value.
    if (spec.bareMayBeCode && text[end] === '(')
        return undefined;
    return { start: at, end, secret: text.slice(at, end), mayBeCode: spec.bareMayBeCode === true };
}
/** Validates and compiles a custom rule's pattern; RE2 refuses what cannot run in linear time. */
function compileRegex(pattern) {
    // Loaded on first use: only custom rules have patterns, and RE2's start-up would otherwise be paid
    // by every scan.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return (__webpack_require__(6472).RE2JS).compile(pattern);
}
/**
 * Runs of a class with exactly `length` characters, touching none of the class, nor any character
 * of `boundary`, on either side.
 */
function exactRuns(text, charClass, length, boundary) {
    const runs = [];
    let index = 0;
    while (index < text.length) {
        if (!charClass.has(text.charCodeAt(index))) {
            index++;
            continue;
        }
        const start = index;
        while (index < text.length && charClass.has(text.charCodeAt(index)))
            index++;
        const touches = (at) => at >= 0 && at < text.length && boundary?.has(text.charCodeAt(at)) === true;
        if (index - start === length && !touches(start - 1) && !touches(index))
            runs.push({ start, end: index });
    }
    return runs;
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   dC: () => (/* binding */ summaryLine)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _runtime_markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6731);
/* harmony import */ var _runtime_severity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65);


const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'];
/** The report as text in the given format. No format holds more of a secret than its masked preview. */
function renderReport(result, format, rules, version) {
    switch (format) {
        case 'json':
            return `${JSON.stringify(jsonReport(result, version), null, 2)}\n`;
        case 'sarif':
            return `${JSON.stringify(sarifReport(result, rules, version), null, 2)}\n`;
        case 'markdown':
            return markdownReport(result);
        default:
            return textReport(result);
    }
}
function describeTarget(target) {
    switch (target.kind) {
        case 'range':
            return `commits ${target.base.slice(0, 12)}..${target.head.slice(0, 12)}`;
        case 'staged':
            return 'the staged changes';
        case 'history':
            return 'the history of HEAD';
        case 'path':
            return target.path;
        case 'text':
            return target.name;
        case 'codecommit':
            return `CodeCommit ${target.repositoryName} ${target.oldCommitId?.slice(0, 12) ?? '(new branch)'}..${target.newCommitId.slice(0, 12)}`;
    }
}
function place(finding) {
    return `${finding.path}:${finding.line}:${finding.column}`;
}
function provenance(finding) {
    if (!finding.commit)
        return '';
    return `  commit ${finding.commit.slice(0, 12)}${finding.author ? ` by ${finding.author}` : ''}`;
}
function summaryLine(result) {
    const bySeverity = _runtime_severity__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.map((severity) => [severity, result.findings.filter((finding) => finding.severity === severity).length])
        .filter(([, count]) => count > 0)
        .map(([severity, count]) => `${count} ${severity}`);
    const found = result.findings.length === 0
        ? 'no secrets found'
        : `${result.findings.length} secret(s) found (${bySeverity.join(', ')})`;
    const scope = ['range', 'history', 'codecommit'].includes(result.target.kind)
        ? `${result.scanned.commits} commit(s)`
        : `${result.scanned.files} file(s)`;
    const others = [
        result.examples.length > 0 ? `${result.examples.length} published example credential(s) ignored` : '',
        result.allowed.length > 0 ? `${result.allowed.length} allowed` : '',
        result.baselined.length > 0 ? `${result.baselined.length} known from the baseline` : '',
    ].filter(Boolean);
    return `${found} in ${scope} of ${describeTarget(result.target)}${others.length > 0 ? `; ${others.join(', ')}` : ''}`;
}
function textReport(result) {
    const lines = result.findings.map((finding) => `${place(finding)}  ${finding.severity}  ${finding.ruleId}  ${finding.preview}${provenance(finding)}`);
    return `${[...result.notes.map((note) => `note: ${note}`), ...lines, summaryLine(result)].join('\n')}\n`;
}
function jsonReport(result, version) {
    return {
        tool: 'rampart',
        version,
        command: 'secrets scan',
        target: result.target.kind === 'text' ? { kind: 'text', name: result.target.name } : result.target,
        summary: {
            findings: result.findings.length,
            bySeverity: Object.fromEntries(_runtime_severity__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.map((severity) => [
                severity,
                result.findings.filter((finding) => finding.severity === severity).length,
            ])),
            examples: result.examples.length,
            allowed: result.allowed.length,
            baselined: result.baselined.length,
            scanned: result.scanned,
        },
        findings: result.findings,
        examples: result.examples,
        allowed: result.allowed,
        baselined: result.baselined,
        binaryFiles: result.binaryFiles,
        notes: result.notes,
    };
}
/** SARIF 2.1.0, for GitHub code scanning (upload-sarif) and other SARIF viewers. */
function sarifReport(result, rules, version) {
    const used = new Set(result.findings.map((finding) => finding.ruleId));
    const reported = rules.filter((rule) => used.has(rule.id));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Rampart secret scanning',
                        version,
                        rules: reported.map((rule) => ({
                            id: rule.id,
                            name: rule.id,
                            shortDescription: { text: rule.description },
                            fullDescription: { text: rule.description },
                            help: { text: rule.remediation, markdown: rule.remediation },
                            defaultConfiguration: { level: _runtime_severity__WEBPACK_IMPORTED_MODULE_0__/* .SARIF_LEVEL */ .F1[rule.severity] },
                            properties: {
                                tags: ['security', 'secret', 'external/cwe/cwe-798'],
                                'security-severity': _runtime_severity__WEBPACK_IMPORTED_MODULE_0__/* .SECURITY_SEVERITY */ .lL[rule.severity],
                                precision: rule.generic ? 'medium' : 'high',
                            },
                        })),
                    },
                },
                results: result.findings.map((finding) => ({
                    ruleId: finding.ruleId,
                    ruleIndex: reported.findIndex((rule) => rule.id === finding.ruleId),
                    level: _runtime_severity__WEBPACK_IMPORTED_MODULE_0__/* .SARIF_LEVEL */ .F1[finding.severity],
                    message: {
                        text: `${finding.description}: ${finding.preview}${finding.commit ? ` (commit ${finding.commit.slice(0, 12)})` : ''}`,
                    },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: finding.path },
                                region: { startLine: finding.line, startColumn: finding.column },
                            },
                        },
                    ],
                    partialFingerprints: { 'rampartSecret/v1': finding.fingerprint },
                })),
            },
        ],
    };
}
function markdownReport(result) {
    const rows = result.findings.map((finding) => `| ${finding.severity} | \`${finding.ruleId}\` | \`${finding.path}:${finding.line}\` | \`${finding.preview}\` | ${finding.commit ? `\`${finding.commit.slice(0, 12)}\`` : ''} | ${(0,_runtime_markdown__WEBPACK_IMPORTED_MODULE_1__/* .escapeCell */ .k)(finding.author ?? '')} |`);
    const table = rows.length > 0
        ? [
            '',
            '| severity | rule | where | secret (masked) | commit | author |',
            '|---|---|---|---|---|---|',
            ...rows,
        ]
        : [];
    return `${['### Secret scan', '', summaryLine(result), ...table].join('\n')}\n`;
}


/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ BUILT_IN_RULES)
/* harmony export */ });
/**
 * The built-in rules. Each finds its candidates only where one of its keywords occurs, with one of
 * the shapes of matchers.ts: a token with a recognisable start, or an assignment to a name holding
 * the keyword. Both are linear in the input whatever it holds.
 */
/** Characters that may not touch a token: it would be part of a longer word. */
const WORD = 'A-Za-z0-9_';
const BASE64URL = 'A-Za-z0-9_-';
/** Identifier characters of a name in code, config files and environment files. */
const NAME = 'A-Za-z0-9_.-';
const ROTATE = 'Revoke the credential where it was issued, issue a new one, and keep it in a secret store';
const BUILT_IN_RULES = [
    {
        id: 'aws-access-key-id',
        description: 'AWS access key ID (long-term AKIA or temporary ASIA, and the other credential prefixes)',
        severity: 'critical',
        keywords: ['akia', 'asia', 'abia', 'acca'],
        match: {
            kind: 'token',
            anchor: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
            parts: [{ run: 'A-Z2-7', min: 16, max: 16 }],
            boundary: 'A-Za-z0-9',
        },
        examples: ['AKIAIOSFODNN7EXAMPLE'],
        remediation: `${ROTATE}: deactivate and delete the access key in IAM (or let the session expire), check CloudTrail for its use, and use roles instead of keys.`,
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key (40 characters assigned to an AWS secret key name, or near an access key ID)',
        severity: 'critical',
        keywords: [
            'secret_access_key',
            'secretaccesskey',
            'secret-access-key',
            'aws_secret',
            'aws-secret',
            'aws.secret',
            'awssecret',
        ],
        match: {
            kind: 'assignment',
            name: NAME,
            nameMax: 64,
            nameTest: /aws[_.-]?secret|secret[_.-]?access[_.-]?key/i,
            extraOperators: [','],
            quoted: { min: 40, max: 40 },
            bare: { run: 'A-Za-z0-9/+', min: 40, max: 40 },
        },
        minEntropy: 3.5,
        examples: ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY'],
        nearby: {
            ruleId: 'aws-access-key-id',
            lines: 3,
            run: 'A-Za-z0-9/+',
            length: 40,
            boundary: 'A-Za-z0-9/+=',
            minEntropy: 4.0,
        },
        remediation: `${ROTATE}: deactivate and delete the access key in IAM, check CloudTrail for its use, and use roles instead of keys.`,
    },
    {
        id: 'github-token',
        description: 'GitHub personal access, OAuth, user-to-server, server-to-server or refresh token',
        severity: 'critical',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        match: {
            kind: 'token',
            anchor: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
            parts: [{ run: 'A-Za-z0-9', min: 36, max: 251 }],
            boundary: WORD,
        },
        minEntropy: 3.0,
        remediation: `${ROTATE}: revoke the token in GitHub (Settings > Developer settings), and use GITHUB_TOKEN or a GitHub App in workflows.`,
    },
    {
        id: 'github-fine-grained-token',
        description: 'GitHub fine-grained personal access token',
        severity: 'critical',
        keywords: ['github_pat_'],
        match: {
            kind: 'token',
            anchor: ['github_pat_'],
            parts: [{ run: WORD, min: 80, max: 244 }],
            boundary: WORD,
        },
        minEntropy: 3.0,
        remediation: `${ROTATE}: revoke the token in GitHub (Settings > Developer settings > Fine-grained tokens).`,
    },
    {
        id: 'slack-token',
        description: 'Slack bot, user, app or refresh token',
        severity: 'high',
        keywords: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxe.', 'xoxp-', 'xoxr-', 'xoxs-'],
        match: {
            kind: 'token',
            anchor: ['xoxa-', 'xoxb-', 'xoxe-', 'xoxe.', 'xoxp-', 'xoxr-', 'xoxs-'],
            parts: [{ run: 'A-Za-z0-9.-', min: 10, max: 250 }],
            boundary: BASE64URL,
        },
        minEntropy: 3.0,
        rejectPlaceholders: true,
        remediation: `${ROTATE}: revoke the token in the Slack app's settings (OAuth & Permissions).`,
    },
    {
        id: 'slack-webhook',
        description: 'Slack incoming webhook URL',
        severity: 'high',
        keywords: ['https://hooks.slack.com/'],
        match: {
            kind: 'token',
            anchor: ['https://hooks.slack.com/'],
            parts: [
                { literal: ['services/', 'workflows/', 'triggers/'] },
                { run: 'A-Za-z0-9/_-', min: 20, max: 200 },
            ],
            boundary: '',
        },
        minEntropy: 3.0,
        rejectPlaceholders: true,
        examples: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'],
        remediation: `${ROTATE}: delete the webhook in the Slack app's settings (Incoming Webhooks) and create another.`,
    },
    {
        id: 'private-key',
        description: 'Private key (RSA, EC, DSA, OpenSSH, PGP or PKCS#8, encrypted or not)',
        severity: 'critical',
        keywords: ['-----begin '],
        match: {
            kind: 'token',
            anchor: ['-----BEGIN '],
            parts: [
                { literal: ['RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', 'PGP ', ''] },
                { literal: ['PRIVATE KEY'] },
                { literal: [' BLOCK', ''] },
                { literal: ['-----'] },
            ],
            boundary: '',
        },
        block: { end: '-----END ', maxLines: 200 },
        remediation: 'Treat the key as compromised: replace it (new key pair, new certificate), remove the public key wherever it is trusted, and keep private keys out of the repository.',
    },
    {
        id: 'google-api-key',
        description: 'Google API key',
        severity: 'high',
        keywords: ['aiza'],
        match: {
            kind: 'token',
            anchor: ['AIza'],
            parts: [{ run: BASE64URL, min: 35, max: 35 }],
            boundary: BASE64URL,
        },
        remediation: `${ROTATE}: delete or regenerate the key in Google Cloud (APIs & Services > Credentials) and restrict keys to the APIs and referrers that need them.`,
    },
    {
        id: 'stripe-api-key',
        description: 'Stripe secret or restricted API key (live or test)',
        severity: 'critical',
        keywords: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
        match: {
            kind: 'token',
            anchor: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'],
            parts: [{ run: 'A-Za-z0-9', min: 24, max: 247 }],
            boundary: WORD,
        },
        minEntropy: 3.0,
        remediation: `${ROTATE}: roll the key in the Stripe dashboard (Developers > API keys).`,
    },
    {
        id: 'twilio-auth-token',
        description: 'Twilio auth token (32 hexadecimal digits within 3 lines of "twilio")',
        severity: 'high',
        keywords: ['twilio'],
        // Nothing in the token itself says Twilio: it is found by the company it keeps, in whatever
        // syntax (a nested config key, a constructor argument, a curl -u, a table).
        match: { kind: 'near', lines: 3, run: '0-9a-f', length: 32, boundary: 'A-Za-z0-9+/_-' },
        minEntropy: 3.0,
        rejectPlaceholders: true,
        remediation: `${ROTATE}: rotate the auth token, or delete the API key, in the Twilio console.`,
    },
    {
        id: 'sendgrid-api-key',
        description: 'SendGrid API key',
        severity: 'high',
        keywords: ['sg.'],
        match: {
            kind: 'token',
            anchor: ['SG.'],
            parts: [{ run: BASE64URL, min: 22, max: 22 }, { literal: ['.'] }, { run: BASE64URL, min: 43, max: 43 }],
            boundary: BASE64URL,
        },
        minEntropy: 3.0,
        remediation: `${ROTATE}: delete the key in SendGrid (Settings > API Keys) and create another.`,
    },
    {
        id: 'npm-token',
        description: 'npm access token',
        severity: 'high',
        keywords: ['npm_'],
        match: {
            kind: 'token',
            anchor: ['npm_'],
            parts: [{ run: 'A-Za-z0-9', min: 36, max: 36 }],
            boundary: WORD,
        },
        minEntropy: 3.0,
        remediation: `${ROTATE}: revoke the token on npmjs.com (Access Tokens) and publish with trusted publishing (OIDC).`,
    },
    {
        id: 'npmrc-auth-token',
        description: 'Registry auth token in an .npmrc',
        severity: 'high',
        keywords: ['_authtoken'],
        match: {
            kind: 'assignment',
            name: 'A-Za-z0-9_.:/@-',
            nameMax: 200,
            nameTest: /_authToken$/,
            quoted: { min: 20, max: 512 },
            bare: { run: 'A-Za-z0-9_.+/=-', min: 20, max: 512 },
        },
        minEntropy: 3.0,
        rejectPlaceholders: true,
        remediation: `${ROTATE}: revoke the token at the registry and reference it as \${NPM_TOKEN} in .npmrc instead.`,
    },
    {
        id: 'pypi-token',
        description: 'PyPI API token',
        severity: 'high',
        keywords: ['pypi-ageichlwas5vcmc'],
        match: {
            kind: 'token',
            anchor: ['pypi-AgEIcHlwaS5vcmc'],
            parts: [{ run: BASE64URL, min: 50, max: 400 }],
            boundary: BASE64URL,
        },
        remediation: `${ROTATE}: remove the token on pypi.org (Account settings > API tokens) and publish with trusted publishing.`,
    },
    {
        id: 'jwt',
        description: 'JSON Web Token (a signed bearer credential)',
        severity: 'medium',
        keywords: ['eyj'],
        match: {
            kind: 'token',
            anchor: ['eyJ'],
            parts: [
                { run: BASE64URL, min: 10, max: 2048 },
                { literal: ['.eyJ'] },
                { run: BASE64URL, min: 10, max: 8192 },
                { literal: ['.'] },
                { run: BASE64URL, min: 10, max: 1024 },
            ],
            boundary: BASE64URL,
        },
        examples: [
            'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        ],
        remediation: 'Revoke the token if its issuer allows it (or rotate the signing key), and keep tokens out of code: they are credentials until they expire.',
    },
    {
        id: 'url-credentials',
        description: 'Password in a URL (scheme://user:password@host)',
        severity: 'high',
        keywords: ['://'],
        match: {
            kind: 'token',
            before: { run: 'A-Za-z0-9+.-', min: 2, max: 32 },
            anchor: ['://'],
            parts: [
                { run: '^\\s:@/"\'<>`', min: 0, max: 128 },
                { literal: [':'] },
                { run: '^\\s:@/"\'<>`', min: 3, max: 256 },
                { literal: ['@'] },
                { run: 'A-Za-z0-9.-', min: 1, max: 253 },
            ],
            boundary: '',
            secretPart: 2,
        },
        minEntropy: 2.0,
        rejectPlaceholders: true,
        remediation: `${ROTATE}: change the password, and build the URL from a secret at run time.`,
    },
    {
        id: 'generic-secret',
        description: 'Password, secret, API key or token assigned a literal value',
        severity: 'medium',
        keywords: [
            'password',
            'passwd',
            'pwd',
            'secret',
            'api_key',
            'apikey',
            'api-key',
            'token',
            'credential',
            'private_key',
        ],
        match: {
            kind: 'assignment',
            name: NAME,
            nameMax: 64,
            // Names that hold a keyword but name something else: an id, a path, a hash, a label, a URL…
            nameReject: /(?:id|ids|arn|name|names|path|file|dir|url|uri|type|label|field|prompt|hash|length|count|header|policy|version|expiry|expires|timeout|ttl|mode|format|hint|pattern|placeholder|title|description|message|error|endpoint|location|reset|rotation)$/i,
            quoted: { min: 8, max: 256 },
            bare: { run: '^\\s"\'`,;(){}<>[]', min: 8, max: 256 },
            bareMayBeCode: true,
        },
        minEntropy: 3.0,
        rejectPlaceholders: true,
        generic: true,
        remediation: `${ROTATE}, then read it from the environment or a secret store (AWS Secrets Manager, SSM Parameter Store, GitHub secrets).`,
    },
];


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ isBinary),
/* harmony export */   H1: () => (/* binding */ bytesDocument),
/* harmony export */   MI: () => (/* binding */ fileDocument),
/* harmony export */   qg: () => (/* binding */ FileReader)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Bytes read to decide whether a file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;
/** FileReader's first buffer: larger than most source files. */
const READ_BUFFER_BYTES = 1 << 20;
/**
 * Reads whole files synchronously into one buffer that it reuses (and grows as needed): for a
 * worker thread that does nothing else, this saves the promises, the thread-pool hops and an
 * allocation per file. What `read` returns is valid until the next call.
 */
class FileReader {
    buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    read(path) {
        const descriptor = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
        try {
            let length = 0;
            for (;;) {
                if (length === this.buffer.length)
                    this.grow();
                const wanted = this.buffer.length - length;
                const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(descriptor, this.buffer, length, wanted, null);
                length += read;
                // A regular file (all the scanner lists) comes back short only at its end: no read more to see 0.
                if (read < wanted)
                    return this.buffer.subarray(0, length);
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(descriptor);
        }
    }
    grow() {
        const larger = Buffer.allocUnsafe(this.buffer.length * 2);
        this.buffer.copy(larger);
        this.buffer = larger;
    }
}
/** A file read as bytes: the scanner finds keywords in them, and decodes text and lines only if it needs them. */
function bytesDocument(path, bytes) {
    return new BytesDocument(path, bytes);
}
/** A class, not a literal with getters and closures: the scanner makes one per file. */
class BytesDocument {
    path;
    bytes;
    decoded;
    allAscii;
    /** Where each line starts, found when a line is first asked for. */
    starts;
    constructor(path, bytes) {
        this.path = path;
        this.bytes = bytes;
    }
    get text() {
        this.decoded ??= this.bytes.toString('utf8');
        return this.decoded;
    }
    get lineCount() {
        return this.lineStarts().length;
    }
    get ascii() {
        this.allAscii ??= (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isAscii)(this.bytes);
        return this.allAscii;
    }
    /** Decoding only if the bytes are not ASCII. */
    get characterCount() {
        return this.ascii ? this.bytes.length : this.text.length;
    }
    line(index) {
        const starts = this.lineStarts();
        const start = starts[index];
        if (start === undefined)
            return '';
        const next = starts[index + 1];
        const end = next === undefined ? this.bytes.length : next - 1;
        // A line break is \n or \r\n, as in splitting the text at /\r?\n/.
        const crlf = next !== undefined && this.bytes[end - 1] === CARRIAGE_RETURN;
        return this.bytes.toString('utf8', start, crlf ? end - 1 : end);
    }
    originOf(index) {
        return { path: this.path, line: index + 1 };
    }
    lineStarts() {
        if (!this.starts) {
            const { bytes } = this;
            this.starts = [0];
            for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1))
                this.starts.push(at + 1);
        }
        return this.starts;
    }
}
/** A file's lines are split only if the scanner asks for them. */
function fileDocument(path, text) {
    let lines;
    const split = () => (lines ??= text.split(/\r?\n/));
    return {
        text,
        characterCount: text.length,
        get lineCount() {
            return split().length;
        },
        line: (index) => split()[index] ?? '',
        originOf: (index) => ({ path, line: index + 1 }),
    };
}
/** git's rule: a NUL byte among the first 8000. */
function isBinary(content) {
    return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}


/***/ }),

/***/ 9186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   S7: () => (/* binding */ addedLinesStaged),
/* harmony export */   lk: () => (/* binding */ addedLinesDocument),
/* harmony export */   nt: () => (/* binding */ addedLinesOfCommits)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_git_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3990);



function addedLinesDocument(added) {
    return {
        lineCount: added.lines.length,
        characterCount: added.lines.reduce((sum, line) => sum + line.length + 1, 0),
        line: (index) => added.lines[index] ?? '',
        originOf: (index) => ({
            path: added.path,
            line: added.lineNumbers[index] ?? 0,
            commit: added.commit,
            author: added.author,
        }),
    };
}
const COMMIT_MARK = '\u001ecommit ';
/** Patch options: no colour, no external or text-converted diffs, no context, renames followed. */
const PATCH_OPTIONS = ['--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--find-renames'];
/** Runs git in `cwd` and yields its output line by line, without holding it all in memory. */
async function* gitLines(cwd, args) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['-c', 'core.quotePath=false', ...args], {
        cwd,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
        stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const exit = new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code) => resolve(code ?? 1));
    });
    yield* (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY });
    const code = await exit;
    if (code !== 0)
        throw new Error(`git ${args[0]} failed: ${stderr.trim() || `exit code ${code}`}`);
}
async function git(cwd, args) {
    const lines = [];
    for await (const line of gitLines(cwd, args))
        lines.push(line);
    return lines.join('\n');
}
/** The added lines of every commit `git log` selects with `revisions`, oldest first. */
function addedLinesOfCommits(cwd, revisions, stats) {
    const format = `--format=${COMMIT_MARK}%H%x1f%an <%ae>`;
    return parsePatch(gitLines(cwd, ['log', '--reverse', '-p', format, ...PATCH_OPTIONS, ...revisions, '--']), stats);
}
/** The added lines staged in the index. */
function addedLinesStaged(cwd, stats) {
    return parsePatch(gitLines(cwd, ['diff', '--cached', ...PATCH_OPTIONS]), stats);
}
/**
 * Reads a patch (`git log -p` or `git diff`) and yields the added lines per commit and file. Only
 * lines inside a hunk count, so a content line that looks like a header (`+++ x`) is still content.
 */
async function* parsePatch(lines, stats) {
    let commit;
    let author;
    let current;
    let nextLine = 0;
    let inHunk = false;
    const flush = function* () {
        if (current && current.lines.length > 0)
            yield current;
        current = undefined;
    };
    for await (const line of lines) {
        if (line.startsWith(COMMIT_MARK)) {
            yield* flush();
            [commit, author] = line.slice(COMMIT_MARK.length).split('\u001f');
            stats.commits++;
            inHunk = false;
        }
        else if (line.startsWith('diff --git ')) {
            yield* flush();
            inHunk = false;
        }
        else if (!inHunk && line.startsWith('+++ ')) {
            // git ends the name with a tab when it holds a space, so that the line can be read back.
            const path = (0,_runtime_git_path__WEBPACK_IMPORTED_MODULE_2__/* .unquoteGitPath */ .L)(line.slice(4).replace(/\t$/, ''));
            current =
                path === '/dev/null'
                    ? undefined
                    : { path: path.replace(/^b\//, ''), commit, author, lines: [], lineNumbers: [] };
        }
        else if (!inHunk && line.startsWith('Binary files ')) {
            stats.binaryFiles.push(binaryPath(line));
        }
        else if (line.startsWith('@@ ')) {
            const start = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(line);
            nextLine = Number(start?.[1] ?? 0);
            inHunk = current !== undefined;
        }
        else if (inHunk && current) {
            if (line.startsWith('+')) {
                current.lines.push(line.slice(1));
                current.lineNumbers.push(nextLine++);
            }
            else if (line.startsWith(' ')) {
                nextLine++;
            }
            else if (!line.startsWith('-') && !line.startsWith('\\')) {
                inHunk = false;
            }
        }
    }
    yield* flush();
}
function binaryPath(line) {
    const match = /^Binary files (?:a\/.*|\/dev\/null) and (.*) differ$/.exec(line);
    const path = match?.[1] ?? line;
    return (0,_runtime_git_path__WEBPACK_IMPORTED_MODULE_2__/* .unquoteGitPath */ .L)(path).replace(/^b\//, '');
}


/***/ })

};
;