import type { DocRow } from '../../document.js';
import type { Block, BlockSink, Line, TableBlock, WordCell } from './blocks.js';
import { type OpenTable, placeGrid } from '../html/continued.js';
import { fieldTableTitle } from '../html/fields.js';
import { layoutGrid } from '../html/table.js';
import { cellLine, collapseWhitespace, joinLines } from '../html/text.js';
import { isPageNumber } from '../text/read-text.js';

/** A line whose words are all link text (a table of contents' entries, linked to their headings) is not read. */
const NO_WORDS = /^[\s\p{P}\p{S}]*$/u;

/**
 * Turns a document's blocks into the reader's rows as they come, as the HTML reader (html/rows.ts) reads a page:
 * a paragraph line as a one-cell row; a data table on its grid; a one-column or nesting table as page flow; a
 * table continuing the one above it across a page break (its header printed again) as more rows of that table.
 */
export class RowPlacer implements BlockSink {
  readonly rows: DocRow[] = [];
  private tables = 0;
  private lines = 0;
  /** The last data table, while nothing has been read after it: a table after it may be its continuation. */
  private open: OpenTable | undefined;

  add(block: Block): void {
    if (block.kind === 'line') this.line(block);
    else this.table(block);
  }

  private line({ text: raw, unlinked, heading }: Line): void {
    const text = collapseWhitespace(raw);
    if (!text || isPageNumber(text) || (!heading && NO_WORDS.test(unlinked))) return;
    this.rows.push({ cells: [{ text, at: { line: (this.lines += 1) } }] });
    this.open = undefined;
  }

  private table(table: TableBlock): void {
    const rows = withRowSpans(table.rows);
    const cells = rows.flat();
    // A table holding tables, or of one column only, lays out the page (a frame, a boxed title) rather than
    // holding data: its cells are read as page flow.
    const oneColumn = rows.every((row) => row.length <= 1);
    if (oneColumn || cells.some(({ cell }) => cell.blocks.some((block) => block.kind === 'table'))) {
      for (const { cell } of cells) cell.blocks.forEach((block) => this.add(block));
      return;
    }
    // The budget was spent cell by cell as the XML streamed (budget.ts).
    const spanned = rows.map((row) => row.map(({ cell, rowspan }) => ({ ...cell, rowspan, text: () => cellText(cell) })));
    const grid = layoutGrid(spanned, this.tables, { left: Number.POSITIVE_INFINITY });
    const fieldsTitle = fieldTableTitle(grid);
    if (fieldsTitle !== undefined) {
      // A table of labelled fields (标题：…) stands for its title field's value only.
      return this.line({ kind: 'line', text: fieldsTitle, unlinked: fieldsTitle, heading: false });
    }
    const placed = placeGrid(this.open, grid, this.tables);
    this.rows.push(...placed.rows);
    this.open = placed.open;
    if (placed.started) this.tables += 1;
  }
}

/** A cell's text on one line, its paragraphs' lines joined as the HTML reader joins a cell's (html/text.ts). */
const cellText = (cell: WordCell): string =>
  joinLines(cell.blocks.map((block) => (block.kind === 'line' ? cellLine(block.text) : '')));

/**
 * The cells that start in each row, with the rows they span: a cell a vMerge continues (the column it starts at
 * already started above) is dropped and the cell above spans one row more.
 */
function withRowSpans(rows: readonly WordCell[][]): { cell: WordCell; rowspan: number }[][] {
  const startedAt = new Map<number, { cell: WordCell; rowspan: number }>();
  return rows.map((cells) => {
    const starting = [];
    let column = 0;
    for (const cell of cells) {
      const above = startedAt.get(column);
      if (cell.continued && above) above.rowspan += 1;
      else {
        const started = { cell, rowspan: 1 };
        startedAt.set(column, started);
        starting.push(started);
      }
      column += cell.colspan;
    }
    return starting;
  });
}
