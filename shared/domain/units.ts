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

/** The tag of the issue for a well-formed date that is not in the calendar (`2026-02-31`). */
export const CALENDAR_DATE_ISSUE = 'calendarDate';

/** Whether a 'yyyy-MM-dd' string names a day of the calendar (Gregorian leap years). */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return days !== undefined && d >= 1 && d <= days;
}

/** A calendar month as 'yyyy-MM'. */
export const MonthKey = z.string().regex(MONTH_KEY_PATTERN).brand<'MonthKey'>();
/** A month key, e.g. '2026-03'. */
export type MonthKey = z.infer<typeof MonthKey>;

/** A calendar date as 'yyyy-MM-dd'. */
export const IsoDate = z
  .string()
  .regex(ISO_DATE_PATTERN)
  .refine(isCalendarDate, { params: { koers: CALENDAR_DATE_ISSUE }, abort: true })
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
