/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares) on standardised
 * features. Full-batch and exact, so the same rows always give the same weights: no seed needed for the fit.
 */

export interface Sample {
  x: number[];
  y: 0 | 1;
  weight: number;
}

export interface FittedModel {
  bias: number;
  /** Per original (unstandardised) feature. */
  weights: number[];
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
    y[i] = sum / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * x[k]!;
    x[i] = sum / l[i]![i]!;
  }
  return x;
}

export function fitLogistic(samples: readonly Sample[], lambda = 1, iterations = 25): FittedModel {
  const d = samples[0]!.x.length;
  const n = d + 1;
  const totalWeight = samples.reduce((sum, s) => sum + s.weight, 0);
  const mean = new Array<number>(d).fill(0);
  const spread = new Array<number>(d).fill(0);
  for (const s of samples) for (let j = 0; j < d; j++) mean[j]! += (s.weight * s.x[j]!) / totalWeight;
  for (const s of samples) for (let j = 0; j < d; j++) spread[j]! += (s.weight * (s.x[j]! - mean[j]!) ** 2) / totalWeight;
  const scale = spread.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1));
  // Standardised rows with a leading 1, flat for speed.
  const rows = new Float64Array(samples.length * n);
  samples.forEach((s, i) => {
    rows[i * n] = 1;
    for (let j = 0; j < d; j++) rows[i * n + j + 1] = (s.x[j]! - mean[j]!) / scale[j]!;
  });
  const beta = new Float64Array(n);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = new Float64Array(n);
    const hessian = new Float64Array(n * n);
    for (let i = 0; i < samples.length; i++) {
      const offset = i * n;
      let z = 0;
      for (let j = 0; j < n; j++) z += beta[j]! * rows[offset + j]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = samples[i]!;
      const g = s.weight * (p - s.y);
      const h = s.weight * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < n; j++) {
        const xj = rows[offset + j]!;
        gradient[j]! += g * xj;
        const hj = h * xj;
        const base = j * n;
        for (let k = 0; k <= j; k++) hessian[base + k]! += hj * rows[offset + k]!;
      }
    }
    const matrix = Array.from({ length: n }, (_, j) => Array.from({ length: n }, (_, k) => (k <= j ? hessian[j * n + k]! : hessian[k * n + j]!)));
    const grad = Array.from(gradient);
    for (let j = 1; j < n; j++) {
      grad[j]! += lambda * beta[j]!;
      matrix[j]![j]! += lambda;
    }
    const step = solve(matrix, grad);
    let change = 0;
    for (let j = 0; j < n; j++) {
      beta[j]! -= step[j]!;
      change = Math.max(change, Math.abs(step[j]!));
    }
    if (change < 1e-5) break;
  }
  const weights = Array.from(beta.slice(1), (b, j) => b / scale[j]!);
  const bias = beta[0]! - weights.reduce((sum, w, j) => sum + w * mean[j]!, 0);
  return { bias, weights };
}

export function predict(model: FittedModel, x: readonly number[]): number {
  let z = model.bias;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return 1 / (1 + Math.exp(-z));
}
