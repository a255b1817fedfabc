import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from './CompareCharts';

describe('wrapWords: chart labels wrap instead of being cut off', () => {
  it('packs words into lines no longer than the width, losing and adding no character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 40 }), (text, width) => {
        const lines = wrapWords(text, width);
        for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });

  it('keeps words whole where they fit', () => {
    expect(wrapWords('Asielpact zonder extra middelen', 18)).toEqual([
      'Asielpact zonder',
      'extra middelen',
    ]);
    expect(wrapWords('Rijksinspectiebevoegdheden', 10)).toEqual([
      'Rijksinspe',
      'ctiebevoeg',
      'dheden',
    ]);
  });
});
