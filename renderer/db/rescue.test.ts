import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from './koers-db';
import { loadProgrammeData } from './repositories/programme-data';
import { readBundle } from './repositories/bundle';
import { UnreadableRow } from './repositories/unreadable';
import { DATABASE_COPY_FORMAT, databaseCopy, replaceDatabase } from './rescue';
import { seedIfEmpty } from './seed';

/** A database with the demo whose programme carries a date that does not exist. */
async function withImpossibleDate(): Promise<KoersDb> {
  const db = new KoersDb(`rescue-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  const programme = (await db.programmes.toCollection().first())!;
  await db.table('programmes').put({ ...programme, closedOn: '2026-02-31' });
  return db;
}

describe('when stored rows cannot be read', () => {
  it('says in Dutch which value is wrong and why, instead of a zod dump', async () => {
    const db = await withImpossibleDate();
    const error = await loadProgrammeData(db, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableRow);
    expect((error as Error).message).toBe(
      'In de database staat bij programma „Werkprogramma 2026”, afgesloten op een waarde die Koers niet kan lezen: „2026-02-31”. 31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.',
    );
    await db.delete();
  });

  it('copies every row as stored, the unreadable one included', async () => {
    const db = await withImpossibleDate();
    const copy = JSON.parse(await databaseCopy(db, '2026-03-02T08:00:00.000Z')) as {
      format: string;
      schemaVersion: number;
      tables: Record<string, unknown[]>;
    };
    expect(copy.format).toBe(DATABASE_COPY_FORMAT);
    expect(copy.schemaVersion).toBe(db.verno);
    expect(copy.tables['activities']).toHaveLength(await db.activities.count());
    expect(JSON.stringify(copy.tables['programmes'])).toContain('"closedOn":"2026-02-31"');
    await db.delete();
  });

  it('replaces the whole database by a file: rows absent from it are gone', async () => {
    const db = await withImpossibleDate();
    const demo = createDemoData();
    await db.table('activities').put({ ...demo.activities[0]!, id: 'later-added' });
    await replaceDatabase(db, [demo]);
    expect(await db.activities.get('later-added')).toBeUndefined();
    expect(await db.activities.count()).toBe(demo.activities.length);
    expect((await readBundle(db))?.programmes).toEqual(demo.programmes);
    await db.delete();
  });
});
