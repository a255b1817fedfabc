/**
 * Area `review` (issue 12): decisions on activities and comments in their threads, each one
 * undoable step through the one write path; *erin* and *eruit zetten* are forces, so a force made
 * anywhere is a decision with its author and date, written with the force in the same step.
 */
import type { Force } from '../../../shared/domain/capacity';
import type { DecisionKind } from '../../../shared/domain/review';
import type { Activity } from '../../../shared/domain/schemas';
import type { Message } from '../../../shared/i18n/translate';
import { translate } from '../../../shared/i18n/translate';
import {
  addComment,
  decide,
  nextDecisionAt,
  releaseForce,
  type DecisionEdit,
} from '../../../shared/review/edits';
import { decisionLines, decisionsTable } from '../../../shared/review/decision-log';
import { withForce } from '../../../shared/edit/activity';
import type { Change } from '../../db/repositories/rows';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import type { DispatchResult, ReadRow } from '../types';
import type { CommandCall } from './calls';
import { changeRow, type CommandContext, type CommandMap, type EditsOf } from './context';
import { Refusal } from './refusal';
import { saveTable } from './save-table';

/** The rows a decision writes: its own row, and the activity's force where it has one. */
async function decisionChanges(read: ReadRow, edit: DecisionEdit): Promise<Change[]> {
  const out: Change[] = [
    { table: 'decisions', key: edit.decision.id, before: null, after: edit.decision },
  ];
  const forced = edit.activity;
  if (forced) out.push(...(await changeRow(read, 'activities', forced.id, () => forced)));
  return out;
}

/** The data commands of the area (journalled, replayable: a replay of a landed write adds nothing). */
export const reviewEdits: EditsOf<
  'review/decide' | 'review/release' | 'review/comment' | 'review/forces'
> = {
  'review/forces': (forces, confirm, stamp) => async (read) => {
    const first = stamp.ids[0];
    if (first !== undefined && (await read('decisions', first)) !== null) return [];
    const decisions: Change[] = [];
    const activities: Change[] = [];
    const ids = [...new Set([...forces.map(([id]) => id), ...confirm])];
    for (const [i, [activityId, force]] of forces.entries()) {
      const id = stamp.ids[i];
      if (id === undefined) continue;
      const who = {
        id,
        programmeId: stamp.programmeId,
        activityId,
        author: stamp.author,
        at: stamp.at,
      };
      const activity = await read('activities', activityId);
      const made = force
        ? decide(activity, {
            ...who,
            kind: force.mode === 'in' ? 'erin' : 'eruit',
            reason: force.reason,
          })
        : releaseForce(activity, who);
      // Lifting a force that is not there records nothing; a force that cannot be made refuses all.
      if (made.ok)
        decisions.push({ table: 'decisions', key: id, before: null, after: made.value.decision });
      else if (force) throw new Refusal(made.error);
    }
    for (const id of ids) {
      const force = forces.find(([x]) => x === id);
      activities.push(
        ...(await changeRow(read, 'activities', id, (a: Activity) =>
          withForce(a, force?.[1], confirm.includes(id)),
        )),
      );
    }
    return [...activities, ...decisions];
  },

  'review/decide': (input) => async (read) => {
    if ((await read('decisions', input.id)) !== null) return [];
    const made = decide(await read('activities', input.activityId), input);
    if (!made.ok) throw new Refusal(made.error);
    return decisionChanges(read, made.value);
  },

  'review/release': (input) => async (read) => {
    if ((await read('decisions', input.id)) !== null) return [];
    const made = releaseForce(await read('activities', input.activityId), input);
    if (!made.ok) throw new Refusal(made.error);
    return decisionChanges(read, made.value);
  },

  'review/comment': (input) => async (read) => {
    if ((await read('comments', input.id)) !== null) return [];
    const answered = input.replyTo === null ? null : await read('comments', input.replyTo);
    const made = addComment(await read('activities', input.activityId), answered, input);
    if (!made.ok) throw new Refusal(made.error);
    return [{ table: 'comments', key: made.value.id, before: null, after: made.value }];
  },
};

const refused = (key: Message['key']): DispatchResult => ({
  ok: false,
  error: { key },
  refused: true,
});

/** Who and when, for a new row of the programme on screen; null when no programme is open. */
function stamp(c: CommandContext, activityId: string) {
  const data = c.get().liveData;
  if (!data || c.get().viewingVersionId !== null) return null;
  return stampOf(c, data, activityId);
}

/** Why nothing can be decided now: no programme, or a saved version on screen. */
const notNow = (c: CommandContext): DispatchResult =>
  refused(c.get().viewingVersionId !== null ? 'review.readOnly' : 'review.noProgramme');

/** Who and when, for a new row of a loaded programme. */
function stampOf(c: CommandContext, data: ProgrammeData, activityId: string) {
  const now = new Date(c.deps.now()).toISOString();
  return {
    programmeId: data.programme.id as string,
    activityId,
    author: c.deps.author(),
    at: nextDecisionAt(c.get().decisions, now),
    title: data.activities.find((a) => a.id === activityId)?.title ?? activityId,
  };
}

/**
 * Makes a decision (one undoable step); refusals come back (and are shown) in Dutch. `quiet`:
 * the caller shows the refusal itself, beside the reason.
 */
function decideStep(
  c: CommandContext,
  activityId: string,
  kind: DecisionKind,
  reason: string,
  quiet: boolean,
): Promise<DispatchResult> {
  const s = stamp(c, activityId);
  if (!s) return Promise.resolve(notNow(c));
  const { title, ...who } = s;
  const call: CommandCall = {
    name: 'review/decide',
    args: [{ id: c.deps.newId(), ...who, kind, reason }],
  };
  return c.get().dispatch(call, {
    label: { key: 'history.decide', params: { title, kind: translate(`review.kind.${kind}`) } },
    quiet,
  });
}

/**
 * A force set or lifted from anywhere (the line's *Erin zetten*, *Eruit zetten*, *Vrijgeven*)
 * as a decision: erin/eruit with the force's reason, or *accepteren* "Force opgeheven".
 */
export async function forceAsDecision(
  c: CommandContext,
  activityId: string,
  force: Force | null,
): Promise<boolean> {
  if (force)
    return (
      await decideStep(c, activityId, force.mode === 'in' ? 'erin' : 'eruit', force.reason, false)
    ).ok;
  const s = stamp(c, activityId);
  if (!s) return false;
  const { title, ...who } = s;
  const done = await c
    .get()
    .dispatch(
      { name: 'review/release', args: [{ id: c.deps.newId(), ...who }] },
      { label: { key: 'history.force', params: { title } } },
    );
  return done.ok;
}

/** The store commands of the area. */
export const reviewCommands = {
  /**
   * Forces several activities in or out (null lifts), confirming the funding of those in
   * `confirm`, each force recorded as a decision with the name of "Uw naam" and the date: one
   * undoable step (the best selection adopted, a what-if applied).
   */
  'review/force-many': (
    c: CommandContext,
    forces: readonly (readonly [string, Force | null])[],
    confirm: readonly string[],
    label: Message,
  ): Promise<DispatchResult> => {
    const data = c.get().liveData;
    if (!data || c.get().viewingVersionId !== null) return Promise.resolve(notNow(c));
    const stamp = {
      ids: forces.map(() => c.deps.newId()),
      programmeId: data.programme.id,
      author: c.deps.author(),
      at: nextDecisionAt(c.get().decisions, new Date(c.deps.now()).toISOString()),
    };
    return c.get().dispatch({ name: 'review/forces', args: [forces, confirm, stamp] }, { label });
  },

  /** Decides on an activity of the programme on screen; the caller shows a refusal. */
  'review/decide-current': (
    c: CommandContext,
    activityId: string,
    kind: DecisionKind,
    reason: string,
  ): Promise<DispatchResult> => decideStep(c, activityId, kind, reason, true),

  /** Adds a comment (or a reply to `replyTo`) to an activity's thread; the caller shows a refusal. */
  'review/comment-current': (
    c: CommandContext,
    activityId: string,
    text: string,
    replyTo: string | null,
  ): Promise<DispatchResult> => {
    const data = c.get().liveData;
    if (!data || c.get().viewingVersionId !== null) return Promise.resolve(notNow(c));
    const activity: Activity | undefined = data.activities.find((a) => a.id === activityId);
    return c.get().dispatch(
      {
        name: 'review/comment',
        args: [
          {
            id: c.deps.newId(),
            programmeId: data.programme.id,
            activityId,
            replyTo,
            text,
            author: c.deps.author(),
            at: new Date(c.deps.now()).toISOString(),
          },
        ],
      },
      {
        label: { key: 'history.comment', params: { title: activity?.title ?? activityId } },
        quiet: true,
      },
    );
  },

  /** Saves the decision log of the programme on screen as CSV (Dutch Excel) or XLSX. */
  'review/export': (c: CommandContext, format: 'csv' | 'xlsx'): Promise<boolean> => {
    const data = c.get().data;
    if (!data) return Promise.resolve(false);
    const titles = new Map(data.activities.map((a) => [a.id as string, a.title]));
    const lines = decisionLines(c.get().decisions, (id) => titles.get(id) ?? null);
    const table = decisionsTable(data.programme.name, lines);
    return saveTable(c, table, translate('decisions.file', { name: data.programme.name }), format);
  },
} satisfies CommandMap;
