import { FOLLOWUP_SK_PREFIX, REPORT_SK } from '../functions/shared/store/table-design.js';

/**
 * The stream filter patterns of the pipeline (Lambda event filtering, on the record as
 * `{ eventName, dynamodb: { Keys, NewImage, OldImage } }` in DynamoDB JSON). One source: the stack wraps them in
 * FilterCriteria.filter, and the local pipeline's stream poller matches records against the same objects.
 * Plain data, no CDK import, so local/ can use them without loading aws-cdk-lib.
 */
export type StreamFilterPattern = Readonly<Record<string, unknown>>;

const reportItem = { sk: { S: [REPORT_SK] } };

/** validate: a report item newly stored as PARSED (a REJECTED upload has nothing to check). */
export const VALIDATE_FILTERS: readonly StreamFilterPattern[] = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { ...reportItem, status: { S: ['PARSED'] } } } },
];

/**
 * notify: a report item newly stored as REJECTED, a report item that just turned VALIDATED (PARSED before: the
 * NOTIFIED write that follows never matches), and a new follow-up item.
 */
export const NOTIFY_FILTERS: readonly StreamFilterPattern[] = [
  { eventName: ['INSERT'], dynamodb: { NewImage: { ...reportItem, status: { S: ['REJECTED'] } } } },
  {
    eventName: ['MODIFY'],
    dynamodb: { NewImage: { ...reportItem, status: { S: ['VALIDATED'] } }, OldImage: { status: { S: ['PARSED'] } } },
  },
  { eventName: ['INSERT'], dynamodb: { Keys: { sk: { S: [{ prefix: FOLLOWUP_SK_PREFIX }] } } } },
];
