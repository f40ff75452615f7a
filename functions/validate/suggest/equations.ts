import type { RuleId } from '../../shared/model/finding.js';
import { sharedCellId } from '../../shared/model/cell-ids.js';
import type { ReadReport } from '../../shared/model/report.js';
import { APPLICANT_COLUMNS, TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_GROUPS } from '../../shared/model/template.js';
import { resultRows } from '../rules/table3.js';

/** The tables whose cells must add up: the ones a suggested correction is looked for in. */
export type SumTable = '三' | '四';

/** Σ sign × cell = 0, as one rule checks it; cells are `cellId`s (三/received/total). */
export interface Equation {
  rule: RuleId;
  terms: { cell: string; sign: 1 | -1 }[];
}

/** A table's numbers by cellId; blank cells are absent. */
export type CellValues = ReadonlyMap<string, number>;

const sumTo = (rule: RuleId, parts: readonly string[], total: readonly string[]): Equation => ({
  rule,
  terms: [...parts.map((cell) => ({ cell, sign: 1 as const })), ...total.map((cell) => ({ cell, sign: -1 as const }))],
});

/**
 * Every equation of the table the rules check (table3.ts, table4.ts), over the same rows and columns. An equation
 * with a blank or absent cell is left out: it holds or fails whatever value is proposed, so it says nothing.
 */
export function equationsOf(report: ReadReport, table: SumTable): { equations: Equation[]; values: CellValues } {
  const values = new Map<string, number>();
  const all = table === '三' ? table3Equations(report, values) : table4Equations(report, values);
  return { equations: all.filter((equation) => equation.terms.every(({ cell }) => values.has(cell))), values };
}

/** Table 三's equations depend only on which of its rows the report has: built once for each such set. */
const table3Shapes = new Map<string, readonly Equation[]>();

function table3Equations(report: ReadReport, values: Map<string, number>): readonly Equation[] {
  const table = report.table3 ?? {};
  const rows = TABLE3_ROWS.filter((row) => table[row]);
  for (const row of rows) {
    for (const column of TABLE3_COLUMNS) {
      const value = table[row]?.[column];
      if (value !== null && value !== undefined) values.set(sharedCellId('三', row, column), value);
    }
  }
  const results = resultRows(table);
  const shape = `${rows.join()}|${results.length}`;
  let equations = table3Shapes.get(shape);
  if (!equations) table3Shapes.set(shape, (equations = table3Shape(rows, results)));
  return equations;
}

function table3Shape(rows: readonly string[], results: readonly string[]): Equation[] {
  const at = (row: string, column: string) => sharedCellId('三', row, column);
  return [
    ...rows.map((row) =>
      sumTo('T3-ROW-TOTAL', APPLICANT_COLUMNS.map((column) => at(row, column)), [at(row, 'total')]),
    ),
    ...TABLE3_COLUMNS.map((column) =>
      sumTo('T3-HANDLED-SUM', results.map((row) => at(row, column)), [at('handledTotal', column)]),
    ),
    ...TABLE3_COLUMNS.map((column) =>
      sumTo(
        'T3-BALANCE',
        [at('received', column), at('carriedIn', column)],
        [at('handledTotal', column), at('carriedOut', column)],
      ),
    ),
  ];
}

const TABLE4_PARTS = ['upheld', 'corrected', 'other', 'pending'] as const;
const TABLE4_EQUATIONS = new Map(
  TABLE4_GROUPS.map((group) => {
    const at = (column: string) => sharedCellId('四', group, column);
    return [group, sumTo('T4-GROUP-TOTAL', TABLE4_PARTS.map(at), [at('total')])];
  }),
);

function table4Equations(report: ReadReport, values: Map<string, number>): Equation[] {
  return TABLE4_GROUPS.flatMap((group) => {
    const cells = report.table4?.[group];
    if (!cells) return [];
    for (const [column, value] of Object.entries(cells)) {
      if (value !== null) values.set(sharedCellId('四', group, column), value);
    }
    const equation = TABLE4_EQUATIONS.get(group);
    return equation ? [equation] : [];
  });
}

/** Σ sign × value: zero when the equation holds. */
export function residual(equation: Equation, values: CellValues): number {
  return equation.terms.reduce((sum, { cell, sign }) => sum + sign * (values.get(cell) ?? 0), 0);
}
