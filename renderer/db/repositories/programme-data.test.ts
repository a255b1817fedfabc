import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoLifeCycle } from '../../../shared/demo/life-cycle';
import { KoersDb } from '../koers-db';
import { seedIfEmpty } from '../seed';
import { loadProgrammeData } from './programme-data';

let db: KoersDb;
afterEach(async () => {
  await db.delete();
});

describe('which programme a window shows', () => {
  it('the one chosen; when it is gone, the last one chosen before it; else the one in force', async () => {
    db = new KoersDb(`programme-data-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoLifeCycle());
    // Nothing chosen: the adopted 2026 (in force), not the newer concept 2027.
    expect((await loadProgrammeData(db, null))?.programme.id).toBe('wp-2026');
    expect((await loadProgrammeData(db, 'wp-2027'))?.programme.id).toBe('wp-2027');
    // 2028 was made from 2027 and is gone again (an undo): back to 2027, not to 2026.
    expect((await loadProgrammeData(db, 'wp-2028', ['wp-2026', 'wp-2027']))?.programme.id).toBe(
      'wp-2027',
    );
    expect((await loadProgrammeData(db, 'wp-2028', ['gone']))?.programme.id).toBe('wp-2026');
  });
});
