import type { Activity } from '../domain/schemas';
import type { MonthKey } from '../domain/units';
import { monthsBetween } from '../time/months';

/** Hours per team per month: teamId → month → hours. */
export type TeamMonthHours = Map<string, Map<MonthKey, number>>;

/** Adds hours to one cell of a team × month table. */
export function addHours(
  table: TeamMonthHours,
  teamId: string,
  month: MonthKey,
  hours: number,
): void {
  const row = table.get(teamId) ?? new Map<MonthKey, number>();
  row.set(month, (row.get(month) ?? 0) + hours);
  table.set(teamId, row);
}

/**
 * Splits hours evenly over months in whole hundredths of an hour, the remainder going to the
 * first months, so the parts add up to the whole exactly (hours are conserved).
 */
export function spreadEvenly(hours: number, months: readonly MonthKey[]): [MonthKey, number][] {
  if (months.length === 0) return [];
  const total = Math.round(hours * 100);
  const base = Math.floor(total / months.length);
  const rest = total - base * months.length;
  return months.map((m, i) => [m, (base + (i < rest ? 1 : 0)) / 100]);
}

/**
 * An activity's hours per team per month: an allocation for a month stays in that month; one
 * without a month is spread evenly from the start to the end month. An activity whose end lies
 * before its start keeps its hours in the start month, so no hour is ever dropped.
 */
export function activityMonthHours(activity: Activity): TeamMonthHours {
  const table: TeamMonthHours = new Map();
  const run = monthsBetween(activity.startMonth, activity.endMonth);
  const months = run.length > 0 ? run : [activity.startMonth];
  for (const a of activity.allocations) {
    if (a.month !== null) addHours(table, a.teamId, a.month, a.hours);
    else for (const [m, h] of spreadEvenly(a.hours, months)) addHours(table, a.teamId, m, h);
  }
  return table;
}

/** An activity's total hours per team (all months). */
export function activityTeamHours(activity: Activity): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of activity.allocations) out.set(a.teamId, (out.get(a.teamId) ?? 0) + a.hours);
  return out;
}

/** An activity's hours per team within the given months only (e.g. the programme year). */
export function activityTeamHoursIn(
  activity: Activity,
  months: ReadonlySet<MonthKey>,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [team, row] of activityMonthHours(activity))
    for (const [m, h] of row) if (months.has(m)) out.set(team, (out.get(team) ?? 0) + h);
  return out;
}

/**
 * The allocations after setting one team's hours in one month: that team's hours become explicit
 * per month (its spread as it stands), with the given month set; other teams are untouched.
 */
export function setMonthHours(
  activity: Activity,
  teamId: string,
  month: MonthKey,
  hours: number,
): Activity['allocations'] {
  const row = activityMonthHours(activity).get(teamId) ?? new Map<MonthKey, number>();
  const months = new Map(row);
  months.set(month, hours);
  const team = [...months]
    .filter(([, h]) => h > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, h]) => ({
      teamId: teamId as Activity['allocations'][number]['teamId'],
      month: m,
      hours: h as Activity['allocations'][number]['hours'],
    }));
  return placeTeam(activity.allocations, teamId, team);
}

/**
 * The allocations after setting one team's hours for the whole run (no month): one allocation
 * for the team, or none at 0; other teams are untouched.
 */
export function setTeamHours(
  activity: Activity,
  teamId: string,
  hours: number,
): Activity['allocations'] {
  const team =
    hours > 0
      ? [
          {
            teamId: teamId as Activity['allocations'][number]['teamId'],
            month: null,
            hours: hours as Activity['allocations'][number]['hours'],
          },
        ]
      : [];
  return placeTeam(activity.allocations, teamId, team);
}

/**
 * Puts a team's new allocations where its old ones began (a new team goes last). Keeping the
 * order means an edit changes only that team's item, so its undo step is that field alone and
 * never collides with another window's edit of another team (shared/delta/delta.ts keys list
 * items by id only while their order is kept); setting the same hours changes nothing.
 */
function placeTeam(
  list: Activity['allocations'],
  teamId: string,
  team: Activity['allocations'],
): Activity['allocations'] {
  const at = list.findIndex((a) => a.teamId === teamId);
  const others = list.filter((a) => a.teamId !== teamId);
  if (at < 0) return [...others, ...team];
  const before = list.slice(0, at).filter((a) => a.teamId !== teamId).length;
  return [...others.slice(0, before), ...team, ...others.slice(before)];
}
