// Files given together are one history: which report is which one's previous year (CLI only; the pipeline knows
// the agency by its upload folder and looks the previous year up by agencyId, one year apart exactly as here).
import type { ReadReport } from '../functions/shared/model/report.js';
import { agencyKey, sameAgency } from '../functions/validate/rules/agency-name.js';
import type { Peer } from '../functions/validate/rules/rule.js';

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
function tablesOf({ report }: GivenReport): string {
  const known = TABLES.get(report) ?? JSON.stringify([report.table2, report.table3]);
  TABLES.set(report, known);
  return known;
}
const TABLES = new WeakMap<ReadReport, string>();

/** How a note names many files: the first few, then how many more. */
function someFiles(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

const filesOf = (reports: readonly GivenReport[]) => someFiles(reports.map((r) => r.file));

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
  const pool = [...new Map(matching.map((other) => [other.file, other])).values()]; // a file given twice is one
  const [first] = pool;
  if (!first) return {};
  const names = [...new Set(pool.map((other) => other.report.agency ?? ''))];
  if (names.some((name, i) => names.slice(i + 1).some((other) => !sameAgency(name, other)))) {
    return { unavailable: `${year - 1} reports of more than one agency could be this one’s (${filesOf(pool)})` };
  }
  if (pool.some((other) => tablesOf(other) !== tablesOf(first))) {
    const given = `${pool.length} reports of this agency for ${year - 1} were given`;
    return { unavailable: `${given} and their tables differ (${filesOf(pool)})` };
  }
  return { previous: first.report };
}

/**
 * One line per agency and year given more than once (such files are never compared with each other); a group
 * is the files whose agency matches its first file's.
 */
export function sameYearNotes(all: readonly GivenReport[]): string[] {
  const groups: { year: number; agency: string; files: string[] }[] = [];
  for (const { file, report } of all) {
    const { year, agency } = report;
    if (year === null || agency === null) continue;
    const group = groups.find((g) => g.year === year && sameAgency(g.agency, agency));
    if (group) group.files.push(file);
    else groups.push({ year, agency, files: [file] });
  }
  return groups.flatMap(({ year, agency, files }) => {
    const distinct = [...new Set(files)];
    if (files.length === 1) return [];
    if (distinct.length === 1) return [`${files[0]} is given ${files.length} times`];
    const what = `the ${year} report of ${agency}`;
    return [`${someFiles(distinct)} are each ${what}: they are not compared with each other`];
  });
}

/**
 * Other agencies' reports of the same year among the files (D-SAME-AS-AGENCY), one per agency: the agency is told
 * by the name in the title, so two files of one agency (a .docx and its PDF) are never each other's peers.
 */
export function peersOf({ report }: GivenReport, all: readonly GivenReport[]): Peer[] {
  const { agency, year } = report;
  if (agency === null || year === null) return [];
  const peers: Peer[] = [];
  for (const { report: other } of all) {
    const name = other.agency;
    if (other.year !== year || name === null || sameAgency(name, agency)) continue;
    if (!peers.some((peer) => sameAgency(peer.name, name))) peers.push({ name, report: other });
  }
  return peers;
}
