import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { KoersDb, MIGRATIONS, TABLE_NAMES } from '../koers-db';
import { ROW_SCHEMAS } from '../repositories/rows';
import { seedIfEmpty } from '../seed';

/** Every released schema version has a fixture database, written once from that version's schema. */
const fixture = (v: number) => `tests/fixtures/db/v${String(v).padStart(3, '0')}.json`;

async function dump(db: KoersDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLE_NAMES)
    out[t] = (await db.table(t).toArray()).sort((a: { id: string }, b: { id: string }) =>
      a.id.localeCompare(b.id),
    );
  return out;
}

describe('schema upgrades', () => {
  it.each(MIGRATIONS.map((_, i) => i + 1))(
    'opens a version %i database with the current code, field by field',
    async (version) => {
      const path = fixture(version);
      if (!existsSync(path)) {
        // First run after a release: write the fixture from that version's schema, then commit it.
        const db = new KoersDb(`fixture-${version}-${Math.random()}`, version);
        await db.open();
        await seedIfEmpty(db, createDemoData());
        mkdirSync('tests/fixtures/db', { recursive: true });
        writeFileSync(path, `${JSON.stringify(await dump(db), null, 1)}\n`);
        await db.delete();
      }
      const rows = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown[]>;
      const name = `upgrade-${version}-${Math.random()}`;
      const old = new KoersDb(name, version);
      await old.open();
      for (const t of TABLE_NAMES) await old.table(t).bulkAdd(rows[t] ?? []);
      old.close();

      const current = new KoersDb(name);
      await current.open();
      expect(current.verno).toBe(MIGRATIONS.length);
      const after = await dump(current);
      for (const t of TABLE_NAMES) {
        const schema = ROW_SCHEMAS[t];
        // Every row still parses with today's schema, and every field the fixture had is kept.
        for (const [i, row] of (after[t] ?? []).entries()) {
          const parsed = schema.parse(row) as Record<string, unknown>;
          const original = (rows[t] ?? [])[i] as Record<string, unknown>;
          for (const [field, value] of Object.entries(original))
            expect(parsed[field], `${t}[${i}].${field}`).toEqual(value);
        }
        expect(after[t]).toHaveLength((rows[t] ?? []).length);
      }
      await current.delete();
    },
  );

  it('leaves the old data intact and says so when an upgrade throws', async () => {
    const name = `failing-${Math.random()}`;
    const old = new KoersDb(name, MIGRATIONS.length);
    await old.open();
    await seedIfEmpty(old, createDemoData());
    const before = await dump(old);
    old.close();
    // A next version whose upgrade throws half-way.
    const broken = new KoersDb(name, MIGRATIONS.length);
    broken
      .version(MIGRATIONS.length + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('activities').clear();
        throw new Error('upgrade kapot');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const again = new KoersDb(name, MIGRATIONS.length);
    await again.open();
    expect(await dump(again)).toEqual(before);
    await again.delete();
  });
});
