import { Comment, Decision, Scenario } from '../../../shared/domain/review';
import { Realisation } from '../../../shared/domain/realisation';
import 'fake-indexeddb/auto';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../../shared/demo/inspectie-jenv';
import { createDemoLifeCycle } from '../../../shared/demo/life-cycle';
import {
  FIXTURE_COMMAND,
  fixturePath,
  readFixture,
  writeFixtures,
  type FixtureRows,
} from '../../../tests/unit/db-fixtures';
import { KoersDb, MIGRATIONS } from '../koers-db';
import { ROW_SCHEMAS } from '../repositories/rows';
import { seedIfEmpty } from '../seed';
import { upgradeRowsV3 } from './v003-versions';

/** Every table of an open database, rows in primary-key order (as IndexedDB returns them). */
async function dump(db: Dexie): Promise<FixtureRows> {
  const out: FixtureRows = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/**
 * The newest version's fixture: the life-cycle demo (with a version and amendments), a
 * scenario with a decision and a comment, and a realisation row with its activity's year-end
 * status and a publication (issue 13), so every table and field has rows; written by today's
 * code into today's schema.
 */
async function createNewest(): Promise<FixtureRows> {
  const db = new KoersDb(`fixture-${Math.random()}`);
  await db.open();
  const demo = createDemoLifeCycle();
  const programmeId = demo.programmes[0]!.id;
  const activity = demo.activities.find((a) => a.programmeId === programmeId && a.outputs[0])!;
  const activityId = activity.id;
  const at = '2025-09-12T10:00:00.000Z';
  const realised = {
    ...activity,
    yearEnd: { status: 'loopt-door' as const, reason: 'Rapport verschijnt in februari' },
    deviationNote: 'Meer dossiers dan verwacht',
    outputs: activity.outputs.map((o, i) =>
      i === 0 ? { ...o, publishedOn: '2026-11-20' as typeof o.publishedOn } : o,
    ),
  };
  await seedIfEmpty(db, {
    ...demo,
    activities: demo.activities.map((a) => (a.id === activityId ? realised : a)),
    realisations: [
      Realisation.parse({
        id: 'real-fixture',
        programmeId,
        activityId,
        teamId: activity.allocations[0]?.teamId ?? null,
        month: '2026-03',
        hours: 37.5,
        costCents: 125050,
        source: 'urenregistratie-2026.csv',
      }),
    ],
    scenarios: [
      Scenario.parse({
        id: 'scen-fixture',
        programmeId,
        name: 'Taakstelling 5%',
        note: '',
        base: { kind: 'adopted' },
        createdAt: at,
        author: 'IG',
        changes: [
          {
            table: 'activities',
            key: activityId,
            op: 'update',
            fields: [
              { path: ['force'], before: null, after: { mode: 'out', reason: 'Taakstelling' } },
            ],
          },
        ],
      }),
    ],
    decisions: [
      Decision.parse({
        id: 'dec-fixture',
        programmeId,
        activityId,
        scenarioId: null,
        kind: 'aanhouden',
        reason: 'Eerst het signaal afwachten',
        author: 'IG',
        at,
      }),
    ],
    comments: [
      Comment.parse({
        id: 'com-fixture',
        programmeId,
        activityId,
        scenarioId: 'scen-fixture',
        replyTo: null,
        text: 'Kan dit naar het tweede kwartaal?',
        author: 'IG',
        at,
      }),
    ],
  });
  const rows = await dump(db);
  await db.delete();
  return rows;
}

const newest = MIGRATIONS.length;
const fixture = (version: number): Promise<FixtureRows> =>
  readFixture(version, { newest, write: writeFixtures(), create: createNewest });

/** A database at `version` holding a fixture's rows. */
async function seeded(version: number, rows: FixtureRows): Promise<string> {
  const name = `upgrade-${version}-${Math.random()}`;
  const old = new KoersDb(name, version);
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  old.close();
  return name;
}

/**
 * The rows as the documented upgrades change them (schema 3: output ids, publishedOn becomes an
 * adoption of a version; schema 4: a planned output reads with no publication, from its schema's
 * defaults); the test then checks that nothing else changed.
 */
function upgraded(version: number, rows: FixtureRows): FixtureRows {
  if (version >= 4) return rows;
  return withPublicationDefaults(upgradedV3(version, rows));
}

/** Schema 4's reading of an older output: not published, under its planned title. */
function withPublicationDefaults(rows: FixtureRows): FixtureRows {
  return {
    ...rows,
    activities: (rows.activities ?? []).map((a) => {
      const activity = a as { outputs?: Record<string, unknown>[] };
      return {
        ...activity,
        outputs: (activity.outputs ?? []).map((o) => ({
          publishedOn: null,
          publishedTitle: '',
          ...o,
        })),
      };
    }),
  };
}

/** The rows after schema 3's documented change (see `upgraded`). */
function upgradedV3(version: number, rows: FixtureRows): FixtureRows {
  if (version >= 3) return rows;
  const byId = (a: unknown, b: unknown) =>
    (a as { id: string }).id < (b as { id: string }).id ? -1 : 1;
  const v3 = upgradeRowsV3(rows as Record<string, Record<string, unknown>[]>);
  return {
    ...rows,
    programmes: [...v3.programmes].sort(byId),
    activities: [...v3.activities].sort(byId),
    versions: [...v3.versions].sort(byId),
  };
}

/** Every row of the fixture is still there after the upgrade, every field it had unchanged. */
function expectKept(before: FixtureRows, after: FixtureRows): void {
  for (const [table, rows] of Object.entries(before)) {
    const now = after[table];
    expect(now, `table ${table} after the upgrade`).toBeDefined();
    expect(now, table).toHaveLength(rows.length);
    const schema = (ROW_SCHEMAS as Record<string, (typeof ROW_SCHEMAS)[keyof typeof ROW_SCHEMAS]>)[
      table
    ];
    for (const [i, original] of rows.entries()) {
      const row = (now ?? [])[i] as Record<string, unknown>;
      // Today's schema reads the row (tables without an entity schema are compared as they are).
      const parsed = (schema ? schema.parse(row) : row) as Record<string, unknown>;
      for (const [field, value] of Object.entries(original as Record<string, unknown>))
        expect(parsed[field], `${table}[${i}].${field}`).toEqual(value);
    }
  }
}

describe('schema upgrades', () => {
  // Every released version needs its fixture; a missing one fails with the command that writes it.
  it.each(MIGRATIONS.map((_, i) => i + 1))(
    'has the fixture database of version %i',
    async (version) => {
      const rows = await fixture(version);
      expect(Object.keys(rows).length).toBeGreaterThan(0);
      expect(Object.values(rows).some((list) => list.length > 0)).toBe(true);
    },
  );

  // The real upgrade path: each older version's fixture, opened at that version, reopened at the newest.
  it.each(MIGRATIONS.slice(0, -1).map((_, i) => i + 1))(
    'upgrades a version %i database to the newest, field by field',
    async (version) => {
      const rows = await fixture(version);
      const name = await seeded(version, rows);
      const current = new KoersDb(name);
      await current.open();
      expect(current.verno).toBe(newest);
      expectKept(upgraded(version, rows), await dump(current));
      await current.delete();
    },
  );

  it('reads the newest version’s fixture with today’s code, field by field', async () => {
    const rows = await fixture(newest);
    const name = await seeded(newest, rows);
    const current = new KoersDb(name);
    await current.open();
    expectKept(rows, await dump(current));
    // The fixture covers every table of the newest schema.
    expect(Object.keys(rows).sort()).toEqual(current.tables.map((t) => t.name).sort());
    await current.delete();
  });

  it('turns a publication date into the adoption of a version holding the programme as it was', async () => {
    const rows = await fixture(2);
    const old = (rows.programmes ?? []).find(
      (p) => typeof (p as { publishedOn?: unknown }).publishedOn === 'string',
    ) as { id: string; publishedOn: string };
    expect(old).toBeDefined();
    const name = await seeded(2, rows);
    const current = new KoersDb(name);
    await current.open();
    const programme = ROW_SCHEMAS.programmes.parse(await current.programmes.get(old.id));
    expect(programme.adoption?.on).toBe(old.publishedOn);
    expect('publishedOn' in programme).toBe(false);
    const version = ROW_SCHEMAS.versions.parse(
      await current.versions.get(programme.adoption!.versionId),
    );
    const content = version.content as { activities: { id: string }[] };
    const activities = (rows.activities ?? []).filter(
      (a) => (a as { programmeId: string }).programmeId === old.id,
    );
    expect(content.activities.map((a) => a.id).sort()).toEqual(
      activities.map((a) => (a as { id: string }).id).sort(),
    );
    for (const a of await current.activities.toArray())
      expect(new Set(a.outputs.map((o) => o.id)).size).toBe(a.outputs.length);
    await current.delete();
  });

  // Issue 10: an adopted version never changes, not even by a later upgrade of the database (a
  // version keeps the file format it was written in; it is read through the file's migrations).
  it.each(MIGRATIONS.map((_, i) => i + 1).filter((v) => v >= 3))(
    'keeps every stored version of a version %i database as it was, through every later upgrade',
    async (version) => {
      const rows = await fixture(version);
      expect(rows.versions?.length ?? 0).toBeGreaterThan(0);
      const name = await seeded(version, rows);
      const current = new KoersDb(name);
      await current.open();
      expect(await current.versions.toArray()).toEqual(rows.versions);
      await current.delete();
    },
  );

  it('fails on a missing fixture, naming the command that writes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koers-fixtures-'));
    try {
      const options = {
        newest: 2,
        create: () => Promise.resolve({ organisations: [{ id: 'o' }] }),
      };
      await expect(readFixture(2, { ...options, write: false, dir })).rejects.toThrow(
        FIXTURE_COMMAND,
      );
      expect(existsSync(fixturePath(2, dir))).toBe(false);
      // An older released version cannot be written from today's code, not even when asked.
      await expect(readFixture(1, { ...options, write: true, dir })).rejects.toThrow('git history');
      expect(existsSync(fixturePath(1, dir))).toBe(false);
      // Asked to, the newest version's fixture is written once and then read.
      expect(await readFixture(2, { ...options, write: true, dir })).toEqual({
        organisations: [{ id: 'o' }],
      });
      expect(existsSync(fixturePath(2, dir))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves the old data intact when an upgrade throws', async () => {
    const name = `failing-${Math.random()}`;
    const old = new KoersDb(name, newest);
    await old.open();
    await seedIfEmpty(old, createDemoData());
    const before = await dump(old);
    old.close();
    // A next version whose upgrade throws half-way.
    const broken = new KoersDb(name, newest);
    broken
      .version(newest + 1)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('activities').clear();
        throw new Error('upgrade kapot');
      });
    await expect(broken.open()).rejects.toThrow();
    broken.close();
    const again = new KoersDb(name, newest);
    await again.open();
    expect(await dump(again)).toEqual(before);
    await again.delete();
  });
});
