import type { ReadReport } from '../../shared/model/report.js';
import type { Suggestion } from '../../shared/model/suggestion.js';
import { type CheckContext, checkReport } from '../check-report.js';
import { tableProblem } from '../rules/table-problems.js';
import { type SumTable, equationsOf } from './equations.js';
import { type Fix, smallestFixes } from './solve.js';

/** A clerk reads the best few; a long list of equal fixes says only that the numbers cannot tell. */
const MAX_PER_TABLE = 3;

/**
 * The likeliest corrections of Table 三 and 四, best first. Ranked: fewest changes; then the one that leaves the
 * fewest disagreements with the prose and with last year's report (N-*, X-* findings once applied); then the one
 * that changes totals rather than the parts they sum. The report itself is never changed.
 */
export function suggestCorrections(report: ReadReport, context: CheckContext = {}): Suggestion[] {
  return (['三', '四'] as const).flatMap((table) => {
    if (tableProblem(report, table)) return [];
    const { equations, values } = equationsOf(report, table);
    const fixes = smallestFixes(equations, values);
    // Ranking runs the rules on each candidate: only worth it when there is more than one.
    const rank = (fix: Fix): Rank => (fixes.length > 1 ? rankOf(fix, report, context) : []);
    const ranked = fixes.map((fix) => ({ fix, rank: rank(fix) })).sort((a, b) => compare(a.rank, b.rank));
    const best = ranked[0];
    const unique = best !== undefined && (ranked[1] === undefined || compare(best.rank, ranked[1].rank) < 0);
    return ranked.slice(0, MAX_PER_TABLE).map(({ fix }, i) => toSuggestion(table, fix, unique && i === 0));
  });
}

type Rank = readonly number[];

function rankOf(fix: Fix, report: ReadReport, context: CheckContext): Rank {
  const corrected = checkReport(applied(report, fix), context).findings;
  const disagreements = corrected.filter((f) => f.rule.startsWith('N-') || f.rule.startsWith('X-')).length;
  const totals = fix.changes.filter(({ cell }) => isTotal(cell)).length;
  return [fix.changes.length, disagreements, -totals];
}

const compare = (a: Rank, b: Rank): number => {
  const at = a.findIndex((value, i) => value !== b[i]);
  return at < 0 ? 0 : (a[at] ?? 0) - (b[at] ?? 0);
};

/** 总计 cells: the total column, （七）总计, and Table 四's 总计. */
const isTotal = (cell: string): boolean => {
  const [, row, column] = cell.split('/');
  return column === 'total' || row === 'handledTotal';
};

/** A copy of the report with the fix's numbers in place: the rows it changes are copied, the rest shared. */
function applied(report: ReadReport, fix: Fix): ReadReport {
  let { table3, table4 } = report;
  for (const { cell, proposed } of fix.changes) {
    const [table, row = '', column = ''] = cell.split('/');
    if (table === '三') table3 = withCell(table3, row, column, proposed);
    else table4 = withCell(table4, row, column, proposed);
  }
  return { ...report, table3, table4 };
}

/** The table with one cell changed; a row it does not have stays absent. */
function withCell<T extends object>(table: T | undefined, row: string, column: string, value: number): T | undefined {
  const cells: unknown = table && Object.getOwnPropertyDescriptor(table, row)?.value;
  return table && cells && typeof cells === 'object' ? { ...table, [row]: { ...cells, [column]: value } } : table;
}

function toSuggestion(table: SumTable, fix: Fix, unique: boolean): Suggestion {
  const changes = fix.changes.map(({ cell, actual, proposed }) => {
    const [, row = '', column = ''] = cell.split('/');
    return { row, column, actual, proposed };
  });
  return { table, changes, explains: [...new Set(fix.fixed.map((equation) => equation.rule))], unique };
}
