import { describe, expect, it, vi } from 'vitest';

// The Electron security checklist, one proof per setting, on the objects the main process
// builds. The electron module is replaced at the seam by small fakes that record them.
// Elsewhere: app:// and its traversal guard in protocol.test.ts, IPC checks in
// ipc/register.test.ts, the lifecycle in index.test.ts, the menu in menu.test.ts.
const fake = vi.hoisted(() => ({
  BrowserWindow: vi.fn(),
  dialog: { showMessageBoxSync: vi.fn() },
}));
vi.mock('electron', () => fake);

import { createMainWindow } from './window';
import { CSP, hardenSession, hardenWebContents, isAllowedRequest } from './security';

/** A fake webContents that keeps its listeners. */
function fakeContents() {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  return {
    listeners,
    open: (url: string) => openHandler?.({ url }),
    on: (name: string, fn: (...args: unknown[]) => void) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: (details: { url: string }) => unknown) => {
      openHandler = fn;
    },
  };
}
const event = () => ({ preventDefault: vi.fn() });

describe('the window', () => {
  const build = () => {
    const built: {
      options?: Electron.BrowserWindowConstructorOptions;
      url?: string;
      once: Map<string, () => void>;
      show: ReturnType<typeof vi.fn>;
      contents?: ReturnType<typeof fakeContents>;
    } = { once: new Map(), show: vi.fn() };
    fake.BrowserWindow.mockImplementation(function (
      this: unknown,
      options: Electron.BrowserWindowConstructorOptions,
    ) {
      built.options = options;
      built.contents = fakeContents();
      return {
        webContents: built.contents,
        once: (name: string, fn: () => void) => built.once.set(name, fn),
        show: built.show,
        loadURL: (url: string) => {
          built.url = url;
          return Promise.resolve();
        },
      };
    });
    createMainWindow('/x/preload.cjs');
    return built;
  };

  it('has every security preference of the Electron checklist', () => {
    const prefs = build().options!.webPreferences!;
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/x/preload.cjs');
  });

  it('loads the app from app://koers, titled Koers, and shows only once it is painted', () => {
    const built = build();
    expect(built.url).toBe('app://koers/index.html');
    expect(built.options).toMatchObject({ title: 'Koers', show: false });
    expect(built.options!.minWidth).toBeGreaterThanOrEqual(800);
    expect(built.options!.minHeight).toBeGreaterThanOrEqual(500);
    expect(built.show).not.toHaveBeenCalled();
    built.once.get('ready-to-show')!();
    expect(built.show).toHaveBeenCalledOnce();
  });
});

describe('closing while Koers is still saving', () => {
  const build = () => {
    const contents = fakeContents();
    fake.BrowserWindow.mockImplementation(function (this: unknown) {
      return {
        webContents: contents,
        once: () => undefined,
        show: () => undefined,
        loadURL: () => Promise.resolve(),
      };
    });
    createMainWindow('/x/preload.cjs');
    return contents;
  };

  it('asks the person in Dutch, and leaves only when they choose to', () => {
    const contents = build();
    const handler = contents.listeners.get('will-prevent-unload')!;
    expect(handler).toBeDefined();
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const leave = event();
    handler(leave);
    expect(leave.preventDefault).toHaveBeenCalledOnce();
    const options = fake.dialog.showMessageBoxSync.mock
      .calls[0]![1] as Electron.MessageBoxSyncOptions;
    expect(options.message).toBe(
      'Er wordt nog opgeslagen. Weet u zeker dat u Koers wilt verlaten?',
    );
    expect(options.buttons).toEqual(['Toch sluiten', 'Blijven']);
    expect(options.cancelId).toBe(1);
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    const stay = event();
    handler(stay);
    expect(stay.preventDefault).not.toHaveBeenCalled();
  });
});

describe('the content security policy', () => {
  const directive = (name: string) =>
    CSP.split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));

  it('allows only the app itself: no remote origin, no eval, no inline script', () => {
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(CSP).not.toMatch(/https?:|wss?:|\*/);
    expect(CSP).not.toContain("'unsafe-eval'");
    // WebAssembly (the HiGHS solver) may be compiled; no string is ever run as code.
    expect(directive('script-src')).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(directive('connect-src')).toBe("connect-src 'self'");
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'none'");
    expect(directive('form-action')).toBe("form-action 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  });
});

describe('navigation, windows, webviews, permissions, requests', () => {
  it('prevents navigation away from app://koers and allows it within', () => {
    const c = fakeContents();
    hardenWebContents(c as never);
    for (const url of ['https://example.org/', 'app://evil/index.html', 'file:///etc/passwd']) {
      const away = event();
      c.listeners.get('will-navigate')!(away, url);
      expect(away.preventDefault, url).toHaveBeenCalled();
    }
    const home = event();
    c.listeners.get('will-navigate')!(home, 'app://koers/index.html');
    expect(home.preventDefault).not.toHaveBeenCalled();
    const redirect = event();
    c.listeners.get('will-redirect')!(redirect, 'file:///etc/passwd');
    expect(redirect.preventDefault).toHaveBeenCalled();
  });

  it('denies new windows, even for the app itself, and webviews', () => {
    const c = fakeContents();
    hardenWebContents(c as never);
    expect(c.open('https://example.org/')).toEqual({ action: 'deny' });
    expect(c.open('app://koers/index.html')).toEqual({ action: 'deny' });
    const attach = event();
    c.listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((wc: unknown, p: string) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (fn: typeof request) => (request = fn),
      setPermissionCheckHandler: (fn: typeof check) => (check = fn),
      webRequest: { onBeforeRequest: vi.fn() },
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'hid']) {
      const cb = vi.fn();
      request!(null, permission, cb);
      expect(cb).toHaveBeenCalledExactlyOnceWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });

  it('cancels every request that is not for the app itself', () => {
    let before: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    hardenSession({
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: (fn: typeof before) => (before = fn) },
    } as never);
    const answer = (url: string) => {
      const cb = vi.fn();
      before!({ url }, cb);
      return cb.mock.calls[0]?.[0] as { cancel: boolean } | undefined;
    };
    for (const url of [
      'https://telemetry.example.com/collect',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'app://evil/x.js',
      'ws://localhost:9229/',
    ])
      expect(answer(url), url).toEqual({ cancel: true });
    for (const url of [
      'app://koers/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:app://koers/1b2c',
      'devtools://devtools/bundled/inspector.html',
    ])
      expect(answer(url), url).toEqual({ cancel: false });
    expect(isAllowedRequest('https://koers/')).toBe(false);
  });
});
