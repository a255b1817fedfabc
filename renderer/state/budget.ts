import {
  activityCost,
  budget,
  verdict,
  type BudgetResult,
  type Verdict,
} from '../../shared/budget/cost-model';
import type { Activity, Domain, Theme } from '../../shared/domain/schemas';
import { themePath, themesInTreeOrder } from '../../shared/domain/programme';
import type { ProgrammeData } from '../db/repositories/programme-data';
import { selectPlanning, type PlanningView } from './planning';
import type { KoersState } from './types';

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

let last: { data: ProgrammeData; planning: PlanningView; value: BudgetView | null } | null = null;

/** Builds the budget view; null when the programme has no cost model yet. */
function build(data: ProgrammeData, planning: PlanningView): BudgetView | null {
  const { programme } = data;
  const model = programme.budget.costModel;
  if (!model) return null;
  const activities = data.activities.filter((a) => a.programmeId === programme.id);
  const result = budget(
    programme.budget.frameCents,
    model,
    planning.bridge,
    programme.capacity.productiveHoursPerFte,
    activities,
    planning.planned,
  );
  const planned = activities.filter((a) => planning.planned.has(a.id));
  const costOf = new Map(
    planned.map((a) => [a.id as string, activityCost(a, result.hourRate) as number]),
  );
  const total = [...costOf.values()].reduce((s, c) => s + c, 0);
  const themes = themesInTreeOrder(data.themes.filter((t) => t.mjpId === programme.mjpId));
  const themeCost = new Map<string, number>();
  for (const a of planned)
    for (const t of themePath(a.primaryThemeId, themes))
      themeCost.set(t.id, (themeCost.get(t.id) ?? 0) + (costOf.get(a.id) ?? 0));
  const domainCost = new Map<string, number>();
  for (const a of planned)
    domainCost.set(a.domainId, (domainCost.get(a.domainId) ?? 0) + (costOf.get(a.id) ?? 0));
  const share = (c: number) => (total > 0 ? c / total : 0);
  return {
    result,
    verdict: verdict(result.available, result.total),
    perTheme: themes.map((t) => ({
      item: t,
      cents: themeCost.get(t.id) ?? 0,
      share: share(themeCost.get(t.id) ?? 0),
      depth: themePath(t.id, themes).length - 1,
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

/** The budget of the loaded programme; null until loaded or without a cost model. */
export function selectBudget(state: KoersState): BudgetView | null {
  const planning = selectPlanning(state);
  if (!state.data || !planning) return null;
  if (last?.data === state.data && last.planning === planning) return last.value;
  const value = build(state.data, planning);
  last = { data: state.data, planning, value };
  return value;
}
