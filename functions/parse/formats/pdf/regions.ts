import type { PdfLine } from './lines.js';

/** A stretch of the document: one line of prose or a heading, or every line of one table. */
export type PdfRegion = { kind: 'line'; line: PdfLine } | { kind: 'table'; lines: PdfLine[] };

/** A number; one ending in a point is a label's numbering (`2.` alone on a line of a column one character wide). */
const NUMBER = String.raw`[+\-−－]?[\d０-９](?:[\d０-９,，.．]*[\d０-９])?`;
/** A cell that can only be a table value: a number, or a blank marker (无, /, —). */
export const NUMERIC = new RegExp(String.raw`^(?:${NUMBER}|无|\/|／|—+|-|－)$`);
/** A cell that is a number, not a blank marker. */
export const DIGITS = new RegExp(`^${NUMBER}$`);
/** Section headings (`三、`, `2、`): prose, never a table fragment, unless they sit on a table row's line. */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]+|\d{1,2})\s*、/;
/** Lines wider than this share of the text width are prose. */
const PROSE_WIDTH = 0.55;
/** Lines of one table are never further apart than this (× font size), except across a page break. */
const TABLE_GAP = 3;

const isAnchor = (line: PdfLine): boolean => line.cells.some((cell) => NUMERIC.test(cell.text));

/**
 * Splits lines into tables and the rest. A table is a run of lines with several cells each (its core), plus the
 * one-cell lines between and around them that are table fragments: narrow, close by, and not a section heading.
 * A table continues across a page break when the next page goes on with table lines (its core is unbroken).
 */
export function splitRegions(lines: readonly PdfLine[]): PdfRegion[] {
  const textLeft = Math.min(...lines.flatMap((line) => line.cells.map((cell) => cell.x0)));
  const textRight = Math.max(...lines.flatMap((line) => line.cells.map((cell) => cell.x1)));
  const prose = lines.map((line, index) => isProse(line, index, lines, (textRight - textLeft) * PROSE_WIDTH));
  const inTable = lines.map((line) => line.cells.length >= 2);
  // Fill the narrow lines between two core lines, then grow each run up and down over close fragments.
  let previousCore = -1;
  lines.forEach((line, index) => {
    if (!inTable[index]) return;
    const between = prose.slice(previousCore + 1, index);
    if (previousCore >= 0 && !between.some(Boolean)) inTable.fill(true, previousCore + 1, index);
    previousCore = index;
  });
  for (let index = lines.length - 2; index >= 0; index--) {
    if (!inTable[index] && inTable[index + 1] && !prose[index] && close(lines[index], lines[index + 1])) {
      inTable[index] = true;
    }
  }
  for (let index = 1; index < lines.length; index++) {
    if (!inTable[index] && inTable[index - 1] && !prose[index] && close(lines[index - 1], lines[index])) {
      inTable[index] = true;
    }
  }
  return group(lines, inTable);
}

function group(lines: readonly PdfLine[], inTable: boolean[]): PdfRegion[] {
  const regions: PdfRegion[] = [];
  lines.forEach((line, index) => {
    const last = regions.at(-1);
    if (!inTable[index]) regions.push({ kind: 'line', line });
    else if (last?.kind === 'table' && inTable[index - 1]) last.lines.push(line);
    else regions.push({ kind: 'table', lines: [line] });
  });
  // A "table" without a number or a second multi-cell line is a spaced-out prose line.
  return regions.flatMap((region) =>
    region.kind === 'table' && !region.lines.some(isAnchor) && region.lines.filter((l) => l.cells.length > 1).length < 2
      ? region.lines.map((line) => ({ kind: 'line' as const, line }))
      : [region],
  );
}

function isProse(line: PdfLine, index: number, lines: readonly PdfLine[], proseWidth: number): boolean {
  const [cell, ...others] = line.cells;
  if (!cell || others.length > 0) return false;
  if (cell.x1 - cell.x0 >= proseWidth) return true;
  if (!SECTION_HEADING.test(cell.text)) return false;
  // A wrapped table label (`一、本年新收…`) sits within a line of its row's numbers; a heading does not.
  const near = (other: PdfLine | undefined) =>
    other !== undefined && other.page === line.page && Math.abs(other.y - line.y) <= 1.6 * line.size && isAnchor(other);
  return !near(lines[index - 1]) && !near(lines[index + 1]);
}

function close(upper: PdfLine | undefined, lower: PdfLine | undefined): boolean {
  if (!upper || !lower || upper.page !== lower.page) return false;
  return upper.y - lower.y <= TABLE_GAP * Math.max(upper.size, lower.size);
}
