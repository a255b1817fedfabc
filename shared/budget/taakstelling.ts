import type { Activity, Programme } from '../domain/schemas';
import { cents, fte, type Cents } from '../domain/units';
import { moneyAndLine } from './gap-levers';

/** How a taakstelling is given: a share of the frame ("kader −5%") or an amount in cents. */
export type TaskCut =
  | { readonly kind: 'percent'; readonly share: number }
  | { readonly kind: 'amount'; readonly cents: Cents };

/** The chain a taakstelling sets off: euros → fte → hours → what falls below the line. */
export type TaskChain = {
  /** The money taken off the frame. */
  readonly cut: Cents;
  readonly frameAfter: Cents;
  /** The result with the lower frame before anything is cut (negative: a deficit). */
  readonly resultAfter: Cents;
  /** What must be found in staffing: the deficit the cut causes (room left absorbs the rest). */
  readonly shortfall: Cents;
  /** Staffed fte that the shortfall pays for, at the organisation's average cost per fte. */
  readonly fte: number;
  /** Fte per team, in proportion to each team's staffing. */
  readonly byTeam: readonly { readonly teamId: string; readonly fte: number }[];
  /** Capacity for planned supervision those fte give (after deductions). */
  readonly hours: number;
  /** Activities above the line now that fall below with that capacity gone. */
  readonly fallsBelow: readonly string[];
  /** The result once the fte are gone (close to 0 when the shortfall is found). */
  readonly resultWithCut: Cents;
};

/** The amount of a taakstelling on a frame, in whole cents. */
export function cutAmount(frame: Cents, cut: TaskCut): Cents {
  return cut.kind === 'amount'
    ? cents(Math.max(0, cut.cents))
    : cents(Math.round(frame * Math.max(0, cut.share)));
}

/**
 * The chain of a taakstelling, computed and not stored (scenarios come later): the frame goes
 * down by the cut; the deficit that causes is found in personnel, the cost that buys capacity
 * (PRODUCT.md, "money buys people, people give hours"), spread over the teams in proportion to
 * their staffing for the whole year; the line is drawn again on what is left. Null without a
 * cost model.
 */
export function taakstelling(
  programme: Programme,
  activities: readonly Activity[],
  cut: TaskCut,
): TaskChain | null {
  const now = moneyAndLine(programme, activities);
  if (!now) return null;
  const amount = cutAmount(programme.budget.frameCents, cut);
  const resultAfter = cents(now.budget.result - amount);
  const shortfall = cents(Math.max(0, 0 - resultAfter));
  const teams = now.budget.personnelByTeam;
  const staffed = teams.reduce((s, t) => s + t.averageFte, 0);
  const personnel = teams.reduce((s, t) => s + t.cents, 0);
  const perFte = staffed > 0 ? personnel / staffed : 0;
  const total = perFte > 0 ? shortfall / perFte : 0;
  const byTeam = teams.map((t) => ({
    teamId: t.teamId,
    fte: staffed > 0 ? (total * t.averageFte) / staffed : 0,
  }));
  const cutProgramme: Programme = {
    ...programme,
    budget: { ...programme.budget, frameCents: cents(programme.budget.frameCents - amount) },
    capacity: {
      ...programme.capacity,
      teams: programme.capacity.teams.map((t) => ({
        ...t,
        staffedFte: fte(
          Math.max(0, t.staffedFte - (byTeam.find((b) => b.teamId === t.teamId)?.fte ?? 0)),
        ),
      })),
    },
  };
  const after = moneyAndLine(cutProgramme, activities);
  if (!after) return null;
  const capacity = (m: typeof now) => m.plan.bridge.teams.reduce((s, t) => s + t.capacity, 0);
  return {
    cut: amount,
    frameAfter: cutProgramme.budget.frameCents,
    resultAfter,
    shortfall,
    fte: total,
    byTeam,
    hours: capacity(now) - capacity(after),
    fallsBelow: [...now.above].filter((id) => !after.above.has(id)),
    resultWithCut: after.budget.result,
  };
}
