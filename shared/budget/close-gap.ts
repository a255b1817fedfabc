import type { Cents } from '../domain/units';
import type { Candidate } from '../planning/ranking';
import type { KnapsackSolver } from '../planning/selection';

/** What closing a budget gap costs: the activities to drop, the money it saves, the score it loses. */
export type GapClosure =
  | {
      readonly possible: true;
      readonly remove: readonly string[];
      readonly saved: Cents;
      readonly scoreLost: number;
    }
  | { readonly possible: false; readonly maxSaving: Cents };

/**
 * The budget as a second constraint on the selection: of the planned discretionary activities
 * (forced-in ones kept), the set whose removal saves at least `gap` at the least loss of score.
 * Keeping a subset keeps every team within its space, so this is the knapsack "keep the most
 * score whose cost stays within (cost of all − gap)", solved exactly by the solver passed in.
 */
export async function closeGap(
  planned: readonly Candidate[],
  costOf: (id: string) => number,
  gap: number,
  solve: KnapsackSolver,
): Promise<GapClosure> {
  const free = planned.filter((c) => c.force !== 'in');
  const all = free.reduce((s, c) => s + costOf(c.id), 0);
  if (gap <= 0) return { possible: true, remove: [], saved: 0 as Cents, scoreLost: 0 };
  if (all < gap) return { possible: false, maxSaving: Math.round(all) as Cents };
  const keep = await solve({
    items: free.map((c) => ({
      id: c.id,
      value: c.score,
      use: new Map([['budget', costOf(c.id)]]),
    })),
    capacities: new Map([['budget', all - gap]]),
  });
  const remove = free.filter((c) => !keep.has(c.id));
  return {
    possible: true,
    remove: remove.map((c) => c.id),
    saved: Math.round(remove.reduce((s, c) => s + costOf(c.id), 0)) as Cents,
    scoreLost: remove.reduce((s, c) => s + c.score, 0),
  };
}
