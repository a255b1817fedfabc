import { IMPOSSIBLE_DATE, daysInMonth, isoDate, isRealDate, type IsoDate } from '../domain/units';
import type { Message } from '../i18n/translate';
import type { Result } from '../result';
import { currentLanguage } from '../i18n/language';

/** Dutch month names, January first (as `formatDate` writes them). */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** English month names, January first (as `formatDate` writes them in English). */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Short Dutch month names (`mrt`, `okt`), as the month columns show them. */
const DUTCH_SHORT = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;

/** A month's name (1 = January) in the current language: `maart` / `March`. */
export function monthName(month: number): string {
  const names = currentLanguage() === 'en' ? ENGLISH_MONTHS : DUTCH_MONTHS;
  return names[month - 1] ?? String(month);
}

/** A month's short name (1 = January) in the current language: `mrt` / `Mar`. */
export function monthShortName(month: number): string {
  if (currentLanguage() === 'en') return ENGLISH_MONTHS[month - 1]?.slice(0, 3) ?? String(month);
  return DUTCH_SHORT[month - 1] ?? String(month);
}

/**
 * Month names and abbreviations a person may type, in either language (`okt`, `okt.`, `sept`,
 * `mrt`, `maart`, `Oct`, `October`): a date typed in the other language is still read.
 */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...DUTCH_MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...DUTCH_MONTHS.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ...ENGLISH_MONTHS.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...ENGLISH_MONTHS.map((name, i): [string, number] => [name.slice(0, 3).toLowerCase(), i + 1]),
  ['mrt', 3],
  ['sep', 9],
  ['sept', 9],
]);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A date in words from its parts, without checking it exists: `31 februari 2026` /
 * `31 February 2026` (British order, day first).
 */
export function dateInWords(year: number, month: number, day: number): string {
  return `${day} ${monthName(month)} ${year}`;
}

/**
 * Why year/month/day is not a real date, as a Dutch message (`31 februari 2026 bestaat niet:
 * februari 2026 heeft 28 dagen.`); null when the date exists.
 */
export function impossibleDate(year: number, month: number, day: number): Message | null {
  if (isRealDate(year, month, day)) return null;
  if (month >= 1 && month <= 12 && year >= 1 && year <= 9999 && day >= 1)
    return {
      key: 'date.impossible',
      params: {
        date: dateInWords(year, month, day),
        month: `${monthName(month)} ${year}`,
        days: daysInMonth(year, month),
      },
    };
  return { key: 'date.unreadable', params: { value: `${day}-${month}-${year}` } };
}

/**
 * Why an ISO text (`2026-02-31`, as stored) is not a real date, in Dutch; null when it is one,
 * and a "not a date" message when it is not in the `jjjj-mm-dd` form at all.
 */
export function isoDateProblem(text: string): Message | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return { key: 'date.unreadable', params: { value: text } };
  return impossibleDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Reads a date as a Dutch person types it: `9-10-2025`, `09-10-2025`, `9/10/2025`,
 * `9 oktober 2025`, `9 okt 2025`, `9 okt. 2025` or `2025-10-09`. Answers the ISO date, or a
 * Dutch message for a date that does not exist (`31-2-2026` → "31 februari 2026 bestaat niet")
 * or text that is not a date. Empty text is refused as unreadable; a field that may be empty
 * checks for that first.
 */
export function parseDutchDate(text: string): Result<IsoDate> {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const unreadable: Result<IsoDate> = {
    ok: false,
    error: { key: 'date.unreadable', params: { value: text.trim() } },
  };
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const words = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(s);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric)
    [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (words) {
    const named = MONTH_WORDS.get(words[2] ?? '');
    if (named === undefined) return unreadable;
    [day, month, year] = [Number(words[1]), named, Number(words[3])];
  } else return unreadable;
  if (month < 1 || month > 12 || day < 1) return unreadable;
  const problem = impossibleDate(year, month, day);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value: isoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`) };
}

/** A stored date as a person types it in a field: `2025-10-09` → `9-10-2025`; other text as is. */
export function formatDateInput(date: IsoDate | string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${Number(m[3])}-${Number(m[2])}-${m[1]}`;
}

/** Whether a zod issue is the "this date does not exist" refinement of `IsoDate` or `MonthKey`. */
export function isImpossibleDateIssue(issue: {
  readonly code: string;
  readonly params?: Readonly<Record<string, unknown>>;
}): boolean {
  return issue.code === 'custom' && issue.params?.['koers'] === IMPOSSIBLE_DATE.koers;
}

/** Why a stored date or month text (`2026-02-31`, `0000-01`) cannot be a date, in Dutch. */
export function storedDateProblem(text: string): Message {
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  const problem = month
    ? impossibleDate(Number(month[1]), Number(month[2]), 1)
    : isoDateProblem(text);
  return problem ?? { key: 'date.unreadable', params: { value: text } };
}
