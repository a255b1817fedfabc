import { gapAdvice, type GapAdvice } from '../../../shared/budget/gap-levers';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import type { Candidate, TeamHours } from '../../../shared/planning/ranking';
import {
  bestSelection,
  type KnapsackSolver,
  type Selection,
  type SolveOptions,
} from '../../../shared/planning/selection';

/** The problem the best selection solves: the candidates, the room, how long and how exactly. */
export type SelectionProblem = {
  readonly candidates: readonly Candidate[];
  readonly space: TeamHours;
  readonly options: SolveOptions;
};

/** A run given up because a newer one replaced it (or its caller aborted it): not a failure. */
export class SolveAborted extends Error {
  constructor() {
    super('vervangen door een nieuwere berekening');
    this.name = 'SolveAborted';
  }
}

/**
 * What the store asks of the solver: the page's client runs it in a Web Worker, tests run it in
 * process (vitest has no Worker). Aborting the signal gives the run up (`SolveAborted`).
 */
export type SolverClient = {
  /** The best selection; `onImproved` hears better sets while the proof runs. */
  readonly select: (
    problem: SelectionProblem,
    signal: AbortSignal,
    onImproved?: (selection: Selection) => void,
  ) => Promise<Selection>;
  /** What closes the budget deficit (shared/budget/gap-levers.ts). */
  readonly gapAdvice: (
    programme: Programme,
    activities: readonly Activity[],
    signal: AbortSignal,
  ) => Promise<GapAdvice>;
};

/** Rejects as soon as the signal aborts, or settles as the work does. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new SolveAborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      reject(new SolveAborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/**
 * The solver in this thread, for tests and wherever no Worker exists: an aborted run's answer is
 * ignored (HiGHS cannot be stopped from the thread it blocks).
 */
export function inProcessSolverClient(
  loadSolver: (() => Promise<KnapsackSolver>) | undefined,
): SolverClient {
  return {
    select: (problem, signal, onImproved) =>
      abortable(
        (loadSolver ? loadSolver() : Promise.reject(new Error('geen solver'))).then((solve) =>
          bestSelection(problem.candidates, problem.space, solve, [], problem.options, onImproved),
        ),
        signal,
      ),
    gapAdvice: (programme, activities, signal) =>
      abortable(
        Promise.resolve().then(() => gapAdvice(programme, activities)),
        signal,
      ),
  };
}
