import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { KoersDb } from '../koers-db';
import { loadProgrammeData } from '../repositories/programme-data';
import { seedIfEmpty } from '../seed';

describe('schema v001', () => {
  it('creates every table with the indexes the screens query', async () => {
    const db = new KoersDb(`v001-${Math.random()}`, 1);
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['activities', 'domains', 'mjps', 'organisations', 'programmes', 'teams', 'themes'].sort(),
    );
    const indexes = (name: string) =>
      db
        .table(name)
        .schema.indexes.map((i) => i.name)
        .sort();
    expect(indexes('activities')).toEqual(['domainId', 'primaryThemeId', 'programmeId']);
    expect(indexes('themes')).toEqual(['mjpId', 'parentId']);
    await db.delete();
  });

  it('holds the demo and reads it back field for field through the repositories', async () => {
    const demo = createDemoData();
    const db = new KoersDb(`v001-${Math.random()}`);
    await db.open();
    expect(await seedIfEmpty(db, demo)).toBe(true);
    const programme = demo.programmes.find((p) => p.year === 2026)!;
    const data = await loadProgrammeData(db, programme.id);
    expect(data?.programme).toEqual(programme);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...(data?.activities ?? [])].sort(byId)).toEqual(
      demo.activities.filter((a) => a.programmeId === programme.id).sort(byId),
    );
    expect(data?.themes.length).toBe(demo.themes.length);
    await db.delete();
  });
});
