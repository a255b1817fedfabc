import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => Promise<unknown>) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      }),
    },
    dialog: {},
  };
});
vi.mock('electron', () => fake);

import type { BrowserWindow } from 'electron';
import { CHANNELS } from '../../../shared/contract/channels';
import { registerRoutes } from './routes';

// Only what the routes read of a window: whether it is alive and its webContents id.
const mainWindow = { isDestroyed: () => false, webContents: { id: 7 } } as unknown as BrowserWindow;
const reveal = vi.fn(() => Promise.resolve(''));
const setLanguage = vi.fn();
let current: BrowserWindow | null = mainWindow;

beforeEach(() => {
  fake.handlers.clear();
  current = mainWindow;
  registerRoutes({
    window: () => current,
    version: '0.1.0',
    backupsFolder: () =>
      Promise.resolve({ path: '/home/inspecteur/Documenten/Koers/Back-ups', elsewhere: false }),
    now: () => new Date(2026, 2, 2, 9, 0, 0),
    reveal,
    setLanguage,
  });
});
const from = (id: number) => ({ senderFrame: { url: 'app://koers/index.html' }, sender: { id } });

describe('the routes', () => {
  it('answer every channel of the contract, each exactly once', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answer the main window', async () => {
    expect(await fake.handlers.get('koers:app-version')!(from(7))).toEqual({
      ok: true,
      value: '0.1.0',
    });
  });

  it('refuse any other webContents, and everyone once the main window is gone', async () => {
    for (const channel of CHANNELS)
      expect(await fake.handlers.get(channel)!(from(8))).toEqual({
        ok: false,
        error: { key: 'error.ipcSender' },
      });
    current = null;
    expect(await fake.handlers.get('koers:app-version')!(from(7))).toEqual({
      ok: false,
      error: { key: 'error.ipcSender' },
    });
  });

  it('open only the backup folder, never a path from the page', async () => {
    const answer = await fake.handlers.get('koers:backup-reveal')!(from(7));
    expect(reveal).toHaveBeenCalledExactlyOnceWith('/home/inspecteur/Documenten/Koers/Back-ups');
    expect(answer).toEqual({ ok: true, value: '/home/inspecteur/Documenten/Koers/Back-ups' });
  });
});

describe('the language channel (issue 14)', () => {
  it('passes the page’s language to the menu', async () => {
    setLanguage.mockClear();
    expect(await fake.handlers.get('koers:language-set')!(from(7), { language: 'en' })).toEqual({
      ok: true,
      value: null,
    });
    expect(setLanguage).toHaveBeenCalledExactlyOnceWith('en');
  });

  it('refuses a language Koers does not speak, and changes nothing', async () => {
    setLanguage.mockClear();
    expect(await fake.handlers.get('koers:language-set')!(from(7), { language: 'de' })).toEqual({
      ok: false,
      error: { key: 'error.ipcArgs' },
    });
    expect(setLanguage).not.toHaveBeenCalled();
  });
});

describe('the report PDF channel (issue 13, Out)', () => {
  it('refuses a suggested name with a folder in it, and prints nothing', async () => {
    expect(
      await fake.handlers.get('koers:report-pdf')!(from(7), {
        suggestedName: '../../etc/x.pdf',
        programmeName: 'P',
      }),
    ).toEqual({ ok: false, error: { key: 'error.ipcArgs' } });
  });
});
