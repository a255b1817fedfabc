import { readProgrammeFile, type ProgrammeBundle } from '../../../shared/file/programme-file';
import { safeFileName } from '../../../shared/contract/file-name';
import { fail, ok, type Result } from '../../../shared/result';
import { databaseCopy, replaceDatabase } from '../../db/rescue';
import type { SliceCreator } from '../types';

/** A programme file picked to restore, read and checked, not yet written. */
export type RestoreCandidate = {
  readonly name: string;
  readonly bundles: readonly ProgrammeBundle[];
};

/**
 * The way out when the stored rows cannot be read (the recovery screen): save a copy of
 * everything as stored, then replace the database by a backup or programme file.
 */
export type RescueSlice = {
  /** Saves every row as stored (unparsed) as a file; answers its name, null when cancelled. */
  saveDatabaseCopy: () => Promise<Result<string | null>>;
  /** Lets the user pick a backup or programme file and reads it; null when cancelled. */
  pickRestoreFile: () => Promise<Result<RestoreCandidate | null>>;
  /** Replaces the whole database by a picked file, in one transaction. */
  replaceWith: (candidate: RestoreCandidate) => Promise<Result<true>>;
};

/** Creates the rescue slice over the database and the host. */
export const createRescueSlice: SliceCreator<RescueSlice> = (deps) => () => ({
  saveDatabaseCopy: async () => {
    const at = new Date(deps.now()).toISOString();
    try {
      const text = await databaseCopy(deps.db, at);
      const saved = await deps.host.saveFile(
        safeFileName(`koers-databasekopie-${at.slice(0, 10)}`, 'json'),
        text,
        'json',
      );
      return saved.ok ? ok(saved.value?.name ?? null) : saved;
    } catch (error) {
      return fail({ key: 'recovery.failed', params: { reason: String(error) } });
    }
  },
  pickRestoreFile: async () => {
    const picked = await deps.host.openProgrammeFile();
    if (!picked.ok) return picked;
    if (!picked.value) return ok(null);
    const read = readProgrammeFile(picked.value.name, picked.value.text);
    return read.ok ? ok({ name: picked.value.name, bundles: read.value }) : read;
  },
  replaceWith: async (candidate) => {
    try {
      await replaceDatabase(deps.db, candidate.bundles);
      return ok(true);
    } catch (error) {
      return fail({ key: 'recovery.failed', params: { reason: String(error) } });
    }
  },
});
