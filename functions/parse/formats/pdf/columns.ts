/** A horizontal extent on the page. */
export interface Span {
  x0: number;
  x1: number;
}

const overlap = (a: Span, b: Span): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
/** Less overlap than this share of the narrower span only grazes a column. */
const GRAZE = 0.25;
const overlaps = (a: Span, b: Span): boolean =>
  overlap(a, b) > Math.max(0.5, GRAZE * Math.min(a.x1 - a.x0, b.x1 - b.x0));

/**
 * The table's columns. Value columns come from the numbers of the whole segment: numbers whose extents overlap
 * stand in one column, however they are aligned, so a header wider than its numbers or a wrapped header word can
 * never add a column between two of them. Label columns are the leaf cells left of the values (a cell that covers
 * two cells side by side, like 三、本年度办理结果 over its sub-labels, is a merged cell, not a column). A header cell
 * right of every number adds a value column (a last 总计 column left blank in every row); between numbers it never
 * does, since a header is often wider than its column's numbers or printed off their centre. `gutters` are the gaps
 * between two label cells printed side by side on one body line: a column boundary lies in each, so a cell reaching
 * across one is merged too (the short last line of （二）'s label, over both the group and the sub-label column).
 */
export function findColumns(
  body: readonly Span[],
  header: readonly Span[],
  numbers: readonly Span[],
  gutters: readonly Span[] = [],
): Span[] {
  const values = joinOverlapping(numbers);
  const valueLeft = values[0]?.x0 ?? Infinity;
  const isLabel = (span: Span) => span.x0 < valueLeft && !values.some((column) => overlap(column, span) > 0);
  const labels = joinOverlapping(leaves(body.filter(isLabel), gutters));
  const labelHeaders = leaves(header.filter(isLabel)).filter(
    (span) => !labels.some((column) => overlap(column, span) > 0),
  );
  const taken = [...labels, ...values];
  const valueRight = values.at(-1)?.x1 ?? Infinity;
  const blankValues = leaves(header.filter((span) => span.x0 >= valueRight)).filter(
    (span) => !taken.some((column) => overlap(column, span) > 0),
  );
  return joinOverlapping([...labels, ...labelHeaders, ...values, ...blankValues]);
}

/** The first and last column a cell covers; a cell between columns goes to the nearest one. */
export function columnSpan(cell: Span, columns: readonly Span[]): [number, number] {
  const covered = columns.flatMap((column, index) => (overlaps(column, cell) ? [index] : []));
  const first = covered[0];
  const last = covered.at(-1);
  if (first !== undefined && last !== undefined) return [first, last];
  const centre = (cell.x0 + cell.x1) / 2;
  const distances = columns.map((column) => Math.abs((column.x0 + column.x1) / 2 - centre));
  const nearest = distances.indexOf(Math.min(...distances));
  return [nearest, nearest];
}

/**
 * The spans under which no two other cells stand side by side, and that reach across no gutter: a cell that covers
 * two is merged, not a column.
 */
function leaves(spans: readonly Span[], gutters: readonly Span[] = []): Span[] {
  // Judged once per extent: a table repeats its cells' extents row after row, and a span's twin never makes it a
  // merged cell, so this stays fast on a page of thousands of fragments.
  const extents = [...new Map(spans.map((span) => [`${span.x0}:${span.x1}`, span])).values()];
  const across = (span: Span) => gutters.some((gutter) => span.x0 < gutter.x0 && span.x1 > gutter.x1);
  const merged = new Set(
    extents.filter((span) => across(span) || !isLeaf(span, extents)).map((span) => `${span.x0}:${span.x1}`),
  );
  return spans.filter((span) => !merged.has(`${span.x0}:${span.x1}`));
}

function isLeaf(span: Span, extents: readonly Span[]): boolean {
  // Two cells inside this one that do not overlap each other stand side by side under it.
  let inside = 0;
  let leftmostEnd = Infinity;
  let rightmostStart = -Infinity;
  for (const other of extents) {
    if (other === span || overlap(span, other) < 0.6 * (other.x1 - other.x0)) continue;
    inside++;
    leftmostEnd = Math.min(leftmostEnd, other.x1);
    rightmostStart = Math.max(rightmostStart, other.x0);
  }
  return inside < 2 || leftmostEnd >= rightmostStart;
}

/**
 * Spans that overlap by a real share of the narrower one form one column. A wrapped line that only grazes the next
 * column (`他情形）` of a label spanning two columns, ending a few points into the second) does not join them.
 */
function joinOverlapping(spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.x0 - b.x0)) {
    const last = joined.at(-1);
    if (last && overlaps(last, span)) last.x1 = Math.max(last.x1, span.x1);
    else joined.push({ x0: span.x0, x1: span.x1 });
  }
  return joined;
}
