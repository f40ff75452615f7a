import { columnSpan, findColumns } from './pdf-columns.js';
import type { PdfCell, PdfLine } from './pdf-lines.js';
import { isAnchor, NUMERIC } from './pdf-regions.js';

/** One row of a table as the reader hands it on: its cells in column order ('' for an empty column). */
export interface TableRow {
  page: number;
  cells: string[];
}

/** A cell fragment with the line it stands on. */
interface Fragment extends PdfCell {
  page: number;
  /** Index of the fragment's line in the table. */
  at: number;
  anchor: boolean;
  span: [number, number];
}

/** Fragments of one cell printed over several lines (a wrapped or vertical label, a merged cell). */
interface Block {
  parts: Fragment[];
  span: [number, number];
}

/** Two lines of one wrapped cell are never further apart than this (× font size). */
const WRAP_GAP = 1.5;

/**
 * Reads one table's lines into rows. Each row is anchored by a line with numbers; label fragments above and
 * below it (a wrapped label, a label centred in a merged cell) join it. A block that restarts the header
 * (Table 二's 第二十条第（五）项 …) starts a new segment with its own columns.
 */
export function readTable(lines: readonly PdfLine[]): TableRow[] {
  const seenHeaders = new Set<string>();
  return segments(lines).flatMap((segment) => {
    const rows = readSegment(segment);
    // A header row repeated on a new page is the same header again, not data.
    const header = rows.filter((row) => row.header).map((row) => row.cells.join('|'));
    const repeated = header.length > 0 && seenHeaders.has(header.join('\n'));
    seenHeaders.add(header.join('\n'));
    return rows.filter((row) => !(repeated && row.header)).map(({ page, cells }) => ({ page, cells }));
  });
}

/** Splits where a line without numbers reaches into the value columns after rows with numbers. */
function segments(lines: readonly PdfLine[]): PdfLine[][] {
  const result: PdfLine[][] = [[]];
  let valueLeft = Infinity;
  for (const line of lines) {
    const current = result.at(-1) ?? [];
    const anchor = isAnchor(line);
    if (!anchor && valueLeft < Infinity && line.cells.some((cell) => cell.x1 > valueLeft + line.size / 2)) {
      result.push([line]);
      valueLeft = Infinity;
      continue;
    }
    current.push(line);
    for (const cell of line.cells) if (NUMERIC.test(cell.text)) valueLeft = Math.min(valueLeft, cell.x0);
  }
  return result.filter((segment) => segment.length > 0);
}

function readSegment(lines: readonly PdfLine[]): (TableRow & { header: boolean })[] {
  const firstAnchor = lines.findIndex(isAnchor);
  const all = lines.flatMap((line, at) =>
    line.cells.map((cell): Fragment => ({ ...cell, page: line.page, at, anchor: isAnchor(line), span: [0, 0] })),
  );
  const vertical = verticalRuns(all.filter((fragment) => firstAnchor >= 0 && fragment.at >= firstAnchor));
  const fragments = all.filter((fragment) => !vertical.has(fragment));
  const isBody = (fragment: Fragment) => firstAnchor >= 0 && fragment.at >= firstAnchor;
  const columns = findColumns(fragments.filter(isBody), fragments.filter((fragment) => !isBody(fragment)));
  for (const fragment of fragments) fragment.span = columnSpan(fragment, columns);
  const valueLeft = Math.min(...fragments.filter((f) => NUMERIC.test(f.text)).map((f) => f.x0));
  const innermost = columns.findLastIndex((column) => column.x1 <= valueLeft + 1);

  const rows = new Map<number, Block[]>();
  const place = (at: number, block: Block) => rows.set(at, [...(rows.get(at) ?? []), block]);
  for (const block of blocks(fragments)) {
    const anchorPart = block.parts.find((part) => part.anchor);
    const top = block.parts[0];
    if (!top) continue;
    if (anchorPart) place(anchorPart.at, block);
    else if (firstAnchor < 0 || block.parts.every((part) => part.at < firstAnchor && !near(part, lines[firstAnchor])))
      place(top.at, block);
    else place(attachTo(block, lines, block.span[0] < innermost) ?? top.at, block);
  }
  const ordered = [...rows].sort(([a], [b]) => a - b);
  const grids = ordered.map(([, row]) => toGrid(row, columns.length));
  hoistParentLabels(grids, innermost);
  return ordered.map(([at], index) => {
    const header = firstAnchor < 0 || at < firstAnchor;
    return { page: lines[at]?.page ?? 1, cells: toCells(grids[index] ?? [], innermost, !header), header };
  });
}

const near = (part: Fragment, line: PdfLine | undefined): boolean =>
  line !== undefined && line.page === part.page && Math.abs(line.y - part.y) <= WRAP_GAP * part.size;

/**
 * The numbered line a label block belongs to: a parent label (（三）不予公开, centred in a merged cell) joins the
 * nearest row; an inner label only a row whose numbers print within the label's own lines.
 */
function attachTo(block: Block, lines: readonly PdfLine[], parent: boolean): number | undefined {
  const top = block.parts[0];
  const bottom = block.parts.at(-1);
  if (!top || !bottom) return undefined;
  const candidates = lines.flatMap((line, at) =>
    isAnchor(line) && line.page === top.page ? [{ at, distance: Math.abs(line.y - (top.y + bottom.y) / 2) }] : [],
  );
  const reach = (candidate: { at: number }) => {
    const y = lines[candidate.at]?.y ?? 0;
    return y <= top.y + top.size / 2 && y >= bottom.y - bottom.size / 2;
  };
  const usable = parent ? candidates : candidates.filter(reach);
  return usable.sort((a, b) => a.distance - b.distance)[0]?.at;
}

/** Joins fragments of one column that print on consecutive lines close together, unless both carry numbers. */
function blocks(fragments: readonly Fragment[]): Block[] {
  const open = new Map<number, Block>();
  const result: Block[] = [];
  for (const fragment of [...fragments].sort((a, b) => a.at - b.at || a.x0 - b.x0)) {
    const block = open.get(fragment.span[0]);
    const last = block?.parts.at(-1);
    const joins =
      block &&
      last &&
      last.page === fragment.page &&
      last.y - fragment.y <= WRAP_GAP * fragment.size &&
      !(last.anchor && fragment.anchor) &&
      !NUMERIC.test(fragment.text) &&
      !NUMERIC.test(last.text);
    if (joins) {
      block.parts.push(fragment);
      block.span = [block.span[0], Math.max(block.span[1], fragment.span[1])];
    } else {
      const created: Block = { parts: [fragment], span: fragment.span };
      open.set(fragment.span[0], created);
      result.push(created);
    }
  }
  return result;
}

/** Labels printed one character per line (三/、/本/年/度 … in a merged cell) in the table body. */
function verticalRuns(fragments: readonly Fragment[]): Set<Fragment> {
  const singles = fragments.filter((f) => [...f.text].length === 1 && !NUMERIC.test(f.text));
  const runs: Fragment[][] = [];
  for (const fragment of [...singles].sort((a, b) => a.at - b.at)) {
    const run = runs.find((candidate) => {
      const last = candidate.at(-1);
      return (
        last !== undefined &&
        last.page === fragment.page &&
        Math.abs(last.x0 - fragment.x0) <= 0.3 * fragment.size &&
        last.y - fragment.y <= WRAP_GAP * fragment.size
      );
    });
    if (run) run.push(fragment);
    else runs.push([fragment]);
  }
  return new Set(runs.filter((run) => run.length >= 3).flat());
}

/** A row by column: its text, '' for an empty column, null for a column a wider cell to its left covers. */
type GridRow = (string | null)[];

function toGrid(row: readonly Block[], count: number): GridRow {
  const grid: GridRow = Array<string>(count).fill('');
  for (const block of [...row].sort((a, b) => a.span[0] - b.span[0])) {
    const [first, last] = block.span;
    const text = block.parts.map((part) => part.text).join('');
    grid[first] = `${grid[first] ?? ''} ${text}`.trim();
    for (let column = first + 1; column <= last; column++) grid[column] = null;
  }
  return grid;
}

/**
 * The cells the reader hands on. In the body, empty label columns between a row's label and its numbers are the
 * label's own merged cell (行政许可 over two label columns), not blank values, so they are left out.
 */
function toCells(grid: GridRow, innermost: number, body: boolean): string[] {
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
function hoistParentLabels(rows: GridRow[], innermost: number): void {
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
