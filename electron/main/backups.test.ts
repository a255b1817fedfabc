import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: {} }));

import {
  backupName,
  backupsToRemove,
  KEEP_DAILY_BACKUPS,
  KEEP_OTHER_BACKUPS,
  listBackups,
  readBackup,
  writeBackup,
} from './ipc/handlers/files';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'koers-backups-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const file = (programmes: number, activities: number, at: string) =>
  JSON.stringify({
    exportedAt: at,
    data: { programmes: Array(programmes).fill({}), activities: Array(activities).fill({}) },
  });

describe('backups in a user-visible folder', () => {
  it('names backups so they sort by time and say why', () => {
    expect(backupName(new Date(2026, 10, 24, 9, 5, 7), 'voor-import')).toBe(
      'koers-2026-11-24_090507-voor-import.koers.json',
    );
  });

  it('writes, lists newest first with date, size and counts, and reads back', async () => {
    const a = await writeBackup(
      folder,
      new Date(2026, 0, 1, 8, 0, 0),
      'dagelijks',
      file(1, 36, '2026-01-01T07:00:00.000Z'),
    );
    const b = await writeBackup(
      folder,
      new Date(2026, 0, 2, 8, 0, 0),
      'handmatig',
      file(2, 40, '2026-01-02T07:00:00.000Z'),
    );
    expect(a.ok && b.ok).toBe(true);
    const answer = await listBackups(folder);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const list = { value: answer.value.backups };
    expect(list.value.map((x) => x.reason)).toEqual(['handmatig', 'dagelijks']);
    expect(list.value[0]).toMatchObject({
      programmes: 2,
      activities: 40,
      createdAt: '2026-01-02T07:00:00.000Z',
    });
    expect(list.value[0]!.bytes).toBeGreaterThan(0);
    const read = await readBackup(folder, list.value[1]!.name);
    expect(
      read.ok &&
        (JSON.parse(read.value.text) as { data: { activities: unknown[] } }).data.activities.length,
    ).toBe(36);
  });

  it(`keeps the newest ${KEEP_OTHER_BACKUPS} and leaves no temporary files`, async () => {
    for (let i = 0; i < KEEP_OTHER_BACKUPS + 5; i += 1)
      await writeBackup(
        folder,
        new Date(2026, 0, 1, 0, 0, i),
        'handmatig',
        file(1, 1, `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`),
      );
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(KEEP_OTHER_BACKUPS);
    expect(names[0]).toContain('_000005-');
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('reads only inside the folder, whatever name it is given', async () => {
    const read = await readBackup(folder, '../../etc/passwd');
    expect(read.ok).toBe(false);
  });

  it('lists its own backups when the folder holds files it did not write, and names them', async () => {
    await writeBackup(folder, new Date(2026, 2, 1, 9, 0, 0), 'dagelijks', file(1, 3, '2026-03-01'));
    const foreign = [
      'koers-2026-03-01_090000-dagelijks - Kopie.koers.json',
      'koers-notes.koers.json',
      'Werkprogramma 2026.koers.json',
    ];
    for (const name of foreign) await writeFile(path.join(folder, name), file(1, 1, 'x'));
    await writeFile(path.join(folder, 'koers-2026-03-02_090000-handmatig.koers.json'), '{"kapot');
    const answer = await listBackups(folder);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.backups.map((b) => b.name)).toEqual([
      'koers-2026-03-01_090000-dagelijks.koers.json',
    ]);
    expect(answer.value.foreign).toEqual([...foreign].sort());
    expect(answer.value.unreadable).toEqual(['koers-2026-03-02_090000-handmatig.koers.json']);
  });

  it('keeps the daily backups apart, so imports never push them out', async () => {
    for (let d = 1; d <= 5; d += 1)
      await writeBackup(folder, new Date(2026, 3, d, 8), 'dagelijks', file(1, 1, 'x'));
    for (let i = 0; i < KEEP_OTHER_BACKUPS + 10; i += 1)
      await writeBackup(folder, new Date(2026, 4, 1, 9, 0, i), 'voor-import', file(1, 1, 'x'));
    const names = await readdir(folder);
    expect(names.filter((n) => n.includes('-dagelijks'))).toHaveLength(5);
    expect(names.filter((n) => n.includes('-voor-import'))).toHaveLength(KEEP_OTHER_BACKUPS);
  });

  it('rotates daily backups on their own count, newest kept, old and new name forms alike', () => {
    const dailies = Array.from(
      { length: KEEP_DAILY_BACKUPS + 2 },
      (_, i) => `koers-2026-01-${String(i + 1).padStart(2, '0')}_0800-dagelijks.koers.json`,
    );
    const newest = 'koers-2026-02-05_080000-dagelijks.koers.json';
    expect(backupsToRemove([...dailies, newest]).sort()).toEqual(dailies.slice(0, 3));
  });

  it("never deletes a user's own file, however it is named", async () => {
    const mine = ['koers-notes.koers.json', 'koers-2026-01-01_0800-dagelijks - Kopie.koers.json'];
    for (const name of mine) await writeFile(path.join(folder, name), 'mijn aantekeningen');
    for (let i = 0; i < KEEP_OTHER_BACKUPS + 3; i += 1)
      await writeBackup(folder, new Date(2026, 0, 2, 0, 0, i), 'handmatig', file(1, 1, 'x'));
    const names = await readdir(folder);
    for (const name of mine) expect(names).toContain(name);
    expect(backupsToRemove(mine)).toEqual([]);
  });
});
