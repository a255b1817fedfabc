import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { snapshotOf } from '../../shared/domain/snapshot';
import { plan } from '../../shared/planning/plan';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { planningOf, planOf } from './planning';

const demo = createDemoData();
const draft = snapshotOf(demo)!;
/** A second snapshot of the same programme: one activity cancelled, as a scenario would be. */
const scenario = {
  ...draft,
  activities: draft.activities.map((a, i) =>
    i === 0 ? { ...a, status: 'vervallen' as const } : a,
  ),
};

let db: KoersDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('the plan of a snapshot', () => {
  it('the demo as a snapshot is what the app loads from the seeded database', async () => {
    db = new KoersDb('koers-snapshot');
    await db.open();
    await seedIfEmpty(db, createDemoData());
    expect(await loadProgrammeData(db, null)).toEqual(draft);
  });

  it('two snapshots side by side each keep their own cached plan', () => {
    const a = planOf(draft);
    const b = planOf(scenario);
    expect(b).not.toBe(a);
    expect(planOf(draft)).toBe(a);
    expect(planOf(scenario)).toBe(b);
    expect(planningOf(draft)).toBe(a.planning);
    expect(a.planning.planned.has(draft.activities[0]!.id)).toBe(true);
    expect(b.planning.planned.has(draft.activities[0]!.id)).toBe(false);
  });

  it('the cached plan is the pure plan of the snapshot', () => {
    expect(planOf(draft)).toEqual(plan(draft));
    expect(planOf(draft).budget).not.toBeNull();
  });
});
