// The simplex solver on linear programmes whose optima are known, including degenerate,
// redundant, unbounded and infeasible ones.
import { describe, expect, it } from "vitest";
import { solveLinearProgram, solveLinearSystem } from "../../../src/lib/linearProgram";

function optimal(result: ReturnType<typeof solveLinearProgram>) {
  if (result.status !== "optimal") throw new Error(`expected an optimum, got ${result.status}`);
  return result;
}

describe("solveLinearProgram", () => {
  it("finds the textbook optimum (max 3x + 5y, x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18: 36 at (2, 6))", () => {
    const result = optimal(
      solveLinearProgram([3, 5, 0, 0, 0], [[1, 0, 1, 0, 0], [0, 2, 0, 1, 0], [3, 2, 0, 0, 1]], [4, 12, 18]),
    );
    expect(result.value).toBeCloseTo(36, 12);
    expect(result.x[0]).toBeCloseTo(2, 12);
    expect(result.x[1]).toBeCloseTo(6, 12);
  });

  it("terminates on Beale's cycling example and finds its optimum 1/20", () => {
    // maximise 3/4 x4 − 150 x5 + 1/50 x6 − 6 x7 (Beale 1955), slacks x1, x2, x3; degenerate at the start
    const result = optimal(
      solveLinearProgram(
        [0, 0, 0, 0.75, -150, 0.02, -6],
        [
          [1, 0, 0, 0.25, -60, -0.04, 9],
          [0, 1, 0, 0.5, -90, -0.02, 3],
          [0, 0, 1, 0, 0, 1, 0],
        ],
        [0, 0, 1],
      ),
    );
    expect(result.value).toBeCloseTo(0.05, 12);
    expect(result.x[3]).toBeCloseTo(0.04, 12);
    expect(result.x[5]).toBeCloseTo(1, 12);
  });

  it("handles a redundant equality and a negative right-hand side", () => {
    const result = optimal(solveLinearProgram([1, 0], [[1, 1], [2, 2], [-1, -1]], [1, 2, -1]));
    expect(result.value).toBeCloseTo(1, 12);
    expect(result.x).toEqual([1, 0]);
  });

  it("reports an unbounded problem", () => {
    expect(solveLinearProgram([1, 0], [[1, -1]], [1]).status).toBe("unbounded");
  });

  it("reports an infeasible problem", () => {
    expect(solveLinearProgram([1, 1], [[1, 1]], [-1]).status).toBe("infeasible");
    expect(solveLinearProgram([1, 1], [[1, 0], [1, 0]], [1, 2]).status).toBe("infeasible");
  });

  it("agrees with enumerating the vertices of random bounded problems", () => {
    // max c·x over {x ≥ 0 : x1 + x2 + x3 = 1, a·x = s}: vertices have at most two non-zero coordinates
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let trial = 0; trial < 200; trial++) {
      const c = [next(), next(), next(), next()];
      const a = [next(), next(), next(), next()];
      const s = next() * 0.3;
      const rows = [[1, 1, 1, 1], a];
      const result = solveLinearProgram(c, rows, [1, s]);
      let best = -Infinity;
      for (let i = 0; i < 4; i++) {
        for (let j = i; j < 4; j++) {
          if (i === j) {
            if (Math.abs(a[i]! - s) < 1e-12) best = Math.max(best, c[i]!);
            continue;
          }
          // x_i + x_j = 1, a_i x_i + a_j x_j = s
          if (Math.abs(a[i]! - a[j]!) < 1e-12) continue;
          const xi = (s - a[j]!) / (a[i]! - a[j]!);
          if (xi >= -1e-12 && xi <= 1 + 1e-12) best = Math.max(best, c[i]! * xi + c[j]! * (1 - xi));
        }
      }
      if (best === -Infinity) expect(result.status).toBe("infeasible");
      else expect(optimal(result).value).toBeCloseTo(best, 10);
    }
  });
});

describe("solveLinearSystem", () => {
  it("solves a system that needs pivoting", () => {
    const x = solveLinearSystem([[0, 1], [2, 1]], [3, 5]);
    expect(x[0]).toBeCloseTo(1, 14);
    expect(x[1]).toBeCloseTo(3, 14);
  });
  it("refuses a singular matrix", () => {
    expect(() => solveLinearSystem([[1, 2], [2, 4]], [1, 2])).toThrow(/singular/);
  });
});
