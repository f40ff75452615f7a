import type { DocRow } from '../document.js';
import { lineText, readLines } from './pdf-lines.js';
import type { PdfPage } from './pdf-load.js';
import { splitRegions } from './pdf-regions.js';
import { readTable } from './pdf-table.js';

/** The document's rows: a one-cell row per line outside tables, a row of cells per table row. */
export function layoutRows(pages: readonly PdfPage[]): DocRow[] {
  const lines = readLines(pages);
  if (lines.length === 0) return [];
  let table = 0;
  return splitRegions(lines).flatMap((region): DocRow[] => {
    if (region.kind === 'line') {
      const { page, line } = region.line;
      return [{ cells: [{ text: lineText(region.line), at: { page, line } }] }];
    }
    const index = table++;
    return readTable(region.lines).map(({ page, cells }, row) => ({
      table: index,
      cells: cells.map((text, cell) => ({ text, at: { page, table: index, row, cell } })),
    }));
  });
}
