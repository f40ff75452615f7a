/** Table rows as a grid of columns, and the cells the reader hands on from it. */

/** A row by column: its text, '' for an empty column, null for a column a wider cell to its left covers. */
export type GridRow = (string | null)[];

export function toGrid(row: readonly { span: [number, number]; text: string }[], count: number): GridRow {
  const grid: GridRow = Array<string>(count).fill('');
  for (const { span, text } of [...row].sort((a, b) => a.span[0] - b.span[0])) {
    const [first, last] = span;
    grid[first] = `${grid[first] ?? ''} ${text}`.trim();
    for (let column = first + 1; column <= last; column++) grid[column] = null;
  }
  return grid;
}

/**
 * The cells the reader hands on. In the body, empty label columns between a row's label and its numbers are the
 * label's own merged cell (行政许可 over two label columns), not blank values, so they are left out.
 */
export function toCells(grid: GridRow, innermost: number, body: boolean): string[] {
  const lastLabel = grid.findLastIndex((text, column) => column <= innermost && text !== '' && text !== null);
  return grid.flatMap((text, column) => {
    if (text === null) return [];
    if (body && text === '' && lastLabel >= 0 && column > lastLabel && column <= innermost) return [];
    return [text];
  });
}

const SUB_ROW = /^\s*(\d{1,2})\s*[.．、]/;

/**
 * A parent label centred in its merged cell lands on a middle sub-row (4.保护第三方合法权益); it belongs before
 * the block's first sub-row (1.…), where a text layout prints it.
 */
export function hoistParentLabels(rows: GridRow[], innermost: number): void {
  rows.forEach((row, index) => {
    for (let column = 0; column < innermost; column++) {
      const label = row[column];
      if (!label || Number(SUB_ROW.exec(row[innermost] ?? '')?.[1] ?? 1) <= 1) continue;
      for (let above = index - 1; above >= 0; above--) {
        const target = rows[above];
        if (!target || target[column] !== '' || !SUB_ROW.test(target[innermost] ?? '')) break;
        if (Number(SUB_ROW.exec(target[innermost] ?? '')?.[1]) !== 1) continue;
        target[column] = label;
        row[column] = '';
        break;
      }
    }
  });
}
