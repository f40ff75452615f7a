import type { Span } from './columns.js';

/** A value cell as printed: its text, from one or more fragments, and where it stands. */
interface ValueBlock {
  parts: readonly (Span & { text: string })[];
}

/**
 * The value cells of each body row (null for a header row), in column order, '' for a blank column. A row printing
 * as many values as the table's usual row is read in order, whatever its positions: `pdftotext -layout` shifts a
 * block's columns by a few characters, and a person reads seven numbers as seven cells. Only a shorter row needs
 * positions: its values go to the columns of the nearest full row, and a column with nothing is blank. Where two of
 * its values fall in one column the row keeps the values it has, and the mapper reports the short row (S-SHAPE).
 */
export function alignValues(rows: readonly (readonly ValueBlock[] | null)[]): (string[] | null)[] {
  const cells = rows.map((row) => row && [...row].map(toCell).sort((a, b) => a.x0 - b.x0));
  const full = usualCount(cells.flatMap((row) => (row && row.length > 0 ? [row.length] : [])));
  return cells.map((row, index) => {
    if (!row) return null;
    if (row.length === 0 || row.length >= full) return row.map((cell) => cell.text);
    const reference = nearestFull(cells, index, full);
    return reference ? placed(row, reference) : row.map((cell) => cell.text);
  });
}

type ValueCell = Span & { text: string };

function toCell(block: ValueBlock): ValueCell {
  const x0 = Math.min(...block.parts.map((part) => part.x0));
  const x1 = Math.max(...block.parts.map((part) => part.x1));
  return { x0, x1, text: block.parts.map((part) => part.text).join('') };
}

/** The count of values most rows print (the larger on a tie): the table's width in values. */
function usualCount(counts: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const count of counts) tally.set(count, (tally.get(count) ?? 0) + 1);
  let best = 0;
  for (const [count, times] of tally) {
    const bestTimes = tally.get(best) ?? 0;
    if (times > bestTimes || (times === bestTimes && count > best)) best = count;
  }
  return best;
}

function nearestFull(rows: readonly (ValueCell[] | null)[], index: number, full: number): ValueCell[] | undefined {
  for (let distance = 1; distance < rows.length; distance++) {
    for (const at of [index - distance, index + distance]) {
      const row = rows[at];
      if (row && row.length === full) return row;
    }
  }
  return undefined;
}

/** The row's values in the reference row's columns; in order without blanks when two share a column. */
function placed(row: readonly ValueCell[], reference: readonly ValueCell[]): string[] {
  const columns = row.map((cell) => closest(cell, reference));
  if (new Set(columns).size < columns.length) return row.map((cell) => cell.text);
  const out = reference.map(() => '');
  row.forEach((cell, index) => {
    out[columns[index] ?? 0] = cell.text;
  });
  return out;
}

/** The reference column a cell stands in: by its left edge, centre or right edge, whichever lines up best. */
function closest(cell: ValueCell, reference: readonly ValueCell[]): number {
  const distance = (column: ValueCell): number =>
    Math.min(
      Math.abs(column.x0 - cell.x0),
      Math.abs(column.x1 - cell.x1),
      Math.abs((column.x0 + column.x1) / 2 - (cell.x0 + cell.x1) / 2),
    );
  const distances = reference.map(distance);
  return distances.indexOf(Math.min(...distances));
}
