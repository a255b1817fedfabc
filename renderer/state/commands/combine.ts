/** One intersection of a union of maps (the combined map has every member of each). */
type Merged<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/**
 * Joins the command maps of the areas into one (Actual Budget's `combine()` in
 * `server/app.ts`): a name that two areas both define is a mistake, refused at start, never a
 * silent override.
 */
export function combine<T extends readonly object[]>(...maps: T): Merged<T[number]> {
  const all: Record<string, unknown> = {};
  for (const map of maps)
    for (const [name, command] of Object.entries(map)) {
      if (name in all) throw new Error(`Commando „${name}” bestaat al in een ander gebied.`);
      all[name] = command;
    }
  return all as Merged<T[number]>;
}
