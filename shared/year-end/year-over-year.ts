/**
 * Year over year (issue 13): programme N against N−1 and N−1's realisation. What carried over
 * (an activity of N names the one of N−1 it continues, `carriedFromId`), what is new, what was
 * dropped (N−1 activities nobody continues, with their year-end status); hours per theme and per
 * domain shifted (N plan, N−1 plan, N−1 realisation); and MJP coverage over the years of the
 * MJP period as theme × domain × year (PRODUCT.md, "what we do beyond them", point 3).
 */
import { activityHours, themePath, themesInTreeOrder } from '../domain/programme';
import type { YearEndStatus } from '../domain/realisation';
import type { Activity, Domain, Mjp, Programme, Theme } from '../domain/schemas';
import type { PreviousYear } from './plan-actual';

/** An activity of N continuing one of N−1. */
export type CarriedOver = {
  readonly activityId: string;
  readonly title: string;
  readonly fromId: string;
  readonly fromTitle: string;
  /** The year-end status the N−1 activity was closed with (null: none recorded). */
  readonly fromStatus: YearEndStatus | null;
  readonly hours: number;
  readonly previousHours: number;
};

/** An activity of N that continues nothing of N−1. */
export type NewActivity = {
  readonly activityId: string;
  readonly title: string;
  readonly hours: number;
};

/** An activity of N−1 that N does not continue. */
export type DroppedActivity = {
  readonly activityId: string;
  readonly title: string;
  readonly status: YearEndStatus | null;
  readonly reason: string;
  readonly previousHours: number;
  readonly realisedHours: number;
};

/** Hours of one theme or domain in N's plan, N−1's plan and N−1's realisation. */
export type ShiftRow = {
  readonly key: string;
  readonly label: string;
  readonly depth: number;
  readonly plan: number;
  readonly previousPlan: number;
  readonly previousActual: number;
  /** N's plan minus N−1's plan. */
  readonly shift: number;
};

/** One cell of the coverage matrix: hours and number of activities. */
export type CoverageCell = { readonly hours: number; readonly count: number };

/** MJP coverage as theme × domain × year. */
export type CoverageMatrix = {
  readonly mjp: Mjp | null;
  /** Every year of the MJP period (start to end). */
  readonly years: readonly number[];
  /** Years in which the organisation has a programme. */
  readonly yearsWithProgramme: readonly number[];
  readonly themes: readonly { readonly theme: Theme; readonly depth: number }[];
  readonly domains: readonly Domain[];
  /** The cell of a theme, domain and year (themes count their sub-themes). */
  readonly cell: (themeId: string, domainId: string, year: number) => CoverageCell;
  /** The cell of a theme and year over all domains. */
  readonly themeYear: (themeId: string, year: number) => CoverageCell;
  /** The largest hours of any theme × domain × year cell (to scale a heat map). */
  readonly maxHours: number;
};

/** Year over year. */
export type YearOverYear = {
  readonly year: number;
  readonly previousYear: number | null;
  readonly carried: readonly CarriedOver[];
  readonly added: readonly NewActivity[];
  readonly dropped: readonly DroppedActivity[];
  readonly byTheme: readonly ShiftRow[];
  readonly byDomain: readonly ShiftRow[];
  readonly coverage: CoverageMatrix;
};

/** What year over year derives from. */
export type YearOverYearInput = {
  readonly programme: Programme;
  /** N's activities (as planned: the ones `counts` keeps give the plan's hours). */
  readonly activities: readonly Activity[];
  readonly mjps: readonly Mjp[];
  /** The themes of every MJP of the organisation (last year's may be another MJP's). */
  readonly themes: readonly Theme[];
  readonly domains: readonly Domain[];
  readonly previous: PreviousYear | null;
  /** All programmes of the organisation, and the activities of those in the MJP period. */
  readonly programmes: readonly Programme[];
  readonly allActivities: readonly Activity[];
  /** Which activities count in a plan (N: its line; others: those that take capacity). */
  readonly counts: (activity: Activity) => boolean;
};

/** The lower-cased name path of a theme, the key a theme of another MJP is matched on. */
const namePath = (themeId: string, themes: readonly Theme[]): string[] => {
  const path = themePath(themeId, themes);
  return path.map((_, i) =>
    path
      .slice(0, i + 1)
      .map((t) => t.name.trim().toLowerCase())
      .join(' › '),
  );
};

/** Programme N against N−1: carried, new, dropped, shifted hours and MJP coverage. */
export function yearOverYear(input: YearOverYearInput): YearOverYear {
  const { programme, activities, previous, counts } = input;
  const hoursOf = (a: Activity): number => (counts(a) ? activityHours(a) : 0);
  const prevActs = previous?.activities ?? [];
  const prevById = new Map(prevActs.map((a) => [a.id as string, a]));
  const realised = new Map<string, number>();
  for (const r of previous?.realisations ?? [])
    realised.set(r.activityId, (realised.get(r.activityId) ?? 0) + r.hours);

  const carried: CarriedOver[] = [];
  const added: NewActivity[] = [];
  const continued = new Set<string>();
  for (const a of activities) {
    const from = a.carriedFromId === null ? undefined : prevById.get(a.carriedFromId);
    if (from) {
      continued.add(from.id);
      carried.push({
        activityId: a.id,
        title: a.title,
        fromId: from.id,
        fromTitle: from.title,
        fromStatus: from.yearEnd?.status ?? null,
        hours: hoursOf(a),
        previousHours: hoursOf(from),
      });
    } else added.push({ activityId: a.id, title: a.title, hours: hoursOf(a) });
  }
  const dropped: DroppedActivity[] = prevActs
    .filter((a) => !continued.has(a.id))
    .map((a) => ({
      activityId: a.id,
      title: a.title,
      status: a.yearEnd?.status ?? null,
      reason: a.yearEnd?.reason ?? '',
      previousHours: hoursOf(a),
      realisedHours: realised.get(a.id) ?? 0,
    }));

  // Themes of N's MJP; last year's themes matched by their name path (another MJP may differ).
  const themes = themesInTreeOrder(input.themes.filter((t) => t.mjpId === programme.mjpId));
  const prevThemes = previous
    ? input.themes.filter((t) => t.mjpId === previous.programme.mjpId)
    : [];
  const add = (m: Map<string, number>, k: string, h: number) => {
    m.set(k, (m.get(k) ?? 0) + h);
  };
  const nTheme = new Map<string, number>();
  const pTheme = new Map<string, number>();
  const rTheme = new Map<string, number>();
  const nDomain = new Map<string, number>();
  const pDomain = new Map<string, number>();
  const rDomain = new Map<string, number>();
  const cache = new Map<string, string[]>();
  const keysOf = (id: string, list: readonly Theme[], tag: string): string[] => {
    let k = cache.get(tag + id);
    if (!k) {
      k = namePath(id, list);
      cache.set(tag + id, k);
    }
    return k;
  };
  for (const a of activities) {
    const h = hoursOf(a);
    for (const k of keysOf(a.primaryThemeId, themes, 'n')) add(nTheme, k, h);
    add(nDomain, a.domainId, h);
  }
  for (const a of prevActs) {
    const h = hoursOf(a);
    const r = realised.get(a.id) ?? 0;
    for (const k of keysOf(a.primaryThemeId, prevThemes, 'p')) {
      add(pTheme, k, h);
      add(rTheme, k, r);
    }
    add(pDomain, a.domainId, h);
    add(rDomain, a.domainId, r);
  }
  const shift = (
    key: string,
    label: string,
    depth: number,
    n: number,
    p: number,
    r: number,
  ): ShiftRow => ({ key, label, depth, plan: n, previousPlan: p, previousActual: r, shift: n - p });
  const byTheme = themes.map((t) => {
    const k = namePath(t.id, themes).at(-1) ?? '';
    return shift(
      t.id,
      t.name,
      themePath(t.id, themes).length - 1,
      nTheme.get(k) ?? 0,
      pTheme.get(k) ?? 0,
      rTheme.get(k) ?? 0,
    );
  });
  const byDomain = input.domains
    .map((d) =>
      shift(
        d.id,
        d.name,
        0,
        nDomain.get(d.id) ?? 0,
        pDomain.get(d.id) ?? 0,
        rDomain.get(d.id) ?? 0,
      ),
    )
    .filter((r) => r.plan !== 0 || r.previousPlan !== 0 || r.previousActual !== 0);

  return {
    year: programme.year,
    previousYear: previous?.programme.year ?? null,
    carried,
    added,
    dropped,
    byTheme,
    byDomain,
    coverage: coverageMatrix(input),
  };
}

/**
 * MJP coverage over the MJP period: per theme (counting its sub-themes), domain and year the
 * hours and the number of activities, from every programme of the organisation whose year
 * falls in the period (one per year: the one of the MJP, else the first). A programme of another
 * MJP is matched by theme name path; its activities on themes this MJP lacks are not counted.
 */
export function coverageMatrix(input: YearOverYearInput): CoverageMatrix {
  const mjp = input.mjps.find((m) => m.id === input.programme.mjpId) ?? null;
  const start = mjp?.startYear ?? input.programme.year;
  const end = mjp?.endYear ?? input.programme.year;
  const years: number[] = [];
  for (let y = start; y <= end && years.length < 50; y += 1) years.push(y);
  const themes = themesInTreeOrder(input.themes.filter((t) => t.mjpId === input.programme.mjpId));
  const themeByPath = new Map<string, string>();
  for (const t of themes) themeByPath.set(namePath(t.id, themes).at(-1) ?? '', t.id);
  // One programme per year: N itself, else the one of this MJP, else any.
  const perYear = new Map<number, Programme>();
  const rank = (p: Programme): number =>
    p.id === input.programme.id ? 0 : p.mjpId === input.programme.mjpId ? 1 : 2;
  for (const p of input.programmes) {
    if (p.organisationId !== input.programme.organisationId) continue;
    if (p.year < start || p.year > end) continue;
    const had = perYear.get(p.year);
    if (!had || rank(p) < rank(had)) perYear.set(p.year, p);
  }
  const chosen = new Map([...perYear.values()].map((p) => [p.id as string, p]));
  const cells = new Map<string, { hours: number; count: number }>();
  const totals = new Map<string, { hours: number; count: number }>();
  const bump = (m: Map<string, { hours: number; count: number }>, k: string, h: number) => {
    const c = m.get(k) ?? { hours: 0, count: 0 };
    c.hours += h;
    c.count += 1;
    m.set(k, c);
  };
  const seen = new Set<string>();
  const pathIds = new Map<string, string[]>();
  const own = input.activities.filter((a) => a.programmeId === input.programme.id);
  for (const a of [...own, ...input.allActivities]) {
    if (seen.has(a.id)) continue;
    seen.add(a.id);
    const p = chosen.get(a.programmeId);
    if (!p || !input.counts(a)) continue;
    let ids = pathIds.get(`${p.mjpId}|${a.primaryThemeId}`);
    if (!ids) {
      const list = input.themes.filter((t) => t.mjpId === p.mjpId);
      ids = namePath(a.primaryThemeId, list)
        .map((k) => themeByPath.get(k))
        .filter((x): x is string => x !== undefined);
      pathIds.set(`${p.mjpId}|${a.primaryThemeId}`, ids);
    }
    const h = activityHours(a);
    for (const t of ids) {
      bump(cells, `${t}|${a.domainId}|${String(p.year)}`, h);
      bump(totals, `${t}|${String(p.year)}`, h);
    }
  }
  let maxHours = 0;
  for (const c of cells.values()) maxHours = Math.max(maxHours, c.hours);
  const usedDomains = new Set([...cells.keys()].map((k) => k.split('|')[1]));
  const none: CoverageCell = { hours: 0, count: 0 };
  return {
    mjp,
    years,
    yearsWithProgramme: [...perYear.keys()].sort((a, b) => a - b),
    themes: themes.map((t) => ({ theme: t, depth: themePath(t.id, themes).length - 1 })),
    domains: input.domains.filter((d) => usedDomains.has(d.id)),
    cell: (themeId, domainId, year) => cells.get(`${themeId}|${domainId}|${String(year)}`) ?? none,
    themeYear: (themeId, year) => totals.get(`${themeId}|${String(year)}`) ?? none,
    maxHours,
  };
}
