import type { Context } from 'aws-lambda';
import { createLogger } from '../shared/logger.js';
import { digestWindowOf } from './digest-event.js';
import { notifyDepsFromEnv } from './runtime.js';
import { sendDigest } from './send-digest.js';

let wired: (ReturnType<typeof notifyDepsFromEnv> & { logger: ReturnType<typeof createLogger> }) | undefined;

/** The admin digest: on the daily schedule, or called by the local pipeline with `{ since, until? }`. */
export const handler = async (event: unknown, context?: Context): Promise<{ reports: number; messageId?: string }> => {
  if (!wired) {
    const fromEnv = notifyDepsFromEnv();
    wired = { ...fromEnv, logger: createLogger('digest', fromEnv.deps.district.id) };
  }
  if (context) {
    wired.logger.addContext(context);
    wired.idempotency.registerLambdaContext(context);
  }
  const window = digestWindowOf(event, wired.deps.now());
  const result = await sendDigest(wired.deps, window); // a send error throws: the schedule retries the same window
  wired.logger.info('digest handled', { ...window, ...result });
  return result;
};
