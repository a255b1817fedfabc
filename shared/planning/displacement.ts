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

/** How a what-if is judged: the fill's options, and candidates that join only when proposed. */
export type DisplacementOptions = FillOptions & {
  /**
   * Activities that take no capacity now (funding *onder voorbehoud*) as candidates once their
   * funding is confirmed: absent from the fill before, forced in after.
   */
  readonly added?: readonly Candidate[];
};

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
  options: DisplacementOptions = {},
): Displacement {
  const before = rankedFill(candidates, space, options);
  const joining = (options.added ?? []).filter(
    (c) => proposed.includes(c.id) && !candidates.some((x) => x.id === c.id),
  );
  const forced = [...candidates, ...joining].map((c) =>
    proposed.includes(c.id) ? { ...c, force: 'in' as const } : c,
  );
  const after = rankedFill(forced, space, options);
  const wasAbove = new Set(before.entries.filter((e) => e.above).map((e) => e.id));
  const displaced = after.entries
    .filter((e) => !e.above && wasAbove.has(e.id) && !proposed.includes(e.id))
    .map((e) => e.id);
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const quarterHours = quarterHoursOf(displaced, activities, year);
  const themeHours = (above: ReadonlySet<string>) => {
    const out = new Map<string, number>();
    for (const id of above) {
      const a = byId.get(id);
      if (!a) continue;
      const h = a.allocations.reduce((s, x) => s + x.hours, 0);
      out.set(a.primaryThemeId, (out.get(a.primaryThemeId) ?? 0) + h);
    }
    return out;
  };
  const beforeThemes = themeHours(wasAbove);
  const afterThemes = themeHours(new Set(after.entries.filter((e) => e.above).map((e) => e.id)));
  const themeHoursLost = [...beforeThemes]
    .map(([themeId, h]) => ({
      themeId,
      hours: h - (afterThemes.get(themeId) ?? 0),
      left: afterThemes.get(themeId) ?? 0,
    }))
    .filter((x) => x.hours > 1e-6)
    .sort((a, b) => b.hours - a.hours);
  return { displaced, before, after, quarterHours, themeHoursLost };
}
