import type { DocRow, DocumentRows } from '../../document.js';
import { DEFAULT_BUDGETS } from '../budgets.js';
import { type HtmlBudgets, TOO_COMPLEX } from '../html/dom.js';
import { htmlToRows } from '../html/rows.js';
import type { CellBudget } from '../html/table.js';
import { type CellTally, checkTextBudgets, readText } from './read-text.js';
import { UnreadableFileError } from '../unreadable.js';

const TABLE_TAG = /<(\/?)table(?:\s[^<>]*)?>/gi;
/** A report has three tables, a few more when broken at pages: far more is no report, and each costs a parse. */
const MAX_TABLES = 200;

/**
 * Text with HTML tables in it (markdown converters write merged-cell tables as `<table>`): the text around the
 * tables read as text, line by line, and each table read as the HTML reader reads it, tables numbered in order.
 * The parts share the file's budgets: the lines are counted over the whole text, the cells across its parts.
 */
export function readTextWithHtmlTables(text: string, budgets: HtmlBudgets = DEFAULT_BUDGETS): DocumentRows {
  checkTextBudgets(text, budgets);
  const gridCells: CellBudget = { left: budgets.html.gridCells };
  const textCells: CellTally = { cells: 0 };
  const rows: DocRow[] = [];
  let tables = 0;
  let chunks = 0;
  // Offsets only grow: count the line breaks since the last one asked for, not from the start each time.
  let counted = { offset: 0, line: 1 };
  const lineAt = (offset: number): number => {
    for (let at = text.indexOf('\n', counted.offset); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
      counted = { offset: at + 1, line: counted.line + 1 };
    }
    return counted.line;
  };
  const addText = (from: number, to: number): void => {
    const shift = lineAt(from) - 1;
    for (const row of readText(text.slice(from, to), budgets, textCells).rows) {
      rows.push({ cells: row.cells.map((cell) => ({ ...cell, at: { line: (cell.at.line ?? 1) + shift } })) });
    }
  };
  const addHtml = (from: number, to: number): void => {
    if ((chunks += 1) > MAX_TABLES) throw new UnreadableFileError(TOO_COMPLEX);
    const line = lineAt(from);
    const read = htmlToRows(text.slice(from, to), budgets, gridCells).rows;
    for (const row of read) {
      if (row.table === undefined) rows.push({ cells: row.cells.map((cell) => ({ ...cell, at: { line } })) });
      else rows.push(renumbered(row, row.table + tables));
    }
    tables += new Set(read.flatMap((row) => (row.table === undefined ? [] : [row.table]))).size;
  };
  let done = 0;
  let depth = 0;
  let start = 0;
  for (const match of text.matchAll(TABLE_TAG)) {
    if (match[1] === '') {
      if (depth++ === 0) start = match.index;
    } else if (depth > 0 && --depth === 0) {
      addText(done, start);
      addHtml(start, (done = match.index + match[0].length));
    }
  }
  if (depth > 0) {
    addText(done, start); // a table left open runs to the end, as a browser reads it
    addHtml(start, text.length);
  } else addText(done, text.length);
  return { rows };
}

function renumbered(row: DocRow, table: number): DocRow {
  return { table, cells: row.cells.map((cell) => ({ ...cell, at: { ...cell.at, table } })) };
}
