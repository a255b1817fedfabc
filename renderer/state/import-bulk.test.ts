import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { scaledDemo } from '../../shared/demo/scaled';
import {
  readProgrammeFile,
  readProgrammeFileInSteps,
  writeProgrammeFile,
  type ReadProgress,
} from '../../shared/file/programme-file';
import { KoersDb } from '../db/koers-db';
import { dumpDatabase, readBundle } from '../db/repositories/bundle';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';
import type { ImportProgress } from './types';

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-import-bulk-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: memoryHost().host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
});
afterEach(async () => {
  await db.delete();
});

const fileOf = (size: number) =>
  writeProgrammeFile([scaledDemo(size)], {
    kind: 'uitwisseling',
    exportedAt: '2026-03-02T09:00:00.000Z',
    appVersion: 'test',
  });

describe('an import in bulk', () => {
  it('writes every row of the file, says how far it has come, and one undo takes it back', async () => {
    const before = await dumpDatabase(db);
    const seen: ImportProgress[] = [];
    const stop = store.subscribe((s) => {
      if (s.importProgress && s.importProgress !== seen.at(-1)) seen.push(s.importProgress);
    });
    const size = 2500;
    const text = fileOf(size);
    expect(await store.getState().importProgrammeFile('groot.koers.json', text)).toBe(true);
    stop();
    // The database holds the file's organisation exactly (the same rows a row-by-row write left).
    const read = readProgrammeFile('groot.koers.json', text);
    if (!read.ok) throw new Error('file not read');
    const file = read.value[0];
    const stored = await readBundle(db, file?.organisation.id);
    // Merged with the demo of the same organisation: its own activities stay.
    expect(stored?.activities.length).toBe(size + createDemoData().activities.length);
    const byId = new Map(stored?.activities.map((a) => [a.id, a]));
    for (const a of file?.activities ?? []) expect(byId.get(a.id)).toEqual(a);
    const teams = new Map(stored?.teams.map((t) => [t.id, t]));
    for (const t of file?.teams ?? []) expect(teams.get(t.id)).toEqual(t);
    expect(stored?.programmes).toEqual(file?.programmes);
    // Progress: reading, then checking and writing counted in activities up to all of them.
    expect(seen[0]?.phase).toBe('reading');
    const checking = seen.filter((p) => p.phase === 'checking');
    const writing = seen.filter((p) => p.phase === 'writing');
    expect(checking.at(-1)).toEqual({ phase: 'checking', done: size, total: size });
    expect(writing.length).toBeGreaterThan(1);
    expect(writing.at(-1)?.done).toBe(size);
    expect(writing.every((p, i) => i === 0 || p.done >= (writing[i - 1]?.done ?? 0))).toBe(true);
    expect(store.getState().importProgress).toBeNull();
    await store.getState().undo();
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('the file read in steps gives the same answer as read at once, for good and bad files', async () => {
    const text = fileOf(4500);
    const steps: ReadProgress[] = [];
    const inSteps = await readProgrammeFileInSteps('a.koers.json', text, (p) => {
      steps.push(p);
      return Promise.resolve();
    });
    expect(inSteps).toEqual(readProgrammeFile('a.koers.json', text));
    expect(steps.map((s) => s.done)).toEqual([0, 2000, 4000, 4500]);
    // An activity deep in the list with an impossible month: the same Dutch place and reason.
    const bad = text.replace('"act-scaled-4321"', '"act-scaled-4321", "onbekend": 1');
    const once = readProgrammeFile('b.koers.json', bad);
    expect(once.ok).toBe(false);
    expect(await readProgrammeFileInSteps('b.koers.json', bad, () => Promise.resolve())).toEqual(
      once,
    );
  });
});
