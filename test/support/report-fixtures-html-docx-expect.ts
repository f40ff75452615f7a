import { expect } from 'vitest';
import type { DocRow } from '../../functions/parse/document.js';
import { readReport } from '../../functions/parse/read-report.js';
import type { ReadResult } from '../../functions/shared/model/report.js';
import type { PdfBlock, PdfTableRow } from '../../corpus/pdf-report-builder.js';
import { type FixtureReport, reportBlocks } from '../../corpus/report-fixtures-html-docx-reports.js';
import { toPipeText } from '../../corpus/report-fixtures-html-docx.js';

/** The grid a printed table must read to: each cell's text at its column, null at every position a span covers. */
function expectedGrid(rows: readonly PdfTableRow[]): (string | null)[][] {
  const widths = rows.map((row) => Math.max(0, ...row.map((cell) => cell.col + (cell.colSpan ?? 1))));
  rows.forEach((row, r) => {
    for (const cell of row) {
      for (let below = r + 1; below < r + (cell.rowSpan ?? 1); below += 1) {
        widths[below] = Math.max(widths[below] ?? 0, cell.col + (cell.colSpan ?? 1));
      }
    }
  });
  return rows.map((row, r) => {
    const texts = Array<string | null>(widths[r] ?? 0).fill(null);
    for (const cell of row) texts[cell.col] = cell.text;
    return texts;
  });
}

/**
 * Asserts rows read from a rendered report: every text block as a one-cell row with its ordinal as `line`
 * (`paragraphs` when the page adds text of its own), and every table row on its grid with table/row/cell provenance,
 * span-covered positions marked `merged`.
 */
export function expectRowsOfBlocks(rows: readonly DocRow[], blocks: readonly PdfBlock[], paragraphs?: string[]): void {
  const texts = blocks.flatMap((block) => (block.kind === 'text' ? [block.text] : []));
  const lines = rows.filter((row) => row.table === undefined);
  expect(lines.map((row) => row.cells.map((cell) => cell.text))).toEqual((paragraphs ?? texts).map((text) => [text]));
  expect(lines.map((row) => row.cells[0]?.at)).toEqual(lines.map((_, index) => ({ line: index + 1 })));
  const tables = blocks.flatMap((block) => (block.kind === 'table' ? [block.rows] : []));
  tables.forEach((printed, table) => {
    const read = rows.filter((row) => row.table === table);
    const grid = read.map((row) => row.cells.map((cell) => (cell.merged ? null : cell.text)));
    expect(grid).toEqual(expectedGrid(printed));
    expect(read.flatMap((row) => row.cells.filter((cell) => cell.merged && cell.text !== ''))).toEqual([]);
    read.forEach((row, r) => {
      expect(row.cells.map((cell) => cell.at)).toEqual(row.cells.map((_, cell) => ({ table, row: r, cell })));
    });
  });
  expect(rows.filter((row) => row.table !== undefined && row.table >= tables.length)).toEqual([]);
}

/**
 * Asserts that `file` reads through readReport to exactly the Table 三 and 四 numbers of the report, the same
 * numbers and structural findings as the report's pipe-text version, every value located by table/row/cell.
 */
export async function expectSameTablesAsText(report: FixtureReport, file: { name: string; bytes: Uint8Array }) {
  const text = { name: 'report.txt', bytes: new TextEncoder().encode(toPipeText(reportBlocks(report))) };
  const [fromText, fromFile] = await Promise.all([readReport(text), readReport(file)]);
  const tables = (result: ReadResult) => {
    if (result.status !== 'parsed') return result;
    const findings = result.report.findings.map(({ at: _at, ...rest }) => rest); // a line in text, a cell here
    return { table3: result.report.table3, table4: result.report.table4, findings };
  };
  expect(tables(fromFile)).toEqual(tables(fromText));
  expect(tables(fromFile)).toMatchObject({ table3: report.table3, table4: report.table4 });
  const cells = fromFile.status === 'parsed' ? Object.values(fromFile.report.cells) : [];
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((at) => at.line !== undefined || at.cell === undefined)).toEqual([]);
}

/** Asserts that readReport rejects the file with one S-FORMAT finding whose message matches. */
export async function expectRejected(file: { name: string; bytes: Uint8Array }, message: RegExp): Promise<void> {
  const format = expect.objectContaining({ rule: 'S-FORMAT', message: expect.stringMatching(message) });
  expect(await readReport(file)).toEqual({ status: 'rejected', findings: [format] });
}
