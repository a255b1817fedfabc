import type { Activity, Criterion, RiskScheme } from '../domain/schemas';

/** One criterion's share of an activity's score. */
export type Contribution = {
  readonly criterion: Criterion;
  readonly value: number | null;
  /** Points this criterion adds to the 0–100 score. */
  readonly points: number;
};

/** An activity's risk score on 0–100 and the contribution of each criterion (they add up to it). */
export type RiskScore = { readonly score: number; readonly contributions: readonly Contribution[] };

/**
 * The weighted-sum score of an activity: each criterion is normalised to 0–1 on its own scale
 * ((value − min) / (max − min)), multiplied by its weight share, and the sum scaled to 100.
 * An additive model keeps the score explainable (the contributions add up to the score), as in
 * multi-criteria portfolio tools; a missing value counts as the scale's minimum.
 */
export function riskScore(activity: Pick<Activity, 'risk'>, scheme: RiskScheme): RiskScore {
  const totalWeight = scheme.criteria.reduce((acc, c) => acc + c.weight, 0);
  const contributions = scheme.criteria.map((criterion): Contribution => {
    const raw = activity.risk[criterion.id];
    const value = raw === undefined ? null : raw;
    const span = criterion.max - criterion.min;
    const normal =
      value === null || span <= 0 ? 0 : Math.min(1, Math.max(0, (value - criterion.min) / span));
    const points = totalWeight > 0 ? (100 * criterion.weight * normal) / totalWeight : 0;
    return { criterion, value, points };
  });
  const score = contributions.reduce((acc, c) => acc + c.points, 0);
  return { score, contributions };
}
