import { invertRows, mergeFields, type RowDelta } from '../../shared/delta/delta';

export { invertRows };

/**
 * Merges a step's changes with the next ones of the same field visit (one visit, one step): when
 * both change only fields of the same rows, each field keeps its first `before` and last `after`;
 * otherwise the changes are kept in sequence, which applies and undoes the same.
 */
export function mergeDeltas(first: readonly RowDelta[], next: readonly RowDelta[]): RowDelta[] {
  const id = (d: RowDelta) => `${d.table}/${d.key}`;
  const sameRows =
    first.length === next.length &&
    first.every((d, i) => d.op === 'update' && next[i]?.op === 'update' && id(d) === id(next[i]));
  if (!sameRows) return [...first, ...next];
  return first.map((d, i) => {
    const n = next[i];
    if (d.op !== 'update' || n?.op !== 'update') return d;
    return { ...d, fields: mergeFields(d.fields, n.fields) };
  });
}
