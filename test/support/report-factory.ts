import type { Finding } from '../../functions/shared/model/finding.js';
import type { Paragraph, ReadReport, Table2, Table3, Table4 } from '../../functions/shared/model/report.js';
import {
  OTHER_HANDLING_SINGLE,
  OTHER_HANDLING_SPLIT,
  SECTION_IDS,
  TABLE2_LAYOUT,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table2Column,
  type Table2Row,
  type Table3Column,
  type Table3Row,
  type Table4Column,
  type Table4Group,
  type TemplateVersion,
} from '../../functions/shared/model/template.js';

type Cells<Column extends string> = Partial<Record<Column, number | null>>;

export interface ReportOverrides {
  file?: string;
  agency?: string | null;
  year?: number | null;
  template?: TemplateVersion;
  /** `split` gives （六） as three sub-rows; the default follows the template. */
  otherHandling?: 'single' | 'split';
  /** Paragraph texts, in order (section 一), or full paragraphs. */
  paragraphs?: (string | Paragraph)[];
  /** Cells to change; `'absent'` leaves the row (or group) out of the model. */
  table2?: Partial<Record<Table2Row, Cells<Table2Column>>>;
  table3?: Partial<Record<Table3Row, Cells<Table3Column> | 'absent'>>;
  table4?: Partial<Record<Table4Group, Cells<Table4Column> | 'absent'>>;
  /** Tables to leave out entirely. */
  without?: ('二' | '三' | '四')[];
  findings?: Finding[];
}

const zeros = <Column extends string>(columns: readonly Column[]) =>
  Object.fromEntries(columns.map((column) => [column, 0])) as Record<Column, number>;

function table2(template: TemplateVersion, changes: ReportOverrides['table2'] = {}): Table2 {
  const rows = Object.entries(TABLE2_LAYOUT[template]).map(([row, columns]) => [
    row,
    { ...zeros(columns), ...changes[row as Table2Row] },
  ]);
  return { rows: Object.fromEntries(rows), extraRows: [] };
}

function table3(split: boolean, changes: ReportOverrides['table3'] = {}): Table3 {
  const otherShape: readonly Table3Row[] = split ? OTHER_HANDLING_SINGLE : OTHER_HANDLING_SPLIT;
  const rows = TABLE3_ROWS.filter((row) => !otherShape.includes(row) && changes[row] !== 'absent');
  return Object.fromEntries(
    rows.map((row) => {
      const change = changes[row];
      return [row, { ...zeros(TABLE3_COLUMNS), ...(change === 'absent' ? {} : change) }];
    }),
  );
}

function table4(changes: ReportOverrides['table4'] = {}): Table4 {
  const groups = TABLE4_GROUPS.filter((group) => changes[group] !== 'absent');
  return Object.fromEntries(
    groups.map((group) => {
      const change = changes[group];
      return [group, { ...zeros(TABLE4_COLUMNS), ...(change === 'absent' ? {} : change) }];
    }),
  );
}

const paragraph = (text: string | Paragraph, index: number): Paragraph =>
  typeof text === 'string' ? { text, section: '一', at: { line: index + 1 } } : text;

/** A consistent report (every cell 0) with the given changes: tests state only what they are about. */
export function reportFactory(overrides: ReportOverrides = {}): ReadReport {
  const template = overrides.template ?? '2019';
  const without = new Set(overrides.without ?? []);
  const split = (overrides.otherHandling ?? (template === '2021' ? 'split' : 'single')) === 'split';
  const agency = overrides.agency === undefined ? '测试街道办事处' : overrides.agency;
  const year = overrides.year === undefined ? 2020 : overrides.year;
  return {
    file: overrides.file ?? 'report.txt',
    title: agency === null || year === null ? null : `${agency}${year}年政府信息公开工作年度报告`,
    agency,
    year,
    template,
    sections: [...SECTION_IDS],
    paragraphs: (overrides.paragraphs ?? []).map(paragraph),
    ...(without.has('二') ? {} : { table2: table2(template, overrides.table2) }),
    ...(without.has('三') ? {} : { table3: table3(split, overrides.table3) }),
    ...(without.has('四') ? {} : { table4: table4(overrides.table4) }),
    cells: {},
    findings: overrides.findings ?? [],
  };
}
