import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../domain/schemas';
import { demoSnapshot, realisation, withLastYear } from './fixtures.test-helpers';
import {
  PLAN_ACTUAL_VIEWS,
  planActual,
  planActualRows,
  topLevel,
  viewTotal,
  type GroupPlanActual,
  type PlanActual,
} from './plan-actual';

const s = demoSnapshot();
const ids = s.activities.map((a) => a.id as string);
const teams = [...s.teams.map((t) => t.id as string), null];

const rowsArb = fc.array(
  fc.record({
    activity: fc.constantFrom(...ids),
    team: fc.constantFrom(...teams),
    hours: fc.integer({ min: 0, max: 200_000 }).map((h) => h / 100),
    cents: fc.integer({ min: 0, max: 50_000_000 }),
    month: fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, '0')}`),
  }),
  { maxLength: 60 },
);

const sum = (rows: readonly GroupPlanActual[], f: (g: GroupPlanActual) => number) =>
  rows.reduce((t, g) => t + f(g), 0);

const close = (a: number, b: number) => {
  expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));
};

/** Every grouping's top-level rows add up to the sum of the activity rows. */
function conserves(r: PlanActual) {
  const acts = r.activities;
  const total = {
    ph: acts.reduce((t, a) => t + a.hours.plan, 0),
    ah: acts.reduce((t, a) => t + a.hours.actual, 0),
    pc: acts.reduce((t, a) => t + a.cost.plan, 0),
    ac: acts.reduce((t, a) => t + a.cost.actual, 0),
  };
  close(r.total.hours.plan, total.ph);
  close(r.total.hours.actual, total.ah);
  for (const rows of [topLevel(r.byTheme), r.byDomain, r.byTeam, r.byKind]) {
    close(
      sum(rows, (g) => g.hours.plan),
      total.ph,
    );
    close(
      sum(rows, (g) => g.hours.actual),
      total.ah,
    );
    close(
      sum(rows, (g) => g.cost.plan),
      total.pc,
    );
    close(
      sum(rows, (g) => g.cost.actual),
      total.ac,
    );
    for (const g of rows) close(g.hours.difference, g.hours.actual - g.hours.plan);
  }
}

describe('planActual (property)', () => {
  it('hours and costs are conserved across every grouping; no realisation counts 0', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (drafts, lastYear) => {
        const realisations = drafts
          .map((d) => realisation(d.activity, d.team, d.hours, d.cents, d.month, 'wp-2026'))
          .map((r, i) => ({ ...r, id: `${r.id}-${String(i)}` as typeof r.id }));
        const { current, previous } = lastYear ? withLastYear(s) : { current: s, previous: null };
        const r = planActual({ current, adopted: null, realisations, previous });
        conserves(r);
        // Each view's totals row: last year's figure is the sum of the rows it shows.
        for (const view of PLAN_ACTUAL_VIEWS) {
          const rows: readonly { hours: { previous: number | null } }[] =
            view === 'activity'
              ? r.activities
              : view === 'theme'
                ? topLevel(r.byTheme)
                : planActualRows(r, view);
          const shown = rows.filter((x) => x.hours.previous !== null);
          const total = viewTotal(r, view).hours.previous;
          if (shown.length === 0) expect(total).toBeNull();
          else
            close(
              total ?? NaN,
              shown.reduce((t, x) => t + (x.hours.previous ?? 0), 0),
            );
        }
        const named = new Set(drafts.map((d) => d.activity));
        for (const a of r.activities) {
          if (named.has(a.activityId)) continue;
          expect(a.hours.actual).toBe(0);
          expect(a.cost.actual).toBe(0);
          expect(a.realised).toBe(false);
          expect(a.needsNote).toBe(false);
        }
        // The actual hours of each activity are the sum of its rows.
        for (const id of named) {
          const own = drafts.filter((d) => d.activity === id).reduce((t, d) => t + d.hours, 0);
          close(
            r.activities.find((a: { activityId: string }) => a.activityId === id)!.hours.actual,
            own,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('sub-themes add up to their focus when every activity sits on a leaf', () => {
    const parents = new Set(s.themes.map((t) => t.parentId).filter((p) => p !== null));
    const leafOnly = s.activities.every((a: Activity) => !parents.has(a.primaryThemeId));
    const r = planActual({ current: s, adopted: null, realisations: [], previous: null });
    for (const focus of r.byTheme.filter((g) => g.depth === 0 && g.key !== '')) {
      const children = s.themes.filter((t) => t.parentId === focus.key).map((t) => t.id as string);
      if (children.length === 0 || !leafOnly) continue;
      close(
        sum(
          r.byTheme.filter((g) => children.includes(g.key)),
          (g) => g.hours.plan,
        ),
        focus.hours.plan,
      );
    }
  });
});
