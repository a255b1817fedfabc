import { app, BrowserWindow, Menu, session, shell } from 'electron';
import path from 'node:path';
import { backupFolder } from './backup-folder';
import { registerRoutes } from './ipc/routes';
import { applyHome } from './paths';
import { menuTemplate } from './menu';
import { LANGUAGE_CHOSEN_EVENT } from '../../shared/contract/channels';
import type { Language } from '../../shared/i18n/language';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/** Where the bundle runs from and on which platform; parameters so tests can choose them. */
export type MainEnv = {
  /** The folder of main.cjs (dist/electron): preload.cjs beside it, the page in ../renderer. */
  readonly here: string;
  readonly platform: NodeJS.Platform;
  /** The command line (process.argv): `--koers-home=<folder>` moves every app path into it. */
  readonly argv: readonly string[];
  /** The folder a relative `--koers-home` is taken from. */
  readonly cwd: string;
};

/**
 * Starts Koers, lifecycle only: one instance (a second start focuses the first window), every
 * webContents locked down as it is created, then on ready the session, the app:// scheme, IPC,
 * the menu and the window. Quits when the last window closes, except on macOS (Apple HIG).
 */
export function main(env: MainEnv): void {
  // Before the lock: it lives in userData, and a test's own home must not meet a running Koers.
  applyHome(app, env.argv, env.cwd);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Privileged schemes must be registered before the ready event (Electron protocol docs).
  registerAppScheme();
  let win: BrowserWindow | null = null;
  const openWindow = () => createMainWindow(path.join(env.here, 'preload.cjs'));

  app.on('second-instance', () => {
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  app.on('window-all-closed', () => {
    if (env.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession);
      handleAppProtocol(path.join(env.here, '..', 'renderer'));
      // The menu speaks the page's language; the page says which at start and at every switch.
      let language: Language = 'nl';
      const showMenu = (): void => {
        const choose = (chosen: Language): void => {
          if (win && !win.isDestroyed()) win.webContents.send(LANGUAGE_CHOSEN_EVENT, chosen);
        };
        const template = menuTemplate(env.platform === 'darwin', language, choose);
        Menu.setApplicationMenu(Menu.buildFromTemplate(template));
      };
      registerRoutes({
        window: () => win,
        version: app.getVersion(),
        // Backups go to a folder the user can see and open: Documents/Koers/Back-ups; when
        // Documents cannot be written, to the app's own data folder (the page says so).
        backupsFolder: backupFolder(
          path.join(app.getPath('documents'), 'Koers', 'Back-ups'),
          path.join(app.getPath('userData'), 'Back-ups'),
        ),
        now: () => new Date(),
        reveal: (folder) => shell.openPath(folder),
        setLanguage: (chosen) => {
          language = chosen;
          showMenu();
        },
      });
      showMenu();
      win = openWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) win = openWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Koers kon niet starten / Koers could not start', error);
      app.exit(1);
    });
}

main({ here: __dirname, platform: process.platform, argv: process.argv, cwd: process.cwd() });
