// Test-only reference (issue 11): the derivation as it was before it was made linear, kept
// verbatim so property tests can check the fast one gives the same answers. Not used by the app.

import { addMonths, differenceInCalendarMonths, format, parseISO } from 'date-fns';
import { monthKey, type MonthKey } from '../../domain/units';

/** The first day of a month key as a Date (date-fns works on dates). */
const toDate = (m: MonthKey): Date => parseISO(`${m}-01`);

/** The month key of a year and a month number 1–12. */
export function monthOf(year: number, month: number): MonthKey {
  return monthKey(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
}

/** Runs already worked out: the planning computes the same few runs many times over. */
const runs = new Map<string, readonly MonthKey[]>();

/** Every month from start to end inclusive; empty when end is before start. */
export function monthsBetween(start: MonthKey, end: MonthKey): MonthKey[] {
  const key = `${start}|${end}`;
  const known = runs.get(key);
  if (known) return [...known];
  const n = differenceInCalendarMonths(toDate(end), toDate(start));
  const run = Array.from({ length: Math.max(0, n + 1) }, (_, i) =>
    monthKey(format(addMonths(toDate(start), i), 'yyyy-MM')),
  );
  if (runs.size < 10_000) runs.set(key, run);
  return [...run];
}

/** The twelve months of a year. */
export function monthsOfYear(year: number): MonthKey[] {
  return monthsBetween(monthOf(year, 1), monthOf(year, 12));
}

/** True when month a comes after month b ('yyyy-MM' strings sort as dates). */
export const isAfter = (a: MonthKey, b: MonthKey): boolean => a > b;
