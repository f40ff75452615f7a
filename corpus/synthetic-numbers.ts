import type { Table3, Table3Cells, Table4 } from '../functions/shared/model/report.js';
import {
  APPLICANT_COLUMNS,
  RESULT_ROWS,
  TABLE2_LAYOUT,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table2Column,
  type Table2Row,
  type Table3Row,
  type TemplateVersion,
} from '../functions/shared/model/template.js';
import type { Random } from './synthetic-random.js';

/** Table 二 as generated: every row and column the template has, each a number. */
export type SyntheticTable2 = Partial<Record<Table2Row, Partial<Record<Table2Column, number>>>>;
export type OtherHandlingShape = keyof typeof RESULT_ROWS;

export interface SyntheticTables {
  table2: SyntheticTable2;
  table3: Table3;
  table4: Table4;
  shape: OtherHandlingShape;
}

/** Most reports are small offices with a handful of applications; a few are busy ones. */
const SCALES = [0, 3, 3, 12, 12, 60, 400, 2500] as const;

/** Tables whose every 总计 and every balance adds up: the ground truth errors are injected into. */
export function generateTables(random: Random, template: TemplateVersion): SyntheticTables {
  const shape: OtherHandlingShape = template === '2021' && random.chance(0.8) ? 'split' : 'single';
  const table2 = generateTable2(random, template);
  return { table2, table3: generateTable3(random, shape), table4: generateTable4(random), shape };
}

/** The Table 三 rows a report of this shape holds, in template order. */
export function table3RowsOf(shape: OtherHandlingShape): Table3Row[] {
  return ['received', 'carriedIn', ...RESULT_ROWS[shape], 'handledTotal', 'carriedOut'];
}

function generateTable3(random: Random, shape: OtherHandlingShape): Table3 {
  const rows = table3RowsOf(shape);
  const scale = random.pick(SCALES);
  const table: Table3 = Object.fromEntries(rows.map((row) => [row, emptyCells()]));
  for (const column of APPLICANT_COLUMNS) {
    const busy = column === 'natural' || random.chance(0.25);
    const received = busy ? random.int(0, scale) : 0;
    const carriedIn = random.chance(0.3) ? random.int(0, Math.ceil(scale / 5)) : 0;
    const carriedOut = random.chance(0.3) ? random.int(0, received + carriedIn) : 0;
    const handled = received + carriedIn - carriedOut;
    setCell(table, 'received', column, received);
    setCell(table, 'carriedIn', column, carriedIn);
    setCell(table, 'carriedOut', column, carriedOut);
    setCell(table, 'handledTotal', column, handled);
    const parts = split(random, handled, random.int(1, 4));
    const targets = random.sample(RESULT_ROWS[shape], parts.length);
    parts.forEach((part, index) => setCell(table, targets[index] as Table3Row, column, part));
  }
  for (const row of rows) {
    const cells = table[row] as Table3Cells;
    cells.total = APPLICANT_COLUMNS.reduce((sum, column) => sum + (cells[column] ?? 0), 0);
  }
  return table;
}

function generateTable4(random: Random): Table4 {
  const busy = random.chance(0.3);
  return Object.fromEntries(
    TABLE4_GROUPS.map((group) => {
      const parts = TABLE4_COLUMNS.slice(0, 4).map(() => (busy && random.chance(0.5) ? random.int(0, 6) : 0));
      const [upheld, corrected, other, pending] = parts as [number, number, number, number];
      return [group, { upheld, corrected, other, pending, total: upheld + corrected + other + pending }];
    }),
  );
}

function generateTable2(random: Random, template: TemplateVersion): SyntheticTable2 {
  const table: SyntheticTable2 = {};
  for (const [row, columns] of Object.entries(TABLE2_LAYOUT[template]) as [Table2Row, Table2Column[]][]) {
    const values: Partial<Record<Table2Column, number>> = {};
    for (const column of columns) values[column] = table2Value(random, column);
    table[row] = values;
  }
  return table;
}

function table2Value(random: Random, column: Table2Column): number {
  if (column === 'change') return random.int(-20, 400);
  if (column === 'purchaseAmount' || column === 'feeAmount') return random.int(0, 9_999_999) / 10_000;
  return random.chance(0.4) ? 0 : random.int(0, 1200);
}

/** `total` split into `count` non-negative parts. */
function split(random: Random, total: number, count: number): number[] {
  const cuts = Array.from({ length: count - 1 }, () => random.int(0, total)).sort((a, b) => a - b);
  return [...cuts, total].map((cut, index) => cut - (index === 0 ? 0 : (cuts[index - 1] as number)));
}

function emptyCells(): Table3Cells {
  return { natural: 0, commercial: 0, research: 0, publicInterest: 0, legal: 0, other: 0, total: 0 };
}

function setCell(table: Table3, row: Table3Row, column: keyof Table3Cells, value: number): void {
  (table[row] as Table3Cells)[column] = value;
}
