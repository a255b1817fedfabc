import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { createKoersStore, type KoersStore } from './store';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

let db: KoersDb;
let store: KoersStore;
let counter = 0;
const demo = createDemoData();
const own = demo.mjps[0]!;

beforeEach(async () => {
  db = new KoersDb(`koers-mjp-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, demo);
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30),
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

const input = {
  organisationId: demo.organisation.id,
  name: 'MJP 2029–2032',
  startYear: 2029,
  endYear: 2032,
  structure: 'tree' as const,
  lines: 'Focus op de context\n- Digitalisering\nFocus op het effect\n- Kwetsbaar\n- Weerbaar',
};

describe('mjp commands', () => {
  it('adds an MJP with its focuses and themes as one step, shown at once, and undo removes all', async () => {
    const result = await store.getState().createMjp(input);
    if (!result.ok) throw new Error(result.error.key);
    expect(await db.mjps.get(result.id)).toMatchObject({ name: 'MJP 2029–2032', endYear: 2032 });
    const stored = await db.themes.where('mjpId').equals(result.id).toArray();
    expect(stored).toHaveLength(5);
    expect(stored.filter((t) => t.parentId !== null)).toHaveLength(3);
    const shown = store.getState().data!;
    expect(shown.themes.filter((t) => t.mjpId === result.id)).toHaveLength(5);
    expect(store.getState().history.past).toHaveLength(1);

    await store.getState().undo();
    expect(await db.mjps.get(result.id)).toBeUndefined();
    expect(await db.themes.where('mjpId').equals(result.id).count()).toBe(0);
  });

  it('refuses a bad MJP and writes nothing', async () => {
    const before = await db.mjps.count();
    const r = await store.getState().createMjp({ ...input, startYear: 2033 });
    expect(r).toEqual({
      ok: false,
      error: { key: 'mjp.endBeforeStart', params: { start: 2033, end: 2032 } },
    });
    expect(await db.mjps.count()).toBe(before);
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('changes the period through mjp/update, refusing an end before the start', async () => {
    const ok = await store
      .getState()
      .dispatch({ name: 'mjp/update', args: [own.id, { endYear: 2029 }] });
    expect(ok.ok).toBe(true);
    expect((await db.mjps.get(own.id))?.endYear).toBe(2029);
    const refused = await store
      .getState()
      .dispatch({ name: 'mjp/update', args: [own.id, { endYear: 2020 }] }, { quiet: true });
    expect(refused).toMatchObject({ ok: false, error: { key: 'mjp.endBeforeStart' } });
    expect((await db.mjps.get(own.id))?.endYear).toBe(2029);
  });

  it('adds a theme to another MJP than the programme’s, and moves it up', async () => {
    const added = await store.getState().createMjp(input);
    if (!added.ok) throw new Error(added.error.key);
    const focus = store
      .getState()
      .data!.themes.find((t) => t.mjpId === added.id && t.name === 'Focus op het effect')!;
    const id = await store.getState().addMjpTheme(added.id, focus.id);
    expect(id).not.toBeNull();
    expect(await db.themes.get(id!)).toMatchObject({
      mjpId: added.id,
      parentId: focus.id,
      name: 'Nieuw thema',
      order: 3,
    });
    expect(await store.getState().moveTheme(id!, 'up')).toBe(true);
    const children = (await db.themes.where('mjpId').equals(added.id).toArray())
      .filter((t) => t.parentId === focus.id)
      .sort((a, b) => a.order - b.order)
      .map((t) => t.name);
    expect(children).toEqual(['Kwetsbaar', 'Nieuw thema', 'Weerbaar']);
  });

  it('refuses to delete a theme activities use, with the in-use message; renames it', async () => {
    const used = demo.activities[0]!.primaryThemeId;
    expect(await store.getState().deleteTheme(used)).toBe(false);
    expect(store.getState().notice?.message.key).toBe('validation.inUseWhere');
    expect(await db.themes.get(used)).toBeDefined();
    await store.getState().dispatch(setField('themes', used, ['name'], 'Andere naam'));
    expect((await db.themes.get(used))?.name).toBe('Andere naam');
  });
});
