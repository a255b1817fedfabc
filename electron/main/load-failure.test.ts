import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  BrowserWindow: vi.fn(),
  dialog: { showMessageBoxSync: vi.fn() },
}));
vi.mock('electron', () => fake);

import { nl } from '../../shared/i18n/messages.nl';
import { errorPageHtml } from './load-failure';
import { createMainWindow } from './window';

type Listener = (...args: unknown[]) => void;

/** The main window built on a fake that keeps its listeners, what it loaded and whether it showed. */
function build() {
  const listeners = new Map<string, Listener>();
  const loaded: string[] = [];
  const show = vi.fn();
  fake.BrowserWindow.mockImplementation(function () {
    return {
      webContents: {
        on: (name: string, fn: Listener) => listeners.set(name, fn),
        setWindowOpenHandler: vi.fn(),
      },
      once: vi.fn(),
      show,
      isDestroyed: () => false,
      loadURL: (url: string) => {
        loaded.push(url);
        return Promise.resolve();
      },
    };
  });
  createMainWindow('/x/preload.cjs');
  const page = () =>
    decodeURIComponent(loaded.at(-1)!.replace(/^data:text\/html;charset=utf-8,/, ''));
  return { listeners, loaded, show, page };
}

describe('a load failure', () => {
  it('shows the hidden window with a Dutch error page naming what failed', () => {
    const w = build();
    expect(w.loaded).toEqual(['app://koers/index.html']);
    w.listeners.get('did-fail-load')!({}, -6, 'ERR_FILE_NOT_FOUND', 'app://koers/index.html', true);
    expect(w.show).toHaveBeenCalledOnce();
    expect(w.loaded).toHaveLength(2);
    expect(w.loaded[1]).toMatch(/^data:text\/html;charset=utf-8,/);
    const html = w.page();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(`<h1>${nl['loadFailed.title']}</h1>`);
    expect(html).toContain('ERR_FILE_NOT_FOUND -6');
    expect(html).toContain(nl['loadFailed.what']);
  });

  it("shows it when the page's renderer stops, too", () => {
    const w = build();
    w.listeners.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 11 });
    expect(w.show).toHaveBeenCalledOnce();
    expect(w.page()).toContain('onverwacht gestopt (crashed)');
  });

  it('ignores a cancelled load, a subframe, a page that is not the app, a clean exit; and never loops', () => {
    const w = build();
    const failLoad = w.listeners.get('did-fail-load')!;
    failLoad({}, -3, 'ERR_ABORTED', 'app://koers/index.html', true);
    failLoad({}, -6, 'ERR_FILE_NOT_FOUND', 'app://koers/frame.html', false);
    failLoad({}, -2, 'ERR_FAILED', 'data:text/html,x', true);
    w.listeners.get('render-process-gone')!({}, { reason: 'clean-exit', exitCode: 0 });
    expect(w.show).not.toHaveBeenCalled();
    expect(w.loaded).toHaveLength(1);
    failLoad({}, -6, 'ERR_FILE_NOT_FOUND', 'app://koers/index.html', true);
    w.listeners.get('render-process-gone')!({}, { reason: 'crashed', exitCode: 11 });
    expect(w.loaded).toHaveLength(2);
  });
});

describe('the error page', () => {
  it('runs nothing and shows what it is given as text', () => {
    const html = errorPageHtml('<script>alert(1)</script>');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
