import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { adoptedBundle } from '../../shared/demo/life-cycle';
import { writeProgrammeFile, type ProgrammeBundle } from '../../shared/file/programme-file';
import { translate } from '../../shared/i18n/translate';
import { KoersDb } from '../db/koers-db';
import { readBundles } from '../db/repositories/bundle';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { setField } from './commands/calls';
import { createKoersStore, type KoersStore } from './store';

/** Issue 10: reading a file into an adopted programme, and restoring a backup of one. */

let db: KoersDb;
let store: KoersStore;
let host: ReturnType<typeof memoryHost>;
let counter = 0;
const demo = createDemoData();
const programme = demo.programmes[0]!;
const activity = demo.activities[0]!;

/** The demo with its programme adopted (a version of it as it is). */
function adopted(): ProgrammeBundle {
  return adoptedBundle(demo, programme.id, {
    id: 'v-adopted',
    name: 'Vastgesteld',
    note: '',
    savedAt: '2025-10-09T10:00:00.000Z',
    author: 'Strategie',
    on: '2025-10-09',
  }).bundle;
}

const fileOf = (bundles: ProgrammeBundle[]) =>
  writeProgrammeFile(bundles, {
    kind: 'back-up',
    exportedAt: '2026-03-01T00:00:00Z',
    appVersion: 'test',
  });

const notice = () => {
  const n = store.getState().notice!;
  return translate(n.message.key, n.message.params);
};

beforeEach(async () => {
  db = new KoersDb(`koers-amend-files-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, adopted());
  host = memoryHost();
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30),
    loadSolver: () => Promise.reject(new Error('niet nodig')),
    host: host.host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

describe('a file read into an adopted programme', () => {
  it('is one amendment, reason overig, naming the file; it keeps the stored version and says so', async () => {
    const [bundle] = await readBundles(db);
    const stored = await db.versions.get('v-adopted');
    const file = fileOf([
      {
        ...bundle!,
        activities: bundle!.activities.map((a) =>
          a.id === activity.id ? { ...a, title: 'Uit het bestand' } : a,
        ),
        versions: bundle!.versions.map((v) => ({ ...v, name: 'Anders genoemd' })),
      },
    ]);
    expect(await store.getState().importProgrammeFile('wijziging.koers.json', file)).toBe(true);
    // Nothing asked: the import gives its own reason.
    expect(store.getState().amendmentRequest).toBeNull();
    expect((await db.activities.get(activity.id))!.title).toBe('Uit het bestand');
    expect(await db.versions.get('v-adopted')).toEqual(stored);
    const amendments = await db.amendments.toArray();
    expect(amendments).toHaveLength(1);
    expect(amendments[0]).toMatchObject({
      reason: 'overig',
      explanation: 'Ingelezen uit wijziging.koers.json',
      label: { key: 'history.import' },
      activityId: activity.id,
    });
    expect(notice()).toContain(
      '1 versie(s) uit het bestand niet ingelezen: Koers heeft al een versie met hetzelfde id',
    );
    // Undo takes the change and its amendment away together.
    await store.getState().undo();
    expect(await db.amendments.count()).toBe(0);
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
  });

  it('keeps the amendments a file brings apart from its own', async () => {
    await store.getState().dispatch(setField('activities', activity.id, ['sourceRef'], 'x'), {
      amend: { reason: 'incident', explanation: 'Eerst.' },
    });
    const [withOne] = await readBundles(db);
    const brought = withOne!.amendments[0]!;
    await store.getState().undo();
    expect(await db.amendments.count()).toBe(0);
    // The file holds that amendment (and its change): both come in, with the import's own.
    expect(await store.getState().importProgrammeFile('terug.koers.json', fileOf([withOne!]))).toBe(
      true,
    );
    const all = await db.amendments.toArray();
    expect(all).toHaveLength(2);
    expect(all.find((a) => a.id === brought.id)).toEqual(brought);
    expect(all.find((a) => a.id !== brought.id)).toMatchObject({
      reason: 'overig',
      explanation: 'Ingelezen uit terug.koers.json',
    });
  });
});

describe('restoring a backup of an adopted programme', () => {
  it('makes the database equal to the backup and records no amendment of its own', async () => {
    const backup = fileOf(await readBundles(db));
    await store.getState().dispatch(setField('activities', activity.id, ['title'], 'Later'), {
      amend: { reason: 'incident', explanation: 'Na de back-up.' },
    });
    expect(await db.amendments.count()).toBe(1);
    expect(await store.getState().restoreFromText('terug.koers.json', backup)).toBe(true);
    expect(store.getState().amendmentRequest).toBeNull();
    expect((await db.activities.get(activity.id))!.title).toBe(activity.title);
    expect(await db.amendments.count()).toBe(0);
  });
});
