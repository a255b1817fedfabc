import { dialog, type BrowserWindow } from 'electron';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  BackupInfo,
  BackupReason,
  OpenedFile,
  SavedFile,
} from '../../../../shared/contract/channels';
import { MAX_FILE_BYTES } from '../../../../shared/contract/schemas';
import { translate } from '../../../../shared/i18n/translate';
import { fail, ok, type Result } from '../../../../shared/result';

const filters = () => [
  { name: translate('file.filterKoers'), extensions: ['koers.json', 'json'] },
  { name: translate('file.filterAll'), extensions: ['*'] },
];

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
  request: { suggestedName: string; content: string | Uint8Array },
): Promise<Result<SavedFile | null>> {
  const options = {
    title: translate('file.saveTitle'),
    defaultPath: request.suggestedName,
    filters: filters(),
  };
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

/** How many backups are kept; older ones are removed when a new one is written. */
export const KEEP_BACKUPS = 30;

/** The file name of a backup: `koers-2026-11-24_0541-dagelijks.koers.json` (sorts by time). */
export function backupName(now: Date, reason: BackupReason): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}_${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `koers-${stamp}-${reason}.koers.json`;
}

/** What a backup holds, read from the file itself. */
async function backupInfo(folder: string, name: string): Promise<BackupInfo | null> {
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
    const reason = /-([a-z-]+)\.koers\.json$/.exec(name)?.[1] ?? '';
    return {
      name,
      bytes: info.size,
      createdAt:
        typeof parsed.exportedAt === 'string' ? parsed.exportedAt : info.mtime.toISOString(),
      reason: reason.replace(/^\d+-/, ''),
      programmes: count('programmes'),
      activities: count('activities'),
    };
  } catch {
    return null;
  }
}

/** The backups in the folder, newest first. */
export async function listBackups(folder: string): Promise<Result<BackupInfo[]>> {
  try {
    await mkdir(folder, { recursive: true });
    const names = (await readdir(folder))
      .filter((n) => /^koers-.*\.koers\.json$/.test(n))
      .sort()
      .reverse();
    const infos = await Promise.all(names.map((n) => backupInfo(folder, n)));
    return ok(infos.filter((i): i is BackupInfo => i !== null));
  } catch {
    return fail({ key: 'error.backupList' });
  }
}

/** Writes a backup, then removes all but the newest KEEP_BACKUPS. */
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
    const all = (await readdir(folder)).filter((n) => /^koers-.*\.koers\.json$/.test(n)).sort();
    for (const old of all.slice(0, Math.max(0, all.length - KEEP_BACKUPS)))
      await rm(path.join(folder, old));
    const info = await backupInfo(folder, name);
    return info ? ok(info) : fail({ key: 'error.backupWrite', params: { file: name } });
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
