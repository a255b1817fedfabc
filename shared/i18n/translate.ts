import { nl, type MessageKey } from './messages.nl';

/** Values that fill `{name}` placeholders in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message to show later: a key and its parameters (what handlers and validators return). */
export type Message = { readonly key: MessageKey; readonly params?: MessageParams };

/** A catalogue maps every key to its text in one language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** Fills a message's placeholders from the given catalogue (Dutch by default). */
export function translate(
  key: MessageKey,
  params: MessageParams = {},
  catalogue: Catalogue = nl,
): string {
  return catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
