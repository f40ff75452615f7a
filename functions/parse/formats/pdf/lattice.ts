import type { PageRulings, Ruling } from './rulings.js';

/** One cell of a ruled table: its place in the grid (top-left grid cell, spans) and its box in PDF user space. */
export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A ruled table: column boundaries left to right, row boundaries top to bottom (y down the list), its cells. */
export interface LatticeGrid {
  xs: number[];
  ys: number[];
  cells: LatticeCell[];
}

/** Lines whose ends fall this short of each other (pt) still meet. */
const SNAP = 3;
/**
 * Lines this close (pt) are one boundary: no row or column is this narrow, but separated borders (Chromium's
 * `<table border="1">`, test/fixtures/pdf/lattice/separate.html) draw each cell's own box, a spacing apart.
 */
const SAME_BOUNDARY = 4;
/** A boundary between two grid cells is drawn when rulings cover at least this share of it; else they are merged. */
const DRAWN = 0.5;

/**
 * A report's tables draw a few dozen lines each way; a page of thousands is a drawing, a hostile file or a scan's
 * noise, whose grid (every cell against every line) would hold the reader for minutes. Its text is read by position.
 */
const MAX_RULINGS = 600;

/**
 * One grid per cluster of crossing rulings with at least 2 rows and 2 columns, top of the page first; none on a page
 * of more than MAX_RULINGS rulings.
 */
export function latticeGrids(rulings: PageRulings): LatticeGrid[] {
  if (rulings.horizontal.length + rulings.vertical.length > MAX_RULINGS) return [];
  return clusters(rulings)
    .map(({ horizontal, vertical }) => grid(horizontal, vertical))
    .filter((found): found is LatticeGrid => found !== null)
    .sort((a, b) => (b.ys[0] ?? 0) - (a.ys[0] ?? 0));
}

function crosses(h: Ruling, v: Ruling): boolean {
  return v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP;
}

/** Rulings joined by crossings, as separate tables (union-find over horizontal × vertical pairs). */
function clusters({ horizontal, vertical }: PageRulings): PageRulings[] {
  const parent = [...horizontal, ...vertical].map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] ?? index] ?? index;
    return index;
  };
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (crosses(h, v)) parent[root(i)] = root(horizontal.length + j);
    }),
  );
  const groups = new Map<number, PageRulings>();
  const group = (index: number): PageRulings => {
    const key = root(index);
    const found = groups.get(key) ?? { horizontal: [], vertical: [] };
    groups.set(key, found);
    return found;
  };
  horizontal.forEach((h, i) => group(i).horizontal.push(h));
  vertical.forEach((v, j) => group(horizontal.length + j).vertical.push(v));
  return [...groups.values()];
}

function grid(horizontal: readonly Ruling[], vertical: readonly Ruling[]): LatticeGrid | null {
  const xs = boundaries(vertical);
  const ys = withCutEnds(boundaries(horizontal).reverse(), vertical);
  if (xs.length < 3 || ys.length < 3) return null;
  const drawn = (lines: readonly Ruling[], at: number, from: number, to: number): boolean => {
    const covered = lines
      .filter((line) => Math.abs(line.at - at) <= SAME_BOUNDARY)
      .reduce((sum, line) => sum + Math.max(0, Math.min(line.to, to) - Math.max(line.from, from)), 0);
    return covered >= DRAWN * (to - from);
  };
  // Between grid cells (r, c) and (r, c + 1), and between (r, c) and (r + 1, c).
  const right = (r: number, c: number) => !drawn(vertical, xs[c + 1] ?? 0, ys[r + 1] ?? 0, ys[r] ?? 0);
  const below = (r: number, c: number) => !drawn(horizontal, ys[r + 1] ?? 0, xs[c] ?? 0, xs[c + 1] ?? 0);
  return { xs, ys, cells: mergeCells(ys.length - 1, xs.length - 1, right, below, xs, ys) };
}

/**
 * Row boundaries with the edge a page break cut open: Chromium draws no border where it breaks a table row between
 * pages, but the column lines run on to the page's edge of the table. Where most of them end well below the last
 * row line (or above the first), that is the row's edge, so the cut row's text is read in its cells.
 */
function withCutEnds(ys: number[], vertical: readonly Ruling[]): number[] {
  const bottom = ys.at(-1);
  const top = ys[0];
  if (bottom === undefined || top === undefined || vertical.length < 2) return ys;
  const reaching = (beyond: (line: Ruling) => boolean) => vertical.filter(beyond).length * 2 > vertical.length;
  const lowest = Math.min(...vertical.map((line) => line.from));
  const highest = Math.max(...vertical.map((line) => line.to));
  const below = lowest < bottom - SAME_BOUNDARY && reaching((line) => line.from < bottom - SAME_BOUNDARY);
  const above = highest > top + SAME_BOUNDARY && reaching((line) => line.to > top + SAME_BOUNDARY);
  return [...(above ? [highest] : []), ...ys, ...(below ? [lowest] : [])];
}

/** The distinct positions of lines (one within SAME_BOUNDARY of the previous is the same), ascending. */
function boundaries(lines: readonly Ruling[]): number[] {
  const sorted = lines.map((line) => line.at).sort((a, b) => a - b);
  const groups: number[][] = [];
  for (const at of sorted) {
    const last = groups.at(-1);
    if (last && at - (last.at(-1) ?? at) <= SAME_BOUNDARY) last.push(at);
    else groups.push([at]);
  }
  return groups.map((group) => group.reduce((sum, at) => sum + at, 0) / group.length);
}

/**
 * Grid cells as table cells, row by row: a cell grows right while no ruling closes it, then down while no ruling
 * closes its whole bottom, as a merged Word cell covers the grid cells whose inner borders are gone.
 */
function mergeCells(
  rows: number,
  cols: number,
  openRight: (r: number, c: number) => boolean,
  openBelow: (r: number, c: number) => boolean,
  xs: readonly number[],
  ys: readonly number[],
): LatticeCell[] {
  const taken = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  const free = (r: number, c: number): boolean => taken[r]?.[c] === false;
  const cells: LatticeCell[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (!free(row, col)) continue;
      let colSpan = 1;
      while (col + colSpan < cols && free(row, col + colSpan) && openRight(row, col + colSpan - 1)) colSpan++;
      const span = Array.from({ length: colSpan }, (_, k) => col + k);
      let rowSpan = 1;
      const open = (r: number) =>
        span.every((c) => openBelow(r, c) && free(r + 1, c)) && span.slice(1).every((c) => openRight(r + 1, c - 1));
      while (row + rowSpan < rows && open(row + rowSpan - 1)) rowSpan++;
      taken.slice(row, row + rowSpan).forEach((line) => span.forEach((c) => (line[c] = true)));
      const [left = 0, right = 0, top = 0, bottom = 0] = [xs[col], xs[col + colSpan], ys[row], ys[row + rowSpan]];
      cells.push({ row, col, rowSpan, colSpan, left, right, top, bottom });
    }
  }
  return cells;
}
