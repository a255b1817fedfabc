import type { CostModel } from '../domain/budget';
import { euros, type Cents } from '../domain/units';

/**
 * Salary cost per FTE by scale, rounded: Handleiding Overheidstarieven (HOT) 2026, tables 1–2,
 * as cited by the government's open-source formation tool "Ruimte"; second-hand, and from before
 * the CAO Rijk 2026 (+2,7%). PRODUCT.md, defaults.
 */
export const HOT_2026_SCALE_RATES: readonly { scale: number; cents: Cents }[] = [
  { scale: 8, cents: euros(71_000) },
  { scale: 9, cents: euros(79_000) },
  { scale: 10, cents: euros(88_000) },
  { scale: 11, cents: euros(101_000) },
  { scale: 12, cents: euros(117_000) },
  { scale: 13, cents: euros(134_000) },
  { scale: 14, cents: euros(148_000) },
];

/** Where the default rates come from, shown next to them in the app. */
export const HOT_2026_SOURCE =
  'Handleiding Overheidstarieven (HOT) 2026, tabellen 1–2, afgerond, zoals geciteerd door het open-sourceformatie-instrument Ruimte; vóór de cao Rijk 2026 (+2,7%)';

/** Overhead per FTE: a fixed amount, not a percentage (same source). */
export const HOT_2026_OVERHEAD = euros(28_000);

/** A cost model to start from: HOT 2026 rates, frame = salary and own material (PRODUCT.md). */
export function defaultCostModel(): CostModel {
  return {
    basis: 'schalen',
    integralRateCents: HOT_2026_SCALE_RATES.find((r) => r.scale === 12)?.cents ?? euros(117_000),
    scaleRates: HOT_2026_SCALE_RATES.map((r) => ({ ...r })),
    teamMix: [],
    rateSource: HOT_2026_SOURCE,
    overheadPerFteCents: HOT_2026_OVERHEAD,
    frameIncludesOverhead: false,
    fixedCosts: [],
  };
}
