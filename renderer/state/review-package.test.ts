import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { adoptedBundle } from '../../shared/demo/life-cycle';
import { checksumContent, sha256 } from '../../shared/review-package/checksum';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let store: KoersStore;
let files: ReturnType<typeof memoryHost>;
let counter = 0;
const demo = createDemoData();
const programme = demo.programmes[0]!;
const [first, second] = demo.activities;

beforeEach(async () => {
  db = new KoersDb(`koers-review-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(
    db,
    adoptedBundle(demo, programme.id, {
      id: 'v-adopted',
      name: 'Vastgesteld',
      note: '',
      savedAt: '2025-10-09T10:00:00.000Z',
      author: 'Strategie',
      on: '2025-10-09',
    }).bundle,
  );
  files = memoryHost();
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => Date.UTC(2026, 2, 3, 9, 30),
    host: files.host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, null));
});

afterEach(async () => {
  await db.delete();
});

/** The package saved last, changed as a director's Koers would send it back (checksum anew). */
async function answered(edit: (bundle: Record<string, unknown[]>) => void) {
  const [name, text] = [...files.saved.entries()].at(-1)!;
  const file = JSON.parse(text as string) as {
    organisations: Record<string, unknown[]>[];
    review: Record<string, unknown>;
  };
  edit(file.organisations[0]!);
  file.review.checksum = await sha256(checksumContent(file.organisations, file.review));
  return { name, text: JSON.stringify(file) };
}

describe('a review package read back into an adopted programme', () => {
  it('takes what only the package changed as one amendment, adds its decision, and one undo takes it all back', async () => {
    const s = store.getState();
    expect(await s.exportVersionPackage('v-adopted')).toBe(true);
    const versionsBefore = await db.versions.toArray();
    files.toOpen.push(
      await answered((b) => {
        b.activities = b.activities!.map((a) =>
          (a as { id: string }).id === first!.id ? { ...(a as object), title: 'Scherper' } : a,
        );
        b.decisions!.push({
          id: 'besluit-1',
          programmeId: programme.id,
          activityId: second!.id,
          scenarioId: null,
          kind: 'erin',
          reason: 'Prioriteit van de minister.',
          author: 'Directeur',
          at: '2026-03-03T10:00:00.000Z',
        });
      }),
    );
    const preview = await s.previewReviewPackage();
    expect(preview?.plan.counts).toMatchObject({ decisions: 1, changed: 1, conflicts: 0 });
    expect(await s.applyReviewPackage(preview!, {})).toBe(true);
    expect((await db.activities.get(first!.id))?.title).toBe('Scherper');
    expect((await db.decisions.get('besluit-1'))?.author).toBe('Directeur');
    const amendments = await db.amendments.toArray();
    expect(amendments).toHaveLength(1);
    expect(amendments[0]).toMatchObject({ reason: 'overig', activityId: first!.id });
    expect(amendments[0]!.explanation).toContain('Reviewpakket');
    // The adopted version and the adoption are as they were.
    expect(await db.versions.toArray()).toEqual(versionsBefore);
    expect((await db.programmes.get(programme.id))?.adoption?.versionId).toBe('v-adopted');

    await s.undo();
    expect((await db.activities.get(first!.id))?.title).toBe(first!.title);
    expect(await db.decisions.get('besluit-1')).toBeUndefined();
    expect(await db.amendments.count()).toBe(0);
  });

  it('refuses a package changed after exporting and writes nothing', async () => {
    const s = store.getState();
    await s.exportVersionPackage('v-adopted');
    const [name, text] = [...files.saved.entries()].at(-1)!;
    files.toOpen.push({ name, text: (text as string).replace(first!.title, 'Stiekem anders') });
    expect(await s.previewReviewPackage()).toBeNull();
    expect(store.getState().notice?.message.key).toBe('reviewPackage.changed');
    expect((await db.activities.get(first!.id))?.title).toBe(first!.title);
  });
});
