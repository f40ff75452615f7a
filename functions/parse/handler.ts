import type { Context } from 'aws-lambda';
import { s3Objects } from '../shared/aws/aws-clients.js';
import * as z from 'zod';
import { districtFromEnv } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import type { ObjectRef } from '../shared/model/stored-report.js';
import { storeFromEnv } from '../shared/aws/store-from-env.js';
import { wiredOnFirstUse } from '../shared/wired-on-first-use.js';
import { processUpload, type UploadDeps, uploadPathOf } from './process-upload.js';
import { DEFAULT_READ_LIMITS, readReport } from './read-report.js';
import { objectRefsOf } from './upload-event.js';
import type { Scan } from './formats/ocr/ocr-scan.js';
import { OCR_FUNCTION_ENV } from '../../pipeline/functions.js';

/** The S3 → parse handler over given deps: the local pipeline builds one per emulated district. */
export function createParseHandler(deps: UploadDeps) {
  const logger = createLogger('parse', deps.district.id);
  return async (event: unknown, context?: Context): Promise<void> => {
    if (context) logger.addContext(context);
    for (const ref of objectRefsOf(event)) {
      // Infra errors throw: Lambda retries the event, then parks it in the async DLQ.
      const outcome = await processUpload(deps, ref);
      if (outcome === 'ignored') logger.warn('not an upload key, ignored', { key: ref.key });
      else logger.info('report stored', { key: ref.key, agency: uploadPathOf(ref.key)?.agencyId, outcome });
    }
  };
}

/**
 * The deployed handler, wired from the environment the stack sets (TABLE_NAME, DISTRICT_CONFIG, OCR_FUNCTION_NAME):
 * a scan is read by the OCR function, in its own Lambda with the models and native runtime this bundle leaves out
 * (locally, local/stack/district-stack.ts names one behind a local Invoke endpoint). Where none is named a scan is
 * refused with S-FORMAT, as readReport does without OCR.
 */
export const handler = wiredOnFirstUse(() => {
  const ocrFunctionName = z
    .string()
    .min(1, `${OCR_FUNCTION_ENV} is empty`)
    .optional()
    .parse(process.env[OCR_FUNCTION_ENV]);
  return createParseHandler({
    objects: s3Objects(undefined, DEFAULT_READ_LIMITS.maxBytes),
    store: storeFromEnv(),
    district: districtFromEnv(),
    read: readReport,
    // The invocation and its answer's schema load on the first scan: a text upload's cold start loads neither.
    ...(ocrFunctionName && {
      ocr: (ref: ObjectRef) => async (scan: Scan) =>
        (await import('../shared/aws/ocr-function.js')).ocrFunction(ocrFunctionName, ref)(scan),
    }),
  });
});
