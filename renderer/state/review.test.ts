import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { translate } from '../../shared/i18n/translate';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, type KoersStore } from './store';

let db: KoersDb;
let store: KoersStore;
let counter = 0;
let clock = Date.UTC(2025, 9, 9, 8, 15);
const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activity = demo.activities.find((a) => a.programmeId === programme.id && !a.force)!;

beforeEach(async () => {
  db = new KoersDb(`koers-review-${String(++counter)}`);
  await db.open();
  await seedIfEmpty(db, demo);
  store = createKoersStore({
    db,
    newId: () => `new-${String(++counter)}`,
    now: () => clock,
    host: memoryHost().host,
    author: () => 'Anna de Vries',
  });
  store.getState().setData(await loadProgrammeData(db, programme.id));
});

afterEach(async () => {
  await db.delete();
});

/** What the watcher would give the store after a write. */
async function reload(): Promise<void> {
  store.getState().setData(await loadProgrammeData(db, programme.id));
  store
    .getState()
    .setReview(programme.id, await db.decisions.toArray(), await db.comments.toArray());
}

describe('review commands', () => {
  it('erin zetten forces the activity and logs the decision in one step; one undo takes both', async () => {
    const before = store.getState().history.past.length;
    const r = await store.getState().decide(activity.id, 'erin', 'Kamerbrief asielpact');
    expect(r.ok).toBe(true);
    expect((await db.activities.get(activity.id))?.force).toEqual({
      mode: 'in',
      reason: 'Kamerbrief asielpact',
    });
    expect(await db.decisions.toArray()).toMatchObject([
      {
        activityId: activity.id,
        kind: 'erin',
        reason: 'Kamerbrief asielpact',
        author: 'Anna de Vries',
        at: '2025-10-09T08:15:00.000Z',
      },
    ]);
    expect(store.getState().history.past.length).toBe(before + 1);
    await store.getState().undo();
    expect((await db.activities.get(activity.id))?.force ?? null).toBeNull();
    expect(await db.decisions.count()).toBe(0);
  });

  it('a force from the line view is a decision too; lifting it is recorded as accepteren', async () => {
    await store.getState().setForce(activity.id, { mode: 'out', reason: 'Geen capaciteit' });
    await reload();
    clock += 60_000;
    await store.getState().setForce(activity.id, null);
    const log = (await db.decisions.toArray()).sort((a, b) => (a.at < b.at ? -1 : 1));
    expect(log.map((d) => [d.kind, d.reason])).toEqual([
      ['eruit', 'Geen capaciteit'],
      ['accepteren', 'Force opgeheven (was: Geen capaciteit)'],
    ]);
    expect((await db.activities.get(activity.id))?.force ?? null).toBeNull();
  });

  it('a second decision in the same millisecond still comes after the first; neither is rewritten', async () => {
    await store.getState().decide(activity.id, 'aanhouden', 'Eerst de evaluatie');
    await reload();
    await store.getState().decide(activity.id, 'afwijzen', 'Past niet');
    const log = (await db.decisions.toArray()).sort((a, b) => (a.at < b.at ? -1 : 1));
    expect(log.map((d) => d.kind)).toEqual(['aanhouden', 'afwijzen']);
    expect(log[0]!.reason).toBe('Eerst de evaluatie');
  });

  it('several forces at once (the best selection, a what-if) are decisions in the same step', async () => {
    const other = demo.activities.find(
      (a) => a.programmeId === programme.id && !a.force && a.id !== activity.id,
    )!;
    const r = await store.getState().forceWithDecisions(
      [
        [activity.id, { mode: 'in', reason: 'Beste selectie' }],
        [other.id, { mode: 'out', reason: 'Beste selectie' }],
      ],
      [],
      { key: 'history.adoptBest' },
    );
    expect(r.ok).toBe(true);
    expect((await db.activities.get(other.id))?.force?.mode).toBe('out');
    const log = await db.decisions.toArray();
    expect(log.map((d) => [d.activityId, d.kind, d.author]).sort()).toEqual(
      [
        [activity.id, 'erin', 'Anna de Vries'],
        [other.id, 'eruit', 'Anna de Vries'],
      ].sort(),
    );
    await store.getState().undo();
    expect(await db.decisions.count()).toBe(0);
    expect((await db.activities.get(activity.id))?.force ?? null).toBeNull();
    expect((await db.activities.get(other.id))?.force ?? null).toBeNull();
  });

  it('refuses a decision without a reason in Dutch and writes nothing', async () => {
    const r = await store.getState().decide(activity.id, 'afwijzen', ' ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(translate(r.error.key, r.error.params)).toContain('Geef een reden');
    expect(await db.decisions.count()).toBe(0);
  });

  it('adds a comment and a reply; each is an undoable step', async () => {
    const first = await store.getState().addComment(activity.id, 'Waarom nu?', null);
    expect(first.ok).toBe(true);
    const [comment] = await db.comments.toArray();
    const reply = await store.getState().addComment(activity.id, 'Kamervragen', comment!.id);
    expect(reply.ok).toBe(true);
    expect((await db.comments.toArray()).map((c) => c.replyTo).sort()).toEqual(
      [comment!.id, null].sort(),
    );
    await store.getState().undo();
    expect(await db.comments.count()).toBe(1);
    const bad = await store.getState().addComment(activity.id, 'x', 'weg');
    expect(bad.ok).toBe(false);
  });
});
