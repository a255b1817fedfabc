/**
 * The language Koers speaks, one setting for the whole page: messages (`translate`), numbers,
 * money, dates and plurals (`shared/format/nl.ts`), and exports read it here, so no call site
 * passes a language along. The renderer sets it from the language setting (renderer/platform/
 * language.ts) before it draws; Dutch until then. Module state, not a clock or a random
 * source, so shared/ stays deterministic for a given language.
 */

/** The languages Koers has a catalogue for. */
export const LANGUAGES = ['nl', 'en'] as const;

/** A language Koers speaks: Dutch (`nl`, the base catalogue) or British English (`en`). */
export type Language = (typeof LANGUAGES)[number];

/** The BCP 47 tag used for `<html lang>` and Intl formats, per language. */
export const LANGUAGE_TAG: { readonly [L in Language]: string } = { nl: 'nl-NL', en: 'en-GB' };

let current: Language = 'nl';
const listeners = new Set<(language: Language) => void>();

/** The language messages and formats are written in now. */
export function currentLanguage(): Language {
  return current;
}

/** Switches the language for everything written from now on and tells the listeners. */
export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const listener of listeners) listener(language);
}

/** Calls `listener` after every switch; answers the function that stops it. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether a text is one of the languages (a stored setting, an IPC argument). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language for a first start, from the system's language tags (navigator.languages, or
 * Electron's app.getPreferredSystemLanguages()): English when the first tag Koers can tell apart
 * is English, Dutch otherwise, and Dutch when none is known (issue 14).
 */
export function languageFromSystem(tags: readonly (string | undefined | null)[]): Language {
  for (const tag of tags) {
    const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (primary === 'en') return 'en';
    if (primary !== '') return 'nl';
  }
  return 'nl';
}
