import type { Result } from '../result';

/** A file the user picked and Koers read: its name (no path) and its text. */
export type OpenedFile = { readonly name: string; readonly text: string };

/** A file Koers wrote: its name (no path). */
export type SavedFile = { readonly name: string };

/**
 * The one map of what crosses from the page to the main process: channel → arguments and
 * answer. Channel names are `koers:<noun>-<verb>`; nothing else is sent.
 */
export type Channels = {
  'koers:app-version': { args: []; result: Result<string> };
  /** Asks the user for a programme file and reads it; null when the user cancels. */
  'koers:file-open': { args: []; result: Result<OpenedFile | null> };
  /** Asks the user where to save and writes the text; null when the user cancels. */
  'koers:file-save': {
    args: [{ suggestedName: string; text: string }];
    result: Result<SavedFile | null>;
  };
};

/** A channel name. */
export type Channel = keyof Channels;

/** Every channel, for the preload's allow-list and the registration check. */
export const CHANNELS: readonly Channel[] = [
  'koers:app-version',
  'koers:file-open',
  'koers:file-save',
];
