/**
 * Areas `programme` and `scheme`: the programme's own fields, its risk model's weights, and
 * *Nieuw werkprogramma* (year N+1 made from year N in one undoable step).
 */
import type { Path } from '../../../shared/delta/delta';
import type { Activity, Mjp, Programme, Theme } from '../../../shared/domain/schemas';
import {
  copyForward,
  copyForwardIds,
  programmeNameFor,
  type CopyChoices,
  type CopyIds,
} from '../../../shared/edit/copy-forward';
import { withSchemeRatio } from '../../../shared/edit/programme';
import type { Message } from '../../../shared/i18n/translate';
import type { Rows, TableName } from '../../db/koers-db';
import { ROW_SCHEMAS, type Change } from '../../db/repositories/rows';
import type { DispatchResult, ReadRow } from '../types';
import { patchRow, setField, type CommandCall } from './calls';
import { Refusal, refusalOf } from './refusal';
import {
  changeRow,
  dispatched,
  type CommandContext,
  type CommandMap,
  type EditsOf,
} from './context';

/** The rows read by key, those that exist. */
async function readAll<T extends TableName>(
  read: ReadRow,
  table: T,
  keys: Iterable<string>,
): Promise<Rows[T][]> {
  const out: Rows[T][] = [];
  // One by one: reads inside a Dexie transaction stay in its zone.
  for (const key of new Set(keys)) {
    const row = (await read(table, key)) as Rows[T] | null;
    if (row !== null) out.push(row);
  }
  return out;
}

/** A new row checked whole by its table's schema (the rules the file reader applies). */
function inserted(table: 'programmes' | 'activities', key: string, row: unknown): Change {
  const parsed = ROW_SCHEMAS[table].safeParse(row, { reportInput: true });
  if (!parsed.success) throw new Refusal(refusalOf(parsed.error));
  return { table, key, before: null, after: parsed.data } as Change;
}

/** The data commands of the area (journalled, replayable). */
export const programmeEdits: EditsOf<'scheme/ratio' | 'programme/copy-forward'> = {
  'scheme/ratio': (programmeId, a, b, ratio) => (read) =>
    changeRow(read, 'programmes', programmeId, (p: Programme) => withSchemeRatio(p, a, b, ratio)),

  /**
   * Year N+1 from programme N: the new programme and the carried activities, inserted in one step
   * (undo removes them all). Reads what it copies inside the write's transaction; the ids come
   * with the call, so a replay of the journal makes the same rows, and one already made is left.
   */
  'programme/copy-forward': (programmeId, choices, ids) => async (read, snapshot) => {
    if ((await read('programmes', ids.programmeId)) !== null) return [];
    const programme = await read('programmes', programmeId);
    if (programme === null) return [];
    const activities = (await readAll(read, 'activities', choices.carry)).filter(
      (a: Activity) => a.programmeId === programme.id,
    );
    const mjps: Mjp[] = await readAll(
      read,
      'mjps',
      [programme.mjpId, choices.mjpId].filter((x): x is NonNullable<typeof x> => x !== null),
    );
    const themeIds = [
      ...activities.flatMap((a) => [a.primaryThemeId, ...a.secondaryThemeIds]),
      ...Object.values(choices.themeMap).filter((x): x is string => x !== null),
    ];
    const themes: Theme[] = await readAll(read, 'themes', themeIds);
    // Every programme of the organisation, read in this write: a second N+1 is refused here too.
    const programmes = (await snapshot?.(programme.id))?.programmes ?? [programme];
    const made = copyForward({ programme, programmes, activities, mjps, themes }, choices, ids);
    if (!made.ok) throw new Refusal(made.error);
    return [
      inserted('programmes', made.value.programme.id, made.value.programme),
      ...made.value.activities.map((a) => inserted('activities', a.id, a)),
    ];
  },
};

/** The call that makes year N+1 from programme N. */
export const copyForwardCall = (
  programmeId: string,
  choices: CopyChoices,
  ids: CopyIds,
): CommandCall => ({ name: 'programme/copy-forward', args: [programmeId, choices, ids] });

/** The store commands of the area. */
export const programmeCommands = {
  'programme/update': (
    c: CommandContext,
    patch: Partial<Programme>,
    visit?: string,
  ): Promise<boolean> => {
    const id = c.get().data?.programme.id;
    if (id === undefined) return Promise.resolve(false);
    return dispatched(
      c,
      patchRow('programmes', id, patch),
      { key: 'history.editProgramme' },
      visit,
    );
  },

  'programme/set-field': (
    c: CommandContext,
    path: Path,
    value: unknown,
    label?: Message,
    visit?: string | null,
  ): Promise<DispatchResult> => {
    const id = c.get().data?.programme.id;
    if (id === undefined)
      return Promise.resolve({ ok: false, error: { key: 'error.saveFailed' }, refused: false });
    return c.get().dispatch(setField('programmes', id, path, value), {
      label: label ?? { key: 'history.editProgramme' },
      visit: visit ?? null,
    });
  },

  /**
   * Makes year N+1 from the programme on screen with the person's choices, as one undoable step,
   * and shows the new programme in this window. Refused in Dutch (nothing written) when a
   * programme for N+1 exists or the choices cannot be made.
   */
  'programme/next-year': async (
    c: CommandContext,
    choices: CopyChoices,
  ): Promise<DispatchResult> => {
    const d = c.get().data;
    if (!d) return { ok: false, error: { key: 'error.saveFailed' }, refused: false };
    const ids = copyForwardIds(d, c.deps.newId);
    // The same copy on the rows on screen: its refusal before anything is queued, and its count.
    const preview = copyForward(d, choices, ids);
    if (!preview.ok) {
      c.get().showNotice(preview.error, 'error');
      return { ok: false, error: preview.error, refused: true };
    }
    const name = programmeNameFor(d.programme.year + 1);
    const result = await c.get().dispatch(copyForwardCall(d.programme.id, choices, ids), {
      label: { key: 'history.copyForward', params: { name } },
    });
    if (result.ok) {
      c.get().chooseProgramme(ids.programmeId);
      const count = preview.value.activities.length;
      c.get().showNotice({ key: 'copy.done', params: { name, count } }, 'info', result.seq);
    }
    return result;
  },
} satisfies CommandMap;
