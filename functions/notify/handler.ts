import { createLogger } from '../shared/logger.js';
import { wiredOnFirstUse } from '../shared/wired-on-first-use.js';
import { notifyDepsFromEnv } from './runtime.js';
import { createNotifyHandler } from './stream-handler.js';

/** The deployed stream handler, wired from the environment (runtime.ts). */
export const handler = wiredOnFirstUse(() => {
  const { deps, idempotency } = notifyDepsFromEnv();
  return createNotifyHandler({ deps, idempotency, logger: createLogger('notify', deps.district.id) });
});
