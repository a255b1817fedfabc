import type { Activity, Team } from '../domain/schemas';
import type { Realisation } from '../domain/realisation';
import type { RealisationId } from '../domain/ids';
import { cents, hours, monthKey, type MonthKey } from '../domain/units';
import { DUTCH_MONTHS } from '../format/dates';
import type { Message } from '../i18n/translate';
import { parseNumberCell, type SheetRow } from './csv-read';

/**
 * The mapping step of a realisation import (issue 13), pure so it is tested on its own: which
 * column holds what (guessed from the headers, corrected by the person, remembered per source as
 * Actual Budget remembers `csv-mappings-<account>`), the rows as fields (Actual's
 * `applyFieldMappings`), and the rows read and matched against the programme, or every row that
 * cannot be, with its row number, column and reason.
 */

/** What a column of a time-registration or finance export can hold. */
export const REALISATION_FIELDS = ['activity', 'team', 'period', 'hours', 'cost'] as const;
/** A field of the mapping. */
export type RealisationField = (typeof REALISATION_FIELDS)[number];

/** The column (0-based) that holds each field; null: the file has none. */
export type FieldMapping = { readonly [F in RealisationField]: number | null };

/**
 * Words in a header that say what its column holds, most telling first. Dutch time
 * registrations (SAP, Tijdschrijven, P-Direkt) and finance exports name them like this.
 */
const HINTS: Readonly<Record<RealisationField, readonly string[]>> = {
  activity: [
    'activiteitcode',
    'activiteit',
    'projectcode',
    'project',
    'code',
    'omschrijving',
    'titel',
    'onderwerp',
  ],
  team: ['team', 'afdeling', 'eenheid', 'cluster', 'organisatieonderdeel'],
  period: ['periode', 'maand', 'boekperiode', 'datum', 'period', 'month'],
  hours: ['uren', 'aantal uren', 'uur', 'tijd', 'hours'],
  cost: ['kosten', 'bedrag', 'euro', 'uitgaven', 'cost', '€'],
};

/** A header as compared: lower case, accents and punctuation kept apart, spaces single. */
const norm = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The columns guessed from the headers: for each field the first column whose header is (or
 * else contains) one of its words, each column used once, the fields in the order of `HINTS`'
 * confidence (an exact header first).
 */
export function guessMapping(headers: readonly string[]): FieldMapping {
  const taken = new Set<number>();
  const out: Record<RealisationField, number | null> = {
    activity: null,
    team: null,
    period: null,
    hours: null,
    cost: null,
  };
  const names = headers.map(norm);
  for (const exact of [true, false])
    for (const field of REALISATION_FIELDS) {
      if (out[field] !== null) continue;
      for (const hint of HINTS[field]) {
        const at = names.findIndex(
          (h, i) => !taken.has(i) && h !== '' && (exact ? h === hint : h.includes(hint)),
        );
        if (at !== -1) {
          out[field] = at;
          taken.add(at);
          break;
        }
      }
    }
  return out;
}

/** The key a mapping is remembered under: the file's headers, so the same export finds it. */
export function sourceKey(headers: readonly string[]): string {
  return `koers-realisatie-kolommen:${headers.map(norm).join('|')}`;
}

/** A remembered mapping: the header each field was taken from (robust to columns moving). */
export type SavedMapping = { readonly [F in RealisationField]: string | null };

/** A mapping as remembered. */
export function savedMapping(headers: readonly string[], mapping: FieldMapping): SavedMapping {
  const name = (i: number | null) => (i === null ? null : (headers[i] ?? null));
  return {
    activity: name(mapping.activity),
    team: name(mapping.team),
    period: name(mapping.period),
    hours: name(mapping.hours),
    cost: name(mapping.cost),
  };
}

/** A remembered mapping on this file's headers; null when a header it names is gone. */
export function restoreMapping(headers: readonly string[], saved: unknown): FieldMapping | null {
  if (saved === null || typeof saved !== 'object') return null;
  const names = headers.map(norm);
  const out: Record<RealisationField, number | null> = {
    activity: null,
    team: null,
    period: null,
    hours: null,
    cost: null,
  };
  for (const field of REALISATION_FIELDS) {
    const h = (saved as Record<string, unknown>)[field];
    if (h === null || h === undefined) continue;
    if (typeof h !== 'string') return null;
    const at = names.indexOf(norm(h));
    if (at === -1) return null;
    out[field] = at;
  }
  return out;
}

/** Why a mapping cannot be used (a field every import needs has no column), or null. */
export function mappingProblem(mapping: FieldMapping): Message | null {
  if (mapping.activity === null) return { key: 'realisation.needActivity' };
  if (mapping.period === null) return { key: 'realisation.needPeriod' };
  if (mapping.hours === null && mapping.cost === null) return { key: 'realisation.needAmount' };
  const used = REALISATION_FIELDS.map((f) => mapping[f]).filter((c) => c !== null);
  if (new Set(used).size !== used.length) return { key: 'realisation.columnTwice' };
  return null;
}

/** One data row as fields (the cells of the mapped columns, as they are). */
export type MappedRow = {
  readonly row: number;
  readonly activity: string;
  readonly team: string;
  readonly period: string;
  readonly hours: string;
  readonly cost: string;
};

/** The data rows (after the header) as fields: Actual Budget's `applyFieldMappings`. */
export function applyFieldMappings(rows: readonly SheetRow[], mapping: FieldMapping): MappedRow[] {
  const at = (cells: readonly string[], i: number | null) =>
    i === null ? '' : (cells[i] ?? '').trim();
  return rows.map((r) => ({
    row: r.row,
    activity: at(r.cells, mapping.activity),
    team: at(r.cells, mapping.team),
    period: at(r.cells, mapping.period),
    hours: at(r.cells, mapping.hours),
    cost: at(r.cells, mapping.cost),
  }));
}

/** A row that cannot be read or matched: where (row number, the column's header) and why. */
export type ImportProblem = {
  readonly row: number;
  readonly column: string;
  readonly reason: Message;
};

/** A realisation read from the file, before it gets an id: summed per activity, team and month. */
export type RealisationDraft = {
  readonly activityId: Activity['id'];
  readonly teamId: Team['id'] | null;
  readonly month: MonthKey;
  readonly hours: number;
  readonly costCents: number;
};

/** What the rows are matched against. */
export type MatchContext = {
  readonly year: number;
  readonly activities: readonly Activity[];
  readonly teams: readonly Team[];
};

/** Text as matched: case, accents of the compose form, spaces and a leading `§` ignored. */
const key = (s: string): string =>
  s.normalize('NFC').toLowerCase().replace(/^§\s*/, '').replace(/\s+/g, ' ').trim();

/** Month names and their usual abbreviations (`mrt`, `okt`), Dutch. */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...DUTCH_MONTHS.map((m, i) => [m, i + 1] as const),
  ...DUTCH_MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as const),
  ['mrt', 3],
  ['sept', 9],
]);

/**
 * A period cell as a month: `2026-03`, `2026/3`, `03-2026`, `3/2026`, a date (`15-03-2026`,
 * `2026-03-15`), `maart 2026`, `mrt 2026`, `maart`, `3`, `P03` or `periode 3` (the last four in
 * the programme's year). Null when it is none of these or not a real month.
 */
export function parsePeriod(cell: string, year: number): MonthKey | null {
  const s = cell.trim().toLowerCase().replace(/\s+/g, ' ');
  const make = (y: number, m: number): MonthKey | null =>
    Number.isInteger(y) && y >= 1900 && y <= 2200 && Number.isInteger(m) && m >= 1 && m <= 12
      ? monthKey(`${y}-${String(m).padStart(2, '0')}`)
      : null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[t ].*)?$/.exec(s)))
    return make(Number(m[1]), Number(m[2]));
  if ((m = /^(?:(\d{1,2})[-/.])?(\d{1,2})[-/.](\d{4})$/.exec(s)))
    return make(Number(m[3]), Number(m[2]));
  if ((m = /^([a-z]+)\.?[ -]?(\d{4})?$/.exec(s))) {
    const month = MONTH_WORDS.get(m[1] ?? '');
    return month === undefined ? null : make(m[2] ? Number(m[2]) : year, month);
  }
  if ((m = /^(?:p|periode ?)?(\d{1,2})$/.exec(s))) return make(year, Number(m[1]));
  return null;
}

/** The activity a cell names: its id, its code in the programme (`§ 1.2.1`) or its title. */
function activityFinder(activities: readonly Activity[]) {
  const byId = new Map<string, Activity>();
  const byCode = new Map<string, Activity | 'twice'>();
  const byTitle = new Map<string, Activity | 'twice'>();
  const put = (m: Map<string, Activity | 'twice'>, k: string, a: Activity) => {
    if (k === '') return;
    m.set(k, m.has(k) ? 'twice' : a);
  };
  for (const a of activities) {
    byId.set(a.id, a);
    put(byCode, key(a.sourceRef), a);
    put(byTitle, key(a.title), a);
  }
  return (cell: string): Activity | 'twice' | null => {
    const exact = byId.get(cell.trim());
    if (exact) return exact;
    const k = key(cell);
    return byCode.get(k) ?? byTitle.get(k) ?? null;
  };
}

/**
 * The rows read and matched: each row's activity (id, code or title), team (name or id; empty
 * when the export has none), month (in the programme's year), hours (not negative) and cost in
 * euros (to cents); rows of the same activity, team and month summed. Every row that fails is a
 * problem naming its row, the column's header and the reason; the caller writes nothing then.
 */
export function readRealisationRows(
  rows: readonly MappedRow[],
  mapping: FieldMapping,
  headers: readonly string[],
  context: MatchContext,
): { readonly drafts: readonly RealisationDraft[]; readonly problems: readonly ImportProblem[] } {
  const column = (f: RealisationField) => {
    const i = mapping[f];
    return i === null ? '' : (headers[i] ?? '');
  };
  // An export repeats the same activities, teams and months on every row: each distinct cell is
  // matched once (100.000 rows hold a few hundred distinct ones).
  const findActivity = memo(activityFinder(context.activities));
  const findPeriod = memo((cell: string) => parsePeriod(cell, context.year));
  const findTeam = memo((cell: string) => teams.get(cell.trim()) ?? teams.get(key(cell)) ?? null);
  const teams = new Map<string, Team>();
  for (const t of context.teams) {
    teams.set(t.id, t);
    teams.set(key(t.name), t);
  }
  const problems: ImportProblem[] = [];
  // Sums per activity, team and month in maps nested by the matched objects (no key string
  // made per row), each place's sum one object added to in place.
  type Sum = { -readonly [K in keyof RealisationDraft]: RealisationDraft[K] };
  const sums = new Map<Activity, Map<Team | null, Map<MonthKey, Sum>>>();
  const drafts: Sum[] = [];
  const problem = (row: number, f: RealisationField, reason: Message) =>
    problems.push({ row, column: column(f), reason });
  for (const r of rows) {
    if (r.activity === '' && r.period === '' && r.hours === '' && r.cost === '') continue;
    const before = problems.length;
    const found = r.activity === '' ? null : findActivity(r.activity);
    if (r.activity === '') problem(r.row, 'activity', { key: 'realisation.emptyActivity' });
    else if (found === null)
      problem(r.row, 'activity', {
        key: 'realisation.unknownActivity',
        params: { value: r.activity },
      });
    else if (found === 'twice')
      problem(r.row, 'activity', {
        key: 'realisation.ambiguousActivity',
        params: { value: r.activity },
      });
    const team = r.team === '' ? null : findTeam(r.team);
    if (r.team !== '' && team === null)
      problem(r.row, 'team', { key: 'realisation.unknownTeam', params: { value: r.team } });
    const month = r.period === '' ? null : findPeriod(r.period);
    if (r.period === '') problem(r.row, 'period', { key: 'realisation.emptyPeriod' });
    else if (month === null)
      problem(r.row, 'period', { key: 'realisation.badPeriod', params: { value: r.period } });
    else if (!month.startsWith(`${context.year}-`))
      problem(r.row, 'period', {
        key: 'realisation.otherYear',
        params: { value: r.period, year: context.year },
      });
    const h = r.hours === '' ? 0 : parseNumberCell(r.hours);
    if (h === null)
      problem(r.row, 'hours', { key: 'realisation.badNumber', params: { value: r.hours } });
    else if (h < 0)
      problem(r.row, 'hours', { key: 'realisation.negativeHours', params: { value: r.hours } });
    const c = r.cost === '' ? 0 : parseNumberCell(r.cost);
    if (c === null)
      problem(r.row, 'cost', { key: 'realisation.badNumber', params: { value: r.cost } });
    if (problems.length > before) continue;
    const activity = found as Activity;
    const at = month as MonthKey;
    let byTeam = sums.get(activity);
    if (!byTeam) sums.set(activity, (byTeam = new Map<Team | null, Map<MonthKey, Sum>>()));
    let byMonth = byTeam.get(team);
    if (!byMonth) byTeam.set(team, (byMonth = new Map<MonthKey, Sum>()));
    let sum = byMonth.get(at);
    if (!sum) {
      sum = {
        activityId: activity.id,
        teamId: team?.id ?? null,
        month: at,
        hours: 0,
        costCents: 0,
      };
      byMonth.set(at, sum);
      drafts.push(sum);
    }
    sum.hours += h as number;
    sum.costCents += Math.round((c as number) * 100);
  }
  return { drafts: problems.length > 0 ? [] : drafts, problems };
}

/** A function of one text that answers each distinct text once (the rest from a map). */
function memo<T>(f: (cell: string) => T): (cell: string) => T {
  // One lookup per cell (a miss is `undefined`; the answers are objects, strings or null).
  const seen = new Map<string, T>();
  return (cell) => {
    const hit = seen.get(cell);
    if (hit !== undefined) return hit;
    const out = f(cell);
    seen.set(cell, out);
    return out;
  };
}

/** The key of a realisation's place: its activity, team and month. */
const placeOf = (r: { activityId: string; teamId: string | null; month: string }): string =>
  `${r.activityId}\u0000${r.teamId ?? ''}\u0000${r.month}`;

/**
 * The rows an import writes: each draft replaces the programme's row of the same activity, team
 * and month (keeping its id, so reading the same export again changes nothing), or is a new row
 * with an id from `newId`. Rows of places the file does not name stay as they are.
 */
export function realisationRows(
  existing: readonly Realisation[],
  drafts: readonly RealisationDraft[],
  programmeId: Realisation['programmeId'],
  source: string,
  newId: () => string,
): { readonly before: Realisation | null; readonly after: Realisation }[] {
  const byPlace = new Map<string, Realisation>();
  for (const r of existing) if (r.programmeId === programmeId) byPlace.set(placeOf(r), r);
  return drafts.map((d) => {
    const before = byPlace.get(placeOf(d)) ?? null;
    const after: Realisation = {
      id: before?.id ?? (newId() as RealisationId),
      programmeId,
      activityId: d.activityId,
      teamId: d.teamId,
      month: d.month,
      // Sums of decimal hours are rounded to hundredths (7,1 + 0,2 is no 7,300000000000001).
      hours: hours(Math.round(d.hours * 100) / 100),
      costCents: cents(d.costCents),
      source: source.slice(0, 300),
    };
    return { before, after };
  });
}

/** A sheet's first row (that holds anything) as its headers, the rest as data. */
export function splitHeader(rows: readonly SheetRow[]): {
  readonly headers: readonly string[];
  readonly data: readonly SheetRow[];
} {
  const [first, ...data] = rows;
  return { headers: (first?.cells ?? []).map((h) => h.trim()), data };
}
