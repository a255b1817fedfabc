import { describe, expect, it } from 'vitest';
import { scaledDemo } from '../../shared/demo/scaled';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan } from '../../shared/planning/plan';
import { PLAN_STEP_ROWS, planInSteps } from './plan-steps';

/** A snapshot of the scaled demo whose rows are new objects (no per-row figure known yet). */
function freshSnapshot(size: number) {
  const data = snapshotOf(scaledDemo(size));
  if (!data) throw new Error('no snapshot');
  return structuredClone(data);
}

/** A pause that counts how often it is waited for (each is a task boundary in the app). */
function counter() {
  const seen = { pauses: 0 };
  return { seen, pause: () => ((seen.pauses += 1), Promise.resolve()) };
}

describe('rows new to the plan, planned in steps', () => {
  it('many new rows take one task per step, and the plan of the whole is what it was', async () => {
    const data = freshSnapshot(2500);
    const expected = plan(freshSnapshot(2500));
    const { seen, pause } = counter();
    await planInSteps(data, [], pause);
    // 2.500 rows: three steps, each after a pause, and a last pause before the whole is planned.
    expect(seen.pauses).toBe(Math.ceil(data.activities.length / PLAN_STEP_ROWS) + 1);
    expect(plan(data)).toEqual(expected);
    // Planned in steps once: the same rows again take no step.
    const again = counter();
    await planInSteps({ ...data, activities: [...data.activities].reverse() }, [], again.pause);
    expect(again.seen.pauses).toBe(0);
  });

  it('rows planned already (the loaded ones) and a step or less of new rows take no step', async () => {
    const data = freshSnapshot(1500);
    const { seen, pause } = counter();
    await planInSteps(data, data.activities.slice(PLAN_STEP_ROWS / 2), pause);
    expect(seen.pauses).toBe(0);
    await planInSteps(null, [], pause);
    expect(seen.pauses).toBe(0);
  });
});
