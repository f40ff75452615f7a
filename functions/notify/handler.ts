import type { DynamoDBStreamHandler } from 'aws-lambda';

// Placeholder so the stack synthesizes; the real wiring follows in the next commit.
export const handler: DynamoDBStreamHandler = async () => ({ batchItemFailures: [] });
