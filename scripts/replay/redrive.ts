import { z } from 'zod';
import { STREAM_SOURCES } from '../../local/stack/stream-sources.js';
import { matchesAnyPattern } from '../../local/wiring/filter-pattern.js';
import type { Redrive, ReplayableFunction, StreamBatch, StreamFunction } from './dead-letter.js';

/** What a re-drive needs from the world: run a function on an event, read a stream range back. */
export interface RedrivePorts {
  /** Runs the function on the event and resolves with its response; a handler error rejects. */
  invoke(fn: ReplayableFunction, event: unknown): Promise<unknown>;
  /** The records of the range, inclusive, as Lambda delivers them (rejects when the stream no longer has them). */
  readStream(batch: StreamBatch): Promise<unknown[]>;
}

export class RedriveFailedError extends Error {
  override name = 'RedriveFailedError';
}

/** The event source's filters: a stream range also holds records the function never got (other items, writes). */
const filtersOf = (fn: StreamFunction) => STREAM_SOURCES.find((source) => source.function === fn)?.filters ?? [];
const batchResponseSchema = z
  .object({ batchItemFailures: z.array(z.object({ itemIdentifier: z.string() })).optional() })
  .nullish();

/**
 * Runs one dead letter again. Every stage is idempotent (conditional writes, send-once mail), so a letter that
 * was already re-driven, or that succeeded on a late retry, changes nothing. Resolves with what was done; rejects
 * when the function failed again, so the caller keeps the letter.
 */
export async function redrive(plan: Redrive, ports: RedrivePorts): Promise<string> {
  if (plan.kind === 'event') {
    checkBatchResponse(plan.function, await ports.invoke(plan.function, plan.event));
    return `${plan.function}: re-ran ${plan.subject}`;
  }
  const filters = filtersOf(plan.function);
  const records = (await ports.readStream(plan.batch)).filter((record) => matchesAnyPattern(filters, record));
  if (records.length === 0) return `${plan.function}: nothing in ${plan.subject} is for this function`;
  checkBatchResponse(plan.function, await ports.invoke(plan.function, { Records: records }));
  return `${plan.function}: re-ran ${records.length} record(s) of ${plan.subject}`;
}

function checkBatchResponse(fn: ReplayableFunction, response: unknown): void {
  const failures = batchResponseSchema.safeParse(response).data?.batchItemFailures ?? [];
  if (failures.length > 0) {
    const ids = failures.map((failure) => failure.itemIdentifier).join(', ');
    throw new RedriveFailedError(`${fn} failed again on record(s) ${ids}`);
  }
}
