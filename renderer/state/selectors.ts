import {
  activityHours,
  formationFte,
  hoursToFte,
  staffedFte,
  themePath,
  themesInTreeOrder,
} from '../../shared/domain/programme';
import type { Activity, Domain, Programme, Theme } from '../../shared/domain/schemas';
import type { Fte, Hours } from '../../shared/domain/units';
import { hours } from '../../shared/domain/units';
import { riskScore, type RiskScore } from '../../shared/planning/risk-score';
import { compareReading } from '../../shared/export/table';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { Filters, KoersState } from './types';
import { linePlacesOf } from './line-places';

/** Caches a selector's answer for as long as its inputs are the same objects. */
function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.value;
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}

/** One line of the programme list with its derived figures. */
export type ActivityRow = {
  readonly activity: Activity;
  readonly hours: Hours;
  readonly fte: Fte;
  readonly risk: RiskScore;
  readonly domain: Domain | undefined;
  readonly theme: Theme | undefined;
  /** Reading order in the source document (theme order, then as stored). */
  readonly order: number;
};

/** Activities under one node of the MJP, as the work programme's chapter 1 groups them. */
export type ThemeGroup = {
  readonly theme: Theme;
  readonly path: readonly Theme[];
  readonly rows: readonly ActivityRow[];
  readonly hours: Hours;
};

/** The programme screen's content: the filtered, sorted rows grouped by theme, and totals. */
export type ProgrammeView = {
  readonly groups: readonly ThemeGroup[];
  readonly shown: number;
  readonly total: number;
  readonly shownHours: Hours;
  readonly shownFte: Fte;
  readonly mjpThemes: readonly Theme[];
};

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

const rowsOf = memo((data: ProgrammeData): ActivityRow[] => {
  const { programme } = data;
  const themes = data.themes.filter((t) => t.mjpId === programme.mjpId);
  const order = new Map(themesInTreeOrder(themes).map((t, i) => [t.id as string, i]));
  const domains = new Map(data.domains.map((d) => [d.id as string, d]));
  const themeById = new Map(themes.map((t) => [t.id as string, t]));
  // Reading order: the theme's place in the MJP, then the section in the source, then title.
  const reading = readingOrder(data.activities);
  return reading.map((activity, i) => {
    const domain = domains.get(activity.domainId);
    const theme = themeById.get(activity.primaryThemeId);
    const place = (order.get(activity.primaryThemeId) ?? 9999) * 10000 + i;
    // The row made last time, when it stands for the same row object in the same place: an
    // unchanged row keeps its object, so the list does not draw it again (issue 11).
    const last = listRows.get(activity);
    if (
      last &&
      last.programme === programme &&
      last.row.domain === domain &&
      last.row.theme === theme &&
      last.row.order === place
    )
      return last.row;
    const { hours: h, risk } = figuresOf(activity, programme);
    const row: ActivityRow = {
      activity,
      hours: h,
      fte: hoursToFte(h, programme),
      risk,
      domain,
      theme,
      order: place,
    };
    listRows.set(activity, { programme, row });
    return row;
  });
});

/** Each row object's list row, with the programme it was worked out for. */
const listRows = new WeakMap<Activity, { programme: Programme; row: ActivityRow }>();

/** The activities sorted last time, so an edit that keeps every source and title sorts nothing. */
let lastReading: {
  readonly byId: ReadonlyMap<string, Activity>;
  readonly order: readonly string[];
} = { byId: new Map(), order: [] };

/**
 * The activities by source section, then title. Sorting thousands of titles with the Dutch
 * collator takes tens of milliseconds, so when the activities are the same ones with the same
 * section and title as last time (an edit of hours, say), the last order is reused.
 */
export function readingOrder(activities: readonly Activity[]): Activity[] {
  const byId = new Map(activities.map((a) => [a.id as string, a]));
  const same =
    byId.size === activities.length &&
    lastReading.order.length === activities.length &&
    activities.every((a) => {
      const before = lastReading.byId.get(a.id);
      return before !== undefined && before.sourceRef === a.sourceRef && before.title === a.title;
    });
  const order = same
    ? lastReading.order.map((id) => byId.get(id) as Activity)
    : // The same comparison the activities export orders by (shared/export/table.ts).
      [...activities].sort(compareReading);
  lastReading = { byId, order: order.map((a) => a.id) };
  return order;
}

/** Each row's hours and risk score, computed once per row object and risk scheme. */
const figures = new WeakMap<
  Activity,
  { scheme: Programme['riskScheme']; hours: Hours; risk: RiskScore }
>();

function figuresOf(activity: Activity, programme: Programme) {
  const known = figures.get(activity);
  if (known?.scheme === programme.riskScheme) return known;
  const value = {
    scheme: programme.riskScheme,
    hours: activityHours(activity),
    risk: riskScore(activity, programme.riskScheme),
  };
  figures.set(activity, value);
  return value;
}

/** Each row's text to search in, lower case, once per row object. */
const haystacks = new WeakMap<Activity, string>();

function haystackOf(a: Activity): string {
  let hay = haystacks.get(a);
  if (hay === undefined) {
    hay = `${a.title} ${a.description} ${a.sourceRef} ${a.partners.join(' ')}`.toLocaleLowerCase(
      'nl',
    );
    haystacks.set(a, hay);
  }
  return hay;
}

/** True when an activity passes every filter; text matches title, description and source. */
export function matchesFilters(
  row: ActivityRow,
  filters: Filters,
  themes: readonly Theme[],
): boolean {
  const a = row.activity;
  if (filters.domainId !== null && a.domainId !== filters.domainId) return false;
  if (filters.kind !== null && a.kind !== filters.kind) return false;
  if (filters.status !== null && a.status !== filters.status) return false;
  if (filters.themeId !== null) {
    const inTheme = (id: string) => themePath(id, themes).some((t) => t.id === filters.themeId);
    if (!inTheme(a.primaryThemeId) && !a.secondaryThemeIds.some(inTheme)) return false;
  }
  const text = filters.text.trim().toLocaleLowerCase('nl');
  if (text !== '') {
    const hay = haystackOf(a);
    if (!text.split(/\s+/).every((w) => hay.includes(w))) return false;
  }
  return true;
}

const buildView = memo(
  (data: ProgrammeData, filters: Filters, sort: KoersState['sort']): ProgrammeView => {
    const themes = data.themes.filter((t) => t.mjpId === data.programme.mjpId);
    const all = rowsOf(data);
    const places = filters.line ? linePlacesOf(data) : null;
    const rows = all.filter(
      (r) =>
        matchesFilters(r, filters, themes) &&
        (places === null || places.get(r.activity.id)?.kind === filters.line),
    );
    const dir = sort.direction === 'asc' ? 1 : -1;
    const key: Record<KoersState['sort']['column'], (a: ActivityRow, b: ActivityRow) => number> = {
      order: (a, b) => a.order - b.order,
      title: (a, b) => collator.compare(a.activity.title, b.activity.title),
      domain: (a, b) => collator.compare(a.domain?.name ?? '', b.domain?.name ?? ''),
      kind: (a, b) => collator.compare(a.activity.kind, b.activity.kind),
      status: (a, b) => collator.compare(a.activity.status, b.activity.status),
      hours: (a, b) => a.hours - b.hours,
      score: (a, b) => a.risk.score - b.risk.score,
    };
    const sorted = [...rows].sort((a, b) => dir * key[sort.column](a, b) || a.order - b.order);
    const groups: ThemeGroup[] = [];
    for (const theme of themesInTreeOrder(themes)) {
      const inGroup = sorted.filter((r) => r.activity.primaryThemeId === theme.id);
      if (inGroup.length === 0) continue;
      groups.push({
        theme,
        path: themePath(theme.id, themes),
        rows: inGroup,
        hours: hours(inGroup.reduce((s, r) => s + r.hours, 0)),
      });
    }
    const shownHours = hours(rows.reduce((s, r) => s + r.hours, 0));
    return {
      groups,
      shown: rows.length,
      total: all.length,
      shownHours,
      shownFte: hoursToFte(shownHours, data.programme),
      mjpThemes: themesInTreeOrder(themes),
    };
  },
);

/** The programme screen's view; null until the data is loaded. */
export function selectProgrammeView(state: KoersState): ProgrammeView | null {
  return state.data ? buildView(state.data, state.filters, state.sort) : null;
}

/** The row of the activity open in the editor. */
export function selectOpenRow(state: KoersState): ActivityRow | null {
  if (!state.data || state.openActivityId === null) return null;
  return rowsOf(state.data).find((r) => r.activity.id === state.openActivityId) ?? null;
}

/** The frames on the organisation screen: formation and staffing derived from the teams. */
export type FramesView = {
  readonly formation: Fte;
  readonly staffed: Fte;
  readonly plannedHours: Hours;
};

const buildFrames = memo((data: ProgrammeData): FramesView => ({
  formation: formationFte(data.programme),
  staffed: staffedFte(data.programme),
  plannedHours: hours(rowsOf(data).reduce((s, r) => s + r.hours, 0)),
}));

/** Formation, staffing and planned hours of the loaded programme. */
export function selectFrames(state: KoersState): FramesView | null {
  return state.data ? buildFrames(state.data) : null;
}
