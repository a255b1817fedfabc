import type { OrganisationRows } from '../../../shared/domain/references';
import type { Message } from '../../../shared/i18n/translate';
import type { TableName } from '../../db/koers-db';
import { readBundle } from '../../db/repositories/bundle';
import { ROW_SCHEMAS, type Change } from '../../db/repositories/rows';
import type { KoersState, Mutation, ReadRow, StoreDeps } from '../types';
import type { CommandCall, CommandName } from './calls';
import { Refusal, refusalOf } from './refusal';

/** What a store command works with: the store's outside world, its state and its setter. */
export type CommandContext = {
  readonly deps: StoreDeps;
  readonly get: () => KoersState;
  readonly set: (partial: Partial<KoersState>) => void;
};

/** A map of store commands of one area, by name (area/verb). */
export type CommandMap = Record<string, (c: CommandContext, ...args: never[]) => unknown>;

/** The arguments of the data command named K. */
export type EditArgs<K extends CommandName> = Extract<CommandCall, { name: K }>['args'];

/** What each of the named data commands changes, given the rows as they are when it runs. */
export type EditsOf<K extends CommandName> = { [N in K]: (...args: EditArgs<N>) => Mutation };

/**
 * The one change of a row: read anew inside the write's transaction, changed only where the
 * command names, and checked whole by the table's schema (the rules the file reader applies), so
 * what a form accepts a backup can always read back.
 */
export async function changeRow<T extends TableName>(
  read: ReadRow,
  table: T,
  key: string,
  edit: (row: NonNullable<Extract<Change, { table: T }>['before']>) => unknown,
): Promise<Change[]> {
  const before = await read(table, key);
  if (before === null) return [];
  const candidate = edit(before as never);
  const parsed = ROW_SCHEMAS[table].safeParse(candidate, { reportInput: true });
  if (!parsed.success) throw new Refusal(refusalOf(parsed.error));
  return [{ table, key, before, after: parsed.data } as Change];
}

/** Runs a data command as one undoable step and says whether it was written. */
export const dispatched = async (
  c: CommandContext,
  call: CommandCall,
  label: Message,
  visit?: string | null,
): Promise<boolean> => (await c.get().dispatch(call, { label, visit: visit ?? null })).ok;

/**
 * One undoable step planned from every row of the organisation on screen (read from the
 * database, not only the programme on screen): the plan gives the changes, or the Dutch reason
 * it refuses, shown as a notice while nothing is written.
 */
export async function organisationStep(
  c: CommandContext,
  label: Message,
  plan: (rows: OrganisationRows) => Change[] | Message,
): Promise<boolean> {
  const orgId = c.get().data?.organisation.id;
  if (orgId === undefined) return false;
  const refusal: { message: Message | null } = { message: null };
  const done = await c.get().undoable(label, async () => {
    const rows = await readBundle(c.deps.db, orgId);
    if (!rows) return [];
    const planned = plan(rows);
    if (Array.isArray(planned)) return planned;
    refusal.message = planned;
    return [];
  });
  if (refusal.message !== null) {
    c.get().showNotice(refusal.message, 'error');
    return false;
  }
  return done;
}
