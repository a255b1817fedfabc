import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../export/csv';
import { neutralise, type Cell, type ExportTable } from '../export/table';
import { decodeBytes, parseCsv, parseNumberCell } from './csv-read';

/** Text a cell may hold: any Unicode (no lone surrogates, which no file can hold), with the characters CSV must quote. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc
    .array(
      fc.constantFrom(
        ';',
        '"',
        '\r',
        '\n',
        '\r\n',
        ',',
        '\t',
        'a',
        'é',
        '€',
        ' ',
        '=',
        '-',
        '\ufeff',
      ),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join('')),
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, number, fc.constant(null));

/** A table as Koers exports it: a name, headers and rows of the same width. */
const table: fc.Arbitrary<ExportTable> = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    name: fc.constant('t'),
    columns: fc.array(text, { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

/** What a cell reads back as: the text the writer put in the file (neutralised text, '' for empty). */
const written = (c: Cell): string => {
  const safe = neutralise(c);
  return safe === null || typeof safe === 'number' ? '' : safe;
};

describe('Koers’s own CSV reads back equal (issue 13)', () => {
  it('any table written by toCsv reads back: text as written, numbers equal, each row at its number', () => {
    fc.assert(
      fc.property(table, (t) => {
        const bytes = new TextEncoder().encode(toCsv(t));
        const { text: decoded, encoding } = decodeBytes(bytes);
        expect(encoding).toBe('utf-8-bom');
        const read = parseCsv(decoded, { delimiter: ';' });
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        const got = new Map(read.value.rows.map((r) => [r.row, r.cells]));
        const all = [t.columns, ...t.rows];
        for (const [i, row] of all.entries()) {
          const cells = got.get(i + 1);
          // A row whose every cell is empty is a blank row: left out, its number skipped.
          if (row.every((c) => written(c) === '' && typeof c !== 'number')) {
            expect(cells).toBeUndefined();
            continue;
          }
          expect(cells).toBeDefined();
          expect(cells).toHaveLength(row.length);
          for (const [j, c] of row.entries()) {
            if (typeof c === 'number') expect(parseNumberCell(cells![j]!)).toBe(c === 0 ? 0 : c);
            else expect(cells![j]).toBe(written(c));
          }
        }
        expect(read.value.rows).toHaveLength(
          all.filter((row) => !row.every((c) => written(c) === '' && typeof c !== 'number')).length,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('finds the separator itself when no header holds a comma or a tab', () => {
    fc.assert(
      fc.property(table, (t) => {
        fc.pre(t.columns.some((c) => c !== '') && t.columns.every((c) => !/[,\t]/.test(c)));
        const read = parseCsv(decodeBytes(new TextEncoder().encode(toCsv(t))).text);
        expect(read.ok).toBe(true);
        if (!read.ok) return;
        expect(read.value.rows[0]?.cells).toEqual(t.columns.map(written));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Dutch numbers read exactly (issue 13)', () => {
  it('any number written with thousands dots and a decimal comma reads as JavaScript reads it plain', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        fc.option(fc.stringMatching(/^\d{1,8}$/), { nil: null }),
        fc.boolean(),
        (negative, whole, fraction, grouped) => {
          const int = whole.toString();
          const dotted = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int;
          const cell = `${negative ? '-' : ''}${dotted}${fraction === null ? '' : `,${fraction}`}`;
          const plain = `${negative ? '-' : ''}${int}${fraction === null ? '' : `.${fraction}`}`;
          expect(parseNumberCell(cell)).toBe(Number(plain));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
