import type { Tracked } from './progress.js';

const HEADERS = ['report', 'agency', 'status', 'errors', 'warnings', 'email sent to'] as const;

/** The end-of-run table: one row per upload, in upload order. */
export function summaryTable(tracked: readonly Tracked[]): string {
  const rows = tracked.map(({ upload, report, failedIn }) => {
    const errors = report?.findings.filter((finding) => finding.severity === 'error').length;
    const warnings = report && errors !== undefined ? report.findings.length - errors : undefined;
    return [
      upload.fileName,
      `${upload.district.id}/${upload.agencyId}`,
      failedIn ? `FAILED in ${failedIn}` : (report?.status ?? 'NOT STORED'),
      errors === undefined ? '-' : String(errors),
      warnings === undefined ? '-' : String(warnings),
      report?.notifiedTo?.join(', ') || '-',
    ];
  });
  const widths = HEADERS.map((header, column) =>
    Math.max(displayWidth(header), ...rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - displayWidth(cell))).join('  ').trimEnd();
  return [line(HEADERS), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Terminal columns: CJK characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}
