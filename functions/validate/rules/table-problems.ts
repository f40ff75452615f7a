import type { ReadReport } from '../../shared/report.js';
import type { TableId } from '../../shared/template.js';

const PRESENT: Record<TableId, (report: ReadReport) => boolean> = {
  二: (report) => report.table2 !== undefined,
  三: (report) => report.table3 !== undefined,
  四: (report) => report.table4 !== undefined,
};

/** Why a table cannot be checked (missing, or read with shape errors), or null when it can. */
export function tableProblem(report: ReadReport, table: TableId): string | null {
  const about = report.findings.filter((f) => f.table === table);
  if (!PRESENT[table](report) || about.some((f) => f.rule === 'S-TABLE-MISSING')) return `Table ${table} is missing`;
  if (about.some((f) => f.rule === 'S-SHAPE')) return `Table ${table} has shape errors`;
  return null;
}
