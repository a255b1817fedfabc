import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportTableCsv, toCsv } from './csv';
import { neutralise } from './table';

describe('CSV for Dutch Excel', () => {
  it('uses semicolons, decimal commas, a BOM and CRLF', () => {
    const csv = toCsv({
      name: 't',
      columns: ['Naam', 'Uren'],
      rows: [['Toezicht; jeugd', 1234.5]],
    });
    expect(csv).toBe('\ufeffNaam;Uren\r\n"Toezicht; jeugd";1234,5\r\n');
  });

  it.each(['=1+1', '+31 6', '-2+3', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://x")'])(
    'neutralises a formula-like text cell: %j',
    (text) => {
      const csv = toCsv({ name: 't', columns: ['a'], rows: [[text]] });
      const cell = csv.split('\r\n')[1]!;
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('never lets any text cell start with a formula character, and keeps numbers as numbers', () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), (text, n) => {
        const safe = neutralise(text);
        expect(typeof safe === 'string' && /^[=+\-@\t\r]/.test(safe)).toBe(false);
        expect(neutralise(n)).toBe(n);
      }),
    );
  });

  it('writes a percentage as percent points to one decimal, and says (%) once', () => {
    const csv = reportTableCsv(
      {
        name: 'Uren per focus',
        caption: '',
        columns: [
          { header: 'Focus', kind: 'text' },
          { header: 'Verschil %', kind: 'percent' },
          { header: 'Externe inhuur', kind: 'percent' },
        ],
        rows: [['Context', -0.011423220974, 0.051]],
      },
      'nl',
    );
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      '\ufeffFocus;Verschil %;Externe inhuur (%)',
      'Context;-1,1;5,1',
    ]);
  });
});
