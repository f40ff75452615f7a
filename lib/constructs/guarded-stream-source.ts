import { Duration } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StreamFilterPattern } from '../../pipeline/stream-filters.js';
import { STREAM_SETTINGS } from '../../pipeline/stream-settings.js';

/**
 * A table-stream event source with every safety setting: from the oldest record, the batching, retries,
 * bisection and age limit of stream-settings.ts, partial batch responses, and an on-failure queue. Patterns are
 * ORed by Lambda.
 */
export function guardedStreamSource(
  table: ITableV2,
  deadLetters: IQueue,
  filters: readonly StreamFilterPattern[],
): DynamoEventSource {
  return new DynamoEventSource(table, {
    startingPosition: StartingPosition.TRIM_HORIZON,
    batchSize: STREAM_SETTINGS.batchSize,
    bisectBatchOnError: STREAM_SETTINGS.bisectBatchOnError,
    retryAttempts: STREAM_SETTINGS.retryAttempts,
    maxRecordAge: Duration.hours(STREAM_SETTINGS.maxRecordAgeHours),
    reportBatchItemFailures: true,
    onFailure: new SqsDlq(deadLetters),
    // FilterCriteria.filter, not the raw object: a raw pattern object synthesizes to `{}`.
    filters: filters.map((pattern) => FilterCriteria.filter({ ...pattern })),
  });
}
