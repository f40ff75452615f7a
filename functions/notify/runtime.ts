import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { districtFromEnv, env } from '../shared/env.js';
import { loadOnce } from '../shared/load-once.js';
import { storeFromEnv } from '../shared/aws/store-from-env.js';
import type { Mailer } from './mailer.js';
import type { NotifyDeps } from './notify-report.js';
import { sendOnce, sendOnceConfig } from './send-once.js';

/** SES's client loads with the first email (a chunk of its own): a report with nothing to mail never loads it. */
const sesMailer = loadOnce(async () => {
  const [{ SESv2Client }, { createSesMailer }] = await Promise.all([
    import('@aws-sdk/client-sesv2'),
    import('./ses-mailer.js'),
  ]);
  return createSesMailer(new SESv2Client({}));
});
export const lazySesMailer: Mailer = { send: async (email) => (await sesMailer()).send(email) };

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
    mailer: sendOnce(lazySesMailer, persistence, idempotency),
    now: () => new Date(),
  };
  return { deps, idempotency };
}
