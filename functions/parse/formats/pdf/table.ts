import { columnSpan, findColumns, type Span } from './columns.js';
import { hoistParentLabels, toCells, toGrid } from './grid.js';
import { cutRests, isValueHeader, NUMBERED, SECTION } from './cut-rows.js';
import { alignValues } from './values.js';
import { type PdfCell, type PdfLine, lineText } from './lines.js';
import { DIGITS, NUMERIC } from './regions.js';

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
  value: boolean;
  span: [number, number];
}

/** Fragments of one cell printed over several lines (a wrapped or vertical label, a merged cell). */
interface Block {
  parts: Fragment[];
  span: [number, number];
}

/** A line with numbers: where a table row is. */
interface AnchorLine {
  at: number;
  page: number;
  y: number;
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
  const isValue = valueCells(lines);
  const rows = continuedSegments(segments(lines, isValue), isValue).flatMap((segment) => {
    const rows = readSegment(segment, isValue);
    // A header row repeated on a new page is the same header again, not data: the same words, though the columns
    // its segment finds may differ (a merged label column printed or not).
    const header = rows.filter((row) => row.header).map((row) => row.cells.filter((text) => text !== '').join('|'));
    const repeated = header.length > 0 && seenHeaders.has(header.join('\n'));
    seenHeaders.add(header.join('\n'));
    return rows.filter((row) => !(repeated && row.header)).map(({ page, cells }) => ({ page, cells }));
  });
  return withoutCutRests(rows);
}

/** Decides which cells are values, not label text. */
type ValueTest = (cell: PdfCell) => boolean;

/**
 * The table's values: its numbers, and blank markers (无, /, —) in their columns. A 无 left of every number is a
 * character of a label (4.无正当理由… printed one character per line in a column one character wide).
 */
function valueCells(lines: readonly PdfLine[]): ValueTest {
  const numbers = lines.flatMap((line) => line.cells.filter((cell) => DIGITS.test(cell.text)));
  const numberLeft = numbers.length > 0 ? Math.min(...numbers.map((cell) => cell.x0)) : -Infinity;
  return (cell) => NUMERIC.test(cell.text) && (DIGITS.test(cell.text) || cell.x1 > numberLeft);
}

/**
 * Rows without the rests of labels a page break cut (cut-rows.ts): each finishes the label of the last row with
 * numbers on the page before; header words the new page prints again over the values (其他 of 法人或其他组织 would
 * read as the label 3.其他) go too.
 */
function withoutCutRests(rows: readonly TableRow[]): TableRow[] {
  const kept: TableRow[] = [];
  // The last row with numbers, and the pages of the rows kept after it (none of which has a number).
  let before: TableRow | undefined;
  let pagesSince = new Set<number>();
  for (const row of rows) {
    // A section title opens a new part of Table 二: nothing after it finishes a label before it.
    if (row.cells.some((text) => SECTION.test(text))) before = undefined;
    const cut = before?.page === row.page - 1 && [...pagesSince].every((page) => page === row.page);
    const rests = before && cut ? cutRests(row.cells, before.cells) : null;
    if (before && rests) for (const { at, text } of rests) before.cells[at] = `${before.cells[at] ?? ''}${text}`;
    else if (!(before && cut && isValueHeader(row.cells, before.cells))) {
      kept.push(row);
      if (row.cells.some((text) => /\d/.test(text))) [before, pagesSince] = [row, new Set()];
      else pagesSince.add(row.page);
    }
  }
  return kept;
}

/**
 * Joins a segment that starts by repeating the header of the one before it (a table broken at a page with its header
 * printed again) to that one, without the repeated lines, so the rows after the break (and the rest of a label the
 * break cut, printed under the repeated header) are read on the same columns.
 */
function continuedSegments(segments: readonly PdfLine[][], isValue: ValueTest): PdfLine[][] {
  const joined: { header: string; lines: PdfLine[] }[] = [];
  for (const segment of segments) {
    const header = headerOf(segment, isValue);
    const previous = joined.at(-1);
    if (previous && header.length > 0 && previous.header === header.map(lineText).join('\n')) {
      previous.lines.push(...segment.slice(header.length));
    } else joined.push({ header: header.map(lineText).join('\n'), lines: [...segment] });
  }
  return joined.map((segment) => segment.lines);
}

/** A segment's header: its lines before the first row with numbers, up to the last that prints over the values. */
function headerOf(segment: readonly PdfLine[], isValue: ValueTest): readonly PdfLine[] {
  const body = segment.findIndex((line) => line.cells.some(isValue));
  if (body < 0) return [];
  const valueLeft = Math.min(...segment.flatMap((line) => line.cells.filter(isValue).map((cell) => cell.x0)));
  const overValues = (line: PdfLine) => line.cells.some((cell) => cell.x1 > valueLeft + line.size / 2);
  return segment.slice(0, segment.slice(0, body).findLastIndex(overValues) + 1);
}

/**
 * Splits where a line without numbers reaches into the value columns after rows with numbers, or starts a section of
 * Table 二 (whose numbers, right-aligned in a wide column, can leave its header short of them).
 */
function segments(lines: readonly PdfLine[], isValue: ValueTest): PdfLine[][] {
  const result: PdfLine[][] = [[]];
  let valueLeft = Infinity;
  for (const line of lines) {
    const current = result.at(-1) ?? [];
    const anchor = line.cells.some(isValue);
    const restarts =
      SECTION.test(line.cells[0]?.text ?? '') || line.cells.some((cell) => cell.x1 > valueLeft + line.size / 2);
    if (!anchor && valueLeft < Infinity && restarts) {
      result.push([line]);
      valueLeft = Infinity;
      continue;
    }
    current.push(line);
    for (const cell of line.cells) if (isValue(cell)) valueLeft = Math.min(valueLeft, cell.x0);
  }
  return result.filter((segment) => segment.length > 0);
}

function readSegment(lines: readonly PdfLine[], isValue: ValueTest): (TableRow & { header: boolean })[] {
  const anchors = lines.map((line) => line.cells.some(isValue));
  const firstAnchor = anchors.indexOf(true);
  const all = lines.flatMap((line, at) =>
    line.cells.map(
      (cell): Fragment => ({
        ...cell,
        page: line.page,
        at,
        anchor: anchors[at] ?? false,
        value: isValue(cell),
        span: [0, 0],
      }),
    ),
  );
  const anchorLines = lines.flatMap((line, at) => (anchors[at] ? [{ at, page: line.page, y: line.y }] : []));
  const vertical = verticalRuns(
    all.filter((fragment) => firstAnchor >= 0 && fragment.at >= firstAnchor),
    anchorLines,
  );
  const fragments = all.filter((fragment) => !vertical.has(fragment));
  const isBody = (fragment: Fragment) => firstAnchor >= 0 && fragment.at >= firstAnchor;
  const columns = findColumns(
    fragments.filter(isBody),
    fragments.filter((fragment) => !isBody(fragment)),
    fragments.filter((fragment) => isBody(fragment) && fragment.value),
    labelGutters(fragments.filter(isBody)),
  );
  for (const fragment of fragments) fragment.span = columnSpan(fragment, columns);
  const valueLeft = Math.min(...fragments.filter((f) => f.value).map((f) => f.x0));
  const innermost = columns.findLastIndex((column) => column.x1 <= valueLeft + 1);

  const rows = new Map<number, Block[]>();
  const place = (at: number, block: Block) => rows.set(at, [...(rows.get(at) ?? []), block]);
  // A header line prints words over the value columns (信息内容 | 本年制发件数 …); its label cell is no part of the
  // row label under it.
  const headerLines = new Set(
    fragments.filter((f) => f.at < firstAnchor && f.x0 >= valueLeft - f.size && !f.value).map((f) => f.at),
  );
  const found = blocks(fragments, headerLines);
  const rowOf = blockRows(found, lines, anchorLines, innermost);
  for (const block of found) {
    const at = rowOf.get(block);
    if (at !== undefined) place(at, block);
  }
  const ordered = [...rows].sort(([a], [b]) => a - b);
  const texts = (row: Block[]) => row.map(({ span, parts }) => ({ span, text: parts.map((p) => p.text).join('') }));
  const grids = ordered.map(([, row]) => toGrid(texts(row), columns.length));
  hoistParentLabels(grids, innermost);
  const inValueColumn = (block: Block) => block.span[0] > innermost;
  const inBody = (at: number) => firstAnchor >= 0 && at >= firstAnchor;
  const values = alignValues(ordered.map(([at, row]) => (inBody(at) ? row.filter(inValueColumn) : null)));
  return ordered.map(([at], index) => {
    const header = firstAnchor < 0 || at < firstAnchor;
    const grid = grids[index] ?? [];
    const row = values[index];
    const cells = row
      ? [...toCells(grid.slice(0, innermost + 1), innermost, true), ...row]
      : toCells(grid, innermost, !header);
    return { page: lines[at]?.page ?? 1, cells, header };
  });
}

/** The gaps between two cells without numbers side by side on one line (（三） | 1.属…). */
function labelGutters(fragments: readonly Fragment[]): Span[] {
  const gutters: Span[] = [];
  for (let i = 1; i < fragments.length; i++) {
    const [left, right] = [fragments[i - 1], fragments[i]];
    if (!left || !right || left.at !== right.at || left.value || right.value) continue;
    gutters.push({ x0: left.x1, x1: right.x0 });
  }
  return gutters;
}

/** The lines a row's own cells print over, top to bottom (PDF y, up is larger). */
interface Band {
  at: number;
  page: number;
  top: number;
  bottom: number;
}

/**
 * The line of the row each block belongs to. A row's own cells go first; a group label (left of the innermost label
 * column) then joins the row whose own label it stands beside: in a narrow column a sub-row's label runs over many
 * lines, its numbers in the middle, and the group label at its top stands nearer the numbers of the row above.
 */
function blockRows(
  found: readonly Block[],
  lines: readonly PdfLine[],
  anchors: readonly AnchorLine[],
  innermost: number,
): Map<Block, number> {
  const firstAnchor = anchors[0]?.at ?? -1;
  const isGroup = (block: Block) => block.span[0] < innermost;
  const rowOf = new Map<Block, number>();
  const bands: Band[] = [];
  for (const block of [...found.filter((block) => !isGroup(block)), ...found.filter(isGroup)]) {
    const [top, bottom] = [block.parts[0], block.parts.at(-1)];
    if (!top || !bottom) continue;
    const anchorPart = block.parts.find((part) => part.anchor);
    const beforeBody =
      firstAnchor < 0 || block.parts.every((part) => part.at < firstAnchor && !near(part, lines[firstAnchor]));
    const at = anchorPart?.at ?? (beforeBody ? top.at : (attachTo(block, anchors, isGroup(block), bands) ?? top.at));
    rowOf.set(block, at);
    if (!isGroup(block) && !beforeBody) {
      bands.push({ at, page: top.page, top: top.y + top.size / 2, bottom: bottom.y - bottom.size / 2 });
    }
  }
  return rowOf;
}

const near = (part: Fragment, line: PdfLine | undefined): boolean =>
  line !== undefined && line.page === part.page && Math.abs(line.y - part.y) <= WRAP_GAP * part.size;

/**
 * The numbered line a label block belongs to: a parent label (（三）不予公开, centred in a merged cell) joins the row
 * whose own cells' band takes in its centre, else the nearest row; an inner label only a row whose numbers print
 * within the label's own lines.
 */
function attachTo(
  block: Block,
  anchors: readonly AnchorLine[],
  parent: boolean,
  bands: readonly Band[],
): number | undefined {
  const top = block.parts[0];
  const bottom = block.parts.at(-1);
  if (!top || !bottom) return undefined;
  const centre = (top.y + bottom.y) / 2;
  const band = bands.find((band) => band.page === top.page && band.top >= centre && band.bottom <= centre);
  if (parent && band) return band.at;
  const onPage = anchors.filter((anchor) => anchor.page === top.page);
  // A parent label stands beside rows, never below the last one (a note under the table is no parent label).
  const beside = onPage.some((anchor) => anchor.y >= centre) && onPage.some((anchor) => anchor.y <= centre);
  let best: AnchorLine | undefined;
  for (const anchor of onPage) {
    const within = anchor.y <= top.y + top.size / 2 && anchor.y >= bottom.y - bottom.size / 2;
    if (!within && !(parent && beside)) continue;
    if (!best || Math.abs(anchor.y - centre) < Math.abs(best.y - centre)) best = anchor;
  }
  return best?.at;
}

/**
 * Joins fragments of one cell that print on consecutive lines close together: in one column, or under a label
 * that spans it (the centred last line of a label over two columns). Numbers never join, and a numbered fragment
 * (`1.`, `（三）`, `四、`) starts a label of its own.
 */
function blocks(fragments: readonly Fragment[], headerLines: ReadonlySet<number>): Block[] {
  const open = new Map<number, Block>();
  const result: Block[] = [];
  for (const fragment of [...fragments].sort((a, b) => a.at - b.at || a.x0 - b.x0)) {
    // Of the cells above in the columns it covers and a label spanning it, the one printed nearest above (never one
    // that has just taken a fragment of this same line: two cells side by side are not one wrapped cell). A short
    // last line of a wrapped label can graze the column left of its label's (他 under 3.其 in a narrow column).
    const [from, to] = fragment.span;
    const above = Array.from({ length: to - from + 1 }, (_, i) => open.get(from + i));
    const block = [...above, spanning(result, fragment)]
      .filter((candidate) => {
        const last = candidate?.parts.at(-1);
        return last?.page === fragment.page && last.at < fragment.at;
      })
      .sort((a, b) => (a?.parts.at(-1)?.y ?? 0) - (b?.parts.at(-1)?.y ?? 0))[0];
    const last = block?.parts.at(-1);
    const joins =
      block &&
      last &&
      last.page === fragment.page &&
      last.y - fragment.y <= WRAP_GAP * fragment.size &&
      !(last.anchor && fragment.anchor) &&
      !fragment.value &&
      !last.value &&
      !NUMBERED.test(fragment.text) &&
      !SECTION.test(fragment.text) &&
      !SECTION.test(last.text) &&
      headerLines.has(last.at) === headerLines.has(fragment.at);
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

/** The latest block whose columns take in the fragment's first column. */
function spanning(blocks: readonly Block[], fragment: Fragment): Block | undefined {
  return blocks.findLast((block) => block.span[0] < fragment.span[0] && block.span[1] >= fragment.span[0]);
}

/**
 * Labels printed one character per line down a merged cell beside several rows (三/、/本/年/度 … by （一）…（七））.
 * A run beside one row only is that row's own label in a column one character wide (行/政/许/可): it stays, and
 * joins up like any wrapped label.
 */
function verticalRuns(fragments: readonly Fragment[], anchors: readonly AnchorLine[]): Set<Fragment> {
  const singles = fragments.filter((f) => [...f.text].length === 1 && !f.value);
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
  const rowsBeside = (run: Fragment[]): number => {
    const [top, bottom] = [run[0], run.at(-1)];
    if (!top || !bottom) return 0;
    return anchors.filter(
      (anchor) => anchor.page === top.page && anchor.y <= top.y + top.size / 2 && anchor.y >= bottom.y - bottom.size / 2,
    ).length;
  };
  return new Set(runs.filter((run) => run.length >= 3 && rowsBeside(run) >= 2).flat());
}
