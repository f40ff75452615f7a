import { DomUtils } from 'htmlparser2';
import { normalizeText } from '../../decode.js';
import type { DocRow, DocumentRows } from '../../document.js';
import { type OpenTable, placeGrid } from './continued.js';
import { fieldTableTitle } from './fields.js';
import { type HtmlBudgets, type HtmlElement, type HtmlNode, isElement, isText, parseHtml } from './dom.js';
import { type CellBudget, gridRows, rowsOf } from './table.js';
import { BLOCK_ELEMENTS, collapseWhitespace, inputText, isSkipped, rawText } from './text.js';
import { withPageTitle } from './title.js';
import { isPageNumber, readText } from '../text/read-text.js';
import { DEFAULT_BUDGETS } from '../budgets.js';

/**
 * An HTML page (a web page, or a Word file saved as a web page) → the reader's rows, in document order:
 * each data table's rows on its grid, each block of text outside tables as a one-cell row. The grid positions
 * (spans included, bounded against `colspan` abuse) are spent from `cells`, which the pages of one file share.
 */
export function htmlToRows(
  html: string,
  budgets: HtmlBudgets = DEFAULT_BUDGETS,
  cells: CellBudget = { left: budgets.html.gridCells },
): DocumentRows {
  const walker = new RowWalker(budgets, cells);
  const document = parseHtml(html, budgets);
  walker.walk(document);
  walker.endLine();
  return { rows: withPageTitle(document, walker.rows) };
}

const HEADING = /^h[1-6]$/;
/**
 * A line outside headings whose words are all link text is site navigation (menus, breadcrumbs, sidebars, a table
 * of contents), not the report: dropped, so the report's title is among its first lines.
 */
const NO_WORDS = /^[\s\p{P}\p{S}]*$/u;

class RowWalker {
  readonly rows: DocRow[] = [];
  private tables = 0;
  private lines = 0;
  private line = '';
  /** The part of the line that is not link text, and how deep the walk is in links and headings. */
  private unlinked = '';
  private links = 0;
  private headings = 0;
  /** The last data table, while only page furniture has followed it: a table after it may be its continuation. */
  private open: OpenTable | undefined;

  constructor(
    private readonly budgets: HtmlBudgets,
    private readonly budget: CellBudget,
  ) {}

  walk(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) this.visit(node);
  }

  /** Emits the text gathered since the last block boundary as a paragraph row, if it is not blank. */
  endLine(): void {
    const text = collapseWhitespace(this.line);
    const navigation = this.headings === 0 && NO_WORDS.test(this.unlinked);
    this.line = '';
    this.unlinked = '';
    if (!text || isPageNumber(text) || navigation) return;
    this.rows.push({ cells: [{ text, at: { line: (this.lines += 1) } }] });
    this.open = undefined;
  }

  private text(data: string): void {
    this.line += data;
    if (this.links === 0) this.unlinked += data;
  }

  private visit(node: HtmlNode): void {
    if (isText(node)) return this.text(node.data);
    if (!isElement(node) || isSkipped(node)) return;
    if (node.name === 'br') return this.endLine();
    if (node.name === 'input') this.text(inputText(node));
    const block = BLOCK_ELEMENTS.has(node.name);
    // A link with a target (not Word's bookmark anchors, <a name>); a heading's text is never navigation.
    const link = node.name === 'a' && node.attribs.href !== undefined;
    const nest = link ? 'links' : HEADING.test(node.name) ? 'headings' : null;
    if (block) this.endLine();
    if (nest) this[nest] += 1;
    if (node.name === 'table') this.table(node);
    else if (node.name === 'pre') this.preformatted(node);
    else this.walk(node.children);
    if (block) this.endLine();
    if (nest) this[nest] -= 1;
  }

  /** A plain-text report pasted into the page keeps its lines and layout: read them as the text reader does. */
  private preformatted(pre: HtmlElement): void {
    const first = this.lines;
    for (const row of readText(normalizeText(rawText(pre.children)), this.budgets).rows) {
      this.lines = first + (row.cells[0]?.at.line ?? 1);
      this.rows.push({ cells: row.cells.map((cell) => ({ ...cell, at: { line: this.lines } })) });
      this.open = undefined;
    }
  }

  private table(table: HtmlElement): void {
    const rows = rowsOf(table);
    const cells = rows.flat();
    // A table holding tables, or of one column only, lays out the page (a frame, a boxed title) rather than
    // holding data (common on government sites): read its cells as page flow.
    const oneColumn = rows.every((row) => row.length <= 1);
    if (oneColumn || DomUtils.findOne((node) => node.name === 'table', cells, true)) {
      for (const cell of cells) {
        this.walk(cell.children);
        this.endLine();
      }
      return;
    }
    for (const caption of table.children.filter((child) => isElement(child) && child.name === 'caption')) {
      this.visit(caption);
    }
    const grid = gridRows(rows, this.tables, this.budget);
    const fieldsTitle = fieldTableTitle(grid);
    if (fieldsTitle !== undefined) {
      // The page's own title field stands for the report title when the article prints none.
      this.line = this.unlinked = fieldsTitle;
      return this.endLine();
    }
    const placed = placeGrid(this.open, grid, this.tables);
    this.rows.push(...placed.rows);
    this.open = placed.open;
    if (placed.started) this.tables += 1;
  }
}
