import type { DocCell, DocumentRows } from '../../document.js';
import type { Provenance } from '../../../shared/model/finding.js';
import type { OcrReading } from '../../../shared/model/report.js';
import { layoutRows } from '../pdf/layout.js';
import { NUMBER } from './cell-text.js';
import type { CellReading, OcrPage, WordReading } from './ocr-page.js';

/**
 * OCR's pages laid out by the PDF reader's own layout (one reader, two sources of positioned text), each number
 * cell carrying how sure OCR was of it and its other reading.
 */
export function scanRows(pages: readonly OcrPage[]): DocumentRows {
  const rows = layoutRows(pages.map(({ page }) => page));
  const cells = rows.flatMap((row) => (row.table === undefined ? [] : row.cells));
  for (const { page, cells: readings, words } of pages) {
    const onPage = cells.filter((cell) => cell.at.page === page.number);
    attachReadings(onPage, readings);
    attachWords(onPage.filter((cell) => !cell.ocr), words);
  }
  return { rows };
}

/** Words whose y differ by less than this (points) stand in one row: table rows are 12 pt and more apart. */
const SAME_ROW = 4;

/**
 * A table without rulings keeps no link from its cells to the words they were read from: the readings of a page's
 * numbers are matched to its table cells in reading order (rows top to bottom, left to right), by their text.
 */
function attachWords(cells: readonly DocCell[], words: readonly WordReading[]): void {
  const byY = [...words].sort((a, b) => b.y - a.y);
  const rows: WordReading[][] = [];
  for (const word of byY) {
    const row = rows.at(-1);
    if (row && (row[0]?.y ?? 0) - word.y < SAME_ROW) row.push(word);
    else rows.push([word]);
  }
  const ordered = rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
  let next = 0;
  for (const cell of cells) {
    if (!NUMBER.test(cell.text)) continue;
    const at = ordered.findIndex((word, index) => index >= next && word.text === cell.text);
    if (at < 0) continue;
    next = at + 1;
    cell.ocr = ocrReading(ordered[at] as WordReading);
  }
}

/**
 * The layout keeps a ruled cell's text but not which cell of the grid it came from: the readings of one page are
 * matched to its table cells column by column, top to bottom, by their text (rows the layout drops, a header
 * printed again, hold no number, and numbers are what the readings are for).
 */
function attachReadings(cells: readonly DocCell[], readings: readonly CellReading[]): void {
  const byColumn = new Map<number, CellReading[]>();
  for (const reading of [...readings].sort((a, b) => a.grid - b.grid || a.cell.row - b.cell.row)) {
    if (!NUMBER.test(reading.text)) continue;
    byColumn.set(reading.cell.col, [...(byColumn.get(reading.cell.col) ?? []), reading]);
  }
  const ordered = [...cells].sort((a, b) => (a.at.table ?? 0) - (b.at.table ?? 0) || (a.at.row ?? 0) - (b.at.row ?? 0));
  const next = new Map<number, number>();
  for (const cell of ordered) {
    const column = byColumn.get(cell.at.cell ?? -1);
    if (!column || !NUMBER.test(cell.text)) continue;
    let at = next.get(cell.at.cell ?? -1) ?? 0;
    while (at < column.length && column[at]?.text !== cell.text) at++;
    const reading = column[at];
    if (!reading) continue;
    next.set(cell.at.cell ?? -1, at + 1);
    cell.ocr = ocrReading(reading);
  }
}

function ocrReading({ confidence, alternative }: { confidence: number; alternative?: string }): OcrReading {
  const other = alternative !== undefined && NUMBER.test(alternative) ? Number(alternative) : undefined;
  return { confidence, ...(other !== undefined && { alternative: other }) };
}

/** The OCR readings of a report's numbers by cell id (`三/received/total`), from the cells the mapper read them in. */
export function readingsByCell(
  cellIds: Readonly<Record<string, Provenance>>,
  { rows }: DocumentRows,
): Record<string, OcrReading> {
  const key = (at: Provenance) => `${at.page}/${at.table}/${at.row}/${at.cell}`;
  const read = new Map(rows.flatMap((row) => row.cells.flatMap((cell) => (cell.ocr ? [[key(cell.at), cell.ocr]] : []))));
  return Object.fromEntries(
    Object.entries(cellIds).flatMap(([id, at]) => {
      const reading = read.get(key(at));
      return reading ? [[id, reading]] : [];
    }),
  );
}
