// Files given together are one history: which report is which one's previous year (CLI only; the pipeline knows
// the agency by its upload folder and looks the previous year up by agencyId, one year apart exactly as here).
import type { ReadReport } from '../functions/shared/report.js';
import { agencyKey, sameAgency } from '../functions/validate/rules/agency-name.js';

export interface GivenReport {
  file: string;
  report: ReadReport;
}

/** The report to compare with, or why there is none to compare with (absent both: no file of that year). */
export interface PreviousYear {
  previous?: ReadReport;
  unavailable?: string;
}

/** What the cross-year rules read of a report: two files that agree on it (a .docx and its PDF) are one report. */
const tablesOf = ({ report }: GivenReport) => JSON.stringify([report.table2, report.table3]);

const filesOf = (reports: readonly GivenReport[]) => reports.map((r) => r.file).join(', ');

/**
 * The same agency's report for the year before among the files. A name that matches exactly wins over one that only
 * ends the other (`西城区公安分局` over `公安分局`); when that still leaves two agencies, or two files of the one agency
 * whose tables differ, nothing is compared and the reason names the files.
 */
export function previousYear({ report }: GivenReport, all: readonly GivenReport[]): PreviousYear {
  const { agency, year } = report;
  if (agency === null) {
    return { unavailable: 'the agency could not be read from the title, so no other file is matched to it' };
  }
  if (year === null) return {};
  const candidates = all.filter(({ report: other }) => {
    return other.year === year - 1 && other.agency !== null && sameAgency(other.agency, agency);
  });
  const key = agencyKey(agency);
  const exact = candidates.filter((other) => agencyKey(other.report.agency ?? '') === key);
  const matching = exact.length > 0 ? exact : candidates;
  const pool = matching.filter((other, i) => matching.findIndex((o) => o.file === other.file) === i); // given twice
  const [first] = pool;
  if (!first) return {};
  const names = pool.map((other) => other.report.agency ?? '');
  if (names.some((name, i) => names.slice(i + 1).some((other) => !sameAgency(name, other)))) {
    return { unavailable: `${year - 1} reports of more than one agency could be this one’s (${filesOf(pool)})` };
  }
  if (pool.some((other) => tablesOf(other) !== tablesOf(first))) {
    return { unavailable: `${pool.length} reports of this agency for ${year - 1} were given (${filesOf(pool)})` };
  }
  return { previous: first.report };
}

/** One line per pair of files that are the same agency's report for the same year (they are never compared). */
export function sameYearNotes(all: readonly GivenReport[]): string[] {
  return all.flatMap((a, i) =>
    all.slice(i + 1).flatMap((b) => {
      const [x, y] = [a.report, b.report];
      if (x.year === null || x.year !== y.year || x.agency === null || y.agency === null) return [];
      if (!sameAgency(x.agency, y.agency)) return [];
      if (a.file === b.file) return [`${a.file} is given twice`];
      const what = `both the ${x.year} report of ${x.agency}`;
      return [`${a.file} and ${b.file} are ${what}: they are not compared with each other`];
    }),
  );
}
