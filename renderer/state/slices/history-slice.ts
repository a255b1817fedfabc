import { getRow } from '../../db/repositories/rows';
import { applyDeltas, changesToDeltas, type Change } from '../../db/repositories/rows';
import { TABLE_NAMES } from '../../db/koers-db';
import {
  HISTORY_KEEP,
  STEP_PART_DELTAS,
  adoptOrphans,
  loadSteps,
  stepKeys,
  trimSteps,
  writeStep,
  type Step,
  type StoredStep,
} from '../../db/repositories/history';
import {
  loadProgrammeData,
  patchProgrammeData,
  type ProgrammeData,
} from '../../db/repositories/programme-data';
import { invertRows, mergeDeltas } from '../undoable';
import { translate } from '../../../shared/i18n/translate';
import type { Message } from '../../../shared/i18n/translate';
import { mutationOf } from '../commands/handlers';
import { targetOf } from '../commands/calls';
import { Refusal } from '../commands/refusal';
import type {
  AmendOption,
  DispatchResult,
  HistorySlice,
  Mutation,
  ReadRow,
  ReadSnapshot,
  SliceCreator,
} from '../types';
import { formatISO } from 'date-fns';
import type { RowDelta } from '../../../shared/delta/delta';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import type { AmendmentId } from '../../../shared/domain/ids';
import type { IsoDate } from '../../../shared/domain/units';
import type { Amendment, Timestamp } from '../../../shared/domain/versions';
import { amendedBy, amendmentOf, movedTo, type AmendReason } from '../../../shared/edit/amendment';
import { runsOutsideScenario, scenarioChanges } from '../scenario-mode';
import { planInSteps } from '../plan-steps';

/** The loaded data a step's rows were put into already, and the result (computed once). */
type Patched = { readonly from: ProgrammeData; readonly to: ProgrammeData };

/** Rows changed back: each change's before and after swapped (a write that did not land). */
const undoneRows = (rows: readonly Change[]): Change[] =>
  [...rows].reverse().map((c) => ({ ...c, before: c.after, after: c.before }) as Change);

/** A step of an adopted programme arrived without a reason: ask, then write it again. */
class NeedsReason extends Error {
  override readonly name = 'NeedsReason';
  /** What the reason is asked for (an activity id, or the programme's). */
  constructor(readonly scope: string) {
    super('NeedsReason');
  }
}

/**
 * Undo and redo as a property of the command layer (Actual Budget's `undoable`). A mutation
 * reads the rows it changes and returns them changed, all inside one IndexedDB transaction that
 * also records the step, so a step and its record land together or not at all. Steps are kept as
 * field-level changes per window (db/repositories/history.ts); undo and redo change a field only
 * where it still holds what the step left, so they never revert another window's edit. Mutations
 * run one after another, so fast typing keeps its order.
 */
export const createHistorySlice: SliceCreator<HistorySlice> = (deps) => (set, get) => {
  const db = deps.db;
  const owner = deps.owner;
  let queue: Promise<unknown> = Promise.resolve();
  /** The rows as they were when each recent field visit began (to merge its writes into one). */
  const visitStarts = new Map<string, Map<string, unknown>>();
  /** The rows as the current visit's writes left them, every row it touched (not only the last write's). */
  const visitNow = new Map<string, Map<string, unknown>>();
  let slot = 0;
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    set((s) => ({ busy: s.busy + 1 }));
    const run = queue.then(job).finally(() => {
      set((s) => ({ busy: s.busy - 1 }));
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const read: ReadRow = (table, key) => getRow(db, table, key) as never;
  // Called inside the write's transaction, so Dexie reads it in that same transaction.
  const readSnapshot: ReadSnapshot = (programmeId) => loadProgrammeData(db, programmeId);
  /** While a saved version is shown, nothing is written: a version never changes. */
  const immutable = { ok: false, error: { key: 'version.immutable' }, refused: true } as const;
  const viewing = (): boolean => get().viewingVersionId !== null;
  const tables = () => [...TABLE_NAMES.map((t) => db.table(t)), db.history];
  const fail = (error: unknown): Message => {
    const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    const message: Message = { key: quota ? 'error.quota' : 'error.saveFailed' };
    get().showNotice(message, 'error');
    return message;
  };
  /** Most rows a step shows before its commit (an edit's, not an import's). */
  const EARLY_ROWS = 100;
  /** Whether this window's undo and redo stacks have been read from the table (by `recover`). */
  let stacksLoaded = false;
  /** Puts a step's rows into the loaded data, marked as a step's (see `stepMark`). */
  const patchStep = (rows: readonly Change[], patched?: Patched): void => {
    set((s) => ({ stepMark: s.stepMark + 1 }));
    patchData(rows, patched);
  };
  /**
   * Before `patchStep` after a commit: the step's rows put into the loaded data, and the rows new
   * to the plan (an import's thousands) planned in steps, each a task of its own, so putting them
   * in is no long task (`planInSteps`).
   */
  const prepareStep = async (rows: readonly Change[]): Promise<Patched | undefined> => {
    const from = get().liveData;
    if (!from || rows.length === 0) return undefined;
    const to = patchProgrammeData(from, rows);
    await planInSteps(to, from.activities);
    return { from, to };
  };
  /** Puts rows just written into the loaded data at once; the database watcher confirms later. */
  const patchData = (rows: readonly Change[], patched?: Patched): void => {
    // A scenario's row (issue 12): the list, and the scenario's snapshot when it is open.
    if (rows.some((c) => c.table === 'scenarios')) get().patchScenarios(rows);
    const saved = rows.filter((c) => c.table === 'versions');
    if (saved.length > 0) {
      const gone = new Set(saved.map((c) => c.key));
      get().setVersions([
        ...get().versions.filter((v) => !gone.has(v.id)),
        ...saved.flatMap((c) => (c.after ? [c.after] : [])),
      ]);
    }
    const data = get().liveData;
    if (data && rows.length > 0)
      get().setData(patched?.from === data ? patched.to : patchProgrammeData(data, rows));
  };

  /** An amendment written by a step: an insert of its row (undo deletes it). */
  type AmendmentInsert = RowDelta & { readonly op: 'insert'; readonly row: Amendment };

  /**
   * Writes the amendments a step of adopted programmes needs, one per programme it changes, or
   * refuses without a reason. A visit's later writes keep the visit's amendments (their ids, by
   * programme); one whose programme the visit no longer changes (typed back to what it was) goes.
   */
  const amendStep = async (
    stepDeltas: readonly RowDelta[],
    rows: readonly Change[],
    label: Message,
    amend: AmendOption,
    earlier: readonly AmendmentInsert[],
  ): Promise<AmendmentInsert[]> => {
    if (amend === 'skip') return [];
    const own = stepDeltas.filter((d) => d.table !== 'amendments');
    const programmes = new Map<string, Programme | null>();
    const activities = new Map<string, Activity | null>();
    for (const c of rows) {
      if (c.table === 'programmes') programmes.set(c.key, c.before);
      if (c.table === 'activities') activities.set(c.key, c.before ?? c.after);
    }
    for (const d of own) {
      if (d.table !== 'activities' || activities.has(d.key)) continue;
      activities.set(d.key, await getRow(db, 'activities', d.key));
    }
    const wanted = new Set<string>();
    for (const a of activities.values()) if (a) wanted.add(a.programmeId);
    for (const d of own) for (const id of movedTo(d)) wanted.add(id);
    for (const id of wanted)
      if (!programmes.has(id)) programmes.set(id, await getRow(db, 'programmes', id));
    const touched = amendedBy(
      own,
      (id) => programmes.get(id) ?? null,
      (id) => activities.get(id)?.programmeId ?? null,
    );
    const ids = [...new Set(touched.map((t) => t.programmeId))];
    const gone = earlier.filter((e) => !ids.includes(e.row.programmeId));
    if (gone.length > 0)
      await applyDeltas(
        db,
        gone.map((e) => ({ table: 'amendments', key: e.key, op: 'delete', row: e.row })),
        'exact',
      );
    if (ids.length === 0) return [];
    // A reason holds for the subject it was given for: the activity changed, or the programme.
    const scope = touched.find((t) => t.delta.table === 'activities')?.delta.key ?? ids[0] ?? '';
    // A reason set without a subject (by code, not by the question) holds for every change.
    const held = get().amendScope;
    const reason = amend ?? (held === null || held === scope ? get().amendReason : null);
    if (reason === null) throw new NeedsReason(scope);
    const at = new Date(deps.now());
    const out: AmendmentInsert[] = [];
    for (const id of ids) {
      const programme = programmes.get(id);
      if (!programme) continue;
      const row = amendmentOf(touched, {
        id: (earlier.find((e) => e.row.programmeId === id)?.key ?? deps.newId()) as AmendmentId,
        programme,
        on: formatISO(at, { representation: 'date' }) as IsoDate,
        at: at.toISOString() as Timestamp,
        author: deps.author(),
        reason,
        label,
        activity: (key) => activities.get(key) ?? null,
      });
      const written = await applyDeltas(
        db,
        [{ table: 'amendments', key: row.id, op: 'insert', row }],
        'exact',
      );
      // The row as stored (parsed), so an undo finds exactly what it expects.
      const stored = (written.rows[0]?.after ?? row) as Amendment;
      out.push({ table: 'amendments', key: row.id, op: 'insert', row: stored });
    }
    return out;
  };

  /** One write as one step, in one transaction with its record (and its amendment). */
  const attempt = (
    label: Message,
    mutation: Mutation,
    visit: string | null,
    journalId: string | null,
    amend: AmendOption,
    early: (rows: readonly Change[]) => void,
  ) =>
    db.transaction('rw', tables(), async () => {
      // While a scenario is open a command changes the scenario, never the programme (issue 12).
      const scenarioId = runsOutsideScenario(mutation) ? null : get().openScenarioId;
      const deltas = changesToDeltas(
        scenarioId === null
          ? await mutation(read, readSnapshot)
          : await scenarioChanges(db, scenarioId, mutation, read, readSnapshot),
      );
      if (deltas.length === 0) return null;
      const { rows } = await applyDeltas(db, deltas, 'exact');
      const last = get().history.past.at(-1);
      const merge = visit !== null && last !== undefined && last.visit === visit;
      const rowId = (c: Change) => `${c.table}/${c.key}`;
      // The journal entry this write settles: a replay at the next start skips it.
      const journal = journalId === null ? [] : [journalId];
      const ownDeltas = merge
        ? mergeDeltas(
            last.deltas.filter((d) => d.table !== 'amendments'),
            deltas,
            visitStarts.get(visit) ?? new Map(),
            new Map([
              ...(visitNow.get(visit) ?? new Map<string, unknown>()),
              ...rows.map((c): [string, unknown] => [rowId(c), c.after]),
            ]),
          )
        : deltas;
      // After adoption, the step carries its amendment (written in this transaction). A visit's
      // later writes keep the visit's one amendment (its id); the amendments an imported file
      // brings are rows of the step like any other, never taken for the step's own.
      const earlier = merge
        ? last.deltas.filter(
            (d): d is AmendmentInsert => d.table === 'amendments' && d.op === 'insert',
          )
        : [];
      // A scenario never alters its base: its edits need no amendment.
      const amendments =
        scenarioId === null ? await amendStep(ownDeltas, rows, label, amend, earlier) : [];
      const amendRow: Change[] = amendments.map((a) => ({
        table: 'amendments',
        key: a.key,
        before: null,
        after: a.row,
      }));
      // The rows are known (and the step needs no reason any more): the screens show them now,
      // while the step is recorded and the transaction commits (issue 11: each edit waited for
      // the commit). Should the commit fail, the caller takes them back out and says so.
      const written = [...rows, ...amendRow];
      // Only an edit's few rows: an import's thousands would put the whole re-plan in the same
      // task as the history record's write (621 ms at 20.000 rows); those go in after the
      // commit, in a task of their own.
      if (written.length <= EARLY_ROWS) early(written);
      const stepDeltas = [...ownDeltas, ...amendments];
      let step: Step;
      if (merge) {
        const merged: Step = {
          ...last,
          deltas: stepDeltas,
          at: deps.now(),
          journal: [...(last.journal ?? []), ...journal],
        };
        if ((last.parts ?? []).length === 0 && stepDeltas.length <= STEP_PART_DELTAS) {
          step = merged;
          await db.history.put(step);
        } else {
          // Too many changes for one record now (`writeStep`): written again, in parts.
          await db.history.bulkDelete(stepKeys([last]));
          step = await writeStep(db, {
            owner: merged.owner,
            state: merged.state,
            label: merged.label,
            deltas: merged.deltas,
            visit: merged.visit,
            at: merged.at,
            journal: merged.journal ?? [],
          });
        }
      } else {
        const stored: StoredStep = {
          owner,
          state: 'done',
          label,
          deltas: stepDeltas,
          visit,
          at: deps.now(),
          journal,
        };
        step = await writeStep(db, stored);
      }
      // Remember each row as it was when the visit first touched it.
      if (visit !== null) {
        const start = (merge ? visitStarts.get(visit) : undefined) ?? new Map<string, unknown>();
        for (const c of rows) if (!start.has(rowId(c))) start.set(rowId(c), c.before);
        visitStarts.delete(visit);
        visitStarts.set(visit, start);
        const now = (merge ? visitNow.get(visit) : undefined) ?? new Map<string, unknown>();
        for (const c of rows) now.set(rowId(c), c.after);
        visitNow.delete(visit);
        visitNow.set(visit, now);
        for (const old of [...visitNow.keys()].slice(0, -20)) visitNow.delete(old);
        // Only recent visits can still merge: keep a few.
        for (const old of [...visitStarts.keys()].slice(0, -20)) visitStarts.delete(old);
      }
      // A new step ends what could be redone. Once this window's stacks are loaded they mirror
      // its rows in the table, so the steps to delete are known without reading the table (a
      // cursor over it deserialises every step, an import's thousands of rows included: ~30 ms
      // per edit after importing 2.000 activities).
      if (stacksLoaded) {
        const { past, future } = get().history;
        if (future.length > 0) await db.history.bulkDelete(stepKeys(future));
        const done = [...(merge ? past.slice(0, -1) : past), step];
        if (done.length > HISTORY_KEEP)
          await db.history.bulkDelete(stepKeys(done.slice(0, -HISTORY_KEEP)));
      } else {
        const undone = await db.history
          .where('owner')
          .equals(owner)
          .filter((s) => s.state === 'undone')
          .toArray();
        await db.history.bulkDelete(stepKeys(undone as Step[]));
        await trimSteps(db, owner);
      }
      return { step, rows: written, merge };
    });

  /** Asks the person why they change an adopted programme; null when they cancel. */
  const askReason = (label: Message): Promise<AmendReason | null> =>
    new Promise((resolve) => {
      set({ amendmentRequest: { label, previous: get().amendReason, answer: resolve } });
    });

  const runQueued = (
    label: Message,
    mutation: Mutation,
    visit: string | null,
    journalId: string | null = null,
    amend: AmendOption = null,
  ): Promise<DispatchResult> =>
    enqueue(async () => {
      // The rows shown before the commit (null: none yet), to take back out if it fails.
      const shown: { rows: readonly Change[] | null } = { rows: null };
      const early = (rows: readonly Change[]): void => {
        shown.rows = rows;
        patchStep(rows);
      };
      try {
        let done;
        try {
          done = await attempt(label, mutation, visit, journalId, amend, early);
        } catch (error) {
          if (!(error instanceof NeedsReason)) throw error;
          const scope = error.scope;
          // Outside the transaction: the person answers, then the same write runs with it.
          const reason = await askReason(label);
          set({ amendmentRequest: null });
          if (reason === null)
            return { ok: false, error: { key: 'amendment.cancelled' }, refused: true } as const;
          set({ amendReason: reason, amendScope: scope });
          done = await attempt(label, mutation, visit, journalId, reason, early);
        }
        if (done === null) return { ok: true, seq: null };
        set((s) => ({
          history: {
            past: [...(done.merge ? s.history.past.slice(0, -1) : s.history.past), done.step].slice(
              -HISTORY_KEEP,
            ),
            future: [],
          },
        }));
        // Shown already (before the commit); only rows not shown yet go in now.
        if (shown.rows !== done.rows) patchStep(done.rows, await prepareStep(done.rows));
        return { ok: true, seq: done.step.seq };
      } catch (error) {
        // Never half-stored: rows shown before a commit that failed go back out of the screens.
        if (shown.rows !== null) patchData(undoneRows(shown.rows));
        if (error instanceof Refusal) return { ok: false, error: error.why, refused: true };
        return { ok: false, error: fail(error), refused: false };
      }
    });

  /** Runs a write in turn; none while a saved version is shown (a version never changes). */
  const run: typeof runQueued = (...args) =>
    viewing() ? Promise.resolve(immutable) : runQueued(...args);

  /** Writes a step's changes (or their inverse) where fields still hold what the step expects. */
  const replayStep = async (step: Step, direction: 'undo' | 'redo', keep: boolean) =>
    db.transaction('rw', tables(), async () => {
      const deltas = direction === 'undo' ? invertRows(step.deltas) : step.deltas;
      const result = await applyDeltas(db, deltas, 'checked');
      if (keep)
        await db.history.update(step.seq, { state: direction === 'undo' ? 'undone' : 'done' });
      else await db.history.bulkDelete(stepKeys([step]));
      return result;
    });

  /** A write whose caller learns only whether it landed: a version's refusal is said here. */
  const runSaid = async (
    label: Message,
    mutation: Mutation,
    visit: string | null,
    amend: AmendOption = null,
  ) => {
    const result = await run(label, mutation, visit, null, amend);
    if (!result.ok && result.error.key === 'version.immutable')
      get().showNotice(result.error, 'error');
    return result;
  };

  /** Undo and redo in turn; while a saved version is shown they are refused, and say why. */
  const guarded = (job: () => Promise<void>): Promise<void> => {
    if (!viewing()) return enqueue(job);
    get().showNotice(immutable.error, 'error');
    return Promise.resolve();
  };

  const sayConflicts = (
    conflicts: number,
    what: string,
    key: 'history.undone' | 'history.redone',
  ) => {
    if (conflicts > 0)
      get().showNotice({ key: 'history.conflicts', params: { what, count: conflicts } }, 'info');
    else get().showNotice({ key, params: { what } });
  };

  return {
    history: { past: [], future: [] },
    stepMark: 0,
    busy: 0,
    journal: deps.journal,
    amendReason: null,
    amendScope: null,
    amendmentRequest: null,
    setAmendReason: (amendReason) => {
      set({ amendReason, amendScope: null });
    },

    undoable: async (label, mutation, visit, amend) =>
      (await runSaid(label, mutation, visit ?? null, amend ?? null)).ok,

    undoableStep: (label, mutation, amend) => runSaid(label, mutation, null, amend ?? null),

    dispatch: (call, options = {}) => {
      // Journalled before it is queued, removed once it has committed (journal.ts).
      slot += 1;
      const id = `cmd-${slot}`;
      const label = options.label ?? { key: 'history.edit' };
      const journalId = deps.journal.put(id, {
        call,
        label,
        visit: options.visit ?? null,
        amend: options.amend ?? get().amendReason,
        scenarioId: get().openScenarioId,
      });
      return run(label, mutationOf(call), options.visit ?? null, journalId, options.amend ?? null)
        .then((result) => {
          // A field shows its own refusal; anything else says it in the notice line.
          if (!result.ok && result.refused && options.quiet !== true)
            get().showNotice(result.error, 'error');
          return result;
        })
        .finally(() => {
          deps.journal.remove(id);
        });
    },

    undo: (seq) =>
      guarded(async () => {
        const past = get().history.past;
        const step = seq === undefined ? past.at(-1) : past.find((s) => s.seq === seq);
        if (!step) return;
        // The latest step goes to the redo stack; an older one a notice names is undone on its own.
        const latest = step === past.at(-1);
        try {
          const result = await replayStep(step, 'undo', latest);
          set((s) => ({
            history: {
              past: s.history.past.filter((x) => x.seq !== step.seq),
              future: latest
                ? [...s.history.future, { ...step, state: 'undone' }]
                : s.history.future,
            },
          }));
          patchStep(result.rows, await prepareStep(result.rows));
          sayConflicts(
            result.conflicts,
            translate(step.label.key, step.label.params),
            'history.undone',
          );
        } catch (error) {
          fail(error);
        }
      }),

    redo: () =>
      guarded(async () => {
        const step = get().history.future.at(-1);
        if (!step) return;
        try {
          const result = await replayStep(step, 'redo', true);
          set((s) => ({
            history: {
              past: [...s.history.past, { ...step, state: 'done', visit: null }],
              future: s.history.future.slice(0, -1),
            },
          }));
          patchStep(result.rows, await prepareStep(result.rows));
          sayConflicts(
            result.conflicts,
            translate(step.label.key, step.label.params),
            'history.redone',
          );
        } catch (error) {
          fail(error);
        }
      }),

    recover: async () => {
      const alive = await deps.liveOwners();
      // Before steps change owner: when each row was last changed, by which window.
      const lastChange = new Map<string, { owner: string; at: number }[]>();
      for (const step of await db.history.toArray())
        for (const d of step.deltas) {
          const key = `${d.table}/${d.key}`;
          lastChange.set(key, [...(lastChange.get(key) ?? []), { owner: step.owner, at: step.at }]);
        }
      if (alive !== null) await adoptOrphans(db, owner, alive);
      const steps = await loadSteps(db, owner);
      // A step that was being typed into when the window went is closed: the next visit is new.
      set({
        history: {
          past: steps.past.map((s) => ({ ...s, visit: null })),
          future: steps.future,
        },
      });
      stacksLoaded = true;
      // An entry whose write landed (its step names it) was written already: never twice.
      const written = new Set((await db.history.toArray()).flatMap((s) => s.journal ?? []));
      for (const entry of deps.journal.takeLeftovers(alive)) {
        if (written.has(entry.id)) continue;
        // Another window changed the row after this was typed: its later edit stands.
        const target = targetOf(entry.call);
        const from = entry.id.slice(0, entry.id.lastIndexOf('#'));
        const typedAt = entry.order / 1000;
        if (
          target &&
          (lastChange.get(`${target.table}/${target.key}`) ?? []).some(
            (c) => c.owner !== from && c.at > typedAt,
          )
        )
          continue;
        // Typed inside a scenario: replayed into that scenario, never into the programme.
        set({ openScenarioId: entry.scenarioId ?? null });
        // Replayed before the window shows anything: a change to an adopted programme cannot
        // wait for a question then, so one typed before its reason was given says so itself.
        await get().dispatch(entry.call, {
          ...(entry.label ? { label: entry.label } : {}),
          visit: null,
          amend: entry.amend ?? {
            reason: 'overig',
            explanation: translate('amendment.recovered'),
          },
        });
      }
      set({ openScenarioId: null });
    },
  };
};
