import { describe, expect, it } from 'vitest';
import { createDemoLifeCycle, DEMO_ADOPTED_VERSION } from '../demo/life-cycle';
import { activityHours } from '../domain/programme';
import type { Activity } from '../domain/schemas';
import { snapshotOf } from '../domain/snapshot';
import { versionSnapshot } from '../file/version-content';
import { plan } from '../planning/plan';
import { demoSnapshot, realisation, withLastYear } from './fixtures.test-helpers';
import { lackingExplanation, measured, planActual, topLevel } from './plan-actual';

const s = demoSnapshot();
const planned = plan(s).planning.planned;
const first = s.activities.find((a) => planned.has(a.id))!;
const team = first.allocations[0]!.teamId;

describe('planActual', () => {
  it('without adoption compares against the programme now and says so', () => {
    const r = planActual({ current: s, adopted: null, realisations: [], previous: null });
    expect(r.basis).toBe('current');
    expect(r.adoptedOn).toBeNull();
    const row = r.activities.find((a) => a.activityId === first.id)!;
    expect(row.hours.plan).toBe(activityHours(first));
    expect(row.hours.actual).toBe(0);
    expect(row.status).toBe('geen-realisatie');
    expect(row.hours.previous).toBeNull();
    expect(r.total.hours.previous).toBeNull();
  });

  it('an activity below the line plans nothing; realised rows count per activity and team', () => {
    const below = s.activities.find((a) => !planned.has(a.id))!;
    const r = planActual({
      current: s,
      adopted: null,
      realisations: [
        realisation(first.id, team, 100, 1_000_000),
        realisation(first.id, null, 30, 250_000, '2026-04'),
        realisation(below.id, team, 8, 80_000),
        realisation('act-gone', team, 5, 50_000),
      ],
      previous: null,
    });
    const row = r.activities.find((a) => a.activityId === first.id)!;
    expect(row.hours.actual).toBe(130);
    expect(row.cost.actual).toBe(1_250_000);
    expect(row.status).toBe('open');
    expect(row.hours.difference).toBe(130 - activityHours(first));
    const b = r.activities.find((a) => a.activityId === below.id)!;
    expect(b.inPlan).toBe(false);
    expect(b.hours.plan).toBe(0);
    expect(b.hours.share).toBeNull();
    expect(r.unmatched).toEqual({ hours: 5, cents: 50_000 });
    // The row without a team goes to the team view's rest group.
    const rest = r.byTeam.find((g) => g.key === '')!;
    expect(rest.hours.actual).toBe(30);
  });

  it('flags a large deviation without explanation, and not once explained', () => {
    const big = realisation(first.id, team, activityHours(first) + 500, 0);
    const r = planActual({ current: s, adopted: null, realisations: [big], previous: null });
    expect(lackingExplanation(r).map((a) => a.activityId)).toEqual([first.id]);
    const explained = {
      ...s,
      activities: s.activities.map((a) =>
        a.id === first.id ? { ...a, deviationNote: 'Extra onderzoek nodig.' } : a,
      ),
    };
    const r2 = planActual({
      current: explained,
      adopted: null,
      realisations: [big],
      previous: null,
    });
    expect(lackingExplanation(r2)).toEqual([]);
    expect(r2.activities.find((a) => a.activityId === first.id)!.large).toBe(true);
  });

  it('the adopted version is the plan: an hour changed after adoption does not change it', () => {
    const data = createDemoLifeCycle();
    const current = snapshotOf(data, 'wp-2026')!;
    const version = data.versions.find((v) => v.id === DEMO_ADOPTED_VERSION)!;
    const adopted = versionSnapshot(version);
    if (!adopted.ok) throw new Error('unreadable');
    const target = adopted.value.activities.find((a) =>
      plan(adopted.value).planning.planned.has(a.id),
    )!;
    const changed = {
      ...current,
      activities: current.activities.map((a): Activity =>
        a.id === target.id
          ? {
              ...a,
              allocations: a.allocations.map((x) => ({
                ...x,
                hours: (x.hours * 3) as typeof x.hours,
              })),
            }
          : a,
      ),
    };
    const r = planActual({
      current: changed,
      adopted: adopted.value,
      realisations: [],
      previous: null,
    });
    expect(r.basis).toBe('adopted');
    expect(r.adoptedOn).toBe('2025-10-09');
    expect(r.activities.find((a) => a.activityId === target.id)!.hours.plan).toBe(
      activityHours(target),
    );
    // The incident investigation added after adoption is listed, with nothing planned.
    const added = r.activities.find((a) => a.activityId === 'act-2026-incident-pi');
    expect(added?.inPlan).toBe(false);
  });

  it('last year: per activity through carriedFromId, per group by name', () => {
    const { current, previous } = withLastYear(s);
    const r = planActual({ current, adopted: null, realisations: [], previous });
    expect(r.previousYear).toBe(2025);
    const [a, b, c] = current.activities as [Activity, Activity, Activity];
    expect(r.activities.find((x) => x.activityId === a.id)!.hours.previous).toBe(600);
    expect(r.activities.find((x) => x.activityId === a.id)!.cost.previous).toBe(6_000_000);
    expect(r.activities.find((x) => x.activityId === b.id)!.hours.previous).toBe(0);
    expect(r.activities.find((x) => x.activityId === c.id)!.hours.previous).toBeNull();
    expect(r.total.hours.previous).toBe(640);
    const domainOfA = r.byDomain.find((g) => g.key === a.domainId)!;
    const expected = a.domainId === c.domainId ? 640 : 600;
    expect(domainOfA.hours.previous).toBe(expected);
    // Themes: the top-level rows hold all of last year's realisation.
    expect(topLevel(r.byTheme).reduce((t, g) => t + (g.hours.previous ?? 0), 0)).toBe(640);
    expect(r.byTeam.find((g) => g.key === '')?.hours.previous).toBe(40);
  });

  it('outputs: planned month against publication date, on time or late', () => {
    const withOutput = s.activities.find((a) => a.outputs.some((o) => o.plannedMonth !== null))!;
    const o = withOutput.outputs.find((x) => x.plannedMonth !== null)!;
    const late = `${String(Number(o.plannedMonth!.slice(0, 4)) + 1)}-01-15`;
    const current = {
      ...s,
      activities: s.activities.map((a) =>
        a.id === withOutput.id
          ? {
              ...a,
              outputs: a.outputs.map((x) =>
                x.id === o.id ? { ...x, publishedOn: late as typeof x.publishedOn } : x,
              ),
            }
          : a,
      ),
    };
    const r = planActual({ current, adopted: null, realisations: [], previous: null });
    const row = r.outputs.find((x) => x.activityId === withOutput.id && x.outputId === o.id)!;
    expect(row.publishedOn).toBe(late);
    expect(row.onTime).toBe(false);
    expect(row.plannedMonth).toBe(o.plannedMonth);
    expect(r.outputs.filter((x) => x.publishedOn === null).every((x) => x.onTime === null)).toBe(
      true,
    );
  });

  it('measured: difference and share', () => {
    expect(measured(80, 70, null)).toEqual({
      plan: 80,
      actual: 70,
      difference: -10,
      share: -0.125,
      previous: null,
    });
    expect(measured(0, 5, 3).share).toBeNull();
  });
});
