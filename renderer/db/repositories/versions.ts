import { liveQuery } from 'dexie';
import { createContext, useContext, useEffect, useState } from 'react';
import type { Version } from '../../../shared/domain/versions';
import type { KoersDb } from '../koers-db';
import { parseRows } from './rows';

/** The database for the few components that watch a table of their own (versions). */
export const DbContext = createContext<KoersDb | null>(null);

/** The saved versions of a programme, parsed, newest first. */
export async function readVersions(db: KoersDb, programmeId: string): Promise<Version[]> {
  const rows = await db.versions.where('programmeId').equals(programmeId).toArray();
  return parseRows('versions', rows).sort((a, b) =>
    a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0,
  );
}

/**
 * The versions of a programme, kept fresh after every write from any window (Dexie's
 * liveQuery, as `renderer/db/live.ts`); null while loading, an error when a row is unreadable.
 */
export function useReadVersions(programmeId: string | null): {
  readonly versions: readonly Version[] | null;
  readonly error: unknown;
} {
  const db = useContext(DbContext);
  const [state, setState] = useState<{ versions: readonly Version[] | null; error: unknown }>({
    versions: null,
    error: null,
  });
  useEffect(() => {
    if (!db || programmeId === null) {
      setState({ versions: [], error: null });
      return;
    }
    const sub = liveQuery(() => readVersions(db, programmeId)).subscribe({
      next: (versions) => {
        setState({ versions, error: null });
      },
      error: (error: unknown) => {
        setState({ versions: null, error });
      },
    });
    return () => {
      sub.unsubscribe();
    };
  }, [db, programmeId]);
  return state;
}
