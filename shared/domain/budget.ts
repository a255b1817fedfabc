import { z } from 'zod';
import { TeamId } from './ids';
import { Cents } from './units';
import { multilineText, text } from './text';

/** Salary cost per FTE of one salary scale (e.g. HOT 2026: schaal 11 € 101.000). */
export const ScaleRate = z.object({ scale: z.number().int().min(1).max(18), cents: Cents });
/** A scale rate. */
export type ScaleRate = z.infer<typeof ScaleRate>;

/** A team's mix of salary scales: shares that add up to 1. */
export const TeamScaleMix = z.object({
  teamId: TeamId,
  mix: z.array(
    z.object({ scale: z.number().int().min(1).max(18), share: z.number().min(0).max(1) }),
  ),
});
/** A team's scale mix. */
export type TeamScaleMix = z.infer<typeof TeamScaleMix>;

/** What a fixed cost is for. */
export const FixedCostKind = z.enum(['huisvesting', 'ict', 'opleiding', 'overig']);
/** Fixed cost kind. */
export type FixedCostKind = z.infer<typeof FixedCostKind>;

/** A fixed cost of the year (housing, ICT, training, other). */
export const FixedCost = z.object({
  id: text(100, { min: 1 }),
  kind: FixedCostKind,
  label: text(200, { trim: true }),
  cents: Cents,
});
/** A fixed cost. */
export type FixedCost = z.infer<typeof FixedCost>;

/**
 * How personnel is priced: one integral rate per FTE, or a rate per salary scale with a scale
 * mix per team. The norm's source and edition are named (e.g. the HOT tables).
 */
export const CostModel = z.object({
  basis: z.enum(['integraal', 'schalen']),
  integralRateCents: Cents,
  scaleRates: z.array(ScaleRate),
  teamMix: z.array(TeamScaleMix),
  rateSource: multilineText(500),
  /** Overhead per FTE (housing, IT, facilities, …): a fixed amount, not a percentage. */
  overheadPerFteCents: Cents,
  /** Whether the frame covers overhead per FTE (the integral basis) or salary and own material only. */
  frameIncludesOverhead: z.boolean(),
  fixedCosts: z.array(FixedCost),
});
/** A cost model. */
export type CostModel = z.infer<typeof CostModel>;
