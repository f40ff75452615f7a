/**
 * The one place the AWS SDK's notice about Node 20 is silenced, for every process the project starts here (the
 * CLI, npm start, the bench, the fuzzer, the tests through vitest.config.ts); the Lambdas run Node 24, where the SDK
 * says nothing. Imported first by each entry point: the notice comes when a client is built. The pinned SDK reads
 * this variable (@aws-sdk/core's emitWarningIfUnsupportedVersion).
 */
export const QUIET_SDK_ENV = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } as const;

Object.assign(process.env, QUIET_SDK_ENV);
