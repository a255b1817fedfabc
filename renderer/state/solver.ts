import highsLoader from 'highs';
import wasmUrl from 'highs/runtime?url';
import { highsSolver } from '../../shared/planning/selection-highs';
import type { KnapsackSolver } from '../../shared/planning/selection';

let loading: Promise<KnapsackSolver> | null = null;

/** Loads HiGHS once, from the app's own files (the CSP allows WebAssembly, nothing remote). */
export function loadSolver(): Promise<KnapsackSolver> {
  loading ??= highsLoader({ locateFile: () => wasmUrl }).then(highsSolver);
  return loading;
}
