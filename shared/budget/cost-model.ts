import type { CostModel } from '../domain/budget';
import type { Activity } from '../domain/schemas';
import { cents, type Cents } from '../domain/units';
import type { CapacityBridge } from '../planning/capacity-bridge';
import { countsForCapacity } from '../planning/counting';

/** The Roemernorm: external hire at most 10% of own personnel plus external hire (Kamerstuk 31 490 nr. 363). */
export const ROEMERNORM = 0.1;

/** One line of the budget: a named amount in whole cents. */
export type BudgetLine = { readonly key: BudgetLineKey; readonly cents: Cents };

/** The cost lines in the order the bridge shows them. */
export type BudgetLineKey = 'personnel' | 'overhead' | 'material' | 'external' | 'fixed';

/** What the personnel money buys in one team: staffing month by month at the team's cost per fte. */
export type TeamPersonnel = {
  readonly teamId: string;
  /** Staffed fte averaged over the year (hires and departures after their lead time included). */
  readonly averageFte: number;
  /** Salary cost per fte per year, in cents (not rounded: a scale mix gives fractions). */
  readonly perFte: number;
  /** Σ over the months of staffed fte × cost per fte ÷ 12, rounded once to whole cents. */
  readonly cents: Cents;
};

/** The budget of a programme: cost lines against the frame, the result, the Roemernorm ratio. */
export type BudgetResult = {
  readonly frame: Cents;
  /** The frame with the confirmed funding: what the KPI cards and the bridge start from. */
  readonly available: Cents;
  /** Money that comes with funding-conditional activities whose funding is confirmed. */
  readonly confirmedFunding: Cents;
  /** Money that would come with the ones not yet confirmed (the conditional frame on top). */
  readonly conditionalFunding: Cents;
  readonly lines: readonly BudgetLine[];
  /** The personnel line per team; its amounts add up to the personnel line exactly. */
  readonly personnelByTeam: readonly TeamPersonnel[];
  readonly total: Cents;
  /** Frame plus confirmed funding minus total: positive is room left, negative a deficit. */
  readonly result: Cents;
  /** Of the personnel cost: what the incident and responsive reserves hold, priced like their hours. */
  readonly reserves: Cents;
  /** External hire ÷ (own personnel + external hire). */
  readonly roemerRatio: number;
  /** Personnel cost per hour per team (cost per FTE ÷ productive hours per FTE), in cents. */
  readonly hourRate: ReadonlyMap<string, number>;
};

/** Rounds to whole cents; every line is rounded once, and totals are sums of the rounded lines. */
const round = (x: number): Cents => cents(Math.round(x));

/** Sums amounts in cents exactly (integers). */
export const sumCents = (xs: readonly number[]): Cents => cents(xs.reduce((s, x) => s + x, 0));

/** A team's salary cost per FTE: the integral rate, or its scale mix priced by the scale rates. */
export function costPerFte(model: CostModel, teamId: string): number {
  if (model.basis === 'integraal') return model.integralRateCents;
  const mix = model.teamMix.find((m) => m.teamId === teamId)?.mix ?? [];
  const shares = mix.reduce((s, m) => s + m.share, 0);
  if (shares <= 0) {
    // No mix: the plain average of the scale rates.
    const rates = model.scaleRates.map((r) => r.cents);
    return rates.length ? rates.reduce((s, r) => s + r, 0) / rates.length : 0;
  }
  return mix.reduce(
    (s, m) =>
      s + (model.scaleRates.find((r) => r.scale === m.scale)?.cents ?? 0) * (m.share / shares),
    0,
  );
}

/**
 * The budget of a programme year: personnel (staffed FTE month by month × cost per FTE, per
 * team: PRODUCT.md, "money buys people, people give hours"), overhead per FTE when the frame
 * covers it, material and external hire of the activities that take capacity (of the planned
 * ones only, when `planned` is given: work below the line buys nothing), and fixed costs,
 * against the frame plus the funding of confirmed activities.
 */
export function budget(
  frame: Cents,
  model: CostModel,
  bridge: CapacityBridge,
  productiveHoursPerFte: number,
  activities: readonly Activity[],
  planned?: ReadonlySet<string>,
): BudgetResult {
  const counted = activities.filter(
    (a) => countsForCapacity(a) && (planned === undefined || planned.has(a.id)),
  );
  return budgetOfCounted(frame, model, bridge, productiveHoursPerFte, activities, counted);
}

/**
 * `budget` once the activities that count are known (`counted`: those that take capacity and
 * are planned, in order), so a caller that has them already does not look them up again.
 */
export function budgetOfCounted(
  frame: Cents,
  model: CostModel,
  bridge: CapacityBridge,
  productiveHoursPerFte: number,
  activities: readonly Activity[],
  counted: readonly Activity[],
): BudgetResult {
  const personnelByTeam: TeamPersonnel[] = bridge.teams.map((t) => {
    const perFte = costPerFte(model, t.teamId);
    return {
      teamId: t.teamId,
      averageFte: t.averageStaffedFte,
      perFte,
      cents: round(t.months.reduce((s, m) => s + (m.staffedFte * perFte) / 12, 0)),
    };
  });
  const personnel = sumCents(personnelByTeam.map((p) => p.cents));
  const staffed = bridge.teams.reduce((s, t) => s + t.averageStaffedFte, 0);
  const overhead = round(model.frameIncludesOverhead ? staffed * model.overheadPerFteCents : 0);
  let materialSum = 0;
  let externalSum = 0;
  for (const a of counted) {
    materialSum += a.materialCents;
    externalSum += a.externalHireCents;
  }
  const material = cents(materialSum);
  const external = cents(externalSum);
  const fixed = sumCents(model.fixedCosts.map((f) => f.cents));
  const lines: BudgetLine[] = [
    { key: 'personnel', cents: personnel },
    { key: 'overhead', cents: overhead },
    { key: 'material', cents: material },
    { key: 'external', cents: external },
    { key: 'fixed', cents: fixed },
  ];
  const total = sumCents(lines.map((l) => l.cents));
  const conditional = activities.filter((a) => a.fundingConditional && a.status !== 'vervallen');
  const confirmedFunding = sumCents(
    conditional.filter((a) => a.fundingConfirmed).map((a) => a.fundingCents),
  );
  const conditionalFunding = sumCents(
    conditional.filter((a) => !a.fundingConfirmed).map((a) => a.fundingCents),
  );
  const hourRate = new Map(
    bridge.teams.map((t) => [
      t.teamId,
      productiveHoursPerFte > 0 ? costPerFte(model, t.teamId) / productiveHoursPerFte : 0,
    ]),
  );
  const reserves = round(
    bridge.teams.reduce(
      (s, t) =>
        s +
        (t.deductions.incidentreserve + t.deductions.responsief) * (hourRate.get(t.teamId) ?? 0),
      0,
    ),
  );
  return {
    frame,
    available: cents(frame + confirmedFunding),
    confirmedFunding,
    conditionalFunding,
    lines,
    personnelByTeam,
    total,
    result: cents(frame + confirmedFunding - total),
    reserves,
    roemerRatio: roemerRatio(external, personnel),
    hourRate,
  };
}

/** External hire as a share of own personnel plus external hire (the Roemernorm's definition). */
export function roemerRatio(external: number, personnel: number): number {
  return external + personnel > 0 ? external / (external + personnel) : 0;
}

/** The verdict on a result in words: room left, or a deficit with its share of the frame. */
export type Verdict =
  | { readonly kind: 'fits'; readonly left: Cents }
  | { readonly kind: 'deficit'; readonly short: Cents; readonly share: number };

/** Whether the plan fits the frame ("past binnen het kader met € … over" or "tekort van € … (…%)"). */
export function verdict(frame: Cents, total: Cents): Verdict {
  return total <= frame
    ? { kind: 'fits', left: cents(frame - total) }
    : {
        kind: 'deficit',
        short: cents(total - frame),
        share: frame > 0 ? (total - frame) / frame : 1,
      };
}

/** Cost of each activity: its hours priced at its teams' hour rates, plus material and external hire. */
export function activityCost(activity: Activity, hourRate: ReadonlyMap<string, number>): Cents {
  const personnel = activity.allocations.reduce(
    (s, a) => s + a.hours * (hourRate.get(a.teamId) ?? 0),
    0,
  );
  return cents(Math.round(personnel) + activity.materialCents + activity.externalHireCents);
}
