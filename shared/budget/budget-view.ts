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
  const rate = internedRate(result.hourRate);
  const costs = planned.map((a) => costOfRow(a, rate));
  const costOf = costMap(planned, costs);
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
  // Sums per theme and per domain numbered by id, in typed arrays: the same additions in the same
  // order as maps by id, without a map lookup per activity.
  const themeAt = new Map<string, number>();
  for (const t of themes) if (!themeAt.has(t.id)) themeAt.set(t.id, themeAt.size);
  const domainAt = new Map<string, number>();
  for (const d of data.domains) if (!domainAt.has(d.id)) domainAt.set(d.id, domainAt.size);
  const themeSums = new Float64Array(themeAt.size);
  const domainSums = new Float64Array(domainAt.size);
  // Paths hold themes of the list only, so each has a number; a domain not in the list is not shown.
  const pathAt = new Map<string, number[]>();
  for (let i = 0; i < planned.length; i += 1) {
    const a = planned[i] as Activity;
    const cost = costAt(a, i);
    let at = pathAt.get(a.primaryThemeId);
    if (!at) {
      at = pathOf(a.primaryThemeId).map((t) => themeAt.get(t.id) as number);
      pathAt.set(a.primaryThemeId, at);
    }
    for (const t of at) themeSums[t] = (themeSums[t] as number) + cost;
    const d = domainAt.get(a.domainId);
    if (d !== undefined) domainSums[d] = (domainSums[d] as number) + cost;
  }
  const themeCost = (id: string): number => themeSums[themeAt.get(id) as number] as number;
  const domainCost = (id: string): number => domainSums[domainAt.get(id) as number] as number;
  const share = (c: number) => (total > 0 ? c / total : 0);
  return {
    result,
    verdict: verdict(result.available, result.total),
    perTheme: themes.map((t) => ({
      item: t,
      cents: themeCost(t.id),
      share: share(themeCost(t.id)),
      depth: pathOf(t.id).length - 1,
    })),
    perDomain: data.domains
      .map((d) => ({
        item: d,
        cents: domainCost(d.id),
        share: share(domainCost(d.id)),
        depth: 0,
      }))
      .filter((r) => r.cents > 0)
      .sort((a, b) => b.cents - a.cents),
    conditional: activities.filter((a) => a.fundingConditional),
    costOf,
  };
}

/** The hour rates budgetView last priced with: equal rates give this same object (a cache key). */
let lastRate: ReadonlyMap<string, number> | null = null;

/** The rates as the object last seen with the same teams and rates in the same order. */
function internedRate(rate: ReadonlyMap<string, number>): ReadonlyMap<string, number> {
  const last = lastRate;
  if (last !== null && last.size === rate.size) {
    const it = last.entries();
    let same = true;
    for (const [team, r] of rate) {
      const [lastTeam, lastR] = it.next().value as [string, number];
      if (team !== lastTeam || !Object.is(r, lastR)) {
        same = false;
        break;
      }
    }
    if (same) return last;
  }
  lastRate = rate;
  return rate;
}

/** Each row's cost at the rates it was priced at (rows are replaced, never mutated). */
const rowCosts = new WeakMap<Activity, { rate: ReadonlyMap<string, number>; cost: number }>();

/** A row's integral cost, worked out once per row and rates. */
function costOfRow(a: Activity, rate: ReadonlyMap<string, number>): number {
  const known = rowCosts.get(a);
  if (known?.rate === rate) return known.cost;
  const cost = activityCost(a, rate) as number;
  rowCosts.set(a, { rate, cost });
  return cost;
}

/** The cost map budgetView gave last (never changed once given: callers only read it). */
let lastCostOf: ReadonlyMap<string, number> | null = null;

/**
 * The cost per planned id (the last of an id, in the place of its first): the last map again
 * when it holds the same ids and costs in the same order.
 */
function costMap(
  planned: readonly Activity[],
  costs: readonly number[],
): ReadonlyMap<string, number> {
  const last = lastCostOf;
  if (last !== null && last.size === planned.length) {
    let i = 0;
    let same = true;
    for (const [id, c] of last) {
      if (id !== (planned[i] as Activity).id || !Object.is(c, costs[i])) {
        same = false;
        break;
      }
      i += 1;
    }
    if (same) return last;
  }
  const out = new Map<string, number>();
  for (let i = 0; i < planned.length; i += 1)
    out.set((planned[i] as Activity).id, costs[i] as number);
  lastCostOf = out;
  return out;
}
