import {
  currentLanguage,
  isLanguage,
  languageFromSystem,
  onLanguageChange,
  setLanguage,
  type Language,
} from '../../shared/i18n/language';
import type { HostApi } from '../../shared/contract/host-api';

/**
 * The language setting of this computer (issue 14): Nederlands or English, kept in localStorage
 * beside "uw naam" (platform/settings.ts), so every window of the app shares it. The first start
 * follows the system language (navigator.languages), Dutch when it is not English or unknown.
 */
const LANGUAGE_KEY = 'koers-language';

/** The language chosen on this computer, or null when none was chosen (or storage refuses). */
export function readLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Remembers the chosen language on this computer. */
export function writeLanguage(language: Language): void {
  try {
    globalThis.localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage full or refused: the language follows the system again next time.
  }
}

/** The language to start in: the one chosen, else the system's (Dutch when unknown). */
export function startLanguage(
  nav: { readonly languages?: readonly string[]; readonly language?: string } = navigator,
): Language {
  return readLanguage() ?? languageFromSystem([...(nav.languages ?? []), nav.language]);
}

/** `<html lang>` for each language (WCAG 3.1.1: the page's language is programmatically set). */
const HTML_LANG: { readonly [L in Language]: string } = { nl: 'nl', en: 'en' };

/** Switches the page to a language the person chose, and remembers it on this computer. */
export function chooseLanguage(language: Language): void {
  writeLanguage(language);
  setLanguage(language);
}

/**
 * Sets the start language before anything is drawn, and keeps `<html lang>` and the host's menu
 * in step with every later switch; a language picked in the host's own menu is taken as chosen.
 */
export function startLanguageSetting(host: HostApi, doc: Document = document): void {
  const follow = (language: Language): void => {
    doc.documentElement.lang = HTML_LANG[language];
    void host.setLanguage?.(language);
  };
  setLanguage(startLanguage());
  follow(currentLanguage());
  onLanguageChange(follow);
  host.onLanguageChosen?.(chooseLanguage);
}
