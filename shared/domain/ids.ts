import type { z } from 'zod';
import { text } from './text';

/** Ids are short non-empty strings. */
const idString = text(100, { min: 1 });

/** Identifies an organisation. */
export const OrganisationId = idString.brand<'OrganisationId'>();
/** Organisation id. */
export type OrganisationId = z.infer<typeof OrganisationId>;
/** Identifies a multi-year perspective. */
export const MjpId = idString.brand<'MjpId'>();
/** MJP id. */
export type MjpId = z.infer<typeof MjpId>;
/** Identifies a theme (focus, thema or doel) of an MJP. */
export const ThemeId = idString.brand<'ThemeId'>();
/** Theme id. */
export type ThemeId = z.infer<typeof ThemeId>;
/** Identifies a supervision domain. */
export const DomainId = idString.brand<'DomainId'>();
/** Domain id. */
export type DomainId = z.infer<typeof DomainId>;
/** Identifies a team. */
export const TeamId = idString.brand<'TeamId'>();
/** Team id. */
export type TeamId = z.infer<typeof TeamId>;
/** Identifies a work programme. */
export const ProgrammeId = idString.brand<'ProgrammeId'>();
/** Programme id. */
export type ProgrammeId = z.infer<typeof ProgrammeId>;
/** Identifies an activity. */
export const ActivityId = idString.brand<'ActivityId'>();
/** Activity id. */
export type ActivityId = z.infer<typeof ActivityId>;
/** Identifies a risk criterion within a programme's scoring scheme. */
export const CriterionId = idString.brand<'CriterionId'>();
/** Criterion id. */
export type CriterionId = z.infer<typeof CriterionId>;

/** Identifies a planned output within its activity. */
export const OutputId = idString.brand<'OutputId'>();
/** Output id. */
export type OutputId = z.infer<typeof OutputId>;
/** Identifies a saved version of a programme. */
export const VersionId = idString.brand<'VersionId'>();
/** Version id. */
export type VersionId = z.infer<typeof VersionId>;
/** Identifies an amendment to an adopted programme. */
export const AmendmentId = idString.brand<'AmendmentId'>();
/** Amendment id. */
export type AmendmentId = z.infer<typeof AmendmentId>;

/** Identifies a scenario (a named set of changes against a base). */
export const ScenarioId = idString.brand<'ScenarioId'>();
/** Scenario id. */
export type ScenarioId = z.infer<typeof ScenarioId>;
/** Identifies a director's decision on an activity. */
export const DecisionId = idString.brand<'DecisionId'>();
/** Decision id. */
export type DecisionId = z.infer<typeof DecisionId>;
/** Identifies a comment in an activity's thread. */
export const CommentId = idString.brand<'CommentId'>();
/** Comment id. */
export type CommentId = z.infer<typeof CommentId>;

/** Makes a new id; the source of randomness is passed in (shared/ has no clock or RNG). */
export type IdSource = () => string;

/** Identifies a realisation row (realised hours and costs of an activity, team and month). */
export const RealisationId = idString.brand<'RealisationId'>();
/** Realisation id. */
export type RealisationId = z.infer<typeof RealisationId>;
