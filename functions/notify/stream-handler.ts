import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { IdempotencyConfig } from '@aws-lambda-powertools/idempotency';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import { type NotifyDeps, notifyFollowUp, notifyReport } from './notify-report.js';
import { noticeOf } from './stream-record.js';

export interface NotifyHandlerOptions {
  deps: NotifyDeps;
  logger: Logger;
  /** The config of the idempotent mailer, told the Lambda context so an in-flight send expires with a timeout. */
  idempotency?: IdempotencyConfig;
}

/**
 * The stream handler: each record is one notice. A record that throws (SES down, table unavailable) is reported
 * as a batch item failure, so Lambda retries it and, after the source's retries, parks it in the on-failure queue.
 */
export function createNotifyHandler({ deps, logger, idempotency }: NotifyHandlerOptions): DynamoDBStreamHandler {
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  const notifyRecord = async (record: DynamoDBRecord): Promise<void> => {
    const notice = noticeOf(record);
    const result =
      notice.kind === 'report'
        ? await notifyReport(deps, notice.reportId)
        : await notifyFollowUp(deps, notice.reportId, notice.followUpId);
    logger.info('notice handled', { ...notice, ...result });
  };
  return async (event, context) => {
    logger.addContext(context);
    idempotency?.registerLambdaContext(context);
    // One at a time, in stream order: a duplicate in the same batch then finds the first one done, not in flight.
    return processPartialResponse(event, notifyRecord, processor, { context, processInParallel: false });
  };
}
