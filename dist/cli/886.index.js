exports.id = 886;
exports.ids = [886];
exports.modules = {

/***/ 2065:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpAuthSchemeConfig = exports.defaultSSMIncidentsHttpAuthSchemeProvider = exports.defaultSSMIncidentsHttpAuthSchemeParametersProvider = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const util_middleware_1 = __webpack_require__(6324);
const defaultSSMIncidentsHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0, util_middleware_1.getSmithyContext)(context).operation,
        region: await (0, util_middleware_1.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
exports.defaultSSMIncidentsHttpAuthSchemeParametersProvider = defaultSSMIncidentsHttpAuthSchemeParametersProvider;
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "ssm-incidents",
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
const defaultSSMIncidentsHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
exports.defaultSSMIncidentsHttpAuthSchemeProvider = defaultSSMIncidentsHttpAuthSchemeProvider;
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0, httpAuthSchemes_1.resolveAwsSdkSigV4Config)(config);
    return Object.assign(config_0, {
        authSchemePreference: (0, util_middleware_1.normalizeProvider)(config.authSchemePreference ?? []),
    });
};
exports.resolveHttpAuthSchemeConfig = resolveHttpAuthSchemeConfig;


/***/ }),

/***/ 2887:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultEndpointResolver = void 0;
const util_endpoints_1 = __webpack_require__(3068);
const util_endpoints_2 = __webpack_require__(9674);
const ruleset_1 = __webpack_require__(4308);
const cache = new util_endpoints_2.EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0, util_endpoints_2.resolveEndpoint)(ruleset_1.ruleSet, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
exports.defaultEndpointResolver = defaultEndpointResolver;
util_endpoints_2.customEndpointFunctions.aws = util_endpoints_1.awsEndpointFunctions;


/***/ }),

/***/ 4308:
/***/ ((__unused_webpack_module, exports) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ruleSet = void 0;
const s = "required", t = "fn", u = "argv", v = "ref";
const a = true, b = "isSet", c = "booleanEquals", d = "error", e = "endpoint", f = "tree", g = "PartitionResult", h = { [s]: false, "type": "string" }, i = { [s]: true, "default": false, "type": "boolean" }, j = { [v]: "Endpoint" }, k = { [t]: c, [u]: [{ [v]: "UseFIPS" }, true] }, l = { [t]: c, [u]: [{ [v]: "UseDualStack" }, true] }, m = {}, n = { [t]: "getAttr", [u]: [{ [v]: g }, "supportsFIPS"] }, o = { [t]: c, [u]: [true, { [t]: "getAttr", [u]: [{ [v]: g }, "supportsDualStack"] }] }, p = [k], q = [l], r = [{ [v]: "Region" }];
const _data = { version: "1.0", parameters: { Region: h, UseDualStack: i, UseFIPS: i, Endpoint: h }, rules: [{ conditions: [{ [t]: b, [u]: [j] }], rules: [{ conditions: p, error: "Invalid Configuration: FIPS and custom endpoint are not supported", type: d }, { conditions: q, error: "Invalid Configuration: Dualstack and custom endpoint are not supported", type: d }, { endpoint: { url: j, properties: m, headers: m }, type: e }], type: f }, { conditions: [{ [t]: b, [u]: r }], rules: [{ conditions: [{ [t]: "aws.partition", [u]: r, assign: g }], rules: [{ conditions: [k, l], rules: [{ conditions: [{ [t]: c, [u]: [a, n] }, o], rules: [{ endpoint: { url: "https://ssm-incidents-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS and DualStack are enabled, but this partition does not support one or both", type: d }], type: f }, { conditions: p, rules: [{ conditions: [{ [t]: c, [u]: [n, a] }], rules: [{ endpoint: { url: "https://ssm-incidents-fips.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "FIPS is enabled but this partition does not support FIPS", type: d }], type: f }, { conditions: q, rules: [{ conditions: [o], rules: [{ endpoint: { url: "https://ssm-incidents.{Region}.{PartitionResult#dualStackDnsSuffix}", properties: m, headers: m }, type: e }], type: f }, { error: "DualStack is enabled but this partition does not support DualStack", type: d }], type: f }, { endpoint: { url: "https://ssm-incidents.{Region}.{PartitionResult#dnsSuffix}", properties: m, headers: m }, type: e }], type: f }], type: f }, { error: "Invalid Configuration: Missing Region", type: d }] };
exports.ruleSet = _data;


/***/ }),

/***/ 3886:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";


var middlewareHostHeader = __webpack_require__(2590);
var middlewareLogger = __webpack_require__(5242);
var middlewareRecursionDetection = __webpack_require__(1568);
var middlewareUserAgent = __webpack_require__(5340);
var configResolver = __webpack_require__(9316);
var core = __webpack_require__(402);
var schema = __webpack_require__(6890);
var middlewareContentLength = __webpack_require__(7212);
var middlewareEndpoint = __webpack_require__(2480);
var middlewareRetry = __webpack_require__(9618);
var smithyClient = __webpack_require__(1411);
var httpAuthSchemeProvider = __webpack_require__(2065);
var runtimeConfig = __webpack_require__(2944);
var regionConfigResolver = __webpack_require__(6463);
var protocolHttp = __webpack_require__(2356);
var schemas_0 = __webpack_require__(206);
var utilWaiter = __webpack_require__(5290);
var errors = __webpack_require__(6354);
var SSMIncidentsServiceException = __webpack_require__(6145);

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "ssm-incidents",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
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
    const extensionConfiguration = Object.assign(regionConfigResolver.getAwsRegionExtensionConfiguration(runtimeConfig), smithyClient.getDefaultExtensionConfiguration(runtimeConfig), protocolHttp.getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, regionConfigResolver.resolveAwsRegionExtensionConfiguration(extensionConfiguration), smithyClient.resolveDefaultRuntimeConfig(extensionConfiguration), protocolHttp.resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class SSMIncidentsClient extends smithyClient.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig.getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = middlewareUserAgent.resolveUserAgentConfig(_config_1);
        const _config_3 = middlewareRetry.resolveRetryConfig(_config_2);
        const _config_4 = configResolver.resolveRegionConfig(_config_3);
        const _config_5 = middlewareHostHeader.resolveHostHeaderConfig(_config_4);
        const _config_6 = middlewareEndpoint.resolveEndpointConfig(_config_5);
        const _config_7 = httpAuthSchemeProvider.resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(schema.getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(middlewareUserAgent.getUserAgentPlugin(this.config));
        this.middlewareStack.use(middlewareRetry.getRetryPlugin(this.config));
        this.middlewareStack.use(middlewareContentLength.getContentLengthPlugin(this.config));
        this.middlewareStack.use(middlewareHostHeader.getHostHeaderPlugin(this.config));
        this.middlewareStack.use(middlewareLogger.getLoggerPlugin(this.config));
        this.middlewareStack.use(middlewareRecursionDetection.getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(core.getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: httpAuthSchemeProvider.defaultSSMIncidentsHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new core.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(core.getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

class BatchGetIncidentFindingsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "BatchGetIncidentFindings", {})
    .n("SSMIncidentsClient", "BatchGetIncidentFindingsCommand")
    .sc(schemas_0.BatchGetIncidentFindings$)
    .build() {
}

class CreateReplicationSetCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "CreateReplicationSet", {})
    .n("SSMIncidentsClient", "CreateReplicationSetCommand")
    .sc(schemas_0.CreateReplicationSet$)
    .build() {
}

class CreateResponsePlanCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "CreateResponsePlan", {})
    .n("SSMIncidentsClient", "CreateResponsePlanCommand")
    .sc(schemas_0.CreateResponsePlan$)
    .build() {
}

class CreateTimelineEventCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "CreateTimelineEvent", {})
    .n("SSMIncidentsClient", "CreateTimelineEventCommand")
    .sc(schemas_0.CreateTimelineEvent$)
    .build() {
}

class DeleteIncidentRecordCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "DeleteIncidentRecord", {})
    .n("SSMIncidentsClient", "DeleteIncidentRecordCommand")
    .sc(schemas_0.DeleteIncidentRecord$)
    .build() {
}

class DeleteReplicationSetCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "DeleteReplicationSet", {})
    .n("SSMIncidentsClient", "DeleteReplicationSetCommand")
    .sc(schemas_0.DeleteReplicationSet$)
    .build() {
}

class DeleteResourcePolicyCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "DeleteResourcePolicy", {})
    .n("SSMIncidentsClient", "DeleteResourcePolicyCommand")
    .sc(schemas_0.DeleteResourcePolicy$)
    .build() {
}

class DeleteResponsePlanCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "DeleteResponsePlan", {})
    .n("SSMIncidentsClient", "DeleteResponsePlanCommand")
    .sc(schemas_0.DeleteResponsePlan$)
    .build() {
}

class DeleteTimelineEventCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "DeleteTimelineEvent", {})
    .n("SSMIncidentsClient", "DeleteTimelineEventCommand")
    .sc(schemas_0.DeleteTimelineEvent$)
    .build() {
}

class GetIncidentRecordCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "GetIncidentRecord", {})
    .n("SSMIncidentsClient", "GetIncidentRecordCommand")
    .sc(schemas_0.GetIncidentRecord$)
    .build() {
}

class GetReplicationSetCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "GetReplicationSet", {})
    .n("SSMIncidentsClient", "GetReplicationSetCommand")
    .sc(schemas_0.GetReplicationSet$)
    .build() {
}

class GetResourcePoliciesCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "GetResourcePolicies", {})
    .n("SSMIncidentsClient", "GetResourcePoliciesCommand")
    .sc(schemas_0.GetResourcePolicies$)
    .build() {
}

class GetResponsePlanCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "GetResponsePlan", {})
    .n("SSMIncidentsClient", "GetResponsePlanCommand")
    .sc(schemas_0.GetResponsePlan$)
    .build() {
}

class GetTimelineEventCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "GetTimelineEvent", {})
    .n("SSMIncidentsClient", "GetTimelineEventCommand")
    .sc(schemas_0.GetTimelineEvent$)
    .build() {
}

class ListIncidentFindingsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListIncidentFindings", {})
    .n("SSMIncidentsClient", "ListIncidentFindingsCommand")
    .sc(schemas_0.ListIncidentFindings$)
    .build() {
}

class ListIncidentRecordsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListIncidentRecords", {})
    .n("SSMIncidentsClient", "ListIncidentRecordsCommand")
    .sc(schemas_0.ListIncidentRecords$)
    .build() {
}

class ListRelatedItemsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListRelatedItems", {})
    .n("SSMIncidentsClient", "ListRelatedItemsCommand")
    .sc(schemas_0.ListRelatedItems$)
    .build() {
}

class ListReplicationSetsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListReplicationSets", {})
    .n("SSMIncidentsClient", "ListReplicationSetsCommand")
    .sc(schemas_0.ListReplicationSets$)
    .build() {
}

class ListResponsePlansCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListResponsePlans", {})
    .n("SSMIncidentsClient", "ListResponsePlansCommand")
    .sc(schemas_0.ListResponsePlans$)
    .build() {
}

class ListTagsForResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListTagsForResource", {})
    .n("SSMIncidentsClient", "ListTagsForResourceCommand")
    .sc(schemas_0.ListTagsForResource$)
    .build() {
}

class ListTimelineEventsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "ListTimelineEvents", {})
    .n("SSMIncidentsClient", "ListTimelineEventsCommand")
    .sc(schemas_0.ListTimelineEvents$)
    .build() {
}

class PutResourcePolicyCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "PutResourcePolicy", {})
    .n("SSMIncidentsClient", "PutResourcePolicyCommand")
    .sc(schemas_0.PutResourcePolicy$)
    .build() {
}

class StartIncidentCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "StartIncident", {})
    .n("SSMIncidentsClient", "StartIncidentCommand")
    .sc(schemas_0.StartIncident$)
    .build() {
}

class TagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "TagResource", {})
    .n("SSMIncidentsClient", "TagResourceCommand")
    .sc(schemas_0.TagResource$)
    .build() {
}

class UntagResourceCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UntagResource", {})
    .n("SSMIncidentsClient", "UntagResourceCommand")
    .sc(schemas_0.UntagResource$)
    .build() {
}

class UpdateDeletionProtectionCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateDeletionProtection", {})
    .n("SSMIncidentsClient", "UpdateDeletionProtectionCommand")
    .sc(schemas_0.UpdateDeletionProtection$)
    .build() {
}

class UpdateIncidentRecordCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateIncidentRecord", {})
    .n("SSMIncidentsClient", "UpdateIncidentRecordCommand")
    .sc(schemas_0.UpdateIncidentRecord$)
    .build() {
}

class UpdateRelatedItemsCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateRelatedItems", {})
    .n("SSMIncidentsClient", "UpdateRelatedItemsCommand")
    .sc(schemas_0.UpdateRelatedItems$)
    .build() {
}

class UpdateReplicationSetCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateReplicationSet", {})
    .n("SSMIncidentsClient", "UpdateReplicationSetCommand")
    .sc(schemas_0.UpdateReplicationSet$)
    .build() {
}

class UpdateResponsePlanCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateResponsePlan", {})
    .n("SSMIncidentsClient", "UpdateResponsePlanCommand")
    .sc(schemas_0.UpdateResponsePlan$)
    .build() {
}

class UpdateTimelineEventCommand extends smithyClient.Command
    .classBuilder()
    .ep(commonParams)
    .m(function (Command, cs, config, o) {
    return [middlewareEndpoint.getEndpointPlugin(config, Command.getEndpointParameterInstructions())];
})
    .s("SSMIncidents", "UpdateTimelineEvent", {})
    .n("SSMIncidentsClient", "UpdateTimelineEventCommand")
    .sc(schemas_0.UpdateTimelineEvent$)
    .build() {
}

const paginateGetResourcePolicies = core.createPaginator(SSMIncidentsClient, GetResourcePoliciesCommand, "nextToken", "nextToken", "maxResults");

const paginateListIncidentFindings = core.createPaginator(SSMIncidentsClient, ListIncidentFindingsCommand, "nextToken", "nextToken", "maxResults");

const paginateListIncidentRecords = core.createPaginator(SSMIncidentsClient, ListIncidentRecordsCommand, "nextToken", "nextToken", "maxResults");

const paginateListRelatedItems = core.createPaginator(SSMIncidentsClient, ListRelatedItemsCommand, "nextToken", "nextToken", "maxResults");

const paginateListReplicationSets = core.createPaginator(SSMIncidentsClient, ListReplicationSetsCommand, "nextToken", "nextToken", "maxResults");

const paginateListResponsePlans = core.createPaginator(SSMIncidentsClient, ListResponsePlansCommand, "nextToken", "nextToken", "maxResults");

const paginateListTimelineEvents = core.createPaginator(SSMIncidentsClient, ListTimelineEventsCommand, "nextToken", "nextToken", "maxResults");

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetReplicationSetCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "ACTIVE") {
                return { state: utilWaiter.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "CREATING") {
                return { state: utilWaiter.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "UPDATING") {
                return { state: utilWaiter.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForWaitForReplicationSetActive = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 30 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilWaitForReplicationSetActive = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 30 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return utilWaiter.checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetReplicationSetCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "DELETING") {
                return { state: utilWaiter.WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.replicationSet.status;
            };
            if (returnComparator() === "FAILED") {
                return { state: utilWaiter.WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
        if (exception.name && exception.name == "ResourceNotFoundException") {
            return { state: utilWaiter.WaiterState.SUCCESS, reason };
        }
    }
    return { state: utilWaiter.WaiterState.RETRY, reason };
};
const waitForWaitForReplicationSetDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 30 };
    return utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilWaitForReplicationSetDeleted = async (params, input) => {
    const serviceDefaults = { minDelay: 30, maxDelay: 30 };
    const result = await utilWaiter.createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return utilWaiter.checkExceptions(result);
};

const commands = {
    BatchGetIncidentFindingsCommand,
    CreateReplicationSetCommand,
    CreateResponsePlanCommand,
    CreateTimelineEventCommand,
    DeleteIncidentRecordCommand,
    DeleteReplicationSetCommand,
    DeleteResourcePolicyCommand,
    DeleteResponsePlanCommand,
    DeleteTimelineEventCommand,
    GetIncidentRecordCommand,
    GetReplicationSetCommand,
    GetResourcePoliciesCommand,
    GetResponsePlanCommand,
    GetTimelineEventCommand,
    ListIncidentFindingsCommand,
    ListIncidentRecordsCommand,
    ListRelatedItemsCommand,
    ListReplicationSetsCommand,
    ListResponsePlansCommand,
    ListTagsForResourceCommand,
    ListTimelineEventsCommand,
    PutResourcePolicyCommand,
    StartIncidentCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateDeletionProtectionCommand,
    UpdateIncidentRecordCommand,
    UpdateRelatedItemsCommand,
    UpdateReplicationSetCommand,
    UpdateResponsePlanCommand,
    UpdateTimelineEventCommand,
};
const paginators = {
    paginateGetResourcePolicies,
    paginateListIncidentFindings,
    paginateListIncidentRecords,
    paginateListRelatedItems,
    paginateListReplicationSets,
    paginateListResponsePlans,
    paginateListTimelineEvents,
};
const waiters = {
    waitUntilWaitForReplicationSetActive,
    waitUntilWaitForReplicationSetDeleted,
};
class SSMIncidents extends SSMIncidentsClient {
}
smithyClient.createAggregatedClient(commands, SSMIncidents, { paginators, waiters });

const VariableType = {
    INCIDENT_RECORD_ARN: "INCIDENT_RECORD_ARN",
    INVOLVED_RESOURCES: "INVOLVED_RESOURCES",
};
const SsmTargetAccount = {
    IMPACTED_ACCOUNT: "IMPACTED_ACCOUNT",
    RESPONSE_PLAN_OWNER_ACCOUNT: "RESPONSE_PLAN_OWNER_ACCOUNT",
};
const ResourceType = {
    INCIDENT_RECORD: "INCIDENT_RECORD",
    REPLICATION_SET: "REPLICATION_SET",
    RESOURCE_POLICY: "RESOURCE_POLICY",
    RESPONSE_PLAN: "RESPONSE_PLAN",
    TIMELINE_EVENT: "TIMELINE_EVENT",
};
const ServiceCode = {
    SSM_INCIDENTS: "ssm-incidents",
};
const IncidentRecordStatus = {
    OPEN: "OPEN",
    RESOLVED: "RESOLVED",
};
const RegionStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
};
const ReplicationSetStatus = {
    ACTIVE: "ACTIVE",
    CREATING: "CREATING",
    DELETING: "DELETING",
    FAILED: "FAILED",
    UPDATING: "UPDATING",
};
const ItemType = {
    ANALYSIS: "ANALYSIS",
    ATTACHMENT: "ATTACHMENT",
    AUTOMATION: "AUTOMATION",
    INCIDENT: "INCIDENT",
    INVOLVED_RESOURCE: "INVOLVED_RESOURCE",
    METRIC: "METRIC",
    OTHER: "OTHER",
    PARENT: "PARENT",
    TASK: "TASK",
};
const TimelineEventSort = {
    EVENT_TIME: "EVENT_TIME",
};
const SortOrder = {
    ASCENDING: "ASCENDING",
    DESCENDING: "DESCENDING",
};

exports.$Command = smithyClient.Command;
exports.__Client = smithyClient.Client;
exports.SSMIncidentsServiceException = SSMIncidentsServiceException.SSMIncidentsServiceException;
exports.BatchGetIncidentFindingsCommand = BatchGetIncidentFindingsCommand;
exports.CreateReplicationSetCommand = CreateReplicationSetCommand;
exports.CreateResponsePlanCommand = CreateResponsePlanCommand;
exports.CreateTimelineEventCommand = CreateTimelineEventCommand;
exports.DeleteIncidentRecordCommand = DeleteIncidentRecordCommand;
exports.DeleteReplicationSetCommand = DeleteReplicationSetCommand;
exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
exports.DeleteResponsePlanCommand = DeleteResponsePlanCommand;
exports.DeleteTimelineEventCommand = DeleteTimelineEventCommand;
exports.GetIncidentRecordCommand = GetIncidentRecordCommand;
exports.GetReplicationSetCommand = GetReplicationSetCommand;
exports.GetResourcePoliciesCommand = GetResourcePoliciesCommand;
exports.GetResponsePlanCommand = GetResponsePlanCommand;
exports.GetTimelineEventCommand = GetTimelineEventCommand;
exports.IncidentRecordStatus = IncidentRecordStatus;
exports.ItemType = ItemType;
exports.ListIncidentFindingsCommand = ListIncidentFindingsCommand;
exports.ListIncidentRecordsCommand = ListIncidentRecordsCommand;
exports.ListRelatedItemsCommand = ListRelatedItemsCommand;
exports.ListReplicationSetsCommand = ListReplicationSetsCommand;
exports.ListResponsePlansCommand = ListResponsePlansCommand;
exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
exports.ListTimelineEventsCommand = ListTimelineEventsCommand;
exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
exports.RegionStatus = RegionStatus;
exports.ReplicationSetStatus = ReplicationSetStatus;
exports.ResourceType = ResourceType;
exports.SSMIncidents = SSMIncidents;
exports.SSMIncidentsClient = SSMIncidentsClient;
exports.ServiceCode = ServiceCode;
exports.SortOrder = SortOrder;
exports.SsmTargetAccount = SsmTargetAccount;
exports.StartIncidentCommand = StartIncidentCommand;
exports.TagResourceCommand = TagResourceCommand;
exports.TimelineEventSort = TimelineEventSort;
exports.UntagResourceCommand = UntagResourceCommand;
exports.UpdateDeletionProtectionCommand = UpdateDeletionProtectionCommand;
exports.UpdateIncidentRecordCommand = UpdateIncidentRecordCommand;
exports.UpdateRelatedItemsCommand = UpdateRelatedItemsCommand;
exports.UpdateReplicationSetCommand = UpdateReplicationSetCommand;
exports.UpdateResponsePlanCommand = UpdateResponsePlanCommand;
exports.UpdateTimelineEventCommand = UpdateTimelineEventCommand;
exports.VariableType = VariableType;
exports.paginateGetResourcePolicies = paginateGetResourcePolicies;
exports.paginateListIncidentFindings = paginateListIncidentFindings;
exports.paginateListIncidentRecords = paginateListIncidentRecords;
exports.paginateListRelatedItems = paginateListRelatedItems;
exports.paginateListReplicationSets = paginateListReplicationSets;
exports.paginateListResponsePlans = paginateListResponsePlans;
exports.paginateListTimelineEvents = paginateListTimelineEvents;
exports.waitForWaitForReplicationSetActive = waitForWaitForReplicationSetActive;
exports.waitForWaitForReplicationSetDeleted = waitForWaitForReplicationSetDeleted;
exports.waitUntilWaitForReplicationSetActive = waitUntilWaitForReplicationSetActive;
exports.waitUntilWaitForReplicationSetDeleted = waitUntilWaitForReplicationSetDeleted;
Object.prototype.hasOwnProperty.call(schemas_0, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: schemas_0['__proto__']
    });

Object.keys(schemas_0).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = schemas_0[k];
});
Object.prototype.hasOwnProperty.call(errors, '__proto__') &&
    !Object.prototype.hasOwnProperty.call(exports, '__proto__') &&
    Object.defineProperty(exports, '__proto__', {
        enumerable: true,
        value: errors['__proto__']
    });

Object.keys(errors).forEach(function (k) {
    if (k !== 'default' && !Object.prototype.hasOwnProperty.call(exports, k)) exports[k] = errors[k];
});


/***/ }),

/***/ 6145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SSMIncidentsServiceException = exports.__ServiceException = void 0;
const smithy_client_1 = __webpack_require__(1411);
Object.defineProperty(exports, "__ServiceException", ({ enumerable: true, get: function () { return smithy_client_1.ServiceException; } }));
class SSMIncidentsServiceException extends smithy_client_1.ServiceException {
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, SSMIncidentsServiceException.prototype);
    }
}
exports.SSMIncidentsServiceException = SSMIncidentsServiceException;


/***/ }),

/***/ 6354:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ServiceQuotaExceededException = exports.ConflictException = exports.ValidationException = exports.ThrottlingException = exports.ResourceNotFoundException = exports.InternalServerException = exports.AccessDeniedException = void 0;
const SSMIncidentsServiceException_1 = __webpack_require__(6145);
class AccessDeniedException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "AccessDeniedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "AccessDeniedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccessDeniedException.prototype);
    }
}
exports.AccessDeniedException = AccessDeniedException;
class InternalServerException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "InternalServerException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "InternalServerException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InternalServerException.prototype);
    }
}
exports.InternalServerException = InternalServerException;
class ResourceNotFoundException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "ResourceNotFoundException";
    $fault = "client";
    resourceIdentifier;
    resourceType;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.resourceIdentifier = opts.resourceIdentifier;
        this.resourceType = opts.resourceType;
    }
}
exports.ResourceNotFoundException = ResourceNotFoundException;
class ThrottlingException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "ThrottlingException";
    $fault = "client";
    serviceCode;
    quotaCode;
    constructor(opts) {
        super({
            name: "ThrottlingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ThrottlingException.prototype);
        this.serviceCode = opts.serviceCode;
        this.quotaCode = opts.quotaCode;
    }
}
exports.ThrottlingException = ThrottlingException;
class ValidationException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
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
exports.ValidationException = ValidationException;
class ConflictException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "ConflictException";
    $fault = "client";
    resourceIdentifier;
    resourceType;
    retryAfter;
    constructor(opts) {
        super({
            name: "ConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConflictException.prototype);
        this.resourceIdentifier = opts.resourceIdentifier;
        this.resourceType = opts.resourceType;
        this.retryAfter = opts.retryAfter;
    }
}
exports.ConflictException = ConflictException;
class ServiceQuotaExceededException extends SSMIncidentsServiceException_1.SSMIncidentsServiceException {
    name = "ServiceQuotaExceededException";
    $fault = "client";
    resourceIdentifier;
    resourceType;
    serviceCode;
    quotaCode;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.resourceIdentifier = opts.resourceIdentifier;
        this.resourceType = opts.resourceType;
        this.serviceCode = opts.serviceCode;
        this.quotaCode = opts.quotaCode;
    }
}
exports.ServiceQuotaExceededException = ServiceQuotaExceededException;


/***/ }),

/***/ 2944:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const tslib_1 = __webpack_require__(1860);
const package_json_1 = tslib_1.__importDefault(__webpack_require__(1188));
const client_1 = __webpack_require__(5152);
const httpAuthSchemes_1 = __webpack_require__(7523);
const credential_provider_node_1 = __webpack_require__(5861);
const util_user_agent_node_1 = __webpack_require__(1656);
const config_resolver_1 = __webpack_require__(9316);
const hash_node_1 = __webpack_require__(5092);
const middleware_retry_1 = __webpack_require__(9618);
const node_config_provider_1 = __webpack_require__(5704);
const node_http_handler_1 = __webpack_require__(1279);
const smithy_client_1 = __webpack_require__(1411);
const util_body_length_node_1 = __webpack_require__(3638);
const util_defaults_mode_node_1 = __webpack_require__(5435);
const util_retry_1 = __webpack_require__(5518);
const runtimeConfig_shared_1 = __webpack_require__(6177);
const getRuntimeConfig = (config) => {
    (0, smithy_client_1.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0, util_defaults_mode_node_1.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(smithy_client_1.loadConfigsForDefaultMode);
    const clientSharedValues = (0, runtimeConfig_shared_1.getRuntimeConfig)(config);
    (0, client_1.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0, node_config_provider_1.loadConfig)(httpAuthSchemes_1.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? util_body_length_node_1.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? credential_provider_node_1.defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0, util_user_agent_node_1.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_json_1.default.version }),
        maxAttempts: config?.maxAttempts ?? (0, node_config_provider_1.loadConfig)(middleware_retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_REGION_CONFIG_OPTIONS, { ...config_resolver_1.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: node_http_handler_1.NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            (0, node_config_provider_1.loadConfig)({
                ...middleware_retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || util_retry_1.DEFAULT_RETRY_MODE,
            }, config),
        sha256: config?.sha256 ?? hash_node_1.Hash.bind(null, "sha256"),
        streamCollector: config?.streamCollector ?? node_http_handler_1.streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0, node_config_provider_1.loadConfig)(config_resolver_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0, node_config_provider_1.loadConfig)(util_user_agent_node_1.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 6177:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRuntimeConfig = void 0;
const httpAuthSchemes_1 = __webpack_require__(7523);
const protocols_1 = __webpack_require__(7288);
const smithy_client_1 = __webpack_require__(1411);
const url_parser_1 = __webpack_require__(4494);
const util_base64_1 = __webpack_require__(766);
const util_utf8_1 = __webpack_require__(1577);
const httpAuthSchemeProvider_1 = __webpack_require__(2065);
const endpointResolver_1 = __webpack_require__(2887);
const schemas_0_1 = __webpack_require__(206);
const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2018-05-10",
        base64Decoder: config?.base64Decoder ?? util_base64_1.fromBase64,
        base64Encoder: config?.base64Encoder ?? util_base64_1.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? endpointResolver_1.defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? httpAuthSchemeProvider_1.defaultSSMIncidentsHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes_1.AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new smithy_client_1.NoOpLogger(),
        protocol: config?.protocol ?? protocols_1.AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.ssmincidents",
            errorTypeRegistries: schemas_0_1.errorTypeRegistries,
            version: "2018-05-10",
            serviceTarget: "SSMIncidents",
        },
        serviceId: config?.serviceId ?? "SSM Incidents",
        urlParser: config?.urlParser ?? url_parser_1.parseUrl,
        utf8Decoder: config?.utf8Decoder ?? util_utf8_1.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? util_utf8_1.toUtf8,
    };
};
exports.getRuntimeConfig = getRuntimeConfig;


/***/ }),

/***/ 206:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IncidentRecordSummary$ = exports.IncidentRecordSource$ = exports.IncidentRecord$ = exports.GetTimelineEventOutput$ = exports.GetTimelineEventInput$ = exports.GetResponsePlanOutput$ = exports.GetResponsePlanInput$ = exports.GetResourcePoliciesOutput$ = exports.GetResourcePoliciesInput$ = exports.GetReplicationSetOutput$ = exports.GetReplicationSetInput$ = exports.GetIncidentRecordOutput$ = exports.GetIncidentRecordInput$ = exports.FindingSummary$ = exports.Finding$ = exports.Filter$ = exports.EventSummary$ = exports.EmptyChatChannel$ = exports.DeleteTimelineEventOutput$ = exports.DeleteTimelineEventInput$ = exports.DeleteResponsePlanOutput$ = exports.DeleteResponsePlanInput$ = exports.DeleteResourcePolicyOutput$ = exports.DeleteResourcePolicyInput$ = exports.DeleteReplicationSetOutput$ = exports.DeleteReplicationSetInput$ = exports.DeleteRegionAction$ = exports.DeleteIncidentRecordOutput$ = exports.DeleteIncidentRecordInput$ = exports.CreateTimelineEventOutput$ = exports.CreateTimelineEventInput$ = exports.CreateResponsePlanOutput$ = exports.CreateResponsePlanInput$ = exports.CreateReplicationSetOutput$ = exports.CreateReplicationSetInput$ = exports.CodeDeployDeployment$ = exports.CloudFormationStackUpdate$ = exports.BatchGetIncidentFindingsOutput$ = exports.BatchGetIncidentFindingsInput$ = exports.BatchGetIncidentFindingsError$ = exports.AddRegionAction$ = exports.errorTypeRegistries = exports.ValidationException$ = exports.ThrottlingException$ = exports.ServiceQuotaExceededException$ = exports.ResourceNotFoundException$ = exports.InternalServerException$ = exports.ConflictException$ = exports.AccessDeniedException$ = exports.SSMIncidentsServiceException$ = void 0;
exports.AttributeValueList$ = exports.Action$ = exports.UpdateTimelineEventOutput$ = exports.UpdateTimelineEventInput$ = exports.UpdateResponsePlanOutput$ = exports.UpdateResponsePlanInput$ = exports.UpdateReplicationSetOutput$ = exports.UpdateReplicationSetInput$ = exports.UpdateRelatedItemsOutput$ = exports.UpdateRelatedItemsInput$ = exports.UpdateIncidentRecordOutput$ = exports.UpdateIncidentRecordInput$ = exports.UpdateDeletionProtectionOutput$ = exports.UpdateDeletionProtectionInput$ = exports.UntagResourceResponse$ = exports.UntagResourceRequest$ = exports.TriggerDetails$ = exports.TimelineEvent$ = exports.TagResourceResponse$ = exports.TagResourceRequest$ = exports.StartIncidentOutput$ = exports.StartIncidentInput$ = exports.SsmAutomation$ = exports.ResponsePlanSummary$ = exports.ResourcePolicy$ = exports.ReplicationSet$ = exports.RelatedItem$ = exports.RegionMapInputValue$ = exports.RegionInfo$ = exports.PutResourcePolicyOutput$ = exports.PutResourcePolicyInput$ = exports.PagerDutyIncidentDetail$ = exports.PagerDutyIncidentConfiguration$ = exports.PagerDutyConfiguration$ = exports.ListTimelineEventsOutput$ = exports.ListTimelineEventsInput$ = exports.ListTagsForResourceResponse$ = exports.ListTagsForResourceRequest$ = exports.ListResponsePlansOutput$ = exports.ListResponsePlansInput$ = exports.ListReplicationSetsOutput$ = exports.ListReplicationSetsInput$ = exports.ListRelatedItemsOutput$ = exports.ListRelatedItemsInput$ = exports.ListIncidentRecordsOutput$ = exports.ListIncidentRecordsInput$ = exports.ListIncidentFindingsOutput$ = exports.ListIncidentFindingsInput$ = exports.ItemIdentifier$ = exports.IncidentTemplate$ = void 0;
exports.UpdateTimelineEvent$ = exports.UpdateResponsePlan$ = exports.UpdateReplicationSet$ = exports.UpdateRelatedItems$ = exports.UpdateIncidentRecord$ = exports.UpdateDeletionProtection$ = exports.UntagResource$ = exports.TagResource$ = exports.StartIncident$ = exports.PutResourcePolicy$ = exports.ListTimelineEvents$ = exports.ListTagsForResource$ = exports.ListResponsePlans$ = exports.ListReplicationSets$ = exports.ListRelatedItems$ = exports.ListIncidentRecords$ = exports.ListIncidentFindings$ = exports.GetTimelineEvent$ = exports.GetResponsePlan$ = exports.GetResourcePolicies$ = exports.GetReplicationSet$ = exports.GetIncidentRecord$ = exports.DeleteTimelineEvent$ = exports.DeleteResponsePlan$ = exports.DeleteResourcePolicy$ = exports.DeleteReplicationSet$ = exports.DeleteIncidentRecord$ = exports.CreateTimelineEvent$ = exports.CreateResponsePlan$ = exports.CreateReplicationSet$ = exports.BatchGetIncidentFindings$ = exports.UpdateReplicationSetAction$ = exports.RelatedItemsUpdate$ = exports.NotificationTargetItem$ = exports.ItemValue$ = exports.Integration$ = exports.FindingDetails$ = exports.EventReference$ = exports.DynamicSsmParameterValue$ = exports.Condition$ = exports.ChatChannel$ = exports.AutomationExecution$ = void 0;
const _A = "Action";
const _ADE = "AccessDeniedException";
const _AE = "AutomationExecution";
const _AES = "AutomationExecutionSet";
const _AL = "ActionsList";
const _ARA = "AddRegionAction";
const _AVL = "AttributeValueList";
const _BGIF = "BatchGetIncidentFindings";
const _BGIFE = "BatchGetIncidentFindingsError";
const _BGIFEL = "BatchGetIncidentFindingsErrorList";
const _BGIFI = "BatchGetIncidentFindingsInput";
const _BGIFO = "BatchGetIncidentFindingsOutput";
const _C = "Condition";
const _CC = "ChatChannel";
const _CDD = "CodeDeployDeployment";
const _CE = "ConflictException";
const _CFSU = "CloudFormationStackUpdate";
const _CRP = "CreateResponsePlan";
const _CRPI = "CreateResponsePlanInput";
const _CRPO = "CreateResponsePlanOutput";
const _CRS = "CreateReplicationSet";
const _CRSI = "CreateReplicationSetInput";
const _CRSO = "CreateReplicationSetOutput";
const _CTE = "CreateTimelineEvent";
const _CTEI = "CreateTimelineEventInput";
const _CTEO = "CreateTimelineEventOutput";
const _DIR = "DeleteIncidentRecord";
const _DIRI = "DeleteIncidentRecordInput";
const _DIRO = "DeleteIncidentRecordOutput";
const _DRA = "DeleteRegionAction";
const _DRP = "DeleteResourcePolicy";
const _DRPI = "DeleteResourcePolicyInput";
const _DRPIe = "DeleteResponsePlanInput";
const _DRPO = "DeleteResourcePolicyOutput";
const _DRPOe = "DeleteResponsePlanOutput";
const _DRPe = "DeleteResponsePlan";
const _DRS = "DeleteReplicationSet";
const _DRSI = "DeleteReplicationSetInput";
const _DRSO = "DeleteReplicationSetOutput";
const _DSP = "DynamicSsmParameters";
const _DSPV = "DynamicSsmParameterValue";
const _DTE = "DeleteTimelineEvent";
const _DTEI = "DeleteTimelineEventInput";
const _DTEO = "DeleteTimelineEventOutput";
const _ECC = "EmptyChatChannel";
const _ER = "EventReference";
const _ERL = "EventReferenceList";
const _ES = "EventSummary";
const _ESL = "EventSummaryList";
const _F = "Filter";
const _FD = "FindingDetails";
const _FL = "FilterList";
const _FLi = "FindingList";
const _FS = "FindingSummary";
const _FSL = "FindingSummaryList";
const _Fi = "Finding";
const _GIR = "GetIncidentRecord";
const _GIRI = "GetIncidentRecordInput";
const _GIRO = "GetIncidentRecordOutput";
const _GRP = "GetResourcePolicies";
const _GRPI = "GetResourcePoliciesInput";
const _GRPIe = "GetResponsePlanInput";
const _GRPO = "GetResourcePoliciesOutput";
const _GRPOe = "GetResponsePlanOutput";
const _GRPe = "GetResponsePlan";
const _GRS = "GetReplicationSet";
const _GRSI = "GetReplicationSetInput";
const _GRSO = "GetReplicationSetOutput";
const _GTE = "GetTimelineEvent";
const _GTEI = "GetTimelineEventInput";
const _GTEO = "GetTimelineEventOutput";
const _I = "Integrations";
const _II = "ItemIdentifier";
const _IR = "IncidentRecord";
const _IRS = "IncidentRecordSource";
const _IRSL = "IncidentRecordSummaryList";
const _IRSn = "IncidentRecordSummary";
const _ISE = "InternalServerException";
const _IT = "IncidentTemplate";
const _IV = "ItemValue";
const _In = "Integration";
const _LIF = "ListIncidentFindings";
const _LIFI = "ListIncidentFindingsInput";
const _LIFO = "ListIncidentFindingsOutput";
const _LIR = "ListIncidentRecords";
const _LIRI = "ListIncidentRecordsInput";
const _LIRO = "ListIncidentRecordsOutput";
const _LRI = "ListRelatedItems";
const _LRII = "ListRelatedItemsInput";
const _LRIO = "ListRelatedItemsOutput";
const _LRP = "ListResponsePlans";
const _LRPI = "ListResponsePlansInput";
const _LRPO = "ListResponsePlansOutput";
const _LRS = "ListReplicationSets";
const _LRSI = "ListReplicationSetsInput";
const _LRSO = "ListReplicationSetsOutput";
const _LTE = "ListTimelineEvents";
const _LTEI = "ListTimelineEventsInput";
const _LTEO = "ListTimelineEventsOutput";
const _LTFR = "ListTagsForResource";
const _LTFRR = "ListTagsForResourceRequest";
const _LTFRRi = "ListTagsForResourceResponse";
const _NTI = "NotificationTargetItem";
const _NTS = "NotificationTargetSet";
const _PDC = "PagerDutyConfiguration";
const _PDIC = "PagerDutyIncidentConfiguration";
const _PDID = "PagerDutyIncidentDetail";
const _PRP = "PutResourcePolicy";
const _PRPI = "PutResourcePolicyInput";
const _PRPO = "PutResourcePolicyOutput";
const _RI = "RegionInfo";
const _RIL = "RelatedItemList";
const _RIM = "RegionInfoMap";
const _RIU = "RelatedItemsUpdate";
const _RIe = "RelatedItem";
const _RMI = "RegionMapInput";
const _RMIV = "RegionMapInputValue";
const _RNFE = "ResourceNotFoundException";
const _RP = "ResourcePolicy";
const _RPL = "ResourcePolicyList";
const _RPS = "ResponsePlanSummary";
const _RPSL = "ResponsePlanSummaryList";
const _RS = "ReplicationSet";
const _SA = "SsmAutomation";
const _SI = "StartIncident";
const _SII = "StartIncidentInput";
const _SIO = "StartIncidentOutput";
const _SP = "SsmParameters";
const _SQEE = "ServiceQuotaExceededException";
const _TD = "TriggerDetails";
const _TE = "ThrottlingException";
const _TEi = "TimelineEvent";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TRRa = "TagResourceResponse";
const _UAL = "UpdateActionList";
const _UDP = "UpdateDeletionProtection";
const _UDPI = "UpdateDeletionProtectionInput";
const _UDPO = "UpdateDeletionProtectionOutput";
const _UIR = "UpdateIncidentRecord";
const _UIRI = "UpdateIncidentRecordInput";
const _UIRO = "UpdateIncidentRecordOutput";
const _UR = "UntagResource";
const _URI = "UpdateRelatedItems";
const _URII = "UpdateRelatedItemsInput";
const _URIO = "UpdateRelatedItemsOutput";
const _URP = "UpdateResponsePlan";
const _URPI = "UpdateResponsePlanInput";
const _URPO = "UpdateResponsePlanOutput";
const _URR = "UntagResourceRequest";
const _URRn = "UntagResourceResponse";
const _URS = "UpdateReplicationSet";
const _URSA = "UpdateReplicationSetAction";
const _URSI = "UpdateReplicationSetInput";
const _URSO = "UpdateReplicationSetOutput";
const _UTE = "UpdateTimelineEvent";
const _UTEI = "UpdateTimelineEventInput";
const _UTEO = "UpdateTimelineEventOutput";
const _VE = "ValidationException";
const _a = "arn";
const _aE = "automationExecutions";
const _aR = "autoResolve";
const _aRA = "addRegionAction";
const _ac = "actions";
const _af = "after";
const _b = "before";
const _c = "client";
const _cB = "createdBy";
const _cC = "chatChannel";
const _cDD = "codeDeployDeployment";
const _cFSU = "cloudFormationStackUpdate";
const _cS = "chatbotSns";
const _cT = "clientToken";
const _cTr = "creationTime";
const _cTre = "createdTime";
const _co = "code";
const _con = "condition";
const _d = "details";
const _dGA = "deploymentGroupArn";
const _dI = "deploymentId";
const _dN = "displayName";
const _dNo = "documentName";
const _dP = "deletionProtected";
const _dPy = "dynamicParameters";
const _dRA = "deleteRegionAction";
const _dS = "dedupeString";
const _dV = "documentVersion";
const _e = "error";
const _eD = "eventData";
const _eI = "eventId";
const _eR = "eventReferences";
const _eS = "eventSummaries";
const _eT = "endTime";
const _eTv = "eventTime";
const _eTve = "eventType";
const _eUT = "eventUpdatedTime";
const _em = "empty";
const _en = "engagements";
const _eq = "equals";
const _er = "errors";
const _ev = "event";
const _f = "findings";
const _fI = "findingId";
const _fIi = "findingIds";
const _fi = "filters";
const _gI = "generatedId";
const _h = "http";
const _hE = "httpError";
const _hQ = "httpQuery";
const _i = "integrations";
const _iB = "invokedBy";
const _iR = "incidentRecord";
const _iRA = "incidentRecordArn";
const _iRS = "incidentRecordSource";
const _iRSn = "incidentRecordSummaries";
const _iT = "incidentTemplate";
const _iTA = "itemToAdd";
const _iTDS = "incidentTemplateDedupeString";
const _iTI = "incidentTemplateImpact";
const _iTNT = "incidentTemplateNotificationTargets";
const _iTR = "itemToRemove";
const _iTS = "incidentTemplateSummary";
const _iTT = "incidentTemplateTitle";
const _iTTn = "incidentTemplateTags";
const _iTn = "incidentTags";
const _iV = "integerValues";
const _id = "id";
const _ide = "identifier";
const _im = "impact";
const _k = "key";
const _lMB = "lastModifiedBy";
const _lMT = "lastModifiedTime";
const _m = "message";
const _mD = "metricDefinition";
const _mR = "maxResults";
const _n = "name";
const _nT = "nextToken";
const _nTo = "notificationTargets";
const _p = "policy";
const _pD = "policyDocument";
const _pDC = "pagerDutyConfiguration";
const _pDIC = "pagerDutyIncidentConfiguration";
const _pDID = "pagerDutyIncidentDetail";
const _pI = "policyId";
const _pa = "parameters";
const _qC = "quotaCode";
const _r = "regions";
const _rA = "retryAfter";
const _rAe = "resourceArn";
const _rAo = "roleArn";
const _rD = "rawData";
const _rI = "resourceIdentifier";
const _rII = "relatedItemId";
const _rIU = "relatedItemsUpdate";
const _rIe = "relatedItems";
const _rM = "regionMap";
const _rN = "regionName";
const _rP = "resourcePolicies";
const _rPA = "responsePlanArn";
const _rPS = "responsePlanSummaries";
const _rRSR = "ramResourceShareRegion";
const _rS = "replicationSet";
const _rSA = "replicationSetArns";
const _rT = "resourceType";
const _rTe = "resolvedTime";
const _re = "resource";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssmincidents";
const _sA = "stackArn";
const _sAs = "ssmAutomation";
const _sB = "sortBy";
const _sC = "serviceCode";
const _sEA = "ssmExecutionArn";
const _sI = "secretId";
const _sIe = "serviceId";
const _sKKI = "sseKmsKeyId";
const _sM = "statusMessage";
const _sO = "sortOrder";
const _sT = "startTime";
const _sTA = "snsTopicArn";
const _sUDT = "statusUpdateDateTime";
const _sV = "stringValues";
const _se = "server";
const _so = "source";
const _st = "status";
const _su = "summary";
const _t = "tags";
const _tA = "targetAccount";
const _tAr = "triggerArn";
const _tD = "triggerDetails";
const _tK = "tagKeys";
const _ti = "title";
const _tim = "timestamp";
const _ty = "type";
const _u = "url";
const _v = "value";
const _va = "variable";
const n0 = "com.amazonaws.ssmincidents";
const schema_1 = __webpack_require__(6890);
const errors_1 = __webpack_require__(6354);
const SSMIncidentsServiceException_1 = __webpack_require__(6145);
const _s_registry = schema_1.TypeRegistry.for(_s);
exports.SSMIncidentsServiceException$ = [-3, _s, "SSMIncidentsServiceException", 0, [], []];
_s_registry.registerError(exports.SSMIncidentsServiceException$, SSMIncidentsServiceException_1.SSMIncidentsServiceException);
const n0_registry = schema_1.TypeRegistry.for(n0);
exports.AccessDeniedException$ = [-3, n0, _ADE,
    { [_e]: _c, [_hE]: 403 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.AccessDeniedException$, errors_1.AccessDeniedException);
exports.ConflictException$ = [-3, n0, _CE,
    { [_e]: _c, [_hE]: 409 },
    [_m, _rI, _rT, _rA],
    [0, 0, 0, 4], 1
];
n0_registry.registerError(exports.ConflictException$, errors_1.ConflictException);
exports.InternalServerException$ = [-3, n0, _ISE,
    { [_e]: _se, [_hE]: 500 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.InternalServerException$, errors_1.InternalServerException);
exports.ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_m, _rI, _rT],
    [0, 0, 0], 1
];
n0_registry.registerError(exports.ResourceNotFoundException$, errors_1.ResourceNotFoundException);
exports.ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_m, _sC, _qC, _rI, _rT],
    [0, 0, 0, 0, 0], 3
];
n0_registry.registerError(exports.ServiceQuotaExceededException$, errors_1.ServiceQuotaExceededException);
exports.ThrottlingException$ = [-3, n0, _TE,
    { [_e]: _c, [_hE]: 429 },
    [_m, _sC, _qC],
    [0, 0, 0], 3
];
n0_registry.registerError(exports.ThrottlingException$, errors_1.ThrottlingException);
exports.ValidationException$ = [-3, n0, _VE,
    { [_e]: _c, [_hE]: 400 },
    [_m],
    [0], 1
];
n0_registry.registerError(exports.ValidationException$, errors_1.ValidationException);
exports.errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
exports.AddRegionAction$ = [3, n0, _ARA,
    0,
    [_rN, _sKKI],
    [0, 0], 1
];
exports.BatchGetIncidentFindingsError$ = [3, n0, _BGIFE,
    0,
    [_fI, _co, _m],
    [0, 0, 0], 3
];
exports.BatchGetIncidentFindingsInput$ = [3, n0, _BGIFI,
    0,
    [_iRA, _fIi],
    [0, 64 | 0], 2
];
exports.BatchGetIncidentFindingsOutput$ = [3, n0, _BGIFO,
    0,
    [_f, _er],
    [() => FindingList, () => BatchGetIncidentFindingsErrorList], 2
];
exports.CloudFormationStackUpdate$ = [3, n0, _CFSU,
    0,
    [_sT, _sA, _eT],
    [4, 0, 4], 2
];
exports.CodeDeployDeployment$ = [3, n0, _CDD,
    0,
    [_sT, _dGA, _dI, _eT],
    [4, 0, 0, 4], 3
];
exports.CreateReplicationSetInput$ = [3, n0, _CRSI,
    0,
    [_r, _cT, _t],
    [() => RegionMapInput, [0, 4], 128 | 0], 1
];
exports.CreateReplicationSetOutput$ = [3, n0, _CRSO,
    0,
    [_a],
    [0], 1
];
exports.CreateResponsePlanInput$ = [3, n0, _CRPI,
    0,
    [_n, _iT, _cT, _dN, _cC, _en, _ac, _t, _i],
    [0, () => exports.IncidentTemplate$, [0, 4], 0, () => exports.ChatChannel$, 64 | 0, () => ActionsList, 128 | 0, () => Integrations], 2
];
exports.CreateResponsePlanOutput$ = [3, n0, _CRPO,
    0,
    [_a],
    [0], 1
];
exports.CreateTimelineEventInput$ = [3, n0, _CTEI,
    0,
    [_iRA, _eTv, _eTve, _eD, _cT, _eR],
    [0, 4, 0, 0, [0, 4], () => EventReferenceList], 4
];
exports.CreateTimelineEventOutput$ = [3, n0, _CTEO,
    0,
    [_iRA, _eI],
    [0, 0], 2
];
exports.DeleteIncidentRecordInput$ = [3, n0, _DIRI,
    0,
    [_a],
    [0], 1
];
exports.DeleteIncidentRecordOutput$ = [3, n0, _DIRO,
    0,
    [],
    []
];
exports.DeleteRegionAction$ = [3, n0, _DRA,
    0,
    [_rN],
    [0], 1
];
exports.DeleteReplicationSetInput$ = [3, n0, _DRSI,
    0,
    [_a],
    [[0, { [_hQ]: _a }]], 1
];
exports.DeleteReplicationSetOutput$ = [3, n0, _DRSO,
    0,
    [],
    []
];
exports.DeleteResourcePolicyInput$ = [3, n0, _DRPI,
    0,
    [_rAe, _pI],
    [0, 0], 2
];
exports.DeleteResourcePolicyOutput$ = [3, n0, _DRPO,
    0,
    [],
    []
];
exports.DeleteResponsePlanInput$ = [3, n0, _DRPIe,
    0,
    [_a],
    [0], 1
];
exports.DeleteResponsePlanOutput$ = [3, n0, _DRPOe,
    0,
    [],
    []
];
exports.DeleteTimelineEventInput$ = [3, n0, _DTEI,
    0,
    [_iRA, _eI],
    [0, 0], 2
];
exports.DeleteTimelineEventOutput$ = [3, n0, _DTEO,
    0,
    [],
    []
];
exports.EmptyChatChannel$ = [3, n0, _ECC,
    0,
    [],
    []
];
exports.EventSummary$ = [3, n0, _ES,
    0,
    [_iRA, _eI, _eTv, _eUT, _eTve, _eR],
    [0, 0, 4, 4, 0, () => EventReferenceList], 5
];
exports.Filter$ = [3, n0, _F,
    0,
    [_k, _con],
    [0, () => exports.Condition$], 2
];
exports.Finding$ = [3, n0, _Fi,
    0,
    [_id, _cTr, _lMT, _d],
    [0, 4, 4, () => exports.FindingDetails$], 3
];
exports.FindingSummary$ = [3, n0, _FS,
    0,
    [_id, _lMT],
    [0, 4], 2
];
exports.GetIncidentRecordInput$ = [3, n0, _GIRI,
    0,
    [_a],
    [[0, { [_hQ]: _a }]], 1
];
exports.GetIncidentRecordOutput$ = [3, n0, _GIRO,
    0,
    [_iR],
    [() => exports.IncidentRecord$], 1
];
exports.GetReplicationSetInput$ = [3, n0, _GRSI,
    0,
    [_a],
    [[0, { [_hQ]: _a }]], 1
];
exports.GetReplicationSetOutput$ = [3, n0, _GRSO,
    0,
    [_rS],
    [() => exports.ReplicationSet$], 1
];
exports.GetResourcePoliciesInput$ = [3, n0, _GRPI,
    0,
    [_rAe, _mR, _nT],
    [[0, { [_hQ]: _rAe }], 1, 0], 1
];
exports.GetResourcePoliciesOutput$ = [3, n0, _GRPO,
    0,
    [_rP, _nT],
    [() => ResourcePolicyList, 0], 1
];
exports.GetResponsePlanInput$ = [3, n0, _GRPIe,
    0,
    [_a],
    [[0, { [_hQ]: _a }]], 1
];
exports.GetResponsePlanOutput$ = [3, n0, _GRPOe,
    0,
    [_a, _n, _iT, _dN, _cC, _en, _ac, _i],
    [0, 0, () => exports.IncidentTemplate$, 0, () => exports.ChatChannel$, 64 | 0, () => ActionsList, () => Integrations], 3
];
exports.GetTimelineEventInput$ = [3, n0, _GTEI,
    0,
    [_iRA, _eI],
    [[0, { [_hQ]: _iRA }], [0, { [_hQ]: _eI }]], 2
];
exports.GetTimelineEventOutput$ = [3, n0, _GTEO,
    0,
    [_ev],
    [() => exports.TimelineEvent$], 1
];
exports.IncidentRecord$ = [3, n0, _IR,
    0,
    [_a, _ti, _st, _im, _cTr, _lMT, _lMB, _iRS, _dS, _su, _rTe, _aE, _cC, _nTo],
    [0, 0, 0, 1, 4, 4, 0, () => exports.IncidentRecordSource$, 0, 0, 4, () => AutomationExecutionSet, () => exports.ChatChannel$, () => NotificationTargetSet], 9
];
exports.IncidentRecordSource$ = [3, n0, _IRS,
    0,
    [_cB, _so, _iB, _rAe],
    [0, 0, 0, 0], 2
];
exports.IncidentRecordSummary$ = [3, n0, _IRSn,
    0,
    [_a, _ti, _st, _im, _cTr, _iRS, _rTe],
    [0, 0, 0, 1, 4, () => exports.IncidentRecordSource$, 4], 6
];
exports.IncidentTemplate$ = [3, n0, _IT,
    0,
    [_ti, _im, _su, _dS, _nTo, _iTn],
    [0, 1, 0, 0, () => NotificationTargetSet, 128 | 0], 2
];
exports.ItemIdentifier$ = [3, n0, _II,
    0,
    [_v, _ty],
    [() => exports.ItemValue$, 0], 2
];
exports.ListIncidentFindingsInput$ = [3, n0, _LIFI,
    0,
    [_iRA, _mR, _nT],
    [0, 1, 0], 1
];
exports.ListIncidentFindingsOutput$ = [3, n0, _LIFO,
    0,
    [_f, _nT],
    [() => FindingSummaryList, 0], 1
];
exports.ListIncidentRecordsInput$ = [3, n0, _LIRI,
    0,
    [_fi, _mR, _nT],
    [() => FilterList, 1, 0]
];
exports.ListIncidentRecordsOutput$ = [3, n0, _LIRO,
    0,
    [_iRSn, _nT],
    [() => IncidentRecordSummaryList, 0], 1
];
exports.ListRelatedItemsInput$ = [3, n0, _LRII,
    0,
    [_iRA, _mR, _nT],
    [0, 1, 0], 1
];
exports.ListRelatedItemsOutput$ = [3, n0, _LRIO,
    0,
    [_rIe, _nT],
    [() => RelatedItemList, 0], 1
];
exports.ListReplicationSetsInput$ = [3, n0, _LRSI,
    0,
    [_mR, _nT],
    [1, 0]
];
exports.ListReplicationSetsOutput$ = [3, n0, _LRSO,
    0,
    [_rSA, _nT],
    [64 | 0, 0], 1
];
exports.ListResponsePlansInput$ = [3, n0, _LRPI,
    0,
    [_mR, _nT],
    [1, 0]
];
exports.ListResponsePlansOutput$ = [3, n0, _LRPO,
    0,
    [_rPS, _nT],
    [() => ResponsePlanSummaryList, 0], 1
];
exports.ListTagsForResourceRequest$ = [3, n0, _LTFRR,
    0,
    [_rAe],
    [[0, 1]], 1
];
exports.ListTagsForResourceResponse$ = [3, n0, _LTFRRi,
    0,
    [_t],
    [128 | 0], 1
];
exports.ListTimelineEventsInput$ = [3, n0, _LTEI,
    0,
    [_iRA, _fi, _sB, _sO, _mR, _nT],
    [0, () => FilterList, 0, 0, 1, 0], 1
];
exports.ListTimelineEventsOutput$ = [3, n0, _LTEO,
    0,
    [_eS, _nT],
    [() => EventSummaryList, 0], 1
];
exports.PagerDutyConfiguration$ = [3, n0, _PDC,
    0,
    [_n, _sI, _pDIC],
    [0, 0, () => exports.PagerDutyIncidentConfiguration$], 3
];
exports.PagerDutyIncidentConfiguration$ = [3, n0, _PDIC,
    0,
    [_sIe],
    [0], 1
];
exports.PagerDutyIncidentDetail$ = [3, n0, _PDID,
    0,
    [_id, _aR, _sI],
    [0, 2, 0], 1
];
exports.PutResourcePolicyInput$ = [3, n0, _PRPI,
    0,
    [_rAe, _p],
    [0, 0], 2
];
exports.PutResourcePolicyOutput$ = [3, n0, _PRPO,
    0,
    [_pI],
    [0], 1
];
exports.RegionInfo$ = [3, n0, _RI,
    0,
    [_st, _sUDT, _sKKI, _sM],
    [0, 4, 0, 0], 2
];
exports.RegionMapInputValue$ = [3, n0, _RMIV,
    0,
    [_sKKI],
    [0]
];
exports.RelatedItem$ = [3, n0, _RIe,
    0,
    [_ide, _ti, _gI],
    [() => exports.ItemIdentifier$, 0, 0], 1
];
exports.ReplicationSet$ = [3, n0, _RS,
    0,
    [_rM, _st, _dP, _cTre, _cB, _lMT, _lMB, _a],
    [() => RegionInfoMap, 0, 2, 4, 0, 4, 0, 0], 7
];
exports.ResourcePolicy$ = [3, n0, _RP,
    0,
    [_pD, _pI, _rRSR],
    [0, 0, 0], 3
];
exports.ResponsePlanSummary$ = [3, n0, _RPS,
    0,
    [_a, _n, _dN],
    [0, 0, 0], 2
];
exports.SsmAutomation$ = [3, n0, _SA,
    0,
    [_rAo, _dNo, _dV, _tA, _pa, _dPy],
    [0, 0, 0, 0, [2, n0, _SP, 0, 0, 64 | 0], () => DynamicSsmParameters], 2
];
exports.StartIncidentInput$ = [3, n0, _SII,
    0,
    [_rPA, _cT, _ti, _im, _tD, _rIe],
    [0, [0, 4], 0, 1, () => exports.TriggerDetails$, () => RelatedItemList], 1
];
exports.StartIncidentOutput$ = [3, n0, _SIO,
    0,
    [_iRA],
    [0], 1
];
exports.TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_rAe, _t],
    [[0, 1], 128 | 0], 2
];
exports.TagResourceResponse$ = [3, n0, _TRRa,
    0,
    [],
    []
];
exports.TimelineEvent$ = [3, n0, _TEi,
    0,
    [_iRA, _eI, _eTv, _eUT, _eTve, _eD, _eR],
    [0, 0, 4, 4, 0, 0, () => EventReferenceList], 6
];
exports.TriggerDetails$ = [3, n0, _TD,
    0,
    [_so, _tim, _tAr, _rD],
    [0, 4, 0, 0], 2
];
exports.UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_rAe, _tK],
    [[0, 1], [64 | 0, { [_hQ]: _tK }]], 2
];
exports.UntagResourceResponse$ = [3, n0, _URRn,
    0,
    [],
    []
];
exports.UpdateDeletionProtectionInput$ = [3, n0, _UDPI,
    0,
    [_a, _dP, _cT],
    [0, 2, [0, 4]], 2
];
exports.UpdateDeletionProtectionOutput$ = [3, n0, _UDPO,
    0,
    [],
    []
];
exports.UpdateIncidentRecordInput$ = [3, n0, _UIRI,
    0,
    [_a, _cT, _ti, _su, _im, _st, _cC, _nTo],
    [0, [0, 4], 0, 0, 1, 0, () => exports.ChatChannel$, () => NotificationTargetSet], 1
];
exports.UpdateIncidentRecordOutput$ = [3, n0, _UIRO,
    0,
    [],
    []
];
exports.UpdateRelatedItemsInput$ = [3, n0, _URII,
    0,
    [_iRA, _rIU, _cT],
    [0, () => exports.RelatedItemsUpdate$, [0, 4]], 2
];
exports.UpdateRelatedItemsOutput$ = [3, n0, _URIO,
    0,
    [],
    []
];
exports.UpdateReplicationSetInput$ = [3, n0, _URSI,
    0,
    [_a, _ac, _cT],
    [0, () => UpdateActionList, [0, 4]], 2
];
exports.UpdateReplicationSetOutput$ = [3, n0, _URSO,
    0,
    [],
    []
];
exports.UpdateResponsePlanInput$ = [3, n0, _URPI,
    0,
    [_a, _cT, _dN, _iTT, _iTI, _iTS, _iTDS, _iTNT, _cC, _en, _ac, _iTTn, _i],
    [0, [0, 4], 0, 0, 1, 0, 0, () => NotificationTargetSet, () => exports.ChatChannel$, 64 | 0, () => ActionsList, 128 | 0, () => Integrations], 1
];
exports.UpdateResponsePlanOutput$ = [3, n0, _URPO,
    0,
    [],
    []
];
exports.UpdateTimelineEventInput$ = [3, n0, _UTEI,
    0,
    [_iRA, _eI, _cT, _eTv, _eTve, _eD, _eR],
    [0, 0, [0, 4], 4, 0, 0, () => EventReferenceList], 2
];
exports.UpdateTimelineEventOutput$ = [3, n0, _UTEO,
    0,
    [],
    []
];
var ActionsList = [1, n0, _AL,
    0, () => exports.Action$
];
var AutomationExecutionSet = [1, n0, _AES,
    0, () => exports.AutomationExecution$
];
var BatchGetIncidentFindingsErrorList = [1, n0, _BGIFEL,
    0, () => exports.BatchGetIncidentFindingsError$
];
var ChatbotSnsConfigurationSet = (/* unused pure expression or super */ null && (64 | 0));
var EngagementSet = (/* unused pure expression or super */ null && (64 | 0));
var EventReferenceList = [1, n0, _ERL,
    0, () => exports.EventReference$
];
var EventSummaryList = [1, n0, _ESL,
    0, () => exports.EventSummary$
];
var FilterList = [1, n0, _FL,
    0, () => exports.Filter$
];
var FindingIdList = (/* unused pure expression or super */ null && (64 | 0));
var FindingList = [1, n0, _FLi,
    0, () => exports.Finding$
];
var FindingSummaryList = [1, n0, _FSL,
    0, () => exports.FindingSummary$
];
var IncidentRecordSummaryList = [1, n0, _IRSL,
    0, () => exports.IncidentRecordSummary$
];
var IntegerList = (/* unused pure expression or super */ null && (64 | 1));
var Integrations = [1, n0, _I,
    0, () => exports.Integration$
];
var NotificationTargetSet = [1, n0, _NTS,
    0, () => exports.NotificationTargetItem$
];
var RelatedItemList = [1, n0, _RIL,
    0, () => exports.RelatedItem$
];
var ReplicationSetArnList = (/* unused pure expression or super */ null && (64 | 0));
var ResourcePolicyList = [1, n0, _RPL,
    0, () => exports.ResourcePolicy$
];
var ResponsePlanSummaryList = [1, n0, _RPSL,
    0, () => exports.ResponsePlanSummary$
];
var SsmParameterValues = (/* unused pure expression or super */ null && (64 | 0));
var StringList = (/* unused pure expression or super */ null && (64 | 0));
var TagKeyList = (/* unused pure expression or super */ null && (64 | 0));
var UpdateActionList = [1, n0, _UAL,
    0, () => exports.UpdateReplicationSetAction$
];
var DynamicSsmParameters = [2, n0, _DSP,
    0, 0, () => exports.DynamicSsmParameterValue$
];
var RegionInfoMap = [2, n0, _RIM,
    0, 0, () => exports.RegionInfo$
];
var RegionMapInput = [2, n0, _RMI,
    0, 0, () => exports.RegionMapInputValue$
];
var SsmParameters = [2, n0, _SP,
    0, 0, 64 | 0
];
var TagMap = (/* unused pure expression or super */ null && (128 | 0));
var TagMapUpdate = (/* unused pure expression or super */ null && (128 | 0));
exports.Action$ = [4, n0, _A,
    0,
    [_sAs],
    [() => exports.SsmAutomation$]
];
exports.AttributeValueList$ = [4, n0, _AVL,
    0,
    [_sV, _iV],
    [64 | 0, 64 | 1]
];
exports.AutomationExecution$ = [4, n0, _AE,
    0,
    [_sEA],
    [0]
];
exports.ChatChannel$ = [4, n0, _CC,
    0,
    [_em, _cS],
    [() => exports.EmptyChatChannel$, 64 | 0]
];
exports.Condition$ = [4, n0, _C,
    0,
    [_b, _af, _eq],
    [4, 4, () => exports.AttributeValueList$]
];
exports.DynamicSsmParameterValue$ = [4, n0, _DSPV,
    0,
    [_va],
    [0]
];
exports.EventReference$ = [4, n0, _ER,
    0,
    [_re, _rII],
    [0, 0]
];
exports.FindingDetails$ = [4, n0, _FD,
    0,
    [_cDD, _cFSU],
    [() => exports.CodeDeployDeployment$, () => exports.CloudFormationStackUpdate$]
];
exports.Integration$ = [4, n0, _In,
    0,
    [_pDC],
    [() => exports.PagerDutyConfiguration$]
];
exports.ItemValue$ = [4, n0, _IV,
    0,
    [_a, _u, _mD, _pDID],
    [0, 0, 0, () => exports.PagerDutyIncidentDetail$]
];
exports.NotificationTargetItem$ = [4, n0, _NTI,
    0,
    [_sTA],
    [0]
];
exports.RelatedItemsUpdate$ = [4, n0, _RIU,
    0,
    [_iTA, _iTR],
    [() => exports.RelatedItem$, () => exports.ItemIdentifier$]
];
exports.UpdateReplicationSetAction$ = [4, n0, _URSA,
    0,
    [_aRA, _dRA],
    [() => exports.AddRegionAction$, () => exports.DeleteRegionAction$]
];
exports.BatchGetIncidentFindings$ = [9, n0, _BGIF,
    { [_h]: ["POST", "/batchGetIncidentFindings", 200] }, () => exports.BatchGetIncidentFindingsInput$, () => exports.BatchGetIncidentFindingsOutput$
];
exports.CreateReplicationSet$ = [9, n0, _CRS,
    { [_h]: ["POST", "/createReplicationSet", 201] }, () => exports.CreateReplicationSetInput$, () => exports.CreateReplicationSetOutput$
];
exports.CreateResponsePlan$ = [9, n0, _CRP,
    { [_h]: ["POST", "/createResponsePlan", 201] }, () => exports.CreateResponsePlanInput$, () => exports.CreateResponsePlanOutput$
];
exports.CreateTimelineEvent$ = [9, n0, _CTE,
    { [_h]: ["POST", "/createTimelineEvent", 201] }, () => exports.CreateTimelineEventInput$, () => exports.CreateTimelineEventOutput$
];
exports.DeleteIncidentRecord$ = [9, n0, _DIR,
    { [_h]: ["POST", "/deleteIncidentRecord", 204] }, () => exports.DeleteIncidentRecordInput$, () => exports.DeleteIncidentRecordOutput$
];
exports.DeleteReplicationSet$ = [9, n0, _DRS,
    { [_h]: ["POST", "/deleteReplicationSet", 204] }, () => exports.DeleteReplicationSetInput$, () => exports.DeleteReplicationSetOutput$
];
exports.DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_h]: ["POST", "/deleteResourcePolicy", 200] }, () => exports.DeleteResourcePolicyInput$, () => exports.DeleteResourcePolicyOutput$
];
exports.DeleteResponsePlan$ = [9, n0, _DRPe,
    { [_h]: ["POST", "/deleteResponsePlan", 204] }, () => exports.DeleteResponsePlanInput$, () => exports.DeleteResponsePlanOutput$
];
exports.DeleteTimelineEvent$ = [9, n0, _DTE,
    { [_h]: ["POST", "/deleteTimelineEvent", 204] }, () => exports.DeleteTimelineEventInput$, () => exports.DeleteTimelineEventOutput$
];
exports.GetIncidentRecord$ = [9, n0, _GIR,
    { [_h]: ["GET", "/getIncidentRecord", 200] }, () => exports.GetIncidentRecordInput$, () => exports.GetIncidentRecordOutput$
];
exports.GetReplicationSet$ = [9, n0, _GRS,
    { [_h]: ["GET", "/getReplicationSet", 200] }, () => exports.GetReplicationSetInput$, () => exports.GetReplicationSetOutput$
];
exports.GetResourcePolicies$ = [9, n0, _GRP,
    { [_h]: ["POST", "/getResourcePolicies", 200] }, () => exports.GetResourcePoliciesInput$, () => exports.GetResourcePoliciesOutput$
];
exports.GetResponsePlan$ = [9, n0, _GRPe,
    { [_h]: ["GET", "/getResponsePlan", 200] }, () => exports.GetResponsePlanInput$, () => exports.GetResponsePlanOutput$
];
exports.GetTimelineEvent$ = [9, n0, _GTE,
    { [_h]: ["GET", "/getTimelineEvent", 200] }, () => exports.GetTimelineEventInput$, () => exports.GetTimelineEventOutput$
];
exports.ListIncidentFindings$ = [9, n0, _LIF,
    { [_h]: ["POST", "/listIncidentFindings", 200] }, () => exports.ListIncidentFindingsInput$, () => exports.ListIncidentFindingsOutput$
];
exports.ListIncidentRecords$ = [9, n0, _LIR,
    { [_h]: ["POST", "/listIncidentRecords", 200] }, () => exports.ListIncidentRecordsInput$, () => exports.ListIncidentRecordsOutput$
];
exports.ListRelatedItems$ = [9, n0, _LRI,
    { [_h]: ["POST", "/listRelatedItems", 200] }, () => exports.ListRelatedItemsInput$, () => exports.ListRelatedItemsOutput$
];
exports.ListReplicationSets$ = [9, n0, _LRS,
    { [_h]: ["POST", "/listReplicationSets", 200] }, () => exports.ListReplicationSetsInput$, () => exports.ListReplicationSetsOutput$
];
exports.ListResponsePlans$ = [9, n0, _LRP,
    { [_h]: ["POST", "/listResponsePlans", 200] }, () => exports.ListResponsePlansInput$, () => exports.ListResponsePlansOutput$
];
exports.ListTagsForResource$ = [9, n0, _LTFR,
    { [_h]: ["GET", "/tags/{resourceArn}", 200] }, () => exports.ListTagsForResourceRequest$, () => exports.ListTagsForResourceResponse$
];
exports.ListTimelineEvents$ = [9, n0, _LTE,
    { [_h]: ["POST", "/listTimelineEvents", 200] }, () => exports.ListTimelineEventsInput$, () => exports.ListTimelineEventsOutput$
];
exports.PutResourcePolicy$ = [9, n0, _PRP,
    { [_h]: ["POST", "/putResourcePolicy", 200] }, () => exports.PutResourcePolicyInput$, () => exports.PutResourcePolicyOutput$
];
exports.StartIncident$ = [9, n0, _SI,
    { [_h]: ["POST", "/startIncident", 200] }, () => exports.StartIncidentInput$, () => exports.StartIncidentOutput$
];
exports.TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/tags/{resourceArn}", 204] }, () => exports.TagResourceRequest$, () => exports.TagResourceResponse$
];
exports.UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/tags/{resourceArn}", 204] }, () => exports.UntagResourceRequest$, () => exports.UntagResourceResponse$
];
exports.UpdateDeletionProtection$ = [9, n0, _UDP,
    { [_h]: ["POST", "/updateDeletionProtection", 204] }, () => exports.UpdateDeletionProtectionInput$, () => exports.UpdateDeletionProtectionOutput$
];
exports.UpdateIncidentRecord$ = [9, n0, _UIR,
    { [_h]: ["POST", "/updateIncidentRecord", 204] }, () => exports.UpdateIncidentRecordInput$, () => exports.UpdateIncidentRecordOutput$
];
exports.UpdateRelatedItems$ = [9, n0, _URI,
    { [_h]: ["POST", "/updateRelatedItems", 204] }, () => exports.UpdateRelatedItemsInput$, () => exports.UpdateRelatedItemsOutput$
];
exports.UpdateReplicationSet$ = [9, n0, _URS,
    { [_h]: ["POST", "/updateReplicationSet", 204] }, () => exports.UpdateReplicationSetInput$, () => exports.UpdateReplicationSetOutput$
];
exports.UpdateResponsePlan$ = [9, n0, _URP,
    { [_h]: ["POST", "/updateResponsePlan", 204] }, () => exports.UpdateResponsePlanInput$, () => exports.UpdateResponsePlanOutput$
];
exports.UpdateTimelineEvent$ = [9, n0, _UTE,
    { [_h]: ["POST", "/updateTimelineEvent", 204] }, () => exports.UpdateTimelineEventInput$, () => exports.UpdateTimelineEventOutput$
];


/***/ }),

/***/ 2590:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getHostHeaderPlugin, hostHeaderMiddleware, hostHeaderMiddlewareOptions, resolveHostHeaderConfig } = __webpack_require__(5152);
exports.getHostHeaderPlugin = getHostHeaderPlugin;
exports.hostHeaderMiddleware = hostHeaderMiddleware;
exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
exports.resolveHostHeaderConfig = resolveHostHeaderConfig;


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } = __webpack_require__(5152);
exports.getLoggerPlugin = getLoggerPlugin;
exports.loggerMiddleware = loggerMiddleware;
exports.loggerMiddlewareOptions = loggerMiddlewareOptions;


/***/ }),

/***/ 1568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getRecursionDetectionPlugin, recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } = __webpack_require__(5152);
exports.getRecursionDetectionPlugin = getRecursionDetectionPlugin;
exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;


/***/ }),

/***/ 5340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { DEFAULT_UA_APP_ID, getUserAgentMiddlewareOptions, getUserAgentPlugin, resolveUserAgentConfig, userAgentMiddleware } = __webpack_require__(5152);
exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
exports.getUserAgentPlugin = getUserAgentPlugin;
exports.resolveUserAgentConfig = resolveUserAgentConfig;
exports.userAgentMiddleware = userAgentMiddleware;


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, REGION_ENV_NAME, REGION_INI_NAME, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveRegionConfig, stsRegionDefaultResolver, stsRegionWarning: warning } = __webpack_require__(5152);
exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
exports.REGION_ENV_NAME = REGION_ENV_NAME;
exports.REGION_INI_NAME = REGION_INI_NAME;
exports.getAwsRegionExtensionConfiguration = getAwsRegionExtensionConfiguration;
exports.resolveAwsRegionExtensionConfiguration = resolveAwsRegionExtensionConfiguration;
exports.resolveRegionConfig = resolveRegionConfig;
exports.stsRegionDefaultResolver = stsRegionDefaultResolver;
exports.warning = warning;


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, getUserAgentPrefix, isIpAddress, partition, resolveDefaultAwsRegionalEndpointsConfig, resolveEndpoint, setPartitionInfo, toEndpointV1, useDefaultPartitionInfo } = __webpack_require__(5152);
exports.awsEndpointFunctions = awsEndpointFunctions;
exports.getUserAgentPrefix = getUserAgentPrefix;
exports.isIpAddress = isIpAddress;
exports.partition = partition;
exports.resolveDefaultAwsRegionalEndpointsConfig = resolveDefaultAwsRegionalEndpointsConfig;
exports.resolveEndpoint = resolveEndpoint;
exports.setPartitionInfo = setPartitionInfo;
exports.toEndpointV1 = toEndpointV1;
exports.useDefaultPartitionInfo = useDefaultPartitionInfo;
const { EndpointError } = __webpack_require__(2085);
exports.EndpointError = EndpointError;


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_APP_ID_CONFIG_OPTIONS, UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, createDefaultUserAgentProvider, crtAvailability, defaultUserAgent } = __webpack_require__(5152);
exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
exports.crtAvailability = crtAvailability;
exports.defaultUserAgent = defaultUserAgent;


/***/ }),

/***/ 9316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRegionInfo = exports.resolveRegionConfig = exports.NODE_REGION_CONFIG_FILE_OPTIONS = exports.NODE_REGION_CONFIG_OPTIONS = exports.REGION_INI_NAME = exports.REGION_ENV_NAME = exports.resolveEndpointsConfig = exports.resolveCustomEndpointsConfig = exports.nodeFipsConfigSelectors = exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_FIPS_ENDPOINT = exports.CONFIG_USE_FIPS_ENDPOINT = exports.ENV_USE_FIPS_ENDPOINT = exports.nodeDualstackConfigSelectors = exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_DUALSTACK_ENDPOINT = exports.CONFIG_USE_DUALSTACK_ENDPOINT = exports.ENV_USE_DUALSTACK_ENDPOINT = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "ENV_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeDualstackConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeDualstackConfigSelectors; } }));
Object.defineProperty(exports, "ENV_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeFipsConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeFipsConfigSelectors; } }));
Object.defineProperty(exports, "resolveCustomEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveCustomEndpointsConfig; } }));
Object.defineProperty(exports, "resolveEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveEndpointsConfig; } }));
Object.defineProperty(exports, "REGION_ENV_NAME", ({ enumerable: true, get: function () { return config_1.REGION_ENV_NAME; } }));
Object.defineProperty(exports, "REGION_INI_NAME", ({ enumerable: true, get: function () { return config_1.REGION_INI_NAME; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_FILE_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_FILE_OPTIONS; } }));
Object.defineProperty(exports, "resolveRegionConfig", ({ enumerable: true, get: function () { return config_1.resolveRegionConfig; } }));
Object.defineProperty(exports, "getRegionInfo", ({ enumerable: true, get: function () { return config_1.getRegionInfo; } }));


/***/ }),

/***/ 5092:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Hash = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "Hash", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getContentLengthPlugin = exports.contentLengthMiddlewareOptions = exports.contentLengthMiddleware = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "contentLengthMiddleware", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddleware; } }));
Object.defineProperty(exports, "contentLengthMiddlewareOptions", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddlewareOptions; } }));
Object.defineProperty(exports, "getContentLengthPlugin", ({ enumerable: true, get: function () { return protocols_1.getContentLengthPlugin; } }));


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveEndpointRequiredConfig = exports.resolveEndpointConfig = exports.getEndpointPlugin = exports.endpointMiddlewareOptions = exports.endpointMiddleware = exports.toEndpointV1 = exports.resolveParams = exports.getEndpointFromInstructions = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "getEndpointFromInstructions", ({ enumerable: true, get: function () { return endpoints_1.getEndpointFromInstructions; } }));
Object.defineProperty(exports, "resolveParams", ({ enumerable: true, get: function () { return endpoints_1.resolveParams; } }));
Object.defineProperty(exports, "toEndpointV1", ({ enumerable: true, get: function () { return endpoints_1.toEndpointV1; } }));
Object.defineProperty(exports, "endpointMiddleware", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddleware; } }));
Object.defineProperty(exports, "endpointMiddlewareOptions", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddlewareOptions; } }));
Object.defineProperty(exports, "getEndpointPlugin", ({ enumerable: true, get: function () { return endpoints_1.getEndpointPlugin; } }));
Object.defineProperty(exports, "resolveEndpointConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointConfig; } }));
Object.defineProperty(exports, "resolveEndpointRequiredConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointRequiredConfig; } }));


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryMiddlewareOptions = exports.retryMiddleware = exports.resolveRetryConfig = exports.omitRetryHeadersMiddlewareOptions = exports.omitRetryHeadersMiddleware = exports.getRetryPlugin = exports.getRetryAfterHint = exports.getOmitRetryHeadersPlugin = exports.defaultRetryDecider = exports.defaultDelayDecider = exports.NODE_RETRY_MODE_CONFIG_OPTIONS = exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = exports.ENV_RETRY_MODE = exports.ENV_MAX_ATTEMPTS = exports.CONFIG_RETRY_MODE = exports.CONFIG_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedAdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedStandardRetryStrategy; } }));
Object.defineProperty(exports, "CONFIG_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.CONFIG_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "CONFIG_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.CONFIG_RETRY_MODE; } }));
Object.defineProperty(exports, "ENV_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.ENV_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "ENV_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.ENV_RETRY_MODE; } }));
Object.defineProperty(exports, "NODE_MAX_ATTEMPT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_RETRY_MODE_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "defaultDelayDecider", ({ enumerable: true, get: function () { return retry_1.defaultDelayDecider; } }));
Object.defineProperty(exports, "defaultRetryDecider", ({ enumerable: true, get: function () { return retry_1.defaultRetryDecider; } }));
Object.defineProperty(exports, "getOmitRetryHeadersPlugin", ({ enumerable: true, get: function () { return retry_1.getOmitRetryHeadersPlugin; } }));
Object.defineProperty(exports, "getRetryAfterHint", ({ enumerable: true, get: function () { return retry_1.getRetryAfterHint; } }));
Object.defineProperty(exports, "getRetryPlugin", ({ enumerable: true, get: function () { return retry_1.getRetryPlugin; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddleware", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddleware; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddlewareOptions; } }));
Object.defineProperty(exports, "resolveRetryConfig", ({ enumerable: true, get: function () { return retry_1.resolveRetryConfig; } }));
Object.defineProperty(exports, "retryMiddleware", ({ enumerable: true, get: function () { return retry_1.retryMiddleware; } }));
Object.defineProperty(exports, "retryMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.retryMiddlewareOptions; } }));


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "loadConfig", ({ enumerable: true, get: function () { return config_1.loadConfig; } }));


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpHandlerRuntimeConfig = exports.getHttpHandlerExtensionConfiguration = exports.isValidHostname = exports.HttpResponse = exports.HttpRequest = exports.Fields = exports.Field = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "Field", ({ enumerable: true, get: function () { return protocols_1.Field; } }));
Object.defineProperty(exports, "Fields", ({ enumerable: true, get: function () { return protocols_1.Fields; } }));
Object.defineProperty(exports, "HttpRequest", ({ enumerable: true, get: function () { return protocols_1.HttpRequest; } }));
Object.defineProperty(exports, "HttpResponse", ({ enumerable: true, get: function () { return protocols_1.HttpResponse; } }));
Object.defineProperty(exports, "isValidHostname", ({ enumerable: true, get: function () { return protocols_1.isValidHostname; } }));
Object.defineProperty(exports, "getHttpHandlerExtensionConfiguration", ({ enumerable: true, get: function () { return protocols_1.getHttpHandlerExtensionConfiguration; } }));
Object.defineProperty(exports, "resolveHttpHandlerRuntimeConfig", ({ enumerable: true, get: function () { return protocols_1.resolveHttpHandlerRuntimeConfig; } }));


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAggregatedClient = exports.convertMap = exports._json = exports.ServiceException = exports.SENSITIVE_STRING = exports.NoOpLogger = exports.Command = exports.Client = exports.strictParseShort = exports.strictParseLong = exports.strictParseInt32 = exports.strictParseInt = exports.strictParseFloat32 = exports.strictParseFloat = exports.strictParseDouble = exports.strictParseByte = exports.splitHeader = exports.splitEvery = exports.quoteHeader = exports.parseRfc7231DateTime = exports.parseRfc3339DateTimeWithOffset = exports.parseRfc3339DateTime = exports.parseEpochTimestamp = exports.parseBoolean = exports.nv = exports.logger = exports.limitedParseFloat32 = exports.limitedParseFloat = exports.limitedParseDouble = exports.handleFloat = exports.generateIdempotencyToken = exports.expectUnion = exports.expectString = exports.expectShort = exports.expectObject = exports.expectNumber = exports.expectNonNull = exports.expectLong = exports.expectInt32 = exports.expectInt = exports.expectFloat32 = exports.expectByte = exports.expectBoolean = exports.dateToUtcString = exports.copyDocumentWithTransform = exports._parseRfc7231DateTime = exports._parseRfc3339DateTimeWithOffset = exports._parseEpochTimestamp = exports.NumericValue = exports.LazyJsonString = void 0;
exports.resolvedPath = exports.extendedEncodeURIComponent = exports.collectBody = exports.withBaseException = exports.throwDefaultError = exports.take = exports.serializeFloat = exports.serializeDateTime = exports.resolveDefaultRuntimeConfig = exports.map = exports.loadConfigsForDefaultMode = exports.isSerializableHeaderValue = exports.getValueFromTextNode = exports.getDefaultExtensionConfiguration = exports.getDefaultClientConfiguration = exports.getArrayIfSingleItem = exports.emitWarningIfUnsupportedVersion = exports.decorateServiceException = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "LazyJsonString", ({ enumerable: true, get: function () { return serde_1.LazyJsonString; } }));
Object.defineProperty(exports, "NumericValue", ({ enumerable: true, get: function () { return serde_1.NumericValue; } }));
Object.defineProperty(exports, "_parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1._parseEpochTimestamp; } }));
Object.defineProperty(exports, "_parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1._parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "_parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1._parseRfc7231DateTime; } }));
Object.defineProperty(exports, "copyDocumentWithTransform", ({ enumerable: true, get: function () { return serde_1.copyDocumentWithTransform; } }));
Object.defineProperty(exports, "dateToUtcString", ({ enumerable: true, get: function () { return serde_1.dateToUtcString; } }));
Object.defineProperty(exports, "expectBoolean", ({ enumerable: true, get: function () { return serde_1.expectBoolean; } }));
Object.defineProperty(exports, "expectByte", ({ enumerable: true, get: function () { return serde_1.expectByte; } }));
Object.defineProperty(exports, "expectFloat32", ({ enumerable: true, get: function () { return serde_1.expectFloat32; } }));
Object.defineProperty(exports, "expectInt", ({ enumerable: true, get: function () { return serde_1.expectInt; } }));
Object.defineProperty(exports, "expectInt32", ({ enumerable: true, get: function () { return serde_1.expectInt32; } }));
Object.defineProperty(exports, "expectLong", ({ enumerable: true, get: function () { return serde_1.expectLong; } }));
Object.defineProperty(exports, "expectNonNull", ({ enumerable: true, get: function () { return serde_1.expectNonNull; } }));
Object.defineProperty(exports, "expectNumber", ({ enumerable: true, get: function () { return serde_1.expectNumber; } }));
Object.defineProperty(exports, "expectObject", ({ enumerable: true, get: function () { return serde_1.expectObject; } }));
Object.defineProperty(exports, "expectShort", ({ enumerable: true, get: function () { return serde_1.expectShort; } }));
Object.defineProperty(exports, "expectString", ({ enumerable: true, get: function () { return serde_1.expectString; } }));
Object.defineProperty(exports, "expectUnion", ({ enumerable: true, get: function () { return serde_1.expectUnion; } }));
Object.defineProperty(exports, "generateIdempotencyToken", ({ enumerable: true, get: function () { return serde_1.generateIdempotencyToken; } }));
Object.defineProperty(exports, "handleFloat", ({ enumerable: true, get: function () { return serde_1.handleFloat; } }));
Object.defineProperty(exports, "limitedParseDouble", ({ enumerable: true, get: function () { return serde_1.limitedParseDouble; } }));
Object.defineProperty(exports, "limitedParseFloat", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat; } }));
Object.defineProperty(exports, "limitedParseFloat32", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat32; } }));
Object.defineProperty(exports, "logger", ({ enumerable: true, get: function () { return serde_1.logger; } }));
Object.defineProperty(exports, "nv", ({ enumerable: true, get: function () { return serde_1.nv; } }));
Object.defineProperty(exports, "parseBoolean", ({ enumerable: true, get: function () { return serde_1.parseBoolean; } }));
Object.defineProperty(exports, "parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1.parseEpochTimestamp; } }));
Object.defineProperty(exports, "parseRfc3339DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTime; } }));
Object.defineProperty(exports, "parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc7231DateTime; } }));
Object.defineProperty(exports, "quoteHeader", ({ enumerable: true, get: function () { return serde_1.quoteHeader; } }));
Object.defineProperty(exports, "splitEvery", ({ enumerable: true, get: function () { return serde_1.splitEvery; } }));
Object.defineProperty(exports, "splitHeader", ({ enumerable: true, get: function () { return serde_1.splitHeader; } }));
Object.defineProperty(exports, "strictParseByte", ({ enumerable: true, get: function () { return serde_1.strictParseByte; } }));
Object.defineProperty(exports, "strictParseDouble", ({ enumerable: true, get: function () { return serde_1.strictParseDouble; } }));
Object.defineProperty(exports, "strictParseFloat", ({ enumerable: true, get: function () { return serde_1.strictParseFloat; } }));
Object.defineProperty(exports, "strictParseFloat32", ({ enumerable: true, get: function () { return serde_1.strictParseFloat32; } }));
Object.defineProperty(exports, "strictParseInt", ({ enumerable: true, get: function () { return serde_1.strictParseInt; } }));
Object.defineProperty(exports, "strictParseInt32", ({ enumerable: true, get: function () { return serde_1.strictParseInt32; } }));
Object.defineProperty(exports, "strictParseLong", ({ enumerable: true, get: function () { return serde_1.strictParseLong; } }));
Object.defineProperty(exports, "strictParseShort", ({ enumerable: true, get: function () { return serde_1.strictParseShort; } }));
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "Client", ({ enumerable: true, get: function () { return client_1.Client; } }));
Object.defineProperty(exports, "Command", ({ enumerable: true, get: function () { return client_1.Command; } }));
Object.defineProperty(exports, "NoOpLogger", ({ enumerable: true, get: function () { return client_1.NoOpLogger; } }));
Object.defineProperty(exports, "SENSITIVE_STRING", ({ enumerable: true, get: function () { return client_1.SENSITIVE_STRING; } }));
Object.defineProperty(exports, "ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
Object.defineProperty(exports, "_json", ({ enumerable: true, get: function () { return client_1._json; } }));
Object.defineProperty(exports, "convertMap", ({ enumerable: true, get: function () { return client_1.convertMap; } }));
Object.defineProperty(exports, "createAggregatedClient", ({ enumerable: true, get: function () { return client_1.createAggregatedClient; } }));
Object.defineProperty(exports, "decorateServiceException", ({ enumerable: true, get: function () { return client_1.decorateServiceException; } }));
Object.defineProperty(exports, "emitWarningIfUnsupportedVersion", ({ enumerable: true, get: function () { return client_1.emitWarningIfUnsupportedVersion; } }));
Object.defineProperty(exports, "getArrayIfSingleItem", ({ enumerable: true, get: function () { return client_1.getArrayIfSingleItem; } }));
Object.defineProperty(exports, "getDefaultClientConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultClientConfiguration; } }));
Object.defineProperty(exports, "getDefaultExtensionConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultExtensionConfiguration; } }));
Object.defineProperty(exports, "getValueFromTextNode", ({ enumerable: true, get: function () { return client_1.getValueFromTextNode; } }));
Object.defineProperty(exports, "isSerializableHeaderValue", ({ enumerable: true, get: function () { return client_1.isSerializableHeaderValue; } }));
Object.defineProperty(exports, "loadConfigsForDefaultMode", ({ enumerable: true, get: function () { return client_1.loadConfigsForDefaultMode; } }));
Object.defineProperty(exports, "map", ({ enumerable: true, get: function () { return client_1.map; } }));
Object.defineProperty(exports, "resolveDefaultRuntimeConfig", ({ enumerable: true, get: function () { return client_1.resolveDefaultRuntimeConfig; } }));
Object.defineProperty(exports, "serializeDateTime", ({ enumerable: true, get: function () { return client_1.serializeDateTime; } }));
Object.defineProperty(exports, "serializeFloat", ({ enumerable: true, get: function () { return client_1.serializeFloat; } }));
Object.defineProperty(exports, "take", ({ enumerable: true, get: function () { return client_1.take; } }));
Object.defineProperty(exports, "throwDefaultError", ({ enumerable: true, get: function () { return client_1.throwDefaultError; } }));
Object.defineProperty(exports, "withBaseException", ({ enumerable: true, get: function () { return client_1.withBaseException; } }));
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "collectBody", ({ enumerable: true, get: function () { return protocols_1.collectBody; } }));
Object.defineProperty(exports, "extendedEncodeURIComponent", ({ enumerable: true, get: function () { return protocols_1.extendedEncodeURIComponent; } }));
Object.defineProperty(exports, "resolvedPath", ({ enumerable: true, get: function () { return protocols_1.resolvedPath; } }));


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUrl = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "parseUrl", ({ enumerable: true, get: function () { return protocols_1.parseUrl; } }));


/***/ }),

/***/ 766:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toBase64 = exports.fromBase64 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromBase64", ({ enumerable: true, get: function () { return serde_1.fromBase64; } }));
Object.defineProperty(exports, "toBase64", ({ enumerable: true, get: function () { return serde_1.toBase64; } }));


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calculateBodyLength = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "calculateBodyLength", ({ enumerable: true, get: function () { return serde_1.calculateBodyLength; } }));


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDefaultsModeConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "resolveDefaultsModeConfig", ({ enumerable: true, get: function () { return config_1.resolveDefaultsModeConfig; } }));


/***/ }),

/***/ 9674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EndpointError = exports.resolveEndpoint = exports.customEndpointFunctions = exports.isValidHostLabel = exports.isIpAddress = exports.decideEndpoint = exports.EndpointCache = exports.BinaryDecisionDiagram = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "BinaryDecisionDiagram", ({ enumerable: true, get: function () { return endpoints_1.BinaryDecisionDiagram; } }));
Object.defineProperty(exports, "EndpointCache", ({ enumerable: true, get: function () { return endpoints_1.EndpointCache; } }));
Object.defineProperty(exports, "decideEndpoint", ({ enumerable: true, get: function () { return endpoints_1.decideEndpoint; } }));
Object.defineProperty(exports, "isIpAddress", ({ enumerable: true, get: function () { return endpoints_1.isIpAddress; } }));
Object.defineProperty(exports, "isValidHostLabel", ({ enumerable: true, get: function () { return endpoints_1.isValidHostLabel; } }));
Object.defineProperty(exports, "customEndpointFunctions", ({ enumerable: true, get: function () { return endpoints_1.customEndpointFunctions; } }));
Object.defineProperty(exports, "resolveEndpoint", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpoint; } }));
Object.defineProperty(exports, "EndpointError", ({ enumerable: true, get: function () { return endpoints_1.EndpointError; } }));


/***/ }),

/***/ 6324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeProvider = exports.getSmithyContext = void 0;
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "getSmithyContext", ({ enumerable: true, get: function () { return client_1.getSmithyContext; } }));
Object.defineProperty(exports, "normalizeProvider", ({ enumerable: true, get: function () { return client_1.normalizeProvider; } }));


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEOUT_RETRY_COST = exports.THROTTLING_RETRY_DELAY_BASE = exports.Retry = exports.RETRY_MODES = exports.RETRY_COST = exports.NO_RETRY_INCREMENT = exports.REQUEST_HEADER = exports.MAXIMUM_RETRY_DELAY = exports.INVOCATION_ID_HEADER = exports.INITIAL_RETRY_TOKENS = exports.DEFAULT_RETRY_MODE = exports.DEFAULT_RETRY_DELAY_BASE = exports.DEFAULT_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.DefaultRateLimiter = exports.ConfiguredRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.AdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "ConfiguredRetryStrategy", ({ enumerable: true, get: function () { return retry_1.ConfiguredRetryStrategy; } }));
Object.defineProperty(exports, "DefaultRateLimiter", ({ enumerable: true, get: function () { return retry_1.DefaultRateLimiter; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.StandardRetryStrategy; } }));
Object.defineProperty(exports, "DEFAULT_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.DEFAULT_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_MODE; } }));
Object.defineProperty(exports, "INITIAL_RETRY_TOKENS", ({ enumerable: true, get: function () { return retry_1.INITIAL_RETRY_TOKENS; } }));
Object.defineProperty(exports, "INVOCATION_ID_HEADER", ({ enumerable: true, get: function () { return retry_1.INVOCATION_ID_HEADER; } }));
Object.defineProperty(exports, "MAXIMUM_RETRY_DELAY", ({ enumerable: true, get: function () { return retry_1.MAXIMUM_RETRY_DELAY; } }));
Object.defineProperty(exports, "REQUEST_HEADER", ({ enumerable: true, get: function () { return retry_1.REQUEST_HEADER; } }));
Object.defineProperty(exports, "NO_RETRY_INCREMENT", ({ enumerable: true, get: function () { return retry_1.NO_RETRY_INCREMENT; } }));
Object.defineProperty(exports, "RETRY_COST", ({ enumerable: true, get: function () { return retry_1.RETRY_COST; } }));
Object.defineProperty(exports, "RETRY_MODES", ({ enumerable: true, get: function () { return retry_1.RETRY_MODES; } }));
Object.defineProperty(exports, "Retry", ({ enumerable: true, get: function () { return retry_1.Retry; } }));
Object.defineProperty(exports, "THROTTLING_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.THROTTLING_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "TIMEOUT_RETRY_COST", ({ enumerable: true, get: function () { return retry_1.TIMEOUT_RETRY_COST; } }));


/***/ }),

/***/ 1577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.toUint8Array = exports.fromUtf8 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromUtf8", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
Object.defineProperty(exports, "toUint8Array", ({ enumerable: true, get: function () { return serde_1.toUint8Array; } }));
Object.defineProperty(exports, "toUtf8", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ }),

/***/ 5290:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

"use strict";

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkExceptions = exports.WaiterState = exports.waiterServiceDefaults = exports.createWaiter = void 0;
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "createWaiter", ({ enumerable: true, get: function () { return client_1.createWaiter; } }));
Object.defineProperty(exports, "waiterServiceDefaults", ({ enumerable: true, get: function () { return client_1.waiterServiceDefaults; } }));
Object.defineProperty(exports, "WaiterState", ({ enumerable: true, get: function () { return client_1.WaiterState; } }));
Object.defineProperty(exports, "checkExceptions", ({ enumerable: true, get: function () { return client_1.checkExceptions; } }));


/***/ }),

/***/ 1188:
/***/ ((module) => {

"use strict";
module.exports = /*#__PURE__*/JSON.parse('{"name":"@aws-sdk/client-ssm-incidents","description":"AWS SDK for JavaScript Ssm Incidents Client for Node.js, Browser and React Native","version":"3.1019.0","scripts":{"build":"concurrently \'yarn:build:types\' \'yarn:build:es\' && yarn build:cjs","build:cjs":"node ../../scripts/compilation/inline client-ssm-incidents","build:es":"tsc -p tsconfig.es.json","build:include:deps":"yarn g:turbo run build -F=\\"$npm_package_name\\"","build:types":"tsc -p tsconfig.types.json","build:types:downlevel":"downlevel-dts dist-types dist-types/ts3.4","clean":"premove dist-cjs dist-es dist-types tsconfig.cjs.tsbuildinfo tsconfig.es.tsbuildinfo tsconfig.types.tsbuildinfo","extract:docs":"api-extractor run --local","generate:client":"node ../../scripts/generate-clients/single-service --solo ssm-incidents","test:index":"tsc --noEmit ./test/index-types.ts && node ./test/index-objects.spec.mjs"},"main":"./dist-cjs/index.js","types":"./dist-types/index.d.ts","module":"./dist-es/index.js","sideEffects":false,"dependencies":{"@aws-crypto/sha256-browser":"5.2.0","@aws-crypto/sha256-js":"5.2.0","@aws-sdk/core":"^3.973.25","@aws-sdk/credential-provider-node":"^3.972.27","@aws-sdk/middleware-host-header":"^3.972.8","@aws-sdk/middleware-logger":"^3.972.8","@aws-sdk/middleware-recursion-detection":"^3.972.9","@aws-sdk/middleware-user-agent":"^3.972.26","@aws-sdk/region-config-resolver":"^3.972.10","@aws-sdk/types":"^3.973.6","@aws-sdk/util-endpoints":"^3.996.5","@aws-sdk/util-user-agent-browser":"^3.972.8","@aws-sdk/util-user-agent-node":"^3.973.12","@smithy/config-resolver":"^4.4.13","@smithy/core":"^3.23.12","@smithy/fetch-http-handler":"^5.3.15","@smithy/hash-node":"^4.2.12","@smithy/invalid-dependency":"^4.2.12","@smithy/middleware-content-length":"^4.2.12","@smithy/middleware-endpoint":"^4.4.27","@smithy/middleware-retry":"^4.4.44","@smithy/middleware-serde":"^4.2.15","@smithy/middleware-stack":"^4.2.12","@smithy/node-config-provider":"^4.3.12","@smithy/node-http-handler":"^4.5.0","@smithy/protocol-http":"^5.3.12","@smithy/smithy-client":"^4.12.7","@smithy/types":"^4.13.1","@smithy/url-parser":"^4.2.12","@smithy/util-base64":"^4.3.2","@smithy/util-body-length-browser":"^4.2.2","@smithy/util-body-length-node":"^4.2.3","@smithy/util-defaults-mode-browser":"^4.3.43","@smithy/util-defaults-mode-node":"^4.2.47","@smithy/util-endpoints":"^3.3.3","@smithy/util-middleware":"^4.2.12","@smithy/util-retry":"^4.2.12","@smithy/util-utf8":"^4.2.2","@smithy/util-waiter":"^4.2.13","tslib":"^2.6.2"},"devDependencies":{"@tsconfig/node20":"20.1.8","@types/node":"^20.14.8","concurrently":"7.0.0","downlevel-dts":"0.10.1","premove":"4.0.0","typescript":"~5.8.3"},"engines":{"node":">=20.0.0"},"typesVersions":{"<4.5":{"dist-types/*":["dist-types/ts3.4/*"]}},"files":["dist-*/**"],"author":{"name":"AWS SDK for JavaScript Team","url":"https://aws.amazon.com/javascript/"},"license":"Apache-2.0","browser":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.browser"},"react-native":{"./dist-es/runtimeConfig":"./dist-es/runtimeConfig.native"},"homepage":"https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-ssm-incidents","repository":{"type":"git","url":"https://github.com/aws/aws-sdk-js-v3.git","directory":"clients/client-ssm-incidents"}}');

/***/ })

};
;