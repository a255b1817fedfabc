/** Area `activity`: an activity's fields, hours, outputs and forces; adding and deleting one. */
import type { Force } from '../../../shared/domain/capacity';
import type { Activity } from '../../../shared/domain/schemas';
import {
  newActivity,
  withForce,
  withMonthHours,
  withOutputAdded,
  withOutputField,
  withOutputRemoved,
  withSecondaryTheme,
  withTeamHours,
  type NewActivityInitial,
} from '../../../shared/edit/activity';
import type { Change } from '../../db/repositories/rows';
import { patchRow } from './calls';
import { forceAsDecision } from './review';
import {
  changeRow,
  dispatched,
  type CommandContext,
  type CommandMap,
  type EditsOf,
} from './context';

/** The data commands of the area (journalled, replayable). */
export const activityEdits: EditsOf<
  | 'activity/team-hours'
  | 'activity/month-hours'
  | 'activity/secondary-theme'
  | 'activity/output-set'
  | 'activity/output-add'
  | 'activity/output-remove'
  | 'activity/forces'
> = {
  'activity/team-hours': (id, teamId, h) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withTeamHours(a, teamId, h)),

  'activity/month-hours': (id, teamId, month, h) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withMonthHours(a, teamId, month, h)),

  'activity/secondary-theme': (id, themeId, on) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withSecondaryTheme(a, themeId, on)),

  'activity/output-set': (id, outputId, field, value) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withOutputField(a, outputId, field, value)),

  'activity/output-add': (id, outputId) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withOutputAdded(a, outputId)),

  'activity/output-remove': (id, outputId) => (read) =>
    changeRow(read, 'activities', id, (a: Activity) => withOutputRemoved(a, outputId)),

  'activity/forces': (forces, confirm) => async (read) => {
    const ids = [...new Set([...forces.map(([id]) => id), ...confirm])];
    const changes: Change[] = [];
    for (const id of ids) {
      const force = forces.find(([x]) => x === id);
      changes.push(
        ...(await changeRow(read, 'activities', id, (a: Activity) =>
          withForce(a, force?.[1], confirm.includes(id)),
        )),
      );
    }
    return changes;
  },
};

/** The store commands of the area. */
export const activityCommands = {
  'activity/update': (
    c: CommandContext,
    id: string,
    patch: Partial<Activity>,
    visit?: string,
  ): Promise<boolean> =>
    dispatched(c, patchRow('activities', id, patch), { key: 'history.editActivity' }, visit),

  'activity/add': async (
    c: CommandContext,
    initial: NewActivityInitial = {},
  ): Promise<string | null> => {
    const d = c.get().data;
    if (!d) return null;
    const id = c.deps.newId();
    const activity = newActivity(d, id, initial);
    if (!activity) return null;
    const ok = await c
      .get()
      .undoable({ key: 'history.addActivity' }, () => [
        { table: 'activities', key: id, before: null, after: activity },
      ]);
    return ok ? id : null;
  },

  'activity/delete': async (c: CommandContext, id: string): Promise<boolean> => {
    const done = await c.get().undoableStep({ key: 'history.deleteActivity' }, async (read) => {
      const before = await read('activities', id);
      return before ? [{ table: 'activities', key: id, before, after: null }] : [];
    });
    // The notice's undo names this step, whatever steps come after it.
    if (done.ok) c.get().showNotice({ key: 'notice.activityDeleted' }, 'info', done.seq);
    return done.ok;
  },

  /** A force set or lifted is a decision (issue 12): who and when are recorded with it. */
  'activity/force': (c: CommandContext, id: string, force: Force | null): Promise<boolean> =>
    forceAsDecision(c, id, force),
} satisfies CommandMap;
