/**
 * Field-level changes to rows (Excalidraw's `Delta`: one change with `inverse()` and `applyTo()`,
 * arrays keyed by id). A row's change is the list of fields that changed, each addressed by a
 * path of property names and list items by id, so two edits to different fields of one row, from
 * two windows or two steps, never overwrite each other; undo applies the inverse only where the
 * current value is still what the step left (checked against the current value).
 */

/** A list item addressed by its id (`by` names the id property: `id`, `teamId` or `scale`). */
export type ItemKey = { readonly by: string; readonly id: string; readonly at?: number };

/** One step of a path: a property name, or a list item by id. */
export type PathKey = string | ItemKey;

/** Where a field sits inside a row. */
export type Path = readonly PathKey[];

/** One field's change; `undefined` means absent (a list item added or removed, an optional key). */
export type FieldChange = {
  readonly path: Path;
  readonly before: unknown;
  readonly after: unknown;
};

/** A row's change: inserted whole, deleted whole, or some of its fields changed. */
export type RowDelta =
  | { readonly table: string; readonly key: string; readonly op: 'insert'; readonly row: unknown }
  | { readonly table: string; readonly key: string; readonly op: 'delete'; readonly row: unknown }
  | {
      readonly table: string;
      readonly key: string;
      readonly op: 'update';
      readonly fields: readonly FieldChange[];
    };

/** The properties that identify list items, in the order they are tried. */
const ID_PROPS = ['id', 'teamId', 'scale'] as const;

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structural equality of JSON-like values (rows are JSON: no dates, maps or cycles). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The id property shared by every item of both lists, when all items have a distinct one. */
function idPropOf(a: readonly unknown[], b: readonly unknown[]): string | null {
  const items = [...a, ...b];
  if (items.length === 0) return null;
  for (const prop of ID_PROPS) {
    if (!items.every((x) => isPlain(x) && ['string', 'number'].includes(typeof x[prop]))) continue;
    const unique = (list: readonly unknown[]) =>
      new Set(list.map((x) => String((x as Plain)[prop]))).size === list.length;
    if (unique(a) && unique(b)) return prop;
  }
  return null;
}

/** True when the items both lists keep appear in the same order in each. */
function sameOrder(a: readonly Plain[], b: readonly Plain[], by: string): boolean {
  const inB = new Set(b.map((x) => x[by]));
  const inA = new Set(a.map((x) => x[by]));
  const keptA = a.filter((x) => inB.has(x[by])).map((x) => x[by]);
  const keptB = b.filter((x) => inA.has(x[by])).map((x) => x[by]);
  return keptA.every((id, i) => id === keptB[i]);
}

/** The fields that differ between two values, with paths relative to them. */
export function diffValues(before: unknown, after: unknown, path: Path = []): FieldChange[] {
  if (deepEqual(before, after)) return [];
  if (isPlain(before) && isPlain(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const by = idPropOf(before, after);
    if (by !== null && sameOrder(before as Plain[], after as Plain[], by)) {
      const a = before as Plain[];
      const b = after as Plain[];
      const changes: FieldChange[] = [];
      // Removals last-first, so their inverse puts them back first-first, each at its place.
      for (let at = a.length - 1; at >= 0; at -= 1) {
        const item = a[at] as Plain;
        if (!b.some((x) => x[by] === item[by]))
          changes.push({
            path: [...path, { by, id: String(item[by]), at }],
            before: item,
            after: undefined,
          });
      }
      b.forEach((item, at) => {
        const old = a.find((x) => x[by] === item[by]);
        const key = { by, id: String(item[by]) };
        if (old === undefined)
          changes.push({ path: [...path, { ...key, at }], before: undefined, after: item });
        else changes.push(...diffValues(old, item, [...path, key]));
      });
      return changes;
    }
  }
  return [{ path, before, after }];
}

/** True when a list element is the item a path step names. */
const isItem = (x: unknown, step: ItemKey): boolean =>
  isPlain(x) && x[step.by] !== undefined && String(x[step.by]) === step.id;

/** The value at a path, or undefined when any step of it is absent. */
export function getAt(value: unknown, path: Path): unknown {
  let here = value;
  for (const step of path) {
    if (typeof step === 'string') {
      if (!isPlain(here)) return undefined;
      here = here[step];
    } else {
      if (!Array.isArray(here)) return undefined;
      here = (here as unknown[]).find((x) => isItem(x, step));
    }
  }
  return here;
}

/** A copy of `value` with the field at `path` set (undefined removes it); untouched parts are shared. */
export function setAt(value: unknown, path: Path, next: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return next;
  if (next === undefined && getAt(value, path) === undefined) return value;
  if (typeof step === 'string') {
    const obj: Plain = isPlain(value) ? value : {};
    const inner = setAt(obj[step], rest, next);
    if (inner === undefined)
      return Object.fromEntries(Object.entries(obj).filter(([k]) => k !== step));
    return { ...obj, [step]: inner };
  }
  const list: unknown[] = Array.isArray(value) ? [...(value as unknown[])] : [];
  const index = list.findIndex((x) => isItem(x, step));
  const inner = setAt(index >= 0 ? list[index] : undefined, rest, next);
  if (index >= 0) {
    if (inner === undefined) list.splice(index, 1);
    else list[index] = inner;
  } else if (inner !== undefined) {
    list.splice(Math.min(step.at ?? list.length, list.length), 0, inner);
  }
  return list;
}

/** Applies field changes in order: each field becomes its `after`. */
export function applyFields<T>(row: T, fields: readonly FieldChange[]): T {
  return fields.reduce<unknown>((r, f) => setAt(r, f.path, f.after), row) as T;
}

/**
 * Applies field changes only where the current value is still the change's `before`; the rest
 * are conflicts (another window or step changed that field since) and are left as they are.
 */
export function applyFieldsChecked<T>(
  row: T,
  fields: readonly FieldChange[],
): { row: T; applied: number; conflicts: number } {
  let current: unknown = row;
  let applied = 0;
  let conflicts = 0;
  for (const f of fields) {
    const here = getAt(current, f.path);
    if (deepEqual(here, f.after)) continue;
    if (deepEqual(here, f.before)) {
      current = setAt(current, f.path, f.after);
      applied += 1;
    } else conflicts += 1;
  }
  return { row: current as T, applied, conflicts };
}

/** The change that undoes a list of field changes (reverse order, before and after swapped). */
export function invertFields(fields: readonly FieldChange[]): FieldChange[] {
  return [...fields].reverse().map((f) => ({ path: f.path, before: f.after, after: f.before }));
}

/** The change of a row from `before` to `after` (null = absent); null when nothing changes. */
export function diffRow(
  table: string,
  key: string,
  before: unknown,
  after: unknown,
): RowDelta | null {
  if (before === null && after === null) return null;
  if (before === null) return { table, key, op: 'insert', row: after };
  if (after === null) return { table, key, op: 'delete', row: before };
  const fields = diffValues(before, after);
  return fields.length === 0 ? null : { table, key, op: 'update', fields };
}

/** The change that undoes a row change. */
export function invertRow(delta: RowDelta): RowDelta {
  if (delta.op === 'insert') return { ...delta, op: 'delete' };
  if (delta.op === 'delete') return { ...delta, op: 'insert' };
  return { ...delta, fields: invertFields(delta.fields) };
}

/** The change that undoes a list of row changes (reverse order). */
export function invertRows(deltas: readonly RowDelta[]): RowDelta[] {
  return [...deltas].reverse().map(invertRow);
}

/** A path as text, for comparing paths (list items by id, their position ignored). */
const pathId = (p: Path): string[] =>
  p.map((s) => (typeof s === 'string' ? `.${s}` : `#${s.by}=${s.id}`));

/** True when one path lies inside the other (or they are the same). */
function overlaps(a: Path, b: Path): boolean {
  const x = pathId(a);
  const y = pathId(b);
  return x.slice(0, y.length).join() === y.slice(0, x.length).join();
}

/**
 * Merges two successive changes of one row into one (typing in a field: one step per visit):
 * each path keeps its first `before` and its last `after`, and a path that ends where it began
 * drops. When paths nest (a list replaced, then one of its items changed) the changes are kept in
 * sequence instead, which applies and inverts the same.
 */
export function mergeFields(
  first: readonly FieldChange[],
  second: readonly FieldChange[],
): FieldChange[] {
  const all = [...first, ...second];
  const nested = all.some((f, i) =>
    all.some(
      (g, j) =>
        j > i && overlaps(f.path, g.path) && pathId(f.path).join() !== pathId(g.path).join(),
    ),
  );
  // Items that come and go can change a list's order; only plain field edits collapse.
  const comesOrGoes = all.some((f) => f.before === undefined || f.after === undefined);
  if (nested || comesOrGoes) return all;
  const merged = new Map<string, FieldChange>();
  for (const f of all) {
    const id = pathId(f.path).join();
    const old = merged.get(id);
    merged.set(id, old ? { path: old.path, before: old.before, after: f.after } : f);
  }
  return [...merged.values()].filter((f) => !deepEqual(f.before, f.after));
}
