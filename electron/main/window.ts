import { BrowserWindow, dialog } from 'electron';
import { translate } from '../../shared/i18n/translate';
import { showOnLoadFailure } from './load-failure';
import { APP_ORIGIN, hardenWebContents } from './security';

/**
 * Creates the main window with every web preference of the Electron security checklist,
 * written out where the window is made (so reviewers and Electronegativity see them), locks it
 * down and loads the app from app://koers.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: translate('app.name'),
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  hardenWebContents(win.webContents);
  // The page asks to stay while a write is still on its way (renderer/components/undo-keys.ts);
  // Electron ignores such a request silently unless the main process asks the person.
  win.webContents.on('will-prevent-unload', (event) => {
    if (confirmLeave(win)) event.preventDefault();
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  // A failed load never sends ready-to-show: show the window with a Dutch error page instead.
  showOnLoadFailure(win);
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/**
 * Asks, in Dutch, whether to close while Koers is still saving; true means leave. What is still
 * pending is kept in the journal and written at the next start, so leaving loses nothing.
 */
export function confirmLeave(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'question',
    buttons: [translate('unload.leave'), translate('unload.stay')],
    defaultId: 1,
    cancelId: 1,
    title: translate('app.name'),
    message: translate('unload.pending'),
    detail: translate('unload.detail'),
  });
  return choice === 0;
}
