import type { DocCell, DocRow, DocumentRows } from '../../document.js';
import { DEFAULT_BUDGETS, type ReadBudgets } from '../budgets.js';
import { splitSpacedRows } from './cells.js';
import { checkCharacters, inWan, overBudget } from '../unreadable.js';

/** What the text reader counts: each line costs a row and each cell an object, so a text of millions is refused. */
export type TextBudgets = Pick<ReadBudgets, 'characters' | 'text'>;
/** The cells read so far from one file, which a text read in parts counts across them (html-tables.ts). */
export interface CellTally {
  cells: number;
}

/**
 * Decoded text → rows of cells, one row per line, in whatever layout the text came in:
 * pipe and markdown rows (`| a | 0 |`), tab rows (`a\t0\t0`, leading empty cells kept), `pdftotext -layout`
 * columns (runs of 2+ spaces), a label followed by space-separated numbers, or one cell per line (a line
 * indented by one tab is one cell; a line holding only a tab is one empty cell, a merged-cell placeholder).
 * Blank lines and page furniture (page numbers) are dropped: they are not cells. Throws UnreadableFileError for a
 * text over the character, line or cell budget; the cells are counted on from `read`.
 */
export function readText(
  text: string,
  budgets: TextBudgets = DEFAULT_BUDGETS,
  read: CellTally = { cells: 0 },
): DocumentRows {
  const maxCells = budgets.text.cells;
  checkTextBudgets(text, budgets);
  const lines = text.split('\n');
  const rows: DocRow[] = [];
  lines.forEach((raw, index) => {
    const at = { line: index + 1 };
    for (const texts of lineRows(raw)) {
      if ((read.cells += texts.length) > maxCells) throw overBudget(`文件中的表格单元格超过 ${inWan(maxCells)}个`);
      rows.push({ cells: texts.map((t): DocCell => ({ text: t, at })) });
    }
  });
  return { rows };
}

/**
 * The character and line budgets of a whole text, checked before any of it is split: splitting millions of empty
 * lines would cost hundreds of MB first.
 */
export function checkTextBudgets(text: string, budgets: TextBudgets): void {
  checkCharacters(text.length, budgets.characters);
  const most = budgets.text.lines;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if ((lines += 1) > most) throw overBudget(`文件超过 ${inWan(most)}行`);
  }
}

/** No table row is this long: such a line is prose (and splitting it would only cost time). */
const MAX_ROW_LENGTH = 4000;
const MARKDOWN_RULE = /^\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/;
/** A markdown heading (`## 一、总体情况`) or a bold line (`**一、总体情况**`): one cell, without the markup. */
const MARKDOWN_HEADING = /^(?:#{1,6}\s+(.+?)\s*#*|\*\*(.+)\*\*)$/;
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})$/;

/** Page furniture a converted page keeps as a line of its own: `- 3 -`, `第 3 页，共 9 页`, `3/9`. */
export const isPageNumber = (content: string): boolean => PAGE_NUMBER.test(content);

/** The rows of one line, each its cells: none, one, or the several a crawler ran together (text/cells.ts). */
function lineRows(page: string): string[][] {
  const raw = page.includes('\f') ? page.replace(/\f/g, '') : page;
  const content = raw.trim();
  if (isLonePageNumber(page, content)) return [];
  if (raw.length > MAX_ROW_LENGTH) return [[content]];
  const end = raw.trimEnd();
  const line = end.length === raw.length ? raw : end + raw.slice(end.length).replace(/[^\t]/g, '');
  if (content === '') return line.includes('\t') ? [['']] : [];
  if (PAGE_NUMBER.test(content)) return [];
  const heading = MARKDOWN_HEADING.exec(content);
  if (heading) return [[(heading[1] ?? heading[2] ?? '').trim()]];
  if (isPipeRow(content)) return MARKDOWN_RULE.test(content) ? [] : [pipeCells(content)];
  const tabs = line.replace(/^\s+/, '');
  if (tabs.includes('\t')) return [tabs.split('\t').map((cell) => cell.trim())];
  return splitSpacedRows(content);
}

/** A bare number far to the right, or at a page break, is a page number in `pdftotext -layout` text, not a value. */
function isLonePageNumber(raw: string, content: string): boolean {
  return /^\d{1,3}$/.test(content) && (/^ {20,}/.test(raw) || raw.includes('\f'));
}

/** Two pipes, or one at either end; counted without splitting, as every line is asked. */
function isPipeRow(content: string): boolean {
  const first = content.indexOf('|');
  if (first < 0) return false;
  return content.includes('|', first + 1) || first === 0 || content.endsWith('|');
}

/** `| a | 0 || 1 |` → ['a', '0', '', '1']: one leading and one trailing pipe are borders, `||` is an empty cell. */
function pipeCells(content: string): string[] {
  let inner = content;
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|')) inner = inner.slice(0, -1);
  return inner.split('|').map((cell) => cell.trim());
}
