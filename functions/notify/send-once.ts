import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Mailer } from './mailer.js';

/** How long a sent notice is remembered: longer than any stream retry window (maxRecordAge 24 h). */
const REMEMBER_SECONDS = 7 * 24 * 3600;

/** The config sendOnce uses; the handler registers its Lambda context on it so a timed-out send can be retried. */
export function sendOnceConfig(): IdempotencyConfig {
  return new IdempotencyConfig({ eventKeyJmesPath: 'key', expiresAfterSeconds: REMEMBER_SECONDS });
}

/**
 * Wraps a mailer so each notice key is sent once: a repeat returns the first send's message id without sending.
 * A send that throws leaves no record, so the retry sends. The key prefix is fixed, not the function name,
 * because a redeploy may rename the function.
 */
export function sendOnce(mailer: Mailer, persistenceStore: BasePersistenceLayer, config = sendOnceConfig()): Mailer {
  const send = makeIdempotent((email: Parameters<Mailer['send']>[0]) => mailer.send(email), {
    persistenceStore,
    config,
    keyPrefix: 'nianbao-notice',
  });
  return { send };
}
