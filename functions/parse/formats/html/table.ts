import type { DocCell, DocRow } from '../../document.js';
import { type HtmlElement, type HtmlNode, TOO_COMPLEX, isElement } from './dom.js';
import { cellText, isSkipped } from './text.js';
import { UnreadableFileError } from '../unreadable.js';

/** The HTML spec's own ceiling for colspan. */
export const MAX_COLSPAN = 1000;

/** Grid cells (text and span placeholders) a document may produce in all; shared by all of its tables. */
export interface CellBudget {
  left: number;
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The rows of one table (not of tables nested in it), each as its `<td>`/`<th>` cells, in document order, in or
 * out of thead/tbody/tfoot. Cells left outside any `<tr>` form a row of their own, as browsers make them.
 */
export function rowsOf(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = [];
  let stray: HtmlElement[] | undefined;
  const take = (nodes: readonly HtmlNode[]): void => {
    for (const child of shown(nodes)) {
      if (isCell(child)) {
        if (!stray) rows.push((stray = []));
        stray.push(child);
        continue;
      }
      stray = undefined;
      if (child.name === 'tr') rows.push(shown(child.children).filter(isCell));
      else if (ROW_GROUPS.has(child.name)) take(child.children);
    }
  };
  take(table.children);
  return rows;
}

/**
 * A table's rows laid out on its grid: each cell's text at the column it starts in, a `merged` '' at every
 * position a colspan or rowspan covers, so every row's cells line up with the header columns.
 */
export function gridRows(rows: readonly HtmlElement[][], table: number, budget: CellBudget): DocRow[] {
  const spanned = rows.map((cells, row) =>
    cells.map((td) => ({
      colspan: span(td.attribs.colspan, MAX_COLSPAN),
      rowspan: span(td.attribs.rowspan, rows.length - row, true),
      text: () => cellText(td.children),
    })),
  );
  return layoutGrid(spanned, table, budget);
}

/** A cell before layout: the columns and rows it spans (each at least 1) and its text, read when it is placed. */
export interface SpannedCell {
  colspan: number;
  rowspan: number;
  text: () => string;
}

/** {@link gridRows} for cells whose spans are already known (a Word table's gridSpan and vMerge). */
export function layoutGrid(rows: readonly SpannedCell[][], table: number, budget: CellBudget): DocRow[] {
  const covered: boolean[][] = rows.map(() => []); // positions taken by a rowspan from a row above
  const spend = (count: number): void => {
    budget.left -= count;
    if (budget.left < 0) throw new UnreadableFileError(TOO_COMPLEX);
  };
  return rows.flatMap((cells, row) => {
    const slots: DocCell[] = [];
    const above = covered[row] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (above[column]) column += 1;
      const { colspan, rowspan } = cell;
      spend(colspan * rowspan);
      for (let c = column; c < column + colspan; c += 1) {
        const at = { table, row, cell: c };
        slots[c] = c === column ? { text: cell.text(), at } : { text: '', at, merged: true };
        for (let r = row + 1; r < row + rowspan; r += 1) (covered[r] ??= [])[c] = true;
      }
      column += colspan;
    }
    const width = Math.max(slots.length, above.length);
    for (let c = 0; c < width; c += 1) slots[c] ??= { text: '', at: { table, row, cell: c }, merged: true };
    return slots.length > 0 ? [{ cells: slots, table }] : [];
  });
}

/** A span attribute as browsers read it: a positive integer up to `max`, else 1; rowspan="0" spans to the end. */
function span(value: string | undefined, max: number, zeroMeansMax = false): number {
  const parsed = Number.parseInt(value ?? '', 10);
  if (parsed === 0 && zeroMeansMax) return max;
  return Number.isNaN(parsed) || parsed < 1 ? 1 : Math.min(parsed, max);
}

function shown(nodes: readonly HtmlNode[]): HtmlElement[] {
  return nodes.filter(isElement).filter((element) => !isSkipped(element));
}

function isCell(element: HtmlElement): boolean {
  return element.name === 'td' || element.name === 'th';
}
