import {
  deepEqual,
  getAt,
  invertRows,
  type FieldChange,
  type Path,
  type RowDelta,
} from '../../shared/delta/delta';

export { invertRows };

/** A path as text (list items by id, their position ignored). */
const pathText = (p: Path): string =>
  p.map((s) => (typeof s === 'string' ? `.${s}` : `#${s.by}=${s.id}`)).join('');

/** The coarsest of a set of paths: drop every path that lies inside another one of them. */
function coarsest(paths: readonly Path[]): Path[] {
  const unique = new Map(paths.map((p) => [pathText(p), p]));
  return [...unique.values()].filter(
    (p) =>
      ![...unique.values()].some((q) => q.length < p.length && pathText(p).startsWith(pathText(q))),
  );
}

/**
 * Merges a step with the next write of the same field visit (one visit, one step) into the
 * visit's net effect: for each row, the coarsest paths the visit touched, from the row as it was
 * when the visit began (`start`) to the row as it is now (`now`); a path that ends where it began
 * drops out. So a visit is undone as one change even when another window wrote the same field in
 * between, and undo changes it only where it still holds what the visit left. Rows created or
 * deleted in the visit keep their changes in sequence, which applies and undoes the same.
 */
export function mergeDeltas(
  first: readonly RowDelta[],
  next: readonly RowDelta[],
  start: ReadonlyMap<string, unknown>,
  now: ReadonlyMap<string, unknown>,
): RowDelta[] {
  const id = (d: RowDelta) => `${d.table}/${d.key}`;
  if ([...first, ...next].some((d) => d.op !== 'update' || !start.has(id(d))))
    return [...first, ...next];
  const rows = [...new Set([...first, ...next].map(id))];
  return rows.flatMap((row): RowDelta[] => {
    const all = [...first, ...next].filter((d) => id(d) === row);
    const d = all[0];
    if (d?.op !== 'update') return [];
    const paths = coarsest(
      all.flatMap((x) => (x.op === 'update' ? x.fields.map((f) => f.path) : [])),
    );
    const fields: FieldChange[] = paths
      .map((path) => ({
        path,
        before: getAt(start.get(row), path),
        after: getAt(now.get(row), path),
      }))
      .filter((f) => !deepEqual(f.before, f.after));
    return fields.length === 0 ? [] : [{ ...d, fields }];
  });
}
