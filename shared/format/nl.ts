import { format as formatDateFns, parseISO } from 'date-fns';
import { nl as nlLocale } from 'date-fns/locale';
import {
  isRealDate,
  type Cents,
  type Fte,
  type Hours,
  type IsoDate,
  type MonthKey,
} from '../domain/units';
import { DUTCH_MONTHS, dateInWords } from './dates';
import { translate } from '../i18n/translate';

// Dutch number formats (PRODUCT.md): € 16.228.000, 149,55 fte, 9 oktober 2025.
const money = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const fteFormat = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('nl-NL', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * Whole euros with a normal space after the sign: `€ 16.228.000` (Intl puts a no-break space).
 * A negative amount has one rule everywhere: the minus sign (U+2212) before the euro sign,
 * `− € 378.675`, as the bridges and waterfalls write a subtraction.
 */
export function formatMoney(amount: Cents): string {
  const euros = Math.round(amount / 100);
  const text = money.format(Math.abs(euros)).replace(/\u00a0/g, ' ');
  return euros < 0 ? `\u2212 ${text}` : text;
}

const scoreFormat = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** A risk score (0–100) with one decimal, the one rounding rule for scores: `83,8`. */
export function formatScore(score: number): string {
  return scoreFormat.format(score);
}

/** FTE with two decimals, no unit (table cells): `2,20`. */
export function formatFteNumber(value: Fte | number): string {
  return fteFormat.format(value);
}

/** FTE with two decimals and the unit: `149,55 fte`. */
export function formatFte(value: Fte | number): string {
  return `${fteFormat.format(value)} fte`;
}

/** Whole hours with thousands dots: `1.363 uur`. */
export function formatHours(value: Hours | number): string {
  return `${integer.format(value)} uur`;
}

/** A plain Dutch number with up to two decimals: `1.363,5`. */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/**
 * A number for an input field, as Dutch readers expect it: thousands dots and a decimal comma,
 * up to two decimals (`16.228.000`, `1.363,5`); `parseDutchNumber` reads it back.
 */
export function formatNumberInput(value: number): string {
  return decimal.format(value).replace(/\u2212/g, '-');
}

/** A share as a Dutch percentage with one decimal: `10,0%`. */
export function formatPercent(share: number): string {
  return percent.format(share).replace(/\u00a0/g, '');
}

/**
 * A date in words: `9 oktober 2025`. Never throws: text that is not a real date (`2026-02-31`
 * from an old database) is shown as it is, so one value cannot blank the app.
 */
export function formatDate(date: IsoDate): string {
  const text = String(date);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return text;
  return dateInWords(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A month in words: `maart 2026`. Never throws: text that is not a month is shown as it is. */
export function formatMonth(month: MonthKey): string {
  const text = String(month);
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), 1)) return text;
  return `${DUTCH_MONTHS[Number(m[2]) - 1] ?? ''} ${Number(m[1])}`;
}

/** A short month name: `mrt`. Never throws: text that is not a month is shown as it is. */
export function formatMonthShort(month: MonthKey): string {
  const text = String(month);
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), 1)) return text;
  return formatDateFns(parseISO(`${text}-01`), 'MMM', { locale: nlLocale }).replace('.', '');
}

/**
 * Reads a number as a Dutch user types it: `1.363,5`, `1363,5`, `1363.5` or `1363`.
 * Dots followed by groups of three digits are thousands separators. Returns null when the
 * text is not a finite number.
 */
export function parseDutchNumber(text: string): number | null {
  const s = text.trim().replace(/\s|\u00a0/g, '');
  if (s === '') return null;
  let normal: string;
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+([.,]\d+)?$/.test(s)) normal = s.replace(',', '.');
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

/** A period of the line in words: `2e kwartaal`, `het jaar`, `maart 2026`. */
export function formatPeriod(period: string): string {
  if (period === 'J') return translate('period.year');
  const quarter = /^Q([1-4])$/.exec(period);
  if (quarter) return translate('period.quarter', { n: Number(quarter[1]) });
  return /^\d{4}-\d{2}$/.test(period) ? formatMonth(period as MonthKey) : period;
}
