import { BrowserWindow } from 'electron';
import { translate } from '../../shared/i18n/translate';
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
  win.once('ready-to-show', () => {
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
