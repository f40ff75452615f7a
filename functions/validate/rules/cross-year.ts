import { finding } from '../../shared/model/finding.js';
import { sumOrNull } from '../../shared/model/report.js';
import {
  TABLE2_COLUMN_LABELS,
  TABLE2_ROW_LABELS,
  TABLE3_COLUMN_LABELS,
  TABLE3_COLUMNS,
} from '../../shared/model/template.js';
import { NOTHING, type Rule, type RuleOutcome, combine, found, skip } from './rule.js';
import { table3Cell } from './where.js';

/** X-CARRY: in each column, this year's 二 上年结转 equals last year's 四 结转下年度. */
export const xCarry: Rule = {
  id: 'X-CARRY',
  tables: ['三'],
  crossYear: true,
  check: ({ report, previous }) =>
    combine(
      TABLE3_COLUMNS.map((column): RuleOutcome => {
        const carriedIn = report.table3?.carriedIn?.[column];
        const carriedOut = previous?.table3?.carriedOut?.[column];
        if (carriedIn === null || carriedIn === undefined || carriedOut === null || carriedOut === undefined) {
          return skip('X-CARRY', `column ${column}: a cell is blank or its row absent in one of the years`);
        }
        if (carriedIn === carriedOut) return NOTHING;
        const label = TABLE3_COLUMN_LABELS[column];
        return found(
          finding('X-CARRY', {
            ...table3Cell('carriedIn', column),
            expected: carriedOut,
            actual: carriedIn,
            message:
              `${label} 列：上年报告“四、结转下年度继续办理”为 ${carriedOut}，` +
              `本年“二、上年结转政府信息公开申请数量”填 ${carriedIn}，两者应相等，请核对后更正。`,
          }),
        );
      }),
    ),
};

const STOCK_ROWS = ['regulations', 'normativeDocuments'] as const;

/** X-STOCK (2021 template): 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数. */
export const xStock: Rule = {
  id: 'X-STOCK',
  tables: ['二'],
  crossYear: true,
  appliesTo: (report) => report.template === '2021',
  check: ({ report, previous }) => {
    if (previous?.template !== '2021') return skip('X-STOCK', 'the previous report is not on the 2021 template');
    return combine(
      STOCK_ROWS.map((row): RuleOutcome => {
        const cells = report.table2?.rows[row];
        const before = previous.table2?.rows[row]?.inForce;
        const grown = sumOrNull([before, cells?.issued]);
        const repealed = cells?.repealed ?? null;
        const actual = cells?.inForce ?? null;
        if (grown === null || repealed === null || actual === null) {
          return skip('X-STOCK', `row ${row}: a cell is blank or its row absent in one of the years`);
        }
        const expected = grown - repealed;
        if (expected === actual) return NOTHING;
        const label = TABLE2_ROW_LABELS[row];
        return found(
          finding('X-STOCK', {
            table: '二',
            row,
            rowLabel: label,
            column: 'inForce',
            columnLabel: TABLE2_COLUMN_LABELS.inForce,
            expected,
            actual,
            message:
              `${label}：上年现行有效件数 ${before} 加本年制发 ${cells?.issued} 减本年废止 ${cells?.repealed} ` +
              `应为 ${expected}，本年现行有效件数填 ${actual}，请核对后更正。`,
          }),
        );
      }),
    );
  },
};
