// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentLanguage, setLanguage, type Language } from '../../shared/i18n/language';
import { translate } from '../../shared/i18n/translate';
import type { HostApi } from '../../shared/contract/host-api';
import { chooseLanguage, readLanguage, startLanguage, startLanguageSetting } from './language';

/** A host with only the language members (the rest is never called here). */
function languageHost() {
  let picked: ((language: Language) => void) | undefined;
  const host = {
    setLanguage: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    onLanguageChosen: vi.fn((listener: (language: Language) => void) => {
      picked = listener;
      return () => undefined;
    }),
  };
  return {
    host: host as unknown as HostApi,
    setLanguage: host.setLanguage,
    pick: (l: Language) => picked?.(l),
  };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('nl');
});
afterEach(() => {
  setLanguage('nl');
});

describe('the language setting of this computer (issue 14)', () => {
  it('starts in the system language: English for en-*, Dutch otherwise and when unknown', () => {
    expect(startLanguage({ languages: ['en-GB', 'nl'] })).toBe('en');
    expect(startLanguage({ languages: ['en-US'] })).toBe('en');
    expect(startLanguage({ languages: ['nl-BE', 'en'] })).toBe('nl');
    expect(startLanguage({ languages: ['de-DE'] })).toBe('nl');
    expect(startLanguage({ languages: [], language: '' })).toBe('nl');
    expect(startLanguage({})).toBe('nl');
  });

  it('remembers a choice, which then wins over the system language', () => {
    chooseLanguage('en');
    expect(readLanguage()).toBe('en');
    expect(startLanguage({ languages: ['nl-NL'] })).toBe('en');
    chooseLanguage('nl');
    expect(startLanguage({ languages: ['en-GB'] })).toBe('nl');
  });

  it('ignores a stored value that is not a language', () => {
    localStorage.setItem('koers-language', 'fr');
    expect(readLanguage()).toBeNull();
  });

  it('keeps <html lang>, the messages and the host’s menu in step, and takes a menu pick as chosen', () => {
    localStorage.setItem('koers-language', 'en');
    const { host, setLanguage: menu, pick } = languageHost();
    startLanguageSetting(host);
    expect(currentLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(menu).toHaveBeenLastCalledWith('en');
    expect(translate('nav.settings')).toBe('Settings');

    pick('nl'); // Beeld › Taal › Nederlands in the desktop app's menu
    expect(currentLanguage()).toBe('nl');
    expect(readLanguage()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
    expect(menu).toHaveBeenLastCalledWith('nl');
    expect(translate('nav.settings')).toBe('Instellingen');
  });
});
