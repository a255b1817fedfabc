// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity } from '../../domain/schemas';
import { activityMonthHours } from './allocation';
import type { CapacityBridge } from './capacity-bridge';
import type { Utilisation, UtilisationCell } from '../utilisation';
// The types are the live module's: only the functions are kept as they were.
export type { Utilisation, UtilisationCell };

/** Hours allocated within a month's capacity are not over it (spreading rounds to hundredths). */
const EPS = 1e-6;

/**
 * Allocation per team per month of the planned activities (`planned` says which count: the
 * committed ones and those above the line) against the capacity for planned supervision.
 * Every cell where more is allocated than there is capacity is reported, so capacity is never
 * exceeded silently. Hours of a team without capacity in the bridge count against zero.
 */
export function utilisation(
  bridge: CapacityBridge,
  activities: readonly Activity[],
  planned: (a: Activity) => boolean,
): Utilisation {
  const months = new Set(bridge.months);
  const allocated = new Map<string, number>();
  const teamIds = new Set(bridge.teams.map((t) => t.teamId));
  for (const a of activities) {
    if (!planned(a)) continue;
    for (const [teamId, row] of activityMonthHours(a)) {
      teamIds.add(teamId);
      for (const [m, h] of row)
        if (months.has(m))
          allocated.set(`${teamId}|${m}`, (allocated.get(`${teamId}|${m}`) ?? 0) + h);
    }
  }
  const cells: UtilisationCell[] = [];
  for (const teamId of teamIds) {
    const team = bridge.teams.find((t) => t.teamId === teamId);
    for (const [i, month] of bridge.months.entries()) {
      const capacity = Math.max(0, team?.months[i]?.capacity ?? 0);
      const hours = allocated.get(`${teamId}|${month}`) ?? 0;
      const ratio = capacity > 0 ? hours / capacity : hours > EPS ? Infinity : 0;
      cells.push({
        teamId,
        month,
        allocated: hours,
        capacity,
        ratio,
        over: hours > capacity + EPS ? hours - capacity : 0,
      });
    }
  }
  return { cells, overAllocated: cells.filter((c) => c.over > 0) };
}
