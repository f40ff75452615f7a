import { cellId } from './report.js';

type TableId = Parameters<typeof cellId>[0];
const made = new Map<TableId, Map<string, Map<string, string>>>();

/**
 * cellId (report.ts), each id made once: every report has the same few hundred cells, and a Map or an object finds
 * a key it has hashed before faster than a string just built. The table, row and column are the template's own
 * strings, which are hashed once.
 */
export function sharedCellId(table: TableId, row: string, column: string): string {
  let rows = made.get(table);
  if (!rows) made.set(table, (rows = new Map()));
  let columns = rows.get(row);
  if (!columns) rows.set(row, (columns = new Map()));
  let id = columns.get(column);
  if (id === undefined) columns.set(column, (id = cellId(table, row, column)));
  return id;
}
