import type { Finding, Skipped } from '../functions/shared/model/finding.js';
import type { ReadResult } from '../functions/shared/model/report.js';
import type { Suggestion } from '../functions/shared/model/suggestion.js';
import type { TemplateVersion } from '../functions/shared/model/template.js';
import { checkAndSuggest } from '../functions/validate/check-and-suggest.js';
import { type GivenReport, peersOf, previousYear, sameYearNotes } from './check-history.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** One report's entry in the CLI's JSON output (README.md, "Checking a file without the pipeline"). */
export interface CheckedReport {
  file: string;
  status: 'ok' | 'findings' | 'rejected';
  agency: string | null;
  year: number | null;
  template: TemplateVersion | null;
  findings: Finding[];
  skipped: Skipped[];
  /** The likeliest fixes where Table 三 or 四 does not add up; absent when there is none to suggest. */
  suggestions?: Suggestion[];
}

export interface CheckedFiles {
  reports: CheckedReport[];
  /** For the operator (stderr): files that are the same agency's report for the same year. */
  notes: string[];
}

/**
 * Reads and checks files given together as one history: cross-year rules compare each report with the same
 * agency's report exactly one year earlier, when it is among the files, and D-SAME-AS-AGENCY with the other
 * agencies' reports of its year among them (check-history.ts).
 */
export async function checkFiles<File extends { name: string }>(
  files: readonly File[],
  read: (file: File) => Promise<ReadResult>,
): Promise<CheckedFiles> {
  const results: ReadResult[] = [];
  for (const file of files) results.push(await read(file)); // one at a time: reading is CPU-bound, memory is not free
  const given = results.flatMap((result, i): GivenReport[] =>
    result.status === 'parsed' ? [{ file: files[i]?.name ?? '', report: result.report }] : [],
  );
  const unreadNames = files.filter((_, i) => results[i]?.status === 'rejected').map((f) => f.name);
  const unread = unreadNames.length > 3 ? [...unreadNames.slice(0, 3), `${unreadNames.length - 3} more`] : unreadNames;
  // with files that could not be read, "no report of last year" may only mean it was among them
  const unreadNote = (year: number | null) =>
    year === null || unread.length === 0
      ? undefined
      : `no ${year - 1} report of this agency among the files read; ${unread.join(', ')} could not be read`;
  const reports = results.map((result, i): CheckedReport => {
    const file = files[i]?.name ?? '';
    if (result.status === 'rejected') {
      const { findings } = result;
      return { file, status: 'rejected', agency: null, year: null, template: null, findings, skipped: [] };
    }
    const { report } = result;
    const { previous, unavailable } = previousYear({ file, report }, given);
    const why = unavailable ?? (previous ? undefined : unreadNote(report.year));
    const peers = peersOf({ file, report }, given);
    const context = { ...(previous && { previous }), ...(why && { previousUnavailable: why }), peers };
    const { findings, skipped, suggestions = [] } = checkAndSuggest(report, context);
    const status = findings.length === 0 ? 'ok' : 'findings';
    const facts = { agency: report.agency, year: report.year, template: report.template };
    return { file, status, ...facts, findings, skipped, ...(suggestions.length > 0 && { suggestions }) };
  });
  return { reports, notes: sameYearNotes(given) };
}
