import { finding } from '../../shared/model/finding.js';
import { type Table3, sumOrNull } from '../../shared/model/report.js';
import {
  APPLICANT_COLUMNS,
  OTHER_HANDLING_SPLIT,
  RESULT_ROWS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
  TABLE3_ROW_LABELS,
  TABLE3_ROWS,
  type Table3Column,
  type Table3Row,
} from '../../shared/model/template.js';
import { NOTHING, type Rule, type RuleOutcome, combine, found, skip } from './rule.js';
import { table3Cell } from './where.js';

/** A column's cells over some rows; undefined for a row the report does not have. */
const cells = (table: Table3, rows: readonly Table3Row[], column: Table3Column) =>
  rows.map((row) => table[row]?.[column]);

/** T3-ROW-TOTAL: in each row, 总计 equals the sum of the six applicant columns. */
export const t3RowTotal: Rule = {
  id: 'T3-ROW-TOTAL',
  tables: ['三'],
  check: ({ report }) => {
    const table = report.table3 ?? {};
    return combine(
      TABLE3_ROWS.map((row): RuleOutcome => {
        const cellsOfRow = table[row];
        if (!cellsOfRow) return NOTHING; // rows of the other （六） shape are absent by design
        const parts = sumOrNull(APPLICANT_COLUMNS.map((column) => cellsOfRow[column]));
        const total = cellsOfRow.total;
        if (parts === null || total === null) return skip('T3-ROW-TOTAL', `row ${row}: a cell is blank`);
        if (parts === total) return NOTHING;
        const label = TABLE3_ROW_LABELS[row];
        return found(
          finding('T3-ROW-TOTAL', {
            ...table3Cell(row, 'total'),
            expected: parts,
            actual: total,
            message: `${label} 行：六类申请人合计 ${parts}，总计列填 ${total}，请核对后更正。`,
          }),
        );
      }),
    );
  },
};

/** The result rows （七）总计 sums, in the shape of （六） this report has. */
export function resultRows(table: Table3): readonly Table3Row[] {
  return OTHER_HANDLING_SPLIT.some((row) => table[row]) ? RESULT_ROWS.split : RESULT_ROWS.single;
}

/** T3-HANDLED-SUM: in each column, （七）总计 equals the sum of the result rows （一）…（六）. */
export const t3HandledSum: Rule = {
  id: 'T3-HANDLED-SUM',
  tables: ['三'],
  check: ({ report }) => {
    const table = report.table3 ?? {};
    const rows = resultRows(table);
    return combine(
      TABLE3_COLUMNS.map((column): RuleOutcome => {
        const sum = sumOrNull(cells(table, rows, column));
        const total = table.handledTotal?.[column];
        if (sum === null || total === null || total === undefined) {
          return skip('T3-HANDLED-SUM', `column ${column}: a result cell is blank or its row absent`);
        }
        if (sum === total) return NOTHING;
        const label = TABLE3_COLUMN_LABELS[column];
        return found(
          finding('T3-HANDLED-SUM', {
            ...table3Cell('handledTotal', column),
            expected: sum,
            actual: total,
            message: `${label} 列：（一）至（六）各项办理结果合计 ${sum}，（七）总计填 ${total}，请核对后更正。`,
          }),
        );
      }),
    );
  },
};

/** T3-BALANCE: in each column, 本年新收 + 上年结转 = （七）总计 + 结转下年度 (the template's own 勾稽关系). */
export const t3Balance: Rule = {
  id: 'T3-BALANCE',
  tables: ['三'],
  check: ({ report }) => {
    const table = report.table3 ?? {};
    return combine(
      TABLE3_COLUMNS.map((column): RuleOutcome => {
        const [received, carriedIn, handled, carriedOut] = cells(
          table,
          ['received', 'carriedIn', 'handledTotal', 'carriedOut'],
          column,
        );
        const incoming = sumOrNull([received, carriedIn]);
        const outgoing = sumOrNull([handled, carriedOut]);
        if (incoming === null || outgoing === null) {
          return skip('T3-BALANCE', `column ${column}: a cell is blank or its row absent`);
        }
        if (incoming === outgoing) return NOTHING;
        const label = TABLE3_COLUMN_LABELS[column];
        return found(
          finding('T3-BALANCE', {
            table: '三',
            column,
            columnLabel: label,
            expected: incoming,
            actual: outgoing,
            message:
              `${label} 列：一、本年新收 ${received} 加 二、上年结转 ${carriedIn} 共 ${incoming}，` +
              `而（七）总计 ${handled} 加 四、结转下年度 ${carriedOut} 共 ${outgoing}，两者应相等，请核对后更正。`,
          }),
        );
      }),
    );
  },
};
