import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import type { Activity, Programme } from '../domain/schemas';
import { cents } from '../domain/units';
import { planLine } from '../planning/plan-line';
import {
  gapAdvice,
  LEVER_ORDER,
  leverOnActivity,
  leverOnProgramme,
  moneyAndLine,
} from './gap-levers';

const demo = createDemoData();
const base = demo.programmes[0]!;
const activities = demo.activities.filter((a) => a.programmeId === base.id);

/** A programme with its frame cut by `cut` cents and some costs changed. */
function cutDemo(
  cut: number,
  costs: readonly (readonly [number, number])[],
  fixed: readonly number[],
  confirmed: boolean,
): { programme: Programme; activities: Activity[] } {
  const model = base.budget.costModel!;
  return {
    programme: {
      ...base,
      budget: {
        ...base.budget,
        frameCents: cents(base.budget.frameCents - cut),
        costModel: {
          ...model,
          fixedCosts: model.fixedCosts.map((f, i) => ({ ...f, cents: cents(fixed[i] ?? f.cents) })),
        },
      },
    },
    activities: activities.map((a, i) => ({
      ...a,
      fundingConfirmed: a.fundingConditional ? confirmed : a.fundingConfirmed,
      materialCents: cents(costs[i]?.[0] ?? a.materialCents),
      externalHireCents: cents(costs[i]?.[1] ?? a.externalHireCents),
    })),
  };
}

/** What the command handler does: the lever applied to the one row it names. */
function follow(
  programme: Programme,
  rows: readonly Activity[],
  s: { lever: Parameters<typeof leverOnProgramme>[1] },
) {
  return {
    programme: leverOnProgramme(programme, s.lever),
    activities: rows.map((a) => leverOnActivity(a, s.lever, 'Om het tekort te sluiten')),
  };
}

describe('Wat sluit het tekort?', () => {
  it('following any suggestion closes the deficit by exactly what it promised, and names what falls below the line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300_000_000 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 20_000_000 }),
            fc.integer({ min: 0, max: 20_000_000 }),
          ),
          { maxLength: activities.length },
        ),
        fc.array(fc.integer({ min: 0, max: 50_000_000 }), { maxLength: 3 }),
        fc.boolean(),
        (cut, costs, fixed, confirmed) => {
          const { programme, activities: rows } = cutDemo(cut, costs, fixed, confirmed);
          const now = moneyAndLine(programme, rows)!;
          const advice = gapAdvice(programme, rows);
          if (now.budget.result >= 0) {
            expect(advice.suggestions).toEqual([]);
            return;
          }
          expect(advice.deficit).toBe(0 - now.budget.result);
          const kinds = advice.suggestions.map((s) => LEVER_ORDER.indexOf(s.lever.kind));
          expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
          for (const s of advice.suggestions) {
            const next = follow(programme, rows, s);
            const after = moneyAndLine(next.programme, next.activities)!;
            expect(Number.isInteger(s.saving)).toBe(true);
            expect(s.saving).toBeGreaterThan(0);
            expect(after.budget.result - now.budget.result).toBe(s.saving);
            expect(s.closes).toBe(after.budget.result >= 0);
            // The consequence, from the line drawn again on its own.
            const line = planLine(next.programme, next.activities);
            const above = new Set(line.line.entries.filter((e) => e.above).map((e) => e.id));
            expect([...s.fallsBelow].sort()).toEqual(
              [...now.above].filter((id) => !above.has(id)).sort(),
            );
            expect([...s.comesAbove].sort()).toEqual(
              [...above].filter((id) => !now.above.has(id)).sort(),
            );
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('a cut of material, hire or fixed costs is sized to the deficit and never more', () => {
    // A deficit of € 100.000: the ICT line (€ 310.000) can close it alone.
    const surplus = moneyAndLine(base, activities)!.budget.result;
    const { programme, activities: rows } = cutDemo(surplus + 10_000_000, [], [], false);
    const advice = gapAdvice(programme, rows);
    expect(advice.deficit).toBeGreaterThan(0);
    for (const s of advice.suggestions)
      if (s.lever.kind === 'external' || s.lever.kind === 'material' || s.lever.kind === 'fixed')
        expect(s.lever.cut).toBeLessThanOrEqual(advice.deficit);
    expect(advice.suggestions.some((s) => s.lever.kind === 'fixed' && s.closes)).toBe(true);
  });

  it('offers the planned hires first, naming the fte, team and month, and what they cost the line', () => {
    const { programme, activities: rows } = cutDemo(150_000_000, [], [], false);
    const advice = gapAdvice(programme, rows);
    const hires = advice.suggestions.filter((s) => s.lever.kind === 'hire');
    expect(hires.map((s) => s.lever.kind === 'hire' && s.lever.changeId).sort()).toEqual([
      'hire-markt',
      'hire-migratie',
    ]);
    expect(advice.suggestions[0]!.lever.kind).toBe('hire');
    const markt = hires.find((s) => s.lever.kind === 'hire' && s.lever.changeId === 'hire-markt')!;
    expect(markt.lever).toMatchObject({ teamId: 'team-markt', fte: 2, from: '2026-05' });
  });

  it('dropping an activity frees hours, not money: only activities with material or hire are offered', () => {
    const { programme, activities: rows } = cutDemo(150_000_000, [], [], false);
    const drops = gapAdvice(programme, rows).suggestions.filter((s) => s.lever.kind === 'drop');
    for (const s of drops) {
      const a = rows.find((x) => s.lever.kind === 'drop' && x.id === s.lever.activityId)!;
      expect(a.materialCents + a.externalHireCents).toBeGreaterThan(0);
      expect(a.commitment).toBe('discretionair');
      expect(s.fallsBelow).toContain(a.id);
    }
    const free = rows
      .filter((a) => a.materialCents + a.externalHireCents === 0)
      .map((a) => a.id as string);
    expect(drops.some((s) => s.lever.kind === 'drop' && free.includes(s.lever.activityId))).toBe(
      false,
    );
  });

  it('a plan within its frame needs no advice', () => {
    expect(gapAdvice(base, activities).suggestions).toEqual([]);
  });
});
