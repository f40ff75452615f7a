import * as z from 'zod';
import type { DigestWindow } from './send-digest.js';

/** The schedule's period: each run covers the reports uploaded since the previous one. */
export const DIGEST_PERIOD_MS = 24 * 3600 * 1000;

/**
 * What starts a digest: the daily EventBridge schedule (its `time` is the scheduled time, the same on a retry, so
 * the window and its idempotency key are too), or the local pipeline at the end of a run, naming its window.
 */
const digestEventSchema = z.union([
  z.object({ since: z.iso.datetime(), until: z.iso.datetime().optional() }),
  z.object({ time: z.iso.datetime() }),
]);

export function digestWindowOf(event: unknown, now: Date): DigestWindow {
  const parsed = digestEventSchema.parse(event);
  if ('since' in parsed) return { since: parsed.since, until: parsed.until ?? now.toISOString() };
  const until = new Date(parsed.time);
  return { since: new Date(until.getTime() - DIGEST_PERIOD_MS).toISOString(), until: until.toISOString() };
}
