import { describe, expect, it } from 'vitest';
import {
  abortedCell,
  dutchCell,
  fitExponent,
  formatMs,
  formatNl,
  leadingFigure,
  medianP95,
  parseSizeTables,
  quantile,
  renderTable,
  setCell,
  type BenchRows,
} from '../bench/bench-table';

describe('bench table helpers (npm run bench, issue 11)', () => {
  it('quantile takes the nearest rank of the sorted values', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(quantile(xs, 0.5)).toBe(6);
    expect(quantile(xs, 0.95)).toBe(10);
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBe(0);
    // The input is not reordered.
    expect(xs[0]).toBe(5);
  });

  it('writes figures the Dutch way, with the precision that matters at their size', () => {
    expect(formatNl(1234567.891, 2)).toBe('1.234.567,89');
    expect(formatNl(-1234)).toBe('-1.234');
    expect(formatNl(-0.001, 1)).toBe('0,0');
    expect(formatMs(4.3)).toBe('4,30');
    expect(formatMs(21.94)).toBe('21,9');
    expect(formatMs(1210.4)).toBe('1.210');
    expect(medianP95([10, 20, 30, 40, 1000])).toBe('30,0 / 1.000');
    expect(medianP95([12.5])).toBe('12,5');
    expect(medianP95([])).toBe('—');
    expect(abortedCell(60)).toBe('> 60 s (afgebroken)');
  });

  it('fits the growth exponent on log-log: linear is 1, quadratic is 2', () => {
    const sizes = [500, 2000, 5000, 20000];
    expect(fitExponent(sizes.map((n) => ({ n, y: 3 * n })))).toBeCloseTo(1, 10);
    expect(fitExponent(sizes.map((n) => ({ n, y: 0.001 * n * n })))).toBeCloseTo(2, 10);
    // Missing figures (0) are left out; one point fits nothing.
    expect(
      fitExponent([
        { n: 500, y: 10 },
        { n: 2000, y: 0 },
      ]),
    ).toBeNull();
  });

  it('reads the Node part’s Markdown table into measure rows with Dutch figures', () => {
    const printed = [
      '100 done',
      '| activiteiten | afleiding (ms, mediaan / p95) | × kale lus | bestand |',
      '| --- | --- | --- | --- |',
      '| 100 | 4.30 / 16.0 | 516× | 0.2 MB |',
      '| 5000 | 501 / 1529 | 1210× | 9.6 MB |',
      'klaar',
    ].join('\n');
    const rows = parseSizeTables(printed);
    expect([...rows.keys()]).toEqual(['afleiding (ms, mediaan / p95)', '× kale lus', 'bestand']);
    expect(rows.get('afleiding (ms, mediaan / p95)')?.get(5000)).toBe('501 / 1.529');
    expect(rows.get('× kale lus')?.get(100)).toBe('516×');
    expect(rows.get('bestand')?.get(100)).toBe('0,2 MB');
    expect(dutchCell('21.9 / 1300')).toBe('21,9 / 1.300');
  });

  it('joins the measures in one table, a column per size, and fits the times named', () => {
    const rows: BenchRows = new Map();
    for (const n of [100, 500, 2000])
      setCell(rows, 'wijziging (ms)', n, `${formatMs(n / 10)} / ${formatMs(n / 5)}`);
    setCell(rows, 'import (ms)', 500, formatMs(1200));
    setCell(rows, 'import (ms)', 2000, abortedCell(60));
    expect(leadingFigure('1.210 / 1.300')).toBe(1210);
    expect(leadingFigure('21,9 / 30')).toBe(21.9);
    expect(leadingFigure('12.345')).toBe(12345);
    expect(leadingFigure('> 60 s (afgebroken)')).toBeNull();
    expect(leadingFigure('niet gemeten (afgebroken bij wijziging 3)')).toBeNull();
    const table = renderTable(rows, [100, 500, 2000], new Set(['wijziging (ms)']));
    expect(table.split('\n')).toEqual([
      '| meting | 100 | 500 | 2.000 | groei (exponent, n ≥ 500) |',
      '| --- | --- | --- | --- | --- |',
      '| wijziging (ms) | 10,0 / 20,0 | 50,0 / 100,0 | 200,0 / 400,0 | 1,00 |',
      '| import (ms) | — | 1.200 | > 60 s (afgebroken) |  |',
    ]);
  });
});
