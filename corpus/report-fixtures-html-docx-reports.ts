import type { Table3, Table4 } from '../functions/shared/model/report.js';
import {
  APPLICANT_COLUMNS,
  RESULT_ROWS,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table3Row,
  type TemplateVersion,
} from '../functions/shared/model/template.js';
import type { PdfBlock } from './pdf-report-builder.js';
import { type ReportTables, reportSkeleton } from './pdf-report-tables.js';

/**
 * Two fictional reports (a 2019-template one for 2020, a 2021-template one for 2022) for the HTML and .docx
 * readers' tests: the tables as printed (strings; '' is a blank cell) and as the numbers a reader must find.
 */
export interface FixtureReport {
  title: string;
  tables: ReportTables;
  table3: Table3;
  table4: Table4;
}

const COUNTS = [0, 1, 2, 3, 5, 8, 13, 21, 34];

/** Applicant counts that differ row by row and column by column, so a shifted cell cannot go unnoticed. */
function table3Of(rows: readonly Table3Row[], blank?: { row: Table3Row; column: number }): Table3 {
  return Object.fromEntries(
    rows.map((row, r) => {
      const applicants = APPLICANT_COLUMNS.map((_, c) => COUNTS[(r * 3 + c * 5) % COUNTS.length] ?? 0);
      const cells: (number | null)[] = [...applicants, applicants.reduce((sum, value) => sum + value, 0)];
      if (blank?.row === row) cells[blank.column] = null;
      return [row, Object.fromEntries(TABLE3_COLUMNS.map((column, c) => [column, cells[c] ?? null]))];
    }),
  );
}

function table4Of(offset: number): Table4 {
  return Object.fromEntries(
    TABLE4_GROUPS.map((group, g) => {
      const parts = [0, 1, 2, 3].map((c) => (g * 4 + c + offset) % 4);
      const [upheld, corrected, other, pending] = parts as [number, number, number, number];
      return [group, { upheld, corrected, other, pending, total: upheld + corrected + other + pending }];
    }),
  );
}

const printed = (value: number | null | undefined): string => (value === null || value === undefined ? '' : `${value}`);

function fixture(
  title: string,
  template: TemplateVersion,
  table2: ReportTables['table2'],
  table3: Table3,
  offset: number,
): FixtureReport {
  const table4 = table4Of(offset);
  const tables: ReportTables = {
    template,
    table2,
    table3: Object.fromEntries(
      Object.entries(table3).map(([row, cells]) => [row, TABLE3_COLUMNS.map((column) => printed(cells[column]))]),
    ),
    table4: TABLE4_GROUPS.flatMap((group) => TABLE4_COLUMNS.map((column) => printed(table4[group]?.[column]))),
  };
  return { title, tables, table3, table4 };
}

const rowsOf = (shape: keyof typeof RESULT_ROWS): Table3Row[] => [
  'received',
  'carriedIn',
  ...RESULT_ROWS[shape],
  'handledTotal',
  'carriedOut',
];

export const REPORT_2019 = fixture(
  '北京市西城区示例街道办事处2020年政府信息公开工作年度报告',
  '2019',
  {
    regulations: ['0', '0', '0'],
    normativeDocuments: ['2', '2', '15'],
    licensing: ['12', '+3', '40'],
    otherServices: ['5', '-1', '7'],
    punishment: ['30', '0', '126'],
    enforcement: ['4', '+1', '9'],
    fees: ['1', '0'],
    procurement: ['6', '572.6113'],
  },
  table3Of(rowsOf('single')),
  1,
);

export const REPORT_2021 = fixture(
  '北京市东城区示例局2022年政府信息公开工作年度报告',
  '2021',
  {
    regulations: ['0', '0', '1'],
    normativeDocuments: ['3', '1', '22'],
    licensing: ['57'],
    punishment: ['18'],
    enforcement: ['2'],
    fees: ['0.5'],
  },
  table3Of(rowsOf('split'), { row: 'denied.3', column: 2 }),
  2,
);

/** The report as a sequence of blocks: title, the six section headings, narrative, and the three tables. */
export function reportBlocks({ title, tables }: FixtureReport): PdfBlock[] {
  return reportSkeleton(tables, {
    title,
    overview: '本机关坚持以公开为常态、不公开为例外，全年共收到政府信息公开申请，均已按期答复。',
    problems: '公开内容还不够全面。下一步将加强培训，提高公开质量。',
    other: '无。',
  });
}
