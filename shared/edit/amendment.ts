import type { RowDelta } from '../delta/delta';
import type { AmendmentId } from '../domain/ids';
import type { Activity, Programme } from '../domain/schemas';
import type { IsoDate } from '../domain/units';
import type { AmendedRow, Amendment, AmendmentReason, Timestamp } from '../domain/versions';
import type { Message } from '../i18n/translate';

/** The reason a person gives for changing an adopted programme. */
export type AmendReason = { readonly reason: AmendmentReason; readonly explanation: string };

/**
 * Fields of a programme whose change is the life cycle itself or the record of what happened
 * (realised spending, draws on the incident reserve), not an amendment of the plan.
 */
const LIFE_CYCLE_FIELDS = new Set([
  'adoption',
  'closedOn',
  'deviationThreshold',
  'spending',
  'reserveDraws',
]);

/**
 * Fields of an activity that record what happened (issue 13: the year-end status, the
 * explanation of a deviation, an output's publication), not what was planned: recording them
 * after adoption is no amendment of the plan.
 */
const REALISATION_FIELDS = new Set(['yearEnd', 'deviationNote']);
/** Fields of a planned output that record its publication. */
const PUBLICATION_FIELDS = new Set(['publishedOn', 'publishedTitle']);

/** True when an activity's field change records the realisation only. */
export function isRealisationField(path: readonly unknown[]): boolean {
  const [head, item, field] = path;
  if (typeof head === 'string' && REALISATION_FIELDS.has(head)) return true;
  return (
    head === 'outputs' &&
    typeof item === 'object' &&
    item !== null &&
    typeof field === 'string' &&
    PUBLICATION_FIELDS.has(field)
  );
}

/** The programme a changed row belongs to, with what the row was and is. */
type Touched = { readonly programmeId: string; readonly delta: RowDelta };

/** The programme a delta of `programmes` or `activities` belongs to (null for other tables). */
function programmeOf(delta: RowDelta): string | null {
  if (delta.table === 'programmes') {
    if (delta.op !== 'update') return delta.key;
    return delta.fields.every(
      (f) => typeof f.path[0] === 'string' && LIFE_CYCLE_FIELDS.has(f.path[0]),
    )
      ? null
      : delta.key;
  }
  if (delta.table !== 'activities') return null;
  if (delta.op !== 'update') return (delta.row as Activity).programmeId;
  return null;
}

/** The programme an activity's update moves it into (none when it stays where it was). */
export function movedTo(delta: RowDelta): string[] {
  if (delta.table !== 'activities' || delta.op !== 'update') return [];
  return delta.fields.flatMap((f) =>
    f.path.length === 1 && f.path[0] === 'programmeId' && typeof f.after === 'string'
      ? [f.after]
      : [],
  );
}

/**
 * The adopted programmes a step changes (its rows of those programmes), given how each
 * programme stood before the step. An activity's update names its programme through `owner`
 * (the activity as it was), since an update carries only the fields that changed; an activity
 * moved between programmes changes both.
 */
export function amendedBy(
  deltas: readonly RowDelta[],
  before: (programmeId: string) => Programme | null,
  owner: (activityId: string) => string | null,
): Touched[] {
  const out: Touched[] = [];
  for (const delta of deltas) {
    if (
      delta.table === 'activities' &&
      delta.op === 'update' &&
      delta.fields.every((f) => isRealisationField(f.path))
    )
      continue;
    const ids =
      delta.table === 'activities' && delta.op === 'update'
        ? [owner(delta.key), ...movedTo(delta)]
        : [programmeOf(delta)];
    for (const id of new Set(ids))
      if (id !== null && before(id)?.adoption) out.push({ programmeId: id, delta });
  }
  return out;
}

/** A delta as an amendment records it. */
function amendedRow(delta: RowDelta): AmendedRow {
  return {
    table: delta.table as AmendedRow['table'],
    key: delta.key,
    op: delta.op,
    fields:
      delta.op === 'update'
        ? delta.fields.map((f) => ({
            path: f.path.map((p) => (typeof p === 'string' ? p : { ...p })),
            before: f.before,
            after: f.after,
          }))
        : [],
  };
}

/**
 * The amendment of one step: the rows of the adopted programme it changed, with the reason, the
 * date and the author. The subject is the (first) activity changed, or the programme itself.
 */
export function amendmentOf(
  touched: readonly Touched[],
  ctx: {
    readonly id: AmendmentId;
    readonly programme: Programme;
    readonly on: IsoDate;
    readonly at: Timestamp;
    readonly author: string;
    readonly reason: AmendReason;
    readonly label: Message;
    readonly activity: (id: string) => Activity | null;
  },
): Amendment {
  const adoption = ctx.programme.adoption;
  if (adoption === null) throw new Error('amendmentOf: the programme is not adopted');
  const mine = touched.filter((t) => t.programmeId === ctx.programme.id);
  const first = mine.find((t) => t.delta.table === 'activities');
  const activity = first
    ? (ctx.activity(first.delta.key) ??
      (first.delta.op !== 'update' ? (first.delta.row as Activity) : null))
    : null;
  return {
    id: ctx.id,
    programmeId: ctx.programme.id,
    versionId: adoption.versionId,
    on: ctx.on,
    at: ctx.at,
    author: ctx.author.slice(0, 100),
    reason: ctx.reason.reason,
    explanation: ctx.reason.explanation,
    label: ctx.label.params
      ? { key: ctx.label.key, params: { ...ctx.label.params } }
      : { key: ctx.label.key },
    activityId: activity ? activity.id : null,
    subject: (activity ? activity.title : ctx.programme.name).slice(0, 300),
    changes: mine.map((t) => amendedRow(t.delta)),
  };
}
