import type { Activity, Domain, Programme, Theme } from '../domain/schemas';
import { themePath, themesInTreeOrder } from '../domain/programme';
import { activityHours } from '../domain/programme';

/** One theme's planned hours in one programme year, counting its sub-themes. */
export type ThemeYear = { readonly year: number; readonly hours: number; readonly share: number };

/** One row of the coverage view: a theme, its hours per year and per domain. */
export type CoverageRow = {
  readonly theme: Theme;
  readonly depth: number;
  readonly years: readonly ThemeYear[];
  /** Hours per domain in the newest year (theme × domain matrix). */
  readonly domains: ReadonlyMap<string, number>;
  /** True when nothing is planned on this theme (or under it) in the newest year. */
  readonly empty: boolean;
};

/** MJP coverage: per theme (with its sub-themes), hours and share per year and per domain. */
export type Coverage = {
  readonly years: readonly number[];
  readonly rows: readonly CoverageRow[];
  readonly domains: readonly Domain[];
  readonly totals: readonly { readonly year: number; readonly hours: number }[];
};

/**
 * Coverage of an MJP's themes by the programmes of its period: the hours planned on each
 * theme (an activity's hours count for its primary theme and every theme above it), the share
 * of the year's total, and the theme × domain matrix. `counts` decides which activities count
 * (for example: those that take capacity and are above the line).
 */
export function coverage(
  mjpId: string,
  themes: readonly Theme[],
  domains: readonly Domain[],
  programmes: readonly Programme[],
  activities: readonly Activity[],
  counts: (a: Activity) => boolean,
): Coverage {
  const own = themesInTreeOrder(themes.filter((t) => t.mjpId === mjpId));
  const progs = programmes.filter((p) => p.mjpId === mjpId).sort((a, b) => a.year - b.year);
  const years = progs.map((p) => p.year);
  const newest = progs.at(-1);
  // Themes and years numbered (by id and by year, as the sums are keyed), sums in typed arrays:
  // the same additions in the same order as maps of maps, without a lookup per theme per row.
  const themeAt = new Map<string, number>();
  for (const t of own) if (!themeAt.has(t.id)) themeAt.set(t.id, themeAt.size);
  const yearAt = new Map<number, number>();
  for (const y of years) if (!yearAt.has(y)) yearAt.set(y, yearAt.size);
  const width = yearAt.size;
  const hoursBy = new Float64Array(themeAt.size * width);
  const totals = new Float64Array(width);
  // Per theme (newest year): hours per domain number, and the domains in the order first met.
  const domainIds: string[] = [];
  const domainAt = new Map<string, number>();
  const domainHours: number[][] = Array.from({ length: themeAt.size }, () => []);
  const domainOrder: number[][] = Array.from({ length: themeAt.size }, () => []);
  // Each theme's path worked out once (not once per activity), each programme's rows in one pass.
  const paths = new Map<string, Theme[]>();
  const pathOf = (themeId: string): Theme[] => {
    let path = paths.get(themeId);
    if (!path) {
      path = themePath(themeId, own);
      paths.set(themeId, path);
    }
    return path;
  };
  const pathAt = new Map<string, number[]>();
  const themesOf = (themeId: string): number[] => {
    let at = pathAt.get(themeId);
    if (!at) {
      at = pathOf(themeId).map((t) => themeAt.get(t.id) as number);
      pathAt.set(themeId, at);
    }
    return at;
  };
  const rowsOf = new Map<string, Activity[]>(progs.map((p) => [p.id, []]));
  for (const a of activities) rowsOf.get(a.programmeId)?.push(a);
  for (const p of progs) {
    const y = yearAt.get(p.year) as number;
    for (const a of rowsOf.get(p.id) ?? []) {
      if (!counts(a)) continue;
      const h = activityHours(a);
      totals[y] = (totals[y] as number) + h;
      const at = themesOf(a.primaryThemeId);
      let d = -1;
      if (p === newest) {
        d = domainAt.get(a.domainId) ?? -1;
        if (d < 0) {
          d = domainIds.length;
          domainAt.set(a.domainId, d);
          domainIds.push(a.domainId);
        }
      }
      for (const t of at) {
        const k = t * width + y;
        hoursBy[k] = (hoursBy[k] as number) + h;
        if (d < 0) continue;
        const row = domainHours[t] as number[];
        const before = row[d];
        if (before === undefined) (domainOrder[t] as number[]).push(d);
        row[d] = (before ?? 0) + h;
      }
    }
  }
  const hoursOf = (themeId: string, year: number): number => {
    const t = themeAt.get(themeId);
    const y = yearAt.get(year);
    return t === undefined || y === undefined ? 0 : (hoursBy[t * width + y] as number);
  };
  const rows = own.map((theme): CoverageRow => {
    const t = themeAt.get(theme.id) as number;
    const yearRows = years.map((y) => {
      const h = hoursOf(theme.id, y);
      const total = totals[yearAt.get(y) as number] as number;
      return { year: y, hours: h, share: total > 0 ? h / total : 0 };
    });
    const domainRow = domainHours[t] as number[];
    return {
      theme,
      depth: pathOf(theme.id).length - 1,
      years: yearRows,
      domains: new Map(
        (domainOrder[t] as number[]).map((d) => [domainIds[d] as string, domainRow[d] as number]),
      ),
      empty: newest === undefined || hoursOf(theme.id, newest.year) === 0,
    };
  });
  return {
    years,
    rows,
    domains,
    totals: years.map((y) => ({ year: y, hours: totals[yearAt.get(y) as number] as number })),
  };
}
