import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { parseCsv } from '../../shared/import/csv-read';
import {
  applyFieldMappings,
  guessMapping,
  readRealisationRows,
  splitHeader,
} from '../../shared/import/realisation-mapping';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-realisation-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => 0,
    loadSolver: async () => highsSolver(await highsLoader()),
    host: memoryHost().host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

/** The drafts a CSV text reads as against the programme on screen. */
function drafts(text: string) {
  const data = store.getState().data!;
  const read = parseCsv(text);
  if (!read.ok) throw new Error('no CSV');
  const { headers, data: rows } = splitHeader(read.value.rows);
  const mapping = guessMapping(headers);
  return readRealisationRows(applyFieldMappings(rows, mapping), mapping, headers, {
    year: data.programme.year,
    activities: data.activities,
    teams: data.teams,
  });
}

describe('importing realisation (issue 13)', () => {
  it('writes the rows as one step that undo takes back whole, and a second read replaces, never adds', async () => {
    const data = store.getState().data!;
    const [a, b] = data.activities;
    const team = data.teams[0]!;
    const text = [
      'Activiteit;Team;Periode;Uren;Kosten',
      `${a!.title};${team.name};2026-03;100;1.000,00`,
      `${a!.title};${team.name};2026-03;20,5;`,
      `${b!.title};;2026-04;8;`,
    ].join('\r\n');
    const read = drafts(text);
    expect(read.problems).toEqual([]);
    const stepsBefore = store.getState().history.past.length;
    expect(await store.getState().importRealisations('uren.csv', read.drafts, 3)).toBe(true);
    expect(store.getState().history.past.length).toBe(stepsBefore + 1);
    const rows = await db.realisations.toArray();
    expect(rows.map((r) => [r.activityId, r.teamId, r.month, r.hours, r.costCents]).sort()).toEqual(
      [
        [a!.id, team.id, '2026-03', 120.5, 100000],
        [b!.id, null, '2026-04', 8, 0],
      ].sort(),
    );
    expect(store.getState().notice?.message).toEqual({
      key: 'realisation.imported',
      params: { n: '3', file: 'uren.csv' },
    });

    // Read again: the same places, the same ids, no hours counted twice.
    expect(await store.getState().importRealisations('uren.csv', read.drafts, 3)).toBe(true);
    const again = await db.realisations.toArray();
    expect(again.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(again.reduce((s, r) => s + r.hours, 0)).toBe(128.5);

    await store.getState().undo();
    await store.getState().undo();
    expect(await db.realisations.count()).toBe(0);
  });

  it('a file with a bad row reads nothing: the store is never asked to write', async () => {
    const data = store.getState().data!;
    const text = [
      'Activiteit;Periode;Uren',
      `${data.activities[0]!.title};2026-03;8`,
      `${data.activities[1]!.title};2026-03;acht`,
    ].join('\n');
    const read = drafts(text);
    expect(read.drafts).toEqual([]);
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([[3, 'Uren']]);
    expect(await db.realisations.count()).toBe(0);
  });
});
