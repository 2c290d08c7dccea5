"use strict";
exports.id = 546;
exports.ids = [546];
exports.modules = {

/***/ 8546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineSynthCommand: () => (/* binding */ pipelineSynthCommand),
  pipelineTemplateConfigsCommand: () => (/* binding */ pipelineTemplateConfigsCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/runtime/files.ts
var files = __webpack_require__(2191);
// EXTERNAL MODULE: ./src/deploy/template.ts
var template = __webpack_require__(8157);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/manifest/load-manifest.ts
var load_manifest = __webpack_require__(3235);
// EXTERNAL MODULE: ./src/runtime/install-root.ts
var install_root = __webpack_require__(6464);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/pipeline/buildspecs.ts

const BUILDSPEC_NAMES = [
    'base',
    'build',
    'security-review',
    'secret-scan',
    'integration-test',
    'load-test',
    'post-deploy-gates',
];
/**
 * base.yml merged with a project's buildspec; the project's `commands: []` phase (if any) receives
 * `commands`, and a phase left without commands is dropped (CodeBuild rejects an empty one).
 */
function composeBuildspec(texts, name, commands = []) {
    const base = (0,dist/* parse */.qg)(texts.base);
    const own = (0,dist/* parse */.qg)(texts[name]);
    const phases = { ...base.phases };
    for (const [phase, settings] of Object.entries(own.phases ?? {})) {
        const filled = settings.commands?.length === 0 ? { ...settings, commands } : settings;
        if (filled.commands?.length === 0)
            continue;
        phases[phase] = { ...phases[phase], ...filled };
    }
    return (0,dist/* stringify */.As)({ ...base, ...own, phases }, { lineWidth: 0 });
}

// EXTERNAL MODULE: ./src/config/yaml-document.ts
var yaml_document = __webpack_require__(6877);
// EXTERNAL MODULE: ./src/manifest/tenants.schema.json
var tenants_schema = __webpack_require__(847);
;// CONCATENATED MODULE: ./src/pipeline/pipeline.schema.json
const pipeline_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","title":"Rampart pipeline config","description":"What `rampart pipeline synth` needs besides the tenant manifest to generate a CodePipeline: where the source is, how to build it, the pre-production environments, approval and production waves.","type":"object","errorMessage":"must be a mapping with at least name, template, artifactStores and source","additionalProperties":false,"required":["name","template","artifactStores","source"],"properties":{"name":{"description":"Pipeline name; also the prefix of the generated CodeBuild projects. Its first 20 characters are the key prefix of the pipeline\'s artifacts: pass them to tooling-account.yaml and tenant-bootstrap.yaml as ArtifactPrefix.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$","errorMessage":"must be 1-60 letters, digits, hyphens or underscores, starting with a letter or digit"},"region":{"$ref":"../manifest/tenants.schema.json#/definitions/region","description":"The region the pipeline stack is deployed in (the generated template refuses any other).","default":"us-east-1"},"app":{"description":"Value of {app} in stack names.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,63}$","errorMessage":"must start with a letter and have only letters, digits and hyphens (at most 64)","default":"the pipeline name"},"template":{"description":"The application\'s CloudFormation template: its path in the build output (the source, after build.commands ran).","$ref":"#/definitions/relativePath"},"stackName":{"description":"Stack name of each tenant; placeholders {app} {tenant} {region} {accountId} {wave}, as for `rampart deploy`.","type":"string","minLength":1,"errorMessage":"must be a stack name pattern such as \\"{app}-{tenant}-{region}\\"","default":"{app}-{tenant}-{region}"},"capabilities":{"description":"CloudFormation capabilities of every deploy action.","type":"array","uniqueItems":true,"items":{"enum":["CAPABILITY_IAM","CAPABILITY_NAMED_IAM","CAPABILITY_AUTO_EXPAND"],"errorMessage":"must be CAPABILITY_IAM, CAPABILITY_NAMED_IAM or CAPABILITY_AUTO_EXPAND"},"errorMessage":"must be a list of CloudFormation capabilities","default":["CAPABILITY_IAM"]},"rampartPath":{"description":"Where a checkout of Rampart sits inside the source (a git submodule or a vendored copy): CodeBuild runs its committed CLI bundle, nothing is downloaded.","$ref":"#/definitions/relativePath","default":".rampart"},"artifactStores":{"description":"The tooling account\'s artifact bucket and KMS key (outputs of tooling-account.yaml) in each region the pipeline deploys to, its own region included.","type":"object","minProperties":1,"errorMessage":"must map each region to its artifact bucket and key","propertyNames":{"pattern":"^[a-z]{2}(-[a-z]+)+-\\\\d$","errorMessage":"must be an AWS region name like \\"us-east-1\\""},"additionalProperties":{"type":"object","additionalProperties":false,"required":["bucket","keyArn"],"errorMessage":"must be a mapping with bucket and keyArn","properties":{"bucket":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","errorMessage":"must be an S3 bucket name"},"keyArn":{"type":"string","pattern":"^arn:aws[a-z-]*:kms:[a-z0-9-]+:\\\\d{12}:key/[A-Za-z0-9-]+$","errorMessage":"must be a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID): tenants in other accounts cannot use a key id or alias"}}}},"source":{"description":"Where releases come from: exactly one of github, codecommit or s3.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"errorMessage":"must name exactly one of github, codecommit or s3","properties":{"github":{"type":"object","additionalProperties":false,"required":["connectionArn","repository"],"errorMessage":"must be a mapping with connectionArn and repository","properties":{"connectionArn":{"description":"An AWS CodeConnections connection to GitHub, in the available state.","type":"string","pattern":"^arn:aws[a-z-]*:(codeconnections|codestar-connections):[a-z0-9-]+:\\\\d{12}:connection/[A-Za-z0-9-]+$","errorMessage":"must be a CodeConnections connection ARN"},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","errorMessage":"must be owner/repo"},"branch":{"$ref":"#/definitions/branch"}}},"codecommit":{"type":"object","additionalProperties":false,"required":["repository"],"errorMessage":"must be a mapping with repository","properties":{"repository":{"type":"string","pattern":"^[\\\\w.-]{1,100}$","errorMessage":"must be a CodeCommit repository name"},"branch":{"$ref":"#/definitions/branch"}}},"s3":{"type":"object","additionalProperties":false,"required":["bucket","key"],"errorMessage":"must be a mapping with bucket and key (a versioned bucket, with EventBridge notifications on)","properties":{"bucket":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$","errorMessage":"must be an S3 bucket name"},"key":{"type":"string","minLength":1,"maxLength":1024,"errorMessage":"must be the object key of the source zip"}}}}},"build":{"description":"The CodeBuild project that builds and tests the source, and the gates after it.","type":"object","additionalProperties":false,"errorMessage":"must be a mapping","properties":{"image":{"type":"string","minLength":1,"errorMessage":"must be a CodeBuild image","default":"aws/codebuild/standard:7.0"},"computeType":{"enum":["BUILD_GENERAL1_SMALL","BUILD_GENERAL1_MEDIUM","BUILD_GENERAL1_LARGE","BUILD_GENERAL1_XLARGE","BUILD_GENERAL1_2XLARGE"],"errorMessage":"must be a CodeBuild compute type such as BUILD_GENERAL1_SMALL","default":"BUILD_GENERAL1_SMALL"},"commands":{"description":"The project\'s build and test commands, run in order; the first that fails stops the pipeline.","$ref":"#/definitions/commands"},"securityReview":{"description":"Gate: `rampart review` must find nothing of high severity or above.","type":"boolean","errorMessage":"must be true or false","default":true},"secretScan":{"description":"Gate: `rampart secrets scan` must find no secret.","type":"boolean","errorMessage":"must be true or false","default":true}}},"environments":{"description":"Pre-production environments, deployed in this order before any tenant.","type":"array","errorMessage":"must be a list of environments","items":{"$ref":"#/definitions/environment"}},"approval":{"description":"A manual approval before the first production wave.","type":"object","additionalProperties":false,"errorMessage":"must be a mapping","properties":{"topicArn":{"description":"SNS topic told of each approval request; without it a topic is created.","type":"string","pattern":"^arn:aws[a-z-]*:sns:[a-z0-9-]+:\\\\d{12}:[\\\\w-]{1,256}$","errorMessage":"must be an SNS topic ARN"},"notify":{"description":"Email addresses subscribed to the created topic.","type":"array","uniqueItems":true,"items":{"type":"string","pattern":"^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$","errorMessage":"must be an email address"},"errorMessage":"must be a list of email addresses"},"comment":{"type":"string","maxLength":512,"errorMessage":"must be text of at most 512 characters","default":"Approve the release to the production tenants."},"reviewUrl":{"description":"Link shown with the approval request, e.g. the release notes.","type":"string","pattern":"^https://","errorMessage":"must be an https URL"},"timeoutMinutes":{"description":"How long the request waits before it fails (CodePipeline\'s default is 7 days).","type":"integer","minimum":5,"maximum":86400,"errorMessage":"must be a whole number of minutes from 5 to 86400"}}},"production":{"description":"How the tenant waves run.","type":"object","additionalProperties":false,"errorMessage":"must be a mapping","properties":{"maxActionsPerStage":{"description":"Tenant deploy actions per stage; a larger wave is split into consecutive stages. CodePipeline allows at most 50.","type":"integer","minimum":1,"maximum":50,"errorMessage":"must be a whole number from 1 to 50","default":50},"onFailure":{"description":"What a failed wave stage does: rollback (to the artifacts of the last successful execution), fail, or retry its failed actions.","enum":["rollback","fail","retry"],"errorMessage":"must be rollback, fail or retry","default":"rollback"}}}},"definitions":{"relativePath":{"type":"string","pattern":"^(?!/)(?!.*(^|/)\\\\.\\\\.(/|$))[^\\\\s]+$","errorMessage":"must be a path inside the repository (relative, without ..)"},"branch":{"type":"string","pattern":"^[^\\\\s~^:?*\\\\[\\\\\\\\]+$","errorMessage":"must be a branch name","default":"main"},"commands":{"type":"array","items":{"type":"string","minLength":1,"errorMessage":"must be a shell command"},"errorMessage":"must be a list of shell commands"},"postDeployGates":{"description":"Gates that run right after the environment\'s deployment, before its integration tests: `rampart gate lambda-ready` and `rampart gate inspector`, in a CodeBuild action of their own.","type":"object","additionalProperties":false,"errorMessage":"must be a mapping with lambdaReady, inspector or both (and optionally roleName)","properties":{"lambdaReady":{"description":"Functions that must be ready (State Active, LastUpdateStatus Successful) within 10 minutes: names (in the environment\'s account and region) or ARNs, optionally with :version or :alias.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"errorMessage":"must be a function name or ARN"},"errorMessage":"must be a non-empty list of function names or ARNs"},"inspector":{"description":"No active Amazon Inspector finding at or above the bar on these resources.","type":"object","additionalProperties":false,"required":["resources"],"errorMessage":"must be a mapping with resources (and optionally severity and minScore)","properties":{"resources":{"description":"Function names (in the environment\'s account and region) or ARNs, ECR image ARNs or URIs.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"errorMessage":"must be a function, or an ECR image ARN or URI"},"errorMessage":"must be a non-empty list of functions and ECR images"},"severity":{"description":"The lowest severity that fails the gate.","enum":["INFORMATIONAL","LOW","MEDIUM","HIGH","CRITICAL"],"errorMessage":"must be INFORMATIONAL, LOW, MEDIUM, HIGH or CRITICAL","default":"CRITICAL"},"minScore":{"description":"Only findings with an Inspector score of at least this fail the gate (the Inspector article\'s rule: CRITICAL and a score above 8).","type":"number","minimum":0,"maximum":10,"errorMessage":"must be a number from 0 to 10"}}},"roleName":{"description":"A role in each resource\'s account that the gates assume (it needs lambda:GetFunctionConfiguration and inspector2:ListFindings). Without it they run as the pipeline\'s CodeBuild role, which reaches another account\'s function only where its resource policy allows, and another account\'s findings only as Inspector\'s delegated administrator.","type":"string","pattern":"^[\\\\w+=,.@-]{1,64}$","errorMessage":"must be an IAM role name"}}},"environment":{"type":"object","additionalProperties":false,"required":["name","accountId"],"errorMessage":"must be a mapping with at least name and accountId","properties":{"name":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9-]{0,29}$","errorMessage":"must be 1-30 letters, digits or hyphens, starting with a letter"},"accountId":{"type":"string","pattern":"^\\\\d{12}$","errorMessage":"must be 12 digits"},"region":{"$ref":"../manifest/tenants.schema.json#/definitions/region"},"stackName":{"description":"Placeholders {app} {environment} {region} {accountId}.","type":"string","minLength":1,"errorMessage":"must be a stack name pattern","default":"{app}-{environment}"},"deployRoleName":{"$ref":"../manifest/tenants.schema.json#/definitions/deployRoleName"},"cloudFormationRoleName":{"$ref":"../manifest/tenants.schema.json#/definitions/cloudFormationRoleName"},"parameters":{"$ref":"../manifest/tenants.schema.json#/definitions/parameters"},"tags":{"$ref":"../manifest/tenants.schema.json#/definitions/tags"},"integrationTests":{"description":"Commands that test the deployed environment; the stack\'s outputs are environment variables. They must pass before the next stage.","$ref":"#/definitions/commands"},"gates":{"$ref":"#/definitions/postDeployGates"},"loadTest":{"description":"A `rampart load-test run` gate after the integration tests.","type":"object","additionalProperties":false,"required":["scenario"],"errorMessage":"must be a mapping with scenario","properties":{"scenario":{"$ref":"#/definitions/relativePath"}}}}}}}');
// EXTERNAL MODULE: ./src/deploy/targets.ts
var deploy_targets = __webpack_require__(6809);
// EXTERNAL MODULE: ./src/gates/resources.ts
var resources = __webpack_require__(2713);
;// CONCATENATED MODULE: ./src/pipeline/load-config.ts








const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ENVIRONMENT_STACK_NAME = '{app}-{environment}';
const DEFAULT_APPROVAL_COMMENT = 'Approve the release to the production tenants.';
const validateConfig = (0,yaml_document/* compileSchema */.Fc)(pipeline_schema_namespaceObject, {
    '../manifest/tenants.schema.json': tenants_schema,
});
/**
 * Reads pipeline.yml. Environments take their role names from the manifest's defaults, as tenants do.
 * Throws one InputError listing every problem, each naming the file, line and field.
 */
async function loadPipelineConfig(file, manifestDefaults) {
    return parsePipelineConfig(await (0,files/* readInputFile */.jH)(file, 'pipeline config'), file, manifestDefaults);
}
function parsePipelineConfig(text, file, manifestDefaults) {
    const { data, source } = (0,yaml_document/* parseValidatedYaml */.pA)(text, file, {
        validate: validateConfig,
        rootName: 'pipeline config',
        furtherProblems: semanticProblems,
    });
    return buildConfig(data, file, manifestDefaults, source);
}
function asLoose(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
function semanticProblems(data, source) {
    const root = asLoose(data);
    const region = typeof root.region === 'string' ? root.region : DEFAULT_REGION;
    const stores = asLoose(root.artifactStores);
    const environments = Array.isArray(root.environments) ? root.environments.map(asLoose) : [];
    const problem = (path, text) => ({
        line: source.lineOf(path),
        text: `${(0,yaml_document/* formatPath */.jV)(path)} ${text}`,
    });
    const problems = [];
    if (root.artifactStores !== undefined && !(region in stores)) {
        problems.push(problem(['artifactStores'], `has no entry for ${region}, the pipeline's region: deploy tooling-account.yaml there and add its bucket and key`));
    }
    for (const [storeRegion, store] of Object.entries(stores)) {
        const keyArn = asLoose(store).keyArn;
        const keyRegion = typeof keyArn === 'string' ? keyArn.split(':')[3] : undefined;
        if (keyRegion !== undefined && keyRegion !== storeRegion) {
            problems.push(problem(['artifactStores', storeRegion, 'keyArn'], `is a key in ${keyRegion}: a ${storeRegion} bucket needs a key in ${storeRegion}`));
        }
    }
    const seen = new Map();
    environments.forEach((environment, index) => {
        const first = seen.get(environment.name);
        if (first !== undefined) {
            problems.push(problem(['environments', index, 'name'], `${(0,yaml_document/* show */.WU)(environment.name)} is already used by environments[${first}]`));
        }
        else if (typeof environment.name === 'string') {
            seen.set(environment.name, index);
        }
        const environmentRegion = typeof environment.region === 'string' ? environment.region : region;
        problems.push(...gateEntryProblems(environment.gates, ['environments', index, 'gates'], source, {
            region: environmentRegion,
            accountId: String(environment.accountId),
        }));
        if (root.artifactStores !== undefined && !(environmentRegion in stores)) {
            problems.push(problem(['environments', index], `deploys to ${environmentRegion}, which has no artifactStores entry: CodePipeline needs an artifact bucket in every region it deploys to`));
        }
    });
    const app = typeof root.app === 'string' ? root.app : String(root.name);
    environments.forEach((environment, index) => {
        const stackName = environmentStackName(typeof environment.stackName === 'string' ? environment.stackName : undefined, {
            app,
            environment: String(environment.name),
            region: typeof environment.region === 'string' ? environment.region : region,
            accountId: String(environment.accountId),
        });
        if (!(0,deploy_targets/* isValidStackName */.gF)(stackName)) {
            problems.push(problem(['environments', index, 'stackName'], `gives stack name ${(0,yaml_document/* show */.WU)(stackName)}, which is invalid: a stack name starts with a letter and has only letters, digits and hyphens, at most 128 characters (placeholders: {app} {environment} {region} {accountId})`));
        }
    });
    const approval = asLoose(root.approval);
    if (approval.topicArn !== undefined && approval.notify !== undefined) {
        problems.push(problem(['approval', 'notify'], 'subscribes addresses to the topic Rampart creates; with topicArn, subscribe them to your own topic'));
    }
    return problems;
}
/** Each function and resource of an environment's gates, which the schema only knows as strings. */
function gateEntryProblems(gates, path, source, home) {
    const loose = asLoose(gates);
    if (gates !== undefined && loose.lambdaReady === undefined && loose.inspector === undefined) {
        return [
            {
                line: source.lineOf(path),
                text: `${(0,yaml_document/* formatPath */.jV)(path)} has no gate: give lambdaReady, inspector or both`,
            },
        ];
    }
    const lists = [
        { path: [...path, 'lambdaReady'], items: loose.lambdaReady, resolve: resources/* functionArnIn */.F1 },
        {
            path: [...path, 'inspector', 'resources'],
            items: asLoose(loose.inspector).resources,
            resolve: resources/* inspectedResourceIn */.Dr,
        },
    ];
    return lists.flatMap((list) => (Array.isArray(list.items) ? list.items : []).flatMap((item, index) => {
        const itemPath = [...list.path, index];
        if (typeof item !== 'string')
            return [];
        try {
            list.resolve(item, (0,yaml_document/* formatPath */.jV)(itemPath), home);
            return [];
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.d))
                throw error;
            return error.problems.map((text) => ({ line: source.lineOf(itemPath), text }));
        }
    }));
}
function environmentStackName(pattern, values) {
    return (pattern ?? DEFAULT_ENVIRONMENT_STACK_NAME).replace(/\{(app|environment|region|accountId)\}/g, (_, name) => values[name]);
}
// --- Building the result from a config known to be valid
function buildConfig(written, file, manifestDefaults, source) {
    const region = written.region ?? DEFAULT_REGION;
    const app = written.app ?? written.name;
    const environments = (written.environments ?? []).map((environment, index) => buildEnvironment(environment, index, { app, region, manifestDefaults, source }));
    return {
        file,
        name: written.name,
        region,
        app,
        template: written.template,
        stackName: written.stackName ?? '{app}-{tenant}-{region}',
        capabilities: written.capabilities ?? ['CAPABILITY_IAM'],
        rampartPath: written.rampartPath ?? '.rampart',
        artifactStores: written.artifactStores,
        source: buildSource(written.source),
        build: {
            image: written.build?.image ?? 'aws/codebuild/standard:7.0',
            computeType: written.build?.computeType ?? 'BUILD_GENERAL1_SMALL',
            commands: written.build?.commands ?? [],
            securityReview: written.build?.securityReview ?? true,
            secretScan: written.build?.secretScan ?? true,
        },
        environments,
        approval: written.approval && {
            ...written.approval,
            notify: written.approval.notify ?? [],
            comment: written.approval.comment ?? DEFAULT_APPROVAL_COMMENT,
        },
        production: {
            maxActionsPerStage: written.production?.maxActionsPerStage ?? 50,
            onFailure: (written.production?.onFailure ?? 'rollback').toUpperCase(),
        },
        lineOf: source.lineOf,
    };
}
function buildSource(source) {
    if (source.github)
        return { kind: 'github', branch: 'main', ...source.github };
    if (source.codecommit)
        return { kind: 'codecommit', branch: 'main', ...source.codecommit };
    return { kind: 's3', ...source.s3 };
}
function buildEnvironment(written, index, context) {
    const region = written.region ?? context.region;
    const path = ['environments', index];
    const stackName = environmentStackName(written.stackName, {
        app: context.app,
        environment: written.name,
        region,
        accountId: written.accountId,
    });
    return {
        name: written.name,
        accountId: written.accountId,
        region,
        stackName,
        deployRoleName: written.deployRoleName ?? context.manifestDefaults.deployRoleName,
        cloudFormationRoleName: written.cloudFormationRoleName ?? context.manifestDefaults.cloudFormationRoleName,
        parameters: {
            ...context.manifestDefaults.parameters,
            ...(0,load_manifest/* parameterValues */.oM)(written.parameters, [...path, 'parameters'], context.source),
        },
        tags: { ...context.manifestDefaults.tags, ...(0,load_manifest/* tagValues */.nn)(written.tags, [...path, 'tags'], context.source) },
        integrationTests: written.integrationTests ?? [],
        loadTestScenario: written.loadTest?.scenario,
        gates: written.gates && buildGates(written.gates, { region, accountId: written.accountId }),
    };
}
/** Function names become ARNs in the environment's account and region, as the gates need them. */
function buildGates(written, home) {
    const inspector = written.inspector;
    return {
        lambdaReady: (written.lambdaReady ?? []).map((text) => (0,resources/* functionArnIn */.F1)(text, 'lambdaReady', home)),
        inspector: inspector && {
            resources: inspector.resources.map((text) => (0,resources/* inspectedResourceIn */.Dr)(text, 'inspector.resources', home)),
            severity: inspector.severity ?? 'CRITICAL',
            minScore: inspector.minScore,
        },
        roleName: written.roleName,
    };
}

;// CONCATENATED MODULE: ./src/pipeline/inputs.ts








/**
 * Reads the manifest and pipeline.yml. Both must lie inside `repositoryRoot` (the current directory):
 * the generated build reads them again from the source at the same relative paths.
 */
async function loadPipelineFiles(files, repositoryRoot) {
    const manifestPath = pathInRepository(files.manifest, '--manifest', repositoryRoot);
    const configPath = pathInRepository(files.config, '--config', repositoryRoot);
    const manifest = await (0,load_manifest/* loadManifest */.eY)(files.manifest);
    const config = await loadPipelineConfig(files.config, manifest.defaults);
    return { manifest, config, manifestPath, configPath };
}
function pathInRepository(file, flag, repositoryRoot) {
    const path = (0,external_node_path_.relative)(repositoryRoot, (0,external_node_path_.resolve)(repositoryRoot, file));
    if (path.startsWith('..') || (0,external_node_path_.resolve)(path) === path) {
        throw new errors/* InputError */.d([
            `${flag} ${file} is outside ${repositoryRoot}: run rampart pipeline from the repository root with files inside it, so that the build finds them in the source at the same paths`,
        ]);
    }
    return path.split(external_node_path_.sep).join('/');
}
/** pipelines/buildspecs/*.yml of this Rampart installation. */
async function loadBuildspecs(directory = (0,external_node_path_.join)(install_root/* INSTALL_ROOT */.z, 'pipelines', 'buildspecs')) {
    const texts = await Promise.all(BUILDSPEC_NAMES.map((name) => (0,files/* readInputFile */.jH)((0,external_node_path_.join)(directory, `${name}.yml`), 'buildspec')));
    return Object.fromEntries(BUILDSPEC_NAMES.map((name, index) => [name, texts[index]]));
}
/** The application template of the build output, for its parameters; its size does not matter to CodePipeline. */
async function loadBuiltTemplate(file) {
    const body = await (0,files/* readInputFile */.jH)(file, 'the application template (pipeline.yml template)');
    return { kind: 'body', file, body, parameters: (0,template/* templateParameters */.fo)(body, file) };
}

;// CONCATENATED MODULE: ./src/pipeline/cloudformation.ts
/** The small typed subset of a CloudFormation template that the pipeline generator writes. */
const ref = (name) => ({ Ref: name });
const sub = (text) => ({ 'Fn::Sub': text });
const getAtt = (resource, attribute) => ({
    'Fn::GetAtt': [resource, attribute],
});
/** `arn:${AWS::Partition}:iam::ACCOUNT:role/NAME`, for a role in any account. */
const roleArn = (accountId, roleName) => sub(`arn:\${AWS::Partition}:iam::${accountId}:role/${roleName}`);
function policyDocument(statements) {
    return { Version: '2012-10-17', Statement: statements };
}

;// CONCATENATED MODULE: ./src/pipeline/codebuild.ts


const CODEBUILD_ROLE = 'CodeBuildRole';
/** `dev-eu` as `DevEu`, for logical ids. */
function pascalCase(name) {
    return name
        .split(/[^A-Za-z0-9]+/)
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('');
}
function pipelineProjects(input) {
    const { config } = input;
    const project = (spec) => codeBuildProject({ ...spec, input });
    const withLoadTest = config.environments.some((environment) => environment.loadTestScenario);
    return {
        build: project({
            logicalId: 'BuildProject',
            suffix: 'build',
            description: 'Builds and tests the source, then writes the template configuration of every stack.',
            buildspec: 'build',
            commands: config.build.commands,
            variables: { RAMPART_MANIFEST: input.manifestPath, RAMPART_CONFIG: input.configPath },
        }),
        securityReview: config.build.securityReview
            ? project({
                logicalId: 'SecurityReviewProject',
                suffix: 'security-review',
                description: 'Gate: rampart review of the source.',
                buildspec: 'security-review',
            })
            : undefined,
        secretScan: config.build.secretScan
            ? project({
                logicalId: 'SecretScanProject',
                suffix: 'secret-scan',
                description: 'Gate: rampart secrets scan of the source.',
                buildspec: 'secret-scan',
            })
            : undefined,
        integrationTests: new Map(config.environments
            .filter((environment) => environment.integrationTests.length > 0)
            .map((environment) => [
            environment.name,
            project({
                logicalId: `IntegrationTests${pascalCase(environment.name)}Project`,
                suffix: `${environment.name}-integration-tests`,
                description: `Integration tests of the ${environment.name} environment.`,
                buildspec: 'integration-test',
                commands: environment.integrationTests,
            }),
        ])),
        loadTest: withLoadTest
            ? project({
                logicalId: 'LoadTestProject',
                suffix: 'load-test',
                description: 'Gate: rampart load-test run against a deployed environment.',
                buildspec: 'load-test',
            })
            : undefined,
        postDeployGates: new Map(config.environments.flatMap((environment) => environment.gates ? [[environment.name, gatesProject(environment, environment.gates, project)]] : [])),
    };
}
function gatesProject(environment, gates, project) {
    return project({
        logicalId: `PostDeployGates${pascalCase(environment.name)}Project`,
        suffix: `${environment.name}-post-deploy-gates`,
        description: `Post-deploy gates of the ${environment.name} environment: rampart gate lambda-ready and inspector.`,
        buildspec: 'post-deploy-gates',
        commands: gateCommands(gates),
    });
}
/** Values are single-quoted for the shell (a qualifier may be $LATEST); none can hold a quote. */
function gateCommands(gates) {
    const option = (flag, value) => value === undefined ? '' : ` --${flag} '${value}'`;
    const role = option('role-name', gates.roleName);
    const commands = [];
    if (gates.lambdaReady.length > 0) {
        const functions = gates.lambdaReady.map((arn) => option('function', arn)).join('');
        commands.push(`rampart gate lambda-ready${functions}${role}`);
    }
    const inspector = gates.inspector;
    if (inspector) {
        const resources = inspector.resources.map((resource) => option('resource', resource)).join('');
        const bar = `${option('severity', inspector.severity)}${option('min-score', inspector.minScore)}`;
        commands.push(`rampart gate inspector${resources}${bar}${role}`);
    }
    return commands;
}
function allProjects(projects) {
    return [
        projects.build,
        projects.securityReview,
        projects.secretScan,
        ...projects.integrationTests.values(),
        projects.loadTest,
        ...projects.postDeployGates.values(),
    ].filter((project) => project !== undefined);
}
function codeBuildProject(spec) {
    const { config, buildspecs } = spec.input;
    const name = `${config.name}-${spec.suffix}`;
    const variables = { RAMPART_PATH: config.rampartPath, ...spec.variables };
    return {
        logicalId: spec.logicalId,
        name,
        resource: {
            Type: 'AWS::CodeBuild::Project',
            Properties: {
                Name: name,
                Description: spec.description,
                ServiceRole: getAtt(CODEBUILD_ROLE, 'Arn'),
                Source: {
                    Type: 'CODEPIPELINE',
                    BuildSpec: composeBuildspec(buildspecs, spec.buildspec, spec.commands),
                },
                Artifacts: { Type: 'CODEPIPELINE' },
                Environment: {
                    Type: 'LINUX_CONTAINER',
                    ComputeType: config.build.computeType,
                    Image: config.build.image,
                    EnvironmentVariables: Object.entries(variables).map(([Name, Value]) => ({
                        Name,
                        Value,
                        Type: 'PLAINTEXT',
                    })),
                },
                EncryptionKey: config.artifactStores[config.region]?.keyArn ?? '',
                TimeoutInMinutes: 60,
                LogsConfig: { CloudWatchLogs: { Status: 'ENABLED' } },
            },
        },
    };
}

;// CONCATENATED MODULE: ./src/pipeline/template-configs.ts
/** The folder of the build output that holds one template configuration file per stack. */
const TEMPLATE_CONFIG_DIR = 'rampart-template-configs';
/** Every stack of the pipeline: environments first, then the tenants wave by wave. */
function stackDeployments(targets) {
    return [...targets.environments, ...targets.waveStages.flatMap((stage) => stage.targets.map(tenantStack))];
}
function tenantStack(target) {
    const { accountId, deployRoleName, cloudFormationRoleName } = target.tenant;
    return { ...target, accountId, deployRoleName, cloudFormationRoleName };
}
/** Account and region make the name unique, as they do the stack. */
function templateConfigFileName(stack) {
    return `${stack.accountId}-${stack.region}-${stack.stackName}.json`;
}
/** Where a deploy action finds its stack's file in the build output. */
function templateConfigPath(stack) {
    return `${TEMPLATE_CONFIG_DIR}/${templateConfigFileName(stack)}`;
}
/** Every template configuration file of the pipeline, by file name. */
function templateConfigurationFiles(targets) {
    return new Map(stackDeployments(targets).map((stack) => [
        templateConfigFileName(stack),
        { Parameters: stack.parameters, Tags: stack.tags },
    ]));
}

;// CONCATENATED MODULE: ./src/pipeline/stages.ts



const SOURCE_ARTIFACT = 'Source';
const BUILD_ARTIFACT = 'BuildOutput';
const SOURCE_ACTION = 'Source';
const APPROVAL_TOPIC = 'ApprovalTopic';
const artifacts = (...names) => names.map((Name) => ({ Name }));
function pipelineStages(config, targets, projects) {
    return [
        { Name: 'Source', Actions: [sourceAction(config.source)] },
        { Name: 'Build', Actions: buildActions(projects) },
        ...targets.environments.map((environment) => environmentStage(config, environment, projects)),
        ...(config.approval ? [approvalStage(config)] : []),
        ...targets.waveStages.map((stage) => waveStage(config, stage)),
    ];
}
function sourceAction(source) {
    const common = { Name: SOURCE_ACTION, OutputArtifacts: artifacts(SOURCE_ARTIFACT), RunOrder: 1 };
    switch (source.kind) {
        case 'github':
            return {
                ...common,
                ActionTypeId: {
                    Category: 'Source',
                    Owner: 'AWS',
                    Provider: 'CodeStarSourceConnection',
                    Version: '1',
                },
                Configuration: {
                    ConnectionArn: source.connectionArn,
                    FullRepositoryId: source.repository,
                    BranchName: source.branch,
                    // A git clone rather than a zip, so that the gates can read the history.
                    OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
                },
            };
        case 'codecommit':
            return {
                ...common,
                ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'CodeCommit', Version: '1' },
                Configuration: {
                    RepositoryName: source.repository,
                    BranchName: source.branch,
                    PollForSourceChanges: false,
                    OutputArtifactFormat: 'CODEBUILD_CLONE_REF',
                },
            };
        case 's3':
            return {
                ...common,
                ActionTypeId: { Category: 'Source', Owner: 'AWS', Provider: 'S3', Version: '1' },
                Configuration: { S3Bucket: source.bucket, S3ObjectKey: source.key, PollForSourceChanges: false },
            };
    }
}
function codeBuildAction(name, project, options) {
    const [primary] = options.inputs;
    return {
        Name: name,
        ActionTypeId: {
            Category: options.outputs ? 'Build' : 'Test',
            Owner: 'AWS',
            Provider: 'CodeBuild',
            Version: '1',
        },
        Configuration: {
            ProjectName: project.name,
            ...(options.inputs.length > 1 && primary ? { PrimarySource: primary } : {}),
            ...(options.variables
                ? {
                    EnvironmentVariables: JSON.stringify(Object.entries(options.variables).map(([name, value]) => ({ name, value, type: 'PLAINTEXT' }))),
                }
                : {}),
        },
        InputArtifacts: artifacts(...options.inputs),
        ...(options.outputs ? { OutputArtifacts: artifacts(...options.outputs) } : {}),
        RunOrder: options.runOrder,
    };
}
/** Build and test first; the gates then run side by side on the same source. */
function buildActions(projects) {
    const gate = (name, project) => project ? [codeBuildAction(name, project, { inputs: [SOURCE_ARTIFACT], runOrder: 2 })] : [];
    return [
        codeBuildAction('BuildAndTest', projects.build, {
            inputs: [SOURCE_ARTIFACT],
            outputs: [BUILD_ARTIFACT],
            runOrder: 1,
        }),
        ...gate('SecurityReview', projects.securityReview),
        ...gate('SecretScan', projects.secretScan),
    ];
}
/** CodeBuild names a secondary input's folder CODEBUILD_SRC_DIR_<artifact>: no hyphens. */
function outputsArtifactOf(environment) {
    return `${pascalCase(environment.name)}Outputs`;
}
/**
 * Deploy, then the post-deploy gates, the integration tests and the load test, each after the one
 * before: the functions must be ready before anything calls them.
 */
function environmentStage(config, environment, projects) {
    const outputs = outputsArtifactOf(environment);
    const afterDeploy = { inputs: [BUILD_ARTIFACT, outputs], variables: { RAMPART_OUTPUTS_ARTIFACT: outputs } };
    const loadTest = environment.loadTestScenario ? projects.loadTest : undefined;
    const checks = [
        {
            name: 'PostDeployGates',
            project: projects.postDeployGates.get(environment.name),
            options: { inputs: [BUILD_ARTIFACT] },
        },
        {
            name: 'IntegrationTests',
            project: projects.integrationTests.get(environment.name),
            options: afterDeploy,
        },
        {
            name: 'LoadTest',
            project: loadTest,
            options: {
                ...afterDeploy,
                variables: { ...afterDeploy.variables, RAMPART_SCENARIO: environment.loadTestScenario ?? '' },
            },
        },
    ];
    return {
        Name: `Deploy-${environment.name}`,
        Actions: [
            deployAction(config, 'Deploy', environment, { runOrder: 1, outputs }),
            ...checks
                .filter((check) => check.project !== undefined)
                .map((check, index) => codeBuildAction(check.name, check.project, { ...check.options, runOrder: index + 2 })),
        ],
    };
}
function approvalStage(config) {
    const approval = config.approval;
    return {
        Name: 'Approve-Production',
        Actions: [
            {
                Name: 'Approve',
                ActionTypeId: { Category: 'Approval', Owner: 'AWS', Provider: 'Manual', Version: '1' },
                Configuration: {
                    NotificationArn: approval?.topicArn ?? ref(APPROVAL_TOPIC),
                    CustomData: approval?.comment ?? '',
                    ...(approval?.reviewUrl ? { ExternalEntityLink: approval.reviewUrl } : {}),
                },
                ...(approval?.timeoutMinutes ? { TimeoutInMinutes: approval.timeoutMinutes } : {}),
                RunOrder: 1,
            },
        ],
    };
}
function waveStage(config, stage) {
    const name = stage.parts > 1
        ? `Production-Wave-${stage.wave}-Part-${stage.part}-of-${stage.parts}`
        : `Production-Wave-${stage.wave}`;
    return {
        Name: name,
        // Every tenant of the stage at once: CodePipeline runs actions of equal RunOrder in parallel.
        Actions: stage.targets.map((target) => deployAction(config, `${target.tenant.id}-${target.region}`, tenantStack(target), { runOrder: 1 })),
        OnFailure: { Result: config.production.onFailure },
    };
}
/** Creates or updates one stack in its account, through that account's deploy role. */
function deployAction(config, name, stack, options) {
    return {
        Name: name,
        ActionTypeId: { Category: 'Deploy', Owner: 'AWS', Provider: 'CloudFormation', Version: '1' },
        Configuration: {
            ActionMode: 'CREATE_UPDATE',
            StackName: stack.stackName,
            TemplatePath: `${BUILD_ARTIFACT}::${config.template}`,
            TemplateConfiguration: `${BUILD_ARTIFACT}::${templateConfigPath(stack)}`,
            RoleArn: roleArn(stack.accountId, stack.cloudFormationRoleName),
            Capabilities: config.capabilities.join(','),
            ...(options.outputs ? { OutputFileName: 'outputs.json' } : {}),
        },
        InputArtifacts: artifacts(BUILD_ARTIFACT),
        ...(options.outputs ? { OutputArtifacts: artifacts(options.outputs) } : {}),
        RoleArn: roleArn(stack.accountId, stack.deployRoleName),
        ...(stack.region !== config.region ? { Region: stack.region } : {}),
        RunOrder: options.runOrder,
    };
}

;// CONCATENATED MODULE: ./src/pipeline/types.ts
/** CodePipeline stores a pipeline's artifacts under the first 20 characters of its name. */
function artifactPrefixOf(pipelineName) {
    return pipelineName.slice(0, 20);
}

;// CONCATENATED MODULE: ./src/pipeline/iam.ts





const PIPELINE_ROLE = 'PipelineRole';
/** IAM's limit on the size of one managed policy, counted without white space. */
const MAX_MANAGED_POLICY_CHARACTERS = 6_144;
/** IAM's default limit on managed policies attached to one role. */
const MAX_MANAGED_POLICIES_PER_ROLE = 10;
function serviceRole(service, description, statements) {
    return {
        Type: 'AWS::IAM::Role',
        Properties: {
            Description: description,
            AssumeRolePolicyDocument: policyDocument([
                {
                    Sid: 'TheServiceInThisAccountOnly',
                    Effect: 'Allow',
                    Principal: { Service: service },
                    Action: 'sts:AssumeRole',
                    Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
                },
            ]),
            Policies: [{ PolicyName: 'pipeline', PolicyDocument: policyDocument(statements) }],
        },
    };
}
function artifactStatements(config, regions, write) {
    const prefix = artifactPrefixOf(config.name);
    const stores = regions
        .map((region) => config.artifactStores[region])
        .filter((store) => store !== undefined);
    return [
        {
            Sid: write ? 'ReadWritePipelineArtifacts' : 'ReadPipelineArtifacts',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:GetObjectVersion', ...(write ? ['s3:PutObject'] : [])],
            Resource: stores.map((store) => sub(`arn:\${AWS::Partition}:s3:::${store.bucket}/${prefix}/*`)),
        },
        {
            Sid: 'FindTheArtifactBuckets',
            Effect: 'Allow',
            Action: ['s3:GetBucketLocation', 's3:GetBucketVersioning'],
            Resource: stores.map((store) => sub(`arn:\${AWS::Partition}:s3:::${store.bucket}`)),
        },
        {
            Sid: 'UseTheArtifactKeysThroughS3',
            Effect: 'Allow',
            Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
            Resource: stores.map((store) => store.keyArn),
            Condition: { StringLike: { 'kms:ViaService': 's3.*' } },
        },
    ];
}
function sourceStatements(source, forCodeBuild) {
    switch (source.kind) {
        case 'github': {
            // The connection ARN names its service: codeconnections, or codestar-connections for older ones.
            const service = source.connectionArn.split(':')[2];
            return [
                {
                    Sid: 'UseTheGitHubConnection',
                    Effect: 'Allow',
                    Action: `${service}:UseConnection`,
                    Resource: source.connectionArn,
                },
            ];
        }
        case 'codecommit': {
            const repository = sub(`arn:\${AWS::Partition}:codecommit:\${AWS::Region}:\${AWS::AccountId}:${source.repository}`);
            const actions = forCodeBuild
                ? ['codecommit:GitPull']
                : [
                    'codecommit:GetBranch',
                    'codecommit:GetCommit',
                    'codecommit:GetRepository',
                    'codecommit:UploadArchive',
                    'codecommit:GetUploadArchiveStatus',
                    'codecommit:CancelUploadArchive',
                ];
            return [{ Sid: 'ReadTheCodeCommitRepository', Effect: 'Allow', Action: actions, Resource: repository }];
        }
        case 's3':
            return forCodeBuild
                ? []
                : [
                    {
                        Sid: 'ReadTheSourceObject',
                        Effect: 'Allow',
                        Action: ['s3:GetObject', 's3:GetObjectVersion'],
                        Resource: sub(`arn:\${AWS::Partition}:s3:::${source.bucket}/${source.key}`),
                    },
                    {
                        Sid: 'ReadTheSourceBucketVersioning',
                        Effect: 'Allow',
                        Action: 's3:GetBucketVersioning',
                        Resource: sub(`arn:\${AWS::Partition}:s3:::${source.bucket}`),
                    },
                ];
    }
}
const projectArn = (project) => sub(`arn:\${AWS::Partition}:codebuild:\${AWS::Region}:\${AWS::AccountId}:project/${project.name}`);
/** The pipeline's own role: artifacts, source, builds and approval; the tenant roles come separately. */
function pipelineRole(config, regions, projects) {
    return serviceRole('codepipeline.amazonaws.com', `Runs the ${config.name} pipeline.`, [
        ...artifactStatements(config, regions, true),
        ...sourceStatements(config.source, false),
        {
            Sid: 'RunTheBuildProjects',
            Effect: 'Allow',
            Action: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'],
            Resource: projects.map(projectArn),
        },
        ...(config.approval
            ? [
                {
                    Sid: 'AnnounceApprovalRequests',
                    Effect: 'Allow',
                    Action: 'sns:Publish',
                    Resource: config.approval.topicArn ?? ref(APPROVAL_TOPIC),
                },
            ]
            : []),
    ]);
}
/** The role of every CodeBuild project: its own logs, the artifacts, and a clone of the source. */
function codeBuildRole(config, projects) {
    const logGroups = projects.flatMap((project) => {
        const group = `arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/codebuild/${project.name}`;
        return [sub(group), sub(`${group}:*`)];
    });
    return serviceRole('codebuild.amazonaws.com', `Runs the CodeBuild projects of the ${config.name} pipeline.`, [
        {
            Sid: 'WriteBuildLogs',
            Effect: 'Allow',
            Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: logGroups,
        },
        {
            // A buildspec's `reports:` section makes the report group <project>-<report name> on first use.
            Sid: 'WriteTestReports',
            Effect: 'Allow',
            Action: [
                'codebuild:CreateReportGroup',
                'codebuild:CreateReport',
                'codebuild:UpdateReport',
                'codebuild:BatchPutTestCases',
            ],
            Resource: projects.map((project) => sub(`arn:\${AWS::Partition}:codebuild:\${AWS::Region}:\${AWS::AccountId}:report-group/${project.name}-*`)),
        },
        ...artifactStatements(config, [config.region], true),
        ...sourceStatements(config.source, true),
        ...gateStatements(config),
    ]);
}
/**
 * What the post-deploy gates call. Environments whose gates assume a role need only AssumeRole on it,
 * in each account their resources are in; the others call Lambda and Inspector as this role.
 */
function gateStatements(config) {
    const gates = config.environments.flatMap((environment) => (environment.gates ? [environment.gates] : []));
    const direct = gates.filter((gate) => !gate.roleName);
    const functions = direct.flatMap((gate) => gate.lambdaReady);
    const roles = [...new Set(gates.flatMap(gateRoleKeys))].sort().map((key) => {
        const [accountId = '', roleName = ''] = key.split('/');
        return roleArn(accountId, roleName);
    });
    const statements = [];
    if (functions.length > 0) {
        statements.push({
            Sid: 'ReadTheGatedFunctionStates',
            Effect: 'Allow',
            Action: 'lambda:GetFunctionConfiguration',
            Resource: [...new Set(functions)],
        });
    }
    if (direct.some((gate) => gate.inspector)) {
        statements.push({
            // ListFindings has no resource-level permissions: IAM accepts only "*" for it. It reads findings only.
            Sid: 'ListInspectorFindings',
            Effect: 'Allow',
            Action: 'inspector2:ListFindings',
            Resource: '*',
        });
    }
    if (roles.length > 0) {
        statements.push({
            Sid: 'AssumeTheGateRoles',
            Effect: 'Allow',
            Action: 'sts:AssumeRole',
            Resource: roles,
        });
    }
    return statements;
}
/** `account/role` of the gate's role in every account its resources are in. */
function gateRoleKeys(gate) {
    if (!gate.roleName)
        return [];
    const locations = [
        ...gate.lambdaReady.map((arn) => (0,resources/* parseFunctionRef */.r$)(arn, 'lambdaReady')),
        ...(gate.inspector?.resources ?? []).map((resource) => (0,resources/* parseInspectedResource */.$L)(resource, 'inspector')),
    ];
    return locations.map((location) => `${location.accountId}/${gate.roleName}`);
}
function deployRoles(stacks) {
    const unique = new Map(stacks.map((stack) => [`${stack.accountId}/${stack.deployRoleName}`, stack]));
    return [...unique.values()]
        .map(({ accountId, deployRoleName }) => ({ accountId, deployRoleName }))
        .sort((a, b) => `${a.accountId}/${a.deployRoleName}`.localeCompare(`${b.accountId}/${b.deployRoleName}`));
}
/**
 * Managed policies that let the pipeline role assume exactly the given deploy roles and no other:
 * generated from the manifest, never kept by hand. Split so that each stays under IAM's size limit.
 */
function assumeDeployRolePolicies(roles, pipelineName) {
    const chunks = chunkBySize(roles, MAX_MANAGED_POLICY_CHARACTERS - 300);
    if (chunks.length > MAX_MANAGED_POLICIES_PER_ROLE) {
        throw new errors/* InputError */.d([
            `${roles.length} deploy roles need ${chunks.length} IAM policies, more than the ${MAX_MANAGED_POLICIES_PER_ROLE} a role may have: split the tenants over several pipelines`,
        ]);
    }
    return Object.fromEntries(chunks.map((chunk, index) => [
        `AssumeDeployRolesPolicy${index + 1}`,
        {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
                Description: `${pipelineName}: assume the deploy roles of the tenants and environments (${index + 1} of ${chunks.length}).`,
                Roles: [ref(PIPELINE_ROLE)],
                PolicyDocument: policyDocument([
                    {
                        Sid: 'AssumeTheDeployRoles',
                        Effect: 'Allow',
                        Action: 'sts:AssumeRole',
                        Resource: chunk.map((role) => roleArn(role.accountId, role.deployRoleName)),
                    },
                ]),
            },
        },
    ]));
}
/** The ARN as IAM stores it, in the longest partition name, quoted and comma-separated. */
function arnCharacters(role) {
    return `"arn:aws-us-gov:iam::${role.accountId}:role/${role.deployRoleName}",`.length;
}
function chunkBySize(roles, maxCharacters) {
    const chunks = [];
    let size = maxCharacters;
    for (const role of roles) {
        if (size + arnCharacters(role) > maxCharacters) {
            chunks.push([]);
            size = 0;
        }
        chunks.at(-1)?.push(role);
        size += arnCharacters(role);
    }
    return chunks;
}

;// CONCATENATED MODULE: ./src/pipeline/targets.ts


/** CodePipeline's limit on stages per pipeline. */
const MAX_STAGES = 50;
/**
 * Every enabled tenant of the manifest, in waves, checked against what CodePipeline can do:
 * every problem found is reported together in one InputError. With the template at hand (in the
 * build), parameters it does not declare are left out and those it requires are checked.
 */
function pipelineTargets(manifest, config, template) {
    const plan = (0,deploy_targets/* planDeployment */.HN)({
        manifest,
        template,
        app: config.app,
        stackNamePattern: config.stackName,
        stackNameOrigin: `${config.file} stackName "${config.stackName}"`,
        tenantIds: [],
        waves: [],
    });
    const targets = plan.waves.flatMap((wave) => wave.targets);
    const problems = [
        ...externalIdProblems(manifest, targets),
        ...regionProblems(manifest, config, targets),
        ...config.environments.flatMap((environment, index) => environmentParameterProblems(config, environment, index, template)),
    ];
    if (problems.length > 0)
        throw new errors/* InputError */.d(problems);
    const waveStages = plan.waves.flatMap(({ wave, targets: waveTargets }) => splitWave(wave, waveTargets, config.production.maxActionsPerStage));
    checkStageCount(config, waveStages);
    const environments = config.environments.map((environment) => ({
        ...environment,
        parameters: (0,deploy_targets/* declaredOnly */.l6)(template, environment.parameters),
    }));
    return { environments, waveStages };
}
function environmentParameterProblems(config, environment, index, template) {
    if (template?.kind !== 'body')
        return [];
    return template.parameters
        .filter((parameter) => !parameter.hasDefault && !(parameter.name in environment.parameters))
        .map((parameter) => `${config.file}:${config.lineOf(['environments', index])}: environments[${index}] ("${environment.name}") sets no value for parameter "${parameter.name}", which ${template.file} requires (it has no Default)`);
}
/** CodePipeline assumes an action's role without an ExternalId, so such a role can never be assumed. */
function externalIdProblems(manifest, targets) {
    const tenants = new Set(targets.filter((target) => target.tenant.externalId).map((target) => target.tenant));
    return [...tenants].map((tenant) => `${manifest.file}:${manifest.lineOf(['tenants', tenant.index, 'externalId'])}: tenants[${tenant.index}] "${tenant.id}" has an externalId, but CodePipeline cannot pass one when it assumes an action role: deploy without ExternalId in its trust policy (tenant-bootstrap.yaml ExternalId ''), or deploy this tenant with \`rampart deploy\``);
}
function regionProblems(manifest, config, targets) {
    const missing = targets.filter((target) => !(target.region in config.artifactStores));
    return [...new Set(missing.map((target) => target.tenant))].map((tenant) => {
        const regions = missing.filter((target) => target.tenant === tenant).map((target) => target.region);
        return `${manifest.file}:${manifest.lineOf(['tenants', tenant.index])}: tenants[${tenant.index}] "${tenant.id}" deploys to ${regions.join(', ')}, which ${config.file} artifactStores does not list: CodePipeline needs an artifact bucket and key in every region it deploys to (deploy tooling-account.yaml there and add it)`;
    });
}
function splitWave(wave, targets, maxActionsPerStage) {
    const parts = Math.ceil(targets.length / maxActionsPerStage);
    return Array.from({ length: parts }, (_, index) => ({
        wave,
        part: index + 1,
        parts,
        targets: targets.slice(index * maxActionsPerStage, (index + 1) * maxActionsPerStage),
    }));
}
function checkStageCount(config, waveStages) {
    // Source, build, one per environment, the approval, and the production stages.
    const stages = 2 + config.environments.length + (config.approval ? 1 : 0) + waveStages.length;
    if (stages > MAX_STAGES) {
        throw new errors/* InputError */.d([
            `${config.file}: the pipeline would have ${stages} stages, more than the ${MAX_STAGES} CodePipeline allows: use fewer waves, or split the tenants over several pipelines`,
        ]);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/synthesize.ts







const PIPELINE = 'Pipeline';
/** One CloudFormation template holding the whole pipeline, generated from the manifest and pipeline.yml. */
function synthesizePipeline(input) {
    const { manifest, config } = input;
    const targets = pipelineTargets(manifest, config);
    const projects = pipelineProjects(input);
    const projectList = allProjects(projects);
    const stages = pipelineStages(config, targets, projects);
    const stacks = stackDeployments(targets);
    const regions = [...new Set([config.region, ...stacks.map((stack) => stack.region)])];
    const roles = deployRoles(stacks);
    const tenantCount = new Set(targets.waveStages.flatMap((stage) => stage.targets.map((target) => target.tenant.id))).size;
    const assumeRolePolicies = assumeDeployRolePolicies(roles, config.name);
    const resources = {
        [PIPELINE_ROLE]: pipelineRole(config, regions, projectList),
        ...assumeRolePolicies,
        [CODEBUILD_ROLE]: codeBuildRole(config, projectList),
        ...Object.fromEntries(projectList.map((project) => [project.logicalId, project.resource])),
        ...approvalTopic(config),
        ...sourceChangeRule(config),
        [PIPELINE]: {
            Type: 'AWS::CodePipeline::Pipeline',
            // The pipeline may only start once it can assume every deploy role.
            DependsOn: Object.keys(assumeRolePolicies),
            Properties: {
                Name: config.name,
                PipelineType: 'V2',
                // Each release passes every wave in order; a newer one waits instead of overtaking it.
                ExecutionMode: 'QUEUED',
                RoleArn: getAtt(PIPELINE_ROLE, 'Arn'),
                ...artifactStores(config, regions),
                Stages: stages,
                ...(config.source.kind === 'github' ? { Triggers: [gitHubTrigger(config.source)] } : {}),
            },
        },
    };
    return {
        template: {
            AWSTemplateFormatVersion: '2010-09-09',
            Description: `Rampart pipeline ${config.name}: ${tenantCount} tenant(s) in ${targets.waveStages.length} production stage(s). Generated by rampart pipeline synth from ${input.manifestPath} and ${input.configPath}: edit those and generate again.`,
            Rules: {
                DeployInTheConfiguredRegion: {
                    Assertions: [
                        {
                            Assert: { 'Fn::Equals': [ref('AWS::Region'), config.region] },
                            AssertDescription: `${config.file} says the pipeline lives in ${config.region}: deploy this template there`,
                        },
                    ],
                },
            },
            Resources: resources,
            Outputs: outputs(config),
        },
        stages: stages.length,
        tenants: tenantCount,
        deployRoles: roles.length,
    };
}
/** One store in the pipeline's region; a map of stores once an action runs in another region. */
function artifactStores(config, regions) {
    const store = (region) => {
        const location = config.artifactStores[region];
        return {
            Type: 'S3',
            Location: location?.bucket ?? '',
            EncryptionKey: { Id: location?.keyArn ?? '', Type: 'KMS' },
        };
    };
    if (regions.length === 1)
        return { ArtifactStore: store(config.region) };
    return { ArtifactStores: regions.map((region) => ({ Region: region, ArtifactStore: store(region) })) };
}
function gitHubTrigger(source) {
    return {
        ProviderType: 'CodeStarSourceConnection',
        GitConfiguration: {
            SourceActionName: SOURCE_ACTION,
            Push: [{ Branches: { Includes: [source.branch] } }],
        },
    };
}
function approvalTopic(config) {
    if (!config.approval || config.approval.topicArn)
        return {};
    return {
        [APPROVAL_TOPIC]: {
            Type: 'AWS::SNS::Topic',
            Properties: {
                DisplayName: `${config.name} approvals`,
                KmsMasterKeyId: 'alias/aws/sns',
                ...(config.approval.notify.length > 0
                    ? { Subscription: config.approval.notify.map((Endpoint) => ({ Endpoint, Protocol: 'email' })) }
                    : {}),
            },
        },
    };
}
const pipelineArn = (config) => sub(`arn:\${AWS::Partition}:codepipeline:\${AWS::Region}:\${AWS::AccountId}:${config.name}`);
/** CodeCommit and S3 sources start the pipeline through EventBridge, not by polling. */
function sourceChangeRule(config) {
    const pattern = sourceEventPattern(config.source);
    if (!pattern)
        return {};
    return {
        SourceChangeRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
                Description: `Starts the ${config.name} pipeline when its source changes.`,
                AssumeRolePolicyDocument: policyDocument([
                    {
                        Sid: 'EventBridgeInThisAccountOnly',
                        Effect: 'Allow',
                        Principal: { Service: 'events.amazonaws.com' },
                        Action: 'sts:AssumeRole',
                        Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
                    },
                ]),
                Policies: [
                    {
                        PolicyName: 'start-pipeline',
                        PolicyDocument: policyDocument([
                            {
                                Sid: 'StartThePipeline',
                                Effect: 'Allow',
                                Action: 'codepipeline:StartPipelineExecution',
                                Resource: pipelineArn(config),
                            },
                        ]),
                    },
                ],
            },
        },
        SourceChangeRule: {
            Type: 'AWS::Events::Rule',
            Properties: {
                Description: `Starts the ${config.name} pipeline when its source changes.`,
                EventPattern: pattern,
                Targets: [{ Id: 'pipeline', Arn: pipelineArn(config), RoleArn: getAtt('SourceChangeRole', 'Arn') }],
            },
        },
    };
}
function sourceEventPattern(source) {
    switch (source.kind) {
        case 'github':
            return undefined;
        case 'codecommit':
            return {
                source: ['aws.codecommit'],
                'detail-type': ['CodeCommit Repository State Change'],
                resources: [
                    sub(`arn:\${AWS::Partition}:codecommit:\${AWS::Region}:\${AWS::AccountId}:${source.repository}`),
                ],
                detail: {
                    event: ['referenceCreated', 'referenceUpdated'],
                    referenceType: ['branch'],
                    referenceName: [source.branch],
                },
            };
        case 's3':
            // The bucket must send its events to EventBridge (its EventBridge notification setting).
            return {
                source: ['aws.s3'],
                'detail-type': ['Object Created'],
                detail: { bucket: { name: [source.bucket] }, object: { key: [source.key] } },
            };
    }
}
function outputs(config) {
    return {
        PipelineName: { Description: 'The pipeline.', Value: ref(PIPELINE) },
        PipelineRoleArn: { Description: 'The role the pipeline runs as.', Value: getAtt(PIPELINE_ROLE, 'Arn') },
        ArtifactPrefix: {
            Description: 'Pass to tooling-account.yaml and tenant-bootstrap.yaml as ArtifactPrefix.',
            Value: artifactPrefixOf(config.name),
        },
        ...(config.approval && !config.approval.topicArn
            ? { ApprovalTopicArn: { Description: 'Approval requests go here.', Value: ref(APPROVAL_TOPIC) } }
            : {}),
    };
}

// EXTERNAL MODULE: ./src/cli/exit-codes.ts
var exit_codes = __webpack_require__(8551);
;// CONCATENATED MODULE: ./src/cli/commands/pipeline.ts









/** CloudFormation's limit for a template passed inline; larger ones go through S3. */
const MAX_INLINE_TEMPLATE_BYTES = 51_200;
const FILE_FLAGS = [
    {
        name: 'manifest',
        type: 'string',
        value: 'FILE',
        required: true,
        description: 'Tenant manifest (tenants.yml), inside the repository.',
    },
    {
        name: 'config',
        type: 'string',
        value: 'FILE',
        required: true,
        description: 'Pipeline config (pipeline.yml), inside the repository.',
    },
];
const pipeline_files = (values) => ({ manifest: String(values.manifest), config: String(values.config) });
const pipelineSynthCommand = {
    name: 'pipeline synth',
    summary: 'Generate a CloudFormation template with a CodePipeline that builds, gates and deploys to every environment and tenant wave. Run it from the repository root.',
    flags: [
        ...FILE_FLAGS,
        {
            name: 'out',
            type: 'string',
            value: 'FILE',
            required: true,
            description: 'Where to write the template (JSON).',
        },
    ],
    async run(values) {
        const loaded = await loadPipelineFiles(pipeline_files(values), process.cwd());
        const result = synthesizePipeline({ ...loaded, buildspecs: await loadBuildspecs() });
        const out = String(values.out);
        await (0,files/* writeJsonAtomically */.ti)(out, result.template);
        const size = Buffer.byteLength(`${JSON.stringify(result.template, null, 2)}\n`);
        const { config } = loaded;
        process.stdout.write([
            `wrote ${out}: pipeline ${config.name} with ${result.stages} stages, ${result.tenants} tenant(s), ${result.deployRoles} deploy role(s)`,
            `artifact prefix: ${artifactPrefixOf(config.name)} (the ArtifactPrefix of tooling-account.yaml and tenant-bootstrap.yaml)`,
            ...(size > MAX_INLINE_TEMPLATE_BYTES
                ? [
                    `the template is ${size} bytes, over CloudFormation's ${MAX_INLINE_TEMPLATE_BYTES} inline: deploy it with aws cloudformation deploy --s3-bucket BUCKET`,
                ]
                : []),
        ].join('\n') + '\n');
        return exit_codes/* ExitCode */.y.Success;
    },
};
const pipelineTemplateConfigsCommand = {
    name: 'pipeline template-configs',
    summary: "Write each stack's template configuration (parameters and tags from the manifest and pipeline.yml) for the pipeline's deploy actions. The generated build runs this; run it locally to see what a stack gets.",
    flags: [
        ...FILE_FLAGS,
        {
            name: 'out',
            type: 'string',
            value: 'DIR',
            default: TEMPLATE_CONFIG_DIR,
            description: 'Folder to write to; the deploy actions read the default one.',
        },
    ],
    async run(values) {
        const loaded = await loadPipelineFiles(pipeline_files(values), process.cwd());
        const template = await loadBuiltTemplate(loaded.config.template);
        const configurations = templateConfigurationFiles(pipelineTargets(loaded.manifest, loaded.config, template));
        const out = String(values.out);
        await (0,promises_.mkdir)(out, { recursive: true });
        for (const [name, configuration] of configurations) {
            await (0,promises_.writeFile)((0,external_node_path_.join)(out, name), `${JSON.stringify(configuration, null, 2)}\n`);
        }
        process.stdout.write(`wrote ${configurations.size} template configuration(s) to ${out}\n`);
        return exit_codes/* ExitCode */.y.Success;
    },
};


/***/ }),

/***/ 2713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $L: () => (/* binding */ parseInspectedResource),
/* harmony export */   Dr: () => (/* binding */ inspectedResourceIn),
/* harmony export */   F1: () => (/* binding */ functionArnIn),
/* harmony export */   Sn: () => (/* binding */ parseTogether),
/* harmony export */   r$: () => (/* binding */ parseFunctionRef)
/* harmony export */ });
/* harmony import */ var _aws_arn__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1626);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * The resources the post-deploy gates look at, parsed from what users write: Lambda function names
 * and ARNs, ECR image ARNs and URIs. Region and account come from the ARN or URI, so that one gate
 * can check resources in several regions and accounts.
 */


const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const FUNCTION_NAME = '[A-Za-z0-9_-]{1,64}';
const QUALIFIER = '\\$LATEST(?:\\.PUBLISHED)?|[A-Za-z0-9_-]{1,128}';
/** ECR repository names: lowercase path components separated by `/`. */
const REPOSITORY = '[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*';
const DIGEST = 'sha256:[a-f0-9]{64}';
const FUNCTION_ARN = new RegExp(`^(arn:aws[a-z-]*:lambda:(${REGION}):(\\d{12}):function:(${FUNCTION_NAME}))(?::(${QUALIFIER}))?$`);
const QUALIFIED_NAME = new RegExp(`^(${FUNCTION_NAME})(?::(${QUALIFIER}))?$`);
const IMAGE_ARN = new RegExp(`^arn:aws[a-z-]*:ecr:(${REGION}):(\\d{12}):repository/(${REPOSITORY})/(${DIGEST})$`);
const IMAGE_URI = new RegExp(`^(\\d{12})\\.dkr\\.ecr(?:-fips)?\\.(${REGION})\\.amazonaws\\.com(?:\\.cn)?/(${REPOSITORY})(?:@(${DIGEST})|:([\\w][\\w.-]{0,127}))$`);
const FUNCTION_FORMS = 'a Lambda function name or ARN, optionally with :version or :alias (e.g. orders-api, orders-api:live, arn:aws:lambda:eu-west-1:123456789012:function:orders-api)';
const RESOURCE_FORMS = 'a Lambda function ARN, an ECR image ARN (arn:aws:ecr:REGION:ACCOUNT:repository/NAME/sha256:DIGEST) or an ECR image URI (ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME@sha256:DIGEST or …/NAME:TAG)';
/**
 * A function for GetFunctionConfiguration. A name without an ARN is looked up in `defaultRegion`.
 * `origin` names where the text came from, e.g. `--function`, for the InputError.
 */
function parseFunctionRef(text, origin, defaultRegion) {
    const arn = FUNCTION_ARN.exec(text);
    if (arn) {
        const [, unqualified, region, accountId, name, qualifier] = arn;
        return { label: text, functionName: unqualified, name, qualifier, region, accountId };
    }
    const named = QUALIFIED_NAME.exec(text);
    if (!named)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${origin} "${text}" is not ${FUNCTION_FORMS}`]);
    if (!defaultRegion) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([
            `${origin} "${text}" is a name without a region: give its ARN, or the region (--region or AWS_REGION)`,
        ]);
    }
    const [, name, qualifier] = named;
    return { label: text, functionName: name, name, qualifier, region: defaultRegion };
}
/** A resource Amazon Inspector scans: a Lambda function, or a container image in ECR. */
function parseInspectedResource(text, origin) {
    const lambda = FUNCTION_ARN.exec(text);
    if (lambda) {
        const [, , region, accountId, name] = lambda;
        return { kind: 'lambda-function', label: text, region, accountId, name };
    }
    const imageArn = IMAGE_ARN.exec(text);
    if (imageArn) {
        const [, region, accountId, repository, digest] = imageArn;
        return { kind: 'ecr-image', label: text, region, accountId, repository, image: { digest } };
    }
    const uri = IMAGE_URI.exec(text);
    if (uri) {
        const [, accountId, region, repository, digest, tag] = uri;
        return {
            kind: 'ecr-image',
            label: text,
            region: region,
            accountId: accountId,
            repository: repository,
            image: digest ? { digest } : { tag: tag },
        };
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d([`${origin} "${text}" is not ${RESOURCE_FORMS}`]);
}
/**
 * A function as an ARN: a name is taken to be in `home` (the account and region a pipeline
 * environment deploys to); an ARN stays as it is. Throws InputError when it is neither.
 */
function functionArnIn(text, origin, home) {
    const ref = parseFunctionRef(text, origin, home.region);
    if (ref.accountId)
        return text;
    const arn = `arn:${(0,_aws_arn__WEBPACK_IMPORTED_MODULE_1__/* .partitionOf */ .i)(home.region)}:lambda:${home.region}:${home.accountId}:function:${ref.name}`;
    return ref.qualifier ? `${arn}:${ref.qualifier}` : arn;
}
/** A resource for the Inspector gate, names of functions taken to be in `home` as above. */
function inspectedResourceIn(text, origin, home) {
    if (QUALIFIED_NAME.test(text) || FUNCTION_ARN.test(text))
        return functionArnIn(text, origin, home);
    return parseInspectedResource(text, origin).label;
}
/** Runs each parse, collecting the problems of all into one InputError. */
function parseTogether(...parses) {
    const problems = [];
    const values = parses.map((parse) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d))
                throw error;
            problems.push(...error.problems);
            return undefined;
        }
    });
    if (problems.length > 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(problems);
    return values;
}


/***/ })

};
;