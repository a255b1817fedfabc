import { describe, expect, it } from 'vitest';
import { applyLever, gapAdvice, moneyAndLine } from '../../../shared/budget/gap-levers';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import { cents } from '../../../shared/domain/units';
import type { ReadRow } from '../types';
import { followLever } from './calls';
import { mutationOf } from './handlers';

const demo = createDemoData();
const base = demo.programmes[0]!;
const programme: Programme = {
  ...base,
  budget: { ...base.budget, frameCents: cents(base.budget.frameCents - 150_000_000) },
};
const activities = demo.activities;

/** Reads rows from the demo as the database would. */
const read = ((table: string, key: string) =>
  Promise.resolve(
    table === 'programmes'
      ? key === programme.id
        ? programme
        : null
      : (activities.find((a) => a.id === key) ?? null),
  )) as ReadRow;

describe('budget/follow-lever', () => {
  it('changes exactly the one row each suggestion names, as the advice computed it', async () => {
    const advice = gapAdvice(programme, activities);
    const kinds = new Set(advice.suggestions.map((s) => s.lever.kind));
    expect([...kinds].sort()).toEqual(['drop', 'external', 'fixed', 'hire', 'material']);
    for (const s of advice.suggestions) {
      const changes = await mutationOf(followLever(programme.id, s.lever, 'Tekort'))(read);
      expect(changes).toHaveLength(1);
      const change = changes[0]!;
      const expected = applyLever(programme, activities, s.lever, 'Tekort');
      const rows = {
        programme: change.table === 'programmes' ? (change.after as Programme) : programme,
        activities: activities.map((a) =>
          change.table === 'activities' && change.key === a.id ? (change.after as Activity) : a,
        ),
      };
      expect(rows.programme).toEqual(expected.programme);
      expect(rows.activities).toEqual(expected.activities);
      const now = moneyAndLine(programme, activities)!;
      const after = moneyAndLine(rows.programme, rows.activities)!;
      expect(after.budget.result - now.budget.result).toBe(s.saving);
    }
  });

  it('a drop is a force out with the reason given, so the line shows it as eruit gezet', async () => {
    const drop = gapAdvice(programme, activities).suggestions.find((s) => s.lever.kind === 'drop')!;
    const [change] = await mutationOf(followLever(programme.id, drop.lever, 'Tekort sluiten'))(
      read,
    );
    expect((change!.after as Activity).force).toEqual({ mode: 'out', reason: 'Tekort sluiten' });
  });
});
