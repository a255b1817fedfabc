import type { MonthKey } from '../domain/units';
import type { CapacityBridge } from './capacity-bridge';
import type { LineBasis } from '../domain/capacity';

export { DEFAULT_LINE, LineBasis, LineSettings } from '../domain/capacity';

/** The period of a month under a basis: `Q2`, `J` (the year) or the month key itself. */
export function periodOf(month: MonthKey, basis: LineBasis): string {
  if (basis === 'year') return 'J';
  if (basis === 'month') return month;
  return `Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The periods of a year's months, in order, without repeats. */
export function periodsOf(months: readonly MonthKey[], basis: LineBasis): string[] {
  return [...new Set(months.map((m) => periodOf(m, basis)))];
}

/** A resource of the line: one team in one period (`teamId|Q2`). */
export const resourceKey = (teamId: string, period: string): string => `${teamId}|${period}`;

/** The team and period of a resource key. */
export function parseResource(key: string): { teamId: string; period: string } {
  const at = key.lastIndexOf('|');
  return at < 0
    ? { teamId: key, period: 'J' }
    : { teamId: key.slice(0, at), period: key.slice(at + 1) };
}

/**
 * The room per team per period: capacity for planned supervision minus the statutory and
 * committed work in it, the same quantity the heat map compares against (it may be negative
 * where committed work alone overloads a period).
 */
export function roomOf(bridge: CapacityBridge, basis: LineBasis): Map<string, number> {
  const room = new Map<string, number>();
  for (const team of bridge.teams)
    for (const m of team.months) {
      const key = resourceKey(team.teamId, periodOf(m.month, basis));
      room.set(key, (room.get(key) ?? 0) + m.capacity - m.committed);
    }
  return room;
}

/** Hours per team per month summed into resources of a basis, within the given months. */
export function toResources(
  teamMonths: ReadonlyMap<string, ReadonlyMap<MonthKey, number>>,
  months: ReadonlySet<MonthKey>,
  basis: LineBasis,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [teamId, row] of teamMonths)
    for (const [m, h] of row) {
      if (!months.has(m) || h === 0) continue;
      const key = resourceKey(teamId, periodOf(m, basis));
      out.set(key, (out.get(key) ?? 0) + h);
    }
  return out;
}
