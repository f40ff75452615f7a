import type { DocRow } from '../../document.js';

/** A cell that holds a number rather than a heading: a row with one is never a header or a metadata table. */
export const NUMBER_CELL = /^[+-]?\d[\d,.]*$/;

const sameRow = (a: DocRow, b: DocRow): boolean =>
  a.cells.length === b.cells.length &&
  a.cells.every((cell, i) => cell.text === b.cells[i]?.text && Boolean(cell.merged) === Boolean(b.cells[i]?.merged));

const isHeading = (row: DocRow): boolean =>
  row.cells.some((cell) => cell.text !== '') && !row.cells.some((cell) => NUMBER_CELL.test(cell.text));

/**
 * How many leading rows of `next` repeat the header of `previous` (its leading rows of headings, cell for cell):
 * a table broken at a page break into two `<table>`s (two Word tables) whose second part prints the header again.
 * 0 when `next` is a table of its own.
 */
function repeatedHeaderRows(previous: readonly DocRow[], next: readonly DocRow[]): number {
  let count = 0;
  while (count < next.length - 1) {
    const [above, below] = [previous[count], next[count]];
    if (!above || !below || !isHeading(below) || !sameRow(above, below)) break;
    count += 1;
  }
  return count;
}

/** The rows of a table's continuation, renumbered as rows `firstRow`… of table `table`. */
function continuationRows(rows: readonly DocRow[], table: number, firstRow: number): DocRow[] {
  return rows.map((row, r) => ({
    table,
    cells: row.cells.map((cell) => ({ ...cell, at: { ...cell.at, table, row: firstRow + r } })),
  }));
}

/** The last data table read, while nothing has been read after it: a table after it may be its continuation. */
export interface OpenTable {
  index: number;
  rows: DocRow[];
}

/**
 * Where a table's grid (numbered `index`) goes after the `open` one: when it prints that table's header again, its
 * other rows are that table's next rows (added to `open`); otherwise it starts a table of its own (`started`).
 */
export function placeGrid(
  open: OpenTable | undefined,
  grid: DocRow[],
  index: number,
): { rows: DocRow[]; open: OpenTable; started: boolean } {
  const repeated = open ? repeatedHeaderRows(open.rows, grid) : 0;
  if (!open || repeated === 0) return { rows: grid, open: { index, rows: grid }, started: true };
  const continued = continuationRows(grid.slice(repeated), open.index, open.rows.length);
  open.rows.push(...continued);
  return { rows: continued, open, started: false };
}
