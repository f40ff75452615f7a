import type { DynamoDBStreamHandler } from 'aws-lambda';
import { createLogger } from '../shared/logger.js';
import { notifyDepsFromEnv } from './runtime.js';
import { createNotifyHandler } from './stream-handler.js';

let deployed: DynamoDBStreamHandler | undefined;

/** The deployed stream handler, wired from the environment on first use (runtime.ts). */
export const handler: DynamoDBStreamHandler = (event, context, callback) => {
  if (!deployed) {
    const { deps, idempotency } = notifyDepsFromEnv();
    deployed = createNotifyHandler({ deps, idempotency, logger: createLogger('notify', deps.district.id) });
  }
  return deployed(event, context, callback);
};
