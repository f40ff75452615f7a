import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StreamFilterPattern } from '../stacks/stream-filters.js';

/** Retries of a failing stream batch before its records go to the DLQ: a minute or so of backoff, not days. */
export const STREAM_RETRY_ATTEMPTS = 5;

/**
 * A table-stream event source with every safety setting (STYLE 4.3): from the oldest record, split failing batches,
 * bounded retries and age, partial batch responses, and an on-failure queue. Patterns are ORed by Lambda.
 */
export function guardedStreamSource(
  table: ITableV2,
  deadLetters: IQueue,
  filters: readonly StreamFilterPattern[],
): DynamoEventSource {
  return new DynamoEventSource(table, {
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: 10,
    bisectBatchOnError: true,
    retryAttempts: STREAM_RETRY_ATTEMPTS,
    maxRecordAge: Duration.hours(24),
    reportBatchItemFailures: true,
    onFailure: new SqsDlq(deadLetters),
    // FilterCriteria.filter, not the raw object: a raw pattern object synthesizes to `{}`.
    filters: filters.map((pattern) => FilterCriteria.filter({ ...pattern })),
  });
}
