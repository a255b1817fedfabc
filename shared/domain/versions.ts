import { z } from 'zod';
import { ActivityId, AmendmentId, ProgrammeId, VersionId } from './ids';
import { IsoDate } from './units';
import { multilineText, name, text } from './text';

/** A moment as an ISO timestamp (`2025-10-09T10:15:00.000Z`), for order and display. */
export const Timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/)
  .brand<'Timestamp'>();
/** A timestamp. */
export type Timestamp = z.infer<typeof Timestamp>;

/**
 * A frozen copy of a programme (*Versie opslaan*): the programme with its activities and what
 * they point to, as a programme file's bundle in the file format it was written in (`format`).
 * It is never rewritten: a later format reads it through the file's forward migrations
 * (`shared/file/version-content.ts`), and the database refuses any change to a stored version.
 */
export const Version = z.object({
  id: VersionId,
  programmeId: ProgrammeId,
  name: name(200),
  note: multilineText(5000),
  savedAt: Timestamp,
  /** The name the person gave in the local "uw naam" setting (no accounts); '' when unset. */
  author: text(100, { trim: true }),
  /** The programme file format `content` is written in. */
  format: z.number().int().min(4).max(1000),
  /** One organisation bundle holding this programme only, as written then. */
  content: z.record(z.string(), z.unknown()),
});
/** A version. */
export type Version = z.infer<typeof Version>;

/** Why an adopted programme was changed (the annual report groups its amendments by these). */
export const AMENDMENT_REASONS = [
  'nieuw-signaal',
  'incident',
  'verzoek-ministerie',
  'capaciteitstekort',
  'uitgesteld',
  'vervallen',
  'overig',
] as const;
/** An amendment's reason code. */
export const AmendmentReason = z.enum(AMENDMENT_REASONS);
/** An amendment's reason code. */
export type AmendmentReason = z.infer<typeof AmendmentReason>;

/** A path step of a changed field: a property name or a list item by id. */
const PathStep = z.union([
  z.string().max(100),
  z.object({ by: z.string().max(20), id: z.string().max(100), at: z.number().optional() }),
]);

/** One row an amendment changed, field by field (the same shape as an undo step's change). */
export const AmendedRow = z.object({
  table: z.enum(['programmes', 'activities']),
  key: z.string().max(100),
  op: z.enum(['insert', 'update', 'delete']),
  /** For an update, the fields that changed; for an insert or delete, empty. */
  fields: z
    .array(z.object({ path: z.array(PathStep).max(20), before: z.unknown(), after: z.unknown() }))
    .max(5000),
});
/** An amended row. */
export type AmendedRow = z.infer<typeof AmendedRow>;

/** The label of the step an amendment was made in (a message of the catalogue). */
const StepLabel = z.object({
  key: z.string().max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/**
 * A change to an adopted programme (wijziging na vaststelling), written in the same undoable
 * step as the change itself, so undo removes both.
 */
export const Amendment = z.object({
  id: AmendmentId,
  programmeId: ProgrammeId,
  /** The adopted version this amends. */
  versionId: VersionId,
  on: IsoDate,
  at: Timestamp,
  author: text(100, { trim: true }),
  reason: AmendmentReason,
  explanation: multilineText(2000),
  /** What the step was called ("Uren Team Politie"). */
  label: StepLabel,
  /** The activity changed (the first, when a step changed several); null: the programme itself. */
  activityId: ActivityId.nullable(),
  /** The activity's title as it was (it may be deleted or renamed later). */
  subject: text(300),
  changes: z.array(AmendedRow).max(50000),
});
/** An amendment. */
export type Amendment = z.infer<typeof Amendment>;
