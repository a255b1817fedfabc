// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { ProgrammeSnapshot } from '../../domain/snapshot';
import { themePath, themesInTreeOrder } from '../../domain/programme';
import type { LinePlan } from './plan-line';
import { activityCost, budget, verdict } from '../../budget/cost-model';
import type { BudgetView, CostRow } from '../../budget/budget-view';
// The types are the live module's: only the functions are kept as they were.
export type { BudgetView, CostRow };

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
