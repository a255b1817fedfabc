import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, fn),
      ),
    },
    dialog: {},
  };
});
vi.mock('electron', () => fake);

import type { BrowserWindow } from 'electron';
import { backupFolder, canWrite } from './backup-folder';
import { registerRoutes } from './ipc/routes';

// Real folders in a temporary home: "Documents" made unwritable by a file standing where its
// folder should be (a refusal even root gets, like Controlled Folder Access gives a user).
let home: string;
let documents: string;
let userData: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(tmpdir(), 'koers-home-'));
  documents = path.join(home, 'Documents', 'Koers', 'Back-ups');
  userData = path.join(home, 'config', 'Koers', 'Back-ups');
  fake.handlers.clear();
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});
const blockDocuments = () => writeFile(path.join(home, 'Documents'), 'geen map');

describe('the backup folder', () => {
  it('is Documents/Koers/Back-ups when it can be written', async () => {
    expect(await backupFolder(documents, userData)()).toEqual({
      path: documents,
      elsewhere: false,
    });
    expect(await readdir(documents)).toEqual([]);
  });

  it("falls back to the app's own data folder when Documents cannot be written", async () => {
    await blockDocuments();
    expect(await canWrite(documents)).toBe(false);
    expect(await backupFolder(documents, userData)()).toEqual({ path: userData, elsewhere: true });
  });

  it('is decided once per run (every refused write is a Windows notification)', async () => {
    const writable = vi.fn(() => Promise.resolve(false));
    const folder = backupFolder(documents, userData, writable);
    await folder();
    await folder();
    expect(writable).toHaveBeenCalledOnce();
  });
});

describe('backups when Documents cannot be written', () => {
  const window = { isDestroyed: () => false, webContents: { id: 7 } } as unknown as BrowserWindow;
  const from = { senderFrame: { url: 'app://koers/index.html' }, sender: { id: 7 } };
  const call = (channel: string, ...args: unknown[]) => fake.handlers.get(channel)!(from, ...args);

  it('are written, listed with a notice, read back and revealed from the fallback', async () => {
    await blockDocuments();
    const reveal = vi.fn(() => Promise.resolve(''));
    registerRoutes({
      window: () => window,
      version: '0.1.0',
      backupsFolder: backupFolder(documents, userData),
      now: () => new Date(2026, 10, 24, 9, 5, 7),
      reveal,
    });
    const text = JSON.stringify({ exportedAt: '2026-11-24T08:05:07.000Z', organisations: [] });
    // Import and restore take a backup first: it must succeed.
    const written = (await call('koers:backup-write', { reason: 'voor-import', text })) as {
      ok: boolean;
      value: { name: string };
    };
    expect(written.ok).toBe(true);
    expect(await readdir(userData)).toEqual([written.value.name]);
    expect(await call('koers:backup-list')).toMatchObject({
      ok: true,
      value: { backups: [{ name: written.value.name }], elsewhere: true },
    });
    expect(await call('koers:backup-read', { name: written.value.name })).toEqual({
      ok: true,
      value: { name: written.value.name, text },
    });
    expect(await call('koers:backup-reveal')).toEqual({ ok: true, value: userData });
    expect(reveal).toHaveBeenCalledWith(userData);
  });

  it('say nothing when Documents can be written', async () => {
    registerRoutes({
      window: () => window,
      version: '0.1.0',
      backupsFolder: backupFolder(documents, userData),
      now: () => new Date(2026, 10, 24, 9, 5, 7),
      reveal: () => Promise.resolve(''),
    });
    const list = (await call('koers:backup-list')) as { ok: true; value: { elsewhere?: boolean } };
    expect(list.ok).toBe(true);
    expect(list.value.elsewhere).toBeUndefined();
  });
});
