exports.id = 232;
exports.ids = [232];
exports.modules = {

/***/ 8232:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = __webpack_require__(2658);
const { Command: $Command } = __webpack_require__(2658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(7291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(2085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(3422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(3609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(6890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(7523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(2430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(1279);
const { AwsJson1_1Protocol } = __webpack_require__(7288);
const { Sha256 } = __webpack_require__(9542);

const defaultCodePipelineHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "codepipeline",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultCodePipelineHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "codepipeline",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1137.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://codepipeline-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://codepipeline-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://codepipeline.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://codepipeline.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class CodePipelineServiceException extends ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, CodePipelineServiceException.prototype);
    }
}

class InvalidNonceException extends CodePipelineServiceException {
    name = "InvalidNonceException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidNonceException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNonceException.prototype);
    }
}
class JobNotFoundException extends CodePipelineServiceException {
    name = "JobNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "JobNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, JobNotFoundException.prototype);
    }
}
class ValidationException extends CodePipelineServiceException {
    name = "ValidationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ValidationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ValidationException.prototype);
    }
}
class InvalidClientTokenException extends CodePipelineServiceException {
    name = "InvalidClientTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidClientTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidClientTokenException.prototype);
    }
}
class ActionExecutionNotFoundException extends CodePipelineServiceException {
    name = "ActionExecutionNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ActionExecutionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ActionExecutionNotFoundException.prototype);
    }
}
class ActionNotFoundException extends CodePipelineServiceException {
    name = "ActionNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ActionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ActionNotFoundException.prototype);
    }
}
class ActionTypeNotFoundException extends CodePipelineServiceException {
    name = "ActionTypeNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ActionTypeNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ActionTypeNotFoundException.prototype);
    }
}
class ApprovalAlreadyCompletedException extends CodePipelineServiceException {
    name = "ApprovalAlreadyCompletedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ApprovalAlreadyCompletedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ApprovalAlreadyCompletedException.prototype);
    }
}
class ConcurrentModificationException extends CodePipelineServiceException {
    name = "ConcurrentModificationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
    }
}
class InvalidTagsException extends CodePipelineServiceException {
    name = "InvalidTagsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidTagsException.prototype);
    }
}
class LimitExceededException extends CodePipelineServiceException {
    name = "LimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
    }
}
class TooManyTagsException extends CodePipelineServiceException {
    name = "TooManyTagsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "TooManyTagsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyTagsException.prototype);
    }
}
class InvalidActionDeclarationException extends CodePipelineServiceException {
    name = "InvalidActionDeclarationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidActionDeclarationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidActionDeclarationException.prototype);
    }
}
class InvalidBlockerDeclarationException extends CodePipelineServiceException {
    name = "InvalidBlockerDeclarationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidBlockerDeclarationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidBlockerDeclarationException.prototype);
    }
}
class InvalidStageDeclarationException extends CodePipelineServiceException {
    name = "InvalidStageDeclarationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidStageDeclarationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidStageDeclarationException.prototype);
    }
}
class InvalidStructureException extends CodePipelineServiceException {
    name = "InvalidStructureException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidStructureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidStructureException.prototype);
    }
}
class PipelineNameInUseException extends CodePipelineServiceException {
    name = "PipelineNameInUseException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineNameInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineNameInUseException.prototype);
    }
}
class WebhookNotFoundException extends CodePipelineServiceException {
    name = "WebhookNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "WebhookNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, WebhookNotFoundException.prototype);
    }
}
class PipelineNotFoundException extends CodePipelineServiceException {
    name = "PipelineNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineNotFoundException.prototype);
    }
}
class StageNotFoundException extends CodePipelineServiceException {
    name = "StageNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StageNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StageNotFoundException.prototype);
    }
}
class PipelineVersionNotFoundException extends CodePipelineServiceException {
    name = "PipelineVersionNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineVersionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineVersionNotFoundException.prototype);
    }
}
class PipelineExecutionNotFoundException extends CodePipelineServiceException {
    name = "PipelineExecutionNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineExecutionNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineExecutionNotFoundException.prototype);
    }
}
class InvalidJobException extends CodePipelineServiceException {
    name = "InvalidJobException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidJobException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidJobException.prototype);
    }
}
class InvalidNextTokenException extends CodePipelineServiceException {
    name = "InvalidNextTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidNextTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidNextTokenException.prototype);
    }
}
class InvalidArnException extends CodePipelineServiceException {
    name = "InvalidArnException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidArnException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidArnException.prototype);
    }
}
class ResourceNotFoundException extends CodePipelineServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    }
}
class ConcurrentPipelineExecutionsLimitExceededException extends CodePipelineServiceException {
    name = "ConcurrentPipelineExecutionsLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConcurrentPipelineExecutionsLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentPipelineExecutionsLimitExceededException.prototype);
    }
}
class ConditionNotOverridableException extends CodePipelineServiceException {
    name = "ConditionNotOverridableException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConditionNotOverridableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConditionNotOverridableException.prototype);
    }
}
class ConflictException extends CodePipelineServiceException {
    name = "ConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
    }
}
class NotLatestPipelineExecutionException extends CodePipelineServiceException {
    name = "NotLatestPipelineExecutionException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NotLatestPipelineExecutionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NotLatestPipelineExecutionException.prototype);
    }
}
class InvalidApprovalTokenException extends CodePipelineServiceException {
    name = "InvalidApprovalTokenException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidApprovalTokenException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidApprovalTokenException.prototype);
    }
}
class InvalidJobStateException extends CodePipelineServiceException {
    name = "InvalidJobStateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidJobStateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidJobStateException.prototype);
    }
}
class OutputVariablesSizeExceededException extends CodePipelineServiceException {
    name = "OutputVariablesSizeExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OutputVariablesSizeExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OutputVariablesSizeExceededException.prototype);
    }
}
class InvalidWebhookAuthenticationParametersException extends CodePipelineServiceException {
    name = "InvalidWebhookAuthenticationParametersException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidWebhookAuthenticationParametersException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidWebhookAuthenticationParametersException.prototype);
    }
}
class InvalidWebhookFilterPatternException extends CodePipelineServiceException {
    name = "InvalidWebhookFilterPatternException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidWebhookFilterPatternException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidWebhookFilterPatternException.prototype);
    }
}
class StageNotRetryableException extends CodePipelineServiceException {
    name = "StageNotRetryableException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "StageNotRetryableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, StageNotRetryableException.prototype);
    }
}
class PipelineExecutionOutdatedException extends CodePipelineServiceException {
    name = "PipelineExecutionOutdatedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineExecutionOutdatedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineExecutionOutdatedException.prototype);
    }
}
class UnableToRollbackStageException extends CodePipelineServiceException {
    name = "UnableToRollbackStageException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnableToRollbackStageException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnableToRollbackStageException.prototype);
    }
}
class DuplicatedStopRequestException extends CodePipelineServiceException {
    name = "DuplicatedStopRequestException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DuplicatedStopRequestException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicatedStopRequestException.prototype);
    }
}
class PipelineExecutionNotStoppableException extends CodePipelineServiceException {
    name = "PipelineExecutionNotStoppableException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PipelineExecutionNotStoppableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PipelineExecutionNotStoppableException.prototype);
    }
}
class RequestFailedException extends CodePipelineServiceException {
    name = "RequestFailedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RequestFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RequestFailedException.prototype);
    }
}

const _A = "Artifact";
const _AACE = "ApprovalAlreadyCompletedException";
const _AC = "ActionConfiguration";
const _ACP = "ActionConfigurationProperty";
const _ACPL = "ActionConfigurationPropertyList";
const _ACc = "ActionContext";
const _AD = "ActionDeclaration";
const _ADL = "ArtifactDetailList";
const _ADr = "ArtifactDetail";
const _ADrt = "ArtifactDetails";
const _AE = "ActionExecution";
const _AED = "ActionExecutionDetail";
const _AEDL = "ActionExecutionDetailList";
const _AEF = "ActionExecutionFilter";
const _AEI = "ActionExecutionInput";
const _AENFE = "ActionExecutionNotFoundException";
const _AEO = "ActionExecutionOutput";
const _AER = "ActionExecutionResult";
const _AIPR = "AllowedIPRange";
const _AJ = "AcknowledgeJob";
const _AJI = "AcknowledgeJobInput";
const _AJO = "AcknowledgeJobOutput";
const _AKI = "AccessKeyId";
const _AL = "ArtifactLocation";
const _ALr = "ArtifactList";
const _ANFE = "ActionNotFoundException";
const _AR = "ActionRevision";
const _ARL = "ArtifactRevisionList";
const _ARp = "ApprovalResult";
const _ARr = "ArtifactRevision";
const _AS = "ActionState";
const _ASL = "ActionStateList";
const _ASM = "ArtifactStoreMap";
const _ASr = "ArtifactStore";
const _AT = "ActionType";
const _ATAD = "ActionTypeArtifactDetails";
const _ATD = "ActionTypeDeclaration";
const _ATE = "ActionTypeExecutor";
const _ATI = "ActionTypeId";
const _ATIc = "ActionTypeIdentifier";
const _ATL = "ActionTypeList";
const _ATNFE = "ActionTypeNotFoundException";
const _ATP = "ActionTypePermissions";
const _ATPJ = "AcknowledgeThirdPartyJob";
const _ATPJI = "AcknowledgeThirdPartyJobInput";
const _ATPJO = "AcknowledgeThirdPartyJobOutput";
const _ATPc = "ActionTypeProperty";
const _ATPct = "ActionTypeProperties";
const _ATS = "ActionTypeSettings";
const _ATU = "ActionTypeUrls";
const _AWSSC = "AWSSessionCredentials";
const _BD = "BlockerDeclaration";
const _BEC = "BeforeEntryConditions";
const _C = "Condition";
const _CCAT = "CreateCustomActionType";
const _CCATI = "CreateCustomActionTypeInput";
const _CCATO = "CreateCustomActionTypeOutput";
const _CE = "ConflictException";
const _CEo = "ConditionExecution";
const _CL = "ConditionList";
const _CME = "ConcurrentModificationException";
const _CNOE = "ConditionNotOverridableException";
const _CP = "CreatePipeline";
const _CPELEE = "ConcurrentPipelineExecutionsLimitExceededException";
const _CPI = "CreatePipelineInput";
const _CPO = "CreatePipelineOutput";
const _CR = "CurrentRevision";
const _CS = "ConditionState";
const _CSL = "ConditionStateList";
const _DAET = "DeployActionExecutionTarget";
const _DAETL = "DeployActionExecutionTargetList";
const _DCAT = "DeleteCustomActionType";
const _DCATI = "DeleteCustomActionTypeInput";
const _DP = "DeletePipeline";
const _DPI = "DeletePipelineInput";
const _DSRE = "DuplicatedStopRequestException";
const _DST = "DisableStageTransition";
const _DSTI = "DisableStageTransitionInput";
const _DTE = "DeployTargetEvent";
const _DTEC = "DeployTargetEventContext";
const _DTEL = "DeployTargetEventList";
const _DW = "DeleteWebhook";
const _DWI = "DeleteWebhookInput";
const _DWO = "DeleteWebhookOutput";
const _DWWTP = "DeregisterWebhookWithThirdParty";
const _DWWTPI = "DeregisterWebhookWithThirdPartyInput";
const _DWWTPO = "DeregisterWebhookWithThirdPartyOutput";
const _EC = "ExecutorConfiguration";
const _ED = "ErrorDetails";
const _EDx = "ExecutionDetails";
const _EK = "EncryptionKey";
const _EST = "EnableStageTransition";
const _ESTI = "EnableStageTransitionInput";
const _ET = "ExecutionTrigger";
const _EV = "EnvironmentVariable";
const _EVL = "EnvironmentVariableList";
const _FC = "FailureConditions";
const _FD = "FailureDetails";
const _GAT = "GetActionType";
const _GATI = "GetActionTypeInput";
const _GATO = "GetActionTypeOutput";
const _GBFC = "GitBranchFilterCriteria";
const _GC = "GitConfiguration";
const _GFPFC = "GitFilePathFilterCriteria";
const _GJD = "GetJobDetails";
const _GJDI = "GetJobDetailsInput";
const _GJDO = "GetJobDetailsOutput";
const _GP = "GetPipeline";
const _GPE = "GetPipelineExecution";
const _GPEI = "GetPipelineExecutionInput";
const _GPEO = "GetPipelineExecutionOutput";
const _GPF = "GitPushFilter";
const _GPFL = "GitPushFilterList";
const _GPI = "GetPipelineInput";
const _GPO = "GetPipelineOutput";
const _GPRF = "GitPullRequestFilter";
const _GPRFL = "GitPullRequestFilterList";
const _GPS = "GetPipelineState";
const _GPSI = "GetPipelineStateInput";
const _GPSO = "GetPipelineStateOutput";
const _GTFC = "GitTagFilterCriteria";
const _GTPJD = "GetThirdPartyJobDetails";
const _GTPJDI = "GetThirdPartyJobDetailsInput";
const _GTPJDO = "GetThirdPartyJobDetailsOutput";
const _IA = "InputArtifact";
const _IADE = "InvalidActionDeclarationException";
const _IAE = "InvalidArnException";
const _IAL = "InputArtifactList";
const _IATE = "InvalidApprovalTokenException";
const _IBDE = "InvalidBlockerDeclarationException";
const _ICTE = "InvalidClientTokenException";
const _IJE = "InvalidJobException";
const _IJSE = "InvalidJobStateException";
const _INE = "InvalidNonceException";
const _INTE = "InvalidNextTokenException";
const _ISDE = "InvalidStageDeclarationException";
const _ISE = "InvalidStructureException";
const _ITE = "InvalidTagsException";
const _IWAPE = "InvalidWebhookAuthenticationParametersException";
const _IWFPE = "InvalidWebhookFilterPatternException";
const _J = "Job";
const _JD = "JobData";
const _JDo = "JobDetails";
const _JL = "JobList";
const _JNFE = "JobNotFoundException";
const _JWEC = "JobWorkerExecutorConfiguration";
const _LAE = "ListActionExecutions";
const _LAEI = "ListActionExecutionsInput";
const _LAEO = "ListActionExecutionsOutput";
const _LAT = "ListActionTypes";
const _LATI = "ListActionTypesInput";
const _LATO = "ListActionTypesOutput";
const _LDAET = "ListDeployActionExecutionTargets";
const _LDAETI = "ListDeployActionExecutionTargetsInput";
const _LDAETO = "ListDeployActionExecutionTargetsOutput";
const _LEC = "LambdaExecutorConfiguration";
const _LEE = "LimitExceededException";
const _LIPEF = "LatestInPipelineExecutionFilter";
const _LP = "ListPipelines";
const _LPE = "ListPipelineExecutions";
const _LPEI = "ListPipelineExecutionsInput";
const _LPEO = "ListPipelineExecutionsOutput";
const _LPI = "ListPipelinesInput";
const _LPO = "ListPipelinesOutput";
const _LRE = "ListRuleExecutions";
const _LREI = "ListRuleExecutionsInput";
const _LREO = "ListRuleExecutionsOutput";
const _LRT = "ListRuleTypes";
const _LRTI = "ListRuleTypesInput";
const _LRTO = "ListRuleTypesOutput";
const _LTFR = "ListTagsForResource";
const _LTFRI = "ListTagsForResourceInput";
const _LTFRO = "ListTagsForResourceOutput";
const _LW = "ListWebhooks";
const _LWI = "ListWebhookItem";
const _LWIi = "ListWebhooksInput";
const _LWO = "ListWebhooksOutput";
const _MR = "MaxResults";
const _NLPEE = "NotLatestPipelineExecutionException";
const _NT = "NextToken";
const _OA = "OutputArtifact";
const _OAL = "OutputArtifactList";
const _OSC = "OverrideStageCondition";
const _OSCI = "OverrideStageConditionInput";
const _OVSEE = "OutputVariablesSizeExceededException";
const _PAR = "PutActionRevision";
const _PARI = "PutActionRevisionInput";
const _PARIu = "PutApprovalResultInput";
const _PARO = "PutActionRevisionOutput";
const _PAROu = "PutApprovalResultOutput";
const _PARu = "PutApprovalResult";
const _PC = "PipelineContext";
const _PD = "PipelineDeclaration";
const _PE = "PipelineExecution";
const _PEF = "PipelineExecutionFilter";
const _PENFE = "PipelineExecutionNotFoundException";
const _PENSE = "PipelineExecutionNotStoppableException";
const _PEOE = "PipelineExecutionOutdatedException";
const _PES = "PipelineExecutionSummary";
const _PESL = "PipelineExecutionSummaryList";
const _PFJ = "PollForJobs";
const _PFJI = "PollForJobsInput";
const _PFJO = "PollForJobsOutput";
const _PFTPJ = "PollForThirdPartyJobs";
const _PFTPJI = "PollForThirdPartyJobsInput";
const _PFTPJO = "PollForThirdPartyJobsOutput";
const _PJFR = "PutJobFailureResult";
const _PJFRI = "PutJobFailureResultInput";
const _PJSR = "PutJobSuccessResult";
const _PJSRI = "PutJobSuccessResultInput";
const _PL = "PipelineList";
const _PM = "PipelineMetadata";
const _PNFE = "PipelineNotFoundException";
const _PNIUE = "PipelineNameInUseException";
const _PRM = "PipelineRollbackMetadata";
const _PS = "PipelineSummary";
const _PSDL = "PipelineStageDeclarationList";
const _PTD = "PipelineTriggerDeclaration";
const _PTDL = "PipelineTriggerDeclarationList";
const _PTPJFR = "PutThirdPartyJobFailureResult";
const _PTPJFRI = "PutThirdPartyJobFailureResultInput";
const _PTPJSR = "PutThirdPartyJobSuccessResult";
const _PTPJSRI = "PutThirdPartyJobSuccessResultInput";
const _PV = "PipelineVariable";
const _PVD = "PipelineVariableDeclaration";
const _PVDL = "PipelineVariableDeclarationList";
const _PVL = "PipelineVariableList";
const _PVNFE = "PipelineVersionNotFoundException";
const _PW = "PutWebhook";
const _PWI = "PutWebhookInput";
const _PWO = "PutWebhookOutput";
const _RC = "RetryConfiguration";
const _RCP = "RuleConfigurationProperty";
const _RCPL = "RuleConfigurationPropertyList";
const _RD = "RuleDeclaration";
const _RDL = "RuleDeclarationList";
const _RE = "RuleExecution";
const _RED = "RuleExecutionDetail";
const _REDL = "RuleExecutionDetailList";
const _REF = "RuleExecutionFilter";
const _REI = "RuleExecutionInput";
const _REO = "RuleExecutionOutput";
const _RER = "RuleExecutionResult";
const _RFE = "RequestFailedException";
const _RNFE = "ResourceNotFoundException";
const _RPV = "ResolvedPipelineVariable";
const _RPVL = "ResolvedPipelineVariableList";
const _RR = "RuleRevision";
const _RS = "RuleState";
const _RSE = "RetryStageExecution";
const _RSEI = "RetryStageExecutionInput";
const _RSEO = "RetryStageExecutionOutput";
const _RSI = "RollbackStageInput";
const _RSL = "RuleStateList";
const _RSM = "RetryStageMetadata";
const _RSO = "RollbackStageOutput";
const _RSo = "RollbackStage";
const _RT = "RuleType";
const _RTI = "RuleTypeId";
const _RTL = "RuleTypeList";
const _RTS = "RuleTypeSettings";
const _RWWTP = "RegisterWebhookWithThirdParty";
const _RWWTPI = "RegisterWebhookWithThirdPartyInput";
const _RWWTPO = "RegisterWebhookWithThirdPartyOutput";
const _SADL = "StageActionDeclarationList";
const _SAK = "SecretAccessKey";
const _SAL = "S3ArtifactLocation";
const _SBDL = "StageBlockerDeclarationList";
const _SC = "StageContext";
const _SCE = "StageConditionsExecution";
const _SCS = "StageConditionState";
const _SCu = "SuccessConditions";
const _SD = "StageDeclaration";
const _SE = "StageExecution";
const _SEL = "StageExecutionList";
const _SET = "StopExecutionTrigger";
const _SISF = "SucceededInStageFilter";
const _SL = "S3Location";
const _SNFE = "StageNotFoundException";
const _SNRE = "StageNotRetryableException";
const _SPE = "StartPipelineExecution";
const _SPEI = "StartPipelineExecutionInput";
const _SPEIt = "StopPipelineExecutionInput";
const _SPEO = "StartPipelineExecutionOutput";
const _SPEOt = "StopPipelineExecutionOutput";
const _SPEt = "StopPipelineExecution";
const _SR = "SourceRevision";
const _SRL = "SourceRevisionList";
const _SRO = "SourceRevisionOverride";
const _SROL = "SourceRevisionOverrideList";
const _SS = "StageState";
const _SSL = "StageStateList";
const _ST = "SessionToken";
const _STe = "SecretToken";
const _T = "Tag";
const _TF = "TargetFilter";
const _TFL = "TargetFilterList";
const _TL = "TagList";
const _TMTE = "TooManyTagsException";
const _TPJ = "ThirdPartyJob";
const _TPJD = "ThirdPartyJobData";
const _TPJDh = "ThirdPartyJobDetails";
const _TPJL = "ThirdPartyJobList";
const _TR = "TagResource";
const _TRI = "TagResourceInput";
const _TRO = "TagResourceOutput";
const _TS = "TransitionState";
const _UAT = "UpdateActionType";
const _UATI = "UpdateActionTypeInput";
const _UP = "UpdatePipeline";
const _UPI = "UpdatePipelineInput";
const _UPO = "UpdatePipelineOutput";
const _UR = "UntagResource";
const _URI = "UntagResourceInput";
const _URO = "UntagResourceOutput";
const _UTRSE = "UnableToRollbackStageException";
const _VE = "ValidationException";
const _WAC = "WebhookAuthConfiguration";
const _WD = "WebhookDefinition";
const _WF = "WebhookFilters";
const _WFR = "WebhookFilterRule";
const _WL = "WebhookList";
const _WNFE = "WebhookNotFoundException";
const _a = "arn";
const _aA = "allowedAccounts";
const _aAp = "approvedAt";
const _aC = "actionConfiguration";
const _aCP = "actionConfigurationProperties";
const _aCr = "artifactCredentials";
const _aCu = "authenticationConfiguration";
const _aED = "actionExecutionDetails";
const _aEI = "actionExecutionId";
const _aI = "accountId";
const _aKI = "accessKeyId";
const _aN = "actionName";
const _aOF = "actionOwnerFilter";
const _aR = "artifactRevisions";
const _aRc = "actionRevision";
const _aS = "artifactStore";
const _aSRA = "autoStageRetryAttempt";
const _aSc = "actionStates";
const _aSr = "artifactStores";
const _aT = "actionType";
const _aTI = "actionTypeId";
const _aTc = "actionTypes";
const _ab = "abandon";
const _ac = "action";
const _act = "actions";
const _au = "authentication";
const _b = "branches";
const _bE = "beforeEntry";
const _bECS = "beforeEntryConditionState";
const _bN = "bucketName";
const _bl = "blockers";
const _bu = "bucket";
const _c = "client";
const _cI = "changeIdentifier";
const _cIl = "clientId";
const _cP = "configurationProperties";
const _cR = "currentRevision";
const _cRT = "clientRequestToken";
const _cS = "conditionStates";
const _cT = "clientToken";
const _cTo = "continuationToken";
const _cTon = "conditionType";
const _cU = "configurationUrl";
const _ca = "category";
const _co = "configuration";
const _cod = "code";
const _com = "commands";
const _con = "conditions";
const _cont = "context";
const _cr = "created";
const _d = "description";
const _dR = "disabledReason";
const _dV = "defaultValue";
const _da = "data";
const _de = "definition";
const _e = "error";
const _eC = "errorCode";
const _eD = "errorDetails";
const _eDx = "executionDetails";
const _eEI = "externalExecutionId";
const _eES = "externalExecutionSummary";
const _eEU = "externalExecutionUrl";
const _eK = "encryptionKey";
const _eM = "errorMessage";
const _eMx = "executionMode";
const _eR = "executionResult";
const _eT = "endTime";
const _eTx = "executionType";
const _eU = "entityUrl";
const _eUT = "entityUrlTemplate";
const _eUTx = "executionUrlTemplate";
const _eV = "environmentVariables";
const _en = "enabled";
const _ev = "events";
const _ex = "executor";
const _exc = "excludes";
const _f = "filter";
const _fD = "failureDetails";
const _fP = "filePaths";
const _fi = "filters";
const _fil = "files";
const _gC = "gitConfiguration";
const _hE = "httpError";
const _i = "input";
const _iA = "inputArtifacts";
const _iAD = "inputArtifactDetails";
const _iE = "inboundExecution";
const _iEn = "inboundExecutions";
const _iTS = "inboundTransitionState";
const _id = "id";
const _in = "includes";
const _j = "jobs";
const _jD = "jobDetails";
const _jI = "jobId";
const _jP = "jsonPath";
const _jT = "jobTimeout";
const _jWEC = "jobWorkerExecutorConfiguration";
const _k = "key";
const _l = "location";
const _lCA = "lastChangedAt";
const _lCB = "lastChangedBy";
const _lE = "latestExecution";
const _lEC = "lambdaExecutorConfiguration";
const _lFA = "lambdaFunctionArn";
const _lIPE = "latestInPipelineExecution";
const _lRT = "latestRetryTrigger";
const _lSARN = "logStreamARN";
const _lSC = "lastStatusChange";
const _lT = "lastTriggered";
const _lUB = "lastUpdatedBy";
const _lUT = "lastUpdateTime";
const _m = "message";
const _mBS = "maxBatchSize";
const _mC = "minimumCount";
const _mCa = "maximumCount";
const _mE = "matchEquals";
const _mR = "maxResults";
const _mSRA = "manualStageRetryAttempt";
const _me = "metadata";
const _n = "nonce";
const _nE = "noEcho";
const _nR = "newRevision";
const _nT = "nextToken";
const _na = "name";
const _nam = "namespace";
const _o = "output";
const _oA = "outputArtifacts";
const _oAD = "outputArtifactDetails";
const _oF = "onFailure";
const _oFCS = "onFailureConditionState";
const _oK = "objectKey";
const _oS = "onSuccess";
const _oSCS = "onSuccessConditionState";
const _oV = "outputVariables";
const _op = "optional";
const _ow = "owner";
const _p = "permissions";
const _pA = "pollingAccounts";
const _pAi = "pipelineArn";
const _pC = "percentComplete";
const _pCi = "pipelineContext";
const _pDA = "pollingDisabledAt";
const _pE = "pipelineExecution";
const _pEI = "pipelineExecutionId";
const _pES = "pipelineExecutionSummaries";
const _pN = "pipelineName";
const _pR = "pullRequest";
const _pSP = "pollingServicePrincipals";
const _pST = "policyStatementsTemplate";
const _pT = "pipelineType";
const _pTr = "providerType";
const _pV = "pipelineVersion";
const _pi = "pipeline";
const _pip = "pipelines";
const _pr = "properties";
const _pro = "provider";
const _pu = "push";
const _q = "queryable";
const _qP = "queryParam";
const _r = "required";
const _rA = "roleArn";
const _rAe = "resourceArn";
const _rC = "resolvedConfiguration";
const _rCI = "revisionChangeId";
const _rCIe = "revisionChangeIdentifier";
const _rCP = "ruleConfigurationProperties";
const _rCe = "retryConfiguration";
const _rED = "ruleExecutionDetails";
const _rEI = "ruleExecutionId";
const _rF = "regionFilter";
const _rI = "revisionId";
const _rM = "rollbackMetadata";
const _rMe = "retryMode";
const _rN = "ruleName";
const _rO = "runOrder";
const _rOF = "ruleOwnerFilter";
const _rS = "revisionSummary";
const _rSM = "retryStageMetadata";
const _rSu = "ruleStates";
const _rT = "ruleTypes";
const _rTI = "ruleTypeId";
const _rTPEI = "rollbackTargetPipelineExecutionId";
const _rTe = "revisionType";
const _rU = "revisionUrl";
const _rUT = "revisionUrlTemplate";
const _rV = "resolvedValue";
const _rVe = "revisionValue";
const _re = "region";
const _rea = "reason";
const _res = "result";
const _rev = "revision";
const _ru = "rules";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.codepipeline";
const _sAK = "secretAccessKey";
const _sAN = "sourceActionName";
const _sCI = "ssmCommandId";
const _sIS = "succeededInStage";
const _sL = "s3Location";
const _sN = "stageName";
const _sR = "sourceRevisions";
const _sS = "stageStates";
const _sSt = "statusSummary";
const _sT = "startTime";
const _sTR = "startTimeRange";
const _sTe = "sessionToken";
const _sTt = "stopTrigger";
const _se = "secret";
const _set = "settings";
const _sl = "s3location";
const _st = "status";
const _sta = "stage";
const _stag = "stages";
const _su = "summary";
const _t = "type";
const _tA = "targetAction";
const _tD = "triggerDetail";
const _tI = "targetId";
const _tIM = "timeoutInMinutes";
const _tK = "tagKeys";
const _tP = "targetPipeline";
const _tPCU = "thirdPartyConfigurationUrl";
const _tPEI = "targetPipelineExecutionId";
const _tT = "targetType";
const _tTr = "transitionType";
const _tTri = "triggerType";
const _ta = "tags";
const _tar = "targets";
const _to = "token";
const _tr = "triggers";
const _tri = "trigger";
const _u = "urls";
const _uB = "updatedBy";
const _up = "updated";
const _ur = "url";
const _v = "version";
const _va = "value";
const _val = "values";
const _var = "variables";
const _w = "webhooks";
const _wN = "webhookName";
const _we = "webhook";
const n0 = "com.amazonaws.codepipeline";
const _s_registry = new TypeRegistry(_s);
var CodePipelineServiceException$ = [-3, _s, "CodePipelineServiceException", 0, [], []];
_s_registry.registerError(CodePipelineServiceException$, CodePipelineServiceException);
const n0_registry = new TypeRegistry(n0);
var ActionExecutionNotFoundException$ = [-3, n0, _AENFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ActionExecutionNotFoundException$, ActionExecutionNotFoundException);
var ActionNotFoundException$ = [-3, n0, _ANFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ActionNotFoundException$, ActionNotFoundException);
var ActionTypeNotFoundException$ = [-3, n0, _ATNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ActionTypeNotFoundException$, ActionTypeNotFoundException);
var ApprovalAlreadyCompletedException$ = [-3, n0, _AACE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ApprovalAlreadyCompletedException$, ApprovalAlreadyCompletedException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConcurrentPipelineExecutionsLimitExceededException$ = [-3, n0, _CPELEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ConcurrentPipelineExecutionsLimitExceededException$, ConcurrentPipelineExecutionsLimitExceededException);
var ConditionNotOverridableException$ = [-3, n0, _CNOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ConditionNotOverridableException$, ConditionNotOverridableException);
var ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DuplicatedStopRequestException$ = [-3, n0, _DSRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(DuplicatedStopRequestException$, DuplicatedStopRequestException);
var InvalidActionDeclarationException$ = [-3, n0, _IADE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidActionDeclarationException$, InvalidActionDeclarationException);
var InvalidApprovalTokenException$ = [-3, n0, _IATE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidApprovalTokenException$, InvalidApprovalTokenException);
var InvalidArnException$ = [-3, n0, _IAE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidArnException$, InvalidArnException);
var InvalidBlockerDeclarationException$ = [-3, n0, _IBDE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidBlockerDeclarationException$, InvalidBlockerDeclarationException);
var InvalidClientTokenException$ = [-3, n0, _ICTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidClientTokenException$, InvalidClientTokenException);
var InvalidJobException$ = [-3, n0, _IJE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidJobException$, InvalidJobException);
var InvalidJobStateException$ = [-3, n0, _IJSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidJobStateException$, InvalidJobStateException);
var InvalidNextTokenException$ = [-3, n0, _INTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
var InvalidNonceException$ = [-3, n0, _INE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidNonceException$, InvalidNonceException);
var InvalidStageDeclarationException$ = [-3, n0, _ISDE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidStageDeclarationException$, InvalidStageDeclarationException);
var InvalidStructureException$ = [-3, n0, _ISE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidStructureException$, InvalidStructureException);
var InvalidTagsException$ = [-3, n0, _ITE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidTagsException$, InvalidTagsException);
var InvalidWebhookAuthenticationParametersException$ = [-3, n0, _IWAPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidWebhookAuthenticationParametersException$, InvalidWebhookAuthenticationParametersException);
var InvalidWebhookFilterPatternException$ = [-3, n0, _IWFPE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(InvalidWebhookFilterPatternException$, InvalidWebhookFilterPatternException);
var JobNotFoundException$ = [-3, n0, _JNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(JobNotFoundException$, JobNotFoundException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NotLatestPipelineExecutionException$ = [-3, n0, _NLPEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(NotLatestPipelineExecutionException$, NotLatestPipelineExecutionException);
var OutputVariablesSizeExceededException$ = [-3, n0, _OVSEE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(OutputVariablesSizeExceededException$, OutputVariablesSizeExceededException);
var PipelineExecutionNotFoundException$ = [-3, n0, _PENFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineExecutionNotFoundException$, PipelineExecutionNotFoundException);
var PipelineExecutionNotStoppableException$ = [-3, n0, _PENSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineExecutionNotStoppableException$, PipelineExecutionNotStoppableException);
var PipelineExecutionOutdatedException$ = [-3, n0, _PEOE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineExecutionOutdatedException$, PipelineExecutionOutdatedException);
var PipelineNameInUseException$ = [-3, n0, _PNIUE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineNameInUseException$, PipelineNameInUseException);
var PipelineNotFoundException$ = [-3, n0, _PNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineNotFoundException$, PipelineNotFoundException);
var PipelineVersionNotFoundException$ = [-3, n0, _PVNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(PipelineVersionNotFoundException$, PipelineVersionNotFoundException);
var RequestFailedException$ = [-3, n0, _RFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(RequestFailedException$, RequestFailedException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var StageNotFoundException$ = [-3, n0, _SNFE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(StageNotFoundException$, StageNotFoundException);
var StageNotRetryableException$ = [-3, n0, _SNRE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(StageNotRetryableException$, StageNotRetryableException);
var TooManyTagsException$ = [-3, n0, _TMTE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(TooManyTagsException$, TooManyTagsException);
var UnableToRollbackStageException$ = [-3, n0, _UTRSE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(UnableToRollbackStageException$, UnableToRollbackStageException);
var ValidationException$ = [-3, n0, _VE,
    { [_e]: _c },
    [_m],
    [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var WebhookNotFoundException$ = [-3, n0, _WNFE,
    { [_e]: _c },
    [],
    []
];
n0_registry.registerError(WebhookNotFoundException$, WebhookNotFoundException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var AccessKeyId = [0, n0, _AKI, 8, 0];
var SecretAccessKey = [0, n0, _SAK, 8, 0];
var SessionToken = [0, n0, _ST, 8, 0];
var AcknowledgeJobInput$ = [3, n0, _AJI,
    0,
    [_jI, _n],
    [0, 0], 2
];
var AcknowledgeJobOutput$ = [3, n0, _AJO,
    0,
    [_st],
    [0]
];
var AcknowledgeThirdPartyJobInput$ = [3, n0, _ATPJI,
    0,
    [_jI, _n, _cT],
    [0, 0, 0], 3
];
var AcknowledgeThirdPartyJobOutput$ = [3, n0, _ATPJO,
    0,
    [_st],
    [0]
];
var ActionConfiguration$ = [3, n0, _AC,
    0,
    [_co],
    [128 | 0]
];
var ActionConfigurationProperty$ = [3, n0, _ACP,
    0,
    [_na, _r, _k, _se, _q, _d, _t],
    [0, 2, 2, 2, 2, 0, 0], 4
];
var ActionContext$ = [3, n0, _ACc,
    0,
    [_na, _aEI],
    [0, 0]
];
var ActionDeclaration$ = [3, n0, _AD,
    0,
    [_na, _aTI, _rO, _co, _com, _oA, _iA, _oV, _rA, _re, _nam, _tIM, _eV],
    [0, () => ActionTypeId$, 1, 128 | 0, 64 | 0, () => OutputArtifactList, () => InputArtifactList, 64 | 0, 0, 0, 0, 1, () => EnvironmentVariableList], 2
];
var ActionExecution$ = [3, n0, _AE,
    0,
    [_aEI, _st, _su, _lSC, _to, _lUB, _eEI, _eEU, _pC, _eD, _lSARN],
    [0, 0, 0, 4, 0, 0, 0, 0, 1, () => ErrorDetails$, 0]
];
var ActionExecutionDetail$ = [3, n0, _AED,
    0,
    [_pEI, _aEI, _pV, _sN, _aN, _sT, _lUT, _uB, _st, _i, _o],
    [0, 0, 1, 0, 0, 4, 4, 0, 0, () => ActionExecutionInput$, () => ActionExecutionOutput$]
];
var ActionExecutionFilter$ = [3, n0, _AEF,
    0,
    [_pEI, _lIPE],
    [0, () => LatestInPipelineExecutionFilter$]
];
var ActionExecutionInput$ = [3, n0, _AEI,
    0,
    [_aTI, _co, _rC, _rA, _re, _iA, _nam],
    [() => ActionTypeId$, 128 | 0, 128 | 0, 0, 0, () => ArtifactDetailList, 0]
];
var ActionExecutionOutput$ = [3, n0, _AEO,
    0,
    [_oA, _eR, _oV],
    [() => ArtifactDetailList, () => ActionExecutionResult$, 128 | 0]
];
var ActionExecutionResult$ = [3, n0, _AER,
    0,
    [_eEI, _eES, _eEU, _eD, _lSARN],
    [0, 0, 0, () => ErrorDetails$, 0]
];
var ActionRevision$ = [3, n0, _AR,
    0,
    [_rI, _rCI, _cr],
    [0, 0, 4], 3
];
var ActionState$ = [3, n0, _AS,
    0,
    [_aN, _cR, _lE, _eU, _rU],
    [0, () => ActionRevision$, () => ActionExecution$, 0, 0]
];
var ActionType$ = [3, n0, _AT,
    0,
    [_id, _iAD, _oAD, _set, _aCP],
    [() => ActionTypeId$, () => ArtifactDetails$, () => ArtifactDetails$, () => ActionTypeSettings$, () => ActionConfigurationPropertyList], 3
];
var ActionTypeArtifactDetails$ = [3, n0, _ATAD,
    0,
    [_mC, _mCa],
    [1, 1], 2
];
var ActionTypeDeclaration$ = [3, n0, _ATD,
    0,
    [_ex, _id, _iAD, _oAD, _d, _p, _pr, _u],
    [() => ActionTypeExecutor$, () => ActionTypeIdentifier$, () => ActionTypeArtifactDetails$, () => ActionTypeArtifactDetails$, 0, () => ActionTypePermissions$, () => ActionTypeProperties, () => ActionTypeUrls$], 4
];
var ActionTypeExecutor$ = [3, n0, _ATE,
    0,
    [_co, _t, _pST, _jT],
    [() => ExecutorConfiguration$, 0, 0, 1], 2
];
var ActionTypeId$ = [3, n0, _ATI,
    0,
    [_ca, _ow, _pro, _v],
    [0, 0, 0, 0], 4
];
var ActionTypeIdentifier$ = [3, n0, _ATIc,
    0,
    [_ca, _ow, _pro, _v],
    [0, 0, 0, 0], 4
];
var ActionTypePermissions$ = [3, n0, _ATP,
    0,
    [_aA],
    [64 | 0], 1
];
var ActionTypeProperty$ = [3, n0, _ATPc,
    0,
    [_na, _op, _k, _nE, _q, _d],
    [0, 2, 2, 2, 2, 0], 4
];
var ActionTypeSettings$ = [3, n0, _ATS,
    0,
    [_tPCU, _eUT, _eUTx, _rUT],
    [0, 0, 0, 0]
];
var ActionTypeUrls$ = [3, n0, _ATU,
    0,
    [_cU, _eUT, _eUTx, _rUT],
    [0, 0, 0, 0]
];
var ApprovalResult$ = [3, n0, _ARp,
    0,
    [_su, _st],
    [0, 0], 2
];
var Artifact$ = [3, n0, _A,
    0,
    [_na, _rev, _l],
    [0, 0, () => ArtifactLocation$]
];
var ArtifactDetail$ = [3, n0, _ADr,
    0,
    [_na, _sl],
    [0, () => S3Location$]
];
var ArtifactDetails$ = [3, n0, _ADrt,
    0,
    [_mC, _mCa],
    [1, 1], 2
];
var ArtifactLocation$ = [3, n0, _AL,
    0,
    [_t, _sL],
    [0, () => S3ArtifactLocation$]
];
var ArtifactRevision$ = [3, n0, _ARr,
    0,
    [_na, _rI, _rCIe, _rS, _cr, _rU],
    [0, 0, 0, 0, 4, 0]
];
var ArtifactStore$ = [3, n0, _ASr,
    0,
    [_t, _l, _eK],
    [0, 0, () => EncryptionKey$], 2
];
var AWSSessionCredentials$ = [3, n0, _AWSSC,
    8,
    [_aKI, _sAK, _sTe],
    [[() => AccessKeyId, 0], [() => SecretAccessKey, 0], [() => SessionToken, 0]], 3
];
var BeforeEntryConditions$ = [3, n0, _BEC,
    0,
    [_con],
    [() => ConditionList], 1
];
var BlockerDeclaration$ = [3, n0, _BD,
    0,
    [_na, _t],
    [0, 0], 2
];
var Condition$ = [3, n0, _C,
    0,
    [_res, _ru],
    [0, () => RuleDeclarationList]
];
var ConditionExecution$ = [3, n0, _CEo,
    0,
    [_st, _su, _lSC],
    [0, 0, 4]
];
var ConditionState$ = [3, n0, _CS,
    0,
    [_lE, _rSu],
    [() => ConditionExecution$, () => RuleStateList]
];
var CreateCustomActionTypeInput$ = [3, n0, _CCATI,
    0,
    [_ca, _pro, _v, _iAD, _oAD, _set, _cP, _ta],
    [0, 0, 0, () => ArtifactDetails$, () => ArtifactDetails$, () => ActionTypeSettings$, () => ActionConfigurationPropertyList, () => TagList], 5
];
var CreateCustomActionTypeOutput$ = [3, n0, _CCATO,
    0,
    [_aT, _ta],
    [() => ActionType$, () => TagList], 1
];
var CreatePipelineInput$ = [3, n0, _CPI,
    0,
    [_pi, _ta],
    [() => PipelineDeclaration$, () => TagList], 1
];
var CreatePipelineOutput$ = [3, n0, _CPO,
    0,
    [_pi, _ta],
    [() => PipelineDeclaration$, () => TagList]
];
var CurrentRevision$ = [3, n0, _CR,
    0,
    [_rev, _cI, _cr, _rS],
    [0, 0, 4, 0], 2
];
var DeleteCustomActionTypeInput$ = [3, n0, _DCATI,
    0,
    [_ca, _pro, _v],
    [0, 0, 0], 3
];
var DeletePipelineInput$ = [3, n0, _DPI,
    0,
    [_na],
    [0], 1
];
var DeleteWebhookInput$ = [3, n0, _DWI,
    0,
    [_na],
    [0], 1
];
var DeleteWebhookOutput$ = [3, n0, _DWO,
    0,
    [],
    []
];
var DeployActionExecutionTarget$ = [3, n0, _DAET,
    0,
    [_tI, _tT, _st, _sT, _eT, _ev],
    [0, 0, 0, 4, 4, () => DeployTargetEventList]
];
var DeployTargetEvent$ = [3, n0, _DTE,
    0,
    [_na, _st, _sT, _eT, _cont],
    [0, 0, 4, 4, () => DeployTargetEventContext$]
];
var DeployTargetEventContext$ = [3, n0, _DTEC,
    0,
    [_sCI, _m],
    [0, 0]
];
var DeregisterWebhookWithThirdPartyInput$ = [3, n0, _DWWTPI,
    0,
    [_wN],
    [0]
];
var DeregisterWebhookWithThirdPartyOutput$ = [3, n0, _DWWTPO,
    0,
    [],
    []
];
var DisableStageTransitionInput$ = [3, n0, _DSTI,
    0,
    [_pN, _sN, _tTr, _rea],
    [0, 0, 0, 0], 4
];
var EnableStageTransitionInput$ = [3, n0, _ESTI,
    0,
    [_pN, _sN, _tTr],
    [0, 0, 0], 3
];
var EncryptionKey$ = [3, n0, _EK,
    0,
    [_id, _t],
    [0, 0], 2
];
var EnvironmentVariable$ = [3, n0, _EV,
    0,
    [_na, _va, _t],
    [0, 0, 0], 2
];
var ErrorDetails$ = [3, n0, _ED,
    0,
    [_cod, _m],
    [0, 0]
];
var ExecutionDetails$ = [3, n0, _EDx,
    0,
    [_su, _eEI, _pC],
    [0, 0, 1]
];
var ExecutionTrigger$ = [3, n0, _ET,
    0,
    [_tTri, _tD],
    [0, 0]
];
var ExecutorConfiguration$ = [3, n0, _EC,
    0,
    [_lEC, _jWEC],
    [() => LambdaExecutorConfiguration$, () => JobWorkerExecutorConfiguration$]
];
var FailureConditions$ = [3, n0, _FC,
    0,
    [_res, _rCe, _con],
    [0, () => RetryConfiguration$, () => ConditionList]
];
var FailureDetails$ = [3, n0, _FD,
    0,
    [_t, _m, _eEI],
    [0, 0, 0], 2
];
var GetActionTypeInput$ = [3, n0, _GATI,
    0,
    [_ca, _ow, _pro, _v],
    [0, 0, 0, 0], 4
];
var GetActionTypeOutput$ = [3, n0, _GATO,
    0,
    [_aT],
    [() => ActionTypeDeclaration$]
];
var GetJobDetailsInput$ = [3, n0, _GJDI,
    0,
    [_jI],
    [0], 1
];
var GetJobDetailsOutput$ = [3, n0, _GJDO,
    0,
    [_jD],
    [[() => JobDetails$, 0]]
];
var GetPipelineExecutionInput$ = [3, n0, _GPEI,
    0,
    [_pN, _pEI],
    [0, 0], 2
];
var GetPipelineExecutionOutput$ = [3, n0, _GPEO,
    0,
    [_pE],
    [() => PipelineExecution$]
];
var GetPipelineInput$ = [3, n0, _GPI,
    0,
    [_na, _v],
    [0, 1], 1
];
var GetPipelineOutput$ = [3, n0, _GPO,
    0,
    [_pi, _me],
    [() => PipelineDeclaration$, () => PipelineMetadata$]
];
var GetPipelineStateInput$ = [3, n0, _GPSI,
    0,
    [_na],
    [0], 1
];
var GetPipelineStateOutput$ = [3, n0, _GPSO,
    0,
    [_pN, _pV, _sS, _cr, _up],
    [0, 1, () => StageStateList, 4, 4]
];
var GetThirdPartyJobDetailsInput$ = [3, n0, _GTPJDI,
    0,
    [_jI, _cT],
    [0, 0], 2
];
var GetThirdPartyJobDetailsOutput$ = [3, n0, _GTPJDO,
    0,
    [_jD],
    [[() => ThirdPartyJobDetails$, 0]]
];
var GitBranchFilterCriteria$ = [3, n0, _GBFC,
    0,
    [_in, _exc],
    [64 | 0, 64 | 0]
];
var GitConfiguration$ = [3, n0, _GC,
    0,
    [_sAN, _pu, _pR],
    [0, () => GitPushFilterList, () => GitPullRequestFilterList], 1
];
var GitFilePathFilterCriteria$ = [3, n0, _GFPFC,
    0,
    [_in, _exc],
    [64 | 0, 64 | 0]
];
var GitPullRequestFilter$ = [3, n0, _GPRF,
    0,
    [_ev, _b, _fP],
    [64 | 0, () => GitBranchFilterCriteria$, () => GitFilePathFilterCriteria$]
];
var GitPushFilter$ = [3, n0, _GPF,
    0,
    [_ta, _b, _fP],
    [() => GitTagFilterCriteria$, () => GitBranchFilterCriteria$, () => GitFilePathFilterCriteria$]
];
var GitTagFilterCriteria$ = [3, n0, _GTFC,
    0,
    [_in, _exc],
    [64 | 0, 64 | 0]
];
var InputArtifact$ = [3, n0, _IA,
    0,
    [_na],
    [0], 1
];
var Job$ = [3, n0, _J,
    0,
    [_id, _da, _n, _aI],
    [0, [() => JobData$, 0], 0, 0]
];
var JobData$ = [3, n0, _JD,
    0,
    [_aTI, _aC, _pCi, _iA, _oA, _aCr, _cTo, _eK],
    [() => ActionTypeId$, () => ActionConfiguration$, () => PipelineContext$, () => ArtifactList, () => ArtifactList, [() => AWSSessionCredentials$, 0], 0, () => EncryptionKey$]
];
var JobDetails$ = [3, n0, _JDo,
    0,
    [_id, _da, _aI],
    [0, [() => JobData$, 0], 0]
];
var JobWorkerExecutorConfiguration$ = [3, n0, _JWEC,
    0,
    [_pA, _pSP],
    [64 | 0, 64 | 0]
];
var LambdaExecutorConfiguration$ = [3, n0, _LEC,
    0,
    [_lFA],
    [0], 1
];
var LatestInPipelineExecutionFilter$ = [3, n0, _LIPEF,
    0,
    [_pEI, _sTR],
    [0, 0], 2
];
var ListActionExecutionsInput$ = [3, n0, _LAEI,
    0,
    [_pN, _f, _mR, _nT],
    [0, () => ActionExecutionFilter$, 1, 0], 1
];
var ListActionExecutionsOutput$ = [3, n0, _LAEO,
    0,
    [_aED, _nT],
    [() => ActionExecutionDetailList, 0]
];
var ListActionTypesInput$ = [3, n0, _LATI,
    0,
    [_aOF, _nT, _rF],
    [0, 0, 0]
];
var ListActionTypesOutput$ = [3, n0, _LATO,
    0,
    [_aTc, _nT],
    [() => ActionTypeList, 0], 1
];
var ListDeployActionExecutionTargetsInput$ = [3, n0, _LDAETI,
    0,
    [_aEI, _pN, _fi, _mR, _nT],
    [0, 0, () => TargetFilterList, 1, 0], 1
];
var ListDeployActionExecutionTargetsOutput$ = [3, n0, _LDAETO,
    0,
    [_tar, _nT],
    [() => DeployActionExecutionTargetList, 0]
];
var ListPipelineExecutionsInput$ = [3, n0, _LPEI,
    0,
    [_pN, _mR, _f, _nT],
    [0, 1, () => PipelineExecutionFilter$, 0], 1
];
var ListPipelineExecutionsOutput$ = [3, n0, _LPEO,
    0,
    [_pES, _nT],
    [() => PipelineExecutionSummaryList, 0]
];
var ListPipelinesInput$ = [3, n0, _LPI,
    0,
    [_nT, _mR],
    [0, 1]
];
var ListPipelinesOutput$ = [3, n0, _LPO,
    0,
    [_pip, _nT],
    [() => PipelineList, 0]
];
var ListRuleExecutionsInput$ = [3, n0, _LREI,
    0,
    [_pN, _f, _mR, _nT],
    [0, () => RuleExecutionFilter$, 1, 0], 1
];
var ListRuleExecutionsOutput$ = [3, n0, _LREO,
    0,
    [_rED, _nT],
    [() => RuleExecutionDetailList, 0]
];
var ListRuleTypesInput$ = [3, n0, _LRTI,
    0,
    [_rOF, _rF],
    [0, 0]
];
var ListRuleTypesOutput$ = [3, n0, _LRTO,
    0,
    [_rT],
    [() => RuleTypeList], 1
];
var ListTagsForResourceInput$ = [3, n0, _LTFRI,
    0,
    [_rAe, _nT, _mR],
    [0, 0, 1], 1
];
var ListTagsForResourceOutput$ = [3, n0, _LTFRO,
    0,
    [_ta, _nT],
    [() => TagList, 0]
];
var ListWebhookItem$ = [3, n0, _LWI,
    0,
    [_de, _ur, _eM, _eC, _lT, _a, _ta],
    [() => WebhookDefinition$, 0, 0, 0, 4, 0, () => TagList], 2
];
var ListWebhooksInput$ = [3, n0, _LWIi,
    0,
    [_NT, _MR],
    [0, 1]
];
var ListWebhooksOutput$ = [3, n0, _LWO,
    0,
    [_w, _NT],
    [() => WebhookList, 0]
];
var OutputArtifact$ = [3, n0, _OA,
    0,
    [_na, _fil],
    [0, 64 | 0], 1
];
var OverrideStageConditionInput$ = [3, n0, _OSCI,
    0,
    [_pN, _sN, _pEI, _cTon],
    [0, 0, 0, 0], 4
];
var PipelineContext$ = [3, n0, _PC,
    0,
    [_pN, _sta, _ac, _pAi, _pEI],
    [0, () => StageContext$, () => ActionContext$, 0, 0]
];
var PipelineDeclaration$ = [3, n0, _PD,
    0,
    [_na, _rA, _stag, _aS, _aSr, _v, _eMx, _pT, _var, _tr],
    [0, 0, () => PipelineStageDeclarationList, () => ArtifactStore$, () => ArtifactStoreMap, 1, 0, 0, () => PipelineVariableDeclarationList, () => PipelineTriggerDeclarationList], 3
];
var PipelineExecution$ = [3, n0, _PE,
    0,
    [_pN, _pV, _pEI, _st, _sSt, _aR, _var, _tri, _eMx, _eTx, _rM],
    [0, 1, 0, 0, 0, () => ArtifactRevisionList, () => ResolvedPipelineVariableList, () => ExecutionTrigger$, 0, 0, () => PipelineRollbackMetadata$]
];
var PipelineExecutionFilter$ = [3, n0, _PEF,
    0,
    [_sIS],
    [() => SucceededInStageFilter$]
];
var PipelineExecutionSummary$ = [3, n0, _PES,
    0,
    [_pEI, _st, _sSt, _sT, _lUT, _sR, _tri, _sTt, _eMx, _eTx, _rM],
    [0, 0, 0, 4, 4, () => SourceRevisionList, () => ExecutionTrigger$, () => StopExecutionTrigger$, 0, 0, () => PipelineRollbackMetadata$]
];
var PipelineMetadata$ = [3, n0, _PM,
    0,
    [_pAi, _cr, _up, _pDA],
    [0, 4, 4, 4]
];
var PipelineRollbackMetadata$ = [3, n0, _PRM,
    0,
    [_rTPEI],
    [0]
];
var PipelineSummary$ = [3, n0, _PS,
    0,
    [_na, _v, _pT, _eMx, _cr, _up],
    [0, 1, 0, 0, 4, 4]
];
var PipelineTriggerDeclaration$ = [3, n0, _PTD,
    0,
    [_pTr, _gC],
    [0, () => GitConfiguration$], 2
];
var PipelineVariable$ = [3, n0, _PV,
    0,
    [_na, _va],
    [0, 0], 2
];
var PipelineVariableDeclaration$ = [3, n0, _PVD,
    0,
    [_na, _dV, _d],
    [0, 0, 0], 1
];
var PollForJobsInput$ = [3, n0, _PFJI,
    0,
    [_aTI, _mBS, _qP],
    [() => ActionTypeId$, 1, 128 | 0], 1
];
var PollForJobsOutput$ = [3, n0, _PFJO,
    0,
    [_j],
    [[() => JobList, 0]]
];
var PollForThirdPartyJobsInput$ = [3, n0, _PFTPJI,
    0,
    [_aTI, _mBS],
    [() => ActionTypeId$, 1], 1
];
var PollForThirdPartyJobsOutput$ = [3, n0, _PFTPJO,
    0,
    [_j],
    [() => ThirdPartyJobList]
];
var PutActionRevisionInput$ = [3, n0, _PARI,
    0,
    [_pN, _sN, _aN, _aRc],
    [0, 0, 0, () => ActionRevision$], 4
];
var PutActionRevisionOutput$ = [3, n0, _PARO,
    0,
    [_nR, _pEI],
    [2, 0]
];
var PutApprovalResultInput$ = [3, n0, _PARIu,
    0,
    [_pN, _sN, _aN, _res, _to],
    [0, 0, 0, () => ApprovalResult$, 0], 5
];
var PutApprovalResultOutput$ = [3, n0, _PAROu,
    0,
    [_aAp],
    [4]
];
var PutJobFailureResultInput$ = [3, n0, _PJFRI,
    0,
    [_jI, _fD],
    [0, () => FailureDetails$], 2
];
var PutJobSuccessResultInput$ = [3, n0, _PJSRI,
    0,
    [_jI, _cR, _cTo, _eDx, _oV],
    [0, () => CurrentRevision$, 0, () => ExecutionDetails$, 128 | 0], 1
];
var PutThirdPartyJobFailureResultInput$ = [3, n0, _PTPJFRI,
    0,
    [_jI, _cT, _fD],
    [0, 0, () => FailureDetails$], 3
];
var PutThirdPartyJobSuccessResultInput$ = [3, n0, _PTPJSRI,
    0,
    [_jI, _cT, _cR, _cTo, _eDx],
    [0, 0, () => CurrentRevision$, 0, () => ExecutionDetails$], 2
];
var PutWebhookInput$ = [3, n0, _PWI,
    0,
    [_we, _ta],
    [() => WebhookDefinition$, () => TagList], 1
];
var PutWebhookOutput$ = [3, n0, _PWO,
    0,
    [_we],
    [() => ListWebhookItem$]
];
var RegisterWebhookWithThirdPartyInput$ = [3, n0, _RWWTPI,
    0,
    [_wN],
    [0]
];
var RegisterWebhookWithThirdPartyOutput$ = [3, n0, _RWWTPO,
    0,
    [],
    []
];
var ResolvedPipelineVariable$ = [3, n0, _RPV,
    0,
    [_na, _rV],
    [0, 0]
];
var RetryConfiguration$ = [3, n0, _RC,
    0,
    [_rMe],
    [0]
];
var RetryStageExecutionInput$ = [3, n0, _RSEI,
    0,
    [_pN, _sN, _pEI, _rMe],
    [0, 0, 0, 0], 4
];
var RetryStageExecutionOutput$ = [3, n0, _RSEO,
    0,
    [_pEI],
    [0]
];
var RetryStageMetadata$ = [3, n0, _RSM,
    0,
    [_aSRA, _mSRA, _lRT],
    [1, 1, 0]
];
var RollbackStageInput$ = [3, n0, _RSI,
    0,
    [_pN, _sN, _tPEI],
    [0, 0, 0], 3
];
var RollbackStageOutput$ = [3, n0, _RSO,
    0,
    [_pEI],
    [0], 1
];
var RuleConfigurationProperty$ = [3, n0, _RCP,
    0,
    [_na, _r, _k, _se, _q, _d, _t],
    [0, 2, 2, 2, 2, 0, 0], 4
];
var RuleDeclaration$ = [3, n0, _RD,
    0,
    [_na, _rTI, _co, _com, _iA, _rA, _re, _tIM],
    [0, () => RuleTypeId$, 128 | 0, 64 | 0, () => InputArtifactList, 0, 0, 1], 2
];
var RuleExecution$ = [3, n0, _RE,
    0,
    [_rEI, _st, _su, _lSC, _to, _lUB, _eEI, _eEU, _eD],
    [0, 0, 0, 4, 0, 0, 0, 0, () => ErrorDetails$]
];
var RuleExecutionDetail$ = [3, n0, _RED,
    0,
    [_pEI, _rEI, _pV, _sN, _rN, _sT, _lUT, _uB, _st, _i, _o],
    [0, 0, 1, 0, 0, 4, 4, 0, 0, () => RuleExecutionInput$, () => RuleExecutionOutput$]
];
var RuleExecutionFilter$ = [3, n0, _REF,
    0,
    [_pEI, _lIPE],
    [0, () => LatestInPipelineExecutionFilter$]
];
var RuleExecutionInput$ = [3, n0, _REI,
    0,
    [_rTI, _co, _rC, _rA, _re, _iA],
    [() => RuleTypeId$, 128 | 0, 128 | 0, 0, 0, () => ArtifactDetailList]
];
var RuleExecutionOutput$ = [3, n0, _REO,
    0,
    [_eR],
    [() => RuleExecutionResult$]
];
var RuleExecutionResult$ = [3, n0, _RER,
    0,
    [_eEI, _eES, _eEU, _eD],
    [0, 0, 0, () => ErrorDetails$]
];
var RuleRevision$ = [3, n0, _RR,
    0,
    [_rI, _rCI, _cr],
    [0, 0, 4], 3
];
var RuleState$ = [3, n0, _RS,
    0,
    [_rN, _cR, _lE, _eU, _rU],
    [0, () => RuleRevision$, () => RuleExecution$, 0, 0]
];
var RuleType$ = [3, n0, _RT,
    0,
    [_id, _iAD, _set, _rCP],
    [() => RuleTypeId$, () => ArtifactDetails$, () => RuleTypeSettings$, () => RuleConfigurationPropertyList], 2
];
var RuleTypeId$ = [3, n0, _RTI,
    0,
    [_ca, _pro, _ow, _v],
    [0, 0, 0, 0], 2
];
var RuleTypeSettings$ = [3, n0, _RTS,
    0,
    [_tPCU, _eUT, _eUTx, _rUT],
    [0, 0, 0, 0]
];
var S3ArtifactLocation$ = [3, n0, _SAL,
    0,
    [_bN, _oK],
    [0, 0], 2
];
var S3Location$ = [3, n0, _SL,
    0,
    [_bu, _k],
    [0, 0]
];
var SourceRevision$ = [3, n0, _SR,
    0,
    [_aN, _rI, _rS, _rU],
    [0, 0, 0, 0], 1
];
var SourceRevisionOverride$ = [3, n0, _SRO,
    0,
    [_aN, _rTe, _rVe],
    [0, 0, 0], 3
];
var StageConditionsExecution$ = [3, n0, _SCE,
    0,
    [_st, _su],
    [0, 0]
];
var StageConditionState$ = [3, n0, _SCS,
    0,
    [_lE, _cS],
    [() => StageConditionsExecution$, () => ConditionStateList]
];
var StageContext$ = [3, n0, _SC,
    0,
    [_na],
    [0]
];
var StageDeclaration$ = [3, n0, _SD,
    0,
    [_na, _act, _bl, _oF, _oS, _bE],
    [0, () => StageActionDeclarationList, () => StageBlockerDeclarationList, () => FailureConditions$, () => SuccessConditions$, () => BeforeEntryConditions$], 2
];
var StageExecution$ = [3, n0, _SE,
    0,
    [_pEI, _st, _t],
    [0, 0, 0], 2
];
var StageState$ = [3, n0, _SS,
    0,
    [_sN, _iE, _iEn, _iTS, _aSc, _lE, _bECS, _oSCS, _oFCS, _rSM],
    [0, () => StageExecution$, () => StageExecutionList, () => TransitionState$, () => ActionStateList, () => StageExecution$, () => StageConditionState$, () => StageConditionState$, () => StageConditionState$, () => RetryStageMetadata$]
];
var StartPipelineExecutionInput$ = [3, n0, _SPEI,
    0,
    [_na, _var, _cRT, _sR],
    [0, () => PipelineVariableList, [0, 4], () => SourceRevisionOverrideList], 1
];
var StartPipelineExecutionOutput$ = [3, n0, _SPEO,
    0,
    [_pEI],
    [0]
];
var StopExecutionTrigger$ = [3, n0, _SET,
    0,
    [_rea],
    [0]
];
var StopPipelineExecutionInput$ = [3, n0, _SPEIt,
    0,
    [_pN, _pEI, _ab, _rea],
    [0, 0, 2, 0], 2
];
var StopPipelineExecutionOutput$ = [3, n0, _SPEOt,
    0,
    [_pEI],
    [0]
];
var SucceededInStageFilter$ = [3, n0, _SISF,
    0,
    [_sN],
    [0]
];
var SuccessConditions$ = [3, n0, _SCu,
    0,
    [_con],
    [() => ConditionList], 1
];
var Tag$ = [3, n0, _T,
    0,
    [_k, _va],
    [0, 0], 2
];
var TagResourceInput$ = [3, n0, _TRI,
    0,
    [_rAe, _ta],
    [0, () => TagList], 2
];
var TagResourceOutput$ = [3, n0, _TRO,
    0,
    [],
    []
];
var TargetFilter$ = [3, n0, _TF,
    0,
    [_na, _val],
    [0, 64 | 0]
];
var ThirdPartyJob$ = [3, n0, _TPJ,
    0,
    [_cIl, _jI],
    [0, 0]
];
var ThirdPartyJobData$ = [3, n0, _TPJD,
    0,
    [_aTI, _aC, _pCi, _iA, _oA, _aCr, _cTo, _eK],
    [() => ActionTypeId$, () => ActionConfiguration$, () => PipelineContext$, () => ArtifactList, () => ArtifactList, [() => AWSSessionCredentials$, 0], 0, () => EncryptionKey$]
];
var ThirdPartyJobDetails$ = [3, n0, _TPJDh,
    0,
    [_id, _da, _n],
    [0, [() => ThirdPartyJobData$, 0], 0]
];
var TransitionState$ = [3, n0, _TS,
    0,
    [_en, _lCB, _lCA, _dR],
    [2, 0, 4, 0]
];
var UntagResourceInput$ = [3, n0, _URI,
    0,
    [_rAe, _tK],
    [0, 64 | 0], 2
];
var UntagResourceOutput$ = [3, n0, _URO,
    0,
    [],
    []
];
var UpdateActionTypeInput$ = [3, n0, _UATI,
    0,
    [_aT],
    [() => ActionTypeDeclaration$], 1
];
var UpdatePipelineInput$ = [3, n0, _UPI,
    0,
    [_pi],
    [() => PipelineDeclaration$], 1
];
var UpdatePipelineOutput$ = [3, n0, _UPO,
    0,
    [_pi],
    [() => PipelineDeclaration$]
];
var WebhookAuthConfiguration$ = [3, n0, _WAC,
    0,
    [_AIPR, _STe],
    [0, 0]
];
var WebhookDefinition$ = [3, n0, _WD,
    0,
    [_na, _tP, _tA, _fi, _au, _aCu],
    [0, 0, 0, () => WebhookFilters, 0, () => WebhookAuthConfiguration$], 6
];
var WebhookFilterRule$ = [3, n0, _WFR,
    0,
    [_jP, _mE],
    [0, 0], 1
];
var __Unit = "unit";
var ActionConfigurationPropertyList = [1, n0, _ACPL,
    0, () => ActionConfigurationProperty$
];
var ActionExecutionDetailList = [1, n0, _AEDL,
    0, () => ActionExecutionDetail$
];
var ActionStateList = [1, n0, _ASL,
    0, () => ActionState$
];
var ActionTypeList = [1, n0, _ATL,
    0, () => ActionType$
];
var ActionTypeProperties = [1, n0, _ATPct,
    0, () => ActionTypeProperty$
];
var ArtifactDetailList = [1, n0, _ADL,
    0, () => ArtifactDetail$
];
var ArtifactList = [1, n0, _ALr,
    0, () => Artifact$
];
var ArtifactRevisionList = [1, n0, _ARL,
    0, () => ArtifactRevision$
];
var ConditionList = [1, n0, _CL,
    0, () => Condition$
];
var ConditionStateList = [1, n0, _CSL,
    0, () => ConditionState$
];
var DeployActionExecutionTargetList = [1, n0, _DAETL,
    0, () => DeployActionExecutionTarget$
];
var DeployTargetEventList = [1, n0, _DTEL,
    0, () => DeployTargetEvent$
];
var EnvironmentVariableList = [1, n0, _EVL,
    0, () => EnvironmentVariable$
];
var GitPullRequestFilterList = [1, n0, _GPRFL,
    0, () => GitPullRequestFilter$
];
var GitPushFilterList = [1, n0, _GPFL,
    0, () => GitPushFilter$
];
var InputArtifactList = [1, n0, _IAL,
    0, () => InputArtifact$
];
var JobList = [1, n0, _JL,
    0, [() => Job$,
        0]
];
var OutputArtifactList = [1, n0, _OAL,
    0, () => OutputArtifact$
];
var PipelineExecutionSummaryList = [1, n0, _PESL,
    0, () => PipelineExecutionSummary$
];
var PipelineList = [1, n0, _PL,
    0, () => PipelineSummary$
];
var PipelineStageDeclarationList = [1, n0, _PSDL,
    0, () => StageDeclaration$
];
var PipelineTriggerDeclarationList = [1, n0, _PTDL,
    0, () => PipelineTriggerDeclaration$
];
var PipelineVariableDeclarationList = [1, n0, _PVDL,
    0, () => PipelineVariableDeclaration$
];
var PipelineVariableList = [1, n0, _PVL,
    0, () => PipelineVariable$
];
var ResolvedPipelineVariableList = [1, n0, _RPVL,
    0, () => ResolvedPipelineVariable$
];
var RuleConfigurationPropertyList = [1, n0, _RCPL,
    0, () => RuleConfigurationProperty$
];
var RuleDeclarationList = [1, n0, _RDL,
    0, () => RuleDeclaration$
];
var RuleExecutionDetailList = [1, n0, _REDL,
    0, () => RuleExecutionDetail$
];
var RuleStateList = [1, n0, _RSL,
    0, () => RuleState$
];
var RuleTypeList = [1, n0, _RTL,
    0, () => RuleType$
];
var SourceRevisionList = [1, n0, _SRL,
    0, () => SourceRevision$
];
var SourceRevisionOverrideList = [1, n0, _SROL,
    0, () => SourceRevisionOverride$
];
var StageActionDeclarationList = [1, n0, _SADL,
    0, () => ActionDeclaration$
];
var StageBlockerDeclarationList = [1, n0, _SBDL,
    0, () => BlockerDeclaration$
];
var StageExecutionList = [1, n0, _SEL,
    0, () => StageExecution$
];
var StageStateList = [1, n0, _SSL,
    0, () => StageState$
];
var TagList = [1, n0, _TL,
    0, () => Tag$
];
var TargetFilterList = [1, n0, _TFL,
    0, () => TargetFilter$
];
var ThirdPartyJobList = [1, n0, _TPJL,
    0, () => ThirdPartyJob$
];
var WebhookFilters = [1, n0, _WF,
    0, () => WebhookFilterRule$
];
var WebhookList = [1, n0, _WL,
    0, () => ListWebhookItem$
];
var ArtifactStoreMap = [2, n0, _ASM,
    0, 0, () => ArtifactStore$
];
var AcknowledgeJob$ = [9, n0, _AJ,
    0, () => AcknowledgeJobInput$, () => AcknowledgeJobOutput$
];
var AcknowledgeThirdPartyJob$ = [9, n0, _ATPJ,
    0, () => AcknowledgeThirdPartyJobInput$, () => AcknowledgeThirdPartyJobOutput$
];
var CreateCustomActionType$ = [9, n0, _CCAT,
    0, () => CreateCustomActionTypeInput$, () => CreateCustomActionTypeOutput$
];
var CreatePipeline$ = [9, n0, _CP,
    0, () => CreatePipelineInput$, () => CreatePipelineOutput$
];
var DeleteCustomActionType$ = [9, n0, _DCAT,
    0, () => DeleteCustomActionTypeInput$, () => __Unit
];
var DeletePipeline$ = [9, n0, _DP,
    0, () => DeletePipelineInput$, () => __Unit
];
var DeleteWebhook$ = [9, n0, _DW,
    0, () => DeleteWebhookInput$, () => DeleteWebhookOutput$
];
var DeregisterWebhookWithThirdParty$ = [9, n0, _DWWTP,
    0, () => DeregisterWebhookWithThirdPartyInput$, () => DeregisterWebhookWithThirdPartyOutput$
];
var DisableStageTransition$ = [9, n0, _DST,
    0, () => DisableStageTransitionInput$, () => __Unit
];
var EnableStageTransition$ = [9, n0, _EST,
    0, () => EnableStageTransitionInput$, () => __Unit
];
var GetActionType$ = [9, n0, _GAT,
    0, () => GetActionTypeInput$, () => GetActionTypeOutput$
];
var GetJobDetails$ = [9, n0, _GJD,
    0, () => GetJobDetailsInput$, () => GetJobDetailsOutput$
];
var GetPipeline$ = [9, n0, _GP,
    0, () => GetPipelineInput$, () => GetPipelineOutput$
];
var GetPipelineExecution$ = [9, n0, _GPE,
    0, () => GetPipelineExecutionInput$, () => GetPipelineExecutionOutput$
];
var GetPipelineState$ = [9, n0, _GPS,
    0, () => GetPipelineStateInput$, () => GetPipelineStateOutput$
];
var GetThirdPartyJobDetails$ = [9, n0, _GTPJD,
    0, () => GetThirdPartyJobDetailsInput$, () => GetThirdPartyJobDetailsOutput$
];
var ListActionExecutions$ = [9, n0, _LAE,
    0, () => ListActionExecutionsInput$, () => ListActionExecutionsOutput$
];
var ListActionTypes$ = [9, n0, _LAT,
    0, () => ListActionTypesInput$, () => ListActionTypesOutput$
];
var ListDeployActionExecutionTargets$ = [9, n0, _LDAET,
    0, () => ListDeployActionExecutionTargetsInput$, () => ListDeployActionExecutionTargetsOutput$
];
var ListPipelineExecutions$ = [9, n0, _LPE,
    0, () => ListPipelineExecutionsInput$, () => ListPipelineExecutionsOutput$
];
var ListPipelines$ = [9, n0, _LP,
    0, () => ListPipelinesInput$, () => ListPipelinesOutput$
];
var ListRuleExecutions$ = [9, n0, _LRE,
    0, () => ListRuleExecutionsInput$, () => ListRuleExecutionsOutput$
];
var ListRuleTypes$ = [9, n0, _LRT,
    0, () => ListRuleTypesInput$, () => ListRuleTypesOutput$
];
var ListTagsForResource$ = [9, n0, _LTFR,
    0, () => ListTagsForResourceInput$, () => ListTagsForResourceOutput$
];
var ListWebhooks$ = [9, n0, _LW,
    0, () => ListWebhooksInput$, () => ListWebhooksOutput$
];
var OverrideStageCondition$ = [9, n0, _OSC,
    0, () => OverrideStageConditionInput$, () => __Unit
];
var PollForJobs$ = [9, n0, _PFJ,
    0, () => PollForJobsInput$, () => PollForJobsOutput$
];
var PollForThirdPartyJobs$ = [9, n0, _PFTPJ,
    0, () => PollForThirdPartyJobsInput$, () => PollForThirdPartyJobsOutput$
];
var PutActionRevision$ = [9, n0, _PAR,
    0, () => PutActionRevisionInput$, () => PutActionRevisionOutput$
];
var PutApprovalResult$ = [9, n0, _PARu,
    0, () => PutApprovalResultInput$, () => PutApprovalResultOutput$
];
var PutJobFailureResult$ = [9, n0, _PJFR,
    0, () => PutJobFailureResultInput$, () => __Unit
];
var PutJobSuccessResult$ = [9, n0, _PJSR,
    0, () => PutJobSuccessResultInput$, () => __Unit
];
var PutThirdPartyJobFailureResult$ = [9, n0, _PTPJFR,
    0, () => PutThirdPartyJobFailureResultInput$, () => __Unit
];
var PutThirdPartyJobSuccessResult$ = [9, n0, _PTPJSR,
    0, () => PutThirdPartyJobSuccessResultInput$, () => __Unit
];
var PutWebhook$ = [9, n0, _PW,
    0, () => PutWebhookInput$, () => PutWebhookOutput$
];
var RegisterWebhookWithThirdParty$ = [9, n0, _RWWTP,
    0, () => RegisterWebhookWithThirdPartyInput$, () => RegisterWebhookWithThirdPartyOutput$
];
var RetryStageExecution$ = [9, n0, _RSE,
    0, () => RetryStageExecutionInput$, () => RetryStageExecutionOutput$
];
var RollbackStage$ = [9, n0, _RSo,
    0, () => RollbackStageInput$, () => RollbackStageOutput$
];
var StartPipelineExecution$ = [9, n0, _SPE,
    0, () => StartPipelineExecutionInput$, () => StartPipelineExecutionOutput$
];
var StopPipelineExecution$ = [9, n0, _SPEt,
    0, () => StopPipelineExecutionInput$, () => StopPipelineExecutionOutput$
];
var TagResource$ = [9, n0, _TR,
    0, () => TagResourceInput$, () => TagResourceOutput$
];
var UntagResource$ = [9, n0, _UR,
    0, () => UntagResourceInput$, () => UntagResourceOutput$
];
var UpdateActionType$ = [9, n0, _UAT,
    0, () => UpdateActionTypeInput$, () => __Unit
];
var UpdatePipeline$ = [9, n0, _UP,
    0, () => UpdatePipelineInput$, () => UpdatePipelineOutput$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2015-07-09",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCodePipelineHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.codepipeline",
            errorTypeRegistries,
            xmlNamespace: "http://codepipeline.amazonaws.com/doc/2015-07-09/",
            version: "2015-07-09",
            serviceTarget: "CodePipeline_20150709",
        },
        serviceId: config?.serviceId ?? "CodePipeline",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class CodePipelineClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultCodePipelineHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "CodePipeline_20150709", "CodePipelineClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AcknowledgeJobCommand extends command(_ep0, _mw0, "AcknowledgeJob", AcknowledgeJob$) {
}

class AcknowledgeThirdPartyJobCommand extends command(_ep0, _mw0, "AcknowledgeThirdPartyJob", AcknowledgeThirdPartyJob$) {
}

class CreateCustomActionTypeCommand extends command(_ep0, _mw0, "CreateCustomActionType", CreateCustomActionType$) {
}

class CreatePipelineCommand extends command(_ep0, _mw0, "CreatePipeline", CreatePipeline$) {
}

class DeleteCustomActionTypeCommand extends command(_ep0, _mw0, "DeleteCustomActionType", DeleteCustomActionType$) {
}

class DeletePipelineCommand extends command(_ep0, _mw0, "DeletePipeline", DeletePipeline$) {
}

class DeleteWebhookCommand extends command(_ep0, _mw0, "DeleteWebhook", DeleteWebhook$) {
}

class DeregisterWebhookWithThirdPartyCommand extends command(_ep0, _mw0, "DeregisterWebhookWithThirdParty", DeregisterWebhookWithThirdParty$) {
}

class DisableStageTransitionCommand extends command(_ep0, _mw0, "DisableStageTransition", DisableStageTransition$) {
}

class EnableStageTransitionCommand extends command(_ep0, _mw0, "EnableStageTransition", EnableStageTransition$) {
}

class GetActionTypeCommand extends command(_ep0, _mw0, "GetActionType", GetActionType$) {
}

class GetJobDetailsCommand extends command(_ep0, _mw0, "GetJobDetails", GetJobDetails$) {
}

class GetPipelineCommand extends command(_ep0, _mw0, "GetPipeline", GetPipeline$) {
}

class GetPipelineExecutionCommand extends command(_ep0, _mw0, "GetPipelineExecution", GetPipelineExecution$) {
}

class GetPipelineStateCommand extends command(_ep0, _mw0, "GetPipelineState", GetPipelineState$) {
}

class GetThirdPartyJobDetailsCommand extends command(_ep0, _mw0, "GetThirdPartyJobDetails", GetThirdPartyJobDetails$) {
}

class ListActionExecutionsCommand extends command(_ep0, _mw0, "ListActionExecutions", ListActionExecutions$) {
}

class ListActionTypesCommand extends command(_ep0, _mw0, "ListActionTypes", ListActionTypes$) {
}

class ListDeployActionExecutionTargetsCommand extends command(_ep0, _mw0, "ListDeployActionExecutionTargets", ListDeployActionExecutionTargets$) {
}

class ListPipelineExecutionsCommand extends command(_ep0, _mw0, "ListPipelineExecutions", ListPipelineExecutions$) {
}

class ListPipelinesCommand extends command(_ep0, _mw0, "ListPipelines", ListPipelines$) {
}

class ListRuleExecutionsCommand extends command(_ep0, _mw0, "ListRuleExecutions", ListRuleExecutions$) {
}

class ListRuleTypesCommand extends command(_ep0, _mw0, "ListRuleTypes", ListRuleTypes$) {
}

class ListTagsForResourceCommand extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
}

class ListWebhooksCommand extends command(_ep0, _mw0, "ListWebhooks", ListWebhooks$) {
}

class OverrideStageConditionCommand extends command(_ep0, _mw0, "OverrideStageCondition", OverrideStageCondition$) {
}

class PollForJobsCommand extends command(_ep0, _mw0, "PollForJobs", PollForJobs$) {
}

class PollForThirdPartyJobsCommand extends command(_ep0, _mw0, "PollForThirdPartyJobs", PollForThirdPartyJobs$) {
}

class PutActionRevisionCommand extends command(_ep0, _mw0, "PutActionRevision", PutActionRevision$) {
}

class PutApprovalResultCommand extends command(_ep0, _mw0, "PutApprovalResult", PutApprovalResult$) {
}

class PutJobFailureResultCommand extends command(_ep0, _mw0, "PutJobFailureResult", PutJobFailureResult$) {
}

class PutJobSuccessResultCommand extends command(_ep0, _mw0, "PutJobSuccessResult", PutJobSuccessResult$) {
}

class PutThirdPartyJobFailureResultCommand extends command(_ep0, _mw0, "PutThirdPartyJobFailureResult", PutThirdPartyJobFailureResult$) {
}

class PutThirdPartyJobSuccessResultCommand extends command(_ep0, _mw0, "PutThirdPartyJobSuccessResult", PutThirdPartyJobSuccessResult$) {
}

class PutWebhookCommand extends command(_ep0, _mw0, "PutWebhook", PutWebhook$) {
}

class RegisterWebhookWithThirdPartyCommand extends command(_ep0, _mw0, "RegisterWebhookWithThirdParty", RegisterWebhookWithThirdParty$) {
}

class RetryStageExecutionCommand extends command(_ep0, _mw0, "RetryStageExecution", RetryStageExecution$) {
}

class RollbackStageCommand extends command(_ep0, _mw0, "RollbackStage", RollbackStage$) {
}

class StartPipelineExecutionCommand extends command(_ep0, _mw0, "StartPipelineExecution", StartPipelineExecution$) {
}

class StopPipelineExecutionCommand extends command(_ep0, _mw0, "StopPipelineExecution", StopPipelineExecution$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateActionTypeCommand extends command(_ep0, _mw0, "UpdateActionType", UpdateActionType$) {
}

class UpdatePipelineCommand extends command(_ep0, _mw0, "UpdatePipeline", UpdatePipeline$) {
}

const paginateListActionExecutions = createPaginator(CodePipelineClient, ListActionExecutionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListActionTypes = createPaginator(CodePipelineClient, ListActionTypesCommand, "nextToken", "nextToken", "");

const paginateListDeployActionExecutionTargets = createPaginator(CodePipelineClient, ListDeployActionExecutionTargetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPipelineExecutions = createPaginator(CodePipelineClient, ListPipelineExecutionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListPipelines = createPaginator(CodePipelineClient, ListPipelinesCommand, "nextToken", "nextToken", "maxResults");

const paginateListRuleExecutions = createPaginator(CodePipelineClient, ListRuleExecutionsCommand, "nextToken", "nextToken", "maxResults");

const paginateListTagsForResource = createPaginator(CodePipelineClient, ListTagsForResourceCommand, "nextToken", "nextToken", "maxResults");

const paginateListWebhooks = createPaginator(CodePipelineClient, ListWebhooksCommand, "NextToken", "NextToken", "MaxResults");

const commands = {
    AcknowledgeJobCommand,
    AcknowledgeThirdPartyJobCommand,
    CreateCustomActionTypeCommand,
    CreatePipelineCommand,
    DeleteCustomActionTypeCommand,
    DeletePipelineCommand,
    DeleteWebhookCommand,
    DeregisterWebhookWithThirdPartyCommand,
    DisableStageTransitionCommand,
    EnableStageTransitionCommand,
    GetActionTypeCommand,
    GetJobDetailsCommand,
    GetPipelineCommand,
    GetPipelineExecutionCommand,
    GetPipelineStateCommand,
    GetThirdPartyJobDetailsCommand,
    ListActionExecutionsCommand,
    ListActionTypesCommand,
    ListDeployActionExecutionTargetsCommand,
    ListPipelineExecutionsCommand,
    ListPipelinesCommand,
    ListRuleExecutionsCommand,
    ListRuleTypesCommand,
    ListTagsForResourceCommand,
    ListWebhooksCommand,
    OverrideStageConditionCommand,
    PollForJobsCommand,
    PollForThirdPartyJobsCommand,
    PutActionRevisionCommand,
    PutApprovalResultCommand,
    PutJobFailureResultCommand,
    PutJobSuccessResultCommand,
    PutThirdPartyJobFailureResultCommand,
    PutThirdPartyJobSuccessResultCommand,
    PutWebhookCommand,
    RegisterWebhookWithThirdPartyCommand,
    RetryStageExecutionCommand,
    RollbackStageCommand,
    StartPipelineExecutionCommand,
    StopPipelineExecutionCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateActionTypeCommand,
    UpdatePipelineCommand,
};
const paginators = {
    paginateListActionExecutions,
    paginateListActionTypes,
    paginateListDeployActionExecutionTargets,
    paginateListPipelineExecutions,
    paginateListPipelines,
    paginateListRuleExecutions,
    paginateListTagsForResource,
    paginateListWebhooks,
};
class CodePipeline extends CodePipelineClient {
}
createAggregatedClient(commands, CodePipeline, { paginators });

const JobStatus = {
    Created: "Created",
    Dispatched: "Dispatched",
    Failed: "Failed",
    InProgress: "InProgress",
    Queued: "Queued",
    Succeeded: "Succeeded",
    TimedOut: "TimedOut",
};
const ActionCategory = {
    Approval: "Approval",
    Build: "Build",
    Compute: "Compute",
    Deploy: "Deploy",
    Invoke: "Invoke",
    Source: "Source",
    Test: "Test",
};
const ActionConfigurationPropertyType = {
    Boolean: "Boolean",
    Number: "Number",
    String: "String",
};
const ActionOwner = {
    AWS: "AWS",
    Custom: "Custom",
    ThirdParty: "ThirdParty",
};
const EnvironmentVariableType = {
    PLAINTEXT: "PLAINTEXT",
    SECRETS_MANAGER: "SECRETS_MANAGER",
};
const ActionExecutionStatus = {
    Abandoned: "Abandoned",
    Failed: "Failed",
    InProgress: "InProgress",
    Succeeded: "Succeeded",
};
const StartTimeRange = {
    All: "All",
    Latest: "Latest",
};
const ExecutorType = {
    JobWorker: "JobWorker",
    Lambda: "Lambda",
};
const ApprovalStatus = {
    Approved: "Approved",
    Rejected: "Rejected",
};
const ArtifactLocationType = {
    S3: "S3",
};
const EncryptionKeyType = {
    KMS: "KMS",
};
const ArtifactStoreType = {
    S3: "S3",
};
const Result = {
    FAIL: "FAIL",
    RETRY: "RETRY",
    ROLLBACK: "ROLLBACK",
    SKIP: "SKIP",
};
const RuleCategory = {
    Rule: "Rule",
};
const RuleOwner = {
    AWS: "AWS",
};
const BlockerType = {
    Schedule: "Schedule",
};
const ExecutionMode = {
    PARALLEL: "PARALLEL",
    QUEUED: "QUEUED",
    SUPERSEDED: "SUPERSEDED",
};
const PipelineType = {
    V1: "V1",
    V2: "V2",
};
const StageRetryMode = {
    ALL_ACTIONS: "ALL_ACTIONS",
    FAILED_ACTIONS: "FAILED_ACTIONS",
};
const GitPullRequestEventType = {
    CLOSED: "CLOSED",
    OPEN: "OPEN",
    UPDATED: "UPDATED",
};
const PipelineTriggerProviderType = {
    CodeStarSourceConnection: "CodeStarSourceConnection",
};
const StageTransitionType = {
    Inbound: "Inbound",
    Outbound: "Outbound",
};
const ExecutionType = {
    ROLLBACK: "ROLLBACK",
    STANDARD: "STANDARD",
};
const PipelineExecutionStatus = {
    Cancelled: "Cancelled",
    Failed: "Failed",
    InProgress: "InProgress",
    Stopped: "Stopped",
    Stopping: "Stopping",
    Succeeded: "Succeeded",
    Superseded: "Superseded",
};
const TriggerType = {
    AutomatedRollback: "AutomatedRollback",
    CloudWatchEvent: "CloudWatchEvent",
    CreatePipeline: "CreatePipeline",
    ManualRollback: "ManualRollback",
    PollForSourceChanges: "PollForSourceChanges",
    PutActionRevision: "PutActionRevision",
    StartPipelineExecution: "StartPipelineExecution",
    Webhook: "Webhook",
    WebhookV2: "WebhookV2",
};
const ConditionExecutionStatus = {
    Abandoned: "Abandoned",
    Cancelled: "Cancelled",
    Errored: "Errored",
    Failed: "Failed",
    InProgress: "InProgress",
    Overridden: "Overridden",
    Succeeded: "Succeeded",
};
const RuleExecutionStatus = {
    Abandoned: "Abandoned",
    Failed: "Failed",
    InProgress: "InProgress",
    Succeeded: "Succeeded",
};
const StageExecutionStatus = {
    Cancelled: "Cancelled",
    Failed: "Failed",
    InProgress: "InProgress",
    Skipped: "Skipped",
    Stopped: "Stopped",
    Stopping: "Stopping",
    Succeeded: "Succeeded",
};
const RetryTrigger = {
    AutomatedStageRetry: "AutomatedStageRetry",
    ManualStageRetry: "ManualStageRetry",
};
const TargetFilterName = {
    TARGET_STATUS: "TARGET_STATUS",
};
const RuleConfigurationPropertyType = {
    Boolean: "Boolean",
    Number: "Number",
    String: "String",
};
const WebhookAuthenticationType = {
    GITHUB_HMAC: "GITHUB_HMAC",
    IP: "IP",
    UNAUTHENTICATED: "UNAUTHENTICATED",
};
const ConditionType = {
    BEFORE_ENTRY: "BEFORE_ENTRY",
    ON_SUCCESS: "ON_SUCCESS",
};
const FailureType = {
    ConfigurationError: "ConfigurationError",
    JobFailed: "JobFailed",
    PermissionError: "PermissionError",
    RevisionOutOfSync: "RevisionOutOfSync",
    RevisionUnavailable: "RevisionUnavailable",
    SystemUnavailable: "SystemUnavailable",
};
const SourceRevisionType = {
    COMMIT_ID: "COMMIT_ID",
    IMAGE_DIGEST: "IMAGE_DIGEST",
    S3_OBJECT_KEY: "S3_OBJECT_KEY",
    S3_OBJECT_VERSION_ID: "S3_OBJECT_VERSION_ID",
};

__webpack_unused_export__ = AWSSessionCredentials$;
__webpack_unused_export__ = AcknowledgeJob$;
__webpack_unused_export__ = AcknowledgeJobCommand;
__webpack_unused_export__ = AcknowledgeJobInput$;
__webpack_unused_export__ = AcknowledgeJobOutput$;
__webpack_unused_export__ = AcknowledgeThirdPartyJob$;
__webpack_unused_export__ = AcknowledgeThirdPartyJobCommand;
__webpack_unused_export__ = AcknowledgeThirdPartyJobInput$;
__webpack_unused_export__ = AcknowledgeThirdPartyJobOutput$;
__webpack_unused_export__ = ActionCategory;
__webpack_unused_export__ = ActionConfiguration$;
__webpack_unused_export__ = ActionConfigurationProperty$;
__webpack_unused_export__ = ActionConfigurationPropertyType;
__webpack_unused_export__ = ActionContext$;
__webpack_unused_export__ = ActionDeclaration$;
__webpack_unused_export__ = ActionExecution$;
__webpack_unused_export__ = ActionExecutionDetail$;
__webpack_unused_export__ = ActionExecutionFilter$;
__webpack_unused_export__ = ActionExecutionInput$;
__webpack_unused_export__ = ActionExecutionNotFoundException;
__webpack_unused_export__ = ActionExecutionNotFoundException$;
__webpack_unused_export__ = ActionExecutionOutput$;
__webpack_unused_export__ = ActionExecutionResult$;
__webpack_unused_export__ = ActionExecutionStatus;
__webpack_unused_export__ = ActionNotFoundException;
__webpack_unused_export__ = ActionNotFoundException$;
__webpack_unused_export__ = ActionOwner;
__webpack_unused_export__ = ActionRevision$;
__webpack_unused_export__ = ActionState$;
__webpack_unused_export__ = ActionType$;
__webpack_unused_export__ = ActionTypeArtifactDetails$;
__webpack_unused_export__ = ActionTypeDeclaration$;
__webpack_unused_export__ = ActionTypeExecutor$;
__webpack_unused_export__ = ActionTypeId$;
__webpack_unused_export__ = ActionTypeIdentifier$;
__webpack_unused_export__ = ActionTypeNotFoundException;
__webpack_unused_export__ = ActionTypeNotFoundException$;
__webpack_unused_export__ = ActionTypePermissions$;
__webpack_unused_export__ = ActionTypeProperty$;
__webpack_unused_export__ = ActionTypeSettings$;
__webpack_unused_export__ = ActionTypeUrls$;
__webpack_unused_export__ = ApprovalAlreadyCompletedException;
__webpack_unused_export__ = ApprovalAlreadyCompletedException$;
__webpack_unused_export__ = ApprovalResult$;
__webpack_unused_export__ = ApprovalStatus;
__webpack_unused_export__ = Artifact$;
__webpack_unused_export__ = ArtifactDetail$;
__webpack_unused_export__ = ArtifactDetails$;
__webpack_unused_export__ = ArtifactLocation$;
__webpack_unused_export__ = ArtifactLocationType;
__webpack_unused_export__ = ArtifactRevision$;
__webpack_unused_export__ = ArtifactStore$;
__webpack_unused_export__ = ArtifactStoreType;
__webpack_unused_export__ = BeforeEntryConditions$;
__webpack_unused_export__ = BlockerDeclaration$;
__webpack_unused_export__ = BlockerType;
__webpack_unused_export__ = CodePipeline;
exports.pEs = CodePipelineClient;
__webpack_unused_export__ = CodePipelineServiceException;
__webpack_unused_export__ = CodePipelineServiceException$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ConcurrentPipelineExecutionsLimitExceededException;
__webpack_unused_export__ = ConcurrentPipelineExecutionsLimitExceededException$;
__webpack_unused_export__ = Condition$;
__webpack_unused_export__ = ConditionExecution$;
__webpack_unused_export__ = ConditionExecutionStatus;
__webpack_unused_export__ = ConditionNotOverridableException;
__webpack_unused_export__ = ConditionNotOverridableException$;
__webpack_unused_export__ = ConditionState$;
__webpack_unused_export__ = ConditionType;
__webpack_unused_export__ = ConflictException;
__webpack_unused_export__ = ConflictException$;
__webpack_unused_export__ = CreateCustomActionType$;
__webpack_unused_export__ = CreateCustomActionTypeCommand;
__webpack_unused_export__ = CreateCustomActionTypeInput$;
__webpack_unused_export__ = CreateCustomActionTypeOutput$;
__webpack_unused_export__ = CreatePipeline$;
__webpack_unused_export__ = CreatePipelineCommand;
__webpack_unused_export__ = CreatePipelineInput$;
__webpack_unused_export__ = CreatePipelineOutput$;
__webpack_unused_export__ = CurrentRevision$;
__webpack_unused_export__ = DeleteCustomActionType$;
__webpack_unused_export__ = DeleteCustomActionTypeCommand;
__webpack_unused_export__ = DeleteCustomActionTypeInput$;
__webpack_unused_export__ = DeletePipeline$;
__webpack_unused_export__ = DeletePipelineCommand;
__webpack_unused_export__ = DeletePipelineInput$;
__webpack_unused_export__ = DeleteWebhook$;
__webpack_unused_export__ = DeleteWebhookCommand;
__webpack_unused_export__ = DeleteWebhookInput$;
__webpack_unused_export__ = DeleteWebhookOutput$;
__webpack_unused_export__ = DeployActionExecutionTarget$;
__webpack_unused_export__ = DeployTargetEvent$;
__webpack_unused_export__ = DeployTargetEventContext$;
__webpack_unused_export__ = DeregisterWebhookWithThirdParty$;
__webpack_unused_export__ = DeregisterWebhookWithThirdPartyCommand;
__webpack_unused_export__ = DeregisterWebhookWithThirdPartyInput$;
__webpack_unused_export__ = DeregisterWebhookWithThirdPartyOutput$;
__webpack_unused_export__ = DisableStageTransition$;
__webpack_unused_export__ = DisableStageTransitionCommand;
__webpack_unused_export__ = DisableStageTransitionInput$;
__webpack_unused_export__ = DuplicatedStopRequestException;
__webpack_unused_export__ = DuplicatedStopRequestException$;
__webpack_unused_export__ = EnableStageTransition$;
__webpack_unused_export__ = EnableStageTransitionCommand;
__webpack_unused_export__ = EnableStageTransitionInput$;
__webpack_unused_export__ = EncryptionKey$;
__webpack_unused_export__ = EncryptionKeyType;
__webpack_unused_export__ = EnvironmentVariable$;
__webpack_unused_export__ = EnvironmentVariableType;
__webpack_unused_export__ = ErrorDetails$;
__webpack_unused_export__ = ExecutionDetails$;
__webpack_unused_export__ = ExecutionMode;
__webpack_unused_export__ = ExecutionTrigger$;
__webpack_unused_export__ = ExecutionType;
__webpack_unused_export__ = ExecutorConfiguration$;
__webpack_unused_export__ = ExecutorType;
__webpack_unused_export__ = FailureConditions$;
__webpack_unused_export__ = FailureDetails$;
__webpack_unused_export__ = FailureType;
__webpack_unused_export__ = GetActionType$;
__webpack_unused_export__ = GetActionTypeCommand;
__webpack_unused_export__ = GetActionTypeInput$;
__webpack_unused_export__ = GetActionTypeOutput$;
__webpack_unused_export__ = GetJobDetails$;
__webpack_unused_export__ = GetJobDetailsCommand;
__webpack_unused_export__ = GetJobDetailsInput$;
__webpack_unused_export__ = GetJobDetailsOutput$;
__webpack_unused_export__ = GetPipeline$;
exports.YeD = GetPipelineCommand;
__webpack_unused_export__ = GetPipelineExecution$;
exports.qZw = GetPipelineExecutionCommand;
__webpack_unused_export__ = GetPipelineExecutionInput$;
__webpack_unused_export__ = GetPipelineExecutionOutput$;
__webpack_unused_export__ = GetPipelineInput$;
__webpack_unused_export__ = GetPipelineOutput$;
__webpack_unused_export__ = GetPipelineState$;
exports.dz2 = GetPipelineStateCommand;
__webpack_unused_export__ = GetPipelineStateInput$;
__webpack_unused_export__ = GetPipelineStateOutput$;
__webpack_unused_export__ = GetThirdPartyJobDetails$;
__webpack_unused_export__ = GetThirdPartyJobDetailsCommand;
__webpack_unused_export__ = GetThirdPartyJobDetailsInput$;
__webpack_unused_export__ = GetThirdPartyJobDetailsOutput$;
__webpack_unused_export__ = GitBranchFilterCriteria$;
__webpack_unused_export__ = GitConfiguration$;
__webpack_unused_export__ = GitFilePathFilterCriteria$;
__webpack_unused_export__ = GitPullRequestEventType;
__webpack_unused_export__ = GitPullRequestFilter$;
__webpack_unused_export__ = GitPushFilter$;
__webpack_unused_export__ = GitTagFilterCriteria$;
__webpack_unused_export__ = InputArtifact$;
__webpack_unused_export__ = InvalidActionDeclarationException;
__webpack_unused_export__ = InvalidActionDeclarationException$;
__webpack_unused_export__ = InvalidApprovalTokenException;
__webpack_unused_export__ = InvalidApprovalTokenException$;
__webpack_unused_export__ = InvalidArnException;
__webpack_unused_export__ = InvalidArnException$;
__webpack_unused_export__ = InvalidBlockerDeclarationException;
__webpack_unused_export__ = InvalidBlockerDeclarationException$;
__webpack_unused_export__ = InvalidClientTokenException;
__webpack_unused_export__ = InvalidClientTokenException$;
__webpack_unused_export__ = InvalidJobException;
__webpack_unused_export__ = InvalidJobException$;
__webpack_unused_export__ = InvalidJobStateException;
__webpack_unused_export__ = InvalidJobStateException$;
__webpack_unused_export__ = InvalidNextTokenException;
__webpack_unused_export__ = InvalidNextTokenException$;
__webpack_unused_export__ = InvalidNonceException;
__webpack_unused_export__ = InvalidNonceException$;
__webpack_unused_export__ = InvalidStageDeclarationException;
__webpack_unused_export__ = InvalidStageDeclarationException$;
__webpack_unused_export__ = InvalidStructureException;
__webpack_unused_export__ = InvalidStructureException$;
__webpack_unused_export__ = InvalidTagsException;
__webpack_unused_export__ = InvalidTagsException$;
__webpack_unused_export__ = InvalidWebhookAuthenticationParametersException;
__webpack_unused_export__ = InvalidWebhookAuthenticationParametersException$;
__webpack_unused_export__ = InvalidWebhookFilterPatternException;
__webpack_unused_export__ = InvalidWebhookFilterPatternException$;
__webpack_unused_export__ = Job$;
__webpack_unused_export__ = JobData$;
__webpack_unused_export__ = JobDetails$;
__webpack_unused_export__ = JobNotFoundException;
__webpack_unused_export__ = JobNotFoundException$;
__webpack_unused_export__ = JobStatus;
__webpack_unused_export__ = JobWorkerExecutorConfiguration$;
__webpack_unused_export__ = LambdaExecutorConfiguration$;
__webpack_unused_export__ = LatestInPipelineExecutionFilter$;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = ListActionExecutions$;
exports.X$i = ListActionExecutionsCommand;
__webpack_unused_export__ = ListActionExecutionsInput$;
__webpack_unused_export__ = ListActionExecutionsOutput$;
__webpack_unused_export__ = ListActionTypes$;
__webpack_unused_export__ = ListActionTypesCommand;
__webpack_unused_export__ = ListActionTypesInput$;
__webpack_unused_export__ = ListActionTypesOutput$;
__webpack_unused_export__ = ListDeployActionExecutionTargets$;
__webpack_unused_export__ = ListDeployActionExecutionTargetsCommand;
__webpack_unused_export__ = ListDeployActionExecutionTargetsInput$;
__webpack_unused_export__ = ListDeployActionExecutionTargetsOutput$;
__webpack_unused_export__ = ListPipelineExecutions$;
__webpack_unused_export__ = ListPipelineExecutionsCommand;
__webpack_unused_export__ = ListPipelineExecutionsInput$;
__webpack_unused_export__ = ListPipelineExecutionsOutput$;
__webpack_unused_export__ = ListPipelines$;
__webpack_unused_export__ = ListPipelinesCommand;
__webpack_unused_export__ = ListPipelinesInput$;
__webpack_unused_export__ = ListPipelinesOutput$;
__webpack_unused_export__ = ListRuleExecutions$;
__webpack_unused_export__ = ListRuleExecutionsCommand;
__webpack_unused_export__ = ListRuleExecutionsInput$;
__webpack_unused_export__ = ListRuleExecutionsOutput$;
__webpack_unused_export__ = ListRuleTypes$;
__webpack_unused_export__ = ListRuleTypesCommand;
__webpack_unused_export__ = ListRuleTypesInput$;
__webpack_unused_export__ = ListRuleTypesOutput$;
__webpack_unused_export__ = ListTagsForResource$;
__webpack_unused_export__ = ListTagsForResourceCommand;
__webpack_unused_export__ = ListTagsForResourceInput$;
__webpack_unused_export__ = ListTagsForResourceOutput$;
__webpack_unused_export__ = ListWebhookItem$;
__webpack_unused_export__ = ListWebhooks$;
__webpack_unused_export__ = ListWebhooksCommand;
__webpack_unused_export__ = ListWebhooksInput$;
__webpack_unused_export__ = ListWebhooksOutput$;
__webpack_unused_export__ = NotLatestPipelineExecutionException;
__webpack_unused_export__ = NotLatestPipelineExecutionException$;
__webpack_unused_export__ = OutputArtifact$;
__webpack_unused_export__ = OutputVariablesSizeExceededException;
__webpack_unused_export__ = OutputVariablesSizeExceededException$;
__webpack_unused_export__ = OverrideStageCondition$;
__webpack_unused_export__ = OverrideStageConditionCommand;
__webpack_unused_export__ = OverrideStageConditionInput$;
__webpack_unused_export__ = PipelineContext$;
__webpack_unused_export__ = PipelineDeclaration$;
__webpack_unused_export__ = PipelineExecution$;
__webpack_unused_export__ = PipelineExecutionFilter$;
__webpack_unused_export__ = PipelineExecutionNotFoundException;
__webpack_unused_export__ = PipelineExecutionNotFoundException$;
__webpack_unused_export__ = PipelineExecutionNotStoppableException;
__webpack_unused_export__ = PipelineExecutionNotStoppableException$;
__webpack_unused_export__ = PipelineExecutionOutdatedException;
__webpack_unused_export__ = PipelineExecutionOutdatedException$;
__webpack_unused_export__ = PipelineExecutionStatus;
__webpack_unused_export__ = PipelineExecutionSummary$;
__webpack_unused_export__ = PipelineMetadata$;
__webpack_unused_export__ = PipelineNameInUseException;
__webpack_unused_export__ = PipelineNameInUseException$;
__webpack_unused_export__ = PipelineNotFoundException;
__webpack_unused_export__ = PipelineNotFoundException$;
__webpack_unused_export__ = PipelineRollbackMetadata$;
__webpack_unused_export__ = PipelineSummary$;
__webpack_unused_export__ = PipelineTriggerDeclaration$;
__webpack_unused_export__ = PipelineTriggerProviderType;
__webpack_unused_export__ = PipelineType;
__webpack_unused_export__ = PipelineVariable$;
__webpack_unused_export__ = PipelineVariableDeclaration$;
__webpack_unused_export__ = PipelineVersionNotFoundException;
__webpack_unused_export__ = PipelineVersionNotFoundException$;
__webpack_unused_export__ = PollForJobs$;
__webpack_unused_export__ = PollForJobsCommand;
__webpack_unused_export__ = PollForJobsInput$;
__webpack_unused_export__ = PollForJobsOutput$;
__webpack_unused_export__ = PollForThirdPartyJobs$;
__webpack_unused_export__ = PollForThirdPartyJobsCommand;
__webpack_unused_export__ = PollForThirdPartyJobsInput$;
__webpack_unused_export__ = PollForThirdPartyJobsOutput$;
__webpack_unused_export__ = PutActionRevision$;
__webpack_unused_export__ = PutActionRevisionCommand;
__webpack_unused_export__ = PutActionRevisionInput$;
__webpack_unused_export__ = PutActionRevisionOutput$;
__webpack_unused_export__ = PutApprovalResult$;
exports.DVx = PutApprovalResultCommand;
__webpack_unused_export__ = PutApprovalResultInput$;
__webpack_unused_export__ = PutApprovalResultOutput$;
__webpack_unused_export__ = PutJobFailureResult$;
__webpack_unused_export__ = PutJobFailureResultCommand;
__webpack_unused_export__ = PutJobFailureResultInput$;
__webpack_unused_export__ = PutJobSuccessResult$;
__webpack_unused_export__ = PutJobSuccessResultCommand;
__webpack_unused_export__ = PutJobSuccessResultInput$;
__webpack_unused_export__ = PutThirdPartyJobFailureResult$;
__webpack_unused_export__ = PutThirdPartyJobFailureResultCommand;
__webpack_unused_export__ = PutThirdPartyJobFailureResultInput$;
__webpack_unused_export__ = PutThirdPartyJobSuccessResult$;
__webpack_unused_export__ = PutThirdPartyJobSuccessResultCommand;
__webpack_unused_export__ = PutThirdPartyJobSuccessResultInput$;
__webpack_unused_export__ = PutWebhook$;
__webpack_unused_export__ = PutWebhookCommand;
__webpack_unused_export__ = PutWebhookInput$;
__webpack_unused_export__ = PutWebhookOutput$;
__webpack_unused_export__ = RegisterWebhookWithThirdParty$;
__webpack_unused_export__ = RegisterWebhookWithThirdPartyCommand;
__webpack_unused_export__ = RegisterWebhookWithThirdPartyInput$;
__webpack_unused_export__ = RegisterWebhookWithThirdPartyOutput$;
__webpack_unused_export__ = RequestFailedException;
__webpack_unused_export__ = RequestFailedException$;
__webpack_unused_export__ = ResolvedPipelineVariable$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = Result;
__webpack_unused_export__ = RetryConfiguration$;
__webpack_unused_export__ = RetryStageExecution$;
__webpack_unused_export__ = RetryStageExecutionCommand;
__webpack_unused_export__ = RetryStageExecutionInput$;
__webpack_unused_export__ = RetryStageExecutionOutput$;
__webpack_unused_export__ = RetryStageMetadata$;
__webpack_unused_export__ = RetryTrigger;
__webpack_unused_export__ = RollbackStage$;
__webpack_unused_export__ = RollbackStageCommand;
__webpack_unused_export__ = RollbackStageInput$;
__webpack_unused_export__ = RollbackStageOutput$;
__webpack_unused_export__ = RuleCategory;
__webpack_unused_export__ = RuleConfigurationProperty$;
__webpack_unused_export__ = RuleConfigurationPropertyType;
__webpack_unused_export__ = RuleDeclaration$;
__webpack_unused_export__ = RuleExecution$;
__webpack_unused_export__ = RuleExecutionDetail$;
__webpack_unused_export__ = RuleExecutionFilter$;
__webpack_unused_export__ = RuleExecutionInput$;
__webpack_unused_export__ = RuleExecutionOutput$;
__webpack_unused_export__ = RuleExecutionResult$;
__webpack_unused_export__ = RuleExecutionStatus;
__webpack_unused_export__ = RuleOwner;
__webpack_unused_export__ = RuleRevision$;
__webpack_unused_export__ = RuleState$;
__webpack_unused_export__ = RuleType$;
__webpack_unused_export__ = RuleTypeId$;
__webpack_unused_export__ = RuleTypeSettings$;
__webpack_unused_export__ = S3ArtifactLocation$;
__webpack_unused_export__ = S3Location$;
__webpack_unused_export__ = SourceRevision$;
__webpack_unused_export__ = SourceRevisionOverride$;
__webpack_unused_export__ = SourceRevisionType;
__webpack_unused_export__ = StageConditionState$;
__webpack_unused_export__ = StageConditionsExecution$;
__webpack_unused_export__ = StageContext$;
__webpack_unused_export__ = StageDeclaration$;
__webpack_unused_export__ = StageExecution$;
__webpack_unused_export__ = StageExecutionStatus;
__webpack_unused_export__ = StageNotFoundException;
__webpack_unused_export__ = StageNotFoundException$;
__webpack_unused_export__ = StageNotRetryableException;
__webpack_unused_export__ = StageNotRetryableException$;
__webpack_unused_export__ = StageRetryMode;
__webpack_unused_export__ = StageState$;
__webpack_unused_export__ = StageTransitionType;
__webpack_unused_export__ = StartPipelineExecution$;
exports.QqH = StartPipelineExecutionCommand;
__webpack_unused_export__ = StartPipelineExecutionInput$;
__webpack_unused_export__ = StartPipelineExecutionOutput$;
__webpack_unused_export__ = StartTimeRange;
__webpack_unused_export__ = StopExecutionTrigger$;
__webpack_unused_export__ = StopPipelineExecution$;
__webpack_unused_export__ = StopPipelineExecutionCommand;
__webpack_unused_export__ = StopPipelineExecutionInput$;
__webpack_unused_export__ = StopPipelineExecutionOutput$;
__webpack_unused_export__ = SucceededInStageFilter$;
__webpack_unused_export__ = SuccessConditions$;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceInput$;
__webpack_unused_export__ = TagResourceOutput$;
__webpack_unused_export__ = TargetFilter$;
__webpack_unused_export__ = TargetFilterName;
__webpack_unused_export__ = ThirdPartyJob$;
__webpack_unused_export__ = ThirdPartyJobData$;
__webpack_unused_export__ = ThirdPartyJobDetails$;
__webpack_unused_export__ = TooManyTagsException;
__webpack_unused_export__ = TooManyTagsException$;
__webpack_unused_export__ = TransitionState$;
__webpack_unused_export__ = TriggerType;
__webpack_unused_export__ = UnableToRollbackStageException;
__webpack_unused_export__ = UnableToRollbackStageException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceInput$;
__webpack_unused_export__ = UntagResourceOutput$;
__webpack_unused_export__ = UpdateActionType$;
__webpack_unused_export__ = UpdateActionTypeCommand;
__webpack_unused_export__ = UpdateActionTypeInput$;
__webpack_unused_export__ = UpdatePipeline$;
__webpack_unused_export__ = UpdatePipelineCommand;
__webpack_unused_export__ = UpdatePipelineInput$;
__webpack_unused_export__ = UpdatePipelineOutput$;
__webpack_unused_export__ = ValidationException;
__webpack_unused_export__ = ValidationException$;
__webpack_unused_export__ = WebhookAuthConfiguration$;
__webpack_unused_export__ = WebhookAuthenticationType;
__webpack_unused_export__ = WebhookDefinition$;
__webpack_unused_export__ = WebhookFilterRule$;
__webpack_unused_export__ = WebhookNotFoundException;
__webpack_unused_export__ = WebhookNotFoundException$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateListActionExecutions;
__webpack_unused_export__ = paginateListActionTypes;
__webpack_unused_export__ = paginateListDeployActionExecutionTargets;
__webpack_unused_export__ = paginateListPipelineExecutions;
__webpack_unused_export__ = paginateListPipelines;
__webpack_unused_export__ = paginateListRuleExecutions;
__webpack_unused_export__ = paginateListTagsForResource;
__webpack_unused_export__ = paginateListWebhooks;


/***/ })

};
;