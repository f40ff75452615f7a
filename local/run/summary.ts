import { findingTable } from '../../cli/check-output.js';
import { count, textTable } from '../../cli/text-table.js';
import { mailText, shownStatus } from './mail-status.js';
import type { Tracked } from './progress.js';

const HEADERS = ['report', 'district/agency', 'status', 'errors', 'warnings', 'email'];

const errorCount = (one: Tracked) => one.report?.findings.filter((f) => f.severity === 'error').length ?? 0;

/**
 * The end-of-run summary: one row per upload in upload order, then under each report with findings its findings
 * one per line, as `check` prints them.
 */
export function summaryTable(tracked: readonly Tracked[]): string {
  const rows = tracked.map((one) => {
    const stored = one.report !== undefined;
    return [
      one.upload.fileName,
      `${one.upload.district.id}/${one.upload.agencyId}`,
      shownStatus(one),
      stored ? String(errorCount(one)) : '-',
      stored ? String((one.report?.findings.length ?? 0) - errorCount(one)) : '-',
      mailText(one) || '-',
    ];
  });
  const blocks = tracked.flatMap((one) => {
    const findings = one.report?.findings ?? [];
    if (findings.length === 0) return [];
    const counts = `${count(errorCount(one), 'error')}, ${count(findings.length - errorCount(one), 'warning')}`;
    const where = `${one.upload.district.id}/${one.upload.agencyId}`;
    return [`\n${one.upload.fileName} (${where}): ${counts}\n${findingTable(findings, '  ')}`];
  });
  return [textTable([HEADERS, ...rows]), ...blocks].join('\n');
}
