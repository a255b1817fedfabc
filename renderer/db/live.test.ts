import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { TABLE_NAMES } from '../../shared/domain/tables';
import { KoersDb } from './koers-db';
import { seedIfEmpty } from './seed';
import { watchProgrammeData } from './live';
import { applyDeltas } from './repositories/rows';
import { loadProgrammeData, type ProgrammeData } from './repositories/programme-data';

let db: KoersDb;
let other: KoersDb;
let stop: () => void = () => undefined;
beforeEach(async () => {
  db = new KoersDb(`live-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  other = new KoersDb(db.name);
  await other.open();
});
afterEach(async () => {
  stop();
  other.close();
  await db.delete();
});

/** Starts watching; `next(test)` waits for the first data that passes `test`. */
function watch(on: KoersDb) {
  const seen: ProgrammeData[] = [];
  const waiting: { test: (d: ProgrammeData) => boolean; done: (d: ProgrammeData) => void }[] = [];
  stop = watchProgrammeData(
    on,
    null,
    (data) => {
      if (!data) return;
      seen.push(data);
      for (const w of [...waiting])
        if (w.test(data)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.done(data);
        }
    },
    (error) => {
      throw error;
    },
  );
  const next = (test: (d: ProgrammeData) => boolean) =>
    new Promise<ProgrammeData>((done) => {
      const hit = seen.find(test);
      if (hit) done(hit);
      else waiting.push({ test, done });
    });
  return { seen, next };
}

const retitle = (on: KoersDb, id: string, title: string) =>
  on.transaction(
    'rw',
    TABLE_NAMES.map((t) => on.table(t)),
    () =>
      applyDeltas(
        on,
        [
          {
            table: 'activities',
            key: id,
            op: 'update',
            fields: [{ path: ['title'], before: undefined, after: title }],
          },
        ],
        'exact',
      ),
  );

describe('the programme watcher', () => {
  it("another window's write arrives, and every other row keeps its object", async () => {
    const w = watch(db);
    const first = await w.next(() => true);
    const target = first.activities[2];
    if (!target) throw new Error('no activity');
    await retitle(other, target.id, 'Uit een ander venster');
    const after = await w.next((d) =>
      d.activities.some((a) => a.title === 'Uit een ander venster'),
    );
    expect(after.activities.map((a) => a.id)).toEqual(first.activities.map((a) => a.id));
    after.activities.forEach((a, i) => {
      if (a.id !== target.id) expect(a).toBe(first.activities[i]);
    });
    expect(after.programme).toBe(first.programme);
  });

  it("this window's own write comes back as the very row written (no re-parse)", async () => {
    const w = watch(db);
    const first = await w.next(() => true);
    const target = first.activities[0];
    if (!target) throw new Error('no activity');
    const written = await retitle(db, target.id, 'Eigen wijziging');
    const echo = await w.next((d) => d.activities.some((a) => a.title === 'Eigen wijziging'));
    expect(echo.activities.find((a) => a.id === target.id)).toBe(written.rows[0]?.after);
    expect(echo.activities.slice(1).every((a, i) => a === first.activities[i + 1])).toBe(true);
  });

  it('a new programme or a deleted activity from another window still arrives', async () => {
    const w = watch(db);
    const first = await w.next(() => true);
    const gone = first.activities[1];
    if (!gone) throw new Error('no activity');
    await other.activities.delete(gone.id);
    const after = await w.next((d) => d.activities.length === first.activities.length - 1);
    expect(after.activities.some((a) => a.id === gone.id)).toBe(false);
    await other.programmes.put({ ...first.programme, name: 'Hernoemd elders' });
    const renamed = await w.next((d) => d.programme.name === 'Hernoemd elders');
    expect(renamed.activities.length).toBe(first.activities.length - 1);
  });

  it('a read started before a write commits is the data of one moment, never half of each', async () => {
    const first = await loadProgrammeData(db, null);
    const act = first?.activities[0];
    if (!first || !act) throw new Error('no data');
    // The read starts first; the write (programme and activity together) commits while it runs.
    const reading = loadProgrammeData(db, null);
    const writing = db.transaction('rw', [db.programmes, db.activities], async () => {
      await db.programmes.put({ ...first.programme, name: 'Tegelijk' });
      await db.activities.put({ ...act, title: 'Tegelijk' });
    });
    const [read] = await Promise.all([reading, writing]);
    const newProgramme = read?.programme.name === 'Tegelijk';
    const newActivity = read?.activities.find((a) => a.id === act.id)?.title === 'Tegelijk';
    expect(newActivity).toBe(newProgramme);
  });
});
