import { beforeEach, describe, expect, it, vi } from 'vitest';

// The electron module replaced at the seam: small fakes that record what the main process builds.
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const appEvents = new Map<string, (...args: unknown[]) => void>();
  return {
    handlers,
    appEvents,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) =>
        handlers.set(channel, fn),
      ),
    },
    app: {
      requestSingleInstanceLock: vi.fn(() => true),
      quit: vi.fn(),
      on: vi.fn((name: string, fn: (...args: unknown[]) => void) => appEvents.set(name, fn)),
      whenReady: vi.fn(() => new Promise(() => undefined)),
      getVersion: () => '0.1.0',
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow: vi.fn(),
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() },
    session: {},
    dialog: {},
  };
});
vi.mock('electron', () => fake);

import { createMainWindow } from './window';
import { CSP, hardenSession, hardenWebContents, isAllowedRequest } from './security';
import { resolveAppPath } from './protocol';
import { menuTemplate } from './menu';
import { fromAppFrame, handle } from './ipc/register';
import { nl } from '../../shared/i18n/messages.nl';

/** A fake webContents that keeps its listeners. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: (() => unknown) | null = null;
  return {
    listeners,
    open: () => openHandler?.(),
    on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: () => unknown) => {
      openHandler = fn;
    },
  };
}
const event = () => ({ preventDefault: vi.fn() });

describe('the window', () => {
  it('has every security preference of the Electron checklist', () => {
    const built: { options?: Electron.BrowserWindowConstructorOptions; url?: string } = {};
    fake.BrowserWindow.mockImplementation(function (
      this: unknown,
      options: Electron.BrowserWindowConstructorOptions,
    ) {
      built.options = options;
      return {
        webContents: fakeContents(),
        once: vi.fn(),
        loadURL: (url: string) => {
          built.url = url;
          return Promise.resolve();
        },
      };
    });
    createMainWindow('/x/preload.cjs');
    expect(built.url).toBe('app://koers/index.html');
    const prefs = built.options!.webPreferences!;
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.preload).toBe('/x/preload.cjs');
  });
});

describe('the content security policy', () => {
  it('allows only the app itself: no remote origin, no eval', () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).not.toMatch(/https?:|\*/);
    expect(CSP).not.toContain("'unsafe-eval'");
    expect(CSP).toContain("object-src 'none'");
  });
});

describe('navigation, windows, webviews, permissions, requests', () => {
  it('prevents navigation away from app://koers and allows it within', () => {
    const c = fakeContents();
    hardenWebContents(c as never);
    const away = event();
    c.listeners.get('will-navigate')!(away, 'https://example.org/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = event();
    c.listeners.get('will-navigate')!(home, 'app://koers/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    c.listeners.get('will-redirect')!(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows and webviews', () => {
    const c = fakeContents();
    hardenWebContents(c as never);
    expect(c.open()).toEqual({ action: 'deny' });
    const attach = event();
    c.listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check, and cancels requests outside the app', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    hardenSession({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      webRequest: { onBeforeRequest: (fn: typeof before) => (before = fn) },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
    }
    expect(check!()).toBe(false);
    const cancelled = vi.fn();
    before!({ url: 'https://telemetry.example.com/collect' }, cancelled);
    expect(cancelled).toHaveBeenCalledWith({ cancel: true });
    const allowed = vi.fn();
    before!({ url: 'app://koers/assets/index.js' }, allowed);
    expect(allowed).toHaveBeenCalledWith({ cancel: false });
    expect(isAllowedRequest('http://127.0.0.1:5173/')).toBe(false);
  });
});

describe('app:// path-traversal guard', () => {
  const root = '/opt/koers/dist/renderer';
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://koers/')).toBe(`${root}/index.html`);
    expect(resolveAppPath(root, 'app://koers/assets/index.js')).toBe(`${root}/assets/index.js`);
  });
  const hostile = [
    'app://koers/../secret.txt',
    'app://koers/%2e%2e/secret.txt',
    'app://koers/assets/%2E%2E/%2E%2E/etc/passwd',
    'app://koers/..%2f..%2fetc%2fpasswd',
    'app://koers/assets\\..\\..\\secret',
    'app://koers/%5c..%5csecret',
    'app://koers/index.html%00.js',
    'app://other/index.html',
    'file:///etc/passwd',
    'not a url',
  ];
  it.each(hostile)('never resolves %s outside the renderer folder', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved === null || resolved.startsWith(`${root}/`)).toBe(true);
  });
  it.each(hostile.slice(3))('refuses %s outright', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the Dutch menu', () => {
  it('takes every label from the message catalogue', () => {
    const labels = (items: Electron.MenuItemConstructorOptions[]): string[] =>
      items
        .flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])])
        .filter((l) => l !== '');
    const all = labels(menuTemplate(false));
    expect(all).toContain(nl['menu.edit']);
    expect(all).toContain(nl['menu.undo']);
    const values = new Set<string>(Object.values(nl));
    for (const l of all) expect(values.has(l)).toBe(true);
    expect(labels(menuTemplate(true))[0]).toBe(nl['app.name']);
  });
});

describe('IPC', () => {
  beforeEach(() => {
    fake.handlers.clear();
  });
  const frameEvent = (url: string, id = 1) => ({ senderFrame: { url }, sender: { id } });

  it('refuses a message from another sender with error.ipcSender, without calling the handler', async () => {
    const handler = vi.fn();
    handle('koers:app-version', (e) => fromAppFrame(e, (id) => id === 1), handler);
    const answer = await fake.handlers.get('koers:app-version')!(
      frameEvent('https://evil.example/'),
    );
    expect(answer).toEqual({ ok: false, error: { key: 'error.ipcSender' } });
    const otherWindow = await fake.handlers.get('koers:app-version')!(
      frameEvent('app://koers/index.html', 2),
    );
    expect(otherWindow).toEqual({ ok: false, error: { key: 'error.ipcSender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses arguments of the wrong shape with error.ipcArgs, without calling the handler', async () => {
    const handler = vi.fn();
    handle('koers:file-save', () => true, handler);
    const call = fake.handlers.get('koers:file-save')!;
    for (const bad of [
      [],
      [{ suggestedName: '../../x', content: '' }],
      [{ suggestedName: 'a.json' }],
      [{ suggestedName: 'a.json', content: 5 }],
      [{ suggestedName: 'a', content: 'b', extra: 1 }],
      ['x'],
    ])
      expect(await call(frameEvent('app://koers/'), ...bad)).toEqual({
        ok: false,
        error: { key: 'error.ipcArgs' },
      });
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a good message from the app window to its handler', async () => {
    const handler = vi.fn(() =>
      Promise.resolve({ ok: true as const, value: { name: 'a.koers.json' } }),
    );
    handle('koers:file-save', (e) => fromAppFrame(e, (id) => id === 1), handler);
    const answer = await fake.handlers.get('koers:file-save')!(
      frameEvent('app://koers/index.html'),
      { suggestedName: 'a.koers.json', content: '{}' },
    );
    expect(answer).toEqual({ ok: true, value: { name: 'a.koers.json' } });
    expect(handler).toHaveBeenCalledOnce();
  });
});
