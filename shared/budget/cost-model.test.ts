import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { cents } from '../domain/units';
import { programmeBridge } from '../planning/capacity-bridge';
import { budget, costPerFte, ROEMERNORM, roemerRatio, sumCents, verdict } from './cost-model';
import type { CostModel } from '../domain/budget';
import { fundedStaffing } from '../planning/funded-staffing';

const demo = createDemoData();
const programme = demo.programmes[0]!;
const model = programme.budget.costModel!;
const bridgeOf = (activities = demo.activities) => programmeBridge(programme, activities);

describe('the budget checks the seeds make possible', () => {
  it('reports the realisation 2025 (frame € 16.696.000, 10% above it) as an overspend of 10,0%', () => {
    const frame = cents(16_696_000_00);
    const v = verdict(frame, cents(Math.round(frame * 1.1)));
    expect(v.kind).toBe('deficit');
    if (v.kind === 'deficit') {
      expect(Math.round(v.share * 1000) / 10).toBe(10);
      expect(v.short).toBe(1_669_600_00);
    }
  });

  it('finds external hire of 5,1% within the Roemernorm', () => {
    const ratio = roemerRatio(51, 949);
    expect(Math.round(ratio * 1000) / 10).toBe(5.1);
    expect(ratio <= ROEMERNORM).toBe(true);
  });

  it('checks the demo plan against the frame 2026 of € 16.228.000 and says whether it fits', () => {
    const b = budget(
      programme.budget.frameCents,
      model,
      bridgeOf(),
      programme.capacity.productiveHoursPerFte,
      demo.activities,
    );
    expect(b.frame).toBe(1_622_800_000);
    const v = verdict(b.frame, b.total);
    expect(v.kind === 'fits' ? v.left : 0 - v.short).toBe(b.result);
  });

  it('confirming a conditional activity’s funding adds its money and its costs', () => {
    const pact = demo.activities.find((a) => a.fundingConditional)!;
    const before = budget(
      programme.budget.frameCents,
      model,
      bridgeOf(),
      programme.capacity.productiveHoursPerFte,
      demo.activities,
    );
    const confirmed = demo.activities.map((a) =>
      a.id === pact.id ? { ...a, fundingConfirmed: true } : a,
    );
    const after = budget(
      programme.budget.frameCents,
      model,
      bridgeOf(confirmed),
      programme.capacity.productiveHoursPerFte,
      confirmed,
    );
    expect(after.confirmedFunding - before.confirmedFunding).toBe(pact.fundingCents);
    expect(before.conditionalFunding).toBe(pact.fundingCents);
    // Money buys people: the fte the funding pays for are priced from their first month.
    const people = fundedStaffing({ ...pact, fundingConfirmed: true }, programme)!;
    const months = 12 - (Number(people.from.slice(5, 7)) - 1);
    const personnel = (b: typeof after) => b.lines.find((l) => l.key === 'personnel')!.cents;
    expect(
      Math.abs(
        personnel(after) -
          personnel(before) -
          (people.fte * costPerFte(model, people.teamId) * months) / 12,
      ),
    ).toBeLessThanOrEqual(1);
    expect(after.total - before.total - (personnel(after) - personnel(before))).toBe(
      pact.materialCents + pact.externalHireCents,
    );
    expect(after.available).toBe(after.frame + after.confirmedFunding);
  });

  it('personnel cost follows staffing month by month: a hire from July costs half a year', () => {
    const team = programme.capacity.teams[0]!;
    const hire = {
      ...programme,
      capacity: {
        ...programme.capacity,
        staffingChanges: [
          {
            id: 'h',
            teamId: team.teamId,
            label: 'x',
            fteDelta: 2,
            month: '2026-04' as never,
            leadTimeMonths: 3,
          },
        ],
      },
    };
    const of = (p: typeof programme) =>
      budget(
        p.budget.frameCents,
        model,
        programmeBridge(p, demo.activities),
        1363,
        demo.activities,
      ).personnelByTeam.find((r) => r.teamId === team.teamId)!;
    const before = of({ ...programme, capacity: { ...programme.capacity, staffingChanges: [] } });
    const after = of(hire);
    expect(
      Math.abs(after.cents - before.cents - (2 * costPerFte(model, team.teamId) * 6) / 12),
    ).toBeLessThanOrEqual(1);
    expect(after.averageFte - before.averageFte).toBeCloseTo(1, 9);
  });
});

describe('money never drifts', () => {
  const modelArb = fc
    .record({
      basis: fc.constantFrom<'integraal' | 'schalen'>('integraal', 'schalen'),
      rate: fc.integer({ min: 0, max: 20_000_000 }),
      overhead: fc.integer({ min: 0, max: 5_000_000 }),
      includes: fc.boolean(),
      fixed: fc.array(fc.integer({ min: 0, max: 100_000_000 }), { maxLength: 5 }),
    })
    .map((r): CostModel => ({
      ...model,
      basis: r.basis,
      integralRateCents: cents(r.rate),
      overheadPerFteCents: cents(r.overhead),
      frameIncludesOverhead: r.includes,
      fixedCosts: r.fixed.map((c, i) => ({
        id: `f${i}`,
        kind: 'overig',
        label: '',
        cents: cents(c),
      })),
    }));

  it('totals equal the sum of their lines, all in whole cents, for any model and costs', () => {
    fc.assert(
      fc.property(
        modelArb,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 })), {
          minLength: demo.activities.length,
          maxLength: demo.activities.length,
        }),
        (m, costs) => {
          const activities = demo.activities.map((a, i) => ({
            ...a,
            materialCents: cents(costs[i]![0]),
            externalHireCents: cents(costs[i]![1]),
          }));
          const b = budget(
            programme.budget.frameCents,
            m,
            bridgeOf(activities),
            programme.capacity.productiveHoursPerFte,
            activities,
          );
          for (const l of b.lines) expect(Number.isInteger(l.cents)).toBe(true);
          expect(b.total).toBe(sumCents(b.lines.map((l) => l.cents)));
          expect(b.result).toBe(b.frame + b.confirmedFunding - b.total);
          expect(b.roemerRatio).toBeGreaterThanOrEqual(0);
          expect(b.roemerRatio).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('prices a team by its scale mix', () => {
    const m: CostModel = {
      ...model,
      basis: 'schalen',
      teamMix: [
        {
          teamId: 't' as never,
          mix: [
            { scale: 11, share: 0.5 },
            { scale: 12, share: 0.5 },
          ],
        },
      ],
    };
    const r11 = model.scaleRates.find((r) => r.scale === 11)!.cents;
    const r12 = model.scaleRates.find((r) => r.scale === 12)!.cents;
    expect(costPerFte(m, 't')).toBe((r11 + r12) / 2);
    expect(costPerFte({ ...m, basis: 'integraal' }, 't')).toBe(model.integralRateCents);
  });
});
