import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { Activity, Domain, Theme } from '../domain/schemas';
import { themePath, themesInTreeOrder } from '../domain/programme';
import type { LinePlan } from '../planning/plan-line';
import { countsForCapacity } from '../planning/counting';
import {
  activityCost,
  budgetOfCounted,
  verdict,
  type BudgetResult,
  type Verdict,
} from './cost-model';

/** Cost of one group (a theme with its sub-themes, or a domain). */
export type CostRow<T> = {
  readonly item: T;
  readonly cents: number;
  readonly share: number;
  readonly depth: number;
};

/** Everything the budget screen shows. */
export type BudgetView = {
  readonly result: BudgetResult;
  readonly verdict: Verdict;
  readonly perTheme: readonly CostRow<Theme>[];
  readonly perDomain: readonly CostRow<Domain>[];
  readonly conditional: readonly Activity[];
  /** Integral cost per planned activity (hours at the team's rate, material, external hire). */
  readonly costOf: ReadonlyMap<string, number>;
};

/**
 * The budget of a snapshot on its line plan (what is planned, the staffing in the bridge): the
 * result against the frame and the cost per theme and domain; null without a cost model.
 */
export function budgetView(
  data: ProgrammeSnapshot,
  planning: Pick<LinePlan, 'bridge' | 'planned'>,
): BudgetView | null {
  const { programme } = data;
  const model = programme.budget.costModel;
  if (!model) return null;
  const activities = data.activities.filter((a) => a.programmeId === programme.id);
  const planned = activities.filter((a) => planning.planned.has(a.id));
  // What `budget` counts: the planned activities that take capacity, in order.
  const result = budgetOfCounted(
    programme.budget.frameCents,
    model,
    planning.bridge,
    programme.capacity.productiveHoursPerFte,
    activities,
    planned.filter(countsForCapacity),
  );
  const costs = planned.map((a) => activityCost(a, result.hourRate) as number);
  const costOf = new Map<string, number>();
  for (let i = 0; i < planned.length; i += 1)
    costOf.set((planned[i] as Activity).id, costs[i] as number);
  // With ids unique each row's own cost is the one by its id (else the last of an id, as before).
  const costAt = (a: Activity, i: number): number =>
    costOf.size === planned.length ? (costs[i] as number) : (costOf.get(a.id) ?? 0);
  let total = 0;
  for (const c of costOf.values()) total += c;
  const themes = themesInTreeOrder(data.themes.filter((t) => t.mjpId === programme.mjpId));
  // Each theme's path worked out once, not once per activity.
  const paths = new Map<string, Theme[]>();
  const pathOf = (themeId: string): Theme[] => {
    let path = paths.get(themeId);
    if (!path) {
      path = themePath(themeId, themes);
      paths.set(themeId, path);
    }
    return path;
  };
  const themeCost = new Map<string, number>();
  const domainCost = new Map<string, number>();
  for (let i = 0; i < planned.length; i += 1) {
    const a = planned[i] as Activity;
    const cost = costAt(a, i);
    for (const t of pathOf(a.primaryThemeId))
      themeCost.set(t.id, (themeCost.get(t.id) ?? 0) + cost);
  }
  for (let i = 0; i < planned.length; i += 1) {
    const a = planned[i] as Activity;
    const cost = costAt(a, i);
    domainCost.set(a.domainId, (domainCost.get(a.domainId) ?? 0) + cost);
  }
  const share = (c: number) => (total > 0 ? c / total : 0);
  return {
    result,
    verdict: verdict(result.available, result.total),
    perTheme: themes.map((t) => ({
      item: t,
      cents: themeCost.get(t.id) ?? 0,
      share: share(themeCost.get(t.id) ?? 0),
      depth: pathOf(t.id).length - 1,
    })),
    perDomain: data.domains
      .map((d) => ({
        item: d,
        cents: domainCost.get(d.id) ?? 0,
        share: share(domainCost.get(d.id) ?? 0),
        depth: 0,
      }))
      .filter((r) => r.cents > 0)
      .sort((a, b) => b.cents - a.cents),
    conditional: activities.filter((a) => a.fundingConditional),
    costOf,
  };
}
