// Imported first by bench/run.ts: the AWS SDK warns about Node 20 when a client starts, and ESM imports load
// before any statement of the importing module runs. This SDK release reads the second variable, not the first.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
