import { z } from 'zod';
import { ActivityId, ProgrammeId, RealisationId, TeamId } from './ids';
import { multilineText, text } from './text';
import { Cents, Hours, IsoDate, MonthKey } from './units';

/**
 * What happened after the year (issue 13, "Realisatie in"): realised hours and costs per activity,
 * team and month, imported from a time registration or a finance export. The year-end status, the
 * published outputs and the explanation of a deviation live on the activity itself
 * (shared/domain/schemas.ts), so a programme file carries them with the activity.
 */

/**
 * Where an activity stands at the end of the year, as the annual report 2025 sorts its work:
 * finished, carried into the next year ("loopt door in 2026"), postponed, dropped, or merged into
 * another activity.
 */
export const YearEndStatus = z.enum([
  'afgerond',
  'loopt-door',
  'uitgesteld',
  'vervallen',
  'samengevoegd',
]);
/** A year-end status. */
export type YearEndStatus = z.infer<typeof YearEndStatus>;

/** The year-end status of an activity with the reason given for it. */
export const YearEnd = z
  .object({
    status: YearEndStatus,
    reason: multilineText(2000),
  })
  .strict();
/** An activity's year-end record. */
export type YearEnd = z.infer<typeof YearEnd>;

/** The team a realisation row names; null when the export has no team (a finance export). */
const RealisationTeam = TeamId.nullable();

/**
 * One row of realisation: the hours and costs one team spent on one activity in one month, and
 * the file it came from. An import replaces the rows of the (activity, team, month) it names, so
 * reading the same export twice does not count its hours twice.
 */
export const Realisation = z
  .object({
    id: RealisationId,
    programmeId: ProgrammeId,
    activityId: ActivityId,
    teamId: RealisationTeam,
    month: MonthKey,
    hours: Hours,
    costCents: Cents,
    /** The file's name (the source the mapping was remembered for). */
    source: text(300),
  })
  .strict();
/** A realisation row. */
export type Realisation = z.infer<typeof Realisation>;

/**
 * When a deviation between plan and realisation needs an explanation: both the share of the plan
 * and the absolute hours must be exceeded (10% of 8 hours is no story; 40 hours of 4.000 neither).
 */
export const DeviationThreshold = z
  .object({
    percent: z.number().min(0).max(1000),
    hours: Hours,
  })
  .strict();
/** A deviation threshold. */
export type DeviationThreshold = z.infer<typeof DeviationThreshold>;

/** The threshold a programme starts with: 10% and 40 hours. */
export const DEFAULT_DEVIATION_THRESHOLD: DeviationThreshold = {
  percent: 10,
  hours: 40 as Hours,
};

/** True when realised hours deviate from the plan beyond both parts of the threshold. */
export function isLargeDeviation(
  plannedHours: number,
  realisedHours: number,
  threshold: DeviationThreshold,
): boolean {
  const diff = Math.abs(realisedHours - plannedHours);
  if (diff < threshold.hours || diff === 0) return false;
  if (plannedHours <= 0) return true;
  return (diff / plannedHours) * 100 >= threshold.percent;
}

/** A publication date of an output (null while unpublished). */
export const PublishedOn = IsoDate.nullable();

/** The realised hours and costs of each activity: sums over its realisation rows. */
export function realisedByActivity(
  rows: readonly Realisation[],
): Map<string, { hours: number; costCents: number }> {
  const out = new Map<string, { hours: number; costCents: number }>();
  for (const r of rows) {
    const at = out.get(r.activityId) ?? { hours: 0, costCents: 0 };
    at.hours += r.hours;
    at.costCents += r.costCents;
    out.set(r.activityId, at);
  }
  return out;
}
