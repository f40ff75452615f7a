// Imported first by bench/run.ts: the AWS SDK warns about Node 20 when it loads, and ESM imports load before
// any statement of the importing module runs.
process.env.AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING = '1';
