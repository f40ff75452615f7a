import { ReportNotFoundError } from '../../functions/shared/store/report-not-found.js';
import type { ReportStore } from '../../functions/shared/store/store.js';
import { type FollowUp, followUpSchema, type StoredReport, storedReportSchema } from '../../functions/shared/model/stored-report.js';
import { type ReviewMark, reviewMarkId, reviewMarkSchema } from '../../functions/shared/model/review-mark.js';
import { byYearKeys, reviewMarkKey } from '../../functions/shared/store/table-design.js';

/**
 * ReportStore in memory, for unit tests and the CLI: the same outcomes as the DynamoDB adapter (the contract test
 * test/shared/report-store-contract.ts runs against both). Items are validated on write and copied on read, so a
 * caller can never change what is stored by mutating a result.
 */
export function createMemoryReportStore(): ReportStore {
  const reports = new Map<string, StoredReport>();
  const followUps = new Map<string, Map<string, FollowUp>>();
  const marks = new Map<string, ReviewMark>();

  const existing = (id: string): StoredReport => {
    const report = reports.get(id);
    if (!report) throw new ReportNotFoundError(`report ${id}`);
    return report;
  };
  // Code-unit order, as DynamoDB sorts its (ASCII) sort keys; localeCompare would not.
  const byGsiKey = (a: StoredReport, b: StoredReport) => compare(byYearKeys(a)?.gsi1sk, byYearKeys(b)?.gsi1sk);
  const ofYear = (year: number) =>
    [...reports.values()].filter((report) => report.report?.year === year).sort(byGsiKey);

  return {
    async putReportOnce(report) {
      const item = storedReportSchema.parse(report);
      if (reports.has(item.id)) return 'duplicate';
      reports.set(item.id, structuredClone(item));
      return 'created';
    },
    async getReport(id) {
      const report = reports.get(id);
      return report && structuredClone(report);
    },
    async saveValidation(id, { findings, skipped, suggestions = [], proseShingles }, at) {
      const report = existing(id);
      if (report.status !== 'PARSED') return 'already';
      const validated = { ...report, status: 'VALIDATED', findings, skipped, suggestions, proseShingles, validatedAt: at };
      reports.set(id, storedReportSchema.parse(validated));
      return 'saved';
    },
    async markNotified(id, to, at) {
      const report = existing(id);
      if (report.status !== 'VALIDATED' && report.status !== 'REJECTED') return false;
      reports.set(id, { ...report, status: 'NOTIFIED', notifiedAt: at, notifiedTo: [...to] });
      return true;
    },
    async latestFor(agencyId, year) {
      const latest = ofYear(year)
        .filter((report) => report.agencyId === agencyId)
        .at(-1);
      return latest && structuredClone(latest);
    },
    async reportsForYear(year) {
      return structuredClone(ofYear(year));
    },
    async allReports() {
      return structuredClone([...reports.values()]);
    },
    async putFollowUpOnce(followUp) {
      const item = followUpSchema.parse(followUp);
      const ofReport = followUps.get(item.reportId) ?? new Map<string, FollowUp>();
      if (ofReport.has(item.id)) return 'duplicate';
      followUps.set(item.reportId, ofReport.set(item.id, structuredClone(item)));
      return 'created';
    },
    async markFollowUpNotified(reportId, followUpId, at) {
      const followUp = followUps.get(reportId)?.get(followUpId);
      if (!followUp) throw new ReportNotFoundError(`follow-up ${reportId}/${followUpId}`);
      if (followUp.notifiedAt) return false;
      followUp.notifiedAt = at;
      return true;
    },
    async followUpsOf(reportId) {
      const ofReport = [...(followUps.get(reportId)?.values() ?? [])];
      return structuredClone(ofReport.sort((a, b) => compare(a.id, b.id)));
    },
    async putReviewMarkOnce(mark) {
      const item = reviewMarkSchema.parse(mark);
      const { pk, sk } = reviewMarkKey(item.agencyId, item.year, reviewMarkId(item.finding));
      if (marks.has(`${pk} ${sk}`)) return 'duplicate';
      marks.set(`${pk} ${sk}`, structuredClone(item));
      return 'created';
    },
    async reviewMarksFor(agencyId, year) {
      return structuredClone([...marks.values()].filter((mark) => mark.agencyId === agencyId && mark.year === year));
    },
    async allReviewMarks() {
      return structuredClone([...marks.values()]);
    },
  };
}

function compare(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
