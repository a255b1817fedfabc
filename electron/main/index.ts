import { app, BrowserWindow, Menu, session } from 'electron';
import path from 'node:path';
import { ok } from '../../shared/result';
import { openProgrammeFile, saveProgrammeFile } from './ipc/handlers/files';
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
    handle('koers:file-save', isTrusted, (_event, request) => saveProgrammeFile(win, request));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform === 'darwin')));
    win = createMainWindow(path.join(here, 'preload.cjs'));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0)
        win = createMainWindow(path.join(here, 'preload.cjs'));
    });
  });
}

main();
