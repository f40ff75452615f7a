import type { Finding, Skipped } from '../model/finding.js';
import type { Suggestion } from '../model/suggestion.js';
import type { FollowUp, StoredReport } from '../model/stored-report.js';
import type { ReviewMark } from '../model/review-mark.js';

/**
 * The one port between the pipeline and its table. Its adapter is DynamoDB (functions/shared/aws/dynamo-store.ts:
 * the Lambdas, the local pipeline, the dashboard); unit tests use a memory one (test/support/memory-store.ts).
 * Every write that a duplicate event could repeat is conditional, so repeating it is a no-op. Over DynamoDB it is
 * wrapped by report-bodies-store.ts, which keeps a report too large for an item in S3 (createReportStore,
 * functions/shared/aws/aws-clients.ts): every read returns the full report unless asked for the item only (ReportRead).
 */
export interface ReportStore {
  /** Stores a newly read report unless a report with the same id (object identity) exists. */
  putReportOnce(report: StoredReport): Promise<'created' | 'duplicate'>;
  getReport(id: string, read?: ReportRead): Promise<StoredReport | undefined>;
  /** PARSED → VALIDATED with the full list of findings; a no-op when the report is already past PARSED. */
  saveValidation(id: string, validation: Validation, at: string): Promise<'saved' | 'already'>;
  /** VALIDATED|REJECTED → NOTIFIED; false when another delivery marked it first. */
  markNotified(id: string, to: string[], at: string): Promise<boolean>;
  /** The latest version (by uploadedAt) of an agency's report for a year, with a readable report. */
  latestFor(agencyId: string, year: number, read?: ReportRead): Promise<StoredReport | undefined>;
  /** Every report of the district for a year (all versions; callers pick the latest per agency). */
  reportsForYear(year: number, read?: ReportRead): Promise<StoredReport[]>;
  /** Every report of the district, for the digest and the dashboard. */
  allReports(read?: ReportRead): Promise<StoredReport[]>;
  putFollowUpOnce(followUp: FollowUp): Promise<'created' | 'duplicate'>;
  markFollowUpNotified(reportId: string, followUpId: string, at: string): Promise<boolean>;
  followUpsOf(reportId: string): Promise<FollowUp[]>;
  /**
   * Keeps the office's mark unless the same finding with the same value of the agency's year is marked already:
   * the first mark stays ('duplicate'). Marks of other findings never overwrite one another.
   */
  putReviewMarkOnce(mark: ReviewMark): Promise<'created' | 'duplicate'>;
  /** The marks of an agency's year (made on any version of its report). */
  reviewMarksFor(agencyId: string, year: number): Promise<ReviewMark[]>;
  /** Every mark of the district, for the dashboard and the digest. */
  allReviewMarks(): Promise<ReviewMark[]>;
}

/**
 * How much of a report a read returns. 'full' (the default): the whole report, its body read when it has one.
 * 'item': the item as the table holds it, for a caller that needs no prose (status, findings, tables, year): a
 * report too large for its item then has only its first paragraphs, and `body` points to the rest
 * (report-bodies-store.ts). A store without bodies returns the whole report either way.
 */
export type ReportRead = 'full' | 'item';

/** What validate stores on a report: the findings, the rules it could not run, and the suggested corrections. */
export interface Validation {
  findings: Finding[];
  skipped: Skipped[];
  suggestions?: Suggestion[];
  /** The report's prose shingle count (StoredReport.proseShingles). */
  proseShingles?: number;
}
