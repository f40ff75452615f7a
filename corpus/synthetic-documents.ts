import {
  TABLE2_LAYOUT,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table2Column,
  type Table2Row,
} from '../functions/shared/model/template.js';
import type { PdfBlock } from './pdf-report-builder.js';
import type { ReportTables } from './pdf-report-tables.js';
import { reportBlocks } from './report-fixtures-html-docx-reports.js';
import type { SyntheticReport } from './synthetic-report.js';

/** For PDFs: the fixture font is a subset, and synthetic agency names use characters it lacks. */
export const PDF_SAFE_TITLE = '北京市西城区示例街道办事处2020年政府信息公开工作年度报告';

/**
 * A synthetic report's numbers as the blocks the HTML, .docx and PDF fixture builders draw
 * (report-fixtures-html-docx.ts, pdf-report-builder.ts): the same report, as a real table instead of text.
 */
export function syntheticBlocks(
  report: SyntheticReport,
  title = `${report.agency}${report.year}年政府信息公开工作年度报告`,
): PdfBlock[] {
  return reportBlocks({ title, tables: syntheticTables(report), table3: report.table3, table4: report.table4 });
}

const printed = (value: number | null | undefined, column?: Table2Column): string => {
  if (value === null || value === undefined) return '';
  return column === 'purchaseAmount' || column === 'feeAmount' ? value.toFixed(4) : String(value);
};

function syntheticTables(report: SyntheticReport): ReportTables {
  const layout = TABLE2_LAYOUT[report.template];
  const table2 = Object.fromEntries(
    (Object.entries(layout) as [Table2Row, Table2Column[]][]).map(([row, columns]) => [
      row,
      columns.map((column) => printed(report.table2[row]?.[column], column)),
    ]),
  );
  const table3 = Object.fromEntries(
    Object.entries(report.table3).map(([row, cells]) => [
      row,
      TABLE3_COLUMNS.map((column) => printed(cells?.[column])),
    ]),
  );
  const table4 = TABLE4_GROUPS.flatMap((group) =>
    TABLE4_COLUMNS.map((column) => printed(report.table4[group]?.[column])),
  );
  return { template: report.template, table2, table3, table4 };
}
