/**
 * Exact small linear programmes: the dense two-phase simplex method with Bland's rule, and the
 * dense linear solve it and the finite-MDP module (literature/mdp.ts) need.
 *
 * Problem form: maximise c·x subject to A x = b, x ≥ 0. Bland's rule (entering: the lowest-index
 * improving column; leaving: the lowest-index basic variable among the tied ratios) cannot cycle,
 * so degenerate problems terminate. Meant for problems with tens of variables, not for scale.
 */

export type Matrix = readonly (readonly number[])[];

export type LinearProgramResult =
  | { status: "optimal"; x: number[]; value: number }
  | { status: "infeasible" }
  | { status: "unbounded" };

/** Pivot tolerance: entries below it count as zero. The problems here are scaled to order 1. */
const epsilon = 1e-11;

/** Solves M x = y by Gaussian elimination with partial pivoting; throws if M is singular. */
export function solveLinearSystem(matrix: Matrix, rhs: readonly number[]): number[] {
  const n = matrix.length;
  if (rhs.length !== n || matrix.some((row) => row.length !== n)) throw new RangeError(`solveLinearSystem: expected an ${n}×${n} system`);
  const a = matrix.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(a[row]![col]!) > Math.abs(a[pivot]![col]!)) pivot = row;
    if (Math.abs(a[pivot]![col]!) < 1e-14) throw new RangeError("solveLinearSystem: the matrix is singular");
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const p = a[col]!;
    for (let row = col + 1; row < n; row++) {
      const r = a[row]!;
      const factor = r[col]! / p[col]!;
      if (factor !== 0) for (let k = col; k <= n; k++) r[k]! -= factor * p[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = a[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

interface Tableau {
  /** constraint rows [coefficients… | rhs] */
  rows: number[][];
  /** reduced costs z_j − c_j and, last, the objective value */
  costs: number[];
  /** basic variable of each row */
  basis: number[];
}

function pivot(tableau: Tableau, row: number, col: number): void {
  const pivotRow = tableau.rows[row]!;
  const p = pivotRow[col]!;
  for (let k = 0; k < pivotRow.length; k++) pivotRow[k]! /= p;
  const eliminate = (target: number[]) => {
    const factor = target[col]!;
    if (factor !== 0) for (let k = 0; k < target.length; k++) target[k]! -= factor * pivotRow[k]!;
    target[col] = 0;
  };
  tableau.rows.forEach((r, i) => i !== row && eliminate(r));
  eliminate(tableau.costs);
  tableau.basis[row] = col;
}

/** Runs the simplex method with Bland's rule over the first `columns` columns; false when unbounded. */
function runSimplex(tableau: Tableau, columns: number): boolean {
  for (let iteration = 0; iteration < 100_000; iteration++) {
    let entering = -1;
    for (let j = 0; j < columns; j++) {
      if (tableau.costs[j]! < -epsilon) {
        entering = j;
        break;
      }
    }
    if (entering < 0) return true;
    let leaving = -1;
    let bestRatio = Infinity;
    tableau.rows.forEach((r, i) => {
      const entry = r[entering]!;
      if (entry <= epsilon) return;
      const ratio = r[r.length - 1]! / entry;
      if (ratio < bestRatio - epsilon || (Math.abs(ratio - bestRatio) <= epsilon && tableau.basis[i]! < tableau.basis[leaving]!)) {
        bestRatio = ratio;
        leaving = i;
      }
    });
    if (leaving < 0) return false;
    pivot(tableau, leaving, entering);
  }
  throw new Error("simplex: no termination after 100000 pivots (Bland's rule should prevent this)");
}

/** Maximises c·x subject to A x = b and x ≥ 0. */
export function solveLinearProgram(objective: readonly number[], constraints: Matrix, rhs: readonly number[]): LinearProgramResult {
  const m = constraints.length;
  const n = objective.length;
  if (rhs.length !== m || constraints.some((row) => row.length !== n)) {
    throw new RangeError(`solveLinearProgram: A must be ${m}×${n} to match b and c`);
  }
  // phase 1: rows with b ≥ 0, one artificial variable per row, maximise −Σ artificials
  const rows = constraints.map((row, i) => {
    const sign = rhs[i]! < 0 ? -1 : 1;
    const artificial = Array.from({ length: m }, (_, k) => (k === i ? 1 : 0));
    return [...row.map((a) => sign * a), ...artificial, sign * rhs[i]!];
  });
  const costs = Array.from({ length: n + m + 1 }, (_, j) => (j < n || j === n + m ? -rows.reduce((s, r) => s + r[j]!, 0) : 0));
  const tableau: Tableau = { rows, costs, basis: Array.from({ length: m }, (_, i) => n + i) };
  runSimplex(tableau, n + m);
  const scale = 1 + rhs.reduce((s, b) => s + Math.abs(b), 0);
  if (tableau.costs[n + m]! < -1e-9 * scale) return { status: "infeasible" };
  // drive artificial variables (at level 0) out of the basis; a row with no real pivot is redundant
  for (let i = tableau.rows.length - 1; i >= 0; i--) {
    if (tableau.basis[i]! < n) continue;
    const row = tableau.rows[i]!;
    const col = row.findIndex((value, j) => j < n && Math.abs(value) > 1e-9);
    if (col >= 0) pivot(tableau, i, col);
    else {
      tableau.rows.splice(i, 1);
      tableau.basis.splice(i, 1);
    }
  }
  // phase 2 on the real columns only
  tableau.rows = tableau.rows.map((row) => [...row.slice(0, n), row[n + m]!]);
  tableau.costs = Array.from({ length: n + 1 }, (_, j) => {
    const basic = tableau.rows.reduce((s, row, i) => s + objective[tableau.basis[i]!]! * row[j]!, 0);
    return j < n ? basic - objective[j]! : basic;
  });
  if (!runSimplex(tableau, n)) return { status: "unbounded" };
  const x = new Array<number>(n).fill(0);
  tableau.rows.forEach((row, i) => (x[tableau.basis[i]!] = row[n]!));
  return { status: "optimal", x, value: tableau.costs[n]! };
}
