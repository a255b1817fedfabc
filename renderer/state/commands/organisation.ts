/** Area `organisation`: the organisation's own fields (name, productive hours per FTE, …). */
import type { Organisation } from '../../../shared/domain/schemas';
import { patchRow } from './calls';
import { dispatched, type CommandContext, type CommandMap } from './context';

/** The store commands of the area. */
export const organisationCommands = {
  'organisation/update': (
    c: CommandContext,
    patch: Partial<Organisation>,
    visit?: string,
  ): Promise<boolean> => {
    const id = c.get().data?.organisation.id;
    if (id === undefined) return Promise.resolve(false);
    return dispatched(
      c,
      patchRow('organisations', id, patch),
      { key: 'history.editOrganisation' },
      visit,
    );
  },
} satisfies CommandMap;
