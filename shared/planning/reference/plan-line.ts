// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity, Programme } from '../../domain/schemas';
import type { LineSettings } from '../../domain/capacity';
import { monthsOfYear } from './months';
import { activityMonthHours } from './allocation';
import { programmeBridge, type CapacityBridge } from './capacity-bridge';
import { countsForCapacity, isCommitted } from '../counting';
import { parseResource, periodOf, periodsOf, resourceKey, roomOf } from '../line-basis';
import {
  candidatesOf,
  liftNeed,
  rankedFill,
  type Candidate,
  type LiftNeed,
  type LineResult,
} from './ranking';
import { utilisation, type Utilisation } from './utilisation';

/** One team in one period of the basis: planned hours against capacity, as the line sees it. */
export type PeriodLoad = {
  readonly teamId: string;
  readonly period: string;
  /** Capacity for planned supervision in the period. */
  readonly capacity: number;
  /** Hours of the planned activities (committed, and above the line) in the period. */
  readonly allocated: number;
  /** allocated ÷ capacity; Infinity when hours fall in a period without capacity. */
  readonly ratio: number;
  /** Hours above capacity (0 when within). */
  readonly over: number;
  /** Hours left (0 when over). */
  readonly free: number;
};

/** The line of a programme, with the capacity and the load it is judged on. */
export type LinePlan = {
  readonly settings: LineSettings;
  readonly bridge: CapacityBridge;
  /** The periods of the basis in order (`Q1`…`Q4`, `J`, or month keys). */
  readonly periods: readonly string[];
  /** Discretionary room per team and period (`teamId|Q2`). */
  readonly space: ReadonlyMap<string, number>;
  readonly candidates: readonly Candidate[];
  readonly line: LineResult;
  readonly lift: ReadonlyMap<string, LiftNeed>;
  /** Ids of the activities that are planned: committed, or above the line. */
  readonly planned: ReadonlySet<string>;
  /** Activities that take no capacity yet: funding not confirmed, postponed or cancelled. */
  readonly notCounted: readonly Activity[];
  /** The team × month heat map of the planned activities. */
  readonly utilisation: Utilisation;
  /** The same load per team and period of the basis: the cells the line is judged on. */
  readonly load: readonly PeriodLoad[];
};

/** Hours inside rounding (allocations are spread in hundredths). */
const EPS = 1e-6;

/**
 * The line of a programme as a pure function of its rows: the capacity bridge, the room per
 * team and period, the ranked fill with forces, what would lift each activity below the line,
 * and the load per team and period of the planned work. The heat map, the line and the best
 * selection all read room from here, so they agree on every team-period.
 */
export function planLine(
  programme: Programme,
  programmeActivities: readonly Activity[],
  options: { readonly lift?: boolean } = {},
): LinePlan {
  const settings = programme.line;
  const activities = programmeActivities.filter((a) => a.programmeId === programme.id);
  const yearMonths = monthsOfYear(programme.year);
  const months = new Set(yearMonths);
  const bridge = programmeBridge(programme, activities);
  const space = roomOf(bridge, settings.basis);
  const candidates = candidatesOf(activities, programme.riskScheme, months, settings.basis);
  const line = rankedFill(candidates, space, { strict: settings.strict });
  const above = new Set(line.entries.filter((e) => e.above).map((e) => e.id));
  const planned = new Set(
    activities
      .filter((a) => countsForCapacity(a) && (isCommitted(a) || above.has(a.id)))
      .map((a) => a.id as string),
  );
  const lift = new Map<string, LiftNeed>();
  // What would lift each one is skipped where only the line itself is needed (budget levers).
  for (const e of options.lift === false ? [] : line.entries) {
    if (e.above) continue;
    const need = liftNeed(candidates, line, e.id);
    if (need) lift.set(e.id, need);
  }
  const periods = periodsOf(yearMonths, settings.basis);
  const capacity = new Map<string, number>();
  for (const team of bridge.teams)
    for (const m of team.months) {
      const key = resourceKey(team.teamId, periodOf(m.month, settings.basis));
      capacity.set(key, (capacity.get(key) ?? 0) + Math.max(0, m.capacity));
    }
  const allocated = new Map<string, number>();
  for (const a of activities) {
    if (!planned.has(a.id)) continue;
    for (const [teamId, row] of activityMonthHours(a))
      for (const [m, h] of row) {
        if (!months.has(m)) continue;
        const key = resourceKey(teamId, periodOf(m, settings.basis));
        allocated.set(key, (allocated.get(key) ?? 0) + h);
      }
  }
  const teamIds = [
    ...new Set([
      ...bridge.teams.map((t) => t.teamId),
      ...[...allocated.keys()].map((k) => parseResource(k).teamId),
    ]),
  ];
  const load: PeriodLoad[] = teamIds.flatMap((teamId) =>
    periods.map((period) => {
      const key = resourceKey(teamId, period);
      const cap = capacity.get(key) ?? 0;
      const hours = allocated.get(key) ?? 0;
      return {
        teamId,
        period,
        capacity: cap,
        allocated: hours,
        ratio: cap > 0 ? hours / cap : hours > EPS ? Infinity : 0,
        over: hours > cap + EPS ? hours - cap : 0,
        free: hours < cap ? cap - hours : 0,
      };
    }),
  );
  return {
    settings,
    bridge,
    periods,
    space,
    candidates,
    line,
    lift,
    planned,
    notCounted: activities.filter((a) => !countsForCapacity(a)),
    utilisation: utilisation(bridge, activities, (a) => planned.has(a.id)),
    load,
  };
}
