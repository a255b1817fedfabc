import { useEffect, useRef } from 'react';
import { LANGUAGES, currentLanguage, type Language } from '../../../shared/i18n/language';
import { chooseLanguage } from '../../platform/language';
import { AuthorField } from '../../components/AuthorField';
import { t } from '../../components/i18n';

/** The language a screen redraw follows from; its radio button gets the focus back. */
let switchedFrom: 'keyboard' | null = null;

/** `lang` of each language's own name, so a screen reader says "English" in English. */
const OWN_LANG: { readonly [L in Language]: string } = { nl: 'nl', en: 'en' };

/**
 * Instellingen: the settings of this computer (not of the data): the language and "uw naam".
 * Choosing a language redraws every screen in it; the focus stays on the language chosen.
 */
export function SettingsScreen() {
  const language = currentLanguage();
  const chosen = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (switchedFrom === null) return;
    switchedFrom = null;
    chosen.current?.focus();
  }, []);
  return (
    <section className="screen" aria-labelledby="settings-title">
      <div className="screen__head">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </div>
      <div className="cards">
        <section className="card" aria-labelledby="settings-language">
          <h2 id="settings-language">{t('settings.language')}</h2>
          <p className="muted small" id="settings-language-hint">
            {t('settings.languageHint')}
          </p>
          <div
            className="settings-language"
            role="radiogroup"
            aria-labelledby="settings-language"
            aria-describedby="settings-language-hint"
          >
            {LANGUAGES.map((l) => (
              <label key={l} className="settings-language__option" lang={OWN_LANG[l]}>
                <input
                  ref={l === language ? chosen : undefined}
                  type="radio"
                  name="koers-language"
                  value={l}
                  checked={l === language}
                  onChange={() => {
                    switchedFrom = 'keyboard';
                    chooseLanguage(l);
                  }}
                />
                {t(`settings.language.${l}`)}
              </label>
            ))}
          </div>
        </section>
        <section className="card" aria-labelledby="settings-author">
          <h2 id="settings-author">{t('settings.author')}</h2>
          <p className="muted small">{t('settings.hint')}</p>
          <AuthorField />
        </section>
      </div>
    </section>
  );
}
