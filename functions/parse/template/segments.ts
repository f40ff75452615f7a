import type { Provenance } from '../../shared/model/finding.js';
import type { DocRow } from '../document.js';
import { type ClassifiedCell, classifyCell, isValueCell } from './cells.js';

/**
 * A label and the values that follow it, the unit every table is read in, whatever the layout.
 * In a row of several cells (pipe, tab, markdown, space-aligned, a real table) a label's values end with the
 * row; in one-cell-per-line text they run on over lines until the next text cell. Values with no text before
 * them in their row form a segment with no label (a row to be placed by position, if at all).
 */
export interface Segment {
  label: string | null;
  at: Provenance;
  /** The cells after the label: numbers, blank markers, bad values and empty cells, as found. */
  values: ClassifiedCell[];
  /** True when the values came from one row of several cells, where empty cells are real cells. */
  inRow: boolean;
}

export function toSegments(rows: readonly DocRow[]): Segment[] {
  const segments: Segment[] = [];
  let open: Segment | null = null;
  for (const row of rows) {
    // A span's filler (merged) is layout, not a cell: it must neither shift values nor read as a blank.
    const cells = row.cells.filter((cell) => !cell.merged).map(classifyCell);
    if (cells.length === 1 && !row.table) {
      open = addLoneCell(segments, open, cells[0] as ClassifiedCell);
      continue;
    }
    if (open && !row.table && hasValues(open) && cells.every((cell) => isValueCell(cell) && cell.value.kind !== 'empty')) {
      // Copy-paste from a PDF viewer puts a row's cells one a line but its last two on one (`1 41` in
      // test/fixtures/layouts/19-pdftotext-raw-kunming-2022.txt): more of the run, not a row of its own.
      open.values.push(...cells);
      continue;
    }
    open = null;
    let current: Segment | null = null;
    const lastValue = cells.findLastIndex((cell) => isValueCell(cell) && cell.value.kind !== 'empty');
    for (const [index, cell] of cells.entries()) {
      // An export that repeats a merged label in every cell it covers (`一、本年新收…⇥一、本年新收…⇥107`).
      if (!isValueCell(cell) && current?.values.length === 0 && current.label === cell.cell.text) continue;
      if (!isValueCell(cell) && index < lastValue && current?.values.some((value) => value.value.kind === 'number')) {
        // Words between a row's numbers (`减少3`, `不适用`) stand in a value's cell: a bad value, not a new label.
        current.values.push({ cell: cell.cell, value: { kind: 'bad' } });
      } else if (!isValueCell(cell)) {
        // A blank marker before the row's label is a vertical label's character (无 of 无法提供), not a value.
        if (current?.label === null && !current.values.some((value) => value.value.kind === 'number')) segments.pop();
        current = { label: cell.cell.text, at: cell.cell.at, values: [], inRow: true };
        segments.push(current);
      } else if (current) {
        current.values.push(cell);
      } else if (cell.value.kind !== 'empty') {
        current = { label: null, at: cell.cell.at, values: [cell], inRow: true };
        segments.push(current);
      }
    }
  }
  return segments;
}

/** One cell on its own line: a label opens a segment, a value joins the open one (or opens an unlabelled one). */
function addLoneCell(segments: Segment[], open: Segment | null, cell: ClassifiedCell): Segment | null {
  if (!isValueCell(cell)) {
    const segment = { label: cell.cell.text, at: cell.cell.at, values: [], inRow: false };
    segments.push(segment);
    return segment;
  }
  if (open) {
    open.values.push(cell);
    return open;
  }
  if (cell.value.kind === 'empty') return null;
  const segment = { label: null, at: cell.cell.at, values: [cell], inRow: false };
  segments.push(segment);
  return segment;
}

/** Values with the layout's empty cells trimmed: trailing always, leading on one-cell-per-line text. */
export function trimmedValues(segment: Segment): { values: ClassifiedCell[]; trailingEmpty: number } {
  const values = [...segment.values];
  let trailingEmpty = 0;
  while (values.length > 0 && values[values.length - 1]?.value.kind === 'empty') {
    values.pop();
    trailingEmpty += 1;
  }
  if (!segment.inRow) while (values[0]?.value.kind === 'empty') values.shift();
  return { values, trailingEmpty };
}

/**
 * The segment's values fitted to a row of `expected` cells, or null when they do not fit (S-SHAPE).
 * Extra leading empty cells (a colspan's filler) are dropped; a short row is padded with its own trailing
 * empty cells (a blank last column, or every column), never with invented ones.
 */
export function fitValues(segment: Segment, expected: number): ClassifiedCell[] | null {
  const { values, trailingEmpty } = trimmedValues(segment);
  while (values.length > expected && values[0]?.value.kind === 'empty') values.shift();
  if (values.length === expected) return values;
  const padding = expected - values.length;
  // A row of a real table (or pipe row) with every cell empty is a row of blanks; a bare label is no row.
  if ((values.length === 0 && !segment.inRow) || padding < 0 || padding > trailingEmpty) return null;
  const filler = segment.values[segment.values.length - 1] as ClassifiedCell;
  return [...values, ...Array.from({ length: padding }, () => filler)];
}

/** Whether any of a segment's values is filled (a number, a word, a blank marker), not an empty cell. */
export const hasValues = (segment: Pick<Segment, 'values'>): boolean =>
  segment.values.some((cell) => cell.value.kind !== 'empty');

/** How many values a segment carries, for an S-SHAPE finding's `actual`. */
export function valueCount(segment: Segment): number {
  const { values } = trimmedValues(segment);
  while (values[0]?.value.kind === 'empty') values.shift();
  return values.length;
}
