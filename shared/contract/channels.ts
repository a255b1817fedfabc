import type { Result } from '../result';
import type { SaveFormat } from './file-name';
import type { Language } from '../i18n/language';

/** A file the user picked and Koers read: its name (no path) and its text. */
export type OpenedFile = { readonly name: string; readonly text: string };

/** A file Koers wrote: its name (no path). */
export type SavedFile = { readonly name: string };

/** Why a backup was made; part of its file name. */
export type BackupReason =
  'dagelijks' | 'voor-import' | 'voor-herstel' | 'voor-upgrade' | 'handmatig';

/** One backup file in the backup folder. */
export type BackupInfo = {
  readonly name: string;
  readonly bytes: number;
  /** When it was written, ISO 8601. */
  readonly createdAt: string;
  readonly reason: string;
  readonly programmes: number;
  readonly activities: number;
};

/**
 * What the backup folder holds: Koers's own backups, newest first, and the files it left alone.
 * A file Koers did not write never breaks the list and is never read, rotated or deleted.
 */
export type BackupList = {
  readonly backups: BackupInfo[];
  /** Files in the folder whose names Koers does not write (an Explorer copy, a user's notes). */
  readonly foreign: string[];
  /** Koers's own backups that could not be read (damaged or emptied). */
  readonly unreadable: string[];
  /**
   * True when Documents could not be written and the backups are kept in the app's own data
   * folder instead (the page says so); absent or false otherwise.
   */
  readonly elsewhere?: boolean;
};

/**
 * The one map of what crosses from the page to the main process: channel → arguments and
 * answer. Channel names are `koers:<noun>-<verb>`; nothing else is sent.
 */
export type Channels = {
  /** The app's version (package.json). */
  'koers:app-version': { args: []; result: Result<string> };
  /** Asks the user for a programme file and reads it; null when the user cancels. */
  'koers:file-open': { args: []; result: Result<OpenedFile | null> };
  /**
   * Asks the user where to save and writes the text; null when the user cancels. The format
   * chooses the save dialog's first filter (macOS otherwise forces the first one's ending).
   */
  'koers:file-save': {
    args: [{ suggestedName: string; content: string | Uint8Array; format: SaveFormat }];
    result: Result<SavedFile | null>;
  };
  /** Writes a full backup into the backup folder; keeps the newest 30 daily and 30 other ones. */
  'koers:backup-write': {
    args: [{ reason: BackupReason; text: string }];
    result: Result<BackupInfo>;
  };
  /** Lists the backups, newest first, and names the files it skipped. */
  'koers:backup-list': { args: []; result: Result<BackupList> };
  /** Reads one backup by its file name (no folders). */
  'koers:backup-read': { args: [{ name: string }]; result: Result<OpenedFile> };
  /** Opens the backup folder in the file manager. */
  'koers:backup-reveal': { args: []; result: Result<string> };
  /**
   * Prints the page as the report's PDF (shared/report/pdf-options.ts: A4, margins, a footer
   * with the programme's name and page numbers) and asks where to save it; null when the user
   * cancels (issue 13, Out).
   */
  'koers:report-pdf': {
    args: [{ suggestedName: string; programmeName: string }];
    result: Result<SavedFile | null>;
  };
  /** The page's language, so the app menu speaks it too (issue 14). */
  'koers:language-set': { args: [{ language: Language }]; result: Result<null> };
};

/**
 * The one message the main process sends the page unasked: the person picked a language in the
 * app menu (Beeld › Taal). Its one argument is the language; the preload checks it.
 */
export const LANGUAGE_CHOSEN_EVENT = 'koers:language-chosen';

/** A channel name. */
export type Channel = keyof Channels;

/** Every channel once; a record, so a channel added to `Channels` and not here is a type error. */
const EVERY_CHANNEL: { readonly [K in Channel]: true } = {
  'koers:app-version': true,
  'koers:file-open': true,
  'koers:file-save': true,
  'koers:backup-write': true,
  'koers:backup-list': true,
  'koers:backup-read': true,
  'koers:backup-reveal': true,
  'koers:report-pdf': true,
  'koers:language-set': true,
};

/** Every channel name, for the registration check (each must have exactly one handler). */
export const CHANNELS = Object.keys(EVERY_CHANNEL) as readonly Channel[];
