import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ok } from '../../../shared/result';
import type { BackupFolder } from '../backup-folder';
import type { Language } from '../../../shared/i18n/language';
import {
  listBackups,
  openProgrammeFile,
  readBackup,
  saveFile,
  writeBackup,
} from './handlers/files';
import { saveReportPdf } from './handlers/report-pdf';
import { fromAppFrame, handle } from './register';

/** What the handlers need from the running app; passed in, so a test can give its own. */
export type RouteDeps = {
  /** The main window (the only trusted sender), or null before it exists or after it closed. */
  readonly window: () => BrowserWindow | null;
  /** The app's version (app.getVersion()). */
  readonly version: string;
  /** The folder the backups go to (Documents, or the app's own data folder when that fails). */
  readonly backupsFolder: () => Promise<BackupFolder>;
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
  const folder = async () => (await deps.backupsFolder()).path;

  handle('koers:app-version', isTrusted, () => Promise.resolve(ok(deps.version)));
  handle('koers:file-open', isTrusted, () => openProgrammeFile(deps.window()));
  handle('koers:file-save', isTrusted, (_event, request) => saveFile(deps.window(), request));
  handle('koers:backup-write', isTrusted, async (_event, r) =>
    writeBackup(await folder(), deps.now(), r.reason, r.text),
  );
  // The list says when the backups are not where the person would look for them.
  handle('koers:backup-list', isTrusted, async () => {
    const where = await deps.backupsFolder();
    const list = await listBackups(where.path);
    return list.ok && where.elsewhere ? ok({ ...list.value, elsewhere: true }) : list;
  });
  handle('koers:backup-read', isTrusted, async (_event, r) => readBackup(await folder(), r.name));
  // The folder opened is always our own, never a path from the page.
  handle('koers:backup-reveal', isTrusted, async () => {
    const path = await folder();
    await deps.reveal(path);
    return ok(path);
  });
  // The window printed is always the main window, the one that asked.
  handle('koers:report-pdf', isTrusted, (_event, request) => saveReportPdf(deps.window(), request));
  handle('koers:language-set', isTrusted, (_event, r) => {
    deps.setLanguage?.(r.language);
    return Promise.resolve(ok(null));
  });
}
