import type { MessageKey, nl } from './messages.nl';

/**
 * The names of a message's placeholders, read from its literal type: `{name}` gives `name`, and
 * the plural form `{n:one|other}` gives `n` (Excalidraw's typed TranslationKeys, one step further:
 * the placeholders are part of the type, so a catalogue that drops or renames one does not compile).
 */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}`
  ? (Inner extends `${infer Name}:${string}` ? Name : Inner) | PlaceholderNames<Rest>
  : never;

/** True when two texts have the same set of placeholder names (order and plural forms free). */
export type SamePlaceholders<A extends string, B extends string> = [PlaceholderNames<A>] extends [
  PlaceholderNames<B>,
]
  ? [PlaceholderNames<B>] extends [PlaceholderNames<A>]
    ? true
    : false
  : false;

/** The Dutch text of a key, as a literal type (the base catalogue every other follows). */
type DutchText<K extends MessageKey> = (typeof nl)[K];

/** The placeholder names of a text, or 'none' when it has none (for the compiler's message). */
type NamesOrNone<S extends string> = [PlaceholderNames<S>] extends [never]
  ? 'none'
  : PlaceholderNames<S>;

/**
 * What a translation must satisfy beyond "a text per key": each text keeps the Dutch text's
 * placeholders. A text that does not is asked to also be an object naming the placeholders it
 * should have, so the compiler's message points at the key and says what is expected.
 */
export type PlaceholderCheck<T extends Readonly<Record<MessageKey, string>>> = {
  readonly [K in MessageKey]: SamePlaceholders<DutchText<K>, T[K]> extends true
    ? unknown
    : { readonly placeholdersMustBe: NamesOrNone<DutchText<K>> };
};

/** A key in a translation that the Dutch catalogue does not have (left over or misspelt). */
export type ExtraKeyCheck<T> = {
  readonly [K in Exclude<keyof T, MessageKey>]: 'not a key of the Dutch catalogue';
};

/**
 * Declares a translation of the Dutch catalogue. It does not compile when a key is missing
 * (the error lists the missing keys), when a key is not in the Dutch catalogue, or when a text's
 * placeholders differ from the Dutch text's (the error names the key and the placeholders).
 */
export function defineCatalogue<const T extends Readonly<Record<MessageKey, string>>>(
  catalogue: T & PlaceholderCheck<T> & ExtraKeyCheck<T>,
): T {
  return catalogue;
}
