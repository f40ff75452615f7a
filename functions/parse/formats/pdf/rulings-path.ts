/** Path geometry for rulings.ts: pdfjs 5's path encoding and transforms. */

export type Matrix = readonly [number, number, number, number, number, number];
export type Point = readonly [number, number];
/** [left, bottom, right, top]. */
export type Box = readonly [number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Off-axis drift (pt) still counted as horizontal or vertical. */
export const SKEW = 0.5;
/** pdfjs 5 gives a constructPath's path as one flat list of these codes, each followed by its points (DrawOPS). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Straight subpaths as point lists (a closed one ends on its start point); a subpath with a curve is dropped. */
export function subpaths(data: ArrayLike<number>): Point[][] {
  const paths: Point[][] = [];
  let points: Point[] = [];
  let curved = false;
  const finish = (): void => {
    if (!curved && points.length > 1) paths.push(points);
    points = [];
    curved = false;
  };
  let i = 0;
  const next = (count: number): Point => {
    i += count;
    return [data[i - 2] ?? 0, data[i - 1] ?? 0];
  };
  while (i < data.length) {
    switch (data[i++]) {
      case DRAW.moveTo:
        finish();
        points.push(next(2));
        break;
      case DRAW.lineTo:
        points.push(next(2));
        break;
      case DRAW.curveTo:
        curved = true;
        points.push(next(6));
        break;
      case DRAW.quadraticCurveTo:
        curved = true;
        points.push(next(4));
        break;
      case DRAW.closePath: {
        const start = points[0];
        if (start) points.push(start);
        finish();
        if (start) points.push(start); // drawing goes on from the closed subpath's start
        break;
      }
      default:
        return paths;
    }
  }
  finish();
  return paths;
}

export function boundingBox(points: readonly Point[]): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export function isMatrix(value: unknown): value is Matrix {
  return (Array.isArray(value) || ArrayBuffer.isView(value)) && (value as ArrayLike<unknown>).length === 6;
}

/** m applied after n, as PDF's cm composes: the operand transforms first, then the current matrix. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

export function apply(m: Matrix, [x, y]: Point): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
