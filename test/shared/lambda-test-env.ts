import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, vi } from 'vitest';
import type { DistrictConfig } from '../../functions/shared/model/district.js';

// Import first in tests that run handlers: Powertools' logger writes JSON lines (the SDK's Node 20 notice is
// silenced for every test by vitest.config.ts).
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.AWS_REGION ??= 'cn-north-1';

/** A Lambda context with the fields Powertools reads. */
export function fakeContext(functionName = 'test-function'): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws-cn:lambda:cn-north-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2025/01/20/[$LATEST]abcdef',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/**
 * For tests of a deployed handler (wired from its environment): sets the variables the stack sets and mocks every
 * DynamoDB document client, for the enclosing describe block. The table is named `Reports`.
 */
export function deployedEnvironment(district: DistrictConfig) {
  const doc = mockClient(DynamoDBDocumentClient);
  beforeAll(() => {
    vi.stubEnv('TABLE_NAME', 'Reports');
    vi.stubEnv('DISTRICT_CONFIG', JSON.stringify(district));
  });
  afterAll(() => {
    doc.restore();
    vi.unstubAllEnvs();
  });
  return doc;
}
