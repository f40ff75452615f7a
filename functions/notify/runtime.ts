import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { districtFromEnv, env } from '../shared/env.js';
import { storeFromEnv } from '../shared/store-from-env.js';
import type { NotifyDeps } from './notify-report.js';
import { sendOnce, sendOnceConfig } from './send-once.js';
import { createSesMailer } from './ses-mailer.js';

/**
 * The deployed notify functions' dependencies, from the environment the stack sets: TABLE_NAME,
 * IDEMPOTENCY_TABLE_NAME, DISTRICT_CONFIG. The SES endpoint comes from AWS_ENDPOINT_URL_SESV2 when set (locally).
 */
export function notifyDepsFromEnv() {
  const idempotency = sendOnceConfig();
  const persistence = new DynamoDBPersistenceLayer({ tableName: env('IDEMPOTENCY_TABLE_NAME') });
  const deps: NotifyDeps = {
    store: storeFromEnv(),
    district: districtFromEnv(),
    mailer: sendOnce(createSesMailer(new SESv2Client({})), persistence, idempotency),
    now: () => new Date(),
  };
  return { deps, idempotency };
}
