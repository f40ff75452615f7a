import type { PdfBlock, PdfTableRow } from '../../corpus/pdf-report-builder.js';

/**
 * Variants of a rendered report's blocks as real files bring them: a table broken in two at a page break, the
 * second part repeating the header rows, as Word users and PDF-to-Word converters leave it.
 */

type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** Cuts one row span at `at`: the part above keeps the cell, the part below gets nothing in its place. */
function cut(rows: readonly PdfTableRow[], at: number): [PdfTableRow[], PdfTableRow[]] {
  const above = rows.slice(0, at).map((row, r) =>
    row.map((cell) => (r + (cell.rowSpan ?? 1) > at ? { ...cell, rowSpan: at - r } : cell)),
  );
  return [above, rows.slice(at).map((row) => [...row])];
}

/**
 * The blocks with table number `table` split before row `at`; the second part starts with the first `header`
 * rows again, and `between` (a page number, say) is printed between the two parts when given.
 */
export function splitTable(
  blocks: readonly PdfBlock[],
  table: number,
  { at, header, between }: { at: number; header: number; between?: string },
): PdfBlock[] {
  let seen = -1;
  return blocks.flatMap((block): PdfBlock[] => {
    if (block.kind !== 'table' || ++seen !== table) return [block];
    const [first, second] = cut(block.rows, at);
    const [repeated] = cut(block.rows, header);
    const part = (rows: PdfTableRow[]): TableBlock => ({ ...block, rows });
    const gap: PdfBlock[] = between === undefined ? [] : [{ kind: 'text', text: between }];
    return [part(first), ...gap, part([...repeated.slice(0, header), ...second])];
  });
}
