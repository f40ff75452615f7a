import {
  DescribeStreamCommand,
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { z } from 'zod';
import type { DeadLetterQueue } from './dead-letters.js';
import { type FilterPattern, matchesAnyPattern } from './filter-pattern.js';
import { itemIdentifierOf, type LambdaStreamRecord, toLambdaStreamRecord } from './stream-record.js';

/** One event source mapping: a function fed by the stream, with its filters, batch size and retry bound. */
export interface StreamConsumer {
  district: string;
  function: string;
  filters: readonly FilterPattern[];
  batchSize: number;
  retryAttempts: number;
  invoke(event: { Records: LambdaStreamRecord[] }): Promise<unknown>;
}

const batchResponseSchema = z
  .object({ batchItemFailures: z.array(z.object({ itemIdentifier: z.string() })).optional() })
  .nullish();

export interface StreamPoller {
  /** True when the last pass over every shard found nothing and no batch is being delivered. */
  idle(): boolean;
  stop(): Promise<void>;
}

const POLL_INTERVAL_MS = 100;

/**
 * Reads a DynamoDB stream from TRIM_HORIZON like a Lambda event source mapping: drops records the filters do not
 * match, delivers the rest in order in batches, retries the records a handler reports in `batchItemFailures`
 * (or the whole batch when it throws) up to retryAttempts times, then parks them in the DLQ and moves on.
 */
export function startStreamPoller(
  client: DynamoDBStreamsClient,
  streamArn: string,
  consumer: StreamConsumer,
  dlq: DeadLetterQueue,
): StreamPoller {
  const iterators = new Map<string, string | undefined>(); // shard id → next iterator; undefined once closed
  const lastSequence = new Map<string, string>();
  let quiet = false;
  let stopped = false;

  const iteratorFor = async (ShardId: string) => {
    const after = lastSequence.get(ShardId);
    const input = after
      ? { StreamArn: streamArn, ShardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' as const, SequenceNumber: after }
      : { StreamArn: streamArn, ShardId, ShardIteratorType: 'TRIM_HORIZON' as const };
    return (await client.send(new GetShardIteratorCommand(input))).ShardIterator;
  };

  const readShard = async (shardId: string, iterator: string): Promise<number> => {
    let page;
    try {
      page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    } catch (error) {
      // DynamoDB Local rejects a TRIM_HORIZON iterator taken while its shard was still empty: take a new one.
      if (!(error instanceof TrimmedDataAccessException)) throw error;
      iterators.set(shardId, await iteratorFor(shardId));
      return 0;
    }
    iterators.set(shardId, page.NextShardIterator);
    const records = (page.Records ?? []).map((record) => toLambdaStreamRecord(record, streamArn));
    if (records.length > 0) quiet = false; // before delivering: a slow handler must not look idle
    const matching = records.filter((record) => matchesAnyPattern(consumer.filters, record));
    for (let start = 0; start < matching.length; start += consumer.batchSize) {
      await deliver(consumer, matching.slice(start, start + consumer.batchSize), dlq);
    }
    const last = records.at(-1)?.dynamodb.SequenceNumber;
    if (last) lastSequence.set(shardId, last);
    return records.length;
  };

  const pass = async (): Promise<number> => {
    const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const { ShardId } of StreamDescription?.Shards ?? []) {
      if (ShardId && !iterators.has(ShardId)) iterators.set(ShardId, await iteratorFor(ShardId));
    }
    let read = 0;
    for (const [shardId, iterator] of iterators) {
      if (iterator && !stopped) read += await readShard(shardId, iterator);
    }
    return read;
  };

  const loop = (async () => {
    while (!stopped) {
      try {
        quiet = (await pass()) === 0;
        if (!quiet) continue;
      } catch (error) {
        // The emulator is going away at shutdown; anything else is retried like Lambda's poller does.
        if (stopped) break;
        console.error(`stream poller (${consumer.function}): ${(error as Error).message}`);
        quiet = false;
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  })();

  return {
    idle: () => quiet,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

async function deliver(consumer: StreamConsumer, batch: LambdaStreamRecord[], dlq: DeadLetterQueue): Promise<void> {
  let pending = batch;
  let lastError = '';
  for (let attempt = 0; attempt <= consumer.retryAttempts && pending.length > 0; attempt += 1) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    try {
      const response = batchResponseSchema.parse(await consumer.invoke({ Records: pending }));
      const failed = new Set(response?.batchItemFailures?.map((failure) => failure.itemIdentifier));
      pending = pending.filter((record) => failed.has(itemIdentifierOf(record)));
      lastError = 'reported in batchItemFailures';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
  }
  for (const record of pending) {
    const keys = record.dynamodb.Keys;
    // Keys by name (pk, then sk): the order DynamoDB gives them in varies.
    const values = Object.entries(keys ?? {}).sort(([a], [b]) => a.localeCompare(b));
    const subject = keys ? values.map(([, key]) => key.S ?? '').join(' ') : (record.eventID ?? '');
    dlq.park({ district: consumer.district, function: consumer.function, subject, error: lastError, event: record });
  }
}
