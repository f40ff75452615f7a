import type { Finding, Skipped } from '../functions/shared/finding.js';
import type { ReadReport, ReadResult } from '../functions/shared/report.js';
import type { TemplateVersion } from '../functions/shared/template.js';
import { checkReport } from '../functions/validate/check-report.js';
import { sameAgency } from '../functions/validate/rules/agency-name.js';

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** One report's entry in the CLI's output (spec/rules.md, "The CLI contract"). */
export interface CheckedReport {
  file: string;
  status: 'ok' | 'findings' | 'rejected';
  agency: string | null;
  year: number | null;
  template: TemplateVersion | null;
  findings: Finding[];
  skipped: Skipped[];
}

/** The report of the same agency for the year before, among the files given together (the last one given wins). */
function previousOf(report: ReadReport, all: readonly ReadReport[]): ReadReport | undefined {
  const { agency, year } = report;
  if (agency === null || year === null) return undefined;
  return all.findLast((other) => other.year === year - 1 && other.agency !== null && sameAgency(other.agency, agency));
}

/**
 * Reads and checks files given together as one history: cross-year rules compare each report with the same
 * agency's report one year earlier, when it is among the files.
 */
export async function checkFiles(
  files: readonly UploadedFile[],
  read: (file: UploadedFile) => Promise<ReadResult>,
): Promise<CheckedReport[]> {
  const results = await Promise.all(files.map((file) => read(file)));
  const reports = results.flatMap((result) => (result.status === 'parsed' ? [result.report] : []));
  return results.map((result, i): CheckedReport => {
    const file = files[i]?.name ?? '';
    if (result.status === 'rejected') {
      const { findings } = result;
      return { file, status: 'rejected', agency: null, year: null, template: null, findings, skipped: [] };
    }
    const { report } = result;
    const previous = previousOf(report, reports);
    const { findings, skipped } = checkReport(report, previous ? { previous } : {});
    const status = findings.length === 0 ? 'ok' : 'findings';
    return { file, status, agency: report.agency, year: report.year, template: report.template, findings, skipped };
  });
}
