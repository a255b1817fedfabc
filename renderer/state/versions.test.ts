import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { versionSnapshot } from '../../shared/file/version-content';
import { highsSolver } from '../../shared/planning/selection-highs';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { adoptVersion, saveVersion, setField } from './commands/calls';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let store: KoersStore;
let counter = 0;
const demo = createDemoData();
const programme = demo.programmes[0]!;
const activity = demo.activities.find((a) => a.programmeId === programme.id)!;

beforeEach(async () => {
  db = new KoersDb(`koers-versions-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, demo);
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2025, 9, 9, 8, 15),
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

/** Saves a version through the store and answers its id. */
async function save(name = 'Concept voor het MT', note = 'Na de tweede ronde'): Promise<string> {
  const result = await store.getState().saveVersion(name, note);
  expect(result).toMatchObject({ ok: true });
  const [version] = await db.versions.toArray();
  return version!.id;
}

describe('version/save', () => {
  it('freezes the programme as stored, signed and stamped, in one undoable step', async () => {
    const id = await save();
    const version = (await db.versions.get(id))!;
    expect(version).toMatchObject({
      programmeId: programme.id,
      name: 'Concept voor het MT',
      note: 'Na de tweede ronde',
      author: 'Anna de Vries',
      savedAt: '2025-10-09T08:15:00.000Z',
    });
    const frozen = versionSnapshot(version);
    if (!frozen.ok) throw new Error('version unreadable');
    const stored = (await loadProgrammeData(db, programme.id))!;
    expect(frozen.value.programme).toEqual(stored.programme);
    expect(frozen.value.activities).toEqual(stored.activities);
    expect(frozen.value.teams).toEqual(stored.teams);
    // The store's list has it at once; saving is not an amendment.
    expect(store.getState().versions.map((v) => v.id)).toEqual([id]);
    expect(await db.amendments.count()).toBe(0);
    // Undo removes the version again.
    await store.getState().undo();
    expect(await db.versions.count()).toBe(0);
    expect(store.getState().versions).toEqual([]);
  });

  it('freezes what the database holds, not what the screen had loaded', async () => {
    // Another window changed the title; this window's loaded data still has the old one.
    await db.activities.update(activity.id, { title: 'Gewijzigd in een ander venster' });
    const id = await save();
    const frozen = versionSnapshot((await db.versions.get(id))!);
    if (!frozen.ok) throw new Error('version unreadable');
    expect(frozen.value.activities.find((a) => a.id === activity.id)!.title).toBe(
      'Gewijzigd in een ander venster',
    );
  });

  it('refuses a version without a name, and writes nothing', async () => {
    const result = await store.getState().saveVersion('   ', '');
    expect(result).toMatchObject({ ok: false, error: { key: 'version.nameRequired' } });
    expect(await db.versions.count()).toBe(0);
  });

  it('a version is unchanged after edits to the programme, and a replayed save writes nothing', async () => {
    const id = await save();
    const before = await db.versions.get(id);
    await store.getState().dispatch(setField('activities', activity.id, ['title'], 'Nieuw'));
    await store.getState().dispatch(setField('programmes', programme.id, ['name'], 'Anders'));
    expect(await db.versions.get(id)).toEqual(before);
    const frozen = versionSnapshot(before!);
    if (!frozen.ok) throw new Error('version unreadable');
    expect(frozen.value.activities.find((a) => a.id === activity.id)!.title).toBe(activity.title);
    const again = await store
      .getState()
      .dispatch(saveVersion(id, programme.id, 'Overschreven', '', before!.savedAt, 'X'));
    expect(again.ok).toBe(true);
    expect(await db.versions.get(id)).toEqual(before);
  });
});

describe('version/adopt', () => {
  it('adopts a version of the programme on a real date, without an amendment; undo takes it back', async () => {
    const id = await save();
    const result = await store
      .getState()
      .dispatch(adoptVersion(programme.id, id, '2025-10-09'), { quiet: true });
    expect(result.ok).toBe(true);
    expect((await db.programmes.get(programme.id))!.adoption).toEqual({
      versionId: id,
      on: '2025-10-09',
    });
    expect(store.getState().data!.programme.adoption).toEqual({ versionId: id, on: '2025-10-09' });
    expect(await db.amendments.count()).toBe(0);
    // The adopted version cannot go: undoing its save is refused while it is adopted.
    await store.getState().undo();
    expect((await db.programmes.get(programme.id))!.adoption).toBeNull();
    await store.getState().redo();
    const gone = await store.getState().undoableStep({ key: 'history.edit' }, async (read) => {
      const row = await read('versions', id);
      return [{ table: 'versions', key: id, before: row, after: null }];
    });
    expect(gone).toMatchObject({ ok: false, error: { key: 'version.immutable' } });
    expect(await db.versions.count()).toBe(1);
    // Looked at, the adopted version shows its frozen content with the programme's adoption.
    await store.getState().dispatch(setField('activities', activity.id, ['title'], 'Later'), {
      amend: { reason: 'overig', explanation: 'Test' },
    });
    store.getState().viewVersion(id);
    const shown = store.getState().data!;
    expect(shown.programme.adoption).toEqual({ versionId: id, on: '2025-10-09' });
    expect(shown.activities.find((a) => a.id === activity.id)!.title).toBe(activity.title);
  });

  it.each([
    ['a date that does not exist', '2026-02-31', 'date.impossible'],
    ['a version that does not exist', 'missing', 'version.notFound'],
  ])('refuses %s and writes nothing', async (_what, arg, key) => {
    const id = await save();
    const call =
      arg === 'missing'
        ? adoptVersion(programme.id, 'bestaat-niet', '2025-10-09')
        : adoptVersion(programme.id, id, arg);
    const result = await store.getState().dispatch(call, { quiet: true });
    expect(result).toMatchObject({ ok: false, error: { key } });
    expect((await db.programmes.get(programme.id))!.adoption).toBeNull();
  });

  it('refuses a programme adopted already', async () => {
    const id = await save();
    await store.getState().dispatch(adoptVersion(programme.id, id, '2025-10-09'));
    const second = await save('Tweede');
    const result = await store
      .getState()
      .dispatch(adoptVersion(programme.id, second, '2025-11-01'), { quiet: true });
    expect(result).toMatchObject({
      ok: false,
      error: { key: 'version.alreadyAdopted', params: { date: '9 oktober 2025' } },
    });
    expect((await db.programmes.get(programme.id))!.adoption!.versionId).toBe(id);
  });

  it('refuses a version of another programme', async () => {
    const other = {
      ...programme,
      id: 'p-2027' as typeof programme.id,
      year: 2027,
      name: 'Werkprogramma 2027',
    };
    await db.programmes.put(other);
    const id = await save();
    const result = await store
      .getState()
      .dispatch(adoptVersion('p-2027', id, '2026-10-01'), { quiet: true });
    expect(result).toMatchObject({ ok: false, error: { key: 'version.otherProgramme' } });
    expect((await db.programmes.get('p-2027'))!.adoption).toBeNull();
  });
});

describe('looking at a version', () => {
  it('shows the version on every screen and refuses every write, undo included', async () => {
    const id = await save();
    await store.getState().dispatch(setField('activities', activity.id, ['title'], 'Na de versie'));
    expect(store.getState().viewVersion(id)).toBe(true);
    const shown = store.getState().data!;
    expect(shown.activities.find((a) => a.id === activity.id)!.title).toBe(activity.title);
    expect(store.getState().liveData!.activities.find((a) => a.id === activity.id)!.title).toBe(
      'Na de versie',
    );
    const edit = await store
      .getState()
      .dispatch(setField('activities', activity.id, ['title'], 'Poging'), { quiet: true });
    expect(edit).toMatchObject({ ok: false, error: { key: 'version.immutable' } });
    expect(await store.getState().addActivity()).toBeNull();
    expect(store.getState().notice?.message.key).toBe('version.immutable');
    await store.getState().undo();
    expect((await db.activities.get(activity.id))!.title).toBe('Na de versie');
    expect(await db.activities.where('programmeId').equals(programme.id).count()).toBe(
      demo.activities.filter((a) => a.programmeId === programme.id).length,
    );
    // Back to the programme: the live data again, and writes go through.
    store.getState().viewVersion(null);
    expect(store.getState().data!.activities.find((a) => a.id === activity.id)!.title).toBe(
      'Na de versie',
    );
    expect(
      (await store.getState().dispatch(setField('activities', activity.id, ['title'], 'Weer'))).ok,
    ).toBe(true);
  });

  it('stops showing the version when the programme on screen changes', async () => {
    const id = await save();
    store.getState().viewVersion(id);
    const other = {
      ...programme,
      id: 'p-2027' as typeof programme.id,
      year: 2027,
      name: 'Werkprogramma 2027',
    };
    await db.programmes.put(other);
    store.getState().setData(await loadProgrammeData(db, 'p-2027'));
    expect(store.getState().viewingVersionId).toBeNull();
    expect(store.getState().data!.programme.id).toBe('p-2027');
  });
});
