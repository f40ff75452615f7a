/**
 * How the table-stream event sources deliver records: one source for the stack's DynamoEventSource and
 * the local pipeline's stream poller. Plain data, no CDK import, so local/ can use it without loading aws-cdk-lib.
 */
export const STREAM_SETTINGS = {
  /** Records per invocation. */
  batchSize: 10,
  /** Retries of a failing batch before its records go to the DLQ: a minute or so of backoff, not days. */
  retryAttempts: 5,
  /** Split a failing batch in two and retry each half, so one bad record does not hold back its neighbours. */
  bisectBatchOnError: true,
  /** Records older than this go to the DLQ unprocessed (the stream keeps them 24 h anyway). */
  maxRecordAgeHours: 24,
} as const;
