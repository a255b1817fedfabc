import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { Journal, memoryStorage } from './journal';
import { createKoersStore } from './store';

const PROGRAMME = 'wp-2026';
const ACTIVITY = 'act-2026-signalering';
let db: KoersDb;
afterEach(async () => {
  await db.delete();
});

function windowOn(owner: string, storage = memoryStorage()) {
  return createKoersStore({
    db,
    newId: () => 'id',
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: memoryHost().host,
    owner,
    journal: new Journal(storage, owner),
  });
}
const criterion = async () =>
  (await db.programmes.get(PROGRAMME))!.riskScheme.criteria.find((c) => c.id === 'kans')!;

describe('undo against another window’s edits', () => {
  it('an undo the rules would refuse is a conflict, and older steps can still be undone', async () => {
    db = new KoersDb(`conflict-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const a = windowOn('a');
    const b = windowOn('b');
    const path = (f: string) => ['riskScheme', 'criteria', { by: 'id', id: 'kans' }, f];
    await a.getState().dispatch(setField('activities', ACTIVITY, ['title'], 'Eerst dit'));
    await a.getState().dispatch(setField('programmes', PROGRAMME, path('max'), 10));
    await b.getState().dispatch(setField('programmes', PROGRAMME, path('min'), 8));
    // Undoing a's max would give min 8 > max 5: refused by the rules, so left as it is.
    await a.getState().undo();
    expect(await criterion()).toMatchObject({ min: 8, max: 10 });
    expect(a.getState().notice?.message.key).toBe('history.conflicts');
    // The next undo is not blocked behind it.
    await a.getState().undo();
    expect((await db.activities.get(ACTIVITY))!.title).not.toBe('Eerst dit');
  });

  it('one visit that wrote two rows and then one is undone as one step, both rows back', async () => {
    db = new KoersDb(`visit-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const a = windowOn('a');
    const before = (await db.activities.get(ACTIVITY))!.title;
    const frame = (await db.programmes.get(PROGRAMME))!.budget.frameCents;
    await a
      .getState()
      .dispatch(
        { name: 'row/set-many', args: ['activities', ACTIVITY, [[['title'], 'Een']]] },
        { visit: 'v' },
      );
    await a.getState().dispatch(setField('programmes', PROGRAMME, ['budget', 'frameCents'], 100), {
      visit: 'v',
    });
    await a.getState().dispatch(setField('programmes', PROGRAMME, ['budget', 'frameCents'], 200), {
      visit: 'v',
    });
    expect(a.getState().history.past).toHaveLength(1);
    await a.getState().undo();
    expect((await db.activities.get(ACTIVITY))!.title).toBe(before);
    expect((await db.programmes.get(PROGRAMME))!.budget.frameCents).toBe(frame);
  });
});
