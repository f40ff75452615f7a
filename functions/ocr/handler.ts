import type { Context } from 'aws-lambda';
import { DEFAULT_READ_LIMITS } from '../parse/read-limits.js';
import { ocrScan, type ReadScan } from '../parse/formats/ocr/ocr-scan.js';
import { UnreadableFileError } from '../parse/formats/unreadable.js';
import { type ObjectReader, s3Objects } from '../shared/aws/aws-clients.js';
import { districtFromEnv } from '../shared/env.js';
import { createLogger } from '../shared/logger.js';
import { wiredOnFirstUse } from '../shared/wired-on-first-use.js';
import { type OcrFunctionReply, ocrRequestSchema } from './ocr-contract.js';

export interface OcrDeps {
  objects: ObjectReader;
  /** formats/ocr/ocr-scan.ts `ocrScan`; injected so tests need not load the models. */
  readScan: ReadScan;
  districtId: string;
}

/**
 * Parse → OCR, invoked synchronously for an upload without a text layer only: reads the upload and returns its pages,
 * or the reader's reason when the scan cannot be read (too many pages, not an image), or `unavailable` when the upload
 * cannot be fetched (S3 failing: parse's invocation fails and is retried). Anything else throws: parse gets a function
 * error and stores the upload as rejected with S-FORMAT.
 */
export function createOcrHandler(deps: OcrDeps) {
  const logger = createLogger('ocr', deps.districtId);
  return async (event: unknown, context?: Context): Promise<OcrFunctionReply> => {
    if (context) logger.addContext(context);
    const { kind, ...ref } = ocrRequestSchema.parse(event);
    let object: Awaited<ReturnType<ObjectReader['get']>>;
    try {
      object = await deps.objects.get(ref);
    } catch (error) {
      logger.error('upload not fetched', { key: ref.key, error });
      return { unavailable: `the upload ${ref.key} could not be fetched: ${(error as Error).message}` };
    }
    try {
      const pages = await deps.readScan({ kind, bytes: object.bytes });
      logger.info('scan read', { key: ref.key, kind, pages: pages.length });
      return { pages };
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      logger.warn('scan unreadable', { key: ref.key, kind });
      return { unreadable: error.message };
    }
  };
}

/** The deployed handler, wired from the environment the stack sets (DISTRICT_CONFIG). */
export const handler = wiredOnFirstUse(() =>
  createOcrHandler({
    objects: s3Objects(undefined, DEFAULT_READ_LIMITS.maxBytes),
    readScan: ocrScan,
    districtId: districtFromEnv().id,
  }),
);
