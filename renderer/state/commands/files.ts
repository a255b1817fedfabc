/** Areas `file` and `backup`: the programme file in and out, tables out, backups and restore. */
import {
  readProgrammeFile,
  readProgrammeFileInSteps,
  writeProgrammeFile,
} from '../../../shared/file/programme-file';
import { withWriteProgress } from '../../db/repositories/rows';
import {
  countsOf,
  countsPhrase,
  organisationsOf,
  planImport,
  planRestore,
  type ChangeCounts,
  type ImportPlan,
} from '../../../shared/file/restore-plan';
import { translate } from '../../../shared/i18n/translate';
import { formatNumber } from '../../../shared/format/nl';
import type { BackupReason } from '../../../shared/contract/channels';
import { safeFileName } from '../../../shared/contract/file-name';
import { activitiesTable } from '../../../shared/export/table';
import { reportTableCsv } from '../../../shared/export/csv';
import { writeReportXlsx } from '../../export/xlsx-report';
import { linePlacesOf } from '../line-places';
import { readBundle, readBundles, readTableRows } from '../../db/repositories/bundle';
import type { CommandContext, CommandMap } from './context';

/** A file of another organisation, held until the person chooses to add it as a separate one. */
export type PendingImport = {
  readonly fileName: string;
  readonly text: string;
  readonly names: readonly string[];
};

/** What restoring a backup would do, shown for confirmation before anything is written. */
export type RestorePreview = {
  readonly name: string;
  readonly text: string;
  readonly counts: ChangeCounts;
  /** How many rows change in all. */
  readonly total: number;
};

/** Keeps the view on the programme on screen while a file or backup is written. */
const pinView = (c: CommandContext, keep: (id: string) => boolean): void => {
  const id = c.get().data?.programme.id;
  if (id !== undefined && keep(id)) c.set({ programmeId: id });
};

/** Reads a backup's text and computes what restoring it would change. */
async function preview(
  c: CommandContext,
  name: string,
  text: string,
): Promise<RestorePreview | null> {
  const read = readProgrammeFile(name, text);
  if (!read.ok) {
    c.get().showNotice(read.error, 'error');
    return null;
  }
  const plan = planRestore(await readTableRows(c.deps.db), read.value);
  return { name, text, counts: plan.counts, total: plan.changes.length };
}

/** Says the host's answer to a save: the file written, or why not. */
function saidSaved(
  c: CommandContext,
  saved: Awaited<ReturnType<CommandContext['deps']['host']['saveFile']>>,
): boolean {
  if (!saved.ok) c.get().showNotice(saved.error, 'error');
  else if (saved.value)
    c.get().showNotice({ key: 'data.saved', params: { file: saved.value.name } });
  return saved.ok;
}

/**
 * Lets the page paint between the steps of a long job: the next frame (when the page is shown),
 * at most 50 ms later when it is not (a hidden window gets no frames).
 */
const breathe = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      });
  });

/**
 * The import itself (`file/import`), saying how far it has come: the file read and checked in
 * steps, then written in bulk (`applyDeltas`), each step letting the page paint.
 */
async function importFile(
  c: CommandContext,
  fileName: string,
  text: string,
  mode: 'merge' | 'separate',
): Promise<boolean> {
  const say = c.get().setImportProgress;
  await breathe();
  const read = await readProgrammeFileInSteps(fileName, text, async (p) => {
    say({ phase: 'checking', ...p });
    await breathe();
  });
  if (!read.ok) {
    c.get().showNotice(read.error, 'error');
    return false;
  }
  const organisations = organisationsOf(await readTableRows(c.deps.db), read.value);
  if (organisations.kind === 'other' && mode !== 'separate') {
    c.set({ pendingImport: { fileName, text, names: organisations.names } });
    c.get().showNotice(
      {
        key: 'import.otherOrganisation',
        params: { file: fileName, names: organisations.names.join(', ') },
      },
      'error',
    );
    return false;
  }
  c.set({ pendingImport: null });
  // The view stays on the programme on screen, not on the newest one the file may bring.
  pinView(c, () => true);
  const planned: { plan: ImportPlan | null } = { plan: null };
  // An import that changes an adopted programme is one amendment, its reason the file.
  const done = await withWriteProgress(
    c.deps.db,
    (written, total) => {
      say({ phase: 'writing', done: written, total });
    },
    () =>
      c.get().undoable(
        { key: 'history.import' },
        async () => {
          planned.plan = planImport(await readTableRows(c.deps.db), read.value, {
            separate: mode === 'separate',
            newId: c.deps.newId,
          });
          return planned.plan.changes;
        },
        null,
        { reason: 'overig', explanation: translate('amendment.imported', { file: fileName }) },
      ),
  );
  const made = planned.plan;
  if (!done || made === null) return false;
  const added = countsPhrase(countsOf(made.counts, 'added'));
  const remapped =
    (made.remapped > 0
      ? ` ${translate('import.remapped', { count: formatNumber(made.remapped) })}`
      : '') +
    (made.keptVersions > 0
      ? ` ${translate('import.keptVersions', { count: formatNumber(made.keptVersions) })}`
      : '');
  c.get().showNotice(
    organisations.kind === 'other'
      ? {
          key: 'import.separate',
          params: { file: fileName, names: organisations.names.join(', '), added, remapped },
        }
      : {
          key: 'import.merged',
          params: {
            file: fileName,
            added,
            replaced: countsPhrase(countsOf(made.counts, 'replaced')),
            remapped,
          },
        },
  );
  return true;
}

/** The store commands of the areas. */
export const fileCommands = {
  /**
   * Reads a programme file and merges it in one undoable step; a bad file changes nothing. A file
   * of another organisation is refused (and held as `pendingImport`) unless `mode` is 'separate'.
   */
  'file/import': async (
    c: CommandContext,
    fileName: string,
    text: string,
    mode: 'merge' | 'separate' = 'merge',
  ): Promise<boolean> => {
    const say = c.get().setImportProgress;
    say({ phase: 'reading', done: 0, total: 0 });
    try {
      return await importFile(c, fileName, text, mode);
    } finally {
      say(null);
    }
  },

  /** Adds the pending file as a separate organisation (true) or drops it (false). */
  'file/import-pending': async (c: CommandContext, addAsSeparate: boolean): Promise<boolean> => {
    const pending = c.get().pendingImport;
    c.set({ pendingImport: null });
    if (!pending || !addAsSeparate) return false;
    return c.get().importProgrammeFile(pending.fileName, pending.text, 'separate');
  },

  /** Lets the user pick a programme file and imports it (after a backup where backups are kept). */
  'file/import-picked': async (c: CommandContext): Promise<boolean> => {
    const picked = await c.deps.host.openProgrammeFile();
    if (!picked.ok) {
      c.get().showNotice(picked.error, 'error');
      return false;
    }
    if (!picked.value) return false;
    if (c.deps.host.keepsBackups && !(await c.get().backupNow('voor-import'))) return false;
    return c.get().importProgrammeFile(picked.value.name, picked.value.text);
  },

  /** A programme file: a backup holds every organisation, other kinds the one on screen. */
  'file/write': async (
    c: CommandContext,
    kind: 'uitwisseling' | 'back-up' | 'review',
  ): Promise<string | null> => {
    const organisations =
      kind === 'back-up'
        ? await readBundles(c.deps.db)
        : [await readBundle(c.deps.db, c.get().data?.organisation.id)].filter((b) => b !== null);
    if (organisations.length === 0) return null;
    return writeProgrammeFile(organisations, {
      kind,
      exportedAt: new Date(c.deps.now()).toISOString(),
      appVersion: c.get().appVersion,
    });
  },

  /** Saves the organisation as a programme file the user names. */
  'file/export': async (c: CommandContext): Promise<boolean> => {
    const text = await c.get().exportProgrammeFile('uitwisseling');
    const name = c.get().data?.programme.name ?? 'Koers';
    if (text === null) return false;
    return saidSaved(c, await c.deps.host.saveFile(safeFileName(name, 'koers'), text, 'koers'));
  },

  /**
   * Saves the programme's activities as CSV (Dutch Excel) or XLSX: in the programme's order,
   * with the place against the line, forces and their reasons, and hours per team (issue 13).
   */
  'file/export-table': async (c: CommandContext, format: 'csv' | 'xlsx'): Promise<boolean> => {
    const d = c.get().data;
    if (!d) return false;
    const table = activitiesTable(d, linePlacesOf(d));
    let content: string | Uint8Array;
    try {
      if (format === 'csv') content = reportTableCsv(table);
      else {
        const name = d.programme.name;
        const written = await writeReportXlsx({
          title: name,
          subtitle: name,
          sections: [{ heading: name, paragraphs: [], tables: [table] }],
        });
        if (!written.ok) throw new Error('not written');
        content = written.value;
      }
    } catch {
      // A workbook that cannot be made says so in Dutch; nothing is written.
      c.get().showNotice({ key: 'export.failed', params: { name: d.programme.name } }, 'error');
      return false;
    }
    return saidSaved(
      c,
      await c.deps.host.saveFile(safeFileName(d.programme.name, format), content, format),
    );
  },

  /** Writes a full backup now. */
  'backup/write': async (c: CommandContext, reason: BackupReason): Promise<boolean> => {
    const text = await c.get().exportProgrammeFile('back-up');
    if (text === null) return false;
    const written = await c.deps.host.writeBackup(reason, text);
    if (!written.ok) {
      c.get().showNotice(written.error, 'error');
      return false;
    }
    c.get().showNotice({ key: 'data.backupWritten', params: { file: written.value.name } });
    c.get().bumpBackups();
    return true;
  },

  /** Reads a backup kept by the host and says what restoring it would change. */
  'backup/preview': async (c: CommandContext, name: string): Promise<RestorePreview | null> => {
    const file = await c.deps.host.readBackup(name);
    if (!file.ok) {
      c.get().showNotice(file.error, 'error');
      return null;
    }
    return preview(c, name, file.value.text);
  },

  /** Lets the person pick a backup file and says what restoring it would change. */
  'backup/preview-file': async (c: CommandContext): Promise<RestorePreview | null> => {
    const picked = await c.deps.host.openProgrammeFile();
    if (!picked.ok) {
      c.get().showNotice(picked.error, 'error');
      return null;
    }
    if (!picked.value) return null;
    return preview(c, picked.value.name, picked.value.text);
  },

  /** Makes the database equal to a backup's text, after a backup of the current state. */
  'backup/restore-text': async (
    c: CommandContext,
    name: string,
    text: string,
  ): Promise<boolean> => {
    const read = readProgrammeFile(name, text);
    if (!read.ok) {
      c.get().showNotice(read.error, 'error');
      return false;
    }
    if (!(await c.get().backupNow('voor-herstel'))) return false;
    const programmes = new Set<string>(read.value.flatMap((b) => b.programmes.map((p) => p.id)));
    pinView(c, (id) => programmes.has(id));
    // The backup brings its own amendments: making the database equal to it amends nothing.
    const done = await c
      .get()
      .undoable(
        { key: 'history.restore' },
        async () => planRestore(await readTableRows(c.deps.db), read.value).changes,
        null,
        'skip',
      );
    if (done)
      c.get().showNotice(
        { key: 'data.restored', params: { file: name } },
        'info',
        c.get().history.past.at(-1)?.seq,
      );
    return done;
  },

  /** Makes the database equal to a kept backup (every organisation), after backing up what is there now. */
  'backup/restore': async (c: CommandContext, name: string): Promise<boolean> => {
    const file = await c.deps.host.readBackup(name);
    if (!file.ok) {
      c.get().showNotice(file.error, 'error');
      return false;
    }
    return c.get().restoreFromText(name, file.value.text);
  },
} satisfies CommandMap;
