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
  saveProgrammeFile: (suggestedName, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
    return Promise.resolve(ok({ name: suggestedName }));
  },
};
