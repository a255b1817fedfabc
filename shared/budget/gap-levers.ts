import type { Activity, Programme } from '../domain/schemas';
import { cents, type Cents, type MonthKey } from '../domain/units';
import { effectiveMonth } from '../planning/capacity-bridge';
import { countsForCapacity } from '../planning/counting';
import { planLine, type LinePlan } from '../planning/plan-line';
import { budget, type BudgetResult } from './cost-model';

/** The line and the budget of one state of a programme, computed together so they agree. */
export type MoneyAndLine = {
  readonly plan: LinePlan;
  readonly budget: BudgetResult;
  /** Ids of the activities above the line. */
  readonly above: ReadonlySet<string>;
};

/**
 * The line and the budget of a programme as a pure function of its rows: the budget reads the
 * line's capacity bridge (so staffing is priced month by month) and counts material and external
 * hire of the planned activities only. Null without a cost model.
 */
export function moneyAndLine(
  programme: Programme,
  activities: readonly Activity[],
  /** The line when it is known to be the same (only money changed), to save drawing it again. */
  sameLine?: LinePlan,
): MoneyAndLine | null {
  const model = programme.budget.costModel;
  if (!model) return null;
  const own = activities.filter((a) => a.programmeId === programme.id);
  const plan = sameLine ?? planLine(programme, own, { lift: false });
  return {
    plan,
    budget: budget(
      programme.budget.frameCents,
      model,
      plan.bridge,
      programme.capacity.productiveHoursPerFte,
      own,
      plan.planned,
    ),
    above: new Set(plan.line.entries.filter((e) => e.above).map((e) => e.id)),
  };
}

/**
 * One real lever on a deficit (PRODUCT.md, product decisions), as data so a command can carry it:
 * leave a planned hire unfilled, cut an activity's external hire or material, cut a fixed cost,
 * or (last) drop an activity that carries material or hire of its own.
 */
export type Lever =
  | {
      readonly kind: 'hire';
      readonly changeId: string;
      readonly teamId: string;
      readonly fte: number;
      /** The first month the hire would have worked. */
      readonly from: MonthKey;
    }
  | { readonly kind: 'external'; readonly activityId: string; readonly cut: Cents }
  | { readonly kind: 'material'; readonly activityId: string; readonly cut: Cents }
  | { readonly kind: 'fixed'; readonly fixedId: string; readonly cut: Cents }
  | { readonly kind: 'drop'; readonly activityId: string };

/** The order the levers are offered in: people not hired first, dropping work last. */
export const LEVER_ORDER: readonly Lever['kind'][] = [
  'hire',
  'external',
  'material',
  'fixed',
  'drop',
];

/** A lever with what following it does: the money it saves and what crosses the line. */
export type GapSuggestion = {
  readonly lever: Lever;
  /** Result after minus result before: what following it saves, exactly. */
  readonly saving: Cents;
  /** Whether it closes the deficit on its own. */
  readonly closes: boolean;
  /** Activities above the line now and below it after (the consequence for the line). */
  readonly fallsBelow: readonly string[];
  /** Activities below the line now and above it after (hours freed by a drop). */
  readonly comesAbove: readonly string[];
};

/** What closes a deficit: the deficit and the levers, each with its saving and consequence. */
export type GapAdvice = {
  /** The deficit (0 when the plan fits). */
  readonly deficit: Cents;
  readonly suggestions: readonly GapSuggestion[];
};

/** A lever applied to the programme row (hire and fixed levers; others leave it as it is). */
export function leverOnProgramme(programme: Programme, lever: Lever): Programme {
  if (lever.kind === 'hire')
    return {
      ...programme,
      capacity: {
        ...programme.capacity,
        staffingChanges: programme.capacity.staffingChanges.filter((c) => c.id !== lever.changeId),
      },
    };
  if (lever.kind === 'fixed') {
    const model = programme.budget.costModel;
    if (!model) return programme;
    return {
      ...programme,
      budget: {
        ...programme.budget,
        costModel: {
          ...model,
          fixedCosts: model.fixedCosts.map((f) =>
            f.id === lever.fixedId ? { ...f, cents: cents(Math.max(0, f.cents - lever.cut)) } : f,
          ),
        },
      },
    };
  }
  return programme;
}

/** A lever applied to an activity row (external, material and drop levers); `reason` for a drop. */
export function leverOnActivity(activity: Activity, lever: Lever, reason: string): Activity {
  if (!('activityId' in lever) || lever.activityId !== activity.id) return activity;
  if (lever.kind === 'external')
    return {
      ...activity,
      externalHireCents: cents(Math.max(0, activity.externalHireCents - lever.cut)),
    };
  if (lever.kind === 'material')
    return { ...activity, materialCents: cents(Math.max(0, activity.materialCents - lever.cut)) };
  return { ...activity, force: { mode: 'out', reason } };
}

/** The rows after following a lever: the one the command changes, the others as they are. */
export function applyLever(
  programme: Programme,
  activities: readonly Activity[],
  lever: Lever,
  reason = '-',
): { programme: Programme; activities: Activity[] } {
  return {
    programme: leverOnProgramme(programme, lever),
    activities: activities.map((a) => leverOnActivity(a, lever, reason)),
  };
}

/** The levers worth trying on a programme with this deficit, in the order they are offered. */
function candidateLevers(
  programme: Programme,
  activities: readonly Activity[],
  now: MoneyAndLine,
  deficit: number,
): Lever[] {
  const yearEnd = `${programme.year}-12`;
  const yearStart = `${programme.year}-01`;
  const hires: Lever[] = programme.capacity.staffingChanges
    .filter((c) => c.fteDelta > 0 && effectiveMonth(c) <= yearEnd)
    .map((c) => {
      const from = effectiveMonth(c);
      return {
        kind: 'hire',
        changeId: c.id,
        teamId: c.teamId,
        fte: c.fteDelta,
        from: (from < yearStart ? yearStart : from) as MonthKey,
      };
    });
  const planned = activities.filter((a) => now.plan.planned.has(a.id));
  const sized = (available: number) => cents(Math.min(deficit, available));
  const external: Lever[] = planned
    .filter((a) => a.externalHireCents > 0)
    .map((a) => ({ kind: 'external', activityId: a.id, cut: sized(a.externalHireCents) }));
  const material: Lever[] = planned
    .filter((a) => a.materialCents > 0)
    .map((a) => ({ kind: 'material', activityId: a.id, cut: sized(a.materialCents) }));
  const fixed: Lever[] = (programme.budget.costModel?.fixedCosts ?? [])
    .filter((f) => f.cents > 0)
    .map((f) => ({ kind: 'fixed', fixedId: f.id, cut: sized(f.cents) }));
  // Dropping work frees hours, not money, unless the activity carries material or hire.
  const drop: Lever[] = planned
    .filter(
      (a) =>
        countsForCapacity(a) &&
        a.commitment === 'discretionair' &&
        a.force?.mode !== 'in' &&
        a.materialCents + a.externalHireCents > 0,
    )
    .map((a) => ({ kind: 'drop', activityId: a.id }));
  return [...hires, ...external, ...material, ...fixed, ...drop];
}

/**
 * What closes the deficit (PRODUCT.md, product decisions): every real lever, each followed on a
 * copy of the rows and the budget and the line computed again, so the saving is what following
 * it gives and the consequence is what crosses the line. Levers that save nothing are left out.
 * Within a kind, the largest saving first.
 */
export function gapAdvice(programme: Programme, activities: readonly Activity[]): GapAdvice {
  const own = activities.filter((a) => a.programmeId === programme.id);
  const now = moneyAndLine(programme, own);
  if (!now || now.budget.result >= 0) return { deficit: cents(0), suggestions: [] };
  const deficit = cents(0 - now.budget.result);
  const suggestions = candidateLevers(programme, own, now, deficit).flatMap(
    (lever): GapSuggestion[] => {
      const next = applyLever(programme, own, lever);
      // Cutting money that buys no hours leaves the line as it is: only the budget is redone.
      const moneyOnly = lever.kind !== 'hire' && lever.kind !== 'drop';
      const after = moneyAndLine(next.programme, next.activities, moneyOnly ? now.plan : undefined);
      if (!after) return [];
      const saving = cents(after.budget.result - now.budget.result);
      if (saving <= 0) return [];
      return [
        {
          lever,
          saving,
          closes: saving >= deficit,
          fallsBelow: [...now.above].filter((id) => !after.above.has(id)),
          comesAbove: [...after.above].filter((id) => !now.above.has(id)),
        },
      ];
    },
  );
  const order = (s: GapSuggestion) => LEVER_ORDER.indexOf(s.lever.kind);
  return {
    deficit,
    suggestions: suggestions.sort((a, b) => order(a) - order(b) || b.saving - a.saving),
  };
}
