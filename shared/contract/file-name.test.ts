import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_BASE_BYTES,
  MAX_BASE_CHARS,
  SAVE_EXTENSIONS,
  SAVE_FORMATS,
  safeFileName,
  type SaveFormat,
} from './file-name';
import { SafeFileName } from './schemas';

/** The name before the format's ending. */
const baseOf = (name: string, format: SaveFormat) =>
  name.slice(0, name.length - SAVE_EXTENSIONS[format].length);
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

describe('the suggested file name', () => {
  it.each([
    ['Werkprogramma 2026', 'koers', 'Werkprogramma 2026.koers.json'],
    ['Werkprogramma 2026/2027', 'csv', 'Werkprogramma 2026-2027.csv'],
    ['Toezicht: "wat" en <hoe>? * | \\ ok', 'xlsx', 'Toezicht- -wat- en -hoe- - - - ok.xlsx'],
    ['Plan\tmet\nregels', 'json', 'Plan met regels.json'],
    ['  ..verborgen. ', 'csv', 'verborgen.csv'],
    ['..', 'koers', 'Koers.koers.json'],
    ['', 'csv', 'Koers.csv'],
    ['???', 'csv', '-.csv'],
  ] as const)('%j as %s becomes %j', (name, format, expected) => {
    expect(safeFileName(name, format)).toBe(expected);
  });

  it.each(['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9'])(
    'gives the Windows device name %s an underscore so Windows can write it',
    (name) => {
      const result = safeFileName(name, 'csv');
      expect(result).toMatch(/^(con|prn|aux|nul|com\d|lpt\d)_/i);
      // Names that merely start like one are left alone.
      expect(safeFileName(`${name}sole`, 'csv')).toBe(`${name}sole.csv`);
      // Windows reserves the device name before any dot, too.
      expect(safeFileName(`${name}.2026`, 'csv')).toBe(`${name}_.2026.csv`);
    },
  );

  it('cuts a long name (the export refused names of ~189 characters) and keeps the ending', () => {
    const long = 'Werkprogramma Inspectie Justitie en Veiligheid '.repeat(6);
    const result = safeFileName(long, 'koers');
    expect(result.endsWith('.koers.json')).toBe(true);
    expect(baseOf(result, 'koers').length).toBeLessThanOrEqual(MAX_BASE_CHARS);
    expect(SafeFileName.safeParse(result).success).toBe(true);
  });

  it('cuts by bytes too, and never through a character', () => {
    const result = safeFileName('🧭'.repeat(120), 'csv');
    const base = baseOf(result, 'csv');
    expect(utf8(base)).toBeLessThanOrEqual(MAX_BASE_BYTES);
    expect(base).toBe('🧭'.repeat(MAX_BASE_BYTES / 4));
  });

  it("is, for every name and format, one the save channel accepts, with the format's ending", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 })),
        fc.constantFrom(...SAVE_FORMATS),
        (name, format) => {
          const result = safeFileName(name, format);
          expect(SafeFileName.safeParse(result).success).toBe(true);
          expect(result.endsWith(SAVE_EXTENSIONS[format])).toBe(true);
          const base = baseOf(result, format);
          // eslint-disable-next-line no-control-regex -- control characters are what it refuses
          expect(base).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
          expect(base).not.toMatch(/^[\s.]|[\s.]$/);
          expect(base).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
          expect(utf8(base)).toBeLessThanOrEqual(MAX_BASE_BYTES + 1);
          expect(Array.from(base).length).toBeLessThanOrEqual(MAX_BASE_CHARS + 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves a name that is already safe as it is', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ ,()-]{0,60}[A-Za-z0-9À-ÿ)]$/),
        (name) => {
          fc.pre(!/\s{2}/.test(name) && !/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name));
          expect(safeFileName(name, 'csv')).toBe(`${name}.csv`);
        },
      ),
    );
  });
});
