import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Emulator suites start a JVM (DynamoDB Local); two cores are all CI has.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The SDK's Node 20 end-of-support notice and Powertools' JSON logs would drown the test output.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', POWERTOOLS_LOG_LEVEL: 'SILENT' },
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
