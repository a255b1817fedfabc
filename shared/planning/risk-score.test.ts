import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RiskScheme } from '../domain/schemas';
import { CriterionId } from '../domain/ids';
import { riskScore } from './risk-score';

const criterion = (id: string, min: number, max: number, weight: number) => ({
  id: CriterionId.parse(id),
  name: id,
  min,
  max,
  weight,
  labels: [],
});

/** A risk record keyed by criterion ids. */
const risk = (r: Record<string, number>) => r as Record<CriterionId, number>;

const schemeArb = fc
  .array(
    fc.record({
      min: fc.integer({ min: 0, max: 3 }),
      span: fc.integer({ min: 0, max: 6 }),
      weight: fc.double({ min: 0, max: 10, noNaN: true }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((cs): RiskScheme => ({
    criteria: cs.map((c, i) => criterion(`c${i}`, c.min, c.min + c.span, c.weight)),
    source: 'test',
    comparisons: [],
  }));

describe('riskScore', () => {
  it('gives the maximum score 100 when every criterion is at its top', () => {
    const scheme: RiskScheme = {
      criteria: [
        criterion('kans', 1, 5, 0.35),
        criterion('ernst', 1, 5, 0.35),
        criterion('omvang', 1, 3, 0.3),
      ],
      source: 'test',
      comparisons: [],
    };
    expect(riskScore({ risk: risk({ kans: 5, ernst: 5, omvang: 3 }) }, scheme).score).toBeCloseTo(
      100,
      10,
    );
    expect(riskScore({ risk: risk({ kans: 1, ernst: 1, omvang: 1 }) }, scheme).score).toBe(0);
    // kans 3 of 1–5 is half way: half of its 35% share.
    expect(riskScore({ risk: risk({ kans: 3, ernst: 1, omvang: 1 }) }, scheme).score).toBeCloseTo(
      17.5,
      10,
    );
  });

  it('explains every score: the contributions add up to it, and it stays within 0–100', () => {
    fc.assert(
      fc.property(
        schemeArb,
        fc.array(fc.integer({ min: -2, max: 12 }), { maxLength: 6 }),
        (scheme, values) => {
          const risk = Object.fromEntries(values.map((v, i) => [`c${i}`, v]));
          const { score, contributions } = riskScore({ risk }, scheme);
          const sum = contributions.reduce((s, c) => s + c.points, 0);
          expect(sum).toBeCloseTo(score, 9);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100 + 1e-9);
          expect(contributions).toHaveLength(scheme.criteria.length);
        },
      ),
    );
  });

  it('never lowers the score when one criterion rises', () => {
    fc.assert(
      fc.property(schemeArb, fc.nat(5), (scheme, which) => {
        const c = scheme.criteria[which % scheme.criteria.length]!;
        const low = riskScore({ risk: { [c.id]: c.min } }, scheme).score;
        const high = riskScore({ risk: { [c.id]: c.max } }, scheme).score;
        expect(high).toBeGreaterThanOrEqual(low);
      }),
    );
  });
});
