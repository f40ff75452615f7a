import { defineConfig } from 'vitest/config';
import { QUIET_SDK_ENV } from './local/quiet-sdk.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Emulator suites start a JVM (DynamoDB Local); two cores are all CI has.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The SDK's Node 20 end-of-support notice and Powertools' JSON logs would drown the test output.
    env: { ...QUIET_SDK_ENV, POWERTOOLS_LOG_LEVEL: 'SILENT' },
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
