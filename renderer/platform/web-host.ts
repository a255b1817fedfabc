import type { HostApi } from '../../shared/contract/host-api';
import { MAX_FILE_BYTES } from '../../shared/contract/schemas';
import { fail, ok } from '../../shared/result';

/** The version of the web build (Vite puts package.json's version in at build time). */
const VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

/** Asks the user for a file with the browser's own picker; null when they cancel. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.koers.json,application/json';
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
    });
    input.addEventListener('cancel', () => {
      resolve(null);
    });
    input.click();
  });
}

/** The host when Koers runs in a browser: file picker to open, a download to save. */
export const webHost: HostApi = {
  appVersion: () => Promise.resolve(VERSION),
  openProgrammeFile: async () => {
    const file = await pickFile();
    if (!file) return ok(null);
    if (file.size > MAX_FILE_BYTES)
      return fail({
        key: 'error.fileTooLarge',
        params: { file: file.name, max: MAX_FILE_BYTES / 1024 / 1024 },
      });
    try {
      return ok({ name: file.name, text: await file.text() });
    } catch {
      return fail({ key: 'error.fileRead', params: { file: file.name } });
    }
  },
  keepsBackups: false,
  // In a browser a backup is a download; the browser keeps no folder of its own.
  writeBackup: (reason, text) => {
    const name = `koers-${new Date().toISOString().slice(0, 10)}-${reason}.koers.json`;
    download(name, text);
    return Promise.resolve(
      ok({
        name,
        bytes: text.length,
        createdAt: new Date().toISOString(),
        reason,
        programmes: 0,
        activities: 0,
      }),
    );
  },
  listBackups: () => Promise.resolve(ok({ backups: [], foreign: [], unreadable: [] })),
  readBackup: (name) => Promise.resolve(fail({ key: 'error.fileRead', params: { file: name } })),
  revealBackups: () => Promise.resolve(ok('')),
  // The browser's own print dialog prints or saves the PDF; the print stylesheet shows only the
  // report, on A4 with the same margins as the desktop's PDF (renderer/styles.css, @page report).
  printReport: () => {
    window.print();
    return Promise.resolve(ok(null));
  },
  saveFile: (suggestedName, content) => {
    download(suggestedName, content);
    return Promise.resolve(ok({ name: suggestedName }));
  },
};

/** How long a download's object URL lives: revoking it at once can cut a download short. */
const REVOKE_AFTER_MS = 60_000;

/** Offers text or bytes as a file download. */
function download(name: string, content: string | Uint8Array): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart]));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}
