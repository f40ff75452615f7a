import type { Context } from 'aws-lambda';
import { createLogger } from '../shared/logger.js';
import { wiredOnFirstUse } from '../shared/wired-on-first-use.js';
import { digestWindowOf } from './digest-event.js';
import { notifyDepsFromEnv } from './runtime.js';
import { sendDigest } from './send-digest.js';

type DigestWiring = ReturnType<typeof notifyDepsFromEnv> & { logger: ReturnType<typeof createLogger> };

/** The admin digest over given deps: on the daily schedule, or called by the local pipeline with `{ since, until? }`. */
export function createDigestHandler({ deps, idempotency, logger }: DigestWiring) {
  return async (event: unknown, context?: Context): Promise<{ reports: number; messageId?: string }> => {
    if (context) {
      logger.addContext(context);
      idempotency.registerLambdaContext(context);
    }
    const window = digestWindowOf(event, deps.now());
    const result = await sendDigest(deps, window); // a send error throws: the schedule retries the same window
    logger.info('digest handled', { ...window, ...result });
    return result;
  };
}

/** The deployed digest, wired from the environment (runtime.ts). */
export const handler = wiredOnFirstUse(() => {
  const wiring = notifyDepsFromEnv();
  return createDigestHandler({ ...wiring, logger: createLogger('digest', wiring.deps.district.id) });
});
