import { z } from 'zod';
import { FUNCTIONS, type FunctionName } from '../../pipeline/functions.js';
import type { StreamSource } from '../../local/stack/stream-sources.js';
import type { DeadLetter } from '../../local/wiring/dead-letters.js';

/** A dead letter is re-driven through one of the district stack's functions; a stream letter through a consumer. */
export type ReplayableFunction = FunctionName;
export type StreamFunction = StreamSource['function'];
const replayableSchema = z.custom<ReplayableFunction>(
  (name) => typeof name === 'string' && Object.hasOwn(FUNCTIONS, name),
  'not a function of the district stack',
);

/** A stream on-failure record names a range of one shard, not the records (Lambda's DDBStreamBatchInfo). */
const streamBatchSchema = z.object({
  streamArn: z.string().min(1),
  shardId: z.string().min(1),
  startSequenceNumber: z.string().regex(/^\d+$/),
  endSequenceNumber: z.string().regex(/^\d+$/),
  batchSize: z.number().int().positive().optional(),
});
export type StreamBatch = z.infer<typeof streamBatchSchema>;

const streamFailureSchema = z.object({
  requestContext: z.object({ functionArn: z.string() }).partial().optional(),
  DDBStreamBatchInfo: streamBatchSchema,
});
/** Only what tells an S3 event apart and names its objects; the parse handler checks the rest. */
const s3EventSchema = z.object({
  Records: z
    .array(
      z.looseObject({
        eventSource: z.literal('aws:s3'),
        s3: z.looseObject({ object: z.looseObject({ key: z.string() }) }),
      }),
    )
    .min(1),
});
const scheduleEventSchema = z.looseObject({ source: z.literal('aws.events'), time: z.iso.datetime() });
/** A Lambda on-failure destination wraps the event it gave up on; a function DLQ holds the bare event. */
const destinationSchema = z.object({
  requestContext: z.object({ functionArn: z.string() }).partial().optional(),
  requestPayload: z.unknown(),
});
/** What to do with one dead letter. */
export type Redrive =
  | { kind: 'event'; function: ReplayableFunction; event: unknown; subject: string }
  | { kind: 'stream-range'; function: StreamFunction; batch: StreamBatch; subject: string };

export class UnknownDeadLetterError extends Error {
  override name = 'UnknownDeadLetterError';
}

/**
 * Turns a dead-letter message body into its re-drive: an S3 event (the parse function's DLQ) → parse that event
 * again; a stream on-failure record → read its range back and run validate or notify on it; a schedule event →
 * the digest for its window. A stream record's function is `streamFunction` when given (--function), else the one
 * its functionArn names (the stack's function names contain Validate or Notify).
 */
export function redriveOf(body: unknown, streamFunction?: StreamFunction): Redrive {
  const wrapped = destinationSchema.safeParse(body);
  const event = wrapped.success && wrapped.data.requestPayload !== undefined ? wrapped.data.requestPayload : body;
  const s3 = s3EventSchema.safeParse(event);
  if (s3.success) {
    // Keys as the event has them (URL-encoded): the parse handler decodes them.
    const subject = s3.data.Records.map((record) => record.s3.object.key).join(', ');
    return { kind: 'event', function: 'parse', event, subject };
  }
  const schedule = scheduleEventSchema.safeParse(event);
  if (schedule.success) {
    return { kind: 'event', function: 'digest', event, subject: `digest until ${schedule.data.time}` };
  }
  const stream = streamFailureSchema.safeParse(body);
  if (stream.success) {
    const { DDBStreamBatchInfo: batch, requestContext } = stream.data;
    const fn = streamFunction ?? functionOfArn(requestContext?.functionArn);
    if (!fn) throw new UnknownDeadLetterError(`stream batch ${rangeOf(batch)}: say which function (--function)`);
    return { kind: 'stream-range', function: fn, batch, subject: rangeOf(batch) };
  }
  throw new UnknownDeadLetterError('neither an S3 event, a schedule event nor a stream on-failure record');
}

/** A local letter's re-drive: its own event, which for a stream function is one record (the poller parks each). */
export function redriveOfLocal(letter: DeadLetter): Redrive {
  const fn = replayableSchema.parse(letter.function);
  const event = fn === 'validate' || fn === 'notify' ? { Records: [letter.event] } : letter.event;
  return { kind: 'event', function: fn, event, subject: letter.subject };
}

function functionOfArn(arn: string | undefined): StreamFunction | undefined {
  const name = arn?.split(':').at(-1)?.toLowerCase() ?? '';
  if (name.includes('validate')) return 'validate';
  if (name.includes('notify')) return 'notify';
  return undefined;
}

function rangeOf(batch: StreamBatch): string {
  return `${batch.shardId} ${batch.startSequenceNumber}..${batch.endSequenceNumber}`;
}
