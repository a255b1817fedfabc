import type { Force } from '../../../shared/domain/capacity';
import type {
  Activity,
  CapacityFrame,
  RiskScheme,
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
import { bundleChanges, readBundle } from '../../db/repositories/bundle';
import type { BackupReason } from '../../../shared/contract/channels';
import type { HostApi } from '../../../shared/contract/host-api';
import { activitiesTable } from '../../../shared/export/table';
import { toCsv } from '../../../shared/export/csv';
import { toXlsx } from '../../export/xlsx';
import { selectPlanning } from '../planning';
import type { Change } from '../../db/repositories/rows';
import type { SliceCreator } from '../types';

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
  updateRiskScheme: (scheme: RiskScheme, coalesceKey?: string) => Promise<boolean>;
  updateCapacityFrame: (patch: Partial<CapacityFrame>, coalesceKey?: string) => Promise<boolean>;
  addDeduction: () => Promise<boolean>;
  /** A fresh id for a new line inside an entity (a fixed cost, a deduction). */
  newId: () => string;
  /** Starts a cost model from the defaults (HOT 2026). */
  setupCostModel: () => Promise<boolean>;
  /** Reads a programme file and writes it in one undoable step; a bad file changes nothing. */
  importProgrammeFile: (fileName: string, text: string) => Promise<boolean>;
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
  /** Replaces the organisation's data by a backup, after backing up what is there now. */
  restoreBackup: (name: string) => Promise<boolean>;
  /** The whole organisation as a programme file. */
  exportProgrammeFile: (kind: 'uitwisseling' | 'back-up' | 'review') => Promise<string | null>;
  addStaffingChange: () => Promise<boolean>;
};

/** What a new activity may start with; an id that does not exist is ignored. */
export type NewActivityInitial = {
  readonly domainId?: string | null;
  readonly primaryThemeId?: string | null;
  readonly kind?: Activity['kind'] | null;
  readonly status?: Activity['status'] | null;
};

/** A change that replaces one row by a patched copy; none when the row is gone. */
function patchRow<T extends Change['table']>(
  table: T,
  before: Extract<Change, { table: T }>['before'],
  patch: object,
): Change[] {
  if (before === null) return [];
  return [{ table, key: before.id, before, after: { ...before, ...patch } } as Change];
}

/** Creates the command slice: thin wrappers that describe row changes for `undoable`. */
export const createCommandsSlice: SliceCreator<CommandsSlice> = (deps) => (_set, get) => {
  const data = () => get().data;
  const nextOrder = (rows: readonly { order: number }[]): number =>
    rows.reduce((m, r) => Math.max(m, r.order), 0) + 1;

  return {
    updateActivity: (id, patch, coalesceKey) =>
      get().undoable(
        { key: 'history.editActivity' },
        async (read) => patchRow('activities', await read('activities', id), patch),
        coalesceKey,
      ),

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
      const ok = await get().undoable({ key: 'history.deleteActivity' }, async (read) => {
        const before = await read('activities', id);
        return before ? [{ table: 'activities', key: id, before, after: null }] : [];
      });
      if (ok) get().showNotice({ key: 'notice.activityDeleted' }, 'info', true);
      return ok;
    },

    updateProgramme: (patch, coalesceKey) => {
      const id = data()?.programme.id;
      if (id === undefined) return Promise.resolve(false);
      return get().undoable(
        { key: 'history.editProgramme' },
        async (read) => patchRow('programmes', await read('programmes', id), patch),
        coalesceKey,
      );
    },

    updateTeamCapacity: (teamId, patch, coalesceKey) => {
      const id = data()?.programme.id;
      if (id === undefined) return Promise.resolve(false);
      return get().undoable(
        { key: 'history.editTeam' },
        async (read) => {
          const before = await read('programmes', id);
          if (!before) return [];
          const teams = before.capacity.teams.some((t) => t.teamId === teamId)
            ? before.capacity.teams.map((t) => (t.teamId === teamId ? { ...t, ...patch } : t))
            : [
                ...before.capacity.teams,
                {
                  teamId: teamId as Team['id'],
                  formationFte: fte(0),
                  staffedFte: fte(0),
                  ...patch,
                },
              ];
          return patchRow('programmes', before, { capacity: { ...before.capacity, teams } });
        },
        coalesceKey,
      );
    },

    updateOrganisation: (patch, coalesceKey) => {
      const id = data()?.organisation.id;
      if (id === undefined) return Promise.resolve(false);
      return get().undoable(
        { key: 'history.editOrganisation' },
        async (read) => patchRow('organisations', await read('organisations', id), patch),
        coalesceKey,
      );
    },

    updateTeam: (id, patch, coalesceKey) =>
      get().undoable(
        { key: 'history.editTeam' },
        async (read) => patchRow('teams', await read('teams', id), patch),
        coalesceKey,
      ),

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
      const programme: Programme = {
        ...d.programme,
        capacity: {
          ...d.programme.capacity,
          teams: [
            ...d.programme.capacity.teams,
            { teamId: team.id, formationFte: fte(0), staffedFte: fte(0) },
          ],
        },
      };
      return get().undoable({ key: 'history.addTeam' }, () => [
        { table: 'teams', key: id, before: null, after: team },
        { table: 'programmes', key: programme.id, before: d.programme, after: programme },
      ]);
    },

    deleteTeam: (id) => {
      const d = data();
      if (!d) return Promise.resolve(false);
      const used = d.activities.filter((a) => a.allocations.some((x) => x.teamId === id)).length;
      const team = d.teams.find((t) => t.id === id);
      if (!team) return Promise.resolve(false);
      if (used > 0) {
        get().showNotice(
          { key: 'validation.inUse', params: { name: team.name, count: used } },
          'error',
        );
        return Promise.resolve(false);
      }
      return get().undoable({ key: 'history.deleteTeam' }, async (read) => {
        const programmes = (
          await Promise.all(d.programmes.map((p) => read('programmes', p.id)))
        ).filter(
          (p): p is Programme => p !== null && p.capacity.teams.some((t) => t.teamId === id),
        );
        return [
          { table: 'teams', key: id, before: team, after: null },
          ...programmes.map((p): Change => ({
            table: 'programmes',
            key: p.id,
            before: p,
            after: {
              ...p,
              capacity: { ...p.capacity, teams: p.capacity.teams.filter((t) => t.teamId !== id) },
            },
          })),
        ];
      });
    },

    updateTheme: (id, patch, coalesceKey) =>
      get().undoable(
        { key: 'history.editTheme' },
        async (read) => patchRow('themes', await read('themes', id), patch),
        coalesceKey,
      ),

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
      const d = data();
      const theme = d?.themes.find((t) => t.id === id);
      if (!d || !theme) return Promise.resolve(false);
      const used =
        d.activities.filter(
          (a) => a.primaryThemeId === id || a.secondaryThemeIds.includes(theme.id),
        ).length + d.themes.filter((t) => t.parentId === id).length;
      if (used > 0) {
        get().showNotice(
          { key: 'validation.inUse', params: { name: theme.name, count: used } },
          'error',
        );
        return Promise.resolve(false);
      }
      return get().undoable({ key: 'history.deleteTheme' }, () => [
        { table: 'themes', key: id, before: theme, after: null },
      ]);
    },

    updateDomain: (id, patch, coalesceKey) =>
      get().undoable(
        { key: 'history.editDomain' },
        async (read) => patchRow('domains', await read('domains', id), patch),
        coalesceKey,
      ),

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

    setForce: (id, force) =>
      get().undoable({ key: 'history.force' }, async (read) =>
        patchRow('activities', await read('activities', id), { force }),
      ),

    updateRiskScheme: (riskScheme, coalesceKey) => {
      const id = data()?.programme.id;
      if (id === undefined) return Promise.resolve(false);
      return get().undoable(
        { key: 'history.editScheme' },
        async (read) => patchRow('programmes', await read('programmes', id), { riskScheme }),
        coalesceKey,
      );
    },

    updateCapacityFrame: (patch, coalesceKey) => {
      const id = data()?.programme.id;
      if (id === undefined) return Promise.resolve(false);
      return get().undoable(
        { key: 'history.editProgramme' },
        async (read) => {
          const before = await read('programmes', id);
          return before
            ? patchRow('programmes', before, { capacity: { ...before.capacity, ...patch } })
            : [];
        },
        coalesceKey,
      );
    },

    newId: () => deps.newId(),

    importProgrammeFile: async (fileName, text) => {
      const read = readProgrammeFile(fileName, text);
      if (!read.ok) {
        get().showNotice(read.error, 'error');
        return false;
      }
      const done = await get().undoable({ key: 'history.import' }, () =>
        bundleChanges(deps.db, read.value),
      );
      if (done)
        get().showNotice({
          key: 'import.done',
          params: {
            file: fileName,
            programmes: read.value.programmes.length,
            activities: read.value.activities.length,
          },
        });
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
      const content = format === 'csv' ? toCsv(table) : await toXlsx(table);
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
      const read = readProgrammeFile(name, file.value.text);
      if (!read.ok) {
        get().showNotice(read.error, 'error');
        return false;
      }
      if (!(await get().backupNow('voor-herstel'))) return false;
      const done = await get().undoable({ key: 'history.restore' }, async () => {
        const current = await readBundle(deps.db, read.value.organisation.id);
        const writes = await bundleChanges(deps.db, read.value);
        const keep = new Set(writes.map((c) => `${c.table}/${c.key}`));
        const removals: Change[] = [];
        if (current) {
          const rows: [Change['table'], { id: string }[]][] = [
            ['mjps', current.mjps],
            ['themes', current.themes],
            ['domains', current.domains],
            ['teams', current.teams],
            ['programmes', current.programmes],
            ['activities', current.activities],
          ];
          for (const [table, list] of rows)
            for (const row of list)
              if (!keep.has(`${table}/${row.id}`))
                removals.push({ table, key: row.id, before: row, after: null } as Change);
        }
        return [...removals, ...writes];
      });
      if (done) get().showNotice({ key: 'data.restored', params: { file: name } });
      return done;
    },

    exportProgrammeFile: async (kind) => {
      const bundle = await readBundle(deps.db, data()?.organisation.id);
      if (!bundle) return null;
      return writeProgrammeFile(bundle, {
        kind,
        exportedAt: new Date(deps.now()).toISOString(),
        appVersion: get().appVersion,
      });
    },

    setupCostModel: () => {
      const d = data();
      if (!d) return Promise.resolve(false);
      return get().updateProgramme({
        budget: { ...d.programme.budget, costModel: defaultCostModel() },
      });
    },

    addDeduction: () => {
      const d = data();
      if (!d) return Promise.resolve(false);
      return get().updateCapacityFrame({
        deductions: [
          ...d.programme.capacity.deductions,
          {
            id: deps.newId(),
            kind: 'overig',
            label: '',
            teamId: null,
            basis: 'share',
            value: 0,
            source: '',
          },
        ],
      });
    },

    addStaffingChange: () => {
      const d = data();
      const team = d?.teams[0];
      if (!d || !team) return Promise.resolve(false);
      return get().updateCapacityFrame({
        staffingChanges: [
          ...d.programme.capacity.staffingChanges,
          {
            id: deps.newId(),
            teamId: team.id,
            label: '',
            fteDelta: 1,
            month: monthOf(d.programme.year, 1),
            leadTimeMonths: 3,
          },
        ],
      });
    },

    deleteDomain: (id) => {
      const d = data();
      const domain = d?.domains.find((x) => x.id === id);
      if (!d || !domain) return Promise.resolve(false);
      const used = d.activities.filter((a) => a.domainId === id).length;
      if (used > 0) {
        get().showNotice(
          { key: 'validation.inUse', params: { name: domain.name, count: used } },
          'error',
        );
        return Promise.resolve(false);
      }
      return get().undoable({ key: 'history.deleteDomain' }, () => [
        { table: 'domains', key: id, before: domain, after: null },
      ]);
    },
  };
};
