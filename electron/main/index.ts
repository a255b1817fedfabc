import { app, BrowserWindow, Menu, session, shell } from 'electron';
import path from 'node:path';
import { ok } from '../../shared/result';
import {
  listBackups,
  openProgrammeFile,
  readBackup,
  saveFile,
  writeBackup,
} from './ipc/handlers/files';
import { fromAppFrame, handle } from './ipc/register';
import { menuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow } from './window';

/** Starts Koers: one instance, a locked-down session, the app:// scheme, IPC, menu, window. */
export function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let win: BrowserWindow | null = null;
  const here = __dirname;
  const trusted = (id: number) => win !== null && !win.isDestroyed() && win.webContents.id === id;

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    handleAppProtocol(path.join(here, '..', 'renderer'));
    const isTrusted = (event: Electron.IpcMainInvokeEvent) => fromAppFrame(event, trusted);
    handle('koers:app-version', isTrusted, () => Promise.resolve(ok(app.getVersion())));
    handle('koers:file-open', isTrusted, () => openProgrammeFile(win));
    handle('koers:file-save', isTrusted, (_event, request) => saveFile(win, request));
    // Backups go to a folder the user can see and open: Documents/Koers/Back-ups.
    const backups = path.join(app.getPath('documents'), 'Koers', 'Back-ups');
    handle('koers:backup-write', isTrusted, (_event, r) =>
      writeBackup(backups, new Date(), r.reason, r.text),
    );
    handle('koers:backup-list', isTrusted, () => listBackups(backups));
    handle('koers:backup-read', isTrusted, (_event, r) => readBackup(backups, r.name));
    // openPath gets only our own folder, never anything from the page.
    handle('koers:backup-reveal', isTrusted, async () => {
      await shell.openPath(backups);
      return ok(backups);
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin')));
    win = createMainWindow(path.join(here, 'preload.cjs'));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        win = createMainWindow(path.join(here, 'preload.cjs'));
    });
  });
}

main();
