import {
  type DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { handlerModuleSchema, invokeContext } from '../../local/lambda/invoke-context.js';
import { FUNCTIONS } from '../../pipeline/functions.js';
import { toLambdaStreamRecord } from '../../local/wiring/stream-record.js';
import type { ReplayableFunction, StreamBatch } from './dead-letter.js';
import type { RedrivePorts } from './redrive.js';
import type { DeadLetterQueuePort } from './replay-queue.js';

/** Longer than one message's re-drive: a message being worked on must not show to a second replay meanwhile. */
const VISIBILITY_SECONDS = 300;
/** A dry run hides what it lists for a short while only. */
const DRY_RUN_VISIBILITY_SECONDS = 30;
/** Empty pages in a row after which an open shard has nothing more for the range. */
const MAX_EMPTY_PAGES = 5;

/** The dead-letter queue over SQS: up to 10 messages per receive, deleted by receipt handle. */
export function sqsDeadLetters(client: SQSClient, queueUrl: string, dryRun: boolean): DeadLetterQueuePort {
  return {
    async receive() {
      const { Messages = [] } = await client.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          VisibilityTimeout: dryRun ? DRY_RUN_VISIBILITY_SECONDS : VISIBILITY_SECONDS,
        }),
      );
      return Messages.flatMap(({ MessageId: id, Body: body, ReceiptHandle: receiptHandle }) =>
        id && body !== undefined && receiptHandle ? [{ id, body, receiptHandle }] : [],
      );
    },
    async delete(message) {
      await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.receiptHandle }));
    },
  };
}

export class StreamRecordsGoneError extends Error {
  override name = 'StreamRecordsGoneError';
}

/** Reads a stream range back from its first sequence number, as Lambda would have delivered the records. */
export function streamRangeReader(client: DynamoDBStreamsClient): RedrivePorts['readStream'] {
  return async (batch: StreamBatch) => {
    const end = BigInt(batch.endSequenceNumber);
    const records: unknown[] = [];
    try {
      let { ShardIterator: iterator } = await client.send(
        new GetShardIteratorCommand({
          StreamArn: batch.streamArn,
          ShardId: batch.shardId,
          ShardIteratorType: 'AT_SEQUENCE_NUMBER',
          SequenceNumber: batch.startSequenceNumber,
        }),
      );
      for (let empty = 0; iterator && empty < MAX_EMPTY_PAGES; ) {
        const page = await client.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
        for (const record of page.Records ?? []) {
          if (BigInt(record.dynamodb?.SequenceNumber ?? '0') > end) return records;
          records.push(toLambdaStreamRecord(record, batch.streamArn));
        }
        empty = page.Records?.length ? 0 : empty + 1;
        iterator = page.NextShardIterator;
      }
      return records;
    } catch (error) {
      if (!(error instanceof TrimmedDataAccessException)) throw error;
      throw new StreamRecordsGoneError(
        `the stream no longer holds ${batch.shardId} ${batch.startSequenceNumber}.. (kept 24 h): the report items ` +
          'are still in the table; re-upload the file to run the pipeline on it again',
      );
    }
  };
}

/** Lambda's longest timeout: a re-drive runs as long as it needs. */
const REPLAY_TIMEOUT_MS = 15 * 60_000;

/**
 * Runs the deployed handlers in this process, with the operator's credentials, against the district's table: the
 * environment the stack gives the functions is set first (the handlers wire themselves on first use).
 */
export function inProcessHandlers(environment: Record<string, string>): RedrivePorts['invoke'] {
  // Their JSON logs would bury the replay's own lines; warnings and errors still show.
  Object.assign(process.env, { POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN' }, environment);
  return async (fn: ReplayableFunction, event: unknown) => {
    const entry = new URL(`../../${FUNCTIONS[fn].entry}`, import.meta.url).href;
    const { handler } = handlerModuleSchema.parse(await import(entry));
    return handler(event, invokeContext(`nianbao-replay-${fn}`, REPLAY_TIMEOUT_MS), () => undefined);
  };
}
