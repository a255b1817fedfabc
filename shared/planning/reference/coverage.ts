// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import type { Activity, Domain, Programme, Theme } from '../../domain/schemas';
import { themePath, themesInTreeOrder } from '../../domain/programme';
import { activityHours } from '../../domain/programme';
import type { Coverage, CoverageRow, ThemeYear } from '../coverage';
// The types are the live module's: only the functions are kept as they were.
export type { Coverage, CoverageRow, ThemeYear };

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
  const hoursBy = new Map<string, Map<number, number>>();
  const domainBy = new Map<string, Map<string, number>>();
  const totals = new Map<number, number>();
  for (const p of progs) {
    for (const a of activities) {
      if (a.programmeId !== p.id || !counts(a)) continue;
      const h = activityHours(a);
      totals.set(p.year, (totals.get(p.year) ?? 0) + h);
      for (const t of themePath(a.primaryThemeId, own)) {
        const row = hoursBy.get(t.id) ?? new Map<number, number>();
        row.set(p.year, (row.get(p.year) ?? 0) + h);
        hoursBy.set(t.id, row);
        if (p === newest) {
          const d = domainBy.get(t.id) ?? new Map<string, number>();
          d.set(a.domainId, (d.get(a.domainId) ?? 0) + h);
          domainBy.set(t.id, d);
        }
      }
    }
  }
  const rows = own.map((theme): CoverageRow => {
    const byYear = hoursBy.get(theme.id) ?? new Map<number, number>();
    const yearRows = years.map((y) => {
      const h = byYear.get(y) ?? 0;
      const total = totals.get(y) ?? 0;
      return { year: y, hours: h, share: total > 0 ? h / total : 0 };
    });
    return {
      theme,
      depth: themePath(theme.id, own).length - 1,
      years: yearRows,
      domains: domainBy.get(theme.id) ?? new Map<string, number>(),
      empty: newest === undefined || (byYear.get(newest.year) ?? 0) === 0,
    };
  });
  return {
    years,
    rows,
    domains,
    totals: years.map((y) => ({ year: y, hours: totals.get(y) ?? 0 })),
  };
}
