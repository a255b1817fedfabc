/**
 * The solver worker (issue 11): the exact selection (HiGHS, WebAssembly) and the budget gap
 * advice run here, never on the page's thread, so typing never waits for a proof. HiGHS is loaded
 * from the app's own files (the CSP allows WebAssembly compilation from 'self', nothing remote).
 */
import wasmUrl from 'highs/runtime?url';
import { gapAdvice } from '../../../shared/budget/gap-levers';
import { highsSolver } from '../../../shared/planning/selection-highs';
import { bestSelection, type KnapsackSolver } from '../../../shared/planning/selection';
import type { SolverReply, SolverRequest } from './protocol';

/** The worker's global scope, as much of it as is used (the renderer project has DOM types). */
type Scope = {
  postMessage: (reply: SolverReply) => void;
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<SolverRequest>) => void,
  ) => void;
};
const scope = globalThis as unknown as Scope;

let loading: Promise<KnapsackSolver> | null = null;

/** Loads HiGHS once per worker, on the first selection asked. */
function loadSolver(): Promise<KnapsackSolver> {
  loading ??= import('highs')
    .then((m) => m.default({ locateFile: () => wasmUrl }))
    .then(highsSolver);
  return loading;
}

/** Improving sets are posted at most this often (ms): the page need not redraw faster. */
const PROGRESS_EVERY = 250;

/** Answers one request. */
async function answer(request: SolverRequest): Promise<SolverReply> {
  if (request.kind === 'advice')
    return {
      kind: 'advised',
      id: request.id,
      advice: gapAdvice(request.programme, request.activities),
    };
  const solve = await loadSolver();
  let last = 0;
  const selection = await bestSelection(
    request.candidates,
    request.space,
    solve,
    [],
    request.options,
    (found) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY) return;
      last = now;
      scope.postMessage({ kind: 'improved', id: request.id, selection: found });
    },
  );
  return { kind: 'selected', id: request.id, selection };
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (reply) => {
      scope.postMessage(reply);
    },
    (error: unknown) => {
      scope.postMessage({
        kind: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : 'onbekende fout',
      });
    },
  );
});
