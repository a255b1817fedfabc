import { z } from 'zod';
import { ActivityId, ProgrammeId, RealisationId, TeamId } from './ids';
import { multilineText, name, text } from './text';
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

/**
 * The cost lines realised spending is recorded on: the budget's own lines (shared/budget/
 * cost-model.ts BudgetLineKey), so plan and realisation compare line by line.
 */
export const SpendingLineKey = z.enum(['personnel', 'overhead', 'material', 'external', 'fixed']);
/** A cost line key. */
export type SpendingLineKey = z.infer<typeof SpendingLineKey>;

/** What the organisation spent on one cost line in the year. */
export const SpendingLine = z.object({ key: SpendingLineKey, cents: Cents }).strict();
/** A realised cost line. */
export type SpendingLine = z.infer<typeof SpendingLine>;

/**
 * The organisation's realised spending for the year (issue 13, "organisation level"), entered
 * or imported from the finance export: per cost line, against the frame as finally set (the
 * annual report 2025: "bijgesteld en uiteindelijk vastgesteld op € 16.696.000"). External hire
 * against own personnel gives the Roemernorm ratio.
 */
export const Spending = z
  .object({
    /** The frame as finally set during the year; null: the programme's frame. */
    finalFrameCents: Cents.nullable(),
    lines: z
      .array(SpendingLine)
      .max(SpendingLineKey.options.length)
      .refine((ls) => new Set(ls.map((l) => l.key)).size === ls.length, {
        message: 'dubbele kostenpost',
      }),
    /** Where the figures come from ('' = entered by hand), e.g. the finance export's name. */
    source: text(300),
    /** The explanation of the result against the frame, for the annual report. */
    note: multilineText(4000),
  })
  .strict();
/** Realised spending. */
export type Spending = z.infer<typeof Spending>;

/** What a draw on the incident reserve did to a planned activity. */
export const DisplacementEffect = z.enum(['uitgesteld', 'verkleind', 'vervallen']);
/** A displacement effect. */
export type DisplacementEffect = z.infer<typeof DisplacementEffect>;

/** One activity a draw displaced: postponed (to a month, or into next year), reduced or dropped. */
export const Displacement = z
  .object({
    activityId: ActivityId,
    effect: DisplacementEffect,
    /** The hours it gave up this year. */
    hours: Hours,
    /** The month it moved to; null when dropped, reduced, or moved past the year. */
    toMonth: MonthKey.nullable(),
  })
  .strict();
/** A displacement. */
export type Displacement = z.infer<typeof Displacement>;

/**
 * A draw on the incident reserve during the year (PRODUCT.md, "the incident reserve as a budget
 * consumed during the year"): an incident investigation started on a date, by a team, for a
 * number of hours, naming what it displaced; the postponement log follows from the draws.
 */
export const ReserveDraw = z
  .object({
    /** Unique within its programme. */
    id: text(100, { min: 1 }),
    on: IsoDate,
    title: name(300),
    /** The investigation as an activity of the programme, when it was added as one. */
    activityId: ActivityId.nullable(),
    teamId: TeamId,
    hours: Hours,
    displaced: z.array(Displacement).max(200),
    reason: multilineText(2000),
  })
  .strict();
/** A reserve draw. */
export type ReserveDraw = z.infer<typeof ReserveDraw>;
