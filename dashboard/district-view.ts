import type { DistrictConfig } from '../functions/shared/model/district.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';

/** A district's reports indexed once per request: every page reads the same latest versions. */
export interface DistrictView {
  district: DistrictConfig;
  /** The latest version (by uploadedAt) of each agency's report for each year; unreadable uploads have no year. */
  latest: Map<string, Map<number, StoredReport>>;
  /** Every year some report is for, ascending. */
  years: number[];
  /** Each agency's latest unreadable upload, when it is newer than all its readable ones: perhaps a report yet to come. */
  unreadable: Map<string, StoredReport>;
}

export function latestByAgencyYear(reports: readonly StoredReport[]): Map<string, Map<number, StoredReport>> {
  const latest = new Map<string, Map<number, StoredReport>>();
  for (const report of reports) {
    const year = report.report?.year;
    if (year === undefined || year === null) continue;
    const years = latest.get(report.agencyId) ?? new Map<number, StoredReport>();
    const current = years.get(year);
    if (!current || current.uploadedAt < report.uploadedAt) years.set(year, report);
    latest.set(report.agencyId, years);
  }
  return latest;
}

export function districtView(district: DistrictConfig, reports: readonly StoredReport[]): DistrictView {
  const latest = latestByAgencyYear(reports);
  const years = [...new Set([...latest.values()].flatMap((byYear) => [...byYear.keys()]))].sort((a, b) => a - b);
  const unreadable = new Map<string, StoredReport>();
  for (const report of reports) {
    if (report.report || (unreadable.get(report.agencyId)?.uploadedAt ?? '') > report.uploadedAt) continue;
    const readable = [...(latest.get(report.agencyId)?.values() ?? [])];
    if (readable.every((r) => r.uploadedAt < report.uploadedAt)) unreadable.set(report.agencyId, report);
  }
  return { district, latest, years, unreadable };
}

/** Every agency of the config, then those that uploaded without being in it, in that order. */
export function agencyIds(view: DistrictView): string[] {
  const configured = view.district.agencies.map((agency) => agency.id);
  const known = new Set(configured);
  return [...configured, ...[...view.latest.keys()].filter((id) => !known.has(id)).sort()];
}

/** The config's name, else the name the latest report gives itself. */
export function nameOf(view: DistrictView, agencyId: string): string {
  const configured = view.district.agencies.find((agency) => agency.id === agencyId)?.name;
  if (configured) return configured;
  const reports = [...(view.latest.get(agencyId)?.values() ?? [])];
  return reports.at(-1)?.report?.agency ?? `未登记的机构 ${agencyId}`;
}
