/** Area `theme`: the MJP's focuses and themes, adding and deleting one. */
import type { Theme } from '../../../shared/domain/schemas';
import { deleteRefusal, newTheme } from '../../../shared/edit/organisation';
import { patchRow } from './calls';
import { dispatched, organisationStep, type CommandContext, type CommandMap } from './context';

/** The store commands of the area. */
export const themeCommands = {
  'theme/update': (
    c: CommandContext,
    id: string,
    patch: Partial<Theme>,
    visit?: string,
  ): Promise<boolean> =>
    dispatched(c, patchRow('themes', id, patch), { key: 'history.editTheme' }, visit),

  'theme/add': (c: CommandContext, parentId: string | null): Promise<boolean> => {
    const d = c.get().data;
    if (!d) return Promise.resolve(false);
    const id = c.deps.newId();
    const theme = newTheme(d.programme.mjpId, d.themes, parentId, id);
    return c
      .get()
      .undoable({ key: 'history.addTheme' }, () => [
        { table: 'themes', key: id, before: null, after: theme },
      ]);
  },

  'theme/delete': (c: CommandContext, id: string): Promise<boolean> => {
    const theme = c.get().data?.themes.find((t) => t.id === id);
    if (!theme) return Promise.resolve(false);
    return organisationStep(c, { key: 'history.deleteTheme' }, (rows) => {
      const refusal = deleteRefusal(rows, 'theme', id, theme.name);
      if (refusal) return refusal;
      const current = rows.themes.find((t) => t.id === id);
      return current ? [{ table: 'themes', key: id, before: current, after: null }] : [];
    });
  },
} satisfies CommandMap;
