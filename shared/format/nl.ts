import {
  isRealDate,
  type Cents,
  type Fte,
  type Hours,
  type IsoDate,
  type MonthKey,
} from '../domain/units';
import { dateInWords, monthName, monthShortName } from './dates';
import { translate } from '../i18n/translate';
import { currentLanguage, LANGUAGE_TAG, type Language } from '../i18n/language';

// Number formats per language (PRODUCT.md; issue 14): Dutch `€ 16.228.000`, `149,55 fte`,
// `9 oktober 2025`; British English `€16,228,000`, `149.55 fte`, `9 October 2025`. Every
// formatter below reads the current language (shared/i18n/language.ts), so call sites do not
// change when the language does.
type Formats = {
  readonly money: Intl.NumberFormat;
  readonly fte: Intl.NumberFormat;
  readonly integer: Intl.NumberFormat;
  readonly decimal: Intl.NumberFormat;
  readonly percent: Intl.NumberFormat;
  readonly score: Intl.NumberFormat;
};

function formatsFor(language: Language): Formats {
  const tag = LANGUAGE_TAG[language];
  return {
    money: new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    }),
    fte: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    integer: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
    score: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
}

const FORMATS: { readonly [L in Language]: Formats } = {
  nl: formatsFor('nl'),
  en: formatsFor('en'),
};

/** The formats of the current language. */
const f = (): Formats => FORMATS[currentLanguage()];

/**
 * Whole euros; in Dutch with a normal space after the sign: `€ 16.228.000` (Intl puts a
 * no-break space), in English `€16,228,000`. A negative amount has one rule everywhere: the
 * minus sign (U+2212) before the euro sign, `− € 378.675` / `−€378,675`, as the bridges and
 * waterfalls write a subtraction.
 */
export function formatMoney(amount: Cents): string {
  const euros = Math.round(amount / 100);
  const text = f()
    .money.format(Math.abs(euros))
    .replace(/\u00a0/g, ' ');
  if (euros >= 0) return text;
  return currentLanguage() === 'nl' ? `\u2212 ${text}` : `\u2212${text}`;
}

/** A risk score (0–100) with one decimal, the one rounding rule for scores: `83,8` / `83.8`. */
export function formatScore(score: number): string {
  return f().score.format(score);
}

/** FTE with two decimals, no unit (table cells): `2,20` / `2.20`. */
export function formatFteNumber(value: Fte | number): string {
  return f().fte.format(value);
}

/** FTE with two decimals and the unit: `149,55 fte` / `149.55 fte`. */
export function formatFte(value: Fte | number): string {
  return `${f().fte.format(value)} fte`;
}

/** Whole hours with thousands separators: `1.363 uur` / `1,363 hours` (`1 hour`). */
export function formatHours(value: Hours | number): string {
  const text = f().integer.format(value);
  if (currentLanguage() === 'nl') return `${text} uur`;
  return text === '1' ? '1 hour' : `${text} hours`;
}

/** A plain number with up to two decimals: `1.363,5` / `1,363.5`. */
export function formatNumber(value: number): string {
  return f().decimal.format(value);
}

/**
 * A number for an input field, as readers of the language expect it: up to two decimals,
 * `16.228.000`, `1.363,5` in Dutch, `16,228,000`, `1,363.5` in English; `parseDutchNumber`
 * reads it back in the same language.
 */
export function formatNumberInput(value: number): string {
  return f()
    .decimal.format(value)
    .replace(/\u2212/g, '-');
}

/** A share as a percentage with one decimal: `10,0%` / `10.0%`. */
export function formatPercent(share: number): string {
  return f()
    .percent.format(share)
    .replace(/\u00a0/g, '');
}

/**
 * A date in words: `9 oktober 2025` / `9 October 2025`. Never throws: text that is not a real date (`2026-02-31`
 * from an old database) is shown as it is, so one value cannot blank the app.
 */
export function formatDate(date: IsoDate): string {
  const text = String(date);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return text;
  return dateInWords(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A month in words: `maart 2026` / `March 2026`. Never throws: text that is not a month is shown as it is. */
export function formatMonth(month: MonthKey): string {
  const text = String(month);
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), 1)) return text;
  return `${monthName(Number(m[2]))} ${Number(m[1])}`;
}

/** A short month name: `mrt` / `Mar`. Never throws: text that is not a month is shown as it is. */
export function formatMonthShort(month: MonthKey): string {
  const text = String(month);
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), 1)) return text;
  return monthShortName(Number(m[2]));
}

/**
 * Reads a number as a user of the current language types it. Dutch: `1.363,5`, `1363,5`,
 * `1363.5` or `1363` (dots followed by groups of three digits are thousands separators).
 * English: `1,363.5`, `1363.5` or `1363` (commas before groups of three digits are thousands
 * separators; a lone decimal comma is refused, `1,5` could be either). Returns null when the
 * text is not a finite number.
 */
export function parseDutchNumber(text: string): number | null {
  const s = text.trim().replace(/\s|\u00a0/g, '');
  if (s === '') return null;
  let normal: string;
  if (currentLanguage() === 'en') {
    if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) normal = s.replace(/,/g, '');
    else if (/^-?\d+(\.\d+)?$/.test(s)) normal = s;
    else return null;
  } else if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s))
    normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+([.,]\d+)?$/.test(s)) normal = s.replace(',', '.');
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** Reads a typed number in the current language (the same as `parseDutchNumber`). */
export const parseNumber = parseDutchNumber;

/** A period of the line in words: `2e kwartaal`, `het jaar`, `maart 2026`. */
export function formatPeriod(period: string): string {
  if (period === 'J') return translate('period.year');
  const quarter = /^Q([1-4])$/.exec(period);
  if (quarter) return translate('period.quarter', { n: Number(quarter[1]) });
  return /^\d{4}-\d{2}$/.test(period) ? formatMonth(period as MonthKey) : period;
}

/** A name quoted as the language quotes it: `„Rapport”` in Dutch, `“Report”` in English. */
export function quoted(text: string): string {
  return currentLanguage() === 'nl' ? `„${text}”` : `“${text}”`;
}
