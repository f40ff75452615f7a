/** A horizontal extent on the page. */
export interface Span {
  x0: number;
  x1: number;
}

const overlap = (a: Span, b: Span): number => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);

/**
 * The table's columns: the x ranges of its leaf cells (a cell that covers two cells side by side, like 法人或其他组织
 * over its five kinds, is a merged header, not a column), overlapping leaves joined. Body cells set the columns;
 * a header cell adds one only where no body cell stands, e.g. a 总计 column left blank in every row.
 */
export function findColumns(body: readonly Span[], header: readonly Span[]): Span[] {
  const fromBody = joinOverlapping(leaves(body));
  const extra = leaves(header).filter((span) => !fromBody.some((column) => overlap(column, span) > 0));
  return joinOverlapping([...fromBody, ...extra]);
}

/** The first and last column a cell covers; a cell between columns goes to the nearest one. */
export function columnSpan(cell: Span, columns: readonly Span[]): [number, number] {
  const covered = columns.flatMap((column, index) => (overlap(column, cell) > 0.5 ? [index] : []));
  const first = covered[0];
  const last = covered.at(-1);
  if (first !== undefined && last !== undefined) return [first, last];
  const centre = (cell.x0 + cell.x1) / 2;
  const distances = columns.map((column) => Math.abs((column.x0 + column.x1) / 2 - centre));
  const nearest = distances.indexOf(Math.min(...distances));
  return [nearest, nearest];
}

function leaves(spans: readonly Span[]): Span[] {
  return spans.filter((span) => {
    // Two cells inside this one that do not overlap each other stand side by side under it.
    let inside = 0;
    let leftmostEnd = Infinity;
    let rightmostStart = -Infinity;
    for (const other of spans) {
      if (other === span || overlap(span, other) < 0.6 * (other.x1 - other.x0)) continue;
      inside++;
      leftmostEnd = Math.min(leftmostEnd, other.x1);
      rightmostStart = Math.max(rightmostStart, other.x0);
    }
    return inside < 2 || leftmostEnd >= rightmostStart;
  });
}

function joinOverlapping(spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.x0 - b.x0)) {
    const last = joined.at(-1);
    if (last && span.x0 < last.x1) last.x1 = Math.max(last.x1, span.x1);
    else joined.push({ x0: span.x0, x1: span.x1 });
  }
  return joined;
}
