import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ dialog: {} }));

import {
  backupName,
  KEEP_BACKUPS,
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
    const list = await listBackups(folder);
    expect(list.ok).toBe(true);
    if (!list.ok) return;
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

  it(`keeps the newest ${KEEP_BACKUPS} and leaves no temporary files`, async () => {
    for (let i = 0; i < KEEP_BACKUPS + 5; i += 1)
      await writeBackup(
        folder,
        new Date(2026, 0, 1, 0, 0, i),
        'handmatig',
        file(1, 1, `2026-01-01T00:00:${String(i).padStart(2, '0')}Z`),
      );
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(KEEP_BACKUPS);
    expect(names[0]).toContain('_000005-');
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('reads only inside the folder, whatever name it is given', async () => {
    const read = await readBackup(folder, '../../etc/passwd');
    expect(read.ok).toBe(false);
  });
});
