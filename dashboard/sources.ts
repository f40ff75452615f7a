import type { DistrictConfig } from '../functions/shared/model/district.js';
import { openFindings, type ReviewMark } from '../functions/shared/model/review-mark.js';
import type { ReportStore } from '../functions/shared/store/store.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';

/** One district's table, read through the same store code the Lambdas use. */
export interface DashboardSource {
  district: DistrictConfig;
  store: ReportStore;
}

export interface ListedReport {
  district: DistrictConfig;
  report: StoredReport;
  /** The district's review marks, any agency and year (counts and markOf pick the report's own); none: unmarked. */
  districtMarks?: readonly ReviewMark[];
}

export function agencyName(district: DistrictConfig, report: StoredReport): string {
  return (
    district.agencies.find((agency) => agency.id === report.agencyId)?.name ??
    report.report?.agency ??
    `未登记的机构 ${report.agencyId}`
  );
}

/** The findings still open, by severity, and how many the office marked 已核实无误 (counted apart). */
export function counts(report: StoredReport, marks: readonly ReviewMark[] = []): { errors: number; warnings: number; marked: number } {
  const open = openFindings(report, report.findings, marks);
  const errors = open.filter((f) => f.severity === 'error').length;
  return { errors, warnings: open.length - errors, marked: report.findings.length - open.length };
}

export async function listReports(sources: DashboardSource[]): Promise<ListedReport[]> {
  const lists = await Promise.all(
    sources.map(async ({ district, store }) => {
      // items only: a page shows findings, tables and marks, never a report's prose, so no body is read
      const [reports, districtMarks] = await Promise.all([store.allReports('item'), store.allReviewMarks()]);
      return reports.map((report) => ({ district, report, districtMarks }));
    }),
  );
  return lists.flat().sort((a, b) => b.report.uploadedAt.localeCompare(a.report.uploadedAt));
}
