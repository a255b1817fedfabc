import wasmUrl from 'highs/runtime?url';
import { highsSolver } from '../../shared/planning/selection-highs';
import type { KnapsackSolver } from '../../shared/planning/selection';

let loading: Promise<KnapsackSolver> | null = null;

/**
 * Loads HiGHS once, on first use and in its own chunk, from the app's own files (the CSP
 * allows WebAssembly compilation, nothing remote).
 */
export function loadSolver(): Promise<KnapsackSolver> {
  loading ??= import('highs')
    .then((m) => m.default({ locateFile: () => wasmUrl }))
    .then(highsSolver);
  return loading;
}
