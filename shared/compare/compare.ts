import { themesInTreeOrder } from '../domain/programme';
import type { Activity } from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { Cents } from '../domain/units';
import type { Verdict } from '../budget/cost-model';
import { deepEqual, diffValues, type FieldChange } from '../delta/delta';
import { countsForCapacity, isCommitted } from '../planning/counting';
import { plan, type Plan } from '../planning/plan';

/** One field that differs between two versions of an activity (shared/delta's field change). */
export type FieldDiff = FieldChange;

/** An activity present on both sides whose fields differ. */
export type ActivityChange = {
  readonly before: Activity;
  readonly after: Activity;
  /** The fields that differ, as `diffValues(before, after)` finds them. */
  readonly fields: readonly FieldDiff[];
};

/** Hours of one team or theme on both sides, and how many moved. */
export type HoursShift = {
  readonly id: string;
  readonly before: number;
  readonly after: number;
  /** after − before. */
  readonly delta: number;
};

/** What the capacity screen says about the line, in a few figures. */
export type LineSummary = {
  /** Discretionary activities above the line. */
  readonly above: number;
  /** Discretionary activities that compete for the space (above and below). */
  readonly candidates: number;
  /** Statutory and committed activities that take capacity. */
  readonly committed: number;
  /** Hours of space for choices (the bridge's last step; negative: committed work does not fit). */
  readonly space: number;
  /** Team-periods of the line's basis where planned hours exceed capacity. */
  readonly overloaded: number;
  /** The first activity in score order that did not fit; null when all fit. */
  readonly firstMiss: string | null;
  /** Ids of the planned activities (committed or above the line). */
  readonly planned: ReadonlySet<string>;
};

/** The budget result in a few figures; null on a side without a cost model. */
export type BudgetSummary = {
  /** The frame with the confirmed funding. */
  readonly available: Cents;
  readonly total: Cents;
  readonly result: Cents;
  readonly verdict: Verdict;
} | null;

/** Two sides of one figure. */
export type BeforeAfter<T> = { readonly before: T; readonly after: T };

/** Everything *Vergelijk* shows of two snapshots. */
export type Comparison = {
  readonly added: readonly Activity[];
  readonly removed: readonly Activity[];
  readonly changed: readonly ActivityChange[];
  /** Hours per team of the activities that take capacity, in team order. */
  readonly hoursByTeam: readonly (HoursShift & { readonly teamId: string })[];
  /** Hours per primary theme, in MJP tree order. */
  readonly hoursByTheme: readonly (HoursShift & { readonly themeId: string })[];
  /** Total hours of the activities that take capacity. */
  readonly hours: BeforeAfter<number>;
  readonly line: BeforeAfter<LineSummary>;
  readonly budget: BeforeAfter<BudgetSummary>;
  /** Activities on both sides that were planned before and are not after (fell below the line). */
  readonly wentBelow: readonly Activity[];
  /** Activities on both sides that are planned after and were not before. */
  readonly cameAbove: readonly Activity[];
};

/** Hours that count: the activities that take capacity (not cancelled, postponed or unfunded). */
const counted = (s: ProgrammeSnapshot): Activity[] => s.activities.filter(countsForCapacity);

/** Hours per key, rounded to hundredths (allocations are stored in hundredths). */
function hoursBy(
  activities: readonly Activity[],
  keys: (a: Activity) => readonly (readonly [string, number])[],
): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activities)
    for (const [k, h] of keys(a)) out.set(k, (out.get(k) ?? 0) + Math.round(h * 100));
  for (const [k, h] of out) out.set(k, h / 100);
  return out;
}

/** Shifts per id in the given order, then any id only the maps know; rows without hours drop. */
function shifts(
  order: readonly string[],
  before: ReadonlyMap<string, number>,
  after: ReadonlyMap<string, number>,
): HoursShift[] {
  const ids = [...new Set([...order, ...before.keys(), ...after.keys()])];
  return ids
    .map((id) => {
      const b = before.get(id) ?? 0;
      const a = after.get(id) ?? 0;
      return { id, before: b, after: a, delta: Math.round((a - b) * 100) / 100 };
    })
    .filter((s) => s.before !== 0 || s.after !== 0);
}

/**
 * The line and budget of a snapshot in a few figures (from `plan(snapshot)`; a caller that has
 * the plan already, e.g. the renderer's cached one, passes it instead of deriving it twice).
 */
export function summarise(
  snapshot: ProgrammeSnapshot,
  planned: Plan = plan(snapshot),
): {
  line: LineSummary;
  budget: BudgetSummary;
} {
  const { planning, budget } = planned;
  const committed = snapshot.activities.filter(
    (a) => planning.planned.has(a.id) && isCommitted(a),
  ).length;
  return {
    line: {
      above: planning.line.entries.filter((e) => e.above).length,
      candidates: planning.line.entries.length,
      committed,
      space: planning.bridge.steps.find((s) => s.key === 'discretionary')?.hours ?? 0,
      overloaded: planning.load.filter((c) => c.over > 0).length,
      firstMiss: planning.line.firstMiss,
      planned: planning.planned,
    },
    budget: budget
      ? {
          available: budget.result.available,
          total: budget.result.total,
          result: budget.result.result,
          verdict: budget.verdict,
        }
      : null,
  };
}

/**
 * Two snapshots of a programme compared (*Vergelijk*): activities added, removed and changed
 * field by field (shared/delta's `diffValues`), hours per team and per primary theme shifted,
 * and the line and the budget result on each side (`plan(snapshot)`). Pure; `compare(a, a)`
 * finds nothing added, removed, changed or shifted.
 */
export function compareSnapshots(before: ProgrammeSnapshot, after: ProgrammeSnapshot): Comparison {
  const was = new Map(before.activities.map((a) => [a.id as string, a]));
  const now = new Map(after.activities.map((a) => [a.id as string, a]));
  const added = after.activities.filter((a) => !was.has(a.id));
  const removed = before.activities.filter((a) => !now.has(a.id));
  const changed: ActivityChange[] = [];
  for (const a of after.activities) {
    const b = was.get(a.id);
    if (!b || deepEqual(b, a)) continue;
    changed.push({ before: b, after: a, fields: diffValues(b, a) });
  }
  const teamHours = (s: ProgrammeSnapshot) =>
    hoursBy(counted(s), (a) => a.allocations.map((x) => [x.teamId, x.hours] as const));
  const themeHours = (s: ProgrammeSnapshot) =>
    hoursBy(counted(s), (a) => a.allocations.map((x) => [a.primaryThemeId, x.hours] as const));
  const teamOrder = [...after.teams, ...before.teams].map((t) => t.id as string);
  const themeOrder = [
    ...themesInTreeOrder(after.themes.filter((t) => t.mjpId === after.programme.mjpId)),
    ...themesInTreeOrder(before.themes.filter((t) => t.mjpId === before.programme.mjpId)),
  ].map((t) => t.id as string);
  const total = (s: ProgrammeSnapshot) =>
    Math.round(
      counted(s).reduce(
        (sum, a) => sum + a.allocations.reduce((x, y) => x + Math.round(y.hours * 100), 0),
        0,
      ),
    ) / 100;
  const sb = summarise(before);
  const sa = summarise(after);
  const both = after.activities.filter((a) => was.has(a.id));
  return {
    added,
    removed,
    changed,
    hoursByTeam: shifts(teamOrder, teamHours(before), teamHours(after)).map((s) => ({
      ...s,
      teamId: s.id,
    })),
    hoursByTheme: shifts(themeOrder, themeHours(before), themeHours(after)).map((s) => ({
      ...s,
      themeId: s.id,
    })),
    hours: { before: total(before), after: total(after) },
    line: { before: sb.line, after: sa.line },
    budget: { before: sb.budget, after: sa.budget },
    wentBelow: both.filter((a) => sb.line.planned.has(a.id) && !sa.line.planned.has(a.id)),
    cameAbove: both.filter((a) => !sb.line.planned.has(a.id) && sa.line.planned.has(a.id)),
  };
}

/** True when a comparison finds no difference in the activities. */
export function isEmptyComparison(c: Comparison): boolean {
  return c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
}
