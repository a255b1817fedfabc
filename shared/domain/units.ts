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

/** A calendar month as 'yyyy-MM'. */
export const MonthKey = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .brand<'MonthKey'>();
/** A month key, e.g. '2026-03'. */
export type MonthKey = z.infer<typeof MonthKey>;

/** A calendar date as 'yyyy-MM-dd'. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
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
