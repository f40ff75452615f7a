import type { RuleId } from '../functions/shared/model/finding.js';
import { sumOrNull, type Table3Cells } from '../functions/shared/model/report.js';
import {
  APPLICANT_COLUMNS,
  RESULT_ROWS,
  TABLE3_COLUMNS,
  TABLE4_COLUMNS,
  TABLE4_GROUPS,
  type Table3Row,
} from '../functions/shared/model/template.js';
import { type SyntheticTables, table3RowsOf } from './synthetic-numbers.js';
import type { Random } from './synthetic-random.js';

/** The known errors a synthetic report can carry, each breaking one relation the rules check. */
export const INJECTABLE_ERRORS = ['rowTotal', 'handledSum', 'balance', 'groupTotal', 'blankCell', 'narrative'] as const;
export type InjectableError = (typeof INJECTABLE_ERRORS)[number];

/** Tables as printed (with the errors in them) and what the prose states. */
export interface PrintedFacts extends SyntheticTables {
  /** The number of applications received this year as the prose states it. */
  statedReceived: number;
}

/** Applies each error to a copy of consistent tables. */
export function injectErrors(
  random: Random,
  tables: SyntheticTables,
  errors: readonly InjectableError[],
): PrintedFacts {
  const facts: PrintedFacts = { ...structuredClone(tables), statedReceived: tables.table3.received?.total ?? 0 };
  const rows = table3RowsOf(tables.shape);
  const bump = (cells: Record<string, number | null>, column: string): void => {
    cells[column] = (cells[column] ?? 0) + random.int(1, 3);
  };
  for (const error of errors) {
    const table3 = facts.table3;
    if (error === 'rowTotal') bump(table3[random.pick(rows)] as Table3Cells, 'total');
    // One applicant cell raised with its row's 总计: the row adds up, the column relation breaks.
    const bumpWithRowTotal = (cells: Table3Cells): void => {
      const column = random.pick(APPLICANT_COLUMNS);
      const before = cells[column] ?? 0;
      bump(cells, column);
      cells.total = (cells.total ?? 0) + (cells[column] ?? 0) - before;
    };
    if (error === 'handledSum') bumpWithRowTotal(table3[random.pick(RESULT_ROWS[tables.shape])] as Table3Cells);
    if (error === 'balance') bumpWithRowTotal(table3.carriedOut as Table3Cells);
    if (error === 'groupTotal') bump(facts.table4[random.pick(TABLE4_GROUPS)] ?? {}, 'total');
    if (error === 'blankCell') blankOneCell(random, facts, rows);
    if (error === 'narrative') facts.statedReceived += random.int(1, 9);
  }
  return facts;
}

function blankOneCell(random: Random, facts: PrintedFacts, rows: readonly Table3Row[]): void {
  if (random.chance(0.75)) {
    (facts.table3[random.pick(rows)] as Table3Cells)[random.pick(TABLE3_COLUMNS)] = null;
  } else {
    const group = facts.table4[random.pick(TABLE4_GROUPS)];
    if (group) group[random.pick(TABLE4_COLUMNS)] = null;
  }
}

/**
 * The rule ids a careful checker must report for these facts: an independent oracle of the Table 三/四
 * relations (blank cells skip a relation, never fail it), so tests need not trust the rules under test.
 */
export function expectedRules(facts: PrintedFacts): RuleId[] {
  const rules = new Set<RuleId>();
  const { table3, table4 } = facts;
  const rows = table3RowsOf(facts.shape);
  const cell = (row: Table3Row, column: keyof Table3Cells): number | null | undefined => table3[row]?.[column];
  const differs = (a: number | null, b: number | null | undefined): boolean => a !== null && b != null && a !== b;
  for (const row of rows) {
    if (differs(sumOrNull(APPLICANT_COLUMNS.map((column) => cell(row, column))), cell(row, 'total'))) {
      rules.add('T3-ROW-TOTAL');
    }
  }
  for (const column of TABLE3_COLUMNS) {
    const handled = cell('handledTotal', column);
    if (differs(sumOrNull(RESULT_ROWS[facts.shape].map((row) => cell(row, column))), handled)) {
      rules.add('T3-HANDLED-SUM');
    }
    const inflow = sumOrNull([cell('received', column), cell('carriedIn', column)]);
    if (differs(inflow, sumOrNull([handled, cell('carriedOut', column)]))) rules.add('T3-BALANCE');
  }
  for (const group of TABLE4_GROUPS) {
    const cells = table4[group];
    if (cells && differs(sumOrNull([cells.upheld, cells.corrected, cells.other, cells.pending]), cells.total)) {
      rules.add('T4-GROUP-TOTAL');
    }
  }
  const hasBlank = [...Object.values(table3), ...Object.values(table4)].some((cells) =>
    Object.values(cells ?? {}).some((value) => value === null),
  );
  if (hasBlank) rules.add('S-BLANK');
  if (differs(facts.statedReceived, cell('received', 'total'))) rules.add('N-RECEIVED');
  return [...rules].sort();
}
