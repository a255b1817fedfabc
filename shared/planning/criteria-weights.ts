/**
 * Weights from pairwise comparisons (the analytic hierarchy process, as in portfolio tools):
 * directors say for each pair of criteria how much more important one is, on Saaty's 1–9
 * scale; the weights are the normalised geometric means of the rows, and the consistency
 * ratio tells when the comparisons contradict each other (above 0,10 is inconsistent).
 */

/** One comparison: `ratio` > 1 means a is more important than b (1/9 … 9). */
export type Comparison = { readonly a: string; readonly b: string; readonly ratio: number };

/** The derived weights and how consistent the comparisons were. */
export type WeightsResult = {
  readonly weights: ReadonlyMap<string, number>;
  readonly consistencyRatio: number;
  readonly consistent: boolean;
};

/** Saaty's random consistency index by matrix size (Saaty 1980). */
const RANDOM_INDEX = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** The threshold above which comparisons are called inconsistent. */
export const CONSISTENCY_LIMIT = 0.1;

/** Computes weights (summing to 1) and the consistency ratio; a missing pair counts as equal. */
export function weightsFromComparisons(
  ids: readonly string[],
  comparisons: readonly Comparison[],
): WeightsResult {
  const n = ids.length;
  const m = ids.map(() => ids.map(() => 1));
  const index = new Map(ids.map((id, i) => [id, i]));
  for (const c of comparisons) {
    const i = index.get(c.a);
    const j = index.get(c.b);
    if (
      i === undefined ||
      j === undefined ||
      i === j ||
      !(c.ratio > 0) ||
      !Number.isFinite(c.ratio)
    )
      continue;
    const rowI = m[i];
    const rowJ = m[j];
    if (rowI) rowI[j] = c.ratio;
    if (rowJ) rowJ[i] = 1 / c.ratio;
  }
  const geo = m.map((row) =>
    Math.pow(
      row.reduce((p, v) => p * v, 1),
      1 / Math.max(1, n),
    ),
  );
  const sum = geo.reduce((s, g) => s + g, 0);
  const w = geo.map((g) => (sum > 0 ? g / sum : 1 / n));
  // λmax: the average of (M·w)_i / w_i.
  const lambda =
    n === 0
      ? 0
      : m.reduce(
          (s, row, i) => s + row.reduce((acc, v, j) => acc + v * (w[j] ?? 0), 0) / (w[i] ?? 1),
          0,
        ) / n;
  const ci = n > 2 ? (lambda - n) / (n - 1) : 0;
  const ri = RANDOM_INDEX[n] ?? RANDOM_INDEX[RANDOM_INDEX.length - 1] ?? 1.49;
  const cr = ri > 0 ? Math.max(0, ci / ri) : 0;
  return {
    weights: new Map(ids.map((id, i) => [id, w[i] ?? 0])),
    consistencyRatio: cr,
    consistent: cr <= CONSISTENCY_LIMIT,
  };
}
