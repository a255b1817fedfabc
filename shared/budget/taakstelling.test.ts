import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { cents } from '../domain/units';
import { planLine } from '../planning/plan-line';
import { moneyAndLine } from './gap-levers';
import { cutAmount, taakstelling } from './taakstelling';

const demo = createDemoData();
const programme = demo.programmes[0]!;
const activities = demo.activities;
const now = moneyAndLine(programme, activities)!;

describe('taakstelling: euros → fte → hours → what falls below the line', () => {
  it('kader −5% takes 5% of the frame off, in whole cents', () => {
    expect(cutAmount(programme.budget.frameCents, { kind: 'percent', share: 0.05 })).toBe(
      Math.round(programme.budget.frameCents * 0.05),
    );
    expect(cutAmount(programme.budget.frameCents, { kind: 'amount', cents: cents(123) })).toBe(123);
  });

  it('what room is left absorbs; the rest is found in staffing and costs the line capacity', () => {
    const chain = taakstelling(programme, activities, { kind: 'percent', share: 0.05 })!;
    expect(chain.frameAfter).toBe(programme.budget.frameCents - chain.cut);
    expect(chain.shortfall).toBe(Math.max(0, chain.cut - now.budget.result));
    const perFte =
      now.budget.personnelByTeam.reduce((s, t) => s + t.cents, 0) /
      now.budget.personnelByTeam.reduce((s, t) => s + t.averageFte, 0);
    expect(chain.fte).toBeCloseTo(chain.shortfall / perFte, 9);
    expect(chain.byTeam.reduce((s, t) => s + t.fte, 0)).toBeCloseTo(chain.fte, 9);
    expect(chain.hours).toBeGreaterThan(0);
    // With the fte gone, the budget is balanced again (work below the line buys nothing, so ≥).
    expect(chain.resultWithCut).toBeGreaterThanOrEqual(-chain.byTeam.length);
    // What falls below is what the line, drawn again with that staffing, leaves out.
    const cutProgramme = {
      ...programme,
      capacity: {
        ...programme.capacity,
        teams: programme.capacity.teams.map((t) => ({
          ...t,
          staffedFte: (t.staffedFte -
            chain.byTeam.find((b) => b.teamId === t.teamId)!.fte) as never,
        })),
      },
    };
    const after = planLine(cutProgramme, activities);
    const above = new Set(after.line.entries.filter((e) => e.above).map((e) => e.id));
    expect([...chain.fallsBelow].sort()).toEqual(
      [...now.above].filter((id) => !above.has(id)).sort(),
    );
  });

  it('a cut within the room left costs no one', () => {
    const chain = taakstelling(programme, activities, {
      kind: 'amount',
      cents: cents(Math.max(0, now.budget.result - 100)),
    })!;
    expect([chain.shortfall, chain.fte, chain.fallsBelow.length]).toEqual([0, 0, 0]);
    expect(chain.hours).toBeCloseTo(0, 6);
  });
});
