import type { Result } from '../result';
import type { OpenedFile, SavedFile } from './channels';

/** What the page may ask of its host (Electron's main process, or the browser). */
export type HostApi = {
  /** The app's version. */
  appVersion(): Promise<string>;
  /** Lets the user pick a programme file and returns its text; null when cancelled. */
  openProgrammeFile(): Promise<Result<OpenedFile | null>>;
  /** Lets the user save text as a file; null when cancelled. */
  saveProgrammeFile(suggestedName: string, text: string): Promise<Result<SavedFile | null>>;
};

/** The global name the preload exposes the host under. */
export const HOST_GLOBAL = 'koersHost';
