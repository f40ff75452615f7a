import ExcelJS from 'exceljs';
import type { StoredReport } from '../functions/shared/model/stored-report.js';
import {
  APPLICANT_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE3_ROWS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
} from '../functions/shared/model/template.js';
import type { RollUp } from './rollup.js';
import { SheetNames } from './sheet-names.js';

/** A file the roll-up could not count, beyond the reports `rollUp` left out (the CLI's unreadable files, other years). */
export interface LeftOut {
  agency: string;
  file: string;
  reason: string;
}

type Cell = number | null | undefined;
/** Table 三's rows as label and seven cells, Table 四's fifteen cells: blank (null or absent) stays blank. */
interface Tables {
  table3: { label: string; cells: Cell[] }[];
  table4: Cell[];
}

export const SUMMARY_SHEET = '汇总';
export const LEFT_OUT_SHEET = '未纳入汇总';
const BOLD = { bold: true };

/** Writes a row of values from column `from` on; a blank cell gets no value at all, so Excel shows it empty, not 0. */
function put(sheet: ExcelJS.Worksheet, row: number, from: number, values: readonly (string | Cell)[]): void {
  values.forEach((value, i) => {
    if (value !== null && value !== undefined) sheet.getCell(row, from + i).value = value;
  });
}

/** A heading cell spanning rows and columns, as the template's merged headings do. */
function heading(sheet: ExcelJS.Worksheet, [top, left, bottom, right]: number[], text: string): void {
  if (bottom !== top || right !== left) sheet.mergeCells(top ?? 1, left ?? 1, bottom ?? 1, right ?? 1);
  const cell = sheet.getCell(top ?? 1, left ?? 1);
  cell.value = text;
  cell.font = BOLD;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

/** Table 三 and 四 from row `at` on, with the template's three heading rows each; returns the next free row. */
function writeTables(sheet: ExcelJS.Worksheet, at: number, { table3, table4 }: Tables): number {
  const applicants = APPLICANT_COLUMNS.length;
  heading(sheet, [at, 1, at + 2, 1], '表三');
  heading(sheet, [at, 2, at, applicants + 2], '申请人情况');
  heading(sheet, [at + 1, 2, at + 2, 2], TABLE3_COLUMN_LABELS.natural);
  heading(sheet, [at + 1, 3, at + 1, applicants + 1], '法人或其他组织');
  heading(sheet, [at + 1, applicants + 2, at + 2, applicants + 2], TABLE3_COLUMN_LABELS.total);
  APPLICANT_COLUMNS.slice(1).forEach((column, i) => heading(sheet, [at + 2, 3 + i, at + 2, 3 + i], TABLE3_COLUMN_LABELS[column]));
  table3.forEach((row, i) => put(sheet, at + 3 + i, 1, [row.label, ...row.cells]));
  const top = at + 3 + table3.length + 1;
  const results = TABLE4_COLUMNS.length;
  heading(sheet, [top, 1, top + 2, 1], '表四');
  heading(sheet, [top, 2, top, results + 1], '行政复议');
  heading(sheet, [top, results + 2, top, 3 * results + 1], '行政诉讼');
  heading(sheet, [top + 1, results + 2, top + 1, 2 * results + 1], '未经复议直接起诉');
  heading(sheet, [top + 1, 2 * results + 2, top + 1, 3 * results + 1], '复议后起诉');
  TABLE4_COLUMNS.forEach((column, i) => {
    heading(sheet, [top + 1, 2 + i, top + 2, 2 + i], TABLE4_COLUMN_LABELS[column]);
    for (const group of [1, 2]) heading(sheet, [top + 2, 2 + group * results + i, top + 2, 2 + group * results + i], TABLE4_COLUMN_LABELS[column]);
  });
  put(sheet, top + 3, 2, table4);
  return top + 5;
}

function newSheet(workbook: ExcelJS.Workbook, name: string, title: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 48;
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  return sheet;
}

const agencyOf = (report: StoredReport) => report.report?.agency ?? report.agencyId;

/** A report's own Table 三 (the rows it has, in template order) and Table 四, as read. */
function tablesOf(report: StoredReport): Tables {
  const { table3 = {}, table4 = {} } = report.report ?? {};
  return {
    table3: TABLE3_ROWS.flatMap((row) => {
      const cells = table3[row];
      return cells ? [{ label: TABLE3_ROW_LABELS[row], cells: TABLE3_COLUMNS.map((column) => cells[column]) }] : [];
    }),
    table4: TABLE4_GROUPS.flatMap((group) => TABLE4_COLUMNS.map((column) => table4[group]?.[column])),
  };
}

/**
 * The roll-up as an Excel workbook: 汇总 (the summed Table 三 and 四 laid out as the template prints them, then the
 * reports counted and the sheet of each), 未纳入汇总 (what was left out and why), then one sheet per agency with a
 * report for the year (its tables as read, and whether it was counted). Numbers are numbers; a blank stays blank.
 */
export async function rollUpXlsx(districtName: string, rollUp: RollUp, leftOut: readonly LeftOut[] = []): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const names = new SheetNames();
  const year = `${rollUp.year}年度`;
  const summary = newSheet(workbook, names.next(SUMMARY_SHEET), `${districtName} ${year} 政府信息公开工作年度报告汇总`.trim());
  const notCounted = [
    ...rollUp.excluded.map(({ report, reason }) => ({ agency: agencyOf(report), file: report.fileName, reason })),
    ...leftOut,
  ];
  summary.getCell(2, 1).value = `纳入汇总 ${rollUp.included.length} 份，未纳入 ${notCounted.length} 份（见“${LEFT_OUT_SHEET}”）`;
  const summed: Tables = {
    table3: rollUp.table3.map((row) => ({ label: row.label, cells: TABLE3_COLUMNS.map((column) => row.cells[column]) })),
    table4: TABLE4_GROUPS.flatMap((group) => TABLE4_COLUMNS.map((column) => rollUp.table4[group][column])),
  };
  const listed = writeTables(summary, 4, summed);
  put(summary, listed, 1, ['纳入汇总的报告', '文件', '工作表']);
  summary.getRow(listed).font = BOLD;

  const left = newSheet(workbook, names.next(LEFT_OUT_SHEET), `${year} 未纳入汇总的报告`);
  put(left, 3, 1, ['机构', '文件', '原因']);
  left.getRow(3).font = BOLD;
  notCounted.forEach((one, i) => put(left, 4 + i, 1, [one.agency, one.file, one.reason]));

  const agencySheet = (report: StoredReport, status: string) => {
    const sheet = newSheet(workbook, names.next(agencyOf(report)), `${agencyOf(report)} ${year}`);
    put(sheet, 2, 1, [status, report.fileName]);
    writeTables(sheet, 4, tablesOf(report));
    return sheet.name;
  };
  rollUp.included.forEach((report, i) => put(summary, listed + 1 + i, 1, [agencyOf(report), report.fileName, agencySheet(report, '纳入汇总')]));
  for (const { report, reason } of rollUp.excluded) if (report.report) agencySheet(report, `未纳入汇总：${reason}`);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
