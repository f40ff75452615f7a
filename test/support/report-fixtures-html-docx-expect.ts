import { expect } from 'vitest';
import type { DocRow } from '../../functions/parse/document.js';
import type { PdfBlock, PdfTableRow } from './pdf-report-builder.js';

/** The grid a printed table must read to: each cell's text at its column, '' at every position a span covers. */
function expectedGrid(rows: readonly PdfTableRow[]): string[][] {
  const widths = rows.map((row) => Math.max(0, ...row.map((cell) => cell.col + (cell.colSpan ?? 1))));
  rows.forEach((row, r) => {
    for (const cell of row) {
      for (let below = r + 1; below < r + (cell.rowSpan ?? 1); below += 1) {
        widths[below] = Math.max(widths[below] ?? 0, cell.col + (cell.colSpan ?? 1));
      }
    }
  });
  return rows.map((row, r) => {
    const texts = Array<string>(widths[r] ?? 0).fill('');
    for (const cell of row) texts[cell.col] = cell.text;
    return texts;
  });
}

/**
 * Asserts rows read from a rendered report: every text block as a one-cell row with its ordinal as `line`
 * (`paragraphs` when the page adds text of its own), and every table row on its grid with table/row/cell provenance.
 */
export function expectRowsOfBlocks(rows: readonly DocRow[], blocks: readonly PdfBlock[], paragraphs?: string[]): void {
  const texts = blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
  const lines = rows.filter((row) => row.table === undefined);
  expect(lines.map((row) => row.cells.map((cell) => cell.text))).toEqual((paragraphs ?? texts).map((text) => [text]));
  expect(lines.map((row) => row.cells[0]?.at)).toEqual(lines.map((_, index) => ({ line: index + 1 })));
  const tables = blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
  tables.forEach((printed, table) => {
    const read = rows.filter((row) => row.table === table);
    expect(read.map((row) => row.cells.map((cell) => cell.text))).toEqual(expectedGrid(printed));
    read.forEach((row, r) => {
      expect(row.cells.map((cell) => cell.at)).toEqual(row.cells.map((_, cell) => ({ table, row: r, cell })));
    });
  });
  expect(rows.filter((row) => row.table !== undefined && row.table >= tables.length)).toEqual([]);
}
