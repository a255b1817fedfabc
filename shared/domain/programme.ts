import type { Activity, Programme, Theme } from './schemas';
import { fte, hours, type Fte, type Hours } from './units';

/** Sums numbers as whole hundredths, so 24,5 + 18,75 + … gives exactly the formation. */
const sumHundredths = (values: readonly number[]): number =>
  values.reduce((acc, v) => acc + Math.round(v * 100), 0) / 100;

/** The formation (formatie) of a programme: the sum of its teams' formation FTE. */
export function formationFte(programme: Programme): Fte {
  return fte(sumHundredths(programme.capacity.teams.map((t) => t.formationFte)));
}

/** The staffed FTE (bezetting) of a programme: the sum of its teams' staffed FTE. */
export function staffedFte(programme: Programme): Fte {
  return fte(sumHundredths(programme.capacity.teams.map((t) => t.staffedFte)));
}

/** The planned hours of an activity: the sum of its allocations over all teams and months. */
export function activityHours(activity: Activity): Hours {
  return hours(activity.allocations.reduce((acc, a) => acc + a.hours, 0));
}

/** Hours expressed in FTE at the programme's productive-hours norm. */
export function hoursToFte(h: Hours, programme: Programme): Fte {
  const norm = programme.capacity.productiveHoursPerFte;
  return fte(norm > 0 ? h / norm : 0);
}

/** The themes of one MJP in reading order: each focus followed by its themes, depth first. */
export function themesInTreeOrder(themes: readonly Theme[]): Theme[] {
  const byParent = new Map<string | null, Theme[]>();
  for (const t of themes) {
    const list = byParent.get(t.parentId) ?? [];
    list.push(t);
    byParent.set(t.parentId, list);
  }
  const out: Theme[] = [];
  const visit = (parent: string | null, seen: Set<string>): void => {
    const children = [...(byParent.get(parent) ?? [])].sort(
      (a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl'),
    );
    for (const c of children) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      out.push(c);
      visit(c.id, seen);
    }
  };
  visit(null, new Set());
  return out;
}

/** The path of names from the top of the MJP tree to a theme: ['Focus op de context', 'Aandacht voor digitalisering']. */
export function themePath(themeId: string, themes: readonly Theme[]): Theme[] {
  const byId = new Map(themes.map((t) => [t.id as string, t]));
  const path: Theme[] = [];
  let current = byId.get(themeId);
  while (current && !path.includes(current)) {
    path.unshift(current);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return path;
}

/** Where a programme stands in its life cycle. */
export type ProgrammeState = 'concept' | 'vastgesteld' | 'afgesloten';

/** A programme's state: closed once closed, adopted once a version is adopted, else a concept. */
export function programmeState(programme: Programme): ProgrammeState {
  if (programme.closedOn !== null) return 'afgesloten';
  return programme.adoption !== null ? 'vastgesteld' : 'concept';
}

/**
 * The programme a window opens without a choice: the newest adopted programme still running
 * (the one in force), else the newest. `programmes` may be in any order.
 */
export function defaultProgramme<P extends Programme>(programmes: readonly P[]): P | undefined {
  const newest = [...programmes].sort((a, b) => b.year - a.year);
  return newest.find((p) => programmeState(p) === 'vastgesteld') ?? newest[0];
}
