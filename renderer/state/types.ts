import type { StateCreator } from 'zustand';
import type { KoersDb } from '../db/koers-db';
import type { ProgrammeData } from '../db/repositories/programme-data';
import type { Change } from '../db/repositories/rows';
import type { ActivityKind, ActivityStatus } from '../../shared/domain/schemas';
import type { Message } from '../../shared/i18n/translate';
import type { Step } from '../db/repositories/history';
import type { Journal } from './journal';
import type { LinePlaceKind } from './line-places';
import type { CommandCall } from './commands/calls';
import type { CommandsSlice } from './slices/commands-slice';
import type { SelectionSlice } from './slices/selection-slice';
import type { RescueSlice } from './slices/rescue-slice';
import type { ReviewSlice } from './slices/review-slice';
import type { ScenarioSlice } from './slices/scenario-slice';
import type { KnapsackSolver } from '../../shared/planning/selection';
import type { SolverClient } from './solver/client';
import type { HostApi } from '../../shared/contract/host-api';
import type { AmendReason } from '../../shared/edit/amendment';
import type { Version } from '../../shared/domain/versions';

/** What the store needs from outside: the database, an id source and a clock. */
export type StoreDeps = {
  readonly db: KoersDb;
  readonly newId: () => string;
  readonly now: () => number;
  /**
   * Loads the knapsack solver in this thread (tests, with HiGHS from node): used when no
   * `solver` is given.
   */
  readonly loadSolver?: () => Promise<KnapsackSolver>;
  /** The best selection and the gap advice off the page's thread (the page: a Web Worker). */
  readonly solver?: SolverClient;
  /** The host: files, backups (Electron's main process or the browser). */
  readonly host: HostApi;
  /** This window's id: its undo steps are its own (platform/window-identity.ts). */
  readonly owner: string;
  /** The ids of the windows open now. */
  /** null when the platform cannot tell (no Web Locks): then no window takes over another's. */
  readonly liveOwners: () => Promise<ReadonlySet<string> | null>;
  /** Pending commands kept in synchronous storage until they are on disk. */
  readonly journal: Journal;
  /** The name versions and amendments are signed with ("uw naam"; '' when not given). */
  readonly author: () => string;
};

/** The screens of the app. */
export type Route =
  | 'programme'
  | 'capacity'
  | 'budget'
  | 'versions'
  | 'organisation'
  | 'data'
  | 'scenarios'
  | 'decisions'
  | 'year-end'
  | 'settings';

/** The programme list's filters; null/'' means no filter. */
export type Filters = {
  readonly text: string;
  readonly domainId: string | null;
  readonly themeId: string | null;
  readonly kind: ActivityKind | null;
  readonly status: ActivityStatus | null;
  /** The place against the line (boven, onder, erin gezet, eruit gezet, telt niet mee). */
  readonly line?: LinePlaceKind | null;
};

/** Columns the programme list can be sorted on. */
export type SortColumn = 'order' | 'title' | 'domain' | 'kind' | 'status' | 'hours' | 'score';

/** A short message shown at the bottom of the window, optionally with an undo button. */
export type Notice = {
  readonly message: Message;
  readonly tone: 'info' | 'error';
  /** The step the notice's undo button undoes (null: no button). */
  readonly undoSeq: number | null;
  readonly id: number;
  /** Lists of activities after the message, each one a link that opens it (what moved). */
  readonly groups?: readonly NoticeGroup[];
};

/** A labelled list of activities in a notice ("vallen onder de lijn: …"). */
export type NoticeGroup = {
  readonly label: Message;
  readonly links: readonly NoticeLink[];
};

/** An activity named in a notice; the link opens it in the programme. */
export type NoticeLink = { readonly activityId: string; readonly title: string };

/** The data slice: the loaded programme, replaced whenever the database changes. */
export type DataSlice = {
  /**
   * What every screen shows: the programme as stored, or, while a saved version is looked at
   * (`viewingVersionId`), that version's snapshot (read-only: every command is refused).
   */
  data: ProgrammeData | null;
  /** The programme as stored, whatever is shown: what commands change. */
  liveData: ProgrammeData | null;
  /** Every saved version in the database (of every programme), as stored; oldest first. */
  versions: readonly Version[];
  loadError: Message | null;
  /** Puts in the programme as stored (the database watcher, a write just made). */
  setData: (data: ProgrammeData | null) => void;
  /** Puts in the versions as stored (the database watcher, a save just made). */
  setVersions: (versions: readonly Version[]) => void;
  setLoadError: (error: Message | null) => void;
  /** An import under way (issue 11): its phase and how many activities of all; null when none. */
  importProgress: ImportProgress | null;
  /** Says how far an import has come (null: it ended). */
  setImportProgress: (progress: ImportProgress | null) => void;
};

/** How far an import has come: reading the file, checking its rows, writing them. */
export type ImportProgress = {
  readonly phase: 'reading' | 'checking' | 'writing';
  readonly done: number;
  readonly total: number;
};

/** The UI slice: where the user is and what they look at. */
export type UiSlice = {
  appVersion: string;
  setAppVersion: (version: string) => void;
  /** Bumped after every backup, so the backup list reloads. */
  backupsVersion: number;
  bumpBackups: () => void;
  route: Route;
  programmeId: string | null;
  /**
   * The saved version every screen shows instead of the programme (null: the programme itself);
   * cleared when the programme on screen changes or the version is gone.
   */
  viewingVersionId: string | null;
  /** Shows a saved version of the programme on every screen (null: back to the programme). */
  viewVersion: (versionId: string | null) => boolean;
  filters: Filters;
  sort: { column: SortColumn; direction: 'asc' | 'desc' };
  openActivityId: string | null;
  notice: Notice | null;
  /** Fields holding typed text not yet stored, by field slot: their labels (the header says so). */
  editing: Readonly<Record<string, { readonly label: string; readonly valid: boolean }>>;
  setEditing: (
    slot: string,
    state: { readonly label: string; readonly valid: boolean } | null,
  ) => void;
  navigate: (route: Route) => void;
  setFilter: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  clearFilters: () => void;
  sortBy: (column: SortColumn) => void;
  openActivity: (id: string | null) => void;
  /** Shows another programme: closes the open activity, clears the filters and the amendment reason. */
  chooseProgramme: (id: string) => void;
  /** The programmes chosen before, oldest first: where the window returns when one goes. */
  programmeTrail: readonly string[];
  showNotice: (
    message: Message,
    tone?: Notice['tone'],
    undoSeq?: number | null,
    groups?: readonly NoticeGroup[],
  ) => void;
  dismissNotice: () => void;
};

/**
 * A mutation: reads what it needs and returns the row changes to make (empty = nothing). `snapshot`
 * reads a whole programme inside the same write (a version freezes what is stored).
 */
export type Mutation = (read: ReadRow, snapshot?: ReadSnapshot) => Promise<Change[]> | Change[];

/** Reads one programme with what it points to, as stored now (null when it does not exist). */
export type ReadSnapshot = (programmeId: string) => Promise<ProgrammeData | null>;

/** Reads the current stored row of a table by key. */
export type ReadRow = <T extends Change['table']>(
  table: T,
  key: string,
) => Promise<Extract<Change, { table: T }>['before']>;

/** What a command's write came to: its step, or the Dutch reason it was refused. */
export type DispatchResult =
  | { readonly ok: true; readonly seq: number | null }
  | { readonly ok: false; readonly error: Message; readonly refused: boolean };

/**
 * How a step of an adopted programme gets its amendment: with this reason, with the reason the
 * person gave last (null: asked when there is none), or none at all ('skip': a restore, which
 * makes the database equal to a file that holds its own amendments).
 */
export type AmendOption = AmendReason | 'skip' | null;

/** The question "why do you change the adopted programme?" while it waits for an answer. */
export type AmendmentRequest = {
  readonly label: Message;
  /** The reason given last in this window, offered again (null: none yet). */
  readonly previous: AmendReason | null;
  readonly answer: (reason: AmendReason | null) => void;
};

/** The history slice: every mutating action goes through `undoable` or `dispatch`. */
export type HistorySlice = {
  /** This window's undo stack (newest last) and redo stack (next redo last). */
  history: { readonly past: readonly Step[]; readonly future: readonly Step[] };
  /**
   * Goes up just before a step's rows are put into the loaded data (a write, an undo, a redo),
   * so a watcher of the data knows that change is a step's (state/line-moves.ts).
   */
  stepMark: number;
  busy: number;
  journal: Journal;
  /** The reason given for the changes to an adopted programme in this window (null: ask). */
  amendReason: AmendReason | null;
  /**
   * What the reason was given for (an activity, or the programme itself): later changes of the
   * same subject reuse it; a change of another subject asks again, offering it. Null with a
   * reason (set by code): the reason holds for every change.
   */
  amendScope: string | null;
  setAmendReason: (reason: AmendReason | null) => void;
  /** Open while a change to an adopted programme waits for its reason (the dialog answers it). */
  amendmentRequest: AmendmentRequest | null;
  /**
   * Runs a mutation in order with all others, writes it, and records it for undo; `amend` as in
   * `dispatch` (a restore skips, an import names its file).
   */
  undoable: (
    label: Message,
    mutation: Mutation,
    visit?: string | null,
    amend?: AmendOption,
  ) => Promise<boolean>;
  /** Like `undoable`, answering with the step it made (a notice's undo names that step). */
  undoableStep: (
    label: Message,
    mutation: Mutation,
    amend?: AmendOption,
  ) => Promise<DispatchResult>;
  /** Runs a command call (journalled until written); steps with the same visit merge. */
  dispatch: (
    call: CommandCall,
    options?: {
      readonly label?: Message;
      readonly visit?: string | null;
      /** The caller shows a refusal itself (a field beside its input). */
      readonly quiet?: boolean;
      /** The amendment reason for a change to an adopted programme (default: ask or reuse). */
      readonly amend?: AmendOption;
    },
  ) => Promise<DispatchResult>;
  /** Undoes the latest step, or the step a notice names. */
  undo: (seq?: number) => Promise<void>;
  redo: () => Promise<void>;
  /** At start: takes over steps of windows that are gone, and replays unwritten commands. */
  recover: () => Promise<void>;
};

/** The whole store. */
export type KoersState = DataSlice &
  UiSlice &
  HistorySlice &
  CommandsSlice &
  SelectionSlice &
  RescueSlice &
  ReviewSlice &
  ScenarioSlice;

/** A slice creator with access to the whole store. */
export type SliceCreator<S> = (deps: StoreDeps) => StateCreator<KoersState, [], [], S>;
