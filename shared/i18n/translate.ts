import { nl, type MessageKey } from './messages.nl';
import { en } from './messages.en';
import { currentLanguage, type Language } from './language';

/** Values that fill `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message to show later: a key and its parameters (what handlers and validators return). */
export type Message = { readonly key: MessageKey; readonly params?: MessageParams };

/** A catalogue maps every key to its text in one language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The catalogue of each language. */
export const CATALOGUES: { readonly [L in Language]: Catalogue } = { nl, en };

/**
 * Fills a message's placeholders from the given catalogue (by default the current language's,
 * `shared/i18n/language.ts`). `{name}` is the value; `{name:one|other}` is the word that goes
 * with it: `one` when the value is 1, else `other` (Dutch and English both have these two forms:
 * "1 activiteit", "2 activiteiten", "0 activiteiten"; "1 activity", "0 activities").
 */
export function translate(
  key: MessageKey,
  params: MessageParams = {},
  catalogue: Catalogue = CATALOGUES[currentLanguage()],
): string {
  return catalogue[key].replace(
    /\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one !== undefined && other !== undefined) return isOne(value) ? one : other;
      return String(value);
    },
  );
}

/** Whether a count (a number, or a number already formatted as text) is exactly one. */
function isOne(value: string | number): boolean {
  return typeof value === 'number' ? value === 1 : value.trim() === '1';
}
