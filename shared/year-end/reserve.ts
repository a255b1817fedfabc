import type { Displacement, DisplacementEffect, ReserveDraw } from '../domain/realisation';
import type { IsoDate, MonthKey } from '../domain/units';
import type { Message } from '../i18n/translate';
import type { CapacityBridge } from '../planning/capacity-bridge';

/**
 * The incident reserve during the year (issue 13; PRODUCT.md, "the incident reserve as a budget
 * consumed during the year"): the hours kept per team by the 'incidentreserve' deductions, the
 * draws on them, and the postponement log that follows from what each draw displaced.
 */

/** The reserve of one team: kept, drawn, left (reserve − drawn) and drawn beyond the reserve. */
export type ReserveOfTeam = {
  readonly teamId: string;
  /** Hours the 'incidentreserve' deductions take from the team over the year. */
  readonly reserve: number;
  /** Sum of the hours of the team's draws. */
  readonly drawn: number;
  /** Reserve minus drawn; negative when the team drew more than it kept. */
  readonly left: number;
  /** Hours drawn beyond the reserve (0 when within it). */
  readonly overdrawn: number;
  /** Number of draws. */
  readonly draws: number;
};

/** The reserve of the programme: per team (the bridge's order, then teams only in the draws) and in total. */
export type ReserveLedger = {
  readonly teams: readonly ReserveOfTeam[];
  readonly total: Omit<ReserveOfTeam, 'teamId'>;
};

/**
 * The reserve each team keeps: the hours of its 'incidentreserve' deductions as the capacity
 * bridge computes them (per team or all teams, a share or hours, over the staffed months).
 */
export function reserveOfTeams(bridge: Pick<CapacityBridge, 'teams'>): Map<string, number> {
  return new Map(bridge.teams.map((t) => [t.teamId, t.deductions.incidentreserve]));
}

/** The reserve per team against the draws on it. */
export function reserveLedger(
  reserve: ReadonlyMap<string, number>,
  draws: readonly Pick<ReserveDraw, 'teamId' | 'hours'>[],
): ReserveLedger {
  const drawn = new Map<string, { hours: number; n: number }>();
  for (const d of draws) {
    const at = drawn.get(d.teamId) ?? { hours: 0, n: 0 };
    at.hours += d.hours;
    at.n += 1;
    drawn.set(d.teamId, at);
  }
  const ids = [...reserve.keys(), ...[...drawn.keys()].filter((id) => !reserve.has(id))];
  const teams = ids.map((teamId): ReserveOfTeam => {
    const kept = reserve.get(teamId) ?? 0;
    const d = drawn.get(teamId) ?? { hours: 0, n: 0 };
    return {
      teamId,
      reserve: kept,
      drawn: d.hours,
      left: kept - d.hours,
      overdrawn: Math.max(0, d.hours - kept),
      draws: d.n,
    };
  });
  const sum = (f: (t: ReserveOfTeam) => number) => teams.reduce((s, t) => s + f(t), 0);
  const totalReserve = sum((t) => t.reserve);
  const totalDrawn = sum((t) => t.drawn);
  return {
    teams,
    total: {
      reserve: totalReserve,
      drawn: totalDrawn,
      left: totalReserve - totalDrawn,
      overdrawn: sum((t) => t.overdrawn),
      draws: draws.length,
    },
  };
}

/** One line of the postponement log: one activity one draw displaced. */
export type PostponementLine = {
  readonly on: IsoDate;
  readonly drawId: string;
  readonly drawTitle: string;
  readonly teamId: string;
  readonly activityId: string;
  /** The activity's title; null when the activity is no longer in the programme. */
  readonly activityTitle: string | null;
  readonly effect: DisplacementEffect;
  readonly hours: number;
  readonly toMonth: MonthKey | null;
  readonly reason: string;
};

/**
 * The postponement log: one line per displaced activity per draw, ordered by the draw's date
 * (draws of one date, and a draw's activities, in the order they were recorded).
 */
export function postponementLog(
  draws: readonly ReserveDraw[],
  activities: readonly { readonly id: string; readonly title: string }[],
): PostponementLine[] {
  const titles = new Map(activities.map((a) => [a.id, a.title]));
  const ordered = draws
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.on < b.d.on ? -1 : a.d.on > b.d.on ? 1 : a.i - b.i));
  return ordered.flatMap(({ d }) =>
    d.displaced.map((x: Displacement) => ({
      on: d.on,
      drawId: d.id,
      drawTitle: d.title,
      teamId: d.teamId,
      activityId: x.activityId,
      activityTitle: titles.get(x.activityId) ?? null,
      effect: x.effect,
      hours: x.hours,
      toMonth: x.toMonth,
      reason: d.reason,
    })),
  );
}

/** Where a draw's problem sits: a field of the draw, or one displaced activity's field. */
export type DrawField =
  | 'on'
  | 'title'
  | 'teamId'
  | 'hours'
  | 'activityId'
  | 'reason'
  | { readonly displaced: number; readonly field: 'activityId' | 'hours' | 'toMonth' };

/** A problem with a draw: the field it is in and what is wrong, in Dutch. */
export type DrawProblem = { readonly field: DrawField; readonly message: Message };

/** What a draw is checked against: the programme's year, its teams and its activities. */
export type DrawContext = {
  readonly year: number;
  readonly teamIds: ReadonlySet<string>;
  readonly activityIds: ReadonlySet<string>;
};

/**
 * The problems of a draw before it is stored (empty: it may be stored): a date outside the
 * programme's year, no title, an unknown team, no hours, an unknown activity, an activity
 * displaced twice or displaced by its own draw, a month moved to outside the year or before the
 * draw's month. The schema's rules (shared/domain/realisation.ts) are checked again on write.
 */
export function drawProblems(draw: ReserveDraw, ctx: DrawContext): DrawProblem[] {
  const out: DrawProblem[] = [];
  const year = String(ctx.year);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draw.on) || draw.on.slice(0, 4) !== year)
    out.push({ field: 'on', message: { key: 'reserve.error.dateOutsideYear', params: { year } } });
  if (draw.title.trim() === '')
    out.push({ field: 'title', message: { key: 'reserve.error.title' } });
  if (!ctx.teamIds.has(draw.teamId))
    out.push({ field: 'teamId', message: { key: 'reserve.error.team' } });
  if (!(draw.hours > 0)) out.push({ field: 'hours', message: { key: 'reserve.error.hours' } });
  if (draw.activityId !== null && !ctx.activityIds.has(draw.activityId))
    out.push({ field: 'activityId', message: { key: 'reserve.error.activity' } });
  const seen = new Set<string>();
  draw.displaced.forEach((x, i) => {
    if (!ctx.activityIds.has(x.activityId))
      out.push({
        field: { displaced: i, field: 'activityId' },
        message: { key: 'reserve.error.activity' },
      });
    else if (x.activityId === draw.activityId)
      out.push({
        field: { displaced: i, field: 'activityId' },
        message: { key: 'reserve.error.displacesItself' },
      });
    else if (seen.has(x.activityId))
      out.push({
        field: { displaced: i, field: 'activityId' },
        message: { key: 'reserve.error.displacedTwice' },
      });
    seen.add(x.activityId);
    if (x.toMonth !== null) {
      if (x.toMonth.slice(0, 4) !== year)
        out.push({
          field: { displaced: i, field: 'toMonth' },
          message: { key: 'reserve.error.monthOutsideYear', params: { year } },
        });
      else if (x.toMonth < draw.on.slice(0, 7))
        out.push({
          field: { displaced: i, field: 'toMonth' },
          message: { key: 'reserve.error.monthBeforeDraw' },
        });
    }
  });
  return out;
}
