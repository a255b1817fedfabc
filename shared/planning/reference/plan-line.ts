// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity, Programme } from '../../domain/schemas';
import { monthsOfYear } from './months';
import { activityMonthHours } from './allocation';
import { programmeBridge } from './capacity-bridge';
import { countsForCapacity, isCommitted } from '../counting';
import { parseResource, periodOf, periodsOf, resourceKey, roomOf } from '../line-basis';
import { candidatesOf, liftNeed, rankedFill, type LiftNeed } from './ranking';
import { utilisation } from './utilisation';
import type { LinePlan, PeriodLoad } from '../plan-line';
// The types are the live module's: only the functions are kept as they were.
export type { LinePlan, PeriodLoad };

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
