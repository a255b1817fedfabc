/**
 * Settings of this computer, not of the data: the name versions and amendments are signed with
 * ("uw naam"; Koers has no accounts). Kept in localStorage, so every window of the app shares it.
 */
const AUTHOR_KEY = 'koers-author';

/** The name the person gave, or '' when none (or storage is unavailable). */
export function readAuthor(): string {
  try {
    return globalThis.localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the person's name for the versions and amendments they make. */
export function writeAuthor(name: string): void {
  try {
    globalThis.localStorage.setItem(AUTHOR_KEY, name.trim());
  } catch {
    // Storage full or refused: the name is asked again next time.
  }
}
