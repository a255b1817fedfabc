import type { Activity } from '../../shared/domain/schemas';
import type { ProgrammeSnapshot } from '../../shared/domain/snapshot';
import { planLine } from '../../shared/planning/plan-line';
import { readingOrder } from './selectors';

/**
 * Rows per step when rows new to the plan are worked out ahead of it (as many as an import
 * writes per step, `WRITE_CHUNK` in db/repositories/rows.ts).
 */
export const PLAN_STEP_ROWS = 1000;

/** Rows whose own figures a step below has worked out already. */
const primed = new WeakSet<Activity>();

/** Waits for the next task: the page can paint and take input between two steps. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, 0);
  });

/**
 * Works out, ahead of the plan of `data`, what the plan keeps per row (each row's candidate,
 * its hours per team and month: cached per row object, rows being replaced and never
 * mutated), for the rows not in `known` (the rows planned already), PLAN_STEP_ROWS rows at a
 * time, each step a task of its own: the line of just those rows in the same programme. The plan
 * of the whole is then mostly sums over figures already known (issue 11: planning 20.000 newly
 * imported rows at once was one task of 250 ms and more). Changes nothing the plan gives (the
 * per-row caches check what they were worked out for); at most one step's worth of new rows has
 * no step at all, the plan itself does those.
 */
export async function planInSteps(
  data: ProgrammeSnapshot | null,
  known: readonly Activity[] = [],
  pause: () => Promise<void> = nextTask,
): Promise<void> {
  if (data === null) return;
  const seen = new Set<Activity>(known);
  const fresh = data.activities.filter((a) => !seen.has(a) && !primed.has(a));
  if (fresh.length <= PLAN_STEP_ROWS) return;
  for (let i = 0; i < fresh.length; i += PLAN_STEP_ROWS) {
    await pause();
    const rows = fresh.slice(i, i + PLAN_STEP_ROWS).filter((a) => !primed.has(a));
    if (rows.length === 0) continue;
    // The line of just these rows: what it works out per row (candidates, hours per team and
    // month) is what the plan of the whole reuses; what would lift each is not kept per row.
    planLine(data.programme, rows, { lift: false });
    for (const a of rows) primed.add(a);
  }
  await pause();
  // The list's reading order (thousands of titles through the Dutch collator, 100–180 ms at
  // 20.000) in a task of its own too: the list's first render then reuses it.
  readingOrder(data.activities);
  await pause();
}
