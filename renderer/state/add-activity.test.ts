import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { matchesFilters, type ActivityRow } from './selectors';
import { createKoersStore, type KoersStore } from './store';
import highsLoader from 'highs';
import { highsSolver } from '../../shared/planning/selection-highs';

let db: KoersDb;
let store: KoersStore;
let counter = 0;

beforeEach(async () => {
  db = new KoersDb(`koers-add-${String(++counter)}`);
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

describe('addActivity starts from the filters that are on', () => {
  it('takes domain, theme, kind and status, so the new activity passes the same filters', async () => {
    const data = store.getState().data!;
    const own = data.themes.filter((t) => t.mjpId === data.programme.mjpId);
    const domain = data.domains.at(-1)!;
    const theme = own.at(-1)!;
    const filters = {
      text: '',
      domainId: domain.id,
      themeId: theme.id,
      kind: 'verkenning' as const,
      status: 'gepland' as const,
    };
    const id = await store.getState().addActivity({
      domainId: filters.domainId,
      primaryThemeId: filters.themeId,
      kind: filters.kind,
      status: filters.status,
    });
    const row = await db.activities.get(id!);
    expect(row).toMatchObject({
      domainId: domain.id,
      primaryThemeId: theme.id,
      kind: 'verkenning',
      status: 'gepland',
    });
    expect(matchesFilters({ activity: row! } as ActivityRow, filters, own)).toBe(true);
  });

  it('falls back to the defaults for no filter or an id that is not there', async () => {
    const data = store.getState().data!;
    const id = await store.getState().addActivity({ domainId: 'gone', primaryThemeId: null });
    const row = await db.activities.get(id!);
    expect(row?.domainId).toBe(data.domains[0]!.id);
    expect(row?.primaryThemeId).toBe(data.themes.find((t) => t.mjpId === data.programme.mjpId)!.id);
    expect(row?.kind).toBe('thematisch-onderzoek');
    expect(row?.status).toBe('voorstel');
  });

  it('never takes a theme of another MJP', async () => {
    const data = store.getState().data!;
    const foreign = data.themes.find((t) => t.mjpId !== data.programme.mjpId);
    if (!foreign) return;
    const id = await store.getState().addActivity({ primaryThemeId: foreign.id });
    const row = await db.activities.get(id!);
    expect(row?.primaryThemeId).not.toBe(foreign.id);
  });
});
