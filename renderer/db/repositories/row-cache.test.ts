import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { rowsOfBundles, TABLE_NAMES } from '../../../shared/domain/tables';
import { deepEqual } from '../../../shared/delta/delta';
import { KoersDb } from '../koers-db';
import { seedIfEmpty } from '../seed';
import { loadProgrammeData } from './programme-data';
import { parseRowsCached, sameStored } from './row-cache';
import { ROW_SCHEMAS } from './schemas';
import { applyDeltas } from './rows';
import { UnreadableRow } from './unreadable';

let db: KoersDb;
beforeEach(async () => {
  db = new KoersDb(`row-cache-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
});
afterEach(async () => {
  await db.delete();
});

const write = (id: string, title: string) =>
  db.transaction(
    'rw',
    TABLE_NAMES.map((t) => db.table(t)),
    () =>
      applyDeltas(
        db,
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

describe('a re-read keeps unchanged rows and parses changed ones', () => {
  it('an unchanged row is the same object; a row written is the one stored, a changed one new', async () => {
    const first = await loadProgrammeData(db, null);
    const again = await loadProgrammeData(db, null);
    if (!first || !again) throw new Error('no programme');
    expect(again.activities.every((a, i) => a === first.activities[i])).toBe(true);
    expect(again.programme).toBe(first.programme);
    expect(again.teams.every((t, i) => t === first.teams[i])).toBe(true);
    const edited = first.activities[1];
    if (!edited) throw new Error('no activity');
    const written = await write(edited.id, 'Gewijzigde titel');
    const after = await loadProgrammeData(db, null);
    const now = after?.activities.find((a) => a.id === edited.id);
    expect(now?.title).toBe('Gewijzigde titel');
    expect(now).not.toBe(edited);
    // The write's own row is what the echo returns: the history slice patched exactly it in.
    expect(now).toBe(written.rows[0]?.after);
    expect(after?.activities.filter((a) => a.id !== edited.id)).toEqual(
      first.activities.filter((a) => a.id !== edited.id),
    );
    for (const a of after?.activities ?? [])
      if (a.id !== edited.id) expect(a).toBe(first.activities.find((b) => b.id === a.id));
  });

  it('a row changed behind the cache (another connection) is parsed again, never the stale one', async () => {
    const first = await loadProgrammeData(db, null);
    const a = first?.activities[0];
    if (!a) throw new Error('no activity');
    const other = new KoersDb(db.name);
    await other.open();
    await other.activities.put({ ...a, title: 'Door een ander venster' });
    const after = await loadProgrammeData(db, null);
    expect(after?.activities.find((x) => x.id === a.id)?.title).toBe('Door een ander venster');
    other.close();
  });

  it('a corrupt stored row is still validated: the cached parse of its old value is not used', async () => {
    const first = await loadProgrammeData(db, null);
    const a = first?.activities[0];
    if (!a) throw new Error('no activity');
    // Written past the schema (as a hand-edited database would be): an impossible start month.
    await db.activities.put({ ...a, startMonth: '2026-13' } as never);
    await expect(loadProgrammeData(db, null)).rejects.toBeInstanceOf(UnreadableRow);
  });

  it('rows of another connection are cached apart (two windows never share parsed objects)', async () => {
    const other = new KoersDb(db.name);
    await other.open();
    const mine = await loadProgrammeData(db, null);
    const theirs = await loadProgrammeData(other, null);
    expect(theirs?.activities[0]).toEqual(mine?.activities[0]);
    expect(theirs?.activities[0]).not.toBe(mine?.activities[0]);
    other.close();
  });
});

describe('the cache is sound', () => {
  it('sameStored agrees with deepEqual on JSON values, and is never looser', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const clone: unknown = structuredClone(a);
        expect(sameStored(a, clone)).toBe(true);
        if (sameStored(a, b)) expect(deepEqual(a, b)).toBe(true);
      }),
    );
    expect(sameStored({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameStored([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameStored(new Date(0), new Date(1))).toBe(false);
  });

  it('a written row parses to itself (the echo of a write may return the row written)', () => {
    const rows = rowsOfBundles([createDemoData()]);
    for (const table of TABLE_NAMES)
      for (const row of rows[table]) {
        const once = ROW_SCHEMAS[table].parse(row);
        expect(ROW_SCHEMAS[table].parse(structuredClone(once))).toEqual(once);
      }
  });

  it('parses each changed value, whatever order of reads and edits (property)', async () => {
    const base = (await db.activities.toArray()).slice(0, 5);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(4), fc.string({ minLength: 1, maxLength: 20 })), {
          maxLength: 12,
        }),
        (edits) => {
          const rows = base.map((r) => structuredClone(r));
          let before = parseRowsCached(
            db,
            'activities',
            rows.map((r) => structuredClone(r)),
          );
          for (const [i, title] of edits) {
            const row = rows[i];
            if (row) row.title = title.trim() === '' ? 'x' : title.trim();
            const now = parseRowsCached(
              db,
              'activities',
              rows.map((r) => structuredClone(r)),
            );
            now.forEach((p, k) => {
              expect(p.title).toBe(rows[k]?.title);
              if (k !== i) expect(p).toBe(before[k]);
            });
            before = now;
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
