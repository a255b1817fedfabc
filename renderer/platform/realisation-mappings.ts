/**
 * The column mappings of realisation imports, remembered per source (issue 13; Actual Budget's
 * `csv-mappings-<account>` preference): a setting of this computer, not of the data, kept in
 * localStorage under the key `sourceKey` gives the file's headers, never undone.
 */

/** The mapping remembered for a source, as stored (checked by `restoreMapping`); null if none. */
export function readSavedMapping(key: string): unknown {
  try {
    const text = globalThis.localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Remembers the mapping used for a source. */
export function writeSavedMapping(key: string, saved: unknown): void {
  try {
    globalThis.localStorage.setItem(key, JSON.stringify(saved));
  } catch {
    // Storage full or refused: the columns are guessed again next time.
  }
}
