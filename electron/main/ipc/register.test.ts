import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => Promise<unknown>) =>
        handlers.set(channel, fn),
      ),
    },
  };
});
vi.mock('electron', () => fake);

import type { IpcMainInvokeEvent } from 'electron';
import { fromAppFrame, handle } from './register';

/** An invoke event as Electron builds it: the sending frame's URL and the webContents' id. */
const from = (url: string | null, id = 1) =>
  ({ senderFrame: url === null ? null : { url }, sender: { id } }) as unknown as IpcMainInvokeEvent;
const mainWindowOnly = (e: IpcMainInvokeEvent) => fromAppFrame(e, (id) => id === 1);
const call = (channel: string, event: IpcMainInvokeEvent, ...args: unknown[]) =>
  fake.handlers.get(channel)!(event, ...args);

beforeEach(() => {
  fake.handlers.clear();
});

describe('the sender check', () => {
  it.each([
    ['a remote page', 'https://evil.example/', 1],
    ['a file:// page', 'file:///tmp/x.html', 1],
    ['another app host', 'app://evil/index.html', 1],
    ['a destroyed frame', null, 1],
    ['another window showing the app', 'app://koers/index.html', 2],
  ])('refuses %s with error.ipcSender and never calls the handler', async (_what, url, id) => {
    const handler = vi.fn();
    handle('koers:app-version', mainWindowOnly, handler);
    expect(await call('koers:app-version', from(url, id))).toEqual({
      ok: false,
      error: { key: 'error.ipcSender' },
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('the argument check', () => {
  it.each([
    ['no argument', []],
    ['no format', [{ suggestedName: 'a.csv', content: '' }]],
    ['an unknown format', [{ suggestedName: 'a.exe', content: '', format: 'exe' }]],
    [
      'a folder in the name',
      [{ suggestedName: '../../x.koers.json', content: '', format: 'koers' }],
    ],
    [
      'a Windows folder in the name',
      [{ suggestedName: 'C:\\x.json', content: '', format: 'koers' }],
    ],
    ['the parent folder as name', [{ suggestedName: '..', content: '', format: 'koers' }]],
    ['no content', [{ suggestedName: 'a.json' }]],
    ['a number as content', [{ suggestedName: 'a.json', content: 5 }]],
    ['an extra field', [{ suggestedName: 'a', content: 'b', path: '/etc/passwd' }]],
    ['a string instead of an object', ['x']],
    ['two arguments', [{ suggestedName: 'a', content: 'b' }, 'extra']],
  ])('refuses %s with error.ipcArgs and never calls the handler', async (_what, args) => {
    const handler = vi.fn();
    handle('koers:file-save', () => true, handler);
    expect(await call('koers:file-save', from('app://koers/'), ...args)).toEqual({
      ok: false,
      error: { key: 'error.ipcArgs' },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a backup name with a folder in it', async () => {
    const handler = vi.fn();
    handle('koers:backup-read', () => true, handler);
    const answer = await call('koers:backup-read', from('app://koers/'), {
      name: '../koers-x.koers.json',
    });
    expect(answer).toEqual({ ok: false, error: { key: 'error.ipcArgs' } });
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('a good message', () => {
  it('reaches its handler with the parsed arguments and gets its answer back', async () => {
    const handler = vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { name: 'Werkprogramma 2026.koers.json' } }),
    );
    handle('koers:file-save', mainWindowOnly, handler);
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const answer = await call('koers:file-save', from('app://koers/index.html'), {
      suggestedName: 'Werkprogramma 2026.koers.json',
      content: bytes,
      format: 'xlsx',
    });
    expect(answer).toEqual({ ok: true, value: { name: 'Werkprogramma 2026.koers.json' } });
    expect(handler).toHaveBeenCalledExactlyOnceWith(expect.anything(), {
      suggestedName: 'Werkprogramma 2026.koers.json',
      content: bytes,
      format: 'xlsx',
    });
  });
});

describe('a failing handler', () => {
  it('answers error.ipcFailed instead of throwing to the page', async () => {
    handle(
      'koers:backup-list',
      () => true,
      () => Promise.reject(new Error('EACCES /home/x')),
    );
    expect(await call('koers:backup-list', from('app://koers/'))).toEqual({
      ok: false,
      error: { key: 'error.ipcFailed' },
    });
  });

  it('answers error.ipcFailed when the answer is not what the contract names', async () => {
    handle(
      'koers:file-open',
      () => true,
      () =>
        Promise.resolve({
          ok: true,
          value: { name: 'x.json', text: '{}', path: '/home/inspecteur/x.json' },
        } as never),
    );
    expect(await call('koers:file-open', from('app://koers/'))).toEqual({
      ok: false,
      error: { key: 'error.ipcFailed' },
    });
  });
});
