import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import highsLoader from 'highs';
import { memoryHost } from '../../../tests/unit/memory-host';
import type { SaveFormat } from '../../../shared/contract/file-name';
import type { HostApi } from '../../../shared/contract/host-api';
import { SafeFileName } from '../../../shared/contract/schemas';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { highsSolver } from '../../../shared/planning/selection-highs';
import { KoersDb } from '../../db/koers-db';
import { loadProgrammeData } from '../../db/repositories/programme-data';
import { seedIfEmpty } from '../../db/seed';
import { createKoersStore, type KoersStore } from '../store';

// The exports ask the host to save under a name the save channel accepts, and say the format,
// whatever the programme is called (a '/' or a 190-character name made the desktop refuse).
let db: KoersDb;
let store: KoersStore;
let asked: { name: string; format: SaveFormat }[];
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-export-names-${counter++}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  asked = [];
  const host: HostApi = {
    ...memoryHost().host,
    saveFile: (name, _content, format) => {
      asked.push({ name, format });
      return Promise.resolve({ ok: true, value: { name } });
    },
  };
  store = createKoersStore({
    db,
    newId: () => `new-${++counter}`,
    now: () => 0,
    loadSolver: async () => highsSolver(await highsLoader()),
    host,
  });
  const data = (await loadProgrammeData(db, null))!;
  store.getState().setData({
    ...data,
    programme: { ...data.programme, name: `Werkprogramma 2026/2027: "concept" ${'x'.repeat(190)}` },
  });
});

afterEach(async () => {
  await db.delete();
});

describe('exports from a programme whose name holds / : " and is long', () => {
  it.each([
    ['the programme file', () => store.getState().exportToFile(), 'koers', '.koers.json'],
    ['the table as CSV', () => store.getState().exportTable('csv'), 'csv', '.csv'],
    ['the table as XLSX', () => store.getState().exportTable('xlsx'), 'xlsx', '.xlsx'],
    ['the amendment log as CSV', () => store.getState().exportAmendments('csv'), 'csv', '.csv'],
  ] as const)('%s is saved under a safe name, with its format', async (_what, run, format, end) => {
    expect(await run()).toBe(true);
    expect(asked).toHaveLength(1);
    const { name, format: said } = asked[0]!;
    expect(said).toBe(format);
    expect(name.endsWith(end)).toBe(true);
    expect(name.startsWith('Werkprogramma 2026-2027- -concept- x')).toBe(true);
    expect(SafeFileName.safeParse(name).success).toBe(true);
  });
});
