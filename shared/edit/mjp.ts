/**
 * The edits of a multi-year perspective (MJP) as pure functions: reading the focuses, themes or
 * goals a person types (one a line) into theme rows, a new MJP with its rows, its name and
 * period, the order of its entries, and the Dutch messages for what is wrong (PRODUCT.md: "A
 * period may have a flat list instead (the 2021–2024 MJP had four goals)").
 */
import type { Mjp, Programme, Theme } from '../domain/schemas';
import type { Message } from '../i18n/translate';
import { newTheme } from './organisation';

/** Earliest and latest year an MJP may start or end (the schema's range). */
export const MJP_YEARS = { min: 1900, max: 2200 } as const;

/** Longest name of a focus, theme, goal or MJP (the schema's `name(200)`). */
const MAX_NAME = 200;

/** How an MJP is built: focuses with themes under them, or a flat list of goals. */
export type MjpStructure = 'tree' | 'flat';

/** One typed entry: a focus or goal (top), or a theme under the focus before it. */
export type TypedEntry = { readonly name: string; readonly child: boolean; readonly line: number };

/** A line that starts with one of these (after spaces) is a theme under the focus above it. */
const CHILD_MARK = /^[-–—*•]\s*/;

/**
 * Reads the entries a person types, one a line. With focuses, a line that starts with a dash
 * (`-`, `–`, `*` or `•`) or with spaces is a theme under the focus above it; every other line is
 * a focus. In a flat list every line is a goal (a leading dash is only a bullet). Empty lines
 * are skipped. Refuses, naming the line, a theme before any focus, a name that is too long, and a
 * name given twice under the same focus (or twice in the list).
 */
export function parseEntryLines(
  text: string,
  structure: MjpStructure,
): { ok: true; entries: TypedEntry[] } | { ok: false; error: Message } {
  const entries: TypedEntry[] = [];
  const seen = new Set<string>();
  let parent: string | null = null;
  for (const [i, raw] of text.split(/\r\n|\r|\n/).entries()) {
    const line = i + 1;
    if (raw.trim() === '') continue;
    const marked = CHILD_MARK.test(raw.trimStart());
    const indented = /^\s/.test(raw);
    const name = raw.trimStart().replace(CHILD_MARK, '').trim();
    const child = structure === 'tree' && (marked || indented);
    if (name === '') return { ok: false, error: { key: 'mjp.lines.empty', params: { line } } };
    if (name.length > MAX_NAME)
      return { ok: false, error: { key: 'mjp.lines.tooLong', params: { line, max: MAX_NAME } } };
    if (child && parent === null)
      return { ok: false, error: { key: 'mjp.lines.orphan', params: { line, name } } };
    if (!child) parent = name;
    const key = `${child ? (parent ?? '') : ''}\u0000${name.toLocaleLowerCase('nl')}`;
    if (seen.has(key))
      return { ok: false, error: { key: 'mjp.lines.twice', params: { line, name } } };
    seen.add(key);
    entries.push({ name, child, line });
  }
  return { ok: true, entries };
}

/** The theme rows of an MJP for typed entries, in order, each with an id from `newId`. */
export function themesOfEntries(
  mjpId: string,
  entries: readonly TypedEntry[],
  newId: () => string,
): Theme[] {
  const out: Theme[] = [];
  let focus: Theme | null = null;
  let topOrder = 0;
  let childOrder = 0;
  for (const e of entries) {
    const parentId: string | null = e.child && focus ? focus.id : null;
    const theme: Theme = {
      id: newId() as Theme['id'],
      mjpId: mjpId as Theme['mjpId'],
      parentId: parentId as Theme['parentId'],
      name: e.name,
      description: '',
      order: parentId === null ? ++topOrder : ++childOrder,
    };
    if (parentId === null) {
      focus = theme;
      childOrder = 0;
    }
    out.push(theme);
  }
  return out;
}

/** What the *MJP toevoegen* form holds. */
export type NewMjpInput = {
  readonly organisationId: string;
  readonly name: string;
  readonly startYear: number;
  readonly endYear: number;
  readonly structure: MjpStructure;
  /** The first entries, one a line (see `parseEntryLines`). */
  readonly lines: string;
};

/** Why a period cannot be: an end before its start (null when it can). */
export function periodRefusal(startYear: number, endYear: number): Message | null {
  return endYear < startYear
    ? { key: 'mjp.endBeforeStart', params: { start: startYear, end: endYear } }
    : null;
}

/** Whether a year is one an MJP may start or end in. */
export const isMjpYear = (year: number): boolean =>
  Number.isInteger(year) && year >= MJP_YEARS.min && year <= MJP_YEARS.max;

/**
 * A new MJP with its first focuses and themes (or goals), ids from `newId` (the MJP's first), or
 * the Dutch reason it cannot be made: no name, a name another MJP of the organisation has, a year
 * out of range, an end before the start, or a line that cannot be read.
 */
export function newMjpRows(
  input: NewMjpInput,
  existing: readonly Mjp[],
  newId: () => string,
): { ok: true; mjp: Mjp; themes: Theme[] } | { ok: false; error: Message } {
  const name = input.name.trim();
  if (name === '') return { ok: false, error: { key: 'mjp.nameRequired' } };
  if (name.length > MAX_NAME) return { ok: false, error: { key: 'mjp.nameTooLong' } };
  const same = name.toLocaleLowerCase('nl');
  if (existing.some((m) => m.name.trim().toLocaleLowerCase('nl') === same))
    return { ok: false, error: { key: 'mjp.nameTaken', params: { name } } };
  for (const year of [input.startYear, input.endYear])
    if (!isMjpYear(year))
      return { ok: false, error: { key: 'mjp.yearRange', params: { ...MJP_YEARS } } };
  const period = periodRefusal(input.startYear, input.endYear);
  if (period) return { ok: false, error: period };
  const parsed = parseEntryLines(input.lines, input.structure);
  if (!parsed.ok) return parsed;
  const mjp: Mjp = {
    id: newId() as Mjp['id'],
    organisationId: input.organisationId as Mjp['organisationId'],
    name,
    startYear: input.startYear,
    endYear: input.endYear,
  };
  return { ok: true, mjp, themes: themesOfEntries(mjp.id, parsed.entries, newId) };
}

/** The fields of an MJP a person edits. */
export type MjpPatch = {
  readonly name?: string;
  readonly startYear?: number;
  readonly endYear?: number;
};

/** The MJP with a new name or period, or the Dutch reason it is refused (nothing changes). */
export function withMjpPatch(mjp: Mjp, patch: MjpPatch): Mjp | { refused: Message } {
  const next: Mjp = { ...mjp, ...patch, name: (patch.name ?? mjp.name).trim() };
  if (next.name === '') return { refused: { key: 'mjp.nameRequired' } };
  if (!isMjpYear(next.startYear) || !isMjpYear(next.endYear))
    return { refused: { key: 'mjp.yearRange', params: { ...MJP_YEARS } } };
  const period = periodRefusal(next.startYear, next.endYear);
  return period ? { refused: period } : next;
}

/** A year as people write it: "2029", without the thousands point of other numbers. */
export const formatYear = (year: number): string => String(year);

/** The period of an MJP as people write it: "2025–2028". */
export const mjpPeriod = (m: Pick<Mjp, 'startYear' | 'endYear'>): string =>
  `${formatYear(m.startYear)}–${formatYear(m.endYear)}`;

/** The other MJPs whose period shares a year with `startYear`–`endYear` (allowed, but warned). */
export function overlappingMjps(
  mjps: readonly Mjp[],
  id: string | null,
  startYear: number,
  endYear: number,
): Mjp[] {
  return mjps.filter((m) => m.id !== id && m.startYear <= endYear && startYear <= m.endYear);
}

/** The programmes that belong to the MJP, oldest year first. */
export const programmesOfMjp = (mjpId: string, programmes: readonly Programme[]): Programme[] =>
  programmes.filter((p) => p.mjpId === mjpId).sort((a, b) => a.year - b.year);

/** The programmes of the MJP whose year lies outside its period (warned, not refused). */
export const programmesOutside = (mjp: Mjp, programmes: readonly Programme[]): Programme[] =>
  programmesOfMjp(mjp.id, programmes).filter((p) => p.year < mjp.startYear || p.year > mjp.endYear);

/**
 * How an MJP is built, read from its rows (the data model has no field for it): focuses with
 * themes when any entry has a parent, a flat list of goals when entries have none, null when
 * it has no entries yet.
 */
export function mjpStructure(themes: readonly Theme[]): MjpStructure | null {
  if (themes.length === 0) return null;
  return themes.some((t) => t.parentId !== null) ? 'tree' : 'flat';
}

/** The entries under a parent (null: the focuses or goals) of one MJP's themes, in their order. */
export const childrenOf = (themes: readonly Theme[], parentId: string | null): Theme[] =>
  themes
    .filter((t) => t.parentId === parentId)
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'nl'));

/** The entries beside a theme (same MJP, same parent), in their order. */
export const siblingsOf = (themes: readonly Theme[], theme: Theme): Theme[] =>
  childrenOf(
    themes.filter((t) => t.mjpId === theme.mjpId),
    theme.parentId,
  );

/**
 * The orders to write when a theme moves one place up or down among its siblings: the siblings
 * numbered 1, 2, 3… in the new order, only those whose order changes (empty at either end).
 */
export function movedOrders(
  themes: readonly Theme[],
  id: string,
  direction: 'up' | 'down',
): [string, number][] {
  const theme = themes.find((t) => t.id === id);
  if (!theme) return [];
  const list = siblingsOf(themes, theme);
  const at = list.findIndex((t) => t.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  const other = list[to];
  if (!other) return [];
  list[to] = theme;
  list[at] = other;
  return list.flatMap((t, i): [string, number][] => (t.order === i + 1 ? [] : [[t.id, i + 1]]));
}

/**
 * A new entry of an MJP after its siblings: a theme under a focus, a goal in a flat list, or a
 * focus (the first entry of an empty MJP is a focus).
 */
export function newEntry(
  mjpId: string,
  themes: readonly Theme[],
  parentId: string | null,
  id: string,
): Theme {
  const theme = newTheme(mjpId, themes, parentId, id);
  const own = themes.filter((t) => t.mjpId === mjpId);
  return parentId === null && mjpStructure(own) === 'flat'
    ? { ...theme, name: 'Nieuw doel' }
    : theme;
}
