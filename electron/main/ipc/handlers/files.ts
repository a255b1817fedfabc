import { dialog, type BrowserWindow } from 'electron';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  BackupInfo,
  BackupList,
  BackupReason,
  OpenedFile,
  SavedFile,
} from '../../../../shared/contract/channels';
import {
  BACKUP_NAME_PATTERN,
  MAX_FILE_BYTES,
  MAX_SKIPPED_NAMES,
} from '../../../../shared/contract/schemas';
import type { SaveFormat } from '../../../../shared/contract/file-name';
import type { MessageKey } from '../../../../shared/i18n/messages.nl';
import { translate } from '../../../../shared/i18n/translate';
import { fail, ok, type Result } from '../../../../shared/result';

const filters = () => [
  { name: translate('file.filterKoers'), extensions: ['koers.json', 'json'] },
  { name: translate('file.filterAll'), extensions: ['*'] },
];

/** The save dialog's title and own filter per format. */
const SAVE_DIALOG: {
  readonly [F in SaveFormat]: { title: MessageKey; filter: MessageKey; extensions: string[] };
} = {
  koers: {
    title: 'file.saveTitle',
    filter: 'file.filterKoers',
    extensions: ['koers.json', 'json'],
  },
  csv: { title: 'file.saveTitleCsv', filter: 'file.filterCsv', extensions: ['csv'] },
  xlsx: { title: 'file.saveTitleXlsx', filter: 'file.filterXlsx', extensions: ['xlsx'] },
  json: { title: 'file.saveTitleJson', filter: 'file.filterJson', extensions: ['json'] },
  pdf: { title: 'file.saveTitlePdf', filter: 'file.filterPdf', extensions: ['pdf'] },
};

/**
 * The save dialog for a format: its own filter first (the macOS panel gives the file the first
 * filter's ending, so a CSV offered under the programme file's filter became `.json`), then all
 * files.
 */
export function saveDialogOptions(suggestedName: string, format: SaveFormat) {
  const d = SAVE_DIALOG[format];
  return {
    title: translate(d.title),
    defaultPath: suggestedName,
    filters: [
      { name: translate(d.filter), extensions: d.extensions },
      { name: translate('file.filterAll'), extensions: ['*'] },
    ],
  };
}

/** Lets the user pick a programme file and reads it (the only file reading in Koers). */
export async function openProgrammeFile(
  win: BrowserWindow | null,
): Promise<Result<OpenedFile | null>> {
  const options = {
    title: translate('file.openTitle'),
    filters: filters(),
    properties: ['openFile' as const],
  };
  const choice = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || file === undefined) return ok(null);
  const name = path.basename(file);
  try {
    const info = await stat(file);
    if (info.size > MAX_FILE_BYTES)
      return fail({
        key: 'error.fileTooLarge',
        params: { file: name, max: MAX_FILE_BYTES / 1024 / 1024 },
      });
    return ok({ name, text: await readFile(file, 'utf8') });
  } catch {
    return fail({ key: 'error.fileRead', params: { file: name } });
  }
}

/** Lets the user choose where to save and writes the text (the only file writing in Koers). */
export async function saveFile(
  win: BrowserWindow | null,
  request: { suggestedName: string; content: string | Uint8Array; format: SaveFormat },
): Promise<Result<SavedFile | null>> {
  const options = saveDialogOptions(request.suggestedName, request.format);
  const choice = win
    ? await dialog.showSaveDialog(win, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return ok(null);
  const name = path.basename(choice.filePath);
  try {
    await writeFile(choice.filePath, request.content);
    return ok({ name });
  } catch {
    return fail({ key: 'error.fileWrite', params: { file: name } });
  }
}

/** How many daily backups are kept; older daily ones are removed when a new one is written. */
export const KEEP_DAILY_BACKUPS = 30;

/** How many other backups (before an import, restore or upgrade, by hand) are kept. */
export const KEEP_OTHER_BACKUPS = 30;

/** The file name of a backup: `koers-2026-11-24_054107-dagelijks.koers.json` (sorts by time). */
export function backupName(now: Date, reason: BackupReason): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `koers-${stamp}-${reason}.koers.json`;
}

/** A backup Koers wrote, recognised by its name; null for any other file. */
export function ownBackup(name: string): { stamp: string; reason: BackupReason } | null {
  const m = BACKUP_NAME_PATTERN.exec(name);
  if (!m) return null;
  // Older names have no seconds; padding makes both kinds sort by time together.
  return { stamp: `${m[1] ?? ''}_${(m[2] ?? '').padEnd(6, '0')}`, reason: m[3] as BackupReason };
}

/** Whether a file Koers did not write is worth naming: it looks like a programme file or a backup. */
function looksLikeBackup(name: string): boolean {
  return !name.startsWith('.') && (/\.json$/i.test(name) || /^koers/i.test(name));
}

/** What a backup holds, read from the file itself; null when it cannot be read. */
async function backupInfo(folder: string, name: string): Promise<BackupInfo | null> {
  const own = ownBackup(name);
  if (!own) return null;
  try {
    const full = path.join(folder, name);
    const [info, text] = await Promise.all([stat(full), readFile(full, 'utf8')]);
    type Held = { programmes?: unknown[]; activities?: unknown[] };
    const parsed = JSON.parse(text) as {
      exportedAt?: unknown;
      data?: Held;
      organisations?: Held[];
    };
    // Format 3 holds a list of organisations; format 1 and 2 held one under `data`.
    const held = Array.isArray(parsed.organisations)
      ? parsed.organisations
      : parsed.data
        ? [parsed.data]
        : [];
    const count = (key: keyof Held) =>
      held.reduce((n, o) => {
        const rows = (o as Held | null)?.[key];
        return n + (Array.isArray(rows) ? rows.length : 0);
      }, 0);
    return {
      name,
      bytes: info.size,
      createdAt:
        typeof parsed.exportedAt === 'string' && parsed.exportedAt.length <= 40
          ? parsed.exportedAt
          : info.mtime.toISOString(),
      reason: own.reason,
      programmes: count('programmes'),
      activities: count('activities'),
    };
  } catch {
    return null;
  }
}

/** Koers's own backups in the folder, newest first, and the other files' names. */
async function scan(folder: string): Promise<{ own: string[]; foreign: string[] }> {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => e.name);
  const own = files
    .filter((n) => ownBackup(n) !== null)
    .sort((a, b) => (ownBackup(b)?.stamp ?? '').localeCompare(ownBackup(a)?.stamp ?? ''));
  const foreign = files.filter((n) => ownBackup(n) === null && looksLikeBackup(n)).sort();
  return { own, foreign };
}

/**
 * The backups in the folder, newest first. Files Koers did not write are skipped and named, so
 * one Explorer copy or a user's own file never empties the list or stops the daily backup.
 */
export async function listBackups(folder: string): Promise<Result<BackupList>> {
  try {
    await mkdir(folder, { recursive: true });
    const { own, foreign } = await scan(folder);
    const infos = await Promise.all(own.map((n) => backupInfo(folder, n)));
    const backups = infos.filter((i): i is BackupInfo => i !== null);
    const unreadable = own.filter((_, i) => infos[i] === null);
    return ok({
      backups,
      foreign: foreign.slice(0, MAX_SKIPPED_NAMES),
      unreadable: unreadable.slice(0, MAX_SKIPPED_NAMES),
    });
  } catch {
    return fail({ key: 'error.backupList' });
  }
}

/**
 * The backups rotation removes: beyond the newest KEEP_DAILY_BACKUPS daily ones and the newest
 * KEEP_OTHER_BACKUPS others, counted apart so imports never push the daily backups out. Only
 * names Koers writes are ever counted, so a user's own file is never deleted.
 */
export function backupsToRemove(names: readonly string[]): string[] {
  const own = names
    .map((name) => ({ name, own: ownBackup(name) }))
    .filter(
      (b): b is { name: string; own: NonNullable<ReturnType<typeof ownBackup>> } => b.own !== null,
    )
    .sort((a, b) => b.own.stamp.localeCompare(a.own.stamp));
  const daily = own.filter((b) => b.own.reason === 'dagelijks');
  const other = own.filter((b) => b.own.reason !== 'dagelijks');
  return [...daily.slice(KEEP_DAILY_BACKUPS), ...other.slice(KEEP_OTHER_BACKUPS)].map(
    (b) => b.name,
  );
}

/** Writes a backup, then rotates Koers's own backups (see `backupsToRemove`). */
export async function writeBackup(
  folder: string,
  now: Date,
  reason: BackupReason,
  text: string,
): Promise<Result<BackupInfo>> {
  const name = backupName(now, reason);
  try {
    await mkdir(folder, { recursive: true });
    // Write to a temporary name first, so a crash never leaves half a backup under the real name.
    const tmp = path.join(folder, `.${name}.tmp`);
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path.join(folder, name));
    const info = await backupInfo(folder, name);
    if (!info) return fail({ key: 'error.backupWrite', params: { file: name } });
    const { own } = await scan(folder);
    for (const old of backupsToRemove(own)) await rm(path.join(folder, old));
    return ok(info);
  } catch {
    return fail({ key: 'error.backupWrite', params: { file: name } });
  }
}

/** Reads one backup from the folder (the name is checked by the channel's schema: no folders). */
export async function readBackup(folder: string, name: string): Promise<Result<OpenedFile>> {
  try {
    return ok({ name, text: await readFile(path.join(folder, path.basename(name)), 'utf8') });
  } catch {
    return fail({ key: 'error.fileRead', params: { file: name } });
  }
}
