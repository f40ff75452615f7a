// `check --xlsx`: the files given, rolled up as the dashboard rolls up a district's uploads for a year.
import { writeFile } from 'node:fs/promises';
import { type LeftOut, rollUpXlsx } from '../dashboard/rollup-xlsx.js';
import { latestPerAgency, rollUp } from '../dashboard/rollup.js';
import type { ReadResult } from '../functions/shared/model/report.js';
import type { StoredReport } from '../functions/shared/model/stored-report.js';
import { sameAgency } from '../functions/validate/rules/agency-name.js';
import type { CheckedReport } from './check-files.js';
import { UsageError } from './usage-error.js';

export interface CliRollUp {
  year: number;
  included: number;
  leftOut: number;
  workbook: Uint8Array;
}

/** A file as the dashboard would hold it had it been uploaded: the later on the command line, the later uploaded. */
function asStored(checked: CheckedReport, read: ReadResult, agencyId: string, order: number): StoredReport {
  return {
    id: `${order}:${checked.file}`,
    district: 'cli',
    source: { bucket: 'cli', key: checked.file, version: String(order) },
    agencyId,
    knownAgency: false,
    fileName: checked.file,
    uploadedAt: new Date(Date.UTC(2000, 0, 1, 0, 0, order)).toISOString(),
    status: 'VALIDATED',
    ...(read.status === 'parsed' && { report: read.report }),
    findings: checked.findings,
    skipped: checked.skipped,
  };
}

/**
 * The roll-up of the latest year among the files (the 汇总, 未纳入汇总 and agency sheets of rollup-xlsx.ts); files
 * that cannot stand for an agency in it (unreadable, no year or agency read, another year, or followed by a later file
 * of the same agency and year) are listed as left out with why. Undefined when no file has a year.
 */
export async function checkRollUp(checked: readonly CheckedReport[], read: readonly ReadResult[]): Promise<CliRollUp | undefined> {
  const year = Math.max(...checked.flatMap((report) => (report.year === null ? [] : [report.year])));
  if (!Number.isFinite(year)) return undefined;
  const leftOut: LeftOut[] = [];
  const agencies: string[] = []; // the first name each agency is given by: its id here
  const stored: StoredReport[] = [];
  checked.forEach((report, order) => {
    const result = read[order];
    const left = (reason: string) => leftOut.push({ agency: report.agency ?? '（未读出机构名称）', file: report.file, reason });
    if (!result || result.status === 'rejected') return left(`无法读取：${report.findings[0]?.message ?? ''}`);
    if (report.year === null) return left('未能读出报告年度');
    if (report.year !== year) return left(`${report.year}年度的报告，本表汇总${year}年度`);
    if (report.agency === null) return left('未能读出机构名称，无法判断是否与其他文件为同一机构');
    const { agency } = report;
    const agencyId = agencies.find((first) => sameAgency(first, agency)) ?? agency;
    if (!agencies.includes(agencyId)) agencies.push(agencyId);
    stored.push(asStored(report, result, agencyId, order));
  });
  const latest = new Set(latestPerAgency(stored, year));
  for (const report of stored.filter((one) => !latest.has(one))) {
    const later = [...latest].find((one) => one.agencyId === report.agencyId);
    leftOut.push({ agency: report.report?.agency ?? report.agencyId, file: report.fileName, reason: `以同一机构其后给出的 ${later?.fileName ?? ''} 为准` });
  }
  const result = rollUp(stored, year);
  const workbook = await rollUpXlsx('', result, leftOut);
  return { year, included: result.included.length, leftOut: result.excluded.length + leftOut.length, workbook };
}

/** `--xlsx`: writes the workbook and says on stderr what is in it (stdout stays the findings); a path that cannot be written is bad usage. */
export async function rollUpTo(path: string, checked: readonly CheckedReport[], read: readonly ReadResult[]): Promise<void> {
  const rolled = await checkRollUp(checked, read);
  if (!rolled) {
    process.stderr.write(`nianbao: --xlsx ${path}: nothing written, no file has a year\n`);
    return;
  }
  await writeFile(path, rolled.workbook).catch((error: unknown) => {
    throw new UsageError(`--xlsx ${path}: cannot write it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  });
  process.stderr.write(`nianbao: --xlsx ${path}: the ${rolled.year} roll-up, ${rolled.included} counted and ${rolled.leftOut} left out\n`);
}
