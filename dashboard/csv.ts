import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE4_COLUMN_LABELS, TABLE4_COLUMNS, TABLE4_GROUP_LABELS, TABLE4_GROUPS } from '../functions/shared/model/template.js';
import { AGENCY_KIND_LABELS } from './agency-kind.js';
import { jumpText } from './jumps.js';
import type { RollUp } from './rollup.js';
import { emailDate, statusText } from './status.js';
import type { SupervisionRow } from './supervision.js';

function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: (string | number)[]): string {
  return values.map(field).join(',');
}

/** UTF-8 with a BOM and CRLF lines, which is what Excel needs to open Chinese text. */
function document(lines: string[]): string {
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function supervisionLines(rows: SupervisionRow[]): string[] {
  return [
    line(['督导清单', '类别', '状态', '错误', '提示', '异常变化', '邮件发出']),
    ...rows.map((row) => line([row.name, AGENCY_KIND_LABELS[row.kind], statusText(row.report), row.errors, row.warnings, row.jumps.map(jumpText).join('；'), emailDate(row.report)])),
  ];
}

export function supervisionCsv(districtName: string, year: number, rows: SupervisionRow[]): string {
  return document([line([`${districtName} ${year}年度 督导清单`]), '', ...supervisionLines(rows)]);
}

/** The roll-up, then the supervision list of the same year. */
export function rollUpCsv(districtName: string, rollUp: RollUp, supervision: SupervisionRow[]): string {
  const lines = [
    line([`${districtName} ${rollUp.year}年度 政府信息公开工作年度报告汇总`]),
    line([`纳入汇总 ${rollUp.included.length} 份`, `未纳入 ${rollUp.excluded.length} 份`]),
    '',
    line(['表三', ...TABLE3_COLUMNS.map((column) => TABLE3_COLUMN_LABELS[column])]),
    ...rollUp.table3.map((row) => line([row.label, ...TABLE3_COLUMNS.map((column) => row.cells[column])])),
    '',
    line(['表四', ...TABLE4_COLUMNS.map((column) => TABLE4_COLUMN_LABELS[column])]),
    ...TABLE4_GROUPS.map((group) =>
      line([TABLE4_GROUP_LABELS[group], ...TABLE4_COLUMNS.map((column) => rollUp.table4[group][column])]),
    ),
    '',
    line(['纳入汇总的报告', '文件']),
    ...rollUp.included.map((report) => line([report.report?.agency ?? report.agencyId, report.fileName])),
    line(['未纳入的报告', '文件', '原因']),
    ...rollUp.excluded.map(({ report, reason }) => line([report.report?.agency ?? report.agencyId, report.fileName, reason])),
    '',
    ...supervisionLines(supervision),
  ];
  return document(lines);
}
