import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ok } from '../../../shared/result';
import type { Language } from '../../../shared/i18n/language';
import {
  listBackups,
  openProgrammeFile,
  readBackup,
  saveFile,
  writeBackup,
} from './handlers/files';
import { fromAppFrame, handle } from './register';

/** What the handlers need from the running app; passed in, so a test can give its own. */
export type RouteDeps = {
  /** The main window (the only trusted sender), or null before it exists or after it closed. */
  readonly window: () => BrowserWindow | null;
  /** The app's version (app.getVersion()). */
  readonly version: string;
  /** The folder the backups go to. */
  readonly backupsFolder: string;
  /** The clock that names backups. */
  readonly now: () => Date;
  /** Opens a folder in the file manager (shell.openPath). */
  readonly reveal: (folder: string) => Promise<unknown>;
  /** The page switched language: the app menu follows (index.ts rebuilds it). */
  readonly setLanguage?: (language: Language) => void;
};

/** Registers one handler per channel of the contract; each answers only the main window. */
export function registerRoutes(deps: RouteDeps): void {
  const isMainWindow = (contentsId: number) => {
    const win = deps.window();
    return win !== null && !win.isDestroyed() && win.webContents.id === contentsId;
  };
  const isTrusted = (event: IpcMainInvokeEvent) => fromAppFrame(event, isMainWindow);
  const folder = deps.backupsFolder;

  handle('koers:app-version', isTrusted, () => Promise.resolve(ok(deps.version)));
  handle('koers:file-open', isTrusted, () => openProgrammeFile(deps.window()));
  handle('koers:file-save', isTrusted, (_event, request) => saveFile(deps.window(), request));
  handle('koers:backup-write', isTrusted, (_event, r) =>
    writeBackup(folder, deps.now(), r.reason, r.text),
  );
  handle('koers:backup-list', isTrusted, () => listBackups(folder));
  handle('koers:backup-read', isTrusted, (_event, r) => readBackup(folder, r.name));
  // The folder opened is always our own, never a path from the page.
  handle('koers:backup-reveal', isTrusted, async () => {
    await deps.reveal(folder);
    return ok(folder);
  });
  handle('koers:language-set', isTrusted, (_event, r) => {
    deps.setLanguage?.(r.language);
    return Promise.resolve(ok(null));
  });
}
