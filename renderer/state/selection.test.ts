import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import type { KnapsackSolver } from '../../shared/planning/selection';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { createKoersStore } from './store';

let db: KoersDb;
afterEach(async () => {
  await db.delete();
});

describe('the best selection', () => {
  it('is solved again only when the candidates or the room change', async () => {
    db = new KoersDb(`selection-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    let solves = 0;
    // Picks everything: the count of runs is what this test is about.
    const solver: KnapsackSolver = (problem) => {
      solves += 1;
      return Promise.resolve({
        chosen: new Set(problem.items.map((i) => i.id)),
        status: 'optimal' as const,
        gap: 0,
        objective: 0,
      });
    };
    const store = createKoersStore({
      db,
      newId: () => 'id',
      now: () => 0,
      loadSolver: () => Promise.resolve(solver),
      host: memoryHost().host,
    });
    store.getState().setData(await loadProgrammeData(db, null));
    await store.getState().refreshSelection();
    const first = solves;
    expect(first).toBeGreaterThan(0);
    const a = store.getState().data!.activities.find((x) => x.commitment === 'discretionair')!;
    // A new title, written and echoed back: the same problem, no new run.
    await store.getState().dispatch(setField('activities', a.id, ['title'], 'Andere titel'));
    store.getState().setData(await loadProgrammeData(db, null));
    await store.getState().refreshSelection();
    expect(solves).toBe(first);
    expect(store.getState().selection?.data).toBe(store.getState().data);
    // Forcing it out changes the problem: a new run.
    await store.getState().setForce(a.id, { mode: 'out', reason: 'test' });
    await store.getState().refreshSelection();
    expect(solves).toBe(first + 1);
  });
});
