import { dialog, type BrowserWindow } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedFile, SavedFile } from '../../../../shared/contract/channels';
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
export async function saveProgrammeFile(
  win: BrowserWindow | null,
  request: { suggestedName: string; text: string },
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
    await writeFile(choice.filePath, request.text, 'utf8');
    return ok({ name });
  } catch {
    return fail({ key: 'error.fileWrite', params: { file: name } });
  }
}
