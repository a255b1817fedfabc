import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where backups go, and whether that is the fallback because Documents could not be written. */
export type BackupFolder = { readonly path: string; readonly elsewhere: boolean };

/**
 * True when a file can be made in the folder (made if missing) and removed again. Windows
 * Controlled Folder Access and a macOS permission denial let the folder be seen but not written.
 */
export async function canWrite(folder: string): Promise<boolean> {
  const probe = path.join(folder, `.koers-schrijftest-${process.pid}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The backup folder, decided once per run: the preferred one (Documents/Koers/Back-ups, where a
 * person finds it) when it can be written, else the fallback in the app's own data folder, so
 * import and restore, which back up first, still work. Asked once: every refused write makes
 * Windows show a "blocked" notification.
 */
export function backupFolder(
  preferred: string,
  fallback: string,
  writable: (folder: string) => Promise<boolean> = canWrite,
): () => Promise<BackupFolder> {
  let decided: Promise<BackupFolder> | null = null;
  return () =>
    (decided ??= writable(preferred).then((ok) =>
      ok ? { path: preferred, elsewhere: false } : { path: fallback, elsewhere: true },
    ));
}
