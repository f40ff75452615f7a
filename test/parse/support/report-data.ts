import {
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table3Row,
  type TemplateVersion,
} from '../../../functions/shared/model/template.js';
import { table3Order } from '../../../functions/parse/template/table3.js';

/** One report's tables as data, from which every text layout of a test is generated. */
export interface ReportData {
  template: TemplateVersion;
  agency: string;
  year: number;
  /** Table 二 rows: label and cell texts as printed. */
  table2: readonly (readonly [string, readonly string[]])[];
  /** Table 三 rows in template order: optional parent label, row label, the seven cell texts. */
  table3: readonly { row: Table3Row; parent?: string; label: string; cells: readonly string[] }[];
  /** Table 四's fifteen cell texts. */
  table4: readonly string[];
}

/** The row label as printed (the template's label without its parent). */
function printedLabel(row: Table3Row): { parent?: string; label: string } {
  const full = TABLE3_ROW_LABELS[row];
  const split = /^(（[三四五六]）\S+) (\d\..+)$/.exec(full);
  return split?.[1] && split[2] ? { parent: split[1], label: split[2] } : { label: full };
}

/** Distinct numbers in every Table 三 cell, so a shifted row or column cannot go unnoticed. */
export function makeReport(template: TemplateVersion, oneRowOther = false): ReportData {
  const shape = template === '2021' && !oneRowOther ? 'split' : 'single';
  const table2: ReportData['table2'] =
    template === '2019'
      ? [
          ['规章', ['1', '2', '3']],
          ['规范性文件', ['4', '5', '6']],
          ['行政许可', ['7', '8', '9']],
          ['其他对外管理服务事项', ['10', '-1', '11']],
          ['行政处罚', ['12', '+3', '1,234']],
          ['行政强制', ['14', '0', '15']],
          ['行政事业性收费', ['16', '17']],
          ['政府集中采购', ['18', '572.6113']],
        ]
      : [
          ['规章', ['1', '2', '3']],
          ['行政规范性文件', ['4', '5', '6']],
          ['行政许可', ['7']],
          ['行政处罚', ['8']],
          ['行政强制', ['9']],
          ['行政事业性收费', ['0.5']],
        ];
  return {
    template,
    agency: template === '2019' ? '某某区人民政府某某街道办事处' : '某某市某某区教育局',
    year: template === '2019' ? 2020 : 2022,
    table2,
    table3: table3Order(shape).map((row, index) => ({
      row,
      ...printedLabel(row),
      cells: TABLE3_COLUMNS.map((_, column) => String(index * 10 + column)),
    })),
    table4: TABLE4_GROUPS.flatMap((_, group) => TABLE4_COLUMNS.map((__, column) => String(100 + group * 10 + column))),
  };
}

/** The numbers a correct reading of the report's Table 三 gives. */
export function expectedTable3(data: ReportData): Record<string, Record<string, number>> {
  return Object.fromEntries(
    data.table3.map(({ row, cells }) => [row, Object.fromEntries(TABLE3_COLUMNS.map((c, i) => [c, Number(cells[i])]))]),
  );
}

export function expectedTable4(data: ReportData): Record<string, Record<string, number>> {
  return Object.fromEntries(
    TABLE4_GROUPS.map((group, g) => [
      group,
      Object.fromEntries(TABLE4_COLUMNS.map((c, i) => [c, Number(data.table4[g * TABLE4_COLUMNS.length + i])])),
    ]),
  );
}
