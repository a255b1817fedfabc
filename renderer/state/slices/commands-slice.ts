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
import type { NewActivityInitial } from '../../../shared/edit/activity';
import type { CopyChoices } from '../../../shared/edit/copy-forward';
import type { Message } from '../../../shared/i18n/translate';
import type { BackupReason } from '../../../shared/contract/channels';
import type { HostApi } from '../../../shared/contract/host-api';
import type { Path } from '../../../shared/delta/delta';
import type { DispatchResult, SliceCreator } from '../types';
import { bindCommand, type Bound } from '../commands';
import type { CommandContext } from '../commands/context';
import type { PendingImport, RestorePreview } from '../commands/files';
import type { MjpAddResult } from '../commands/mjp';
import type { NewMjpInput } from '../../../shared/edit/mjp';
import type { AmendmentLog } from '../commands/amendments';
import type { ReviewPreview } from '../commands/review-package';
import type { MergeChoices } from '../../../shared/review-package/merge';

export type { NewActivityInitial } from '../../../shared/edit/activity';
export type { PendingImport, RestorePreview } from '../commands/files';

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
  /** Adds an MJP with its first entries (issue 10); says why not in Dutch. */
  createMjp: (input: NewMjpInput) => Promise<MjpAddResult>;
  /** Adds a focus, goal or theme to any MJP of the organisation; answers its id. */
  addMjpTheme: (mjpId: string, parentId: string | null) => Promise<string | null>;
  /** Moves an MJP entry one place among its siblings. */
  moveTheme: (id: string, direction: 'up' | 'down') => Promise<boolean>;
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
  /** Saves the programme as stored as a new version (name, note), signed with "Uw naam". */
  saveVersion: (name: string, note: string) => Promise<DispatchResult>;
  /** Makes year N+1 from the programme on screen (*Nieuw werkprogramma*) and shows it. */
  copyForward: (choices: CopyChoices) => Promise<DispatchResult>;
  /** Watches the amendments of a programme (the log on screen); returns the function that stops. */
  watchAmendments: (programmeId: string, onLog: (log: AmendmentLog) => void) => () => void;
  /** Saves the amendment log of the programme on screen as CSV (Dutch Excel) or XLSX. */
  exportAmendments: (format: 'csv' | 'xlsx') => Promise<boolean>;
  /** Issue 12: saves a version as a review package (*Reviewpakket maken*). */
  exportVersionPackage: (versionId: string) => Promise<boolean>;
  /** Issue 12: saves a scenario as a review package (*Reviewpakket maken*). */
  exportScenarioPackage: (scenarioId: string) => Promise<boolean>;
  /** Issue 12: *Reviewpakket met mijn besluiten* (the package read last, sent back). */
  exportPackageBack: () => Promise<boolean>;
  /** Issue 12: picks a review package and says what reading it would do (null: refused). */
  previewReviewPackage: () => Promise<ReviewPreview | null>;
  /** Issue 12: reads a previewed package with the person's choices, as one undoable step. */
  applyReviewPackage: (preview: ReviewPreview, choices: MergeChoices) => Promise<boolean>;
  /** Watches the realisation rows of a programme (issue 13); returns the function that stops. */
  watchRealisations: Bound<'realisation/watch'>;
  /** Writes an import's realisation rows as one undoable step (issue 13). */
  importRealisations: Bound<'realisation/import'>;
  /** Issue 13: starts the realisation against the frame (every cost line at 0). */
  startSpending: Bound<'spending/start'>;
  /** Issue 13: clears the realisation against the frame. */
  clearSpending: Bound<'spending/clear'>;
  /** Issue 13: stores a draw on the incident reserve (new or edited). */
  saveReserveDraw: Bound<'reserve/draw-save'>;
  /** Issue 13: deletes a draw on the incident reserve. */
  deleteReserveDraw: Bound<'reserve/draw-delete'>;
  /** Watches another programme's activities and realisation (last year's, issue 13). */
  watchProgrammeYear: Bound<'year-end/watch-year'>;
  /** Writes the year-end pack as XLSX, one table as CSV, or PDF (issue 13). */
  saveYearEndPack: Bound<'year-end/save-pack'>;
};

/**
 * Creates the command slice: wiring only. Each method is a store command of the map in
 * `commands/` (area/verb, one file per area), bound to the store; the edits themselves are pure
 * functions in `shared/edit/`.
 */
export const createCommandsSlice: SliceCreator<CommandsSlice> = (deps) => (set, get) => {
  const c: CommandContext = {
    deps,
    get,
    set: (partial) => {
      set(partial);
    },
  };
  const bind = <K extends Parameters<typeof bindCommand>[1]>(name: K) => bindCommand(c, name);
  return {
    updateActivity: bind('activity/update'),
    addActivity: bind('activity/add'),
    deleteActivity: bind('activity/delete'),
    setForce: bind('activity/force'),
    updateTeam: bind('team/update'),
    updateTeamCapacity: bind('team/capacity-update'),
    addTeam: bind('team/add'),
    deleteTeam: bind('team/delete'),
    updateTheme: bind('theme/update'),
    addTheme: bind('theme/add'),
    deleteTheme: bind('theme/delete'),
    createMjp: bind('mjp/create'),
    addMjpTheme: bind('mjp/theme-create'),
    moveTheme: bind('mjp/theme-move'),
    updateDomain: bind('domain/update'),
    addDomain: bind('domain/add'),
    deleteDomain: bind('domain/delete'),
    updateOrganisation: bind('organisation/update'),
    updateProgramme: bind('programme/update'),
    setProgrammeField: bind('programme/set-field'),
    addDeduction: bind('frame/deduction-add'),
    addStaffingChange: bind('frame/staffing-change-add'),
    copyForward: bind('programme/next-year'),
    setupCostModel: bind('budget/cost-model-setup'),
    importProgrammeFile: bind('file/import'),
    resolvePendingImport: bind('file/import-pending'),
    importFromFile: bind('file/import-picked'),
    exportProgrammeFile: bind('file/write'),
    exportToFile: bind('file/export'),
    exportTable: bind('file/export-table'),
    backupNow: bind('backup/write'),
    previewBackup: bind('backup/preview'),
    previewRestoreFile: bind('backup/preview-file'),
    restoreFromText: bind('backup/restore-text'),
    restoreBackup: bind('backup/restore'),
    saveVersion: bind('version/save-current'),
    watchAmendments: bind('amendment/watch'),
    exportAmendments: bind('amendment/export'),
    exportVersionPackage: bind('review/export-version'),
    exportScenarioPackage: bind('review/export-scenario'),
    exportPackageBack: bind('review/export-back'),
    previewReviewPackage: bind('review/preview'),
    applyReviewPackage: bind('review/apply'),
    watchRealisations: bind('realisation/watch'),
    importRealisations: bind('realisation/import'),
    startSpending: bind('spending/start'),
    clearSpending: bind('spending/clear'),
    saveReserveDraw: bind('reserve/draw-save'),
    deleteReserveDraw: bind('reserve/draw-delete'),
    watchProgrammeYear: bind('year-end/watch-year'),
    saveYearEndPack: bind('year-end/save-pack'),
    pendingImport: null,
    newId: () => deps.newId(),
    keepsBackups: deps.host.keepsBackups,
    listBackups: () => deps.host.listBackups(),
    revealBackups: async () => {
      await deps.host.revealBackups();
    },
  };
};
