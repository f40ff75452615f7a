import { type CellValues, type Equation, residual } from './equations.js';

/** A set of cell changes after which every equation of the table holds. */
export interface Fix {
  changes: { cell: string; actual: number; proposed: number }[];
  /** The equations that failed before it, which it makes hold. */
  fixed: Equation[];
}

/** One equation as it bears on the changed cells: Σ coefficient × change = target. */
interface Constraint {
  coefficients: number[];
  target: number;
}

/** Each cell's place in the equations: which equations read it, and with which sign. */
type Index = ReadonlyMap<string, ReadonlyMap<number, number>>;

/**
 * The fixes of one cell or, when there is none, of two: the fewest changes that make every equation hold with
 * counts (whole numbers, never negative). Only cells an equation reads are changed: nothing else could tell a value.
 */
export function smallestFixes(equations: readonly Equation[], values: CellValues): Fix[] {
  const residuals = equations.map((equation) => residual(equation, values));
  const failing = equations.flatMap((_, i) => (residuals[i] === 0 ? [] : [i]));
  const [first] = failing;
  if (first === undefined) return [];
  const index = new Map<string, Map<number, number>>();
  equations.forEach(({ terms }, i) => {
    for (const { cell, sign } of terms) index.set(cell, (index.get(cell) ?? new Map()).set(i, sign));
  });
  const cells = [...index.keys()];
  // Only changed cells that between them are read by every failing equation can make all of them hold.
  const readsAll = (cell: string, wanted: readonly number[]) => wanted.every((i) => index.get(cell)?.has(i));
  const fixesOf = (changed: string[]): Fix[] => {
    const fix = fixOf(changed, index, residuals, values);
    return fix ? [{ ...fix, fixed: failing.map((i) => equations[i]!) }] : [];
  };
  const singles = cells.filter((cell) => readsAll(cell, failing)).flatMap((cell) => fixesOf([cell]));
  if (singles.length > 0) return singles;
  // One of the two cells is in the first failing equation: pair its cells with every other, each pair once.
  const firstCells = equations[first]?.terms.map(({ cell }) => cell) ?? [];
  return firstCells.flatMap((one) => {
    const unread = failing.filter((i) => !index.get(one)?.has(i));
    return cells
      .filter((other) => other !== one && !(firstCells.includes(other) && other < one) && readsAll(other, unread))
      .flatMap((other) => fixesOf([one, other].sort()));
  });
}

/** The change of exactly these cells that makes every equation hold, when there is one and only one. */
function fixOf(
  cells: readonly string[],
  index: Index,
  residuals: readonly number[],
  values: CellValues,
): Omit<Fix, 'fixed'> | undefined {
  const touched = new Set(cells.flatMap((cell) => [...(index.get(cell)?.keys() ?? [])]));
  const constraints = [...touched].map((i) => ({
    coefficients: cells.map((cell) => index.get(cell)?.get(i) ?? 0),
    target: -(residuals[i] ?? 0),
  }));
  const deltas = cells.length === 1 ? oneUnknown(constraints) : twoUnknowns(constraints);
  if (!deltas || deltas.some((delta) => delta === 0) || !constraints.every((c) => holds(c, deltas))) return undefined;
  const changes = cells.map((cell, i) => {
    const actual = values.get(cell) ?? 0;
    return { cell, actual, proposed: actual + (deltas[i] ?? 0) };
  });
  if (changes.some(({ proposed }) => proposed < 0 || !Number.isInteger(proposed))) return undefined;
  return { changes };
}

/** Coefficients are ±1: any one constraint gives the change, which every other must then agree with. */
function oneUnknown([first]: readonly Constraint[]): number[] | undefined {
  return first && [first.target * (first.coefficients[0] ?? 0)];
}

/**
 * Two independent constraints give both changes (Cramer's rule); when no two are independent the equations cannot
 * tell the two changes apart, and there is no definite fix.
 */
function twoUnknowns(constraints: readonly Constraint[]): number[] | undefined {
  for (const [i, r] of constraints.entries()) {
    for (const s of constraints.slice(i + 1)) {
      const [ra = 0, rb = 0] = r.coefficients;
      const [sa = 0, sb = 0] = s.coefficients;
      const determinant = ra * sb - rb * sa;
      if (determinant !== 0) {
        return [(r.target * sb - rb * s.target) / determinant, (ra * s.target - sa * r.target) / determinant];
      }
    }
  }
  return undefined;
}

const holds = ({ coefficients, target }: Constraint, deltas: readonly number[]): boolean =>
  coefficients.reduce((sum, c, i) => sum + c * (deltas[i] ?? 0), 0) === target;
