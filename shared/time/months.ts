import { addMonths, differenceInCalendarMonths, format, parseISO } from 'date-fns';
import { monthKey, type MonthKey } from '../domain/units';

/** The first day of a month key as a Date (date-fns works on dates). */
const toDate = (m: MonthKey): Date => parseISO(`${m}-01`);

/** The month key of a year and a month number 1–12. */
export function monthOf(year: number, month: number): MonthKey {
  return monthKey(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
}

/** A well-formed month key: four digits of year, two of month 01–12. */
const WELL_FORMED = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A month as one integer (year × 12 + month − 1), so the planning's hot path counts months
 * with arithmetic instead of dates; null for a key that is not a well-formed 'yyyy-MM'.
 */
export function monthIndex(m: string): number | null {
  if (!WELL_FORMED.test(m)) return null;
  return Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
}

/** The month key of a month index (the inverse of `monthIndex`). */
export function monthAtIndex(index: number): MonthKey {
  return monthOf(Math.floor(index / 12), (index % 12) + 1);
}

/** Runs already worked out: the planning computes the same few runs many times over. */
const runs = new Map<string, readonly MonthKey[]>();

/** The run by dates, for keys that are not well formed (date-fns decides, as it always did). */
function runByDates(start: MonthKey, end: MonthKey): MonthKey[] {
  const n = differenceInCalendarMonths(toDate(end), toDate(start));
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) =>
    monthKey(format(addMonths(toDate(start), i), 'yyyy-MM')),
  );
}

/** Every month from start to end inclusive; empty when end is before start. */
export function monthsBetween(start: MonthKey, end: MonthKey): MonthKey[] {
  const key = `${start}|${end}`;
  const known = runs.get(key);
  if (known) return [...known];
  const from = monthIndex(start);
  const to = monthIndex(end);
  const run =
    from === null || to === null
      ? runByDates(start, end)
      : Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthAtIndex(from + i));
  if (runs.size < 10_000) runs.set(key, run);
  return [...run];
}

/** The twelve months of a year. */
export function monthsOfYear(year: number): MonthKey[] {
  return monthsBetween(monthOf(year, 1), monthOf(year, 12));
}

/** True when month a comes after month b ('yyyy-MM' strings sort as dates). */
export const isAfter = (a: MonthKey, b: MonthKey): boolean => a > b;
