import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { translate } from '../../shared/i18n/translate';
import type { Activity, Programme, Team } from '../../shared/domain/schemas';
import { writeProgrammeFile } from '../../shared/file/programme-file';
import { KoersDb } from '../db/koers-db';
import { dumpDatabase, readBundle } from '../db/repositories/bundle';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let store: KoersStore;
let host: ReturnType<typeof memoryHost>;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-restore-${Math.random()}`);
  await db.open();
  await seedIfEmpty(db, createDemoData());
  host = memoryHost();
  store = createKoersStore({
    db,
    newId: () => `new-${++counter}`,
    now: () => 0,
    loadSolver: () => Promise.reject(new Error('not needed')),
    host: host.host,
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

const message = () => {
  const n = store.getState().notice!;
  return translate(n.message.key, n.message.params);
};

/** Adds a 2027 programme with a team whose hours are only there. */
async function addProgramme2027(): Promise<Team> {
  const d = store.getState().data!;
  const team: Team = { ...d.teams[0]!, id: 'team-2027' as Team['id'], name: 'Team Toekomst' };
  const programme: Programme = {
    ...d.programme,
    id: 'wp-2027' as Programme['id'],
    year: 2027,
    name: 'Werkprogramma 2027',
  };
  const activity: Activity = {
    ...d.activities[0]!,
    id: 'act-2027' as Activity['id'],
    programmeId: programme.id,
    title: 'Verkenning 2027',
    allocations: [
      { teamId: team.id, month: null, hours: 100 as Activity['allocations'][0]['hours'] },
    ],
  };
  await db.teams.put(team);
  await db.programmes.put(programme);
  await db.activities.put(activity);
  // The screen shows 2026; the store's data holds only that programme's activities.
  store.getState().setData(await loadProgrammeData(db, d.programme.id));
  return team;
}

describe('delete guards read every programme of the organisation', () => {
  it('refuses to delete a team used only in another programme, naming where', async () => {
    const team = await addProgramme2027();
    expect(store.getState().data!.activities.some((a) => a.id === 'act-2027')).toBe(false);
    const before = await dumpDatabase(db);
    expect(await store.getState().deleteTeam(team.id)).toBe(false);
    expect(store.getState().notice?.tone).toBe('error');
    expect(message()).toContain('Verkenning 2027');
    expect(message()).toContain('Werkprogramma 2027');
    expect(await dumpDatabase(db)).toBe(before);
    // Every later backup can still be read back.
    const backup = await store.getState().exportProgrammeFile('back-up');
    expect(await store.getState().importProgrammeFile('b.koers.json', backup!)).toBe(true);
  });

  it('refuses to delete a domain or theme used only in another programme', async () => {
    await addProgramme2027();
    await db.activities.where('programmeId').equals('wp-2026').delete();
    store.getState().setData(await loadProgrammeData(db, 'wp-2026'));
    const a = (await db.activities.get('act-2027'))!;
    expect(await store.getState().deleteDomain(a.domainId)).toBe(false);
    expect(message()).toContain('Verkenning 2027');
    expect(await store.getState().deleteTheme(a.primaryThemeId)).toBe(false);
    expect(message()).toContain('Verkenning 2027');
    expect(await db.domains.get(a.domainId)).toBeDefined();
  });

  it('deletes a team nothing uses, and takes its capacity lines with it', async () => {
    await store.getState().addTeam();
    store.getState().setData(await loadProgrammeData(db, null));
    const team = (await db.teams.toArray()).find((t) => t.name === 'Nieuw team')!;
    expect(await store.getState().deleteTeam(team.id)).toBe(true);
    expect(await db.teams.get(team.id)).toBeUndefined();
    const p = (await db.programmes.get('wp-2026'))!;
    expect(p.capacity.teams.some((t) => t.teamId === team.id)).toBe(false);
  });
});

describe('restore makes the database equal to the backup, as one undoable step', () => {
  it('removes an activity added since the backup; undo brings it back', async () => {
    expect(await store.getState().backupNow('handmatig')).toBe(true);
    const [name] = [...host.backups.keys()];
    const atBackup = await dumpDatabase(db);
    const id = await store.getState().addActivity();
    await addProgramme2027();
    const preview = await store.getState().previewBackup(name!);
    expect(preview?.counts.activities.removed).toBe(2);
    expect(preview?.counts.programmes.removed).toBe(1);
    expect(preview?.counts.teams.removed).toBe(1);
    const beforeRestore = await dumpDatabase(db);
    expect(await store.getState().restoreBackup(name!)).toBe(true);
    expect(await db.activities.get(id!)).toBeUndefined();
    expect(await dumpDatabase(db)).toBe(atBackup);
    // A backup of the state before the restore was written first.
    expect([...host.backups.keys()].some((n) => n.includes('voor-herstel'))).toBe(true);
    await store.getState().undo();
    expect(await dumpDatabase(db)).toBe(beforeRestore);
  });

  it('a backup holds every organisation, and restoring it removes a third one', async () => {
    const other = createDemoData();
    const bundle = (await readBundle(db))!;
    const second = {
      ...bundle,
      organisation: {
        ...bundle.organisation,
        id: 'org-b' as typeof bundle.organisation.id,
        name: 'Inspectie B',
      },
      mjps: [],
      themes: [],
      domains: [],
      programmes: [],
      activities: [],
      teams: [
        {
          ...other.teams[0]!,
          id: 'team-b' as Team['id'],
          organisationId: 'org-b' as Team['organisationId'],
        },
      ],
    };
    await db.organisations.put(second.organisation);
    await db.teams.put(second.teams[0]!);
    const text = (await store.getState().exportProgrammeFile('back-up'))!;
    const parsed = JSON.parse(text) as { organisations: { organisation: { id: string } }[] };
    expect(parsed.organisations.map((o) => o.organisation.id).sort()).toEqual([
      'org-b',
      'org-inspectie-jenv',
    ]);
    const exchange = JSON.parse(
      (await store.getState().exportProgrammeFile('uitwisseling'))!,
    ) as typeof parsed;
    expect(exchange.organisations).toHaveLength(1);
    await db.organisations.put({
      ...second.organisation,
      id: 'org-c' as typeof bundle.organisation.id,
    });
    expect(await store.getState().restoreFromText('b.koers.json', text)).toBe(true);
    expect(await db.organisations.get('org-c')).toBeUndefined();
    expect(await db.teams.get('team-b')).toBeDefined();
  });
});

describe('importing a file merges, and never changes another organisation', () => {
  it('refuses a file of another organisation unless it is added as a separate one', async () => {
    const bundle = (await readBundle(db))!;
    const foreign = writeProgrammeFile(
      [
        {
          ...bundle,
          organisation: {
            ...bundle.organisation,
            id: 'org-x' as typeof bundle.organisation.id,
            name: 'Inspectie X',
          },
          mjps: bundle.mjps.map((m) => ({
            ...m,
            organisationId: 'org-x' as typeof m.organisationId,
          })),
          domains: bundle.domains.map((m) => ({
            ...m,
            organisationId: 'org-x' as typeof m.organisationId,
          })),
          teams: bundle.teams.map((m) => ({
            ...m,
            organisationId: 'org-x' as typeof m.organisationId,
          })),
          programmes: bundle.programmes.map((m) => ({
            ...m,
            organisationId: 'org-x' as typeof m.organisationId,
            name: 'Programma X',
          })),
        },
      ],
      { kind: 'uitwisseling', exportedAt: '', appVersion: 'test' },
    );
    const before = await dumpDatabase(db);
    expect(await store.getState().importProgrammeFile('x.koers.json', foreign)).toBe(false);
    expect(store.getState().notice?.message.key).toBe('import.otherOrganisation');
    expect(store.getState().pendingImport?.names).toEqual(['Inspectie X']);
    expect(await dumpDatabase(db)).toBe(before);
    const shown = store.getState().data!.programme.id;
    expect(await store.getState().resolvePendingImport(true)).toBe(true);
    // Nothing that was there changed: every row of the file came in with a fresh id.
    const after = JSON.parse(await dumpDatabase(db)) as Record<string, { id: string }[]>;
    const was = JSON.parse(before) as Record<string, { id: string }[]>;
    for (const [table, rows] of Object.entries(was))
      for (const row of rows) expect(after[table]).toContainEqual(row);
    expect(after.activities!.length).toBe(2 * was.activities!.length);
    expect(await db.organisations.count()).toBe(2);
    expect(store.getState().programmeId).toBe(shown);
    expect(message()).toContain('Inspectie X');
  });

  it('says that it merges, and keeps the view on the programme on screen', async () => {
    const text = (await store.getState().exportProgrammeFile('uitwisseling'))!;
    await store.getState().addActivity();
    expect(await store.getState().importProgrammeFile('eigen.koers.json', text)).toBe(true);
    expect(message()).toContain('samengevoegd met wat er is');
    expect(store.getState().programmeId).toBe('wp-2026');
    // Merging removes nothing: the activity added after the export stays.
    expect(
      (await db.activities.toArray()).filter((a) => a.title === 'Nieuwe activiteit'),
    ).toHaveLength(1);
  });
});
