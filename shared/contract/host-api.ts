import type { Result } from '../result';
import type { Language } from '../i18n/language';
import type { BackupInfo, BackupList, BackupReason, OpenedFile, SavedFile } from './channels';
import type { SaveFormat } from './file-name';

/** What the page may ask of its host (Electron's main process, or the browser). */
export type HostApi = {
  /** The app's version. */
  appVersion(): Promise<string>;
  /** Lets the user pick a programme file and returns its text; null when cancelled. */
  openProgrammeFile(): Promise<Result<OpenedFile | null>>;
  /**
   * Lets the user save text or bytes (XLSX) as a file in a format; null when cancelled. The
   * suggested name comes from `safeFileName` (shared/contract/file-name.ts).
   */
  saveFile(
    suggestedName: string,
    content: string | Uint8Array,
    format: SaveFormat,
  ): Promise<Result<SavedFile | null>>;
  /** Whether the host keeps backups in a folder of its own (the desktop app does; a browser downloads them). */
  readonly keepsBackups: boolean;
  /** Writes a full backup (desktop: into the backup folder; browser: as a download). */
  writeBackup(reason: BackupReason, text: string): Promise<Result<BackupInfo>>;
  /** The backups kept, newest first, and the files skipped (all empty in a browser). */
  listBackups(): Promise<Result<BackupList>>;
  /** Reads one backup. */
  readBackup(name: string): Promise<Result<OpenedFile>>;
  /** Opens the backup folder; answers its path. */
  revealBackups(): Promise<Result<string>>;
  /**
   * Prints the page that shows a report (the print stylesheet leaves only the report) as a PDF:
   * desktop, through printToPDF and the save dialog (`koers:report-pdf`); a browser, through
   * its own print dialog (null: the browser saves or prints, Koers does not hear which).
   * Optional, so a test host may leave it out; the page then uses the browser's print.
   */
  printReport?(suggestedName: string, programmeName: string): Promise<Result<SavedFile | null>>;
  /**
   * Tells the host the page's language, so its own menu speaks it too (desktop: the app menu is
   * rebuilt; a browser has none). Optional: a host without a menu leaves it out.
   */
  setLanguage?(language: Language): Promise<Result<null>>;
  /**
   * Calls `listener` when the person picks a language in the host's own menu (desktop: Beeld ›
   * Taal); answers the function that stops listening.
   */
  onLanguageChosen?(listener: (language: Language) => void): () => void;
};

/** The global name the preload exposes the host under. */
export const HOST_GLOBAL = 'koersHost';
