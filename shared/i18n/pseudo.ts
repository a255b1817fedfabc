import type { Catalogue } from './translate';
import type { MessageKey } from './messages.nl';

/** The placeholders of a message at run time, `{name}` and `{n:one|other}` alike, sorted. */
export function placeholderNames(text: string): string[] {
  const names = [...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1] ?? '');
  return [...new Set(names)].sort();
}

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Å',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
};

/**
 * A pseudo-locale for tests (Excalidraw's TEST_LANG_CODE): every text of a catalogue with its
 * vowels accented (plural forms too) and marked `⟦…⟧`, a third longer, placeholder names untouched.
 * A text on screen without the marks was not taken from the catalogue; one that overflows is
 * too tight for a longer language.
 */
export function pseudoCatalogue(base: Catalogue): Catalogue {
  const out: Partial<Record<MessageKey, string>> = {};
  for (const [key, text] of Object.entries(base) as [MessageKey, string][]) {
    const parts = text.split(/(\{[^{}]*\})/g);
    const accent = (t: string): string => t.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c] ?? c);
    const body = parts
      .map((part) => {
        if (!part.startsWith('{')) return accent(part);
        const plural = /^\{(\w+):(.*)\}$/.exec(part);
        return plural ? `{${plural[1] ?? ''}:${accent(plural[2] ?? '')}}` : part;
      })
      .join('');
    const pad = '·'.repeat(Math.ceil(text.length / 3));
    out[key] = `⟦${body}${pad}⟧`;
  }
  return out as Catalogue;
}
