import * as z from 'zod';
import { findingSchema, skippedSchema } from './finding.js';
import { readReportSchema } from './report.js';
import { suggestionSchema } from './suggestion.js';
import { reportBodyRefSchema } from '../store/report-body.js';

/**
 * Lifecycle of a report item (pipeline/stream-filters.ts moves it on):
 * PARSED → VALIDATED → NOTIFIED, or REJECTED → NOTIFIED. A report that needs no email stays VALIDATED.
 */
export const REPORT_STATUSES = ['PARSED', 'REJECTED', 'VALIDATED', 'NOTIFIED'] as const;
export const reportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

/** The S3 object a report was read from: its identity. The same identity is stored once. */
export const objectRefSchema = z.object({
  bucket: z.string().min(1),
  key: z.string().min(1),
  /** The S3 version id, or the ETag where versioning is off. */
  version: z.string().min(1),
});
export type ObjectRef = z.infer<typeof objectRefSchema>;

export const storedReportSchema = z.object({
  /** Derived from the object identity (bucket, key, version): see reportIdOf. */
  id: z.string().min(1),
  district: z.string().min(1),
  source: objectRefSchema,
  /** From the key `incoming/{agencyId}/…`. */
  agencyId: z.string().min(1),
  /** False when agencyId is not in the district config: still parsed and validated; the digest says so. */
  knownAgency: z.boolean(),
  fileName: z.string().min(1),
  uploadedAt: z.iso.datetime(),
  status: reportStatusSchema,
  /** Absent when the file could not be read (REJECTED). */
  report: readReportSchema.optional(),
  /**
   * Set on the item of a report too large for it: `report.paragraphs` is then an excerpt and the full report is
   * this body. Reads through report-bodies-store.ts return the full report and never this pointer.
   */
  body: reportBodyRefSchema.optional(),
  /** Reading findings, then (from VALIDATED) the rules' findings. */
  findings: z.array(findingSchema),
  skipped: z.array(skippedSchema),
  /** From VALIDATED: the likeliest fixes of Table 三 and 四 when their sums fail, best first; absent when none. */
  suggestions: z.array(suggestionSchema).optional(),
  /**
   * From VALIDATED: how many shingles its prose has as D-SAME-AS-AGENCY compares two agencies' reports (0: never
   * compared, too short or several reports); absent on reports validated before it was stored. Lets validate tell
   * a peer's prose apart without reading it (functions/validate/rules/prose-likeness.ts).
   */
  proseShingles: z.number().int().nonnegative().optional(),
  validatedAt: z.iso.datetime().optional(),
  notifiedAt: z.iso.datetime().optional(),
  /** Who was mailed; empty when notifyOn said no email was needed. */
  notifiedTo: z.array(z.string()).optional(),
});
export type StoredReport = z.infer<typeof storedReportSchema>;

/** A file that could not be read: its status moves on to NOTIFIED once mailed, but it has no report. */
export const isUnreadable = (report: StoredReport): boolean => report.report === undefined;

/**
 * New X-* findings on a stored report, found when an earlier year of the same agency arrived later.
 * Mailed as their own short email, once; never by re-sending the report's first email.
 */
export const followUpSchema = z.object({
  reportId: z.string().min(1),
  /** Stable for the same set of findings, so a re-run writes nothing new. */
  id: z.string().min(1),
  findings: z.array(findingSchema).min(1),
  createdAt: z.iso.datetime(),
  /** The previous-year report whose arrival caused the re-check. */
  causedBy: z.string().min(1),
  notifiedAt: z.iso.datetime().optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export class StoredReportInvalidError extends Error {
  override name = 'StoredReportInvalidError';
}

/** Re-checks an item on read: schema drift fails here, not inside a rule. */
export function parseStoredReport(item: unknown): StoredReport {
  const result = storedReportSchema.safeParse(item);
  if (!result.success) throw new StoredReportInvalidError(z.prettifyError(result.error));
  return result.data;
}
