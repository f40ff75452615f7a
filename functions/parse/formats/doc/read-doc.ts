import type { DocCell, DocRow, DocumentRows } from '../../document.js';
import { headerFits } from './compound.js';
import { isCompoundFile } from './signature.js';
import { CELL, CELL_LINE, NotWordError, ROW, readWordBody, type WordBody } from './word.js';
import { cellLine, collapseWhitespace, joinLines } from '../html/text.js';
import { DEFAULT_BUDGETS, type ReadBudgets } from '../budgets.js';
import { UnreadableFileError, checkCharacters } from '../unreadable.js';

const SAVE_AS = '请在 Word 或 WPS 中另存为 .docx 后重新上传。';
export const NOT_DOC = `文件不是有效的 Word 97–2003（.doc）文档，可能已损坏或未保存完整。${SAVE_AS}`;
export const RTF_DOC = `文件实际是 RTF 格式，无法读取。${SAVE_AS}`;
export const NOT_WPS =
  '无法读取这个 .wps 文件：它不是 WPS 文字或 Word 格式的文档（可能由 Microsoft Works 等其他软件保存）。请另存为 .docx 或 PDF 后重新上传。';

/** A Word 97–2003 .doc: paragraphs as one-cell rows, each table row as a row of its cells. */
export const readDoc = (bytes: Uint8Array, budgets = DEFAULT_BUDGETS): Promise<DocumentRows> =>
  readWordFile(bytes, NOT_DOC, budgets);

/** A .wps of WPS Office, which saves the Word 97–2003 container; any other .wps is refused with `NOT_WPS`. */
export const readWps = (bytes: Uint8Array, budgets = DEFAULT_BUDGETS): Promise<DocumentRows> =>
  readWordFile(bytes, NOT_WPS, budgets);

async function readWordFile(bytes: Uint8Array, notWord: string, budgets: ReadBudgets): Promise<DocumentRows> {
  if (new TextDecoder('latin1').decode(bytes.subarray(0, 5)) === '{\\rtf') throw new UnreadableFileError(RTF_DOC);
  if (!isCompoundFile(bytes)) throw new UnreadableFileError(notWord);
  if (!headerFits(bytes)) throw new UnreadableFileError(NOT_DOC);
  let body: WordBody;
  try {
    body = await readWordBody(bytes);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(error instanceof NotWordError ? notWord : NOT_DOC, { cause: error });
  }
  checkCharacters(body.text.length, budgets.characters);
  return { rows: bodyRows(body) };
}

/** The marked body → rows, as the HTML reader lays out a page: a table's cells at { table, row, cell }. */
function bodyRows({ text, merges: found }: WordBody): DocRow[] {
  // A row mark lost to a field or a deletion would shift every later row's merges: then none are trusted.
  const merges = text.split(ROW).length - 1 === found.length ? found : [];
  const rows: DocRow[] = [];
  let line = '';
  let lines = 0;
  let cellLines: string[] = [];
  let cells: string[] = [];
  let table = -1;
  let tableRow = 0;
  let inTable = false;
  let rowIndex = 0;
  for (const ch of text) {
    if (ch === CELL_LINE) {
      cellLines.push(line);
      line = '';
    } else if (ch === CELL) {
      cells.push(joinLines([...cellLines, line].map(cellLine)));
      [cellLines, line] = [[], ''];
    } else if (ch === ROW) {
      if (!inTable) [table, tableRow, inTable] = [table + 1, 0, true];
      const merged = merges[rowIndex] ?? [];
      rowIndex += 1;
      if (cells.length > 0) rows.push({ cells: cells.map((cell, c) => docCell(cell, { table, row: tableRow, cell: c }, merged[c])), table });
      [cells, tableRow] = [[], tableRow + 1];
    } else if (ch === '\n') {
      const paragraph = collapseWhitespace(line);
      line = '';
      inTable = false;
      if (paragraph) rows.push({ cells: [{ text: paragraph, at: { line: (lines += 1) } }] });
    } else {
      line += ch;
    }
  }
  const last = collapseWhitespace(line);
  if (last) rows.push({ cells: [{ text: last, at: { line: lines + 1 } }] });
  return rows;
}

/** A cell a merge covers is layout filler (its text stands in the cell the merge starts at) unless it has text. */
function docCell(text: string, at: DocCell['at'], merged: boolean | undefined): DocCell {
  return merged && text === '' ? { text, at, merged: true } : { text, at };
}
