import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cents, fte, isoDate, monthKey } from '../domain/units';
import {
  formatDate,
  formatFte,
  formatHours,
  formatMoney,
  formatMonth,
  formatNumberInput,
  formatPercent,
  formatScore,
  parseDutchNumber,
} from './nl';

describe('Dutch formats (PRODUCT.md)', () => {
  it('writes money as € 16.228.000', () => {
    expect(formatMoney(cents(1_622_800_000))).toBe('€ 16.228.000');
    expect(formatMoney(cents(-150_000))).toBe('\u2212 € 1.500');
    expect(formatMoney(cents(-37_867_500))).toBe('− € 378.675');
    expect(formatMoney(cents(-40))).toBe('€ 0');
  });
  it('writes FTE as 149,55 fte', () => {
    expect(formatFte(fte(149.55))).toBe('149,55 fte');
  });
  it('writes hours with thousands dots', () => {
    expect(formatHours(203_834)).toBe('203.834 uur');
  });
  it('writes dates and months in Dutch words', () => {
    expect(formatDate(isoDate('2025-10-09'))).toBe('9 oktober 2025');
    expect(formatMonth(monthKey('2026-03'))).toBe('maart 2026');
  });
  it('writes a score with one decimal and a comma', () => {
    expect(formatScore(83.84)).toBe('83,8');
    expect(formatScore(84)).toBe('84,0');
    expect(formatScore(82.5)).toBe('82,5');
  });
  it('writes input numbers with thousands dots and a decimal comma', () => {
    expect(formatNumberInput(16_228_000)).toBe('16.228.000');
    expect(formatNumberInput(1363.5)).toBe('1.363,5');
    expect(formatNumberInput(-1234.567)).toBe('-1.234,57');
    expect(formatNumberInput(12)).toBe('12');
  });
  it('writes a share with one decimal', () => {
    expect(formatPercent(0.1)).toBe('10,0%');
    expect(formatPercent(0.051)).toBe('5,1%');
  });
});

describe('parseDutchNumber', () => {
  it('reads what Dutch users type', () => {
    expect(parseDutchNumber('1.363')).toBe(1363);
    expect(parseDutchNumber('1.363,5')).toBe(1363.5);
    expect(parseDutchNumber('12,5')).toBe(12.5);
    expect(parseDutchNumber('12.5')).toBe(12.5);
    expect(parseDutchNumber(' 400 ')).toBe(400);
    expect(parseDutchNumber('-3')).toBe(-3);
  });
  it('refuses what is not a number', () => {
    for (const bad of ['', 'abc', '12,5,3', '1e5', 'NaN', 'Infinity', '12 uur', '1..2'])
      expect(parseDutchNumber(bad)).toBeNull();
  });
  it('reads back every number the input formatter writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (hundredths) => {
        const n = hundredths / 100;
        expect(parseDutchNumber(formatNumberInput(n))).toBeCloseTo(n, 10);
      }),
    );
  });
});
