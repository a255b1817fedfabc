import { z } from 'zod';
import {
  ActivityId,
  CriterionId,
  DomainId,
  MjpId,
  OrganisationId,
  OutputId,
  ProgrammeId,
  TeamId,
  ThemeId,
  VersionId,
} from './ids';
import { Cents, Fte, Hours, IsoDate, MonthKey } from './units';
import { DEFAULT_LINE, Deduction, Force, LineSettings, StaffingChange } from './capacity';
import { CostModel } from './budget';
import { multilineText, name, text } from './text';
import {
  DEFAULT_DEVIATION_THRESHOLD,
  DeviationThreshold,
  PublishedOn,
  ReserveDraw,
  Spending,
  YearEnd,
} from './realisation';

/** The inspectorate (or any organisation) whose programmes Koers holds. */
export const Organisation = z.object({
  id: OrganisationId,
  name: name(200),
  shortName: text(50, { trim: true }),
});
/** An organisation. */
export type Organisation = z.infer<typeof Organisation>;

/** A multi-year perspective (meerjarenperspectief): a period with a tree or list of themes. */
export const Mjp = z.object({
  id: MjpId,
  organisationId: OrganisationId,
  name: name(200),
  startYear: z.number().int().min(1900).max(2200),
  endYear: z.number().int().min(1900).max(2200),
});
/** An MJP. */
export type Mjp = z.infer<typeof Mjp>;

/** A node of the MJP: a focus with themes under it, or a goal of a flat list (parentId null). */
export const Theme = z.object({
  id: ThemeId,
  mjpId: MjpId,
  parentId: ThemeId.nullable(),
  name: name(200),
  description: multilineText(5000),
  order: z.number().int(),
});
/** A theme. */
export type Theme = z.infer<typeof Theme>;

/** A supervision domain (toezichtdomein), e.g. politie or migratie. */
export const Domain = z.object({
  id: DomainId,
  organisationId: OrganisationId,
  name: name(200),
  order: z.number().int(),
});
/** A domain. */
export type Domain = z.infer<typeof Domain>;

/** A team or department that holds capacity. */
export const Team = z.object({
  id: TeamId,
  organisationId: OrganisationId,
  name: name(200),
  order: z.number().int(),
});
/** A team. */
export type Team = z.infer<typeof Team>;

/** One team's FTE in one programme year: formation (formatie) and staffed (bezetting). */
export const TeamCapacity = z.object({
  teamId: TeamId,
  formationFte: Fte,
  staffedFte: Fte,
});
/** A team's capacity in a programme. */
export type TeamCapacity = z.infer<typeof TeamCapacity>;

/** The capacity frame of a programme; the formation is the sum of its teams' FTE. */
export const CapacityFrame = z.object({
  productiveHoursPerFte: Hours,
  productiveHoursSource: text(500),
  teams: z.array(TeamCapacity),
  /** Indirect work, training and reserves taken off productive hours. */
  deductions: z.array(Deduction).default([]),
  /** Hires and departures during the year, with their lead time. */
  staffingChanges: z.array(StaffingChange).default([]),
});
/** A capacity frame. */
export type CapacityFrame = z.infer<typeof CapacityFrame>;

/** The budget frame (budgettair kader) of a programme year. */
export const BudgetFrame = z.object({
  frameCents: Cents,
  frameSource: text(500),
  /** How personnel and fixed costs are priced; absent until the budget is set up. */
  costModel: CostModel.nullable().default(null),
});
/** A budget frame. */
export type BudgetFrame = z.infer<typeof BudgetFrame>;

/** One criterion of the risk scoring scheme, on an integer scale with a label per step. */
export const Criterion = z
  .object({
    id: CriterionId,
    name: name(100),
    min: z.number().int().min(0).max(100),
    max: z.number().int().min(0).max(100),
    weight: z.number().min(0).max(1000),
    labels: z.array(text(100)).max(101),
  })
  .refine((c) => c.max >= c.min, { path: ['max'], message: 'max < min' });
/** A risk criterion. */
export type Criterion = z.infer<typeof Criterion>;

/** The scoring scheme stored with a programme (PRODUCT.md, defaults). */
export const RiskScheme = z.object({
  criteria: z.array(Criterion).min(1),
  source: text(500),
  /** Pairwise comparisons the weights were derived from (ratio > 1: a matters more than b). */
  comparisons: z
    .array(z.object({ a: CriterionId, b: CriterionId, ratio: z.number().positive().max(9) }))
    .default([]),
});
/** A risk scoring scheme. */
export type RiskScheme = z.infer<typeof RiskScheme>;

/** A yearly work programme (werkprogramma). */
export const Programme = z.object({
  id: ProgrammeId,
  organisationId: OrganisationId,
  mjpId: MjpId,
  year: z.number().int().min(1900).max(2200),
  name: name(200),
  /** The version adopted (vastgesteld) and the date; null while the programme is a concept. */
  adoption: z.object({ versionId: VersionId, on: IsoDate }).nullable().default(null),
  /** The date the year was closed (afgesloten); null while it runs. */
  closedOn: IsoDate.nullable().default(null),
  /** True for demo data whose hours, scores and costs are invented (shown as illustrative). */
  illustrative: z.boolean(),
  capacity: CapacityFrame,
  budget: BudgetFrame,
  riskScheme: RiskScheme,
  /** How the line judges room (per team per quarter unless set otherwise). */
  line: LineSettings.default(DEFAULT_LINE),
  /** When a deviation between plan and realisation needs an explanation (issue 13). */
  deviationThreshold: DeviationThreshold.default(DEFAULT_DEVIATION_THRESHOLD),
  /** The organisation's realised spending for the year (issue 13); null until recorded. */
  spending: Spending.nullable().default(null),
  /** The draws on the incident reserve during the year, in the order recorded (issue 13). */
  reserveDraws: z.array(ReserveDraw).max(1000).default([]),
});
/** A programme. */
export type Programme = z.infer<typeof Programme>;

/** Kinds of supervision activity (PRODUCT.md). */
export const ACTIVITY_KINDS = [
  'thematisch-onderzoek',
  'incidentonderzoek',
  'verkenning',
  'monitor',
  'inspectiebezoek',
  'doorlopend-toezicht',
  'handhaving',
  'uht',
  'wettelijke-taak',
  'overig',
] as const;
/** Activity kind. */
export const ActivityKind = z.enum(ACTIVITY_KINDS);
/** Activity kind. */
export type ActivityKind = z.infer<typeof ActivityKind>;

/** Level of the supervision pyramid (regulier, verdiepend, intensief). */
export const PyramidLevel = z.enum(['regulier', 'verdiepend', 'intensief']);
/** Pyramid level. */
export type PyramidLevel = z.infer<typeof PyramidLevel>;

/** Statutory (wettelijke taak), otherwise committed (vast/doorlopend) or discretionary. */
export const Commitment = z.enum(['wettelijk', 'vast', 'discretionair']);
/** Commitment. */
export type Commitment = z.infer<typeof Commitment>;

/** New this year, carried over from last year ("loopt door"), or continuing every year. */
export const Origin = z.enum(['nieuw', 'loopt-door', 'doorlopend']);
/** Origin. */
export type Origin = z.infer<typeof Origin>;

/** Where an activity stands. */
export const ActivityStatus = z.enum([
  'voorstel',
  'gepland',
  'in-uitvoering',
  'afgerond',
  'uitgesteld',
  'vervallen',
]);
/** Activity status. */
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** Hours of one team on an activity, for one month or (month null) spread over its run. */
export const Allocation = z
  .object({
    teamId: TeamId,
    month: MonthKey.nullable(),
    hours: Hours,
  })
  // Strict: a field Koers does not know (a realised-hours field of another writer) is refused
  // with its place, never silently dropped (issue 13).
  .strict();
/** An allocation. */
export type Allocation = z.infer<typeof Allocation>;

/** Kinds of output (product). */
export const OutputKind = z.enum([
  'rapport',
  'brief',
  'plan-van-aanpak',
  'publieksversie',
  'uht',
  'boete',
  'last-onder-dwangsom',
  'overig',
]);
/** Output kind. */
export type OutputKind = z.infer<typeof OutputKind>;

/** A planned output of an activity. */
export const PlannedOutput = z
  .object({
    /** Unique within its activity, so an edit names the output it changes. */
    id: OutputId,
    kind: OutputKind,
    title: text(300, { trim: true }),
    plannedMonth: MonthKey.nullable(),
    /** The date it was published (issue 13, realisation); null while it is not. */
    publishedOn: PublishedOn.default(null),
    /** The title it was published under, when not the planned one ('' = as planned). */
    publishedTitle: text(300, { trim: true }).default(''),
  })
  // Strict: a field Koers does not know is refused with its place, never silently dropped.
  .strict();
/** A planned output. */
export type PlannedOutput = z.infer<typeof PlannedOutput>;

/** One line of the programme: a supervision activity. */
export const Activity = z.object({
  id: ActivityId,
  programmeId: ProgrammeId,
  title: name(300),
  description: multilineText(10000),
  /** Where the source document announces it, e.g. '§ 1.2.1'. */
  sourceRef: text(100),
  domainId: DomainId,
  primaryThemeId: ThemeId,
  secondaryThemeIds: z.array(ThemeId),
  kind: ActivityKind,
  pyramidLevel: PyramidLevel,
  commitment: Commitment,
  /** The legal basis or standing commitment, for statutory and committed work. */
  legalBasis: text(500),
  origin: Origin,
  /** "Onder voorbehoud van voldoende middelen". */
  fundingConditional: z.boolean(),
  fundingConfirmed: z.boolean(),
  /** The money that comes with a funding-conditional activity once confirmed (conditional frame). */
  fundingCents: Cents.default(0 as Cents),
  /** The fte the funding pays for once confirmed; null: derived (money ÷ the team's cost per fte). */
  fundingFte: Fte.nullable().default(null),
  /** The month the funded people start; null: derived (the start plus the hiring lead time). */
  fundingStartMonth: MonthKey.nullable().default(null),
  startMonth: MonthKey,
  endMonth: MonthKey,
  allocations: z.array(Allocation),
  materialCents: Cents,
  externalHireCents: Cents,
  outputs: z.array(PlannedOutput),
  partners: z.array(name(100)),
  /** Score per criterion id of the programme's risk scheme. */
  risk: z.record(CriterionId, z.number().int()),
  status: ActivityStatus,
  /** Forced in or out of the selection by the directors, with their reason. */
  force: Force.nullable().default(null),
  /** Where it stood at the end of the year, with the reason (issue 13); null while it runs. */
  yearEnd: YearEnd.nullable().default(null),
  /** The explanation of a large deviation between plan and realisation ('' = none given). */
  deviationNote: multilineText(2000).default(''),
  /** The activity of last year's programme this one continues (set by copy-forward); null: none. */
  carriedFromId: ActivityId.nullable().default(null),
});
/** An activity. */
export type Activity = z.infer<typeof Activity>;
