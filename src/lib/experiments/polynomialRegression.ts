/**
 * Overfitting in the small: least-squares polynomial fits of degree 0–15 with a ridge penalty to
 * noisy samples of sin(πx) at evenly spaced points of [−1, 1]. The training error is the proxy, the error on fresh
 * held-out points the goal. Features are Legendre polynomials, which stay well conditioned on
 * [−1, 1] where raw powers do not, and the penalised least-squares problem is solved by
 * Householder QR of the design matrix stacked on the penalty rows, never by normal equations.
 */
import { standardNormal, uniformSource } from "../random";
import { meanSquaredError } from "./statistics";
import { requireInteger, requireNumber } from "./validation";

export interface PolynomialRegressionControls {
  seed: number;
  /** Number of training points. */
  points: number;
  /** Standard deviation of the Gaussian noise on every target. */
  noise: number;
  degree: number;
  /** log10 λ, where the fit minimises mean squared error + λ·Σ_{k≥1} c_k² over Legendre coefficients c. */
  penalty: number;
}

export const defaultPolynomialRegressionControls: PolynomialRegressionControls = {
  seed: 1,
  points: 15,
  noise: 0.2,
  degree: 12,
  penalty: -8,
};

export const maxDegree = 15;
export const heldOutPointCount = 200;
const curvePointCount = 201;

/** The smooth function behind the data. */
export function targetFunction(x: number): number {
  return Math.sin(Math.PI * x);
}

export function validatePolynomialRegressionControls(controls: PolynomialRegressionControls): void {
  requireInteger("seed", controls.seed, 0, 2 ** 31 - 1);
  requireInteger("points", controls.points, 2, 200);
  requireNumber("noise", controls.noise, 0, 2);
  requireInteger("degree", controls.degree, 0, maxDegree);
  requireNumber("penalty", controls.penalty, -12, 2);
}

/** The Legendre polynomials P_0(x) … P_degree(x), by (k + 1)P_{k+1} = (2k + 1)x P_k − k P_{k−1}. */
export function legendreFeatures(x: number, degree: number): Float64Array {
  const features = new Float64Array(degree + 1);
  features[0] = 1;
  if (degree >= 1) features[1] = x;
  for (let k = 1; k < degree; k++) features[k + 1] = ((2 * k + 1) * x * features[k]! - k * features[k - 1]!) / (k + 1);
  return features;
}

/**
 * Minimises |A c − b|² by Householder QR; A is rows × columns, row-major, with full column rank.
 * Each reflection zeroes one column below the diagonal and is applied to b at the same time.
 */
export function leastSquares(matrix: Float64Array, rows: number, columns: number, target: Float64Array): Float64Array {
  const a = Float64Array.from(matrix);
  const b = Float64Array.from(target);
  for (let j = 0; j < columns; j++) {
    let columnNorm = 0;
    for (let i = j; i < rows; i++) columnNorm += a[i * columns + j]! ** 2;
    columnNorm = Math.sqrt(columnNorm);
    if (columnNorm === 0) continue;
    // reflect onto −sign(a_jj)|column| so the pivot never suffers cancellation
    const alpha = a[j * columns + j]! > 0 ? -columnNorm : columnNorm;
    const v = new Float64Array(rows - j);
    for (let i = j; i < rows; i++) v[i - j] = a[i * columns + j]!;
    v[0]! -= alpha;
    let vNormSquared = 0;
    for (const component of v) vNormSquared += component * component;
    if (vNormSquared === 0) continue;
    const reflect = (get: (i: number) => number, set: (i: number, value: number) => void): void => {
      let projection = 0;
      for (let i = j; i < rows; i++) projection += v[i - j]! * get(i);
      const scale = (2 * projection) / vNormSquared;
      for (let i = j; i < rows; i++) set(i, get(i) - scale * v[i - j]!);
    };
    for (let k = j; k < columns; k++) {
      reflect((i) => a[i * columns + k]!, (i, value) => (a[i * columns + k] = value));
    }
    reflect((i) => b[i]!, (i, value) => (b[i] = value));
  }
  // back substitution in the upper triangle R c = (Qᵀb)[0 .. columns)
  const coefficients = new Float64Array(columns);
  for (let j = columns - 1; j >= 0; j--) {
    let sum = b[j]!;
    for (let k = j + 1; k < columns; k++) sum -= a[j * columns + k]! * coefficients[k]!;
    coefficients[j] = sum / a[j * columns + j]!;
  }
  return coefficients;
}

/**
 * Legendre coefficients minimising (1/n)Σ(y − f(x))² + λΣ_{k≥1} c_k²: least squares on the n data
 * rows stacked on `degree` rows sqrt(nλ)·e_k. The constant term is not penalised, so the fit is
 * never pulled toward 0 as a whole, and λ > 0 keeps the stacked matrix of full rank even with
 * fewer points than coefficients.
 */
export function fitRidgePolynomial(x: Float64Array, y: Float64Array, degree: number, lambda: number): Float64Array {
  const columns = degree + 1;
  const rows = x.length + degree;
  const matrix = new Float64Array(rows * columns);
  const target = new Float64Array(rows);
  x.forEach((xi, i) => {
    matrix.set(legendreFeatures(xi, degree), i * columns);
    target[i] = y[i]!;
  });
  const penaltyWeight = Math.sqrt(x.length * lambda);
  for (let k = 1; k <= degree; k++) matrix[(x.length + k - 1) * columns + k] = penaltyWeight;
  return leastSquares(matrix, rows, columns, target);
}

/** The polynomial with Legendre coefficients `coefficients` at each of `x`. */
export function evaluateLegendre(coefficients: Float64Array, x: ArrayLike<number>): Float64Array {
  const degree = coefficients.length - 1;
  return Float64Array.from(x, (xi) => {
    const features = legendreFeatures(xi, degree);
    let value = 0;
    for (let k = 0; k <= degree; k++) value += coefficients[k]! * features[k]!;
    return value;
  });
}

export interface PolynomialDataPoint {
  x: number;
  y: number;
  set: "training" | "heldOut";
}

export interface PolynomialCurvePoint {
  x: number;
  fitted: number;
  truth: number;
}

export interface PolynomialDegreeError {
  degree: number;
  trainingError: number;
  heldOutError: number;
}

export interface PolynomialRegression {
  points: PolynomialDataPoint[];
  curve: PolynomialCurvePoint[];
  trainingError: number;
  heldOutError: number;
  /** Training and held-out mean squared error of the fit at every degree, for the current λ. */
  errorByDegree: PolynomialDegreeError[];
}

export function polynomialRegression(controls: PolynomialRegressionControls): PolynomialRegression {
  validatePolynomialRegressionControls(controls);
  const source = uniformSource(controls.seed);
  const normal = standardNormal(source);
  const noisyTargets = (x: Float64Array): { x: Float64Array; y: Float64Array } => ({
    x,
    y: x.map((xi) => targetFunction(xi) + controls.noise * normal()),
  });
  // evenly spaced training inputs, as in the classic picture: random ones leave gaps near the
  // ends where any high-degree fit is wild, which would swamp the effect of degree and penalty
  const training = noisyTargets(Float64Array.from({ length: controls.points }, (_, i) => -1 + (2 * i) / (controls.points - 1)));
  const heldOut = noisyTargets(Float64Array.from({ length: heldOutPointCount }, () => 2 * source() - 1));
  const lambda = 10 ** controls.penalty;
  const errorByDegree: PolynomialDegreeError[] = [];
  let selectedFit: Float64Array = new Float64Array(0);
  for (let degree = 0; degree <= maxDegree; degree++) {
    const coefficients = fitRidgePolynomial(training.x, training.y, degree, lambda);
    if (degree === controls.degree) selectedFit = coefficients;
    errorByDegree.push({
      degree,
      trainingError: meanSquaredError(evaluateLegendre(coefficients, training.x), training.y),
      heldOutError: meanSquaredError(evaluateLegendre(coefficients, heldOut.x), heldOut.y),
    });
  }
  const selectedErrors = errorByDegree[controls.degree]!;
  const gridX = Array.from({ length: curvePointCount }, (_, i) => -1 + (2 * i) / (curvePointCount - 1));
  const fitted = evaluateLegendre(selectedFit, gridX);
  const dataPoints = (set: PolynomialDataPoint["set"], data: { x: Float64Array; y: Float64Array }): PolynomialDataPoint[] =>
    Array.from(data.x, (x, i) => ({ x, y: data.y[i]!, set }));
  return {
    points: [...dataPoints("training", training), ...dataPoints("heldOut", heldOut)],
    curve: gridX.map((x, i) => ({ x, fitted: fitted[i]!, truth: targetFunction(x) })),
    trainingError: selectedErrors.trainingError,
    heldOutError: selectedErrors.heldOutError,
    errorByDegree,
  };
}
