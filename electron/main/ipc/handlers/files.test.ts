import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Only the dialogs are faked: the files are real, in a temporary folder.
const fake = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
}));
vi.mock('electron', () => fake);

import { MAX_FILE_BYTES } from '../../../../shared/contract/schemas';
import { nl } from '../../../../shared/i18n/messages.nl';
import { openProgrammeFile, saveFile } from './files';

let folder: string;
beforeEach(async () => {
  vi.clearAllMocks();
  folder = await mkdtemp(path.join(tmpdir(), 'koers-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});
const picked = (file: string | undefined) =>
  fake.dialog.showOpenDialog.mockResolvedValue({
    canceled: file === undefined,
    filePaths: file === undefined ? [] : [file],
  });
const savedAs = (file: string | undefined) =>
  fake.dialog.showSaveDialog.mockResolvedValue({ canceled: file === undefined, filePath: file });

describe('opening a programme file', () => {
  it('asks in Dutch for a .koers.json file and answers its name (no folder) and text', async () => {
    const file = path.join(folder, 'Werkprogramma 2026.koers.json');
    await writeFile(file, '{"formatVersion":1}');
    picked(file);
    expect(await openProgrammeFile(null)).toEqual({
      ok: true,
      value: { name: 'Werkprogramma 2026.koers.json', text: '{"formatVersion":1}' },
    });
    const options = fake.dialog.showOpenDialog.mock.calls[0]![0] as Electron.OpenDialogOptions;
    expect(options.title).toBe(nl['file.openTitle']);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters![0]).toEqual({
      name: nl['file.filterKoers'],
      extensions: expect.arrayContaining(['koers.json']) as string[],
    });
  });

  it('answers null when the user cancels', async () => {
    picked(undefined);
    expect(await openProgrammeFile(null)).toEqual({ ok: true, value: null });
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = path.join(folder, 'groot.koers.json');
    await writeFile(file, '');
    await truncate(file, MAX_FILE_BYTES + 1);
    picked(file);
    expect(await openProgrammeFile(null)).toEqual({
      ok: false,
      error: { key: 'error.fileTooLarge', params: { file: 'groot.koers.json', max: 50 } },
    });
  });

  it('answers error.fileRead when the file cannot be read', async () => {
    picked(path.join(folder, 'weg.koers.json'));
    expect(await openProgrammeFile(null)).toEqual({
      ok: false,
      error: { key: 'error.fileRead', params: { file: 'weg.koers.json' } },
    });
  });
});

describe('saving a file', () => {
  it('offers the suggested name under a Dutch title and writes the text', async () => {
    const file = path.join(folder, 'Werkprogramma 2026.koers.json');
    savedAs(file);
    const answer = await saveFile(null, {
      suggestedName: 'Werkprogramma 2026.koers.json',
      content: '{"formatVersion":1}',
      format: 'koers',
    });
    expect(answer).toEqual({ ok: true, value: { name: 'Werkprogramma 2026.koers.json' } });
    expect(await readFile(file, 'utf8')).toBe('{"formatVersion":1}');
    const options = fake.dialog.showSaveDialog.mock.calls[0]![0] as Electron.SaveDialogOptions;
    expect(options.title).toBe(nl['file.saveTitle']);
    expect(options.defaultPath).toBe('Werkprogramma 2026.koers.json');
  });

  it('writes bytes as they are (an XLSX workbook)', async () => {
    const file = path.join(folder, 'tabel.xlsx');
    savedAs(file);
    await saveFile(null, {
      suggestedName: 'tabel.xlsx',
      content: new Uint8Array([80, 75, 3, 4]),
      format: 'xlsx',
    });
    expect([...(await readFile(file))]).toEqual([80, 75, 3, 4]);
  });

  it('answers null when the user cancels, and writes nothing', async () => {
    savedAs(undefined);
    expect(
      await saveFile(null, { suggestedName: 'a.koers.json', content: 'x', format: 'koers' }),
    ).toEqual({
      ok: true,
      value: null,
    });
  });

  it('answers error.fileWrite when the file cannot be written', async () => {
    savedAs(path.join(folder, 'bestaat-niet', 'a.koers.json'));
    expect(
      await saveFile(null, { suggestedName: 'a.koers.json', content: 'x', format: 'koers' }),
    ).toEqual({
      ok: false,
      error: { key: 'error.fileWrite', params: { file: 'a.koers.json' } },
    });
  });

  it.each([
    ['csv', 'CSV-bestand opslaan', nl['file.filterCsv'], ['csv']],
    ['xlsx', 'Excel-werkmap opslaan', nl['file.filterXlsx'], ['xlsx']],
    ['json', 'JSON-bestand opslaan', nl['file.filterJson'], ['json']],
    ['koers', nl['file.saveTitle'], nl['file.filterKoers'], ['koers.json', 'json']],
  ] as const)(
    "offers the filter of the format being saved first (%s; macOS gives the first one's ending)",
    async (format, title, filter, extensions) => {
      savedAs(undefined);
      await saveFile(null, { suggestedName: `Werkprogramma 2026.${format}`, content: 'x', format });
      const options = fake.dialog.showSaveDialog.mock.calls[0]![0] as Electron.SaveDialogOptions;
      expect(options.title).toBe(title);
      expect(options.filters).toEqual([
        { name: filter, extensions },
        { name: nl['file.filterAll'], extensions: ['*'] },
      ]);
    },
  );
});
