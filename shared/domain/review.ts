import { z } from 'zod';
import { ActivityId, CommentId, DecisionId, ProgrammeId, ScenarioId, VersionId } from './ids';
import { multilineText, name, text } from './text';
import { Timestamp } from './versions';

/**
 * What the directors' review works with (issue 12): scenarios, decisions and comments. Each is a
 * row of its own, changed or added by field, so a review package merges back by id and a sync
 * engine could later carry the same rows.
 */

/** What a scenario is measured against: the programme as it is, its adopted version, or a version. */
export const ScenarioBase = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('programme') }).strict(),
  z.object({ kind: z.literal('adopted') }).strict(),
  z.object({ kind: z.literal('version'), versionId: VersionId }).strict(),
]);
/** A scenario's base. */
export type ScenarioBase = z.infer<typeof ScenarioBase>;

/** The tables a scenario may change: the programme row (frames, staffing) and its activities. */
export const SCENARIO_TABLES = ['programmes', 'activities'] as const;

/** A path step of a changed field: a property name or a list item by id (shared/delta). */
const PathStep = z.union([
  z.string().max(100),
  z.object({ by: z.string().max(20), id: z.string().max(100), at: z.number().optional() }).strict(),
]);

/** One field's change, with the value the base had when the change was made (for conflicts). */
const FieldChangeRow = z
  .object({ path: z.array(PathStep).max(20), before: z.unknown(), after: z.unknown() })
  .strict();

/**
 * One row a scenario changes: the same shape as `RowDelta` (shared/delta/delta.ts), so the
 * scenario applies to its base with the one delta mechanism. An insert and a delete hold the
 * whole row; an update the fields that changed.
 */
export const ScenarioChange = z.discriminatedUnion('op', [
  z
    .object({
      table: z.enum(SCENARIO_TABLES),
      key: z.string().max(100),
      op: z.literal('insert'),
      row: z.record(z.string(), z.unknown()),
    })
    .strict(),
  z
    .object({
      table: z.enum(SCENARIO_TABLES),
      key: z.string().max(100),
      op: z.literal('delete'),
      row: z.record(z.string(), z.unknown()),
    })
    .strict(),
  z
    .object({
      table: z.enum(SCENARIO_TABLES),
      key: z.string().max(100),
      op: z.literal('update'),
      fields: z.array(FieldChangeRow).max(5000),
    })
    .strict(),
]);
/** A scenario's change to one row. */
export type ScenarioChange = z.infer<typeof ScenarioChange>;

/**
 * A named set of changes against a base (*scenario*). It is stored as changes, never as a copy
 * of the rows, and never alters its base.
 */
export const Scenario = z.object({
  id: ScenarioId,
  programmeId: ProgrammeId,
  name: name(200),
  note: multilineText(5000),
  base: ScenarioBase,
  createdAt: Timestamp,
  /** The name the person gave in the local "uw naam" setting; '' when unset. */
  author: text(100, { trim: true }),
  changes: z.array(ScenarioChange).max(50000),
});
/** A scenario. */
export type Scenario = z.infer<typeof Scenario>;

/** What a director can decide about an activity. */
export const DECISION_KINDS = ['accepteren', 'aanhouden', 'afwijzen', 'erin', 'eruit'] as const;
/** A decision's kind. */
export const DecisionKind = z.enum(DECISION_KINDS);
/** A decision's kind. */
export type DecisionKind = z.infer<typeof DecisionKind>;

/**
 * A decision on an activity, with its reason, who made it and when. Decisions are a log: a later
 * one supersedes an earlier one on the same activity, none is rewritten. The activity may be
 * deleted later, or exist only in a scenario (`scenarioId`); the decision keeps its id.
 */
export const Decision = z.object({
  id: DecisionId,
  programmeId: ProgrammeId,
  activityId: ActivityId,
  /** The scenario the decision was made in; null: on the programme itself. */
  scenarioId: ScenarioId.nullable(),
  kind: DecisionKind,
  reason: multilineText(2000),
  author: text(100, { trim: true }),
  at: Timestamp,
});
/** A decision. */
export type Decision = z.infer<typeof Decision>;

/** A comment in the thread of an activity (or of the programme, when `activityId` is null). */
export const Comment = z.object({
  id: CommentId,
  programmeId: ProgrammeId,
  activityId: ActivityId.nullable(),
  scenarioId: ScenarioId.nullable(),
  /** The comment this answers; null: a new thread entry. */
  replyTo: CommentId.nullable(),
  text: multilineText(5000, { min: 1 }),
  author: text(100, { trim: true }),
  at: Timestamp,
});
/** A comment. */
export type Comment = z.infer<typeof Comment>;
