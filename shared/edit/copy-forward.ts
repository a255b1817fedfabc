/**
 * *Nieuw werkprogramma*: year N+1 made from year N (issue 10, "Programmes and MJPs"). Pure: the
 * plan says per activity whether it carries over by default, why not, and what it would bring
 * (its remaining hours per team and its months in N+1); `copyForward` makes the new rows from the
 * person's choices and ids made up front, so a journal replay writes the same rows.
 */
import { effectiveMonth } from '../planning/capacity-bridge';
import type { ActivityId, MjpId, ProgrammeId, ThemeId } from '../domain/ids';
import type { IdSource } from '../domain/ids';
import type { Activity, Allocation, Mjp, Programme, Theme } from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import { cents, fte, hours, type Cents, type MonthKey } from '../domain/units';
import type { Message } from '../i18n/translate';
import { spreadEvenly } from '../planning/allocation';
import { fail, ok, type Result } from '../result';
import { monthOf, monthsBetween } from '../time/months';

/** What a copy reads: the programme of year N, its activities, the organisation's MJPs and themes. */
export type CopySource = Pick<
  ProgrammeSnapshot,
  'programme' | 'programmes' | 'activities' | 'mjps' | 'themes'
>;

/** Old theme id → theme of the new MJP (null: left unmapped). */
export type ThemeMap = Readonly<Record<string, string | null>>;

/** Why an activity does not carry over by default (or cannot: its theme is not mapped). */
export type LeftBehind = 'afgerond' | 'vervallen' | 'nieuw' | 'afgelopen' | 'thema';

/** Hours of one team. */
export type TeamHours = { readonly teamId: string; readonly hours: number };

/** One activity of year N in the copy plan. */
export type CarryRow = {
  readonly activityId: string;
  readonly title: string;
  /** Carried over unless the person unticks it. */
  readonly byDefault: boolean;
  /** Why it stays behind by default (null when it carries over by default). */
  readonly reason: LeftBehind | null;
  /** Its primary theme has no theme in the new MJP: it cannot carry over. */
  readonly unmapped: boolean;
  /** What it brings to N+1 when carried: hours per team (order of its allocations) and in all. */
  readonly remaining: readonly TeamHours[];
  readonly remainingHours: number;
  readonly startMonth: MonthKey;
  readonly endMonth: MonthKey;
};

/** The options a plan is made with. */
export type PlanOptions = {
  /** "Stand per": hours planned from this month on are still to do. */
  readonly cutOff: MonthKey;
  /** Theme mapping, when N+1 lies outside the programme's MJP. */
  readonly themeMap?: ThemeMap | null;
};

/** What the person chose in the dialog. */
export type CopyChoices = {
  readonly cutOff: MonthKey;
  /** The budget frame of N+1, set by the person. */
  readonly frameCents: Cents;
  /** Where the frame comes from (a sentence saying the person set it). */
  readonly frameSource: string;
  /** The activities of year N that carry over (ticked). */
  readonly carry: readonly string[];
  /** The MJP of N+1 when N's MJP does not cover it (else ignored). */
  readonly mjpId: string | null;
  readonly themeMap: ThemeMap;
};

/** The ids of the new rows, made before the copy (the call carries them). */
export type CopyIds = {
  readonly programmeId: string;
  /** Old activity id → new activity id, for every activity that may carry over. */
  readonly activities: Readonly<Record<string, string>>;
};

/** The rows a copy adds. */
export type CopyResult = { readonly programme: Programme; readonly activities: Activity[] };

/** The name a new programme gets: `Werkprogramma 2027`. */
export const programmeNameFor = (year: number): string => `Werkprogramma ${String(year)}`;

/** A month as a number of months since year 0, so shifting is adding. */
const indexOf = (m: MonthKey): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
/** The month of an index. */
const monthAt = (i: number): MonthKey => monthOf(Math.floor(i / 12), (i % 12) + 1);
/** Hundredths of an hour, the unit hours are conserved in. */
const hundredths = (h: number): number => Math.round(h * 100);

/** The programme's MJP. */
const mjpOf = (source: CopySource): Mjp | undefined =>
  source.mjps.find((m) => m.id === source.programme.mjpId);

/** Whether an MJP covers a year. */
export const mjpCovers = (mjp: Mjp, year: number): boolean =>
  mjp.startYear <= year && year <= mjp.endYear;

/** Whether year N+1 lies outside the programme's MJP, so its themes must be mapped to another. */
export function needsMjpMapping(source: CopySource): boolean {
  const mjp = mjpOf(source);
  return mjp === undefined || !mjpCovers(mjp, source.programme.year + 1);
}

/** The MJPs of the organisation that cover year N+1 (the choices for the mapping). */
export function mjpsForNextYear(source: CopySource): Mjp[] {
  return source.mjps.filter((m) => mjpCovers(m, source.programme.year + 1));
}

/** The themes of year N that carried-over activities use (primary or secondary), in tree order of ids. */
export function themesToMap(source: CopySource, carry: readonly string[]): Theme[] {
  const used = new Set<string>();
  for (const a of source.activities)
    if (carry.includes(a.id))
      for (const id of [a.primaryThemeId, ...a.secondaryThemeIds]) used.add(id);
  return source.themes.filter((t) => used.has(t.id));
}

/** The programme of year N+1 that exists already, if any. */
export function existingNextYear(source: CopySource): Programme | undefined {
  return source.programmes.find(
    (p) =>
      p.organisationId === source.programme.organisationId && p.year === source.programme.year + 1,
  );
}

/**
 * The default "Stand per": the current month when it lies in year N; January N when N has not
 * begun (nothing done yet), December N when it is over. The month is passed in: shared/ has no
 * clock.
 */
export function defaultCutOff(year: number, now: MonthKey): MonthKey {
  // Before year N has begun nothing of it is done yet (January); after it, all of it (December).
  const first = monthOf(year, 1);
  const last = monthOf(year, 12);
  return now < first ? first : now > last ? last : now;
}

/**
 * Hours spread evenly over months, conserved exactly: whole hours stay whole (an hour is the
 * unit, the extra hours to the first months), other amounts in hundredths (`spreadEvenly`).
 * Returned in hundredths.
 */
function spreadHundredths(h: number, months: readonly MonthKey[], whole: boolean): number[] {
  if (whole) return spreadEvenly(h / 100, months).map(([, x]) => Math.round(x * 100) * 100);
  return spreadEvenly(h, months).map(([, x]) => hundredths(x));
}

/** What one activity brings to N+1 when carried: its allocations and run moved into the year. */
type Carried = {
  readonly allocations: Allocation[];
  readonly startMonth: MonthKey;
  readonly endMonth: MonthKey;
  /** Months shifted by (for the funding's start month). */
  readonly shift: number;
  /** Remaining hours ÷ all hours (the share of its own costs that carries over). */
  readonly share: number;
  readonly remaining: TeamHours[];
};

/**
 * The carried part of an activity. *Doorlopend* work recurs every year: all its hours, its months
 * a year later. Anything else brings the hours planned from the cut-off on (hours without a month
 * spread evenly over its run, as the planning does; whole hours stay whole), its remaining run
 * moved to start in January N+1 (never earlier than planned) keeping its length, and hours for a
 * month moved with that month. No month lands before January N+1; hours are conserved per team.
 */
function carriedPart(a: Activity, year: number, cutOff: MonthKey): Carried {
  const first = indexOf(monthOf(year + 1, 1));
  const whole = a.allocations.every((x) => Number.isInteger(x.hours));
  const start = indexOf(a.startMonth);
  const end = Math.max(start, indexOf(a.endMonth));
  const recurring = a.origin === 'doorlopend';
  const cut = indexOf(cutOff);
  // The first month still to do, and how far it moves.
  const from = recurring ? start : Math.max(start, cut);
  const shift = recurring ? 12 : Math.max(0, first - from);
  const newStart = Math.max(first, from + shift);
  const newEnd = Math.max(newStart, end + shift);
  const run = monthsBetween(monthAt(start), monthAt(end));
  const byTeam = new Map<string, { spread: number; months: Map<number, number> }>();
  const team = (id: string) => {
    const row = byTeam.get(id) ?? { spread: 0, months: new Map<number, number>() };
    byTeam.set(id, row);
    return row;
  };
  let all = 0;
  for (const x of a.allocations) {
    const row = team(x.teamId);
    all += hundredths(x.hours);
    if (x.month === null) {
      const parts = spreadHundredths(x.hours, run, whole);
      row.spread += recurring
        ? hundredths(x.hours)
        : parts.reduce((s, p, i) => s + (start + i >= cut ? p : 0), 0);
    } else {
      const m = indexOf(x.month);
      if (!recurring && m < cut) continue;
      const to = Math.max(first, m + shift);
      row.months.set(to, (row.months.get(to) ?? 0) + hundredths(x.hours));
    }
  }
  const allocations: Allocation[] = [];
  const remaining: TeamHours[] = [];
  let left = 0;
  for (const [teamId, row] of byTeam) {
    const teamLeft = row.spread + [...row.months.values()].reduce((s, h) => s + h, 0);
    if (teamLeft <= 0) continue;
    left += teamLeft;
    remaining.push({ teamId, hours: teamLeft / 100 });
    const tid = teamId as Allocation['teamId'];
    if (row.spread > 0)
      allocations.push({ teamId: tid, month: null, hours: hours(row.spread / 100) });
    for (const [m, h] of [...row.months].sort(([p], [q]) => p - q))
      if (h > 0) allocations.push({ teamId: tid, month: monthAt(m), hours: hours(h / 100) });
  }
  return {
    allocations,
    startMonth: monthAt(newStart),
    endMonth: monthAt(newEnd),
    shift,
    share: all > 0 ? left / all : 1,
    remaining,
  };
}

/** Why an activity stays behind by default; null when it carries over by default. */
function leftBehind(a: Activity, left: number, cutOff: MonthKey): LeftBehind | null {
  if (a.status === 'afgerond') return 'afgerond';
  if (a.status === 'vervallen') return 'vervallen';
  if (a.origin === 'nieuw') return 'nieuw';
  // Work carried over from last year that ends before the cut-off has nothing left to carry.
  if (a.origin === 'loopt-door' && left === 0 && a.endMonth < cutOff) return 'afgelopen';
  return null;
}

/** Whether the primary theme of an activity has a theme to go to (always, without a mapping). */
const mapped = (a: Activity, themeMap: ThemeMap | null): boolean =>
  themeMap === null || (themeMap[a.primaryThemeId] ?? null) !== null;

/**
 * The copy plan: per activity of year N whether it carries over by default (*loopt door* and
 * *doorlopend*, unless finished or cancelled), why not, and what it brings to N+1. Activities
 * whose primary theme is not mapped to the new MJP are flagged and never carry over.
 */
export function copyForwardPlan(source: CopySource, options: PlanOptions): CarryRow[] {
  const year = source.programme.year;
  const themeMap = needsMjpMapping(source) ? (options.themeMap ?? {}) : null;
  return source.activities.map((a): CarryRow => {
    const part = carriedPart(a, year, options.cutOff);
    const left = part.remaining.reduce((s, r) => s + hundredths(r.hours), 0) / 100;
    const unmapped = !mapped(a, themeMap);
    const reason = unmapped ? 'thema' : leftBehind(a, left, options.cutOff);
    return {
      activityId: a.id,
      title: a.title,
      byDefault: reason === null,
      reason,
      unmapped,
      remaining: part.remaining,
      remainingHours: left,
      startMonth: part.startMonth,
      endMonth: part.endMonth,
    };
  });
}

/** The ids of a copy: one for the programme, one for each activity of year N. */
export function copyForwardIds(source: CopySource, newId: IdSource): CopyIds {
  return {
    programmeId: newId(),
    activities: Object.fromEntries(source.activities.map((a) => [a.id, newId()])),
  };
}

/** Refuses choices that cannot make year N+1, in Dutch; null when they can. */
export function copyRefusal(source: CopySource, choices: CopyChoices): Message | null {
  const { programme } = source;
  const next = programme.year + 1;
  const exists = existingNextYear(source);
  if (exists) return { key: 'copy.exists', params: { year: next, name: exists.name } };
  if (!Number.isInteger(choices.frameCents) || choices.frameCents < 0)
    return { key: 'copy.frameInvalid' };
  if (Number(choices.cutOff.slice(0, 4)) !== programme.year)
    return { key: 'copy.cutOffOutside', params: { year: programme.year } };
  if (!needsMjpMapping(source)) return null;
  const target = source.mjps.find((m) => m.id === choices.mjpId);
  if (!target) return { key: 'copy.mjpNeeded', params: { year: next } };
  if (!mjpCovers(target, next))
    return { key: 'copy.mjpNotCovering', params: { mjp: target.name, year: next } };
  for (const to of Object.values(choices.themeMap)) {
    if (to === null) continue;
    const theme = source.themes.find((t) => t.id === to);
    if (theme?.mjpId !== target.id)
      return { key: 'copy.themeOtherMjp', params: { mjp: target.name } };
  }
  return null;
}

/**
 * The rows of year N+1: the programme (capacity, deductions, the staffing changes still ahead, the
 * cost model, the risk scheme and the line copied; the frame the person set; a concept) and the
 * ticked activities whose theme has a place, with fresh ids, their remaining hours and months in
 * N+1, no force, their outputs still ahead. Refused in Dutch when the choices cannot be made.
 */
export function copyForward(
  source: CopySource,
  choices: CopyChoices,
  ids: CopyIds,
): Result<CopyResult> {
  const refusal = copyRefusal(source, choices);
  if (refusal) return fail(refusal);
  const old = source.programme;
  const year = old.year;
  const first = monthOf(year + 1, 1);
  const mapping = needsMjpMapping(source);
  const themeMap = mapping ? choices.themeMap : null;
  const programmeId = ids.programmeId as ProgrammeId;
  const programme: Programme = {
    id: programmeId,
    organisationId: old.organisationId,
    mjpId: (mapping ? choices.mjpId : old.mjpId) as MjpId,
    year: year + 1,
    name: programmeNameFor(year + 1),
    adoption: null,
    closedOn: null,
    illustrative: old.illustrative,
    capacity: {
      ...old.capacity,
      // Staffing as it stands at the start of N+1: the hires and departures of N that have
      // taken effect by then are in the staffed FTE; those still to take effect carry over.
      teams: old.capacity.teams.map((t) => {
        const done = old.capacity.staffingChanges
          .filter((c) => c.teamId === t.teamId && effectiveMonth(c) < first)
          .reduce((sum, c) => sum + Math.round(c.fteDelta * 100), 0);
        return { ...t, staffedFte: fte(Math.max(0, Math.round(t.staffedFte * 100) + done) / 100) };
      }),
      deductions: old.capacity.deductions.map((d) => ({ ...d })),
      staffingChanges: old.capacity.staffingChanges
        .filter((c) => effectiveMonth(c) >= first)
        .map((c) => ({ ...c })),
    },
    budget: {
      frameCents: choices.frameCents,
      frameSource: choices.frameSource,
      costModel: old.budget.costModel,
    },
    riskScheme: old.riskScheme,
    line: { ...old.line },
    deviationThreshold: { ...old.deviationThreshold },
    // Last year's spending and reserve draws belong to last year.
    spending: null,
    reserveDraws: [],
  };
  const theme = (id: string): ThemeId | null =>
    themeMap === null ? (id as ThemeId) : ((themeMap[id] ?? null) as ThemeId | null);
  const activities: Activity[] = [];
  for (const a of source.activities) {
    if (!choices.carry.includes(a.id)) continue;
    const primary = theme(a.primaryThemeId);
    const id = ids.activities[a.id];
    if (primary === null || id === undefined) continue;
    const part = carriedPart(a, year, choices.cutOff);
    const secondary = [
      ...new Set(
        a.secondaryThemeIds.map(theme).filter((x): x is ThemeId => x !== null && x !== primary),
      ),
    ];
    const scale = (c: Cents): Cents =>
      a.origin === 'doorlopend' ? c : cents(Math.round(c * part.share));
    const funding = a.fundingStartMonth;
    activities.push({
      ...a,
      id: id as ActivityId,
      programmeId,
      primaryThemeId: primary,
      secondaryThemeIds: secondary,
      origin: a.origin === 'doorlopend' ? 'doorlopend' : 'loopt-door',
      status: a.status === 'in-uitvoering' ? 'in-uitvoering' : 'gepland',
      force: null,
      // Last year's year-end record and explanation belong to last year.
      yearEnd: null,
      deviationNote: '',
      // The thread back to last year, for year over year and the annual report's carry-overs.
      carriedFromId: a.id,
      startMonth: part.startMonth,
      endMonth: part.endMonth,
      allocations: part.allocations,
      materialCents: scale(a.materialCents),
      externalHireCents: scale(a.externalHireCents),
      // Funded people already at work in N are there from January N+1.
      fundingStartMonth:
        funding === null ? null : monthAt(Math.max(indexOf(first), indexOf(funding) + part.shift)),
      outputs: a.outputs
        .filter((o) => o.plannedMonth === null || o.plannedMonth >= first)
        .map((o) => ({ ...o, publishedOn: null, publishedTitle: '' })),
      partners: [...a.partners],
      risk: { ...a.risk },
    });
  }
  return ok({ programme, activities });
}
