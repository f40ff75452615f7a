import type { DynamoDBRecord } from 'aws-lambda';
import * as z from 'zod';
import { stringAttribute } from '../shared/aws/stream-image.js';
import { FOLLOWUP_SK_PREFIX, REPORT_SK } from '../shared/store/table-design.js';

/** The notice a stream record asks for; the use case re-reads the item, so only its keys matter here. */
export type Notice = { kind: 'report'; reportId: string } | { kind: 'follow-up'; reportId: string; followUpId: string };

const reportItemSchema = z
  .object({ sk: stringAttribute(z.literal(REPORT_SK)), id: stringAttribute(z.string().min(1)) })
  .transform((item): Notice => ({ kind: 'report', reportId: item.id }));
const followUpItemSchema = z
  .object({
    sk: stringAttribute(z.string().startsWith(FOLLOWUP_SK_PREFIX)),
    reportId: stringAttribute(z.string().min(1)),
    id: stringAttribute(z.string().min(1)),
  })
  .transform((item): Notice => ({ kind: 'follow-up', reportId: item.reportId, followUpId: item.id }));
const newImageSchema = z.union([reportItemSchema, followUpItemSchema]);

export class UnexpectedStreamRecordError extends Error {
  override name = 'UnexpectedStreamRecordError';
}

/** Reads which notice a stream record is about from its new image (a report item or a follow-up item, by sk). */
export function noticeOf(record: DynamoDBRecord): Notice {
  const result = newImageSchema.safeParse(record.dynamodb?.NewImage);
  if (!result.success) {
    throw new UnexpectedStreamRecordError(
      `stream record ${record.eventID ?? '?'} (${record.eventName ?? '?'}) is neither a report nor a follow-up item: ` +
        z.prettifyError(result.error),
    );
  }
  return result.data;
}
