import type { Scenario } from '../../../shared/domain/review';
import { type ScenarioBase, type ScenarioChange } from '../../../shared/domain/review';
import type { ScenarioId } from '../../../shared/domain/ids';
import type { Timestamp } from '../../../shared/domain/versions';
import type { Message } from '../../../shared/i18n/translate';
import type { TaskCut } from '../../../shared/budget/taakstelling';
import type { ScenarioConflict } from '../../../shared/scenario/apply';
import { promoteRows, taskCutChanges, type ConflictChoice } from '../../../shared/scenario/edit';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import { ROW_SCHEMAS, type Change } from '../../db/repositories/rows';
import { mutationOf } from '../commands/handlers';
import type { CommandCall } from '../commands/calls';
import { Refusal, refusalOf } from '../commands/refusal';
import { changesIn, outsideScenario, scenarioSnapshot } from '../scenario-mode';
import type {
  DispatchResult,
  KoersState,
  Mutation,
  ReadRow,
  ReadSnapshot,
  SliceCreator,
} from '../types';

/** What a quick scenario starts from: a command's call run inside it, or changes made already. */
export type QuickSource = { readonly call: CommandCall } | { readonly taskCut: TaskCut };

/** What taking a scenario over would do now: the rows it changes and the conflicts to choose. */
export type PromotePreview = {
  readonly scenario: Scenario;
  /** How many rows of the programme change (programme and activities). */
  readonly rows: number;
  readonly conflicts: readonly ScenarioConflict[];
};

/** The scenarios of the programme (issue 12): the list, the one open, and their commands. */
export type ScenarioSlice = {
  /** Every scenario in the database, as stored (the watcher). */
  allScenarios: readonly Scenario[];
  /** The scenarios of the programme on screen, oldest first. */
  scenarios: readonly Scenario[];
  /** The scenario every screen shows and every command changes (null: the programme itself). */
  openScenarioId: string | null;
  /** The quick scenario just made, offered to open (null: none). */
  scenarioOffer: { readonly id: string; readonly name: string } | null;
  /** Puts in the scenarios as stored (the database watcher). */
  setScenarios: (list: readonly Scenario[]) => void;
  /** Puts in scenario rows just written (a step, an undo), before the watcher confirms. */
  patchScenarios: (rows: readonly Change[]) => void;
  /** Opens a scenario on every screen (null: back to the programme); false when it cannot be. */
  openScenario: (id: string | null) => boolean;
  /** Forgets the offer of the quick scenario just made. */
  dismissScenarioOffer: () => void;
  /** Makes a named scenario on a base, with no changes yet (one undoable step); answers its id. */
  createScenario: (name: string, base: ScenarioBase, note?: string) => Promise<string | null>;
  /** Renames a scenario (one undoable step). */
  renameScenario: (id: string, name: string) => Promise<DispatchResult>;
  /** Deletes a scenario (one undoable step; undo brings it back). */
  deleteScenario: (id: string) => Promise<DispatchResult>;
  /**
   * Makes a named scenario on the programme now from where the question arises (a force, a
   * what-if, the best selection, a taakstelling); the programme stays as it is, and the new
   * scenario is offered to open. Answers its id.
   */
  quickScenario: (name: string, source: QuickSource) => Promise<string | null>;
  /** What taking a scenario over into the programme now would change, and its conflicts. */
  promotePreview: (id: string) => PromotePreview | null;
  /**
   * Takes a scenario over into the programme in one undoable step (with an amendment and its
   * reason when the programme is adopted), each conflict as the person chose.
   */
  promoteScenario: (
    id: string,
    choices?: ReadonlyMap<string, ConflictChoice>,
  ) => Promise<DispatchResult>;
};

/**
 * What every screen shows given the store: the data the data slice chose (the programme or a
 * version looked at), or, while a scenario is open and no version is looked at, the scenario's
 * snapshot; the scenarios of the programme on screen. A scenario that is gone, or of another
 * programme, or whose base cannot be read, is closed.
 */
export function withScenario(
  s: Pick<KoersState, 'allScenarios' | 'openScenarioId' | 'versions' | 'viewingVersionId'>,
  live: ProgrammeData | null,
  data: ProgrammeData | null,
): Pick<KoersState, 'data' | 'openScenarioId' | 'scenarios'> {
  const programmeId = live?.programme.id;
  const scenarios = s.allScenarios.filter((x) => x.programmeId === programmeId);
  const open = scenarios.find((x) => x.id === s.openScenarioId);
  if (!open || live === null || s.viewingVersionId !== null)
    return { data, openScenarioId: null, scenarios };
  const shown = scenarioSnapshot(open, live, s.versions);
  if (shown === null) return { data, openScenarioId: null, scenarios };
  return { data: shown, openScenarioId: open.id, scenarios };
}

/** Parses a scenario row as the table stores it; a refusal says why in Dutch. */
function checked(row: unknown): Scenario {
  const parsed = ROW_SCHEMAS.scenarios.safeParse(row, { reportInput: true });
  if (!parsed.success) throw new Refusal(refusalOf(parsed.error));
  return parsed.data;
}

/** Creates the scenario slice. */
export const createScenarioSlice: SliceCreator<ScenarioSlice> = (deps) => (set, get) => {
  /** Shows the store's data again, with or without the open scenario. */
  const reshow = () => {
    // Nothing loaded (yet, or a load error on screen): nothing to show anew.
    const live = get().liveData;
    if (live !== null) get().setData(live);
  };
  /** One undoable step on scenario rows, never redirected into the open scenario. */
  const step = (label: Message, mutation: Mutation) =>
    get().undoableStep(label, outsideScenario(mutation));
  const say = (result: DispatchResult): DispatchResult => {
    if (!result.ok && result.refused) get().showNotice(result.error, 'error');
    return result;
  };
  const fresh = (name: string, base: ScenarioBase, note: string, changes: ScenarioChange[]) => {
    const programmeId = get().liveData?.programme.id;
    if (programmeId === undefined) throw new Refusal({ key: 'scenario.noProgramme' });
    return checked({
      id: deps.newId() as ScenarioId,
      programmeId,
      name,
      note,
      base,
      createdAt: new Date(deps.now()).toISOString() as Timestamp,
      author: deps.author(),
      changes,
    });
  };
  const insert = async (
    label: Message,
    make: (read: ReadRow, readSnapshot: ReadSnapshot) => Promise<Scenario>,
  ): Promise<string | null> => {
    let id: string | null = null;
    const result = say(
      await step(label, async (read, readSnapshot) => {
        if (!readSnapshot) return [];
        const row = await make(read, readSnapshot);
        id = row.id;
        return [{ table: 'scenarios', key: row.id, before: null, after: row }];
      }),
    );
    return result.ok ? id : null;
  };

  return {
    allScenarios: [],
    scenarios: [],
    openScenarioId: null,
    scenarioOffer: null,
    setScenarios: (list) => {
      set({ allScenarios: list });
      reshow();
    },
    patchScenarios: (rows) => {
      let list = get().allScenarios;
      for (const c of rows) {
        if (c.table !== 'scenarios') continue;
        list = list.filter((x) => x.id !== c.key);
        if (c.after) list = [...list, c.after];
      }
      set({
        allScenarios: [...list].sort((a, b) =>
          a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
        ),
      });
      reshow();
    },
    openScenario: (id) => {
      if (id !== null && get().viewingVersionId !== null) get().viewVersion(null);
      const scenario = get().scenarios.find((x) => x.id === id);
      if (id !== null) {
        const live = get().liveData;
        if (!scenario || !live || scenarioSnapshot(scenario, live, get().versions) === null) {
          get().showNotice({ key: 'scenario.cannotOpen' }, 'error');
          return false;
        }
      }
      set({ openScenarioId: id, openActivityId: null, scenarioOffer: null });
      reshow();
      return get().openScenarioId === id;
    },
    dismissScenarioOffer: () => {
      set({ scenarioOffer: null });
    },
    createScenario: (name, base, note = '') =>
      insert({ key: 'history.scenarioCreate', params: { name: name.trim() } }, () =>
        Promise.resolve(fresh(name, base, note, [])),
      ),
    renameScenario: async (id, name) =>
      say(
        await step(
          { key: 'history.scenarioRename', params: { name: name.trim() } },
          async (read) => {
            const before = await read('scenarios', id);
            if (!before) throw new Refusal({ key: 'scenario.gone' });
            return [{ table: 'scenarios', key: id, before, after: checked({ ...before, name }) }];
          },
        ),
      ),
    deleteScenario: async (id) => {
      const name = get().allScenarios.find((x) => x.id === id)?.name ?? '';
      const result = say(
        await step({ key: 'history.scenarioDelete', params: { name } }, async (read) => {
          const before = await read('scenarios', id);
          return before ? [{ table: 'scenarios', key: id, before, after: null }] : [];
        }),
      );
      if (result.ok)
        get().showNotice({ key: 'scenario.deleted', params: { name } }, 'info', result.seq ?? null);
      return result;
    },
    quickScenario: async (name, source) => {
      const base: ScenarioBase = { kind: 'programme' };
      const id = await insert(
        { key: 'history.scenarioCreate', params: { name: name.trim() } },
        async (read, readSnapshot) => {
          const programmeId = get().liveData?.programme.id;
          // The programme as stored, read in the write: the command runs on it in memory.
          const live = programmeId === undefined ? null : await readSnapshot(programmeId);
          if (!live) throw new Refusal({ key: 'scenario.noProgramme' });
          if ('taskCut' in source)
            return fresh(name, base, '', taskCutChanges(live, source.taskCut));
          const changes = await changesIn(
            live,
            live,
            [],
            mutationOf(source.call),
            read,
            readSnapshot,
          );
          return fresh(name, base, '', changes ?? []);
        },
      );
      if (id !== null) set({ scenarioOffer: { id, name: name.trim() } });
      return id;
    },
    promotePreview: (id) => {
      const scenario = get().scenarios.find((x) => x.id === id);
      const live = get().liveData;
      if (!scenario || !live) return null;
      const { rows, conflicts } = promoteRows(live, scenario.changes);
      return { scenario, rows: rows.length, conflicts };
    },
    promoteScenario: async (id, choices = new Map()) => {
      const name = get().allScenarios.find((x) => x.id === id)?.name ?? '';
      const result = await get().undoableStep(
        { key: 'history.scenarioPromote', params: { name } },
        outsideScenario(async (read, readSnapshot) => {
          const scenario = await read('scenarios', id);
          if (!scenario) throw new Refusal({ key: 'scenario.gone' });
          const current = readSnapshot ? await readSnapshot(scenario.programmeId) : null;
          if (!current) throw new Refusal({ key: 'scenario.noProgramme' });
          return promoteRows(current, scenario.changes, choices).rows as Change[];
        }),
      );
      if (!result.ok) {
        if (result.refused && result.error.key !== 'amendment.cancelled')
          get().showNotice(result.error, 'error');
        return result;
      }
      if (get().openScenarioId === id) get().openScenario(null);
      get().showNotice({ key: 'scenario.promoted', params: { name } }, 'info', result.seq);
      return result;
    },
  };
};
