import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { DynamoDBRecord, DynamoDBStreamHandler } from 'aws-lambda';
import * as z from 'zod';
import { districtFromEnv } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { wiredOnFirstUse } from '../shared/wired-on-first-use.js';
import { storeFromEnv } from '../shared/aws/store-from-env.js';
import { stringAttribute } from '../shared/aws/stream-image.js';
import { REPORT_SK } from '../shared/store/table-design.js';
import { checkAndSuggest } from './check-and-suggest.js';
import { RULE_CRASHED } from './check-report.js';
import { type CheckReport, type ValidateDeps, validateReport } from './validate-report.js';

/** The stream filter lets only new PARSED report items through; the use case re-reads the item, so: its id. */
const newReportSchema = z.object({
  sk: stringAttribute(z.literal(REPORT_SK)),
  id: stringAttribute(z.string().min(1)),
});

/** The stream → validate handler over given deps. A record that throws is reported as failed, alone. */
export function createValidateHandler(deps: ValidateDeps): DynamoDBStreamHandler {
  const logger = createLogger('validate', deps.district.id);
  const processor = new BatchProcessor(EventType.DynamoDBStreams);
  // A rule that threw is skipped so the report still gets its other findings; operators must hear of it.
  const check: CheckReport = (report, context) => {
    const result = deps.check(report, context);
    for (const { rule, reason } of result.skipped) {
      if (reason.startsWith(RULE_CRASHED)) logger.error('rule threw, skipped', { rule, reason, file: report.file });
    }
    return result;
  };
  const validateRecord = async (record: DynamoDBRecord): Promise<void> => {
    const { id } = newReportSchema.parse(record.dynamodb?.NewImage);
    const outcome = await validateReport({ ...deps, check }, id);
    logger.info('report validated', { reportId: id, ...outcome });
  };
  return async (event, context) => {
    logger.addContext(context);
    return processPartialResponse(event, validateRecord, processor, { context });
  };
}

/** The deployed handler, wired from the environment the stack sets (TABLE_NAME, DISTRICT_CONFIG). */
export const handler = wiredOnFirstUse(() =>
  createValidateHandler({ store: storeFromEnv(), district: districtFromEnv(), check: checkAndSuggest, now: () => new Date() }),
);
