import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { BudgetLine } from '../budget/cost-model';
import type { Spending } from '../domain/realisation';
import { cents } from '../domain/units';
import { translate } from '../i18n/translate';
import type { Message } from '../i18n/translate';
import {
  emptySpending,
  overrunMessage,
  resultMessage,
  roemerMessage,
  spendingResult,
  withSpendingLine,
  SPENDING_LINES,
} from './spending';

const say = (m: Message) => translate(m.key, m.params);
const frame2025 = cents(16_696_000_00);

/** The annual report 2025: frame € 16.696.000, realisation 10% above it, external hire 5,1%. */
const spending2025: Spending = {
  finalFrameCents: frame2025,
  lines: [
    { key: 'personnel', cents: cents(14_000_000_00) },
    { key: 'overhead', cents: cents(2_000_000_00) },
    { key: 'material', cents: cents(1_232_262_00) },
    { key: 'external', cents: cents(752_338_00) },
    { key: 'fixed', cents: cents(381_000_00) },
  ],
  source: 'jaarbericht 2025',
  note: '',
};

describe('the realisation against the frame', () => {
  it('reads the 2025 figures as the annual report states them', () => {
    const r = spendingResult({
      budget: { frameCents: cents(16_228_000_00) },
      spending: spending2025,
    });
    expect(r).not.toBeNull();
    if (!r) return;
    expect(r.frame).toBe(frame2025);
    expect(r.frameAdjusted).toBe(true);
    expect(r.realised).toBe(18_365_600_00);
    expect(r.difference).toBe(1_669_600_00);
    expect(r.verdict).toBe('over');
    expect(say(overrunMessage(r))).toBe('overschrijding 10,0%');
    expect(say(resultMessage(r))).toBe(
      'Realisatie € 18.365.600 tegen een kader van € 16.696.000: overschrijding 10,0%',
    );
    expect(say(roemerMessage(r))).toBe('externe inhuur 5,1% (binnen de Roemernorm)');
  });

  it('uses the programme frame when no final frame is set, and says an underrun', () => {
    const s: Spending = {
      ...emptySpending(),
      lines: [{ key: 'personnel', cents: cents(977_000_00) }],
    };
    const r = spendingResult({ budget: { frameCents: cents(1_000_000_00) }, spending: s });
    expect(r?.frame).toBe(1_000_000_00);
    expect(r?.frameAdjusted).toBe(false);
    expect(r && say(overrunMessage(r))).toBe('onderschrijding 2,3%');
    expect(r && say(roemerMessage(r))).toBe('externe inhuur 0,0% (binnen de Roemernorm)');
  });

  it('says "boven de Roemernorm" above 10% external hire, and not at exactly 10%', () => {
    const at = (external: number, personnel: number) =>
      spendingResult({
        budget: { frameCents: cents(100) },
        spending: {
          ...emptySpending(),
          lines: [
            { key: 'personnel', cents: cents(personnel) },
            { key: 'external', cents: cents(external) },
          ],
        },
      });
    const over = at(11, 89);
    expect(over && say(roemerMessage(over))).toBe('externe inhuur 11,0% (boven de Roemernorm)');
    expect(at(10, 90)?.withinRoemernorm).toBe(true);
  });

  it('compares each cost line with the plan; a line not entered has no realisation', () => {
    const planned: BudgetLine[] = [
      { key: 'personnel', cents: cents(900) },
      { key: 'external', cents: cents(50) },
    ];
    const r = spendingResult(
      {
        budget: { frameCents: cents(1000) },
        spending: { ...emptySpending(), lines: [{ key: 'personnel', cents: cents(950) }] },
      },
      planned,
    );
    expect(r?.lines.map((l) => l.key)).toEqual(SPENDING_LINES);
    expect(r?.lines[0]).toEqual({ key: 'personnel', planned: 900, realised: 950, difference: 50 });
    expect(r?.lines[3]).toEqual({ key: 'external', planned: 50, realised: null, difference: null });
    expect(r?.verdict).toBe('under');
  });

  it('is null without spending and "precies op het kader" on the frame', () => {
    expect(spendingResult({ budget: { frameCents: cents(1) }, spending: null })).toBeNull();
    const r = spendingResult({
      budget: { frameCents: cents(500) },
      spending: { ...emptySpending(), lines: [{ key: 'fixed', cents: cents(500) }] },
    });
    expect(r && say(resultMessage(r))).toBe(
      'Realisatie € 5 tegen een kader van € 5: precies op het kader',
    );
  });

  it('realised is the sum of the lines and difference = realised − frame, for any amounts', () => {
    fc.assert(
      fc.property(
        fc.subarray([...SPENDING_LINES]),
        fc.array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (keys, amounts, frame) => {
          let s = emptySpending();
          s = { ...s, lines: [] };
          keys.forEach((k, i) => {
            s = withSpendingLine(s, k, cents(amounts[i] ?? 0));
          });
          const r = spendingResult({ budget: { frameCents: cents(frame) }, spending: s });
          if (!r) return false;
          const sum = keys.reduce((acc, _k, i) => acc + (amounts[i] ?? 0), 0);
          // Lines stay in the budget's order whatever order they were entered in.
          expect(s.lines.map((l) => l.key)).toEqual(SPENDING_LINES.filter((k) => keys.includes(k)));
          return r.realised === sum && r.difference === sum - frame;
        },
      ),
    );
  });
});
