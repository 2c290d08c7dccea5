// Tests run on Node 20 on purpose (the oldest supported); the AWS SDK's notice about it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
