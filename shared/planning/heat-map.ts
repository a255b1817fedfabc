import type { Activity } from '../domain/schemas';
import type { MonthKey } from '../domain/units';
import { activityMonthHours } from './allocation';
import type { LineBasis } from '../domain/capacity';
import { periodOf } from './line-basis';
import type { PeriodLoad } from './plan-line';
import type { Utilisation } from './utilisation';

/** The team × month cells of the heat map as loads of one-month periods (with hours free). */
export function monthLoads(utilisation: Utilisation): PeriodLoad[] {
  return utilisation.cells.map((c) => ({
    teamId: c.teamId,
    period: c.month,
    capacity: c.capacity,
    allocated: c.allocated,
    ratio: c.ratio,
    over: c.over,
    free: c.allocated < c.capacity ? c.capacity - c.allocated : 0,
  }));
}

/** The teams with no capacity for planned supervision in any period (shown as such, not 0%). */
export function teamsWithoutCapacity(load: readonly PeriodLoad[]): Set<string> {
  const teams = new Set(load.map((l) => l.teamId));
  for (const l of load) if (l.capacity > 0) teams.delete(l.teamId);
  return teams;
}

/** The months of a year's months that fall in one period of a basis (`Q2` → April–June). */
export function monthsOfPeriod(
  months: readonly MonthKey[],
  basis: LineBasis,
  period: string,
): MonthKey[] {
  return months.filter((m) => periodOf(m, basis) === period);
}

/** One activity's share of a heat-map cell: its hours for the team in the period, per month. */
export type CellShare = {
  readonly activityId: string;
  /** The activity's hours for the team within the period's months. */
  readonly hours: number;
  /** The same hours per month of the period (months without hours are left out). */
  readonly months: ReadonlyMap<MonthKey, number>;
};

/**
 * What fills a heat-map cell: the planned activities (`planned`: committed, or above the line)
 * that put hours into the team in the given months, with those hours, most hours first. Their
 * hours add up to the cell's `allocated` (the same rows `planLine` sums), so a person can see
 * which work to move or drop to relieve an overloaded cell.
 */
export function cellShares(
  activities: readonly Activity[],
  planned: ReadonlySet<string>,
  teamId: string,
  months: readonly MonthKey[],
): CellShare[] {
  const inCell = new Set(months);
  const shares: CellShare[] = [];
  for (const a of activities) {
    if (!planned.has(a.id)) continue;
    const row = activityMonthHours(a).get(teamId);
    if (!row) continue;
    const mine = new Map<MonthKey, number>();
    for (const [m, h] of row) if (inCell.has(m) && h > 0) mine.set(m, h);
    if (mine.size === 0) continue;
    shares.push({
      activityId: a.id,
      hours: [...mine.values()].reduce((s, h) => s + h, 0),
      months: mine,
    });
  }
  return shares.sort((a, b) => b.hours - a.hours || a.activityId.localeCompare(b.activityId));
}
