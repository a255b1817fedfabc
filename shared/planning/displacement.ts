import type { Activity } from '../domain/schemas';
import type { MonthKey } from '../domain/units';
import { activityMonthHours } from './allocation';
import {
  rankedFill,
  type Candidate,
  type FillOptions,
  type LineResult,
  type TeamHours,
} from './ranking';

/** Hours per team per quarter (1–4) of the programme year. */
export type QuarterHours = ReadonlyMap<string, readonly [number, number, number, number]>;

/** What adding an activity costs: who falls below the line, their hours and the themes hit. */
export type Displacement = {
  /** The activities that were above the line and fall below it. */
  readonly displaced: readonly string[];
  readonly before: LineResult;
  readonly after: LineResult;
  /** The displaced activities' hours per team and quarter. */
  readonly quarterHours: QuarterHours;
  /** Planned hours lost per theme (primary theme), largest first. */
  readonly themeHoursLost: readonly {
    readonly themeId: string;
    readonly hours: number;
    readonly left: number;
  }[];
};

/** The quarter (1–4) of a month key. */
export const quarterOf = (m: MonthKey): 1 | 2 | 3 | 4 =>
  (Math.floor((Number(m.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;

/** Hours per team and quarter of the year of the given activities. */
export function quarterHoursOf(
  ids: readonly string[],
  activities: readonly Activity[],
  year: number,
): Map<string, [number, number, number, number]> {
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const quarterHours = new Map<string, [number, number, number, number]>();
  for (const id of ids) {
    const a = byId.get(id);
    if (!a) continue;
    for (const [team, row] of activityMonthHours(a))
      for (const [m, h] of row) {
        if (Number(m.slice(0, 4)) !== year) continue;
        const q: [number, number, number, number] = quarterHours.get(team) ?? [0, 0, 0, 0];
        const i = quarterOf(m) - 1;
        q[i] = (q[i] ?? 0) + h;
        quarterHours.set(team, q);
      }
  }
  return quarterHours;
}

/** Planned hours lost per theme (primary theme) between two sets of planned ids, largest first. */
export function themeLossOf(
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
  activities: readonly Activity[],
): Displacement['themeHoursLost'] {
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const themeHours = (ids: ReadonlySet<string>) => {
    const out = new Map<string, number>();
    for (const id of ids) {
      const a = byId.get(id);
      if (!a) continue;
      const h = a.allocations.reduce((s, x) => s + x.hours, 0);
      out.set(a.primaryThemeId, (out.get(a.primaryThemeId) ?? 0) + h);
    }
    return out;
  };
  const beforeThemes = themeHours(before);
  const afterThemes = themeHours(after);
  return [...beforeThemes]
    .map(([themeId, h]) => ({
      themeId,
      hours: h - (afterThemes.get(themeId) ?? 0),
      left: afterThemes.get(themeId) ?? 0,
    }))
    .filter((x) => x.hours > 1e-6)
    .sort((a, b) => b.hours - a.hours);
}

/**
 * "If we add X, Y and Z fall below the line": the ranked fill with the proposed activities
 * forced in, against the fill without them. Returns the displacement set, its hours per team
 * and quarter of the year, and the theme coverage it costs.
 */
export function displacementOf(
  proposed: readonly string[],
  candidates: readonly Candidate[],
  space: TeamHours,
  activities: readonly Activity[],
  year: number,
  options: FillOptions = {},
): Displacement {
  const before = rankedFill(candidates, space, options);
  const forced = candidates.map((c) =>
    proposed.includes(c.id) ? { ...c, force: 'in' as const } : c,
  );
  const after = rankedFill(forced, space, options);
  const wasAbove = new Set(before.entries.filter((e) => e.above).map((e) => e.id));
  const displaced = after.entries
    .filter((e) => !e.above && wasAbove.has(e.id) && !proposed.includes(e.id))
    .map((e) => e.id);
  const quarterHours = quarterHoursOf(displaced, activities, year);
  const afterAbove = new Set(after.entries.filter((e) => e.above).map((e) => e.id));
  const themeHoursLost = themeLossOf(wasAbove, afterAbove, activities);
  return { displaced, before, after, quarterHours, themeHoursLost };
}
