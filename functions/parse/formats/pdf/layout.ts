import type { DocCell, DocRow } from '../../document.js';
import { cutRests } from './cut-rows.js';
import { type LatticeTable, cellTexts } from './lattice-text.js';
import { lineText, readLines } from './lines.js';
import type { PdfPage } from './load.js';
import { type PdfRegion, splitRegions } from './regions.js';
import { readTable } from './table.js';

/** A ruled table read from its lines, placed among the page's other regions by its top edge. */
interface RuledRegion {
  kind: 'ruled';
  page: number;
  top: number;
  /** The grid's column boundaries, to tell a table continued on the next page. */
  columns: readonly number[];
  table: LatticeTable;
}

/**
 * The document's rows: a one-cell row per line outside tables, a row of cells per table row. A ruled table's cells
 * come from its drawn lines (Word, WPS and bordered web pages draw every cell); the rest of the page is placed by
 * position, tables without rulings included.
 */
export function layoutRows(pages: readonly PdfPage[]): DocRow[] {
  const ruled: RuledRegion[] = [];
  const rest = pages.map((page) => {
    const used = new Set<unknown>();
    for (const grid of page.grids) {
      const table = cellTexts(grid, page.items);
      if (table.rows.length < 2) continue;
      table.used.forEach((item) => used.add(item));
      ruled.push({ kind: 'ruled', page: page.number, top: grid.ys[0] ?? 0, columns: grid.xs, table });
    }
    return { ...page, items: page.items.filter((item) => !used.has(item)) };
  });
  const lines = readLines(rest);
  const regions = [...(lines.length > 0 ? splitRegions(lines) : []), ...ruled].sort(
    (a, b) => pageOf(a) - pageOf(b) || topOf(b) - topOf(a),
  );
  let table = 0;
  let open: { region: RuledRegion; rows: DocRow[] } | null = null;
  return regions.flatMap((region): DocRow[] => {
    if (region.kind === 'line') {
      open = null;
      const { page, line } = region.line;
      return [{ cells: [{ text: lineText(region.line), at: { page, line } }] }];
    }
    if (region.kind === 'ruled' && open && continues(open.region, region)) {
      const next = withoutRepeatedHeader(ruledRows(region, table - 1), open.rows);
      const rows = renumbered(joinSplitRow(open.rows, next), open.rows.length);
      open = { region, rows: [...open.rows, ...rows] };
      return rows;
    }
    const index = table++;
    if (region.kind === 'ruled') {
      open = { region, rows: ruledRows(region, index) };
      return open.rows;
    }
    open = null;
    return readTable(region.lines).map(({ page, cells }, row) => ({
      table: index,
      cells: cells.map((text, cell) => ({ text, at: { page, table: index, row, cell } })),
    }));
  });
}

const pageOf = (region: PdfRegion | RuledRegion): number =>
  region.kind === 'ruled' ? region.page : region.kind === 'line' ? region.line.page : (region.lines[0]?.page ?? 0);
const topOf = (region: PdfRegion | RuledRegion): number =>
  region.kind === 'ruled' ? region.top : region.kind === 'line' ? region.line.y : (region.lines[0]?.y ?? 0);

/**
 * A ruled table's rows as the HTML reader gives a table's: each cell's text at the column it starts in, a `merged`
 * filler at every position its row or column span covers, so each row's cells line up with the columns.
 */
function ruledRows(region: RuledRegion, table: number): DocRow[] {
  const covered: DocCell[][] = [];
  return region.table.rows.map((cells, row) => {
    const slots: DocCell[] = (covered[row] ??= []);
    for (const cell of cells) {
      for (let r = 0; r < cell.rowSpan; r++) {
        for (let c = 0; c < cell.colSpan; c++) {
          const at = { page: region.page, table, row: row + r, cell: cell.col + c };
          const slot: DocCell = r === 0 && c === 0 ? { text: cell.text, at } : { text: '', at, merged: true };
          (covered[row + r] ??= [])[cell.col + c] = slot;
        }
      }
    }
    const width = Math.max(slots.length, ...cells.map((cell) => cell.col + cell.colSpan));
    const empty = (cell: number): DocCell => ({ text: '', at: { page: region.page, table, row, cell } });
    return { table, cells: Array.from({ length: width }, (_, c) => slots[c] ?? empty(c)) };
  });
}

/**
 * A ruled table at the top of the next page goes on with the one before (a page break) when its column lines are
 * those of the one before, or those plus lines of merged cells that only one page shows (the label column splits
 * under 三、本年度办理结果 on the second page).
 */
function continues(before: RuledRegion, next: RuledRegion): boolean {
  if (next.page !== before.page + 1) return false;
  const [fewer, more] = [before.columns, next.columns].sort((a, b) => a.length - b.length);
  const same = (x: number, y: number) => Math.abs(x - y) <= 2;
  return (fewer?.length ?? 0) >= 3 && (fewer ?? []).every((x) => more?.some((y) => same(x, y)));
}

/**
 * The continuation's first rows when they repeat the table's first rows (a header printed again on the new page). The
 * words are compared, not the columns: the new page may split the label column where the first did not.
 */
function withoutRepeatedHeader(rows: DocRow[], table: readonly DocRow[]): DocRow[] {
  const key = (row: DocRow | undefined) =>
    row?.cells
      .map((cell) => cell.text)
      .filter((text) => text !== '')
      .join('|') ?? '';
  let repeated = 0;
  while (repeated < rows.length && key(rows[repeated]) === key(table[repeated]) && !/\d/.test(key(rows[repeated]))) {
    repeated++;
  }
  return rows.slice(repeated);
}

/**
 * A row the page break cut (Chromium breaks a tall row between pages): the new page starts with a row holding only
 * the rests of its label cells, no number. They finish the labels of the table's last row, whose numbers stand on
 * the page before, and the fragment is no row of its own. Rows already handed on are the same objects, so the labels
 * are finished in place.
 */
function joinSplitRow(table: readonly DocRow[], next: DocRow[]): DocRow[] {
  const texts = (row: DocRow): string[] => row.cells.map((cell) => cell.text);
  const last = table.at(-1);
  // Header rows printed again (no number) may stand before it.
  const at = next.findIndex((row) => !last || cutRests(texts(row), texts(last)) || texts(row).some((text) => /\d/.test(text)));
  const row = next[at];
  const rests = row && last ? cutRests(texts(row), texts(last)) : null;
  if (!rests || !last) return next;
  for (const { at: cell, text } of rests) {
    const label = last.cells[cell];
    if (label) label.text += text;
  }
  return next.filter((_, index) => index !== at);
}

function renumbered(rows: readonly DocRow[], first: number): DocRow[] {
  return rows.map((row, index) => ({
    ...row,
    cells: row.cells.map((cell) => ({ ...cell, at: { ...cell.at, row: first + index } })),
  }));
}
