import { z } from 'zod';

/** Full-time equivalents (formatie, bezetting): one FTE is a 36-hour week (P-Direkt). */
export const Fte = z.number().min(0).brand<'Fte'>();
/** A number of FTE. */
export type Fte = z.infer<typeof Fte>;

/** Working hours; never negative. */
export const Hours = z.number().min(0).brand<'Hours'>();
/** A number of hours. */
export type Hours = z.infer<typeof Hours>;

/** Money in whole euro cents, so totals never drift (Actual Budget's convention). */
export const Cents = z.number().int().brand<'Cents'>();
/** An amount of money in cents. */
export type Cents = z.infer<typeof Cents>;

/** The form of a month key, 'yyyy-MM' (messages recognise a refusal by it). */
export const MONTH_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The form of an ISO date, 'yyyy-MM-dd' (messages recognise a refusal by it). */
export const ISO_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether a year is a leap year in the Gregorian calendar (divisible by 4, centuries only by 400). */
export const isLeapYear = (year: number): boolean =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The number of days of a month (1–12) in a year: February has 29 in a leap year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year, month (1–12) and day make a date that exists (no 31 februari, no 29-2-2026). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Marks a zod issue about a date or month that does not exist, so the file reader and the
 * database reader can say so in Dutch (`31 februari 2026 bestaat niet`) instead of a zod code.
 */
export const IMPOSSIBLE_DATE = { koers: 'impossibleDate' } as const;

/** The tag of the issue for a well-formed date that is not in the calendar (`2026-02-31`). */
export const CALENDAR_DATE_ISSUE = IMPOSSIBLE_DATE.koers;

/** A calendar month as 'yyyy-MM' (year 0001–9999, month 01–12). */
export const MonthKey = z
  .string()
  .regex(MONTH_KEY_PATTERN)
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), 1), {
    params: IMPOSSIBLE_DATE,
    error: 'impossible month',
  })
  .brand<'MonthKey'>();
/** A month key, e.g. '2026-03'. */
export type MonthKey = z.infer<typeof MonthKey>;

/** A calendar date as 'yyyy-MM-dd' that exists: `2024-02-29` yes, `2026-02-29` and `2026-02-31` no. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN)
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), {
    params: IMPOSSIBLE_DATE,
    error: 'impossible date',
  })
  .brand<'IsoDate'>();
/** An ISO calendar date. */
export type IsoDate = z.infer<typeof IsoDate>;

/** Brands a plain number as FTE (callers have validated it). */
export const fte = (n: number): Fte => n as Fte;
/** Brands a plain number as hours. */
export const hours = (n: number): Hours => n as Hours;
/** Brands a whole number of cents. */
export const cents = (n: number): Cents => n as Cents;
/** Converts whole euros to cents. */
export const euros = (n: number): Cents => Math.round(n * 100) as Cents;
/** Brands a 'yyyy-MM' string. */
export const monthKey = (s: string): MonthKey => s as MonthKey;
/** Brands a 'yyyy-MM-dd' string. */
export const isoDate = (s: string): IsoDate => s as IsoDate;
