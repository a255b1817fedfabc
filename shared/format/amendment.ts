/**
 * An amendment in Dutch words, for the amendment log and its export (the annual report explains
 * each change after adoption): the step's label, then each changed field as "Uren Team Politie:
 * 800 → 600", "Geplande producten: „Rapport” toegevoegd", "activiteit verwijderd". Field labels
 * come from the catalogue the forms use (`field.*`, else `place.f.*`); ids are shown by name.
 */
import type { PathKey } from '../delta/delta';
import type { Theme } from '../domain/schemas';
import { themesInTreeOrder } from '../domain/programme';
import type { Cents, MonthKey } from '../domain/units';
import { MONTH_KEY_PATTERN } from '../domain/units';
import type { AmendedRow, Amendment } from '../domain/versions';
import { nl, type MessageKey } from '../i18n/messages.nl';
import { translate } from '../i18n/translate';
import { quote } from '../validation/describe';
import { formatDate, formatMoney, formatMonth, formatNumber, quoted } from './nl';

/** Names of what a changed field points to (teams, themes, domains), null when unknown. */
export type AmendmentNames = {
  readonly team: (id: string) => string | null;
  readonly theme: (id: string) => string | null;
  readonly domain: (id: string) => string | null;
};

/** The catalogue's text for a key that may not exist (labels are stored as plain strings). */
function known(key: string, params?: Readonly<Record<string, string | number>>): string | null {
  return Object.hasOwn(nl, key) ? translate(key as MessageKey, params) : null;
}

/** The step an amendment was made in, in words ("Uren Team Politie gewijzigd"). */
export function stepLabel(amendment: Amendment): string {
  const text = known(amendment.label.key, amendment.label.params) ?? amendment.label.key;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's label: the form's label, else the file reader's name for it, capitalised. */
function fieldLabel(name: string): string {
  const text = known(`field.${name}`) ?? known(`place.f.${name}`) ?? name;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The enumerations whose values have their own words in the catalogue, by field. */
const ENUM_PREFIX: Readonly<Record<string, string>> = {
  kind: 'kind',
  status: 'status',
  commitment: 'commitment',
  origin: 'origin',
  pyramidLevel: 'pyramid',
};

/** One value of a field in words. */
function valueText(field: string, value: unknown, names: AmendmentNames): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return translate(value ? 'amendment.yes' : 'amendment.no');
  if (typeof value === 'number')
    return field.endsWith('Cents') ? formatMoney(value as Cents) : formatNumber(value);
  if (typeof value === 'string') {
    if (field === 'domainId') return names.domain(value) ?? value;
    if (field === 'primaryThemeId' || field === 'secondaryThemeIds')
      return names.theme(value) ?? value;
    if (field === 'teamId') return names.team(value) ?? value;
    if (MONTH_KEY_PATTERN.test(value)) return formatMonth(value as MonthKey);
    const prefix = ENUM_PREFIX[field];
    const word = prefix === undefined ? null : known(`${prefix}.${value}`);
    return word ?? quoted(quote(value));
  }
  if (Array.isArray(value))
    return value.length === 0 ? '—' : value.map((v) => valueText(field, v, names)).join(', ');
  if (typeof value === 'object') {
    const item = value as Record<string, unknown>;
    if (typeof item.title === 'string' && item.title !== '') return quoted(quote(item.title));
    if (typeof item.name === 'string' && item.name !== '') return quoted(quote(item.name));
    if (typeof item.teamId === 'string') return names.team(item.teamId) ?? item.teamId;
  }
  return '…';
}

/** The last property name of a path (the field itself), and the first (the row's field). */
function fieldNames(path: readonly PathKey[]): { first: string; last: string } {
  const props = path.filter((p): p is string => typeof p === 'string');
  return { first: props[0] ?? '', last: props.at(-1) ?? '' };
}

/** Hours per team of an allocations value (a list of allocations, or one of them). */
function hoursByTeam(value: unknown, into: Map<string, number>, sign: 1 | -1): void {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const { teamId, hours } = item as { teamId?: unknown; hours?: unknown };
    if (typeof teamId !== 'string' || typeof hours !== 'number') continue;
    into.set(teamId, (into.get(teamId) ?? 0) + sign * hours);
  }
}

/**
 * The hours per team an allocations change moves ("Uren Team Politie: 800 → 600"), whatever the
 * shape of the change (the whole list, one team's allocation, or its hours).
 */
function allocationLines(row: AmendedRow, names: AmendmentNames): string[] {
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  for (const f of row.fields) {
    if (f.path[0] !== 'allocations') continue;
    const item = f.path[1];
    const team = typeof item === 'object' && item.by === 'teamId' ? item.id : null;
    if (f.path.length <= 2) {
      hoursByTeam(f.before, before, 1);
      hoursByTeam(f.after, after, 1);
    } else if (team !== null && f.path[2] === 'hours') {
      if (typeof f.before === 'number') before.set(team, (before.get(team) ?? 0) + f.before);
      if (typeof f.after === 'number') after.set(team, (after.get(team) ?? 0) + f.after);
    }
  }
  const teams = [...new Set([...before.keys(), ...after.keys()])];
  return teams.flatMap((id) => {
    const from = before.get(id) ?? 0;
    const to = after.get(id) ?? 0;
    if (from === to) return [];
    return [
      translate('amendment.change', {
        field: translate('field.hoursFor', { team: names.team(id) ?? id }),
        before: formatNumber(from),
        after: formatNumber(to),
      }),
    ];
  });
}

/** The changes of one row in words, one line per changed field. */
export function describeRow(row: AmendedRow, names: AmendmentNames): string[] {
  const what = translate(`place.table.${row.table}`);
  if (row.op === 'insert') return [translate('amendment.added', { what })];
  if (row.op === 'delete') return [translate('amendment.removed', { what })];
  const lines = allocationLines(row, names);
  for (const f of row.fields) {
    if (f.path[0] === 'allocations') continue;
    const { first, last } = fieldNames(f.path);
    const field = fieldLabel(last === '' ? first : last);
    const tail = f.path.at(-1);
    // A list item added or removed (an output, a deduction), named by its title.
    if (typeof tail === 'object' && (f.before === undefined || f.after === undefined)) {
      const label = fieldLabel(first);
      lines.push(
        f.before === undefined
          ? translate('amendment.itemAdded', {
              field: label,
              item: valueText(first, f.after, names),
            })
          : translate('amendment.itemRemoved', {
              field: label,
              item: valueText(first, f.before, names),
            }),
      );
      continue;
    }
    lines.push(
      translate('amendment.change', {
        field,
        before: valueText(last, f.before, names),
        after: valueText(last, f.after, names),
      }),
    );
  }
  return lines;
}

/** Steps whose change already says what the label says (a field by name, an activity added or removed). */
const SAYS_ITSELF = new Set(['history.field', 'history.addActivity', 'history.deleteActivity']);

/**
 * What an amendment changed in words: its step, then each changed field. A step named after the
 * one field it changed ("Uren Team Politie gewijzigd") says only the change, not the field twice.
 */
export function describeAmendment(amendment: Amendment, names: AmendmentNames): string {
  const lines = [...new Set(amendment.changes.flatMap((row) => describeRow(row, names)))];
  if (lines.length === 0) return stepLabel(amendment);
  const text = lines.join('; ');
  if (SAYS_ITSELF.has(amendment.label.key)) return text.charAt(0).toUpperCase() + text.slice(1);
  return `${stepLabel(amendment)}: ${text}`;
}

/** An amendment's reason code in words. */
export function reasonText(amendment: Pick<Amendment, 'reason'>): string {
  return translate(`amendment.reason.${amendment.reason}`);
}

/** The amendments under one heading of the log: the programme itself, a theme, or the rest. */
export type AmendmentGroup = {
  readonly kind: 'programme' | 'theme' | 'other';
  /** The theme of a 'theme' group; null for the others. */
  readonly theme: Theme | null;
  readonly amendments: readonly Amendment[];
};

/**
 * The amendments in the order the annual report needs them: changes to the programme itself
 * first, then per MJP theme in tree order, within a theme per activity (by title), each
 * activity's changes by time. An activity whose theme is unknown (deleted since and not in the
 * adopted version) comes last, with the programme's group.
 */
export function amendmentsInReportOrder(
  amendments: readonly Amendment[],
  themes: readonly Theme[],
  themeOf: (activityId: string) => string | null,
): AmendmentGroup[] {
  const byTime = (a: Amendment, b: Amendment) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  const bySubject = (a: Amendment, b: Amendment) =>
    a.subject.localeCompare(b.subject, 'nl') ||
    (a.activityId ?? '').localeCompare(b.activityId ?? '') ||
    byTime(a, b);
  const order = themesInTreeOrder(themes);
  const groups: AmendmentGroup[] = [];
  const programme = amendments.filter((a) => a.activityId === null).sort(byTime);
  if (programme.length > 0) groups.push({ kind: 'programme', theme: null, amendments: programme });
  const placed = new Set<Amendment>(programme);
  for (const theme of order) {
    const own = amendments
      .filter((a) => a.activityId !== null && themeOf(a.activityId) === theme.id)
      .sort(bySubject);
    for (const a of own) placed.add(a);
    if (own.length > 0) groups.push({ kind: 'theme', theme, amendments: own });
  }
  const rest = amendments.filter((a) => !placed.has(a)).sort(bySubject);
  if (rest.length > 0) groups.push({ kind: 'other', theme: null, amendments: rest });
  return groups;
}

/** A group's heading in words. */
export function groupHeading(group: AmendmentGroup): string {
  if (group.kind === 'programme') return translate('amendmentLog.programmeGroup');
  if (group.kind === 'other') return translate('amendmentLog.otherGroup');
  return group.theme?.name ?? '';
}

/** An amendment's date in words (9 oktober 2025). */
export function amendmentDate(amendment: Pick<Amendment, 'on'>): string {
  return formatDate(amendment.on);
}

/** The rows an amendment log names things from: the programme now, and its adopted version. */
type NameSource = {
  readonly teams: readonly { readonly id: string; readonly name: string }[];
  readonly themes: readonly { readonly id: string; readonly name: string }[];
  readonly domains: readonly { readonly id: string; readonly name: string }[];
  readonly activities: readonly { readonly id: string; readonly primaryThemeId: string }[];
};

/**
 * The names and themes an amendment log needs, from the programme now and then from the adopted
 * version (a team, theme or activity deleted since is still named there).
 */
export function amendmentLookups(
  ...sources: readonly (NameSource | null)[]
): AmendmentNames & { readonly themeOf: (activityId: string) => string | null } {
  const present = sources.filter((s): s is NameSource => s !== null);
  const find =
    (pick: (s: NameSource) => readonly { readonly id: string; readonly name: string }[]) =>
    (id: string): string | null => {
      for (const s of present) {
        const hit = pick(s).find((x) => x.id === id);
        if (hit) return hit.name;
      }
      return null;
    };
  return {
    team: find((s) => s.teams),
    theme: find((s) => s.themes),
    domain: find((s) => s.domains),
    themeOf: (activityId) => {
      for (const s of present) {
        const hit = s.activities.find((a) => a.id === activityId);
        if (hit) return hit.primaryThemeId;
      }
      return null;
    },
  };
}
