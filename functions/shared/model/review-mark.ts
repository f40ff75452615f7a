import * as z from 'zod';
import { shortHash } from '../short-hash.js';
import { type Finding, findingSchema, rowsOf } from './finding.js';
import type { StoredReport } from './stored-report.js';

export const MAX_REVIEWER_CHARS = 40;
export const MAX_REASON_CHARS = 500;

/**
 * The office's word that a finding is right as reported (已核实无误): who, when, why, and the finding as it stood.
 * It belongs to the agency's report for the year, not to one version: a later version whose same cell holds the
 * same value is not mailed that finding again (openFindings).
 */
export const reviewMarkSchema = z.object({
  agencyId: z.string().min(1),
  year: z.number().int(),
  /** The finding as the office saw it: its place and its value (`actual`) are what a later version is matched on. */
  finding: findingSchema,
  /** The version the office marked it on. */
  reportId: z.string().min(1),
  by: z.string().min(1).max(MAX_REVIEWER_CHARS),
  reason: z.string().min(1).max(MAX_REASON_CHARS),
  at: z.iso.datetime(),
});
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

/**
 * A finding's identity across versions: its rule and the cell (table, rows, column) it names, or, for a finding
 * about the prose (no table), the sentence it quotes; and its value. Two versions holding the same value in the same
 * cell give the same id; a changed value gives another, so a new mark can be made for it.
 */
export function reviewMarkId(finding: Finding): string {
  const place = [finding.rule, finding.table ?? '', rowsOf(finding), finding.column ?? ''];
  const quote = finding.table === undefined ? (finding.excerpt ?? '') : '';
  const value = finding.actual === undefined ? 'none' : finding.actual;
  return shortHash(JSON.stringify([...place, quote, value]));
}

/** The office's mark of this finding of this report (any version of the agency's year) as it now stands, if any. */
export function markOf(report: StoredReport, finding: Finding, marks: readonly ReviewMark[]): ReviewMark | undefined {
  const id = reviewMarkId(finding);
  return marks.find((mark) => marksReport(mark, report) && reviewMarkId(mark.finding) === id);
}

/** The findings the office has not marked as they stand: what is still to tell the agency. */
export function openFindings(report: StoredReport, findings: readonly Finding[], marks: readonly ReviewMark[]): Finding[] {
  const own = marks.filter((mark) => marksReport(mark, report));
  return own.length === 0 ? [...findings] : findings.filter((finding) => !markOf(report, finding, own));
}

/** The report as its email told the agency: without the findings marked before it was mailed. */
export function asMailed(report: StoredReport, marks: readonly ReviewMark[]): StoredReport {
  const sent = Date.parse(report.notifiedAt ?? '');
  const before = marks.filter((mark) => Date.parse(mark.at) <= sent);
  return { ...report, findings: openFindings(report, report.findings, before) };
}

function marksReport(mark: ReviewMark, report: StoredReport): boolean {
  return mark.agencyId === report.agencyId && mark.year === report.report?.year;
}
