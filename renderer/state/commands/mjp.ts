/**
 * Area `mjp`: multi-year perspectives as data (issue 10, "An MJP is data"): adding one with its
 * first focuses and themes (or goals) in one step, its name and period, adding an entry to any
 * MJP of the organisation, and the order of its entries. Renaming, describing and deleting an
 * entry are the `theme` area's (`row/set` and `theme/delete`, with the in-use refusal).
 */
import type { Mjp, Theme } from '../../../shared/domain/schemas';
import {
  movedOrders,
  newEntry,
  newMjpRows,
  periodRefusal,
  withMjpPatch,
  type NewMjpInput,
} from '../../../shared/edit/mjp';
import type { Message } from '../../../shared/i18n/translate';
import { ROW_SCHEMAS, type Change } from '../../db/repositories/rows';
import type { ReadRow } from '../types';
import {
  changeRow,
  dispatched,
  type CommandContext,
  type CommandMap,
  type EditsOf,
} from './context';
import { Refusal, refusalOf } from './refusal';

/** A new row, checked whole by its table's schema; nothing when a replay finds it written. */
async function insertRow(
  read: ReadRow,
  table: 'mjps' | 'themes',
  row: Mjp | Theme,
): Promise<Change[]> {
  const parsed = ROW_SCHEMAS[table].safeParse(row, { reportInput: true });
  if (!parsed.success) throw new Refusal(refusalOf(parsed.error));
  if ((await read(table, row.id)) !== null) return [];
  return [{ table, key: row.id, before: null, after: parsed.data } as Change];
}

/** The data commands of the area (journalled, replayable). */
export const mjpEdits: EditsOf<'mjp/add' | 'mjp/update' | 'mjp/theme-add' | 'mjp/theme-order'> = {
  'mjp/add': (mjp, themes) => async (read) => {
    const period = periodRefusal(mjp.startYear, mjp.endYear);
    if (period) throw new Refusal(period);
    const ids = new Set<string>(themes.map((t) => t.id));
    if (themes.some((t) => t.mjpId !== mjp.id || (t.parentId !== null && !ids.has(t.parentId))))
      throw new Refusal({ key: 'mjp.broken' });
    const out = await insertRow(read, 'mjps', mjp);
    for (const t of themes) out.push(...(await insertRow(read, 'themes', t)));
    return out;
  },

  'mjp/update': (id, patch) => (read) =>
    changeRow(read, 'mjps', id, (m: Mjp) => {
      const next = withMjpPatch(m, patch);
      if ('refused' in next) throw new Refusal(next.refused);
      return next;
    }),

  'mjp/theme-add': (theme) => async (read) => {
    if ((await read('mjps', theme.mjpId)) === null) throw new Refusal({ key: 'mjp.broken' });
    if (theme.parentId !== null && (await read('themes', theme.parentId)) === null)
      throw new Refusal({ key: 'mjp.broken' });
    return insertRow(read, 'themes', theme);
  },

  'mjp/theme-order': (orders) => async (read) => {
    const out: Change[] = [];
    for (const [id, order] of orders)
      out.push(...(await changeRow(read, 'themes', id, (t: Theme) => ({ ...t, order }))));
    return out;
  },
};

/** What adding an MJP came to: its id, or the Dutch reason nothing was added. */
export type MjpAddResult =
  { readonly ok: true; readonly id: string } | { readonly ok: false; readonly error: Message };

/** The store commands of the area. */
export const mjpCommands = {
  /** Adds an MJP from the *MJP toevoegen* form, as one undoable step. */
  'mjp/create': async (c: CommandContext, input: NewMjpInput): Promise<MjpAddResult> => {
    const d = c.get().data;
    if (!d) return { ok: false, error: { key: 'error.saveFailed' } };
    const rows = newMjpRows(input, d.mjps, () => c.deps.newId());
    if (!rows.ok) return rows;
    const result = await c
      .get()
      .dispatch(
        { name: 'mjp/add', args: [rows.mjp, rows.themes] },
        { label: { key: 'history.addMjp', params: { name: rows.mjp.name } }, quiet: true },
      );
    return result.ok ? { ok: true, id: rows.mjp.id } : { ok: false, error: result.error };
  },

  /** Adds a focus or goal (no parent) or a theme under a focus to an MJP; answers its id. */
  'mjp/theme-create': async (
    c: CommandContext,
    mjpId: string,
    parentId: string | null,
  ): Promise<string | null> => {
    const d = c.get().data;
    if (!d) return null;
    const theme = newEntry(mjpId, d.themes, parentId, c.deps.newId());
    const ok = await dispatched(
      c,
      { name: 'mjp/theme-add', args: [theme] },
      { key: 'history.addTheme' },
    );
    return ok ? theme.id : null;
  },

  /** Moves an entry one place up or down among its siblings. */
  'mjp/theme-move': (c: CommandContext, id: string, direction: 'up' | 'down'): Promise<boolean> => {
    const orders = movedOrders(c.get().data?.themes ?? [], id, direction);
    if (orders.length === 0) return Promise.resolve(false);
    return dispatched(c, { name: 'mjp/theme-order', args: [orders] }, { key: 'history.moveTheme' });
  },
} satisfies CommandMap;
