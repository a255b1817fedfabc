import { describe, expect, it } from 'vitest';
import { defineCatalogue, type PlaceholderNames, type SamePlaceholders } from './catalogue';
import { en } from './messages.en';
import { nl, type MessageKey } from './messages.nl';
import { placeholderNames, pseudoCatalogue } from './pseudo';
import { CATALOGUES, translate } from './translate';

// Type-level facts: each line below fails the type check (`npx tsc -b`) when the rule breaks.
const names: PlaceholderNames<'{shown} van {total} {total:activiteit|activiteiten}'> = 'shown';
const plural: PlaceholderNames<'{n:één|meer}'> = 'n';
const same: SamePlaceholders<'{a} en {b}', '{b} and {a:x|y}'> = true;
const differs: SamePlaceholders<'{a} en {b}', '{a} and {c}'> = false;

describe('the catalogues are typed against the Dutch one', () => {
  it('refuses a translation that misses a key (a type error)', () => {
    const missing: Omit<typeof en, 'app.name'> & { 'app.name'?: string } = { ...en };
    delete missing['app.name'];
    // @ts-expect-error: 'app.name' is missing.
    expect(defineCatalogue(missing)).toBe(missing);
  });

  it('refuses a placeholder that differs from the Dutch text (a type error)', () => {
    const renamed = { ...en, 'app.version': 'Koers {versie} · works without a network' } as const;
    // @ts-expect-error: the Dutch text has {version}, not {versie}.
    expect(defineCatalogue(renamed)['app.version']).toContain('{versie}');
    const dropped = { ...en, 'programme.title': 'Work programme' } as const;
    // @ts-expect-error: the Dutch text has {year}.
    expect(defineCatalogue(dropped)['programme.title']).toBe('Work programme');
  });

  it('refuses a key the Dutch catalogue does not have (a type error)', () => {
    const extra = { ...en, 'app.nieuw': 'New' } as const;
    // @ts-expect-error: 'app.nieuw' is not a Dutch key.
    expect(defineCatalogue(extra)['app.nieuw']).toBe('New');
  });

  it('accepts the English catalogue, whose placeholders match at run time too', () => {
    expect([names, plural, same, differs]).toEqual(['shown', 'n', true, false]);
    const keys = Object.keys(nl) as MessageKey[];
    // The integrator's list: Dutch keys without English (and English keys Dutch no longer has).
    expect(keys.filter((k) => !Object.hasOwn(en, k))).toEqual([]);
    expect(Object.keys(en).filter((k) => !Object.hasOwn(nl, k))).toEqual([]);
    const differing = keys.filter(
      (k) => placeholderNames(nl[k]).join() !== placeholderNames(en[k]).join(),
    );
    expect(differing).toEqual([]);
  });
});

describe('translate in English', () => {
  it('writes English plurals from the same counts', () => {
    const p = { count: 1, hours: '900 hours' };
    expect(translate('programme.groupHours', p, CATALOGUES.en)).toBe('1 activity · 900 hours');
    expect(translate('programme.groupHours', { ...p, count: 0 }, CATALOGUES.en)).toBe(
      '0 activities · 900 hours',
    );
    expect(translate('displace.result', { title: 'X', count: 1 }, CATALOGUES.en)).toBe(
      'If “X” goes in, 1 activity falls below the line.',
    );
    expect(translate('displace.result', { title: 'X', count: 3 }, CATALOGUES.en)).toBe(
      'If “X” goes in, 3 activities fall below the line.',
    );
  });
});

describe('the pseudo-locale', () => {
  const pseudo = pseudoCatalogue(nl);

  it('marks every text and keeps its placeholders', () => {
    for (const key of Object.keys(nl) as MessageKey[]) {
      expect(pseudo[key]).toMatch(/^⟦[\s\S]*⟧$/);
      expect(placeholderNames(pseudo[key]), key).toEqual(placeholderNames(nl[key]));
    }
  });

  it('fills placeholders and plural forms like the real catalogues', () => {
    const text = translate('programme.groupHours', { count: 2, hours: '9' }, pseudo);
    expect(text).toMatch(/^⟦2 áctívítéítén · 9·+⟧$/);
  });
});
