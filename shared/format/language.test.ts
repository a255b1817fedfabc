import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { setLanguage, currentLanguage, LANGUAGES } from '../i18n/language';
import { cents, isoDate, type MonthKey } from '../domain/units';
import {
  formatDate,
  formatFte,
  formatHours,
  formatMoney,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatNumberInput,
  formatPercent,
  formatPeriod,
  formatScore,
  parseDutchNumber,
  quoted,
} from './nl';
import { parseDutchDate } from './dates';
import { toCsv } from '../export/csv';
import { translate } from '../i18n/translate';

afterEach(() => {
  setLanguage('nl');
});

describe('formats follow the language (issue 14)', () => {
  it('writes Dutch by default', () => {
    expect(currentLanguage()).toBe('nl');
    expect(formatMoney(cents(1_622_800_000))).toBe('€ 16.228.000');
    expect(formatFte(149.55)).toBe('149,55 fte');
    expect(formatDate(isoDate('2025-10-09'))).toBe('9 oktober 2025');
  });

  it('writes British English after the switch', () => {
    setLanguage('en');
    expect(formatMoney(cents(1_622_800_000))).toBe('€16,228,000');
    expect(formatMoney(cents(-37_867_500))).toBe('\u2212€378,675');
    expect(formatFte(149.55)).toBe('149.55 fte');
    expect(formatHours(1363)).toBe('1,363 hours');
    expect(formatHours(1)).toBe('1 hour');
    expect(formatNumber(1363.5)).toBe('1,363.5');
    expect(formatNumberInput(16_228_000)).toBe('16,228,000');
    expect(formatPercent(0.1)).toBe('10.0%');
    expect(formatScore(83.75)).toBe('83.8');
    expect(formatDate(isoDate('2025-10-09'))).toBe('9 October 2025');
    expect(formatMonth('2026-03' as MonthKey)).toBe('March 2026');
    expect(formatMonthShort('2026-03' as MonthKey)).toBe('Mar');
    expect(formatPeriod('Q2')).toBe('quarter 2');
    expect(formatPeriod('J')).toBe('the year');
  });

  it('quotes names as the language does', () => {
    expect(quoted('Rapport')).toBe('„Rapport”');
    setLanguage('en');
    expect(quoted('Report')).toBe('“Report”');
  });

  it('switches back to Dutch', () => {
    setLanguage('en');
    setLanguage('nl');
    expect(formatMoney(cents(-37_867_500))).toBe('\u2212 € 378.675');
    expect(formatHours(1363)).toBe('1.363 uur');
    expect(formatMonthShort('2026-03' as MonthKey)).toBe('mrt');
  });

  it('reads typed numbers as the language writes them', () => {
    setLanguage('en');
    expect(parseDutchNumber('1,234.5')).toBe(1234.5);
    expect(parseDutchNumber('16,228,000')).toBe(16_228_000);
    expect(parseDutchNumber('1363.5')).toBe(1363.5);
    expect(parseDutchNumber('12,5')).toBeNull();
    setLanguage('nl');
    expect(parseDutchNumber('1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('16.228.000')).toBe(16_228_000);
  });

  it('reads back every number it writes for an input field, in each language', () => {
    for (const language of LANGUAGES) {
      setLanguage(language);
      fc.assert(
        fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (hundredths) => {
          const n = hundredths / 100;
          expect(parseDutchNumber(formatNumberInput(n))).toBeCloseTo(n, 2);
        }),
      );
    }
  });

  it('reads a date typed in either language, and says why it does not exist in English', () => {
    setLanguage('en');
    expect(parseDutchDate('9 October 2025')).toEqual({ ok: true, value: '2025-10-09' });
    expect(parseDutchDate('9 oktober 2025')).toEqual({ ok: true, value: '2025-10-09' });
    const bad = parseDutchDate('31-2-2026');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(translate(bad.error.key, bad.error.params)).toBe(
        '31 February 2026 does not exist: February 2026 has 28 days.',
      );
  });

  it('writes CSV for Excel in the language: Dutch ; and 1234,5, English , and 1234.5', () => {
    const table = { name: 't', columns: ['a', 'b'], rows: [['x, y', 1234.5]] };
    expect(toCsv(table)).toBe('\ufeffa;b\r\nx, y;1234,5\r\n');
    setLanguage('en');
    expect(toCsv(table)).toBe('\ufeffa,b\r\n"x, y",1234.5\r\n');
  });
});
