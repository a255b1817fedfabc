import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore } from './store';
import { scaledDemo } from '../../shared/demo/scaled';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan } from '../../shared/planning/plan';
import { planLine } from '../../shared/planning/plan-line';
import type * as PlanLine from '../../shared/planning/plan-line';

type PlanLineModule = typeof PlanLine;
import { PLAN_STEP_ROWS, planInSteps } from './plan-steps';

// The line the steps work out, counted (the real one runs).
vi.mock('../../shared/planning/plan-line', async (original) => {
  const real = await original<PlanLineModule>();
  return { ...real, planLine: vi.fn(real.planLine) };
});

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
    vi.mocked(planLine).mockClear();
    await planInSteps(data, [], pause);
    // 2.500 rows: three steps, each after a pause, then the reading order in a task of its own,
    // and a last pause before the whole is planned.
    expect(seen.pauses).toBe(Math.ceil(data.activities.length / PLAN_STEP_ROWS) + 2);
    // Each step works out the line of its own rows, every new row once.
    const stepped = vi.mocked(planLine).mock.calls.map(([, rows]) => rows);
    expect(stepped.map((rows) => rows.length)).toEqual([1000, 1000, 500]);
    expect(new Set(stepped.flat())).toEqual(new Set(data.activities));
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

  it("an import's thousands of rows are planned in steps before they are shown", async () => {
    const db = new KoersDb(`plan-steps-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const store = createKoersStore({
      db,
      newId: () => 'id',
      now: () => 0,
      loadSolver: () => Promise.reject(new Error('not needed')),
      host: memoryHost().host,
    });
    store.getState().setData(await loadProgrammeData(db, null));
    const text = writeProgrammeFile([scaledDemo(2500)], {
      kind: 'uitwisseling',
      exportedAt: '2026-03-02T09:00:00.000Z',
      appVersion: 'test',
    });
    vi.mocked(planLine).mockClear();
    // The rows of each line worked out before the imported rows were shown.
    let before: number[] | null = null;
    const stop = store.subscribe((s) => {
      if (before === null && (s.liveData?.activities.length ?? 0) > 2500)
        before = vi.mocked(planLine).mock.calls.map(([, rows]) => rows.length);
    });
    expect(await store.getState().importProgrammeFile('groot.koers.json', text)).toBe(true);
    stop();
    expect(before).toEqual([1000, 1000, 500]);
    await db.delete();
  });
});
