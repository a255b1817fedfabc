import { DEFAULT_SOLVE_OPTIONS } from '../../shared/planning/selection';

/**
 * How the best selection is computed on this computer (issue 11): how long after the last edit
 * it starts, how long it may search, and how close to the optimum is close enough. Settings of
 * the computer, not of the data: kept in localStorage, shared by every window of the app.
 */
export type SolverSettings = {
  /** Wait this long after the last change before solving (ms). */
  readonly debounceMs: number;
  /** Stop searching after this many seconds; the best set found by then is the answer. */
  readonly timeLimitSeconds: number;
  /** Stop once the set is proven within this share of the optimum (0,005 = 0,5%). */
  readonly relativeGap: number;
};

/** The defaults: start 400 ms after the last edit, search at most 2 s, stop within 0,5%. */
export const DEFAULT_SOLVER_SETTINGS: SolverSettings = {
  debounceMs: 400,
  timeLimitSeconds: DEFAULT_SOLVE_OPTIONS.timeLimitSeconds,
  relativeGap: DEFAULT_SOLVE_OPTIONS.relativeGap,
};

/** The ranges each setting may take (the settings form says them). */
export const SOLVER_SETTING_RANGES = {
  debounceMs: { min: 0, max: 5000 },
  timeLimitSeconds: { min: 0.1, max: 600 },
  relativeGap: { min: 0, max: 0.5 },
} as const satisfies Record<keyof SolverSettings, { min: number; max: number }>;

const KEY = 'koers-solver-settings';

/** A setting within its range, or its default when it is not a number. */
const clamp = (key: keyof SolverSettings, value: unknown): number => {
  const { min, max } = SOLVER_SETTING_RANGES[key];
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, value))
    : DEFAULT_SOLVER_SETTINGS[key];
};

/** Settings read from anywhere (storage, a form), each within its range. */
export function validSolverSettings(value: unknown): SolverSettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    debounceMs: clamp('debounceMs', v['debounceMs']),
    timeLimitSeconds: clamp('timeLimitSeconds', v['timeLimitSeconds']),
    relativeGap: clamp('relativeGap', v['relativeGap']),
  };
}

/** This computer's solver settings (the defaults when none are kept or storage is refused). */
export function readSolverSettings(): SolverSettings {
  try {
    const text = globalThis.localStorage.getItem(KEY);
    return text === null ? DEFAULT_SOLVER_SETTINGS : validSolverSettings(JSON.parse(text));
  } catch {
    return DEFAULT_SOLVER_SETTINGS;
  }
}

/** Keeps the solver settings on this computer. */
export function writeSolverSettings(settings: SolverSettings): void {
  try {
    globalThis.localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or refused: the settings hold until the window closes.
  }
}
