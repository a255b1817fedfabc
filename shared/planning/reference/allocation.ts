// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity } from '../../domain/schemas';
import type { MonthKey } from '../../domain/units';
import { monthsBetween } from './months';
import type { TeamMonthHours } from '../allocation';
// The types are the live module's: only the functions are kept as they were.
export type { TeamMonthHours };

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

/** Whether a team's hours in an activity follow a month profile (some allocation names a month). */
export function hasMonthProfile(activity: Activity, teamId: string): boolean {
  return activity.allocations.some((a) => a.teamId === teamId && a.month !== null && a.hours > 0);
}

/**
 * A month profile scaled to a new total, in whole hundredths of an hour: each month gets its
 * share rounded down, and the hundredths left go to the months with the largest remainders (the
 * earliest month on a tie), so the parts add up to the new total exactly and each differs from
 * its exact share by less than a hundredth (the largest remainder method, as `spreadEvenly`).
 * An empty or all-zero profile gives no months.
 */
export function scaleProfile(
  profile: ReadonlyMap<MonthKey, number>,
  hours: number,
): [MonthKey, number][] {
  const months = [...profile]
    .map(([m, h]): [MonthKey, number] => [m, Math.round(h * 100)])
    .filter(([, c]) => c > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const before = months.reduce((s, [, c]) => s + c, 0);
  const total = Math.round(hours * 100);
  if (before === 0 || total <= 0) return [];
  const parts = months.map(([m, c], i) => {
    // Integer arithmetic: c × total stays far below 2^53 for any hours a field accepts.
    const exact = c * total;
    return { m, i, base: Math.floor(exact / before), rest: exact % before };
  });
  let left = total - parts.reduce((s, p) => s + p.base, 0);
  const order = [...parts].sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const p of order) {
    if (left <= 0) break;
    p.base += 1;
    left -= 1;
  }
  return parts.filter((p) => p.base > 0).map((p) => [p.m, p.base / 100]);
}

/**
 * The allocations after setting one team's hours for the whole run: one allocation without a
 * month (spread evenly), or none at 0; other teams are untouched. A team whose hours follow a
 * month profile made by hand keeps its shape: the profile is scaled to the new total, hours
 * conserved to the hundredth (`scaleProfile`); setting the total it has changes nothing.
 */
export function setTeamHours(
  activity: Activity,
  teamId: string,
  hours: number,
): Activity['allocations'] {
  type Item = Activity['allocations'][number];
  if (hours > 0 && hasMonthProfile(activity, teamId)) {
    const row = activityMonthHours(activity).get(teamId) ?? new Map<MonthKey, number>();
    const now = [...row.values()].reduce((s, h) => s + Math.round(h * 100), 0);
    if (now === Math.round(hours * 100)) return activity.allocations;
    const team = scaleProfile(row, hours).map(([m, h]): Item => ({
      teamId: teamId as Item['teamId'],
      month: m,
      hours: h as Item['hours'],
    }));
    return placeTeam(activity.allocations, teamId, team);
  }
  const team: Item[] =
    hours > 0
      ? [{ teamId: teamId as Item['teamId'], month: null, hours: hours as Item['hours'] }]
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
