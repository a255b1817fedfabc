import type { Force } from '../../../shared/domain/capacity';
import type {
  Activity,
  Domain,
  Organisation,
  Programme,
  Team,
  TeamCapacity,
  Theme,
} from '../../../shared/domain/schemas';
import { fte } from '../../../shared/domain/units';
import { monthOf } from '../../../shared/time/months';
import { defaultCostModel } from '../../../shared/budget/defaults';
import { readProgrammeFile, writeProgrammeFile } from '../../../shared/file/programme-file';
import { readBundle, readBundles, readTableRows } from '../../db/repositories/bundle';
import {
  countsOf,
  countsPhrase,
  organisationsOf,
  planImport,
  planRestore,
  type ChangeCounts,
  type ImportPlan,
} from '../../../shared/file/restore-plan';
import { inUseMessage, usesOf } from '../../../shared/domain/references';
import { translate, type Message } from '../../../shared/i18n/translate';
import { formatNumber } from '../../../shared/format/nl';
import type { BackupReason } from '../../../shared/contract/channels';
import type { HostApi } from '../../../shared/contract/host-api';
import { activitiesTable } from '../../../shared/export/table';
import { toCsv } from '../../../shared/export/csv';
import { toXlsx } from '../../export/xlsx';
import { selectPlanning } from '../planning';
import type { Change } from '../../db/repositories/rows';
import type { DispatchResult, SliceCreator } from '../types';
import type { Path } from '../../../shared/delta/delta';
import type { Deduction, StaffingChange } from '../../../shared/domain/capacity';
import type { TableName } from '../../db/koers-db';
import { patchRow as patchRowCall, setField, type CommandCall } from '../commands/calls';

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

/** The commands that change data; each one is a single undoable step. */
export type CommandsSlice = {
  updateActivity: (id: string, patch: Partial<Activity>, coalesceKey?: string) => Promise<boolean>;
  /** Adds an activity, starting from `initial` where given (the list's filters), so it shows. */
  addActivity: (initial?: NewActivityInitial) => Promise<string | null>;
  deleteActivity: (id: string) => Promise<boolean>;
  updateProgramme: (patch: Partial<Programme>, coalesceKey?: string) => Promise<boolean>;
  updateTeamCapacity: (
    teamId: string,
    patch: Partial<TeamCapacity>,
    coalesceKey?: string,
  ) => Promise<boolean>;
  updateOrganisation: (patch: Partial<Organisation>, coalesceKey?: string) => Promise<boolean>;
  updateTeam: (id: string, patch: Partial<Team>, coalesceKey?: string) => Promise<boolean>;
  addTeam: () => Promise<boolean>;
  deleteTeam: (id: string) => Promise<boolean>;
  updateTheme: (id: string, patch: Partial<Theme>, coalesceKey?: string) => Promise<boolean>;
  addTheme: (parentId: string | null) => Promise<boolean>;
  deleteTheme: (id: string) => Promise<boolean>;
  updateDomain: (id: string, patch: Partial<Domain>, coalesceKey?: string) => Promise<boolean>;
  addDomain: () => Promise<boolean>;
  deleteDomain: (id: string) => Promise<boolean>;
  setForce: (id: string, force: Force | null) => Promise<boolean>;
  /** Sets one field of the loaded programme by its path (list items by id; undefined removes). */
  setProgrammeField: (
    path: Path,
    value: unknown,
    label?: Message,
    visit?: string | null,
  ) => Promise<DispatchResult>;
  addDeduction: () => Promise<boolean>;
  /** A fresh id for a new line inside an entity (a fixed cost, a deduction). */
  newId: () => string;
  /** Starts a cost model from the defaults (HOT 2026). */
  setupCostModel: () => Promise<boolean>;
  /**
   * Reads a programme file and merges it in one undoable step; a bad file changes nothing. A file
   * of another organisation is refused (and held as `pendingImport`) unless `mode` is 'separate'.
   */
  importProgrammeFile: (
    fileName: string,
    text: string,
    mode?: 'merge' | 'separate',
  ) => Promise<boolean>;
  /** A file of another organisation waiting for the person's choice. */
  pendingImport: PendingImport | null;
  /** Adds the pending file as a separate organisation (true) or drops it (false). */
  resolvePendingImport: (addAsSeparate: boolean) => Promise<boolean>;
  /** Reads a backup kept by the host and says what restoring it would change. */
  previewBackup: (name: string) => Promise<RestorePreview | null>;
  /** Lets the person pick a backup file and says what restoring it would change. */
  previewRestoreFile: () => Promise<RestorePreview | null>;
  /** Makes the database equal to a backup's text, after a backup of the current state. */
  restoreFromText: (name: string, text: string) => Promise<boolean>;
  /** Lets the user pick a programme file and imports it (after a backup where backups are kept). */
  importFromFile: () => Promise<boolean>;
  /** Saves the organisation as a programme file the user names. */
  exportToFile: () => Promise<boolean>;
  /** Saves the programme's activities as CSV (Dutch Excel) or XLSX. */
  exportTable: (format: 'csv' | 'xlsx') => Promise<boolean>;
  /** Whether backups are kept in a folder (desktop) or downloaded (browser). */
  keepsBackups: boolean;
  /** The backups kept, newest first. */
  listBackups: HostApi['listBackups'];
  /** Opens the backup folder. */
  revealBackups: () => Promise<void>;
  /** Writes a full backup now. */
  backupNow: (reason: BackupReason) => Promise<boolean>;
  /** Makes the database equal to a kept backup (every organisation), after backing up what is there now. */
  restoreBackup: (name: string) => Promise<boolean>;
  /** A programme file: a backup holds every organisation, other kinds the one on screen. */
  exportProgrammeFile: (kind: 'uitwisseling' | 'back-up' | 'review') => Promise<string | null>;
  addStaffingChange: () => Promise<boolean>;
};

/** A call that sets the named top-level fields of a row, read anew when it runs. */
const patchFields = (table: TableName, key: string, patch: object): CommandCall =>
  patchRowCall(table, key, patch as Record<string, unknown>);

/** What a new activity may start with; an id that does not exist is ignored. */
export type NewActivityInitial = {
  readonly domainId?: string | null;
  readonly primaryThemeId?: string | null;
  readonly kind?: Activity['kind'] | null;
  readonly status?: Activity['status'] | null;
};

/** Creates the command slice: thin wrappers that describe row changes for `undoable`. */
export const createCommandsSlice: SliceCreator<CommandsSlice> = (deps) => (set, get) => {
  const data = () => get().data;
  const nextOrder = (rows: readonly { order: number }[]): number =>
    rows.reduce((m, r) => Math.max(m, r.order), 0) + 1;
  /** Keeps the view on the programme on screen while a file or backup is written. */
  const pinView = (keep: (id: string) => boolean): void => {
    const id = data()?.programme.id;
    if (id !== undefined && keep(id)) set({ programmeId: id });
  };
  /** Reads a backup's text and computes what restoring it would change. */
  const preview = async (name: string, text: string): Promise<RestorePreview | null> => {
    const read = readProgrammeFile(name, text);
    if (!read.ok) {
      get().showNotice(read.error, 'error');
      return null;
    }
    const plan = planRestore(await readTableRows(deps.db), read.value);
    return { name, text, counts: plan.counts, total: plan.changes.length };
  };
  /**
   * Deletes a team, theme or domain only when nothing of its organisation refers to it: the
   * guard reads every programme of the organisation from the database, not only the one on
   * screen. `remove` gives the changes that delete it (given all rows).
   */
  const guardedDelete = async (
    label: Message,
    kind: 'team' | 'theme' | 'domain',
    id: string,
    name: string,
    ignore: (site: string) => boolean,
    remove: (rows: NonNullable<Awaited<ReturnType<typeof readBundle>>>) => Change[],
  ): Promise<boolean> => {
    const orgId = data()?.organisation.id;
    if (orgId === undefined) return false;
    const refusal: { message: Message | null } = { message: null };
    const done = await get().undoable(label, async () => {
      const rows = await readBundle(deps.db, orgId);
      if (!rows) return [];
      const uses = usesOf(rows, kind, id).filter((u) => !ignore(u.site));
      if (uses.length > 0) {
        refusal.message = inUseMessage(rows, name, uses);
        return [];
      }
      return remove(rows);
    });
    if (refusal.message !== null) {
      get().showNotice(refusal.message, 'error');
      return false;
    }
    return done;
  };

  return {
    updateActivity: async (id, patch, visit) =>
      (
        await get().dispatch(patchFields('activities', id, patch), {
          label: { key: 'history.editActivity' },
          visit: visit ?? null,
        })
      ).ok,

    addActivity: async (initial = {}) => {
      const d = data();
      if (!d) return null;
      const own = d.themes.filter((t) => t.mjpId === d.programme.mjpId);
      const theme = own.find((t) => t.id === initial.primaryThemeId) ?? own[0];
      const domain = d.domains.find((x) => x.id === initial.domainId) ?? d.domains[0];
      if (!theme || !domain) return null;
      const id = deps.newId();
      const year = d.programme.year;
      const activity: Activity = {
        id: id as Activity['id'],
        programmeId: d.programme.id,
        title: 'Nieuwe activiteit',
        description: '',
        sourceRef: '',
        domainId: domain.id,
        primaryThemeId: theme.id,
        secondaryThemeIds: [],
        kind: initial.kind ?? 'thematisch-onderzoek',
        pyramidLevel: 'regulier',
        commitment: 'discretionair',
        legalBasis: '',
        origin: 'nieuw',
        fundingConditional: false,
        fundingConfirmed: false,
        fundingCents: 0 as Activity['fundingCents'],
        fundingFte: null,
        fundingStartMonth: null,
        startMonth: monthOf(year, 1),
        endMonth: monthOf(year, 12),
        allocations: [],
        materialCents: 0 as Activity['materialCents'],
        externalHireCents: 0 as Activity['externalHireCents'],
        outputs: [],
        partners: [],
        risk: {},
        status: initial.status ?? 'voorstel',
        force: null,
      };
      const ok = await get().undoable({ key: 'history.addActivity' }, () => [
        { table: 'activities', key: id, before: null, after: activity },
      ]);
      return ok ? id : null;
    },

    deleteActivity: async (id) => {
      const done = await get().undoableStep({ key: 'history.deleteActivity' }, async (read) => {
        const before = await read('activities', id);
        return before ? [{ table: 'activities', key: id, before, after: null }] : [];
      });
      // The notice's undo names this step, whatever steps come after it.
      if (done.ok) get().showNotice({ key: 'notice.activityDeleted' }, 'info', done.seq);
      return done.ok;
    },

    updateProgramme: async (patch, visit) => {
      const id = data()?.programme.id;
      if (id === undefined) return false;
      const call = patchFields('programmes', id, patch);
      return (
        await get().dispatch(call, {
          label: { key: 'history.editProgramme' },
          visit: visit ?? null,
        })
      ).ok;
    },

    updateTeamCapacity: async (teamId, patch, visit) => {
      const id = data()?.programme.id;
      if (id === undefined) return false;
      let ok = true;
      for (const field of ['formationFte', 'staffedFte'] as const) {
        const value = patch[field];
        if (value === undefined) continue;
        const done = await get().dispatch(
          { name: 'team-capacity/set', args: [id, teamId, field, value] },
          { label: { key: 'history.editTeam' }, visit: visit ?? null },
        );
        ok &&= done.ok;
      }
      return ok;
    },

    updateOrganisation: async (patch, visit) => {
      const id = data()?.organisation.id;
      if (id === undefined) return false;
      const call = patchFields('organisations', id, patch);
      return (
        await get().dispatch(call, {
          label: { key: 'history.editOrganisation' },
          visit: visit ?? null,
        })
      ).ok;
    },

    updateTeam: async (id, patch, visit) =>
      (
        await get().dispatch(patchFields('teams', id, patch), {
          label: { key: 'history.editTeam' },
          visit: visit ?? null,
        })
      ).ok,

    addTeam: () => {
      const d = data();
      if (!d) return Promise.resolve(false);
      const id = deps.newId();
      const team: Team = {
        id: id as Team['id'],
        organisationId: d.organisation.id,
        name: 'Nieuw team',
        order: nextOrder(d.teams),
      };
      const programmeId = d.programme.id;
      return get().undoable({ key: 'history.addTeam' }, async (read) => {
        const before = await read('programmes', programmeId);
        const programme: Programme | null = before && {
          ...before,
          capacity: {
            ...before.capacity,
            teams: [
              ...before.capacity.teams,
              { teamId: team.id, formationFte: fte(0), staffedFte: fte(0) },
            ],
          },
        };
        return [
          { table: 'teams', key: id, before: null, after: team },
          ...(before && programme
            ? [{ table: 'programmes', key: programmeId, before, after: programme } as Change]
            : []),
        ];
      });
    },

    deleteTeam: (id) => {
      const team = data()?.teams.find((t) => t.id === id);
      if (!team) return Promise.resolve(false);
      // A team's line in a programme's capacity goes with the team (as before); every other
      // reference (hours, deductions, staffing changes, cost model) keeps it.
      return guardedDelete(
        { key: 'history.deleteTeam' },
        'team',
        id,
        team.name,
        (site) => site === 'capacity',
        (rows) => {
          const current = rows.teams.find((t) => t.id === id);
          if (!current) return [];
          return [
            { table: 'teams', key: id, before: current, after: null },
            ...rows.programmes
              .filter((p) => p.capacity.teams.some((t) => t.teamId === id))
              .map((p): Change => ({
                table: 'programmes',
                key: p.id,
                before: p,
                after: {
                  ...p,
                  capacity: {
                    ...p.capacity,
                    teams: p.capacity.teams.filter((t) => t.teamId !== id),
                  },
                },
              })),
          ];
        },
      );
    },

    updateTheme: async (id, patch, visit) =>
      (
        await get().dispatch(patchFields('themes', id, patch), {
          label: { key: 'history.editTheme' },
          visit: visit ?? null,
        })
      ).ok,

    addTheme: (parentId) => {
      const d = data();
      if (!d) return Promise.resolve(false);
      const id = deps.newId();
      const siblings = d.themes.filter(
        (t) => t.mjpId === d.programme.mjpId && t.parentId === parentId,
      );
      const theme: Theme = {
        id: id as Theme['id'],
        mjpId: d.programme.mjpId,
        parentId: parentId as Theme['parentId'],
        name: parentId === null ? 'Nieuwe focus' : 'Nieuw thema',
        description: '',
        order: nextOrder(siblings),
      };
      return get().undoable({ key: 'history.addTheme' }, () => [
        { table: 'themes', key: id, before: null, after: theme },
      ]);
    },

    deleteTheme: (id) => {
      const theme = data()?.themes.find((t) => t.id === id);
      if (!theme) return Promise.resolve(false);
      return guardedDelete(
        { key: 'history.deleteTheme' },
        'theme',
        id,
        theme.name,
        () => false,
        (rows) => {
          const current = rows.themes.find((t) => t.id === id);
          return current ? [{ table: 'themes', key: id, before: current, after: null }] : [];
        },
      );
    },

    updateDomain: async (id, patch, visit) =>
      (
        await get().dispatch(patchFields('domains', id, patch), {
          label: { key: 'history.editDomain' },
          visit: visit ?? null,
        })
      ).ok,

    addDomain: () => {
      const d = data();
      if (!d) return Promise.resolve(false);
      const id = deps.newId();
      const domain: Domain = {
        id: id as Domain['id'],
        organisationId: d.organisation.id,
        name: 'Nieuw domein',
        order: nextOrder(d.domains),
      };
      return get().undoable({ key: 'history.addDomain' }, () => [
        { table: 'domains', key: id, before: null, after: domain },
      ]);
    },

    setForce: async (id, force) =>
      (
        await get().dispatch(setField('activities', id, ['force'], force), {
          label: { key: 'history.force' },
        })
      ).ok,

    setProgrammeField: async (path, value, label, visit) => {
      const id = data()?.programme.id;
      if (id === undefined)
        return { ok: false, error: { key: 'error.saveFailed' }, refused: false };
      return get().dispatch(setField('programmes', id, path, value), {
        label: label ?? { key: 'history.editProgramme' },
        visit: visit ?? null,
      });
    },

    newId: () => deps.newId(),

    importProgrammeFile: async (fileName, text, mode = 'merge') => {
      const read = readProgrammeFile(fileName, text);
      if (!read.ok) {
        get().showNotice(read.error, 'error');
        return false;
      }
      const organisations = organisationsOf(await readTableRows(deps.db), read.value);
      if (organisations.kind === 'other' && mode !== 'separate') {
        set({ pendingImport: { fileName, text, names: organisations.names } });
        get().showNotice(
          {
            key: 'import.otherOrganisation',
            params: { file: fileName, names: organisations.names.join(', ') },
          },
          'error',
        );
        return false;
      }
      set({ pendingImport: null });
      // The view stays on the programme on screen, not on the newest one the file may bring.
      pinView(() => true);
      const planned: { plan: ImportPlan | null } = { plan: null };
      const done = await get().undoable({ key: 'history.import' }, async () => {
        planned.plan = planImport(await readTableRows(deps.db), read.value, {
          separate: mode === 'separate',
          newId: deps.newId,
        });
        return planned.plan.changes;
      });
      const made = planned.plan;
      if (!done || made === null) return false;
      const added = countsPhrase(countsOf(made.counts, 'added'));
      const remapped =
        made.remapped > 0
          ? ` ${translate('import.remapped', { count: formatNumber(made.remapped) })}`
          : '';
      get().showNotice(
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
    },

    pendingImport: null,

    resolvePendingImport: async (addAsSeparate) => {
      const pending = get().pendingImport;
      set({ pendingImport: null });
      if (!pending || !addAsSeparate) return false;
      return get().importProgrammeFile(pending.fileName, pending.text, 'separate');
    },

    previewBackup: async (name) => {
      const file = await deps.host.readBackup(name);
      if (!file.ok) {
        get().showNotice(file.error, 'error');
        return null;
      }
      return preview(name, file.value.text);
    },

    previewRestoreFile: async () => {
      const picked = await deps.host.openProgrammeFile();
      if (!picked.ok) {
        get().showNotice(picked.error, 'error');
        return null;
      }
      if (!picked.value) return null;
      return preview(picked.value.name, picked.value.text);
    },

    restoreFromText: async (name, text) => {
      const read = readProgrammeFile(name, text);
      if (!read.ok) {
        get().showNotice(read.error, 'error');
        return false;
      }
      if (!(await get().backupNow('voor-herstel'))) return false;
      const programmes = new Set<string>(read.value.flatMap((b) => b.programmes.map((p) => p.id)));
      pinView((id) => programmes.has(id));
      const done = await get().undoable(
        { key: 'history.restore' },
        async () => planRestore(await readTableRows(deps.db), read.value).changes,
      );
      if (done)
        get().showNotice(
          { key: 'data.restored', params: { file: name } },
          'info',
          get().history.past.at(-1)?.seq,
        );
      return done;
    },

    importFromFile: async () => {
      const picked = await deps.host.openProgrammeFile();
      if (!picked.ok) {
        get().showNotice(picked.error, 'error');
        return false;
      }
      if (!picked.value) return false;
      if (deps.host.keepsBackups && !(await get().backupNow('voor-import'))) return false;
      return get().importProgrammeFile(picked.value.name, picked.value.text);
    },

    exportToFile: async () => {
      const text = await get().exportProgrammeFile('uitwisseling');
      const name = data()?.programme.name ?? 'Koers';
      if (text === null) return false;
      const saved = await deps.host.saveFile(`${name}.koers.json`, text);
      if (!saved.ok) get().showNotice(saved.error, 'error');
      else if (saved.value)
        get().showNotice({ key: 'data.saved', params: { file: saved.value.name } });
      return saved.ok;
    },

    exportTable: async (format) => {
      const d = data();
      const planning = selectPlanning(get());
      if (!d || !planning) return false;
      const above = new Set(planning.line.entries.filter((e) => e.above).map((e) => e.id));
      const table = activitiesTable(d.programme, d.activities, d.themes, d.domains, above);
      let content: string | Uint8Array;
      try {
        content = format === 'csv' ? toCsv(table) : await toXlsx(table);
      } catch {
        // A workbook that cannot be made says so in Dutch; nothing is written.
        get().showNotice({ key: 'export.failed', params: { name: d.programme.name } }, 'error');
        return false;
      }
      const saved = await deps.host.saveFile(`${d.programme.name}.${format}`, content);
      if (!saved.ok) get().showNotice(saved.error, 'error');
      else if (saved.value)
        get().showNotice({ key: 'data.saved', params: { file: saved.value.name } });
      return saved.ok;
    },

    keepsBackups: deps.host.keepsBackups,
    listBackups: () => deps.host.listBackups(),
    revealBackups: async () => {
      await deps.host.revealBackups();
    },

    backupNow: async (reason) => {
      const text = await get().exportProgrammeFile('back-up');
      if (text === null) return false;
      const written = await deps.host.writeBackup(reason, text);
      if (!written.ok) {
        get().showNotice(written.error, 'error');
        return false;
      }
      get().showNotice({ key: 'data.backupWritten', params: { file: written.value.name } });
      get().bumpBackups();
      return true;
    },

    restoreBackup: async (name) => {
      const file = await deps.host.readBackup(name);
      if (!file.ok) {
        get().showNotice(file.error, 'error');
        return false;
      }
      return get().restoreFromText(name, file.value.text);
    },

    exportProgrammeFile: async (kind) => {
      // A backup holds every organisation; an exchange or review file the one on screen.
      const organisations =
        kind === 'back-up'
          ? await readBundles(deps.db)
          : [await readBundle(deps.db, data()?.organisation.id)].filter((b) => b !== null);
      if (organisations.length === 0) return null;
      return writeProgrammeFile(organisations, {
        kind,
        exportedAt: new Date(deps.now()).toISOString(),
        appVersion: get().appVersion,
      });
    },

    setupCostModel: async () =>
      (
        await get().setProgrammeField(['budget', 'costModel'], defaultCostModel(), {
          key: 'history.editBudget',
        })
      ).ok,

    addDeduction: async () => {
      const id = deps.newId();
      const deduction: Deduction = {
        id,
        kind: 'overig',
        label: '',
        teamId: null,
        basis: 'share',
        value: 0,
        source: '',
      };
      return (
        await get().setProgrammeField(['capacity', 'deductions', { by: 'id', id }], deduction)
      ).ok;
    },

    addStaffingChange: async () => {
      const d = data();
      const team = d?.teams[0];
      if (!d || !team) return false;
      const id = deps.newId();
      const change: StaffingChange = {
        id,
        teamId: team.id,
        label: '',
        fteDelta: 1,
        month: monthOf(d.programme.year, 1),
        leadTimeMonths: 3,
      };
      return (
        await get().setProgrammeField(['capacity', 'staffingChanges', { by: 'id', id }], change)
      ).ok;
    },

    deleteDomain: (id) => {
      const domain = data()?.domains.find((x) => x.id === id);
      if (!domain) return Promise.resolve(false);
      return guardedDelete(
        { key: 'history.deleteDomain' },
        'domain',
        id,
        domain.name,
        () => false,
        (rows) => {
          const current = rows.domains.find((x) => x.id === id);
          return current ? [{ table: 'domains', key: id, before: current, after: null }] : [];
        },
      );
    },
  };
};
