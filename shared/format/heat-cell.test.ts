import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heatCellText, type HeatFigures } from './heat-cell';

/** A cell's figures as `planLine` computes them (the same tolerance of a millionth of an hour). */
function cell(capacity: number, allocated: number): HeatFigures {
  return {
    capacity,
    allocated,
    ratio: capacity > 0 ? allocated / capacity : allocated > 1e-6 ? Infinity : 0,
    over: allocated > capacity + 1e-6 ? allocated - capacity : 0,
    free: allocated < capacity ? capacity - allocated : 0,
  };
}

/** The number in a Dutch percentage text (`⚠ 100,4%` → 100.4). */
const percentOf = (text: string): number => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

describe('heat-map cell texts', () => {
  it('a 100,4% cell reads ⚠ 100,4% with the hours over beside it', () => {
    expect(heatCellText(cell(1000, 1004))).toEqual({
      tone: 'over',
      percent: '⚠ 100,4%',
      hours: '+ 4 uur',
      detail: '1.004 uur gepland van 1.000 uur: 4 uur te veel',
    });
  });

  it('rounding never hides an overload: 100,04% reads 100,1% and a quarter hour over reads + 1 uur', () => {
    expect(heatCellText(cell(10_000, 10_004)).percent).toBe('⚠ 100,1%');
    const tiny = heatCellText(cell(4291, 4291.25));
    expect(tiny.percent).toBe('⚠ 100,1%');
    expect(tiny.hours).toBe('+ 1 uur');
  });

  it('rounding never shows an overload that is not there: 99,96% reads 99,9%', () => {
    const text = heatCellText(cell(10_000, 9_996));
    expect(text).toEqual({
      tone: 'high',
      percent: '99,9%',
      hours: '4 uur vrij',
      detail: '9.996 uur gepland van 10.000 uur: 4 uur vrij',
    });
  });

  it('a full cell reads 100,0% and vol; hours free read with thousands dots', () => {
    expect(heatCellText(cell(3233, 3233))).toMatchObject({ percent: '100,0%', hours: 'vol' });
    expect(heatCellText(cell(6466, 4830))).toMatchObject({
      tone: 'mid',
      percent: '74,6%',
      hours: '1.636 uur vrij',
    });
  });

  it('a period without capacity reads geen capaciteit, never 0%; with hours it is an overload', () => {
    expect(heatCellText(cell(0, 0))).toEqual({
      tone: 'no-capacity',
      percent: 'geen capaciteit',
      hours: '',
      detail: 'geen capaciteit',
    });
    expect(heatCellText(cell(0, 120))).toEqual({
      tone: 'over',
      percent: '⚠ geen capaciteit',
      hours: '+ 120 uur',
      detail: '120 uur gepland, maar geen capaciteit',
    });
  });

  it('for any cell: ⚠ and a share above 100% and at least + 1 uur exactly when over capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (capCents, allocCents) => {
          const c = cell(capCents / 100, allocCents / 100);
          const text = heatCellText(c);
          expect(text.percent.startsWith('⚠')).toBe(c.over > 0);
          expect(text.tone === 'over').toBe(c.over > 0);
          if (c.over > 0) {
            expect(percentOf(text.percent)).toBeGreaterThan(100);
            expect(text.hours).toMatch(/^\+ [1-9][\d.]* uur$/);
          } else {
            expect(percentOf(text.percent)).toBeLessThanOrEqual(100);
            expect(text.hours).not.toMatch(/^\+/);
          }
        },
      ),
    );
  });
});
