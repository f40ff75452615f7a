import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  apply,
  type Box,
  boundingBox,
  IDENTITY,
  isMatrix,
  type Matrix,
  multiply,
  type Point,
  SKEW,
  subpaths,
} from './rulings-path.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Ops = Pdfjs['OPS'];

/** A straight ruling line in PDF user space (y up): `at` is its y (horizontal) or x (vertical), from < to along it. */
export interface Ruling {
  at: number;
  from: number;
  to: number;
}
export interface PageRulings {
  horizontal: Ruling[];
  vertical: Ruling[];
}

/** Shorter than this (pt) is a dot or a corner join, not a ruling. */
const MIN_LENGTH = 2;
/** A filled rectangle at most this thick (pt) is a border drawn as a bar (Chromium draws every border so). */
const MAX_BAR = 4;
/** Pieces this close in `at` (pt) lie on one line, and pieces of a line this close end to end (pt) join. */
const SAME_LINE = 1;
const JOIN_GAP = 2;

/** What getOperatorList returns: operator codes (pdfjs's OPS) and each one's arguments. */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

interface State {
  ctm: Matrix;
  strokeInk: boolean;
  fillInk: boolean;
}

/** The page's ruling lines, from its operator list (annotations left out: form fields are not table borders). */
export async function pageRulings(pdfjs: Pdfjs, page: PDFPageProxy): Promise<PageRulings> {
  const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  return operatorRulings(pdfjs.OPS, list, page.view);
}

/** Stroked lines and rectangle edges, and thin filled rectangles, drawn in ink; through save/restore, cm and forms. */
export function operatorRulings(ops: Ops, list: OperatorList, view: readonly number[]): PageRulings {
  const stroked = [ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke];
  const filled = [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke];
  const [left = 0, bottom = 0, right = 0, top = 0] = view;
  const pageBox: Box = [left, bottom, right, top];
  const found: PageRulings = { horizontal: [], vertical: [] };
  const saved: State[] = [];
  let state: State = { ctm: IDENTITY, strokeInk: true, fillInk: true };
  list.fnArray.forEach((fn, index) => {
    const args = (list.argsArray[index] ?? []) as unknown[];
    if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      saved.push(state);
      state = { ...state };
      if (fn === ops.paintFormXObjectBegin && isMatrix(args[0])) state.ctm = multiply(state.ctm, args[0]);
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) state = saved.pop() ?? state;
    else if (fn === ops.transform && isMatrix(args)) state.ctm = multiply(state.ctm, args);
    else if (fn === ops.setStrokeRGBColor || fn === ops.setStrokeTransparent) state.strokeInk = isInk(args[0]);
    else if (fn === ops.setFillRGBColor || fn === ops.setFillTransparent) state.fillInk = isInk(args[0]);
    else if (fn === ops.constructPath) {
      // pdfjs 5: [painting operator, [path or null], bounds]; the path is already in the operator's user space.
      const [paint, [data] = []] = args as [number, (ArrayLike<number> | null)[]?];
      if (!data) return;
      const paths = subpaths(data).map((points) => points.map((point) => apply(state.ctm, point)));
      if (stroked.includes(paint) && state.strokeInk) {
        paths.filter((points) => !coversPage(boundingBox(points), pageBox)).forEach((points) => addEdges(points, found));
      }
      if (filled.includes(paint) && state.fillInk) paths.forEach((points) => addBar(points, found));
    }
  });
  return { horizontal: mergeRulings(found.horizontal), vertical: mergeRulings(found.vertical) };
}

/** Each axis-parallel segment of a stroked subpath; diagonals and tiny pieces are not rulings. */
function addEdges(points: readonly Point[], found: PageRulings): void {
  points.slice(1).forEach(([x1, y1], index) => {
    const [x0, y0] = points[index] ?? [x1, y1];
    if (Math.abs(y1 - y0) <= SKEW && Math.abs(x1 - x0) >= MIN_LENGTH) {
      found.horizontal.push({ at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) });
    } else if (Math.abs(x1 - x0) <= SKEW && Math.abs(y1 - y0) >= MIN_LENGTH) {
      found.vertical.push({ at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) });
    }
  });
}

/**
 * A filled shape thin one way and long the other is a border: a rectangle, or the trapezoid Chromium fills for each
 * side of a bevelled `<table border="1">` cell. A larger shape is shading or a background.
 */
function addBar(points: readonly Point[], found: PageRulings): void {
  if (points.length < 3) return;
  const [left, bottom, right, top] = boundingBox(points);
  if (top - bottom <= MAX_BAR && right - left >= MIN_LENGTH) {
    found.horizontal.push({ at: (top + bottom) / 2, from: left, to: right });
  } else if (right - left <= MAX_BAR && top - bottom >= MIN_LENGTH) {
    found.vertical.push({ at: (left + right) / 2, from: bottom, to: top });
  }
}

/** A frame around (nearly) the whole page is a page border, not a table. */
function coversPage([left, bottom, right, top]: Box, page: Box): boolean {
  const width = Math.max(page[2] - page[0], 1);
  const height = Math.max(page[3] - page[1], 1);
  return (right - left) / width >= 0.9 && (top - bottom) / height >= 0.9;
}

/** Collinear pieces (a border drawn cell by cell, or twice by two neighbouring cells) as one line each. */
function mergeRulings(rulings: readonly Ruling[]): Ruling[] {
  const lines: Ruling[][] = [];
  for (const ruling of [...rulings].sort((a, b) => a.at - b.at)) {
    const line = lines.at(-1);
    if (line && ruling.at - (line[0]?.at ?? ruling.at) <= SAME_LINE) line.push(ruling);
    else lines.push([ruling]);
  }
  return lines.flatMap((line) => {
    const at = line.reduce((sum, piece) => sum + piece.at, 0) / line.length;
    const merged: Ruling[] = [];
    for (const { from, to } of line.sort((a, b) => a.from - b.from)) {
      const last = merged.at(-1);
      if (last && from <= last.to + JOIN_GAP) last.to = Math.max(last.to, to);
      else merged.push({ at, from, to });
    }
    return merged;
  });
}

/** pdfjs gives colours as "#rrggbb" (gray and CMYK converted) or "transparent"; near-white is paper, patterns ink. */
function isInk(colour: unknown): boolean {
  if (colour === undefined || colour === 'transparent') return false;
  if (typeof colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(colour)) return true;
  return [1, 3, 5].some((start) => parseInt(colour.slice(start, start + 2), 16) < 0xf0);
}
