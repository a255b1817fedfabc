import type { ProgrammeData } from '../../db/repositories/programme-data';
import type { GapAdvice } from '../../../shared/budget/gap-levers';
import type { TeamHours } from '../../../shared/planning/ranking';
import type { Selection } from '../../../shared/planning/selection';
import {
  readSolverSettings,
  validSolverSettings,
  writeSolverSettings,
  type SolverSettings,
} from '../../platform/solver-settings';
import { selectPlanning } from '../planning';
import { inProcessSolverClient, type SelectionProblem } from '../solver/client';
import type { SliceCreator } from '../types';

/**
 * The best selection and the budget's gap advice (issue 11: both computed in a worker, after the
 * person pauses, the older run dropped when a newer problem comes).
 */
export type SelectionSlice = {
  /**
   * The best selection found and the data it was found for. While a newer problem is solved the
   * older answer stays (its `data` is not the data shown: stale); `final` is false while the
   * solver still improves it.
   */
  selection: {
    readonly data: ProgrammeData;
    readonly result: Selection;
    readonly final: boolean;
  } | null;
  /** A run waits for the pause or searches now. */
  selectionBusy: boolean;
  selectionFailed: boolean;
  /** How the selection is computed on this computer (kept per computer). */
  solverSettings: SolverSettings;
  /** Keeps new solver settings and solves again with them. */
  setSolverSettings: (settings: SolverSettings) => void;
  /** Solves for the data shown when its problem changed; settles when that run ends or is dropped. */
  refreshSelection: () => Promise<void>;
  /** What closes the deficit and the data it was computed for (stale while a newer one runs). */
  gapAdvice: { readonly data: ProgrammeData; readonly advice: GapAdvice } | null;
  gapAdviceBusy: boolean;
  gapAdviceFailed: boolean;
  /** Computes the gap advice for the data shown, after the pause; the budget screen asks. */
  refreshGapAdvice: () => Promise<void>;
};

/** True when two team-hour maps hold the same hours. */
function sameHours(a: TeamHours, b: TeamHours): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/**
 * True when two selection problems are the same: candidates (id, score, force, hours), the room
 * and the options. Compared field by field, without building a key: a few tenths of a
 * millisecond at 5.000 candidates, where a JSON key costs several milliseconds on every change.
 */
export function sameProblem(a: SelectionProblem, b: SelectionProblem): boolean {
  if (
    a.options.timeLimitSeconds !== b.options.timeLimitSeconds ||
    a.options.relativeGap !== b.options.relativeGap ||
    a.candidates.length !== b.candidates.length ||
    !sameHours(a.space, b.space)
  )
    return false;
  for (let i = 0; i < a.candidates.length; i += 1) {
    const x = a.candidates[i];
    const y = b.candidates[i];
    if (x === y) continue;
    if (!x || !y) return false;
    if (x.id !== y.id || x.score !== y.score || x.force !== y.force || !sameHours(x.hours, y.hours))
      return false;
  }
  return true;
}

/**
 * One kind of run at a time, the newest wins: `begin` drops the run before it (its promise settles
 * quietly), waits for the pause and hands the run its generation and abort signal.
 */
function latestOnly() {
  let generation = 0;
  let controller: AbortController | null = null;
  let wake: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const drop = () => {
    generation += 1;
    controller?.abort();
    controller = null;
    clearTimeout(timer);
    wake?.();
    wake = null;
  };
  return {
    drop,
    /** Drops the older run, waits `delayMs`; null when a newer run came meanwhile. */
    begin: async (
      delayMs: number,
    ): Promise<{ signal: AbortSignal; current: () => boolean } | null> => {
      drop();
      const mine = generation;
      if (delayMs > 0)
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, delayMs);
        });
      if (mine !== generation) return null;
      controller = new AbortController();
      return { signal: controller.signal, current: () => mine === generation };
    },
  };
}

/**
 * Runs the solver for the data shown, in the solver client (a worker in the page, in process in
 * tests). Only when the problem changed (an edit's optimistic patch and its echo, or a new title,
 * keep the answer), only after the person pauses (`debounceMs`), within the time limit and gap
 * of the settings; a newer problem drops the older run (the worker is terminated).
 */
export const createSelectionSlice: SliceCreator<SelectionSlice> = (deps) => (set, get) => {
  const client = deps.solver ?? inProcessSolverClient(deps.loadSolver);
  let solved: { problem: SelectionProblem; result: Selection } | null = null;
  let running: { problem: SelectionProblem; promise: Promise<void> } | null = null;
  const selecting = latestOnly();
  const advising = latestOnly();
  let advised: { data: ProgrammeData; promise: Promise<void> } | null = null;
  return {
    selection: null,
    selectionBusy: false,
    selectionFailed: false,
    solverSettings: readSolverSettings(),
    setSolverSettings: (settings) => {
      const valid = validSolverSettings(settings);
      writeSolverSettings(valid);
      set({ solverSettings: valid });
      void get().refreshSelection();
    },
    refreshSelection: () => {
      const state = get();
      const data = state.data;
      const planning = selectPlanning(state);
      if (!data || !planning) return Promise.resolve();
      const { timeLimitSeconds, relativeGap, debounceMs } = state.solverSettings;
      const problem: SelectionProblem = {
        candidates: planning.candidates,
        space: planning.space,
        options: { timeLimitSeconds, relativeGap },
      };
      if (solved && sameProblem(solved.problem, problem)) {
        if (running) selecting.drop();
        running = null;
        set({
          selection: { data, result: solved.result, final: true },
          selectionBusy: false,
          selectionFailed: false,
        });
        return Promise.resolve();
      }
      if (running && sameProblem(running.problem, problem)) return running.promise;
      set({ selectionBusy: true, selectionFailed: false });
      const promise = (async () => {
        const run = await selecting.begin(debounceMs);
        if (!run) return;
        const shown = () => get().data ?? data;
        try {
          const result = await client.select(problem, run.signal, (found) => {
            if (run.current()) set({ selection: { data: shown(), result: found, final: false } });
          });
          if (!run.current()) return;
          solved = { problem, result };
          running = null;
          set({ selection: { data: shown(), result, final: true }, selectionBusy: false });
        } catch {
          if (!run.current()) return;
          running = null;
          set({ selectionFailed: true, selectionBusy: false });
        }
      })();
      running = { problem, promise };
      return promise;
    },
    gapAdvice: null,
    gapAdviceBusy: false,
    gapAdviceFailed: false,
    refreshGapAdvice: () => {
      const state = get();
      const data = state.data;
      if (!data) return Promise.resolve();
      if (state.gapAdvice?.data === data) return Promise.resolve();
      if (advised?.data === data) return advised.promise;
      set({ gapAdviceBusy: true, gapAdviceFailed: false });
      const promise = (async () => {
        const run = await advising.begin(state.solverSettings.debounceMs);
        if (!run) return;
        try {
          const advice = await client.gapAdvice(data.programme, data.activities, run.signal);
          if (!run.current()) return;
          advised = null;
          set({ gapAdvice: { data, advice }, gapAdviceBusy: false });
        } catch {
          if (!run.current()) return;
          advised = null;
          set({ gapAdviceFailed: true, gapAdviceBusy: false });
        }
      })();
      advised = { data, promise };
      return promise;
    },
  };
};
