import type { DistrictConfig } from '../functions/shared/model/district.js';
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
}

export function agencyName(district: DistrictConfig, report: StoredReport): string {
  return (
    district.agencies.find((agency) => agency.id === report.agencyId)?.name ??
    report.report?.agency ??
    `未登记的机构 ${report.agencyId}`
  );
}

export function counts(report: StoredReport): { errors: number; warnings: number } {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: report.findings.length - errors };
}

export async function listReports(sources: DashboardSource[]): Promise<ListedReport[]> {
  const lists = await Promise.all(
    sources.map(async ({ district, store }) => (await store.allReports()).map((report) => ({ district, report }))),
  );
  return lists.flat().sort((a, b) => b.report.uploadedAt.localeCompare(a.report.uploadedAt));
}
