/** Area `row`: the generic field edits every form uses (a path within one row). */
import { setAt } from '../../../shared/delta/delta';
import { changeRow, type EditsOf } from './context';

/** The data commands of the area. */
export const rowEdits: EditsOf<'row/set' | 'row/set-many' | 'row/patch'> = {
  'row/set': (table, key, path, value) => (read) =>
    changeRow(read, table, key, (row) => setAt(row, path, value)),

  'row/set-many': (table, key, fields) => (read) =>
    changeRow(read, table, key, (row) =>
      fields.reduce<unknown>((r, [path, value]) => setAt(r, path, value), row),
    ),

  'row/patch': (table, key, patch) => (read) =>
    changeRow(read, table, key, (row) => ({ ...row, ...patch })),
};
