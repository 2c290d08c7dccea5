"use strict";
exports.id = 106;
exports.ids = [106];
exports.modules = {

/***/ 106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseSecretsConfig: () => (/* binding */ parseSecretsConfig)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/config/yaml-document.ts


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
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
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
    return new errors/* InputError */.d([...new Set(sorted.map((problem) => `${file}:${problem.line}: ${problem.text}`))]);
}
// --- Where things are in the YAML document
function sourceMapOf(doc, lineCounter) {
    return {
        lineOf: (path) => lineCounter.linePos(locate(doc, path).offset).line,
        textOf: (path, value) => {
            if (typeof value !== 'number')
                return String(value);
            const { node } = locate(doc, path);
            return (0,dist/* isScalar */.jn)(node) && node.source ? node.source : String(value);
        },
    };
}
/** Follows `path` as far as it exists. A map entry is located at its key, which is where editors point. */
function locate(doc, path) {
    let here = { node: doc.contents, offset: startOf(doc.contents) ?? 0 };
    for (const segment of path) {
        const next = step((0,dist/* isAlias */.Vj)(here.node) ? here.node.resolve(doc) : here.node, segment);
        if (!next)
            break;
        here = next;
    }
    return (0,dist/* isAlias */.Vj)(here.node) ? { ...here, node: here.node.resolve(doc) } : here;
}
function step(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === String(segment));
        const offset = startOf(pair?.key);
        return pair && offset !== undefined ? { node: pair.value, offset } : undefined;
    }
    if ((0,dist/* isSeq */.oP)(node)) {
        const item = node.items[Number(segment)];
        const offset = startOf(item);
        return offset !== undefined ? { node: item, offset } : undefined;
    }
    return undefined;
}
function startOf(node) {
    return (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
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

// EXTERNAL MODULE: ./src/secrets/matchers.ts
var matchers = __webpack_require__(1758);
// EXTERNAL MODULE: ./src/secrets/rules.ts
var rules = __webpack_require__(7970);
;// CONCATENATED MODULE: ./src/secrets/secrets-config.schema.json
const secrets_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Rampart secret scanning config (.rampart/secrets.yml)","type":"object","errorMessage":"must be a mapping","additionalProperties":false,"properties":{"skip":{"description":"Path globs (relative to the repository root) that are never scanned, e.g. test/fixtures/**.","type":"array","items":{"type":"string","minLength":1,"errorMessage":"must be a path glob"},"errorMessage":"must be a list of path globs"},"disable":{"description":"Ids of built-in rules to turn off.","type":"array","uniqueItems":true,"items":{"type":"string","errorMessage":"must be a rule id"},"errorMessage":"must be a list of rule ids"},"allow":{"description":"Fingerprints of findings that are not secrets (or were rotated), each with the reason.","type":"array","items":{"type":"object","additionalProperties":false,"required":["fingerprint","reason"],"errorMessage":"must be a mapping with fingerprint and reason","properties":{"fingerprint":{"type":"string","pattern":"^[0-9a-f]{24}$","errorMessage":"must be a finding\'s fingerprint (24 hexadecimal digits)"},"reason":{"type":"string","minLength":1,"errorMessage":"must say why"}}},"errorMessage":"must be a list of {fingerprint, reason}"},"rules":{"description":"Custom rules, in RE2 syntax (no backreferences or lookaround: matching stays linear in time).","type":"array","items":{"type":"object","additionalProperties":false,"required":["id","description","pattern"],"errorMessage":"must be a mapping with at least id, description and pattern","properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]{1,63}$","errorMessage":"must be 2-64 lowercase letters, digits or hyphens"},"description":{"type":"string","minLength":1,"errorMessage":"must be text"},"severity":{"enum":["critical","high","medium","low"],"errorMessage":"must be critical, high, medium or low"},"keywords":{"description":"Literals one of which occurs in every match: the rule only looks there. Without them it reads every line whole.","type":"array","items":{"type":"string","minLength":2,"errorMessage":"must be at least 2 characters"},"errorMessage":"must be a list of literals"},"pattern":{"description":"RE2 syntax; the secret is the first capture group that matched, or the whole match.","type":"string","minLength":1,"errorMessage":"must be an RE2 pattern"},"maxMatchLength":{"type":"integer","minimum":1,"maximum":8192,"errorMessage":"must be a whole number from 1 to 8192","default":256},"minEntropy":{"type":"number","minimum":0,"maximum":8,"errorMessage":"must be a number of bits per character from 0 to 8"},"remediation":{"type":"string","errorMessage":"must be text"}}},"errorMessage":"must be a list of rules"}}}');
;// CONCATENATED MODULE: ./src/secrets/config-file.ts





const validateConfig = compileSchema(secrets_config_schema_namespaceObject);
/** A secrets config's text, validated: every problem at once, with file, line and field. */
function parseSecretsConfig(text, file) {
    const { data } = parseValidatedYaml(text, file, {
        validate: validateConfig,
        rootName: 'secrets config',
        furtherProblems: semanticProblems,
    });
    const disabled = new Set(data.disable ?? []);
    const skip = data.skip ?? [];
    const isSkipped = skip.length > 0 ? picomatch_default()(skip, { dot: true }) : () => false;
    return {
        rules: [
            ...rules/* BUILT_IN_RULES */.J.filter((rule) => !disabled.has(rule.id)),
            ...(data.rules ?? []).map(customRule),
        ],
        skips: (path) => isSkipped(path),
        allowed: new Map((data.allow ?? []).map((entry) => [entry.fingerprint, entry.reason])),
    };
}
function customRule(written) {
    return {
        id: written.id,
        description: written.description,
        severity: written.severity ?? 'high',
        keywords: (written.keywords ?? []).map((keyword) => keyword.toLowerCase()),
        match: { kind: 'regex', pattern: written.pattern, maxMatchLength: written.maxMatchLength ?? 256 },
        minEntropy: written.minEntropy,
        remediation: written.remediation ??
            'Revoke the credential where it was issued, issue a new one, and keep it in a secret store.',
    };
}
function semanticProblems(data, source) {
    const root = (typeof data === 'object' && data !== null ? data : {});
    const problems = [];
    const builtIn = new Set(rules/* BUILT_IN_RULES */.J.map((rule) => rule.id));
    const at = (path, text) => problems.push({ line: source.lineOf(path), text: `${formatPath(path)} ${text}` });
    (Array.isArray(root.disable) ? root.disable : []).forEach((id, index) => {
        if (typeof id === 'string' && !builtIn.has(id)) {
            at(['disable', index], `"${id}" is not a built-in rule (known: ${[...builtIn].join(', ')})`);
        }
    });
    (Array.isArray(root.rules) ? root.rules : []).forEach((rule, index) => {
        if (typeof rule?.id === 'string' && builtIn.has(rule.id)) {
            at(['rules', index, 'id'], `"${rule.id}" is a built-in rule's id: choose another (or disable the built-in one)`);
        }
        if (typeof rule?.pattern !== 'string')
            return;
        try {
            (0,matchers/* compileRegex */.DL)(rule.pattern);
        }
        catch (error) {
            at(['rules', index, 'pattern'], `is not valid RE2, the syntax that keeps matching linear in time (no backreferences, lookahead or lookbehind): ${error.message}`);
        }
    });
    return problems;
}


/***/ })

};
;