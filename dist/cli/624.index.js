"use strict";
exports.id = 624;
exports.ids = [624];
exports.modules = {

/***/ 1626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ partitionOf),
/* harmony export */   w: () => (/* binding */ roleArn)
/* harmony export */ });
/** The ARN partition of a region: aws, aws-cn or aws-us-gov. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
}
function roleArn(accountId, roleName, region) {
    return `arn:${partitionOf(region)}:iam::${accountId}:role/${roleName}`;
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

/***/ 6809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ planDeployment),
/* harmony export */   gF: () => (/* binding */ isValidStackName),
/* harmony export */   l6: () => (/* binding */ declaredOnly)
/* harmony export */ });
/* unused harmony export renderStackName */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const PLACEHOLDERS = ['app', 'tenant', 'region', 'accountId', 'wave'];
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
/**
 * Expands the manifest into the stacks to deploy, checking everything that can be checked
 * without AWS; every problem found is reported together in one InputError.
 */
function planDeployment(input) {
    checkPlaceholders(input.stackNamePattern, input.stackNameOrigin);
    const tenants = selectTenants(input.manifest, input.tenantIds, input.waves);
    const problems = [];
    const warnings = [];
    const targets = tenants.flatMap((tenant) => tenant.regions.map((region) => {
        const target = toTarget(input, tenant, region);
        problems.push(...stackNameProblems(input, target), ...parameterProblems(input, target));
        return target;
    }));
    if (problems.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(problems);
    warnings.push(...undeclaredParameterWarnings(input.template, tenants));
    return { waves: groupByWave(targets), warnings };
}
function checkPlaceholders(pattern, origin = `--stack-name "${pattern}"`) {
    const unknown = [...pattern.matchAll(/\{([^}]*)\}/g)]
        .map((match) => match[1])
        .filter((name) => !PLACEHOLDERS.includes(name));
    if (unknown.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `${origin} has unknown placeholder(s) ${unknown.map((name) => `{${name}}`).join(', ')}; known: ${PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}`,
        ]);
    }
}
function selectTenants(manifest, tenantIds, waves) {
    const known = new Set(manifest.tenants.map((tenant) => tenant.id));
    const unknown = tenantIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`--tenants names tenant(s) not in ${manifest.file}: ${unknown.join(', ')}`]);
    }
    const disabled = manifest.tenants.filter((tenant) => !tenant.enabled && tenantIds.includes(tenant.id));
    if (disabled.length > 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(disabled.map((tenant) => `${manifest.file}:${manifest.lineOf(['tenants', tenant.index, 'enabled'])}: tenants[${tenant.index}] "${tenant.id}" is named in --tenants but has enabled: false`));
    }
    const selected = manifest.tenants.filter((tenant) => tenant.enabled &&
        (tenantIds.length === 0 || tenantIds.includes(tenant.id)) &&
        (waves.length === 0 || waves.includes(tenant.wave)));
    if (selected.length === 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `no enabled tenant in ${manifest.file} matches --tenants and --waves: nothing to deploy`,
        ]);
    }
    return selected;
}
function toTarget(input, tenant, region) {
    return {
        tenant,
        region,
        stackName: renderStackName(input.stackNamePattern, { app: input.app, tenant, region }),
        parameters: declaredOnly(input.template, tenant.parameters),
        tags: tenant.tags,
    };
}
function renderStackName(pattern, values) {
    const byName = {
        app: values.app,
        tenant: values.tenant.id,
        region: values.region,
        accountId: values.tenant.accountId,
        wave: String(values.tenant.wave),
    };
    return pattern.replace(/\{(\w+)\}/g, (_, name) => byName[name]);
}
/** CloudFormation's rule for stack names. */
function isValidStackName(name) {
    return STACK_NAME.test(name);
}
function stackNameProblems(input, target) {
    if (isValidStackName(target.stackName))
        return [];
    const { manifest } = input;
    const index = target.tenant.index;
    return [
        `${manifest.file}:${manifest.lineOf(['tenants', index, 'id'])}: tenants[${index}].id "${target.tenant.id}" gives stack name "${target.stackName}" (from ${input.stackNameOrigin ?? `--stack-name "${input.stackNamePattern}"`}, app "${input.app}"), which is invalid: a stack name starts with a letter and has only letters, digits and hyphens, at most 128 characters`,
    ];
}
function parameterProblems(input, target) {
    const { manifest, template } = input;
    if (template?.kind !== 'body')
        return [];
    const index = target.tenant.index;
    return template.parameters
        .filter((parameter) => !parameter.hasDefault && !(parameter.name in target.parameters))
        .map((parameter) => `${manifest.file}:${manifest.lineOf(['tenants', index])}: tenants[${index}] ("${target.tenant.id}") sets no value for parameter "${parameter.name}", which ${template.file} requires (it has no Default)`);
}
/** The manifest's defaults serve several templates, so values a template does not declare are left out. */
function declaredOnly(template, values) {
    if (template?.kind !== 'body')
        return values;
    const declared = new Set(template.parameters.map((parameter) => parameter.name));
    return Object.fromEntries(Object.entries(values).filter(([name]) => declared.has(name)));
}
function undeclaredParameterWarnings(template, tenants) {
    if (template?.kind !== 'body')
        return [];
    const declared = new Set(template.parameters.map((parameter) => parameter.name));
    const undeclared = new Set(tenants.flatMap((tenant) => Object.keys(tenant.parameters)).filter((name) => !declared.has(name)));
    return [...undeclared].map((name) => `parameter "${name}" is set in the manifest but ${template.file} does not declare it: not passed`);
}
function groupByWave(targets) {
    const waves = [...new Set(targets.map((target) => target.tenant.wave))].sort((a, b) => a - b);
    return waves.map((wave) => ({ wave, targets: targets.filter((target) => target.tenant.wave === wave) }));
}


/***/ }),

/***/ 8157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PM: () => (/* binding */ loadTemplate),
/* harmony export */   fo: () => (/* binding */ templateParameters)
/* harmony export */ });
/* unused harmony exports MAX_TEMPLATE_BODY_BYTES, parseTemplate */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _runtime_files__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2191);



/** CloudFormation's limit for TemplateBody in one request; larger templates must come from S3. */
const MAX_TEMPLATE_BODY_BYTES = 51_200;
/** Reads a local template (YAML or JSON), or takes an S3 https URL as it is. */
async function loadTemplate(location) {
    if (/^https:\/\//.test(location))
        return { kind: 'url', url: location };
    const body = await (0,_runtime_files__WEBPACK_IMPORTED_MODULE_2__/* .readInputFile */ .jH)(location, 'template');
    return { kind: 'body', file: location, body, parameters: parseTemplate(body, location) };
}
/** Checks the size and syntax of a template and lists the parameters it declares. */
function parseTemplate(body, file) {
    const size = Buffer.byteLength(body);
    if (size > MAX_TEMPLATE_BODY_BYTES) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d([
            `${file}: template is ${size} bytes; CloudFormation takes at most ${MAX_TEMPLATE_BODY_BYTES} inline: upload it to S3 and pass its https URL as the template`,
        ]);
    }
    return templateParameters(body, file);
}
/** Checks the syntax of a template (YAML or JSON) and lists the parameters it declares. */
function templateParameters(body, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // CloudFormation's short-form intrinsics (!Ref, !Sub, …) are unknown YAML tags here; only their presence matters.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(body, { lineCounter, uniqueKeys: false, logLevel: 'silent' });
    const problems = document.errors.map((error) => `${file}:${lineCounter.linePos(error.pos[0]).line}: ${firstLine(error.message)}`);
    if (problems.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(problems);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(document.contents))
        throw new _errors__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d([`${file}: a template must be a mapping with a Resources section`]);
    return declaredParameters(document.toJS({ maxAliasCount: -1 }));
}
function declaredParameters(template) {
    return Object.entries(template.Parameters ?? {}).map(([name, declaration]) => ({
        name,
        hasDefault: declaration?.Default !== undefined,
    }));
}
function firstLine(text) {
    return text.split('\n')[0] ?? text;
}


/***/ }),

/***/ 3235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   nn: () => (/* binding */ tagValues),
/* harmony export */   oM: () => (/* binding */ parameterValues)
/* harmony export */ });
/* unused harmony export parseManifest */
/* harmony import */ var _config_yaml_document__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6877);
/* harmony import */ var _runtime_files__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2191);
/* harmony import */ var _tenants_schema_json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(847);



const BUILT_IN_DEFAULTS = {
    region: 'us-east-1',
    deployRoleName: 'CodePipelineCrossAccountRole',
    cloudFormationRoleName: 'CloudFormationDeploymentRole',
};
const MAX_STACK_TAGS = 50;
const ENV_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;
const validateManifest = (0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .compileSchema */ .Fc)(_tenants_schema_json__WEBPACK_IMPORTED_MODULE_2__);
async function loadManifest(file, env = process.env) {
    return parseManifest(await (0,_runtime_files__WEBPACK_IMPORTED_MODULE_1__/* .readInputFile */ .jH)(file, 'manifest'), file, env);
}
/** Parses and validates a manifest; throws one InputError listing every problem found. */
function parseManifest(text, file, env = process.env) {
    const { data, source } = (0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .parseValidatedYaml */ .pA)(text, file, {
        validate: validateManifest,
        rootName: 'manifest',
        furtherProblems: (written, at) => semanticProblems(written, env, at),
    });
    return buildManifest(data, file, env, source);
}
function asLoose(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function semanticProblems(data, env, source) {
    const root = asLoose(data);
    const defaults = asLoose(root.defaults);
    const tenants = Array.isArray(root.tenants) ? root.tenants.map(asLoose) : [];
    const defaultRegion = typeof defaults.region === 'string' ? defaults.region : BUILT_IN_DEFAULTS.region;
    return [
        ...duplicateTenantIds(tenants, source),
        ...sharedDeployTargets(tenants, defaultRegion, source),
        ...unresolvedExternalIds(defaults, tenants, env, source),
        ...tooManyMergedTags(defaults, tenants, source),
    ];
}
function tenantLabel(tenants, index) {
    const id = tenants[index].id;
    return typeof id === 'string' ? `tenants[${index}] "${id}"` : `tenants[${index}]`;
}
function duplicateTenantIds(tenants, source) {
    const firstIndexById = new Map();
    return tenants.flatMap(({ id }, index) => {
        if (typeof id !== 'string')
            return [];
        const first = firstIndexById.get(id);
        if (first === undefined) {
            firstIndexById.set(id, index);
            return [];
        }
        const path = ['tenants', index, 'id'];
        const firstLine = source.lineOf(['tenants', first, 'id']);
        return [
            {
                line: source.lineOf(path),
                text: `${(0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)} ${(0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(id)} is already used by tenants[${first}] (line ${firstLine})`,
            },
        ];
    });
}
/** Two tenants deploying to the same account and region would fight over one stack. */
function sharedDeployTargets(tenants, defaultRegion, source) {
    const firstIndexByTarget = new Map();
    return tenants.flatMap(({ accountId, regions }, index) => {
        if (typeof accountId !== 'string')
            return [];
        const sharedRegionsByTenant = new Map();
        for (const region of Array.isArray(regions) ? new Set(regions) : [defaultRegion]) {
            const target = `${accountId} ${region}`;
            const first = firstIndexByTarget.get(target);
            if (first === undefined)
                firstIndexByTarget.set(target, index);
            else
                sharedRegionsByTenant.set(first, [...(sharedRegionsByTenant.get(first) ?? []), region]);
        }
        return [...sharedRegionsByTenant].map(([first, shared]) => ({
            line: source.lineOf(['tenants', index]),
            text: `${tenantLabel(tenants, index)} deploys to account ${accountId} in ${shared.join(', ')}, ` +
                `as does ${tenantLabel(tenants, first)} (line ${source.lineOf(['tenants', first])})`,
        }));
    });
}
function unresolvedExternalIds(defaults, tenants, env, source) {
    const externalIds = [
        { path: ['defaults', 'externalId'], value: defaults.externalId },
        ...tenants.map((tenant, index) => ({ path: ['tenants', index, 'externalId'], value: tenant.externalId })),
    ];
    return externalIds.flatMap(({ path, value }) => {
        const variable = typeof value === 'string' ? ENV_REFERENCE.exec(value)?.[1] : undefined;
        if (variable === undefined || env[variable])
            return [];
        const state = env[variable] === undefined ? 'is not set' : 'is empty';
        return [
            {
                line: source.lineOf(path),
                text: `${(0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)} ${(0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .show */ .WU)(value)} reads environment variable ${variable}, which ${state}`,
            },
        ];
    });
}
function tooManyMergedTags(defaults, tenants, source) {
    const defaultKeys = Object.keys(asLoose(defaults.tags));
    return tenants.flatMap((tenant, index) => {
        const ownKeys = Object.keys(asLoose(tenant.tags));
        const mergedCount = new Set([...defaultKeys, ...ownKeys]).size;
        // Either list being too long on its own is already a schema problem.
        if (mergedCount <= MAX_STACK_TAGS ||
            ownKeys.length > MAX_STACK_TAGS ||
            defaultKeys.length > MAX_STACK_TAGS) {
            return [];
        }
        const path = ['tenants', index, 'tags'];
        return [
            {
                line: source.lineOf(path),
                text: `${(0,_config_yaml_document__WEBPACK_IMPORTED_MODULE_0__/* .formatPath */ .jV)(path)} has ${mergedCount} tags once merged with defaults.tags, more than the ${MAX_STACK_TAGS} a CloudFormation stack allows`,
            },
        ];
    });
}
// --- Building the result from a manifest known to be valid
function buildManifest(written, file, env, source) {
    const settings = written.defaults ?? {};
    const defaults = {
        region: settings.region ?? BUILT_IN_DEFAULTS.region,
        deployRoleName: settings.deployRoleName ?? BUILT_IN_DEFAULTS.deployRoleName,
        cloudFormationRoleName: settings.cloudFormationRoleName ?? BUILT_IN_DEFAULTS.cloudFormationRoleName,
        externalId: resolveExternalId(settings.externalId, env),
        parameters: parameterValues(settings.parameters, ['defaults', 'parameters'], source),
        tags: tagValues(settings.tags, ['defaults', 'tags'], source),
    };
    return {
        file,
        defaults,
        tenants: written.tenants.map((tenant, index) => mergeTenant(tenant, index, defaults, env, source)),
        lineOf: source.lineOf,
    };
}
function mergeTenant(tenant, index, defaults, env, source) {
    return {
        id: tenant.id,
        accountId: tenant.accountId,
        wave: tenant.wave ?? 1,
        regions: tenant.regions ?? [defaults.region],
        deployRoleName: tenant.deployRoleName ?? defaults.deployRoleName,
        cloudFormationRoleName: tenant.cloudFormationRoleName ?? defaults.cloudFormationRoleName,
        externalId: resolveExternalId(tenant.externalId, env) ?? defaults.externalId,
        parameters: {
            ...defaults.parameters,
            ...parameterValues(tenant.parameters, ['tenants', index, 'parameters'], source),
        },
        tags: { ...defaults.tags, ...tagValues(tenant.tags, ['tenants', index, 'tags'], source) },
        enabled: tenant.enabled ?? true,
        index,
    };
}
function resolveExternalId(externalId, env) {
    const variable = externalId === undefined ? undefined : ENV_REFERENCE.exec(externalId)?.[1];
    return variable === undefined ? externalId : env[variable];
}
/** Parameter values as CloudFormation takes them: text, lists comma-separated, numbers as written. */
function parameterValues(values, path, source) {
    return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => {
        const valuePath = [...path, name];
        const text = Array.isArray(value)
            ? value.map((item, index) => source.textOf([...valuePath, index], item)).join(',')
            : source.textOf(valuePath, value);
        return [name, text];
    }));
}
/** Tag values as text, numbers as written. */
function tagValues(values, path, source) {
    return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, source.textOf([...path, key], value)]));
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

/***/ 847:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Rampart tenant manifest","description":"The tenant AWS accounts one CloudFormation template is deployed to. `errorMessage` is a non-standard keyword that editors (VS Code, yaml-language-server) show instead of their generic messages; Rampart uses it too.","type":"object","errorMessage":"must be a mapping with a \\"tenants\\" list","additionalProperties":false,"required":["tenants"],"properties":{"defaults":{"$ref":"#/definitions/defaults"},"tenants":{"description":"Every tenant, in deployment order within a wave.","type":"array","errorMessage":"must be a non-empty list of tenants","minItems":1,"items":{"$ref":"#/definitions/tenant"}}},"definitions":{"defaults":{"description":"Values every tenant gets unless it sets its own.","type":"object","errorMessage":"must be a mapping","additionalProperties":false,"properties":{"region":{"$ref":"#/definitions/region","description":"The region of tenants that list no `regions`.","default":"us-east-1"},"deployRoleName":{"$ref":"#/definitions/deployRoleName","default":"CodePipelineCrossAccountRole"},"cloudFormationRoleName":{"$ref":"#/definitions/cloudFormationRoleName","default":"CloudFormationDeploymentRole"},"externalId":{"$ref":"#/definitions/externalId"},"parameters":{"$ref":"#/definitions/parameters"},"tags":{"$ref":"#/definitions/tags"}}},"tenant":{"description":"One tenant account. Whatever it sets wins over `defaults`.","type":"object","errorMessage":"must be a mapping with at least \\"id\\" and \\"accountId\\"","additionalProperties":false,"required":["id","accountId"],"properties":{"id":{"description":"Unique tenant identifier, also used in stack names.","type":"string","pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?$","maxLength":63,"errorMessage":"must be 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit"},"accountId":{"description":"The tenant\'s 12-digit AWS account ID. Quote it: an unquoted number loses its leading zeros.","type":"string","pattern":"^\\\\d{12}$","errorMessage":"must be 12 digits"},"wave":{"description":"Deployment wave: wave 1 deploys first, then wave 2, and so on.","type":"integer","minimum":1,"default":1,"errorMessage":"must be a whole number of at least 1"},"regions":{"description":"The regions to deploy to. Defaults to `defaults.region`.","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/region"},"errorMessage":"must be a non-empty list of AWS region names"},"enabled":{"description":"A disabled tenant stays in the manifest but is not deployed.","type":"boolean","default":true,"errorMessage":"must be true or false"},"deployRoleName":{"$ref":"#/definitions/deployRoleName"},"cloudFormationRoleName":{"$ref":"#/definitions/cloudFormationRoleName"},"externalId":{"$ref":"#/definitions/externalId"},"parameters":{"$ref":"#/definitions/parameters"},"tags":{"$ref":"#/definitions/tags"}}},"region":{"description":"An AWS region name, e.g. us-east-1.","type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-\\\\d$","errorMessage":"must be an AWS region name like \\"us-east-1\\""},"deployRoleName":{"description":"The IAM role in the tenant account that the pipeline assumes to deploy.","$ref":"#/definitions/roleName"},"cloudFormationRoleName":{"description":"The IAM role in the tenant account that CloudFormation uses to create the stack\'s resources.","$ref":"#/definitions/roleName"},"roleName":{"type":"string","pattern":"^[\\\\w+=,.@-]{1,64}$","errorMessage":"must be an IAM role name: 1-64 letters, digits or any of _+=,.@-"},"externalId":{"description":"The external ID required to assume the deploy role. Write \\"${ENV_VAR}\\" to read it from that environment variable.","type":"string","pattern":"^(\\\\$\\\\{[A-Za-z_][A-Za-z0-9_]*\\\\}|[\\\\w+=,.@:/-]{2,1224})$","errorMessage":"must be 2-1224 letters, digits or any of _+=,.@:/- , or \\"${ENV_VAR}\\" to read it from the environment"},"parameters":{"description":"CloudFormation stack parameters. Numbers and booleans become strings, lists become comma-separated strings.","type":"object","errorMessage":"must be a mapping of parameter names to values","propertyNames":{"pattern":"^[A-Za-z0-9]{1,255}$","errorMessage":"must be a CloudFormation parameter name: 1-255 letters or digits"},"additionalProperties":{"type":["string","number","boolean","array"],"errorMessage":"must be a string, number, boolean or a list of those","items":{"type":["string","number","boolean"],"errorMessage":"must be a string, number or boolean"}}},"tags":{"description":"Stack tags; CloudFormation allows at most 50, counted after merging tenant tags over `defaults.tags`. Numbers and booleans become strings.","type":"object","maxProperties":50,"errorMessage":"must be a mapping of tag keys to values","propertyNames":{"minLength":1,"maxLength":128,"errorMessage":"must be 1-128 characters long"},"additionalProperties":{"type":["string","number","boolean"],"maxLength":256,"errorMessage":"must be a string, number or boolean of at most 256 characters"}}}}');

/***/ })

};
;