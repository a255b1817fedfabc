import { describe, expect, it } from 'vitest';
import { createDemoLifeCycle } from '../demo/life-cycle';
import { activityHours } from '../domain/programme';
import type { Activity } from '../domain/schemas';
import { snapshotOf } from '../domain/snapshot';
import { countsForCapacity } from '../planning/counting';
import { demoSnapshot, withLastYear } from './fixtures.test-helpers';
import { yearOverYear, type YearOverYearInput } from './year-over-year';

const inputOf = (
  current: ReturnType<typeof demoSnapshot>,
  previous: YearOverYearInput['previous'],
): YearOverYearInput => ({
  programme: current.programme,
  activities: current.activities,
  mjps: current.mjps,
  themes: current.themes,
  domains: current.domains,
  previous,
  programmes: current.programmes,
  allActivities: [...current.activities, ...current.mjpActivities, ...(previous?.activities ?? [])],
  counts: countsForCapacity,
});

describe('yearOverYear', () => {
  const { current, previous } = withLastYear(demoSnapshot());
  const y = yearOverYear(inputOf(current, previous));
  const [a, b, c] = current.activities as [Activity, Activity, Activity];

  it('carried over, new and dropped', () => {
    expect(y.previousYear).toBe(2025);
    expect(y.carried.map((x) => [x.activityId, x.fromId])).toEqual([
      [a.id, 'act-2025-a'],
      [b.id, 'act-2025-b'],
    ]);
    expect(y.carried[0]!.fromStatus).toBe('loopt-door');
    expect(y.added).toHaveLength(current.activities.length - 2);
    expect(y.added.some((x) => x.activityId === c.id)).toBe(true);
    expect(y.dropped).toEqual([
      expect.objectContaining({
        activityId: 'act-2025-c',
        status: 'vervallen',
        reason: 'Geen capaciteit',
        realisedHours: 40,
      }),
    ]);
  });

  it('hours per theme and domain: N plan against N−1 plan and realisation', () => {
    const planN = current.activities
      .filter(countsForCapacity)
      .reduce((t, x) => t + activityHours(x), 0);
    const top = y.byTheme.filter((r) => r.depth === 0);
    expect(top.reduce((t, r) => t + r.plan, 0)).toBeCloseTo(planN, 6);
    const prevPlan = previous.activities
      .filter(countsForCapacity)
      .reduce((t, x) => t + activityHours(x), 0);
    expect(top.reduce((t, r) => t + r.previousPlan, 0)).toBeCloseTo(prevPlan, 6);
    expect(top.reduce((t, r) => t + r.previousActual, 0)).toBe(640);
    for (const r of [...y.byTheme, ...y.byDomain])
      expect(r.shift).toBeCloseTo(r.plan - r.previousPlan, 6);
    expect(y.byDomain.reduce((t, r) => t + r.previousActual, 0)).toBe(640);
  });

  it('coverage: every year of the MJP, theme × domain × year, a focus counting its themes', () => {
    const cov = y.coverage;
    expect(cov.years).toEqual([2025, 2026, 2027, 2028]);
    expect(cov.yearsWithProgramme).toEqual([2025, 2026]);
    const focus = cov.themes.find((t) => t.depth === 0)!.theme;
    const kids = cov.themes.filter((t) => t.theme.parentId === focus.id);
    for (const d of cov.domains) {
      const sumKids = kids.reduce((t, k) => t + cov.cell(k.theme.id, d.id, 2026).hours, 0);
      const direct = current.activities
        .filter((x) => countsForCapacity(x) && x.primaryThemeId === focus.id && x.domainId === d.id)
        .reduce((t, x) => t + activityHours(x), 0);
      expect(cov.cell(focus.id, d.id, 2026).hours).toBeCloseTo(sumKids + direct, 6);
    }
    const total2026 = cov.themes
      .filter((t) => t.depth === 0)
      .reduce((t, r) => t + cov.themeYear(r.theme.id, 2026).hours, 0);
    expect(total2026).toBeCloseTo(
      current.activities.filter(countsForCapacity).reduce((t, x) => t + activityHours(x), 0),
      6,
    );
    expect(cov.themeYear(focus.id, 2028)).toEqual({ hours: 0, count: 0 });
    expect(
      cov.themeYear(focus.id, 2025).count +
        cov.themeYear(
          cov.themes.find((t) => t.depth === 0 && t.theme.id !== focus.id)!.theme.id,
          2025,
        ).count,
    ).toBe(previous.activities.filter(countsForCapacity).length);
  });

  it('without last year: nothing carried or dropped, all new', () => {
    const s = demoSnapshot();
    const none = yearOverYear(inputOf(s, null));
    expect(none.previousYear).toBeNull();
    expect(none.carried).toEqual([]);
    expect(none.dropped).toEqual([]);
    expect(none.added).toHaveLength(s.activities.length);
  });

  it('the life-cycle demo: 2027 carries 2026 forward through carriedFromId', () => {
    const data = createDemoLifeCycle();
    const n = snapshotOf(data, 'wp-2027')!;
    const prev = snapshotOf(data, 'wp-2026')!;
    const yy = yearOverYear(
      inputOf(n, { programme: prev.programme, activities: prev.activities, realisations: [] }),
    );
    const carriedIds = n.activities.filter((x) => x.carriedFromId !== null).length;
    expect(yy.carried).toHaveLength(carriedIds);
    expect(yy.dropped).toHaveLength(
      prev.activities.length - new Set(yy.carried.map((x) => x.fromId)).size,
    );
  });
});
