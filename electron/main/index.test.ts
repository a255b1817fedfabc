import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, LANGUAGE_CHOSEN_EVENT } from '../../shared/contract/channels';

// The electron module replaced at the seam by small fakes that record what main() does.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const appEvents = new Map<string, Listener>();
  const contentsEvents = new Map<string, Listener>();
  const windows: {
    options: Electron.BrowserWindowConstructorOptions;
    focus: ReturnType<typeof vi.fn>;
    restore: ReturnType<typeof vi.fn>;
    minimized: boolean;
    webContents: { send: ReturnType<typeof vi.fn> };
  }[] = [];
  let ready: () => void = () => undefined;
  return {
    appEvents,
    contentsEvents,
    windows,
    ready: () => {
      ready();
    },
    app: {
      // The first import (below) must find another instance running.
      requestSingleInstanceLock: vi.fn(() => false),
      quit: vi.fn(),
      exit: vi.fn(),
      on: vi.fn((name: string, fn: Listener) => appEvents.set(name, fn)),
      whenReady: vi.fn(
        () =>
          new Promise<void>((resolve) => {
            ready = resolve;
          }),
      ),
      getVersion: () => '0.1.0',
      getPath: () => '/home/inspecteur/Documenten',
      setPath: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
    BrowserWindow: Object.assign(
      vi.fn(function (options: Electron.BrowserWindowConstructorOptions) {
        const win = {
          options,
          minimized: true,
          focus: vi.fn(),
          restore: vi.fn(),
          isDestroyed: () => false,
          isMinimized: () => win.minimized,
          once: vi.fn(),
          show: vi.fn(),
          loadURL: vi.fn(() => Promise.resolve()),
          webContents: {
            id: 7,
            on: (name: string, fn: Listener) => contentsEvents.set(name, fn),
            setWindowOpenHandler: vi.fn(),
            send: vi.fn(),
          },
        };
        windows.push(win);
        return win;
      }),
      { getAllWindows: () => windows },
    ),
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    shell: { openPath: vi.fn() },
    dialog: {},
  };
});
vi.mock('electron', () => fake);

describe('single instance', () => {
  it('quits at once when another Koers already runs, before registering anything', async () => {
    await import('./index');
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.app.on).not.toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
  });
});

describe('the lifecycle of the first instance', () => {
  beforeEach(() => {
    vi.clearAllMocks();
    fake.appEvents.clear();
    fake.windows.length = 0;
    fake.app.requestSingleInstanceLock.mockReturnValue(true);
  });
  afterEach(() => {
    fake.app.requestSingleInstanceLock.mockReturnValue(false);
  });

  const start = async (platform: NodeJS.Platform, argv: string[] = []) => {
    const { main } = await import('./index');
    main({ here: '/opt/koers/dist/electron', platform, argv, cwd: '/home/tester' });
    // Before ready: the scheme is privileged, nothing else is set up yet.
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    fake.ready();
    await vi.waitFor(() => {
      expect(fake.windows).toHaveLength(1);
    });
  };

  it('on ready locks the session, serves app://, answers every channel, sets the menu, opens the window', async () => {
    await start('linux');
    const session = fake.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual([...CHANNELS].sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(fake.windows[0]!.options.webPreferences?.preload).toBe(
      '/opt/koers/dist/electron/preload.cjs',
    );
  });

  it('speaks the page’s language in the menu, and tells the page a language picked there (issue 14)', async () => {
    await start('linux');
    const setLanguage = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'koers:language-set',
    )![1] as (...args: unknown[]) => Promise<unknown>;
    const fromPage = { senderFrame: { url: 'app://koers/index.html' }, sender: { id: 7 } };
    expect(await setLanguage(fromPage, { language: 'en' })).toEqual({ ok: true, value: null });
    type Item = { label?: string; click?: () => void; submenu?: Item[] };
    const menu = fake.Menu.setApplicationMenu.mock.calls.at(-1)![0] as Item[];
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const view = menu.find((m) => m.label === 'View')!.submenu!;
    const english = view
      .find((i) => i.label === 'Language')!
      .submenu!.find((i) => i.label === 'English')!;
    english.click!();
    expect(fake.windows[0]!.webContents.send).toHaveBeenCalledExactlyOnceWith(
      LANGUAGE_CHOSEN_EVENT,
      'en',
    );
  });

  it('locks down every webContents as it is created', async () => {
    await start('linux');
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appEvents.get('web-contents-created')!({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([name]) => name as string)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-attach-webview']),
    );
  });

  it('a second start restores and focuses the existing window instead of opening another', async () => {
    await start('win32');
    fake.appEvents.get('second-instance')!();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.restore).toHaveBeenCalledOnce();
    expect(fake.windows[0]!.focus).toHaveBeenCalledOnce();
  });

  it('quits when the last window closes, except on macOS', async () => {
    await start('linux');
    fake.appEvents.get('window-all-closed')!();
    expect(fake.app.quit).toHaveBeenCalledOnce();
    fake.app.quit.mockClear();
    fake.appEvents.clear();
    fake.windows.length = 0;
    fake.protocol.registerSchemesAsPrivileged.mockClear();
    fake.protocol.handle.mockClear();
    await start('darwin');
    fake.appEvents.get('window-all-closed')!();
    expect(fake.app.quit).not.toHaveBeenCalled();
  });

  it('with --koers-home moves every app path into that folder, before the single-instance lock', async () => {
    await start('linux', ['/opt/electron', '.', '--koers-home=/tmp/koers-e2e-1']);
    const set = Object.fromEntries(fake.app.setPath.mock.calls) as Record<string, string>;
    expect(set).toEqual({
      home: '/tmp/koers-e2e-1',
      appData: '/tmp/koers-e2e-1/config',
      userData: '/tmp/koers-e2e-1/config/Koers',
      documents: '/tmp/koers-e2e-1/Documents',
      downloads: '/tmp/koers-e2e-1/Downloads',
      desktop: '/tmp/koers-e2e-1/Desktop',
    });
    const lastSet = Math.max(...fake.app.setPath.mock.invocationCallOrder);
    expect(lastSet).toBeLessThan(fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!);
  });

  it('without it leaves the paths as Electron chose them', async () => {
    await start('linux', ['/opt/electron', '.']);
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });
});
