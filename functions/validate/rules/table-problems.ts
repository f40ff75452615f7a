import { type Finding, rowsOf, shapeCause } from '../../shared/model/finding.js';
import type { ReadReport } from '../../shared/model/report.js';
import type { TableId } from '../../shared/model/template.js';

const PRESENT: Record<TableId, (report: ReadReport) => boolean> = {
  二: (report) => report.table2 !== undefined,
  三: (report) => report.table3 !== undefined,
  四: (report) => report.table4 !== undefined,
};

/** Why a table cannot be checked (missing, or read with shape errors), or null when it can. */
export function tableProblem(report: ReadReport, table: TableId): string | null {
  const about = report.findings.filter((f) => f.table === table);
  if (!PRESENT[table](report) || about.some((f) => f.rule === 'S-TABLE-MISSING')) return `Table ${table} is missing`;
  const shapes = about.filter((f) => f.rule === 'S-SHAPE');
  if (shapes.length > 0) return `Table ${table} has shape errors (${shapes.map(shapeReason).join('; ')})`;
  return null;
}

/** An S-SHAPE finding in an operator's words, so `skipped` says what blocks the rule: `19 rows read with 12 numbers for 7 cells`. */
function shapeReason(f: Finding): string {
  const count = rowsOf(f).length;
  const rows = plural(count, 'row');
  switch (shapeCause(f)) {
    case 'count':
      return `${count === 0 ? 'the table' : rows} read with ${plural(f.actual ?? 0, 'number')} for ${plural(f.expected ?? 0, 'cell')}`;
    case 'none':
      return `${rows} with no numbers`;
    case 'missing':
      return `${rows} missing`;
    case 'unplaced':
      return `rows of ${plural(f.actual ?? 0, 'number')} that fit no template row`;
    default:
      return `${f.row === undefined ? 'a row' : `row ${f.row}`} does not fit the template`;
  }
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
