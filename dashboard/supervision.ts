import type { StoredReport } from '../functions/shared/model/stored-report.js';
import type { AgencyKind } from './agency-kind.js';
import { kindsOf } from './comparison.js';
import { agencyIds, type DistrictView, nameOf } from './district-view.js';
import { type Jump, jumpsOf } from './jumps.js';
import { counts } from './sources.js';
import type { ReviewMark } from '../functions/shared/model/review-mark.js';

/** One line of the supervision list (督导清单): an agency and where its report for the year stands. */
export interface SupervisionRow {
  agencyId: string;
  name: string;
  kind: AgencyKind;
  /** The latest version for the year; absent when the agency has uploaded nothing readable for it (未提交). */
  report?: StoredReport;
  /** For an agency yet to upload: its latest upload, if that could not be read (it may be this year's report). */
  unreadable?: StoredReport;
  /** Open findings: those the office marked 已核实无误 are counted apart, in `marked`. */
  errors: number;
  warnings: number;
  marked: number;
  /** 异常变化 against the previous year: shown to the office, never ranked on or mailed. */
  jumps: Jump[];
}

/** Open errors first, then warnings, then agencies yet to upload, then clean reports. */
function tier(row: SupervisionRow): number {
  if (row.errors > 0) return 0;
  if (row.warnings > 0) return 1;
  return row.report ? 3 : 2;
}

export function supervisionList(view: DistrictView, year: number, marks: readonly ReviewMark[] = []): SupervisionRow[] {
  const kinds = kindsOf(view);
  const rows = agencyIds(view).flatMap((agencyId): SupervisionRow[] => {
    const agency = view.district.agencies.find((a) => a.id === agencyId);
    const report = view.latest.get(agencyId)?.get(year);
    // An agency outside the config is listed only for a year it uploaded something.
    if (!agency && !report) return [];
    const { errors, warnings, marked } = report ? counts(report, marks) : { errors: 0, warnings: 0, marked: 0 };
    const [name, kind] = [nameOf(view, agencyId), kinds.get(agencyId) ?? 'other'];
    const unreadable = report ? undefined : view.unreadable.get(agencyId);
    return [{ agencyId, name, kind, report, unreadable, errors, warnings, marked, jumps: jumpsOf(view, agencyId, year) }];
  });
  return rows.sort((a, b) => tier(a) - tier(b) || b.errors - a.errors || b.warnings - a.warnings || a.name.localeCompare(b.name, 'zh'));
}
