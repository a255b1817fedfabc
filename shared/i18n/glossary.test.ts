import { describe, expect, it } from 'vitest';
import { en } from './messages.en';
import { nl, type MessageKey } from './messages.nl';
import { GLOSSARY, glossaryMisses } from './glossary';

describe('the glossary keeps the English catalogue consistent', () => {
  it('translates every glossary term a Dutch message uses', () => {
    const misses = (Object.keys(nl) as MessageKey[]).flatMap((key) =>
      glossaryMisses(nl[key], en[key]).map((term) => `${key}: ${term.note} — “${en[key]}”`),
    );
    expect(misses).toEqual([]);
  });

  it('finds each term in some Dutch message (no dead entries)', () => {
    const texts = Object.values(nl).join('\n');
    for (const term of GLOSSARY) expect(texts.match(term.nl), term.note).not.toBeNull();
  });

  it('catches a translation that drops a term', () => {
    expect(glossaryMisses('Onder de lijn', 'Below the cut-off').map((t) => t.note)).toEqual([
      'onder/boven de lijn → below/above the line',
    ]);
    expect(glossaryMisses('Werkprogramma 2026', 'Work plan 2026').map((t) => t.note)).toEqual([
      'werkprogramma → work programme',
    ]);
  });

  it('reads an amendment as an amendment, not as an adoption', () => {
    expect(glossaryMisses('Wijzigingen na vaststelling', 'Amendments')).toEqual([]);
    expect(glossaryMisses('Vastgesteld', 'Amended').map((t) => t.note)).toEqual([
      'vaststellen → adopt (vastgesteld → adopted, vaststelling → adoption)',
    ]);
  });
});
