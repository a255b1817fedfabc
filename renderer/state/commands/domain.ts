/** Area `domain`: the organisation's supervision domains, adding and deleting one. */
import type { Domain } from '../../../shared/domain/schemas';
import { deleteRefusal, newDomain } from '../../../shared/edit/organisation';
import { patchRow } from './calls';
import { dispatched, organisationStep, type CommandContext, type CommandMap } from './context';

/** The store commands of the area. */
export const domainCommands = {
  'domain/update': (
    c: CommandContext,
    id: string,
    patch: Partial<Domain>,
    visit?: string,
  ): Promise<boolean> =>
    dispatched(c, patchRow('domains', id, patch), { key: 'history.editDomain' }, visit),

  'domain/add': (c: CommandContext): Promise<boolean> => {
    const d = c.get().data;
    if (!d) return Promise.resolve(false);
    const id = c.deps.newId();
    const domain = newDomain(d.organisation.id, d.domains, id);
    return c
      .get()
      .undoable({ key: 'history.addDomain' }, () => [
        { table: 'domains', key: id, before: null, after: domain },
      ]);
  },

  'domain/delete': (c: CommandContext, id: string): Promise<boolean> => {
    const domain = c.get().data?.domains.find((x) => x.id === id);
    if (!domain) return Promise.resolve(false);
    return organisationStep(c, { key: 'history.deleteDomain' }, (rows) => {
      const refusal = deleteRefusal(rows, 'domain', id, domain.name);
      if (refusal) return refusal;
      const current = rows.domains.find((x) => x.id === id);
      return current ? [{ table: 'domains', key: id, before: current, after: null }] : [];
    });
  },
} satisfies CommandMap;
