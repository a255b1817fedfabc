/**
 * Refusals in words: turns a zod issue into what is wrong (`describeIssue`, for forms and files
 * alike) and a path into the place as a planner knows it (`describePlace`, for files). No
 * message ever shows a zod code, a JavaScript value's own text (`[object Object]`) or a path.
 */
import type { core } from 'zod';
import { formatNumber, quoted } from '../format/nl';
import { nl, type MessageKey } from '../i18n/messages.nl';
import { translate, type Message } from '../i18n/translate';
import { TEXT_ISSUE } from '../domain/text';
import { CALENDAR_DATE_ISSUE, ISO_DATE_PATTERN, MONTH_KEY_PATTERN } from '../domain/units';

/** A zod issue, as `safeParse(…).error.issues` holds them. */
export type Issue = core.$ZodIssue;

/** Longest quoted value or name in a message; longer ones end in an ellipsis. */
const MAX_QUOTED = 40;
/** Most choices listed in a message about an unknown choice. */
const MAX_CHOICES = 12;

/** A value shown inside a message: one line, no control characters, not too long. */
export function quote(value: string): string {
  // Control characters must not reach the message; they are what is being refused.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').trim();
  return clean.length > MAX_QUOTED ? `${clean.slice(0, MAX_QUOTED - 1).trimEnd()}…` : clean;
}

/** A number as a Dutch reader writes it (`10.000`, `0,5`). */
const num = (n: number | bigint): string => formatNumber(Number(n));

/** „a”, „b” of „c”. */
function choices(values: readonly unknown[]): string {
  const shown = values.slice(0, MAX_CHOICES).map((v) => quoted(quote(String(v))));
  if (values.length > MAX_CHOICES) shown.push('…');
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${translate('what.or')} ${shown.at(-1) ?? ''}`;
}

/** The issue's tag when Koers's own checks raised it (`params.koers`). */
function tagOf(issue: Issue): unknown {
  return issue.code === 'custom' ? (issue.params as { koers?: unknown } | undefined)?.koers : null;
}

/** Whether the value was absent (zod reports an absent input by leaving `input` out). */
function absent(issue: Issue): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined$/.test(issue.message);
}

/** What an invalid_type issue means to a person: missing, or not the kind of value expected. */
function wrongType(issue: core.$ZodIssueInvalidType): Message {
  if (absent(issue)) return { key: 'what.missing' };
  const byExpected: Record<string, MessageKey> = {
    string: 'what.notText',
    number: 'what.notNumber',
    int: 'what.notWholeNumber',
    bigint: 'what.notWholeNumber',
    boolean: 'what.notYesNo',
    array: 'what.notList',
    tuple: 'what.notList',
    object: 'what.notGroup',
    record: 'what.notGroup',
    null: 'what.notNull',
  };
  const key = Object.hasOwn(byExpected, issue.expected) ? byExpected[issue.expected] : undefined;
  return { key: key ?? 'what.wrongKind' };
}

/** Too small: an empty text, a short text, a negative or small number, a short list. */
function tooSmall(issue: core.$ZodIssueTooSmall): Message {
  const min = Number(issue.minimum);
  if (issue.origin === 'string')
    return min <= 1 ? { key: 'what.empty' } : { key: 'what.tooShort', params: { min: num(min) } };
  if (issue.origin === 'array' || issue.origin === 'set')
    return min <= 1 ? { key: 'what.empty' } : { key: 'what.tooFew', params: { min: num(min) } };
  if (issue.inclusive === false) return { key: 'what.notAbove', params: { min: num(min) } };
  if (min === 0) return { key: 'what.negative' };
  return { key: 'what.tooSmall', params: { min: num(min) } };
}

/** Too big: a long text, a large number, a long list. */
function tooBig(issue: core.$ZodIssueTooBig): Message {
  const max = num(issue.maximum);
  if (issue.origin === 'string') return { key: 'what.tooLong', params: { max } };
  if (issue.origin === 'array' || issue.origin === 'set')
    return { key: 'what.tooMany', params: { max } };
  if (issue.inclusive === false) return { key: 'what.notBelow', params: { max } };
  return { key: 'what.tooBig', params: { max } };
}

/** A value outside a fixed list (an enum or a literal). */
function unknownChoice(issue: core.$ZodIssueInvalidValue): Message {
  if (issue.values.length === 1)
    return { key: 'what.mustBe', params: { expected: quote(String(issue.values[0])) } };
  const list = choices(issue.values);
  const input = 'input' in issue ? issue.input : undefined;
  return typeof input === 'string' || typeof input === 'number'
    ? { key: 'what.unknownChoice', params: { value: quote(String(input)), choices: list } }
    : { key: 'what.unknownChoiceNoValue', params: { choices: list } };
}

/** A string that does not have its form: a month, a date, or something else. */
function badForm(issue: core.$ZodIssueInvalidStringFormat): Message {
  if (issue.format === 'regex' && issue.pattern === String(MONTH_KEY_PATTERN))
    return { key: 'what.notMonth' };
  if (issue.format === 'regex' && issue.pattern === String(ISO_DATE_PATTERN))
    return { key: 'what.notDate' };
  return { key: 'what.badForm' };
}

/** The messages of Koers's own checks, by their tag. */
const CUSTOM: Readonly<Record<string, MessageKey>> = {
  [TEXT_ISSUE.controlChars]: 'what.controlChars',
  [TEXT_ISSUE.lineBreak]: 'what.lineBreak',
  [TEXT_ISSUE.replacementChar]: 'what.replacementChar',
  [CALENDAR_DATE_ISSUE]: 'what.notCalendarDate',
  maxBelowMin: 'what.maxBelowMin',
};

/**
 * What is wrong, in Dutch words and without the place: "is langer dan 300 tekens", "ontbreekt",
 * "is „x”, een onbekende keuze; kies uit …". The text follows a place or a field's label; a form
 * field that shows it on its own uses `describeIssueSentence`.
 */
export function describeIssue(issue: Issue): Message {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_value':
      return unknownChoice(issue);
    case 'invalid_format':
      return badForm(issue);
    case 'not_multiple_of':
      return { key: 'what.notMultiple', params: { divisor: num(issue.divisor) } };
    case 'unrecognized_keys':
      return { key: 'what.unknownFields', params: { keys: choices(issue.keys) } };
    case 'invalid_union':
      return { key: 'what.noForm' };
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      return inner ? describeIssue(inner) : { key: 'what.badKey' };
    }
    case 'custom': {
      const tag = tagOf(issue);
      const key = typeof tag === 'string' && Object.hasOwn(CUSTOM, tag) ? CUSTOM[tag] : undefined;
      return { key: key ?? 'what.invalid' };
    }
    default:
      return { key: 'what.invalid' };
  }
}

/** What is wrong as a whole sentence, for a field that shows it on its own: "Deze waarde ontbreekt." */
export function describeIssueSentence(issue: Issue): Message {
  const what = describeIssue(issue);
  return { key: 'what.sentence', params: { what: translate(what.key, what.params) } };
}

/**
 * The message a form field shows for a value its schema refuses, as a whole Dutch sentence; the
 * field's editor checks and the command that stores the value both use it, so they say the same.
 */
export function describeFieldIssue(issue: Issue): Message {
  if (issue.code === 'too_big' && issue.origin === 'string')
    return { key: 'validation.tooLong', params: { max: num(issue.maximum) } };
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) <= 1)
    return { key: 'validation.required' };
  return describeIssueSentence(issue);
}

/** A segment that is a group of fields and adds nothing a planner needs to the place. */
const SILENT = new Set(['data', 'capacity', 'budget']);

/** The object at a path inside a value, or undefined. */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let here = root;
  for (const part of path) {
    if (here === null || typeof here !== 'object') return undefined;
    const key = typeof part === 'number' ? part : String(part);
    if (!Object.hasOwn(here, key)) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

/** The name of the team with this id in the file's own team list. */
function teamName(root: unknown, id: unknown): string | null {
  const teams = at(root, ['data', 'teams']) ?? at(root, ['teams']);
  if (!Array.isArray(teams) || typeof id !== 'string') return null;
  const team: unknown = teams.find(
    (t: unknown) => t !== null && typeof t === 'object' && (t as { id?: unknown }).id === id,
  );
  const n = team !== undefined ? (team as { name?: unknown }).name : undefined;
  return typeof n === 'string' ? n : null;
}

/** The name a row is known by: its own name, title or label, or its team's name. */
function rowName(root: unknown, row: unknown): string | null {
  if (row === null || typeof row !== 'object') return null;
  const r = row as Record<string, unknown>;
  for (const field of ['name', 'title', 'label'])
    if (Object.hasOwn(r, field) && typeof r[field] === 'string' && quote(r[field]) !== '')
      return r[field];
  return Object.hasOwn(r, 'teamId') ? teamName(root, r.teamId) : null;
}

/** The Dutch label of a catalogue key that is built from a field name, or null if none. */
function label(prefix: 'place.f.' | 'place.table.', field: string): string | null {
  const key = `${prefix}${field}`;
  return Object.hasOwn(nl, key) ? translate(key as MessageKey) : null;
}

/**
 * Where in a file something is, as a planner knows the place: "activiteit 3 („Toezicht op …”),
 * titel", "programma 1 („Werkprogramma 2026”), team 2 („Team Politie”), formatie (fte)". Rows
 * are numbered from 1 and named by their own name or title, read from `root` (the parsed file).
 */
export function describePlace(path: readonly PropertyKey[], root: unknown): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const part = path[i];
    const next = path[i + 1];
    if (typeof part === 'number') {
      parts.push(translate('place.number', { n: part + 1 }));
      continue;
    }
    const field = String(part);
    if (SILENT.has(field) && i < path.length - 1) continue;
    if (typeof next === 'number') {
      const n = next + 1;
      const row = label('place.table.', field);
      const name = rowName(root, at(root, path.slice(0, i + 2)));
      if (row === null) {
        parts.push(translate('place.item', { label: fieldLabel(field), n }));
      } else if (name === null) {
        parts.push(translate('place.row', { label: row, n }));
      } else {
        parts.push(translate('place.rowNamed', { label: row, n, name: quote(name) }));
      }
      i += 1;
      continue;
    }
    if (path[i - 1] === 'risk' && i === path.length - 1) {
      // A score is keyed by its criterion's id; the criterion's name is in the programme.
      parts.push(translate('place.risk', { criterion: quote(field) }));
      continue;
    }
    if (field === 'risk' && next !== undefined) continue;
    parts.push(fieldLabel(field));
  }
  return parts.length === 0 ? translate('place.file') : collapse(parts).join(', ');
}

/** Shortens a run of unnamed numbers (deep nesting) to its first two and an ellipsis. */
function collapse(parts: readonly string[]): string[] {
  const out: string[] = [];
  let run = 0;
  const bare = /^nr\. \d+$/;
  for (const part of parts) {
    run = bare.test(part) ? run + 1 : 0;
    if (run <= 2) out.push(part);
    else if (run === 3) out.push('…');
  }
  return out;
}

/** A field's Dutch label, or the field's own name quoted when Koers does not know it. */
function fieldLabel(field: string): string {
  return label('place.f.', field) ?? translate('place.field', { name: quote(field) });
}
