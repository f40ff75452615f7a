import * as z from 'zod';

/**
 * Where a large report's full body sits: the uploads bucket, outside the upload prefix so writing it never
 * triggers parse (pipeline/uploads.ts). One folder per report, one object per content.
 */
export const REPORT_BODY_PREFIX = 'reports/';

/** The pointer a report item holds when its full report is too large for the item (report-bodies-store.ts). */
export const reportBodyRefSchema = z.object({
  bucket: z.string().min(1),
  key: z.string().startsWith(REPORT_BODY_PREFIX),
  /** The body's length in bytes: a body of another length is not the one the item was written with. */
  bytes: z.number().int().positive(),
});
export type ReportBodyRef = z.infer<typeof reportBodyRefSchema>;

/**
 * The port for report bodies (put/get bytes by pointer). Adapters: S3 (s3-report-bodies.ts) and memory, in tests.
 * A body is never rewritten: its key names its content (reportBodyKey), so a repeated put writes the same bytes.
 */
export interface ReportBodies {
  put(ref: ReportBodyRef, bytes: Uint8Array): Promise<void>;
  /** Throws ReportBodyMissingError when the object is gone. */
  get(ref: ReportBodyRef): Promise<Uint8Array>;
}

/**
 * The key of a body: its report, then a hash of its content (shortHash), so a re-read that differs never overwrites.
 * A body is the report's JSON, gzip-compressed (bodies written before that are plain `.json`, still read).
 */
export function reportBodyKey(reportId: string, contentHash: string): string {
  return `${REPORT_BODY_PREFIX}${reportId}/${contentHash}.json.gz`;
}

/**
 * An item points to a body that cannot be read: deleted by hand (S3 answers AccessDenied rather than NoSuchKey to a
 * function that may not list the bucket). An infra fault, thrown so the event is retried, never a silent excerpt.
 */
export class ReportBodyMissingError extends Error {
  override name = 'ReportBodyMissingError';

  constructor(ref: ReportBodyRef, answer: string) {
    super(
      `the report body s3://${ref.bucket}/${ref.key} could not be read (${answer}); its report item points to it: ` +
        'restore the object (the bucket keeps earlier versions) or upload the report again',
    );
  }
}
