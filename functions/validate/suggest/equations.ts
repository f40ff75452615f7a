import type { RuleId } from '../../shared/model/finding.js';
import { cellId, type ReadReport } from '../../shared/model/report.js';
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

function table3Equations(report: ReadReport, values: Map<string, number>): Equation[] {
  const table = report.table3 ?? {};
  for (const row of TABLE3_ROWS) {
    for (const column of TABLE3_COLUMNS) {
      const value = table[row]?.[column];
      if (value !== null && value !== undefined) values.set(cellId('三', row, column), value);
    }
  }
  const at = (row: string, column: string) => cellId('三', row, column);
  const rows = TABLE3_ROWS.filter((row) => table[row]);
  return [
    ...rows.map((row) =>
      sumTo('T3-ROW-TOTAL', APPLICANT_COLUMNS.map((column) => at(row, column)), [at(row, 'total')]),
    ),
    ...TABLE3_COLUMNS.map((column) =>
      sumTo('T3-HANDLED-SUM', resultRows(table).map((row) => at(row, column)), [at('handledTotal', column)]),
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

function table4Equations(report: ReadReport, values: Map<string, number>): Equation[] {
  const at = (group: string, column: string) => cellId('四', group, column);
  return TABLE4_GROUPS.flatMap((group) => {
    const cells = report.table4?.[group];
    if (!cells) return [];
    for (const [column, value] of Object.entries(cells)) if (value !== null) values.set(at(group, column), value);
    return [sumTo('T4-GROUP-TOTAL', TABLE4_PARTS.map((column) => at(group, column)), [at(group, 'total')])];
  });
}

/** Σ sign × value: zero when the equation holds. */
export function residual(equation: Equation, values: CellValues): number {
  return equation.terms.reduce((sum, { cell, sign }) => sum + sign * (values.get(cell) ?? 0), 0);
}
