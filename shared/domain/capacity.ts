import { z } from 'zod';
import { TeamId } from './ids';
import { MonthKey } from './units';
import { text } from './text';

/** What a deduction from productive hours is for (PRODUCT.md, capacity). */
export const DeductionKind = z.enum([
  'indirect',
  'opleiding',
  'incidentreserve',
  'responsief',
  'overig',
]);
/** Deduction kind. */
export type DeductionKind = z.infer<typeof DeductionKind>;

/**
 * Hours taken off productive hours before planned supervision: indirect work (management,
 * operations, staff roles), training, and the reserves kept on purpose (incident
 * investigations, responsive work on new signals). As a share of a team's productive hours, or
 * as fixed hours; for one team, or (teamId null) for every team.
 */
export const Deduction = z.object({
  id: text(100, { min: 1 }),
  kind: DeductionKind,
  label: text(200, { trim: true }),
  teamId: TeamId.nullable(),
  basis: z.enum(['share', 'hours']),
  /** A share 0–1 when basis is 'share'; hours per year when basis is 'hours'. */
  value: z.number().min(0),
  source: text(500),
});
/** A deduction. */
export type Deduction = z.infer<typeof Deduction>;

/**
 * A change in staffing during the year: a hire (positive FTE) or a departure or vacancy
 * (negative FTE), starting in a month and taking effect after a lead time (recruitment,
 * screening, induction).
 */
export const StaffingChange = z.object({
  id: text(100, { min: 1 }),
  teamId: TeamId,
  label: text(200, { trim: true }),
  fteDelta: z.number().min(-1000).max(1000),
  month: MonthKey,
  leadTimeMonths: z.number().int().min(0).max(36),
});
/** A staffing change. */
export type StaffingChange = z.infer<typeof StaffingChange>;

/** Forcing an activity in or out of the selection, with the reason directors gave. */
export const Force = z.object({
  mode: z.enum(['in', 'out']),
  reason: text(500, { trim: true, min: 1 }),
});
/** A force. */
export type Force = z.infer<typeof Force>;

/**
 * How room is judged: per team per quarter by default (months within a quarter may borrow from
 * each other), per year, or strictly per month. The line, the heat map and the best selection
 * all use this one definition (PRODUCT.md, product decisions: "the line is per team").
 */
export const LineBasis = z.enum(['quarter', 'year', 'month']);
/** A basis of room. */
export type LineBasis = z.infer<typeof LineBasis>;

/** The line's settings, stored with a programme. */
export const LineSettings = z.object({
  basis: LineBasis,
  /** The old single cut-off ("strikte lijn"): the first miss and everything after it are below. */
  strict: z.boolean(),
});
/** Line settings. */
export type LineSettings = z.infer<typeof LineSettings>;

/** The settings of a programme that has none stored. */
export const DEFAULT_LINE: LineSettings = { basis: 'quarter', strict: false };
