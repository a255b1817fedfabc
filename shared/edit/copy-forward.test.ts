import { effectiveMonth } from '../planning/capacity-bridge';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { Mjp, Theme } from '../domain/schemas';
import { snapshotOf } from '../domain/snapshot';
import { cents, monthKey } from '../domain/units';
import { translate } from '../i18n/translate';
import {
  copyForward,
  copyForwardIds,
  copyForwardPlan,
  defaultCutOff,
  needsMjpMapping,
  type CopyChoices,
} from './copy-forward';

const demo = createDemoData();
const source = snapshotOf(demo)!;
let n = 0;
const newId = () => `n${String((n += 1))}`;
const choices = (over: Partial<CopyChoices> = {}): CopyChoices => ({
  cutOff: monthKey('2026-03'),
  frameCents: cents(1_650_000_000),
  frameSource: 'Ingesteld door de gebruiker',
  carry: copyForwardPlan(source, { cutOff: monthKey('2026-03') })
    .filter((r) => r.byDefault)
    .map((r) => r.activityId),
  mjpId: null,
  themeMap: {},
  ...over,
});

describe('copy-forward on the demo', () => {
  it('carries 25 of the 39 activities of 2026 by default, 75.672 hours, as of March 2026', () => {
    const plan = copyForwardPlan(source, { cutOff: monthKey('2026-03') });
    const carried = plan.filter((r) => r.byDefault);
    expect([plan.length, carried.length]).toEqual([39, 25]);
    expect(carried.reduce((s, r) => s + r.remainingHours, 0)).toBe(75_672);
    // Everything left behind by default is new in 2026 (the demo has nothing finished yet).
    expect(new Set(plan.filter((r) => !r.byDefault).map((r) => r.reason))).toEqual(
      new Set(['nieuw']),
    );
  });

  it('keeps doorlopend work whole and moves a carry-over’s remaining months to January 2027', () => {
    const plan = copyForwardPlan(source, { cutOff: monthKey('2026-03') });
    const signalering = plan.find((r) => r.activityId === 'act-2026-signalering')!;
    expect([signalering.remainingHours, signalering.startMonth, signalering.endMonth]).toEqual([
      14_000,
      '2027-01',
      '2027-12',
    ]);
    const first = plan.find((r) => r.reason === null && r.endMonth === '2027-10')!;
    expect(first.startMonth).toBe('2027-01');
  });

  it('leaves a finished or cancelled carry-over behind, and one that ended before the cut-off', () => {
    const a = source.activities.find((x) => x.origin === 'loopt-door')!;
    const done = { ...source, activities: [{ ...a, status: 'afgerond' as const }] };
    expect(copyForwardPlan(done, { cutOff: monthKey('2026-03') })[0]!.reason).toBe('afgerond');
    const ended = { ...source, activities: [{ ...a, endMonth: monthKey('2026-04') }] };
    const row = copyForwardPlan(ended, { cutOff: monthKey('2026-12') })[0]!;
    expect([row.byDefault, row.reason, row.remainingHours]).toEqual([false, 'afgelopen', 0]);
  });

  it('makes Werkprogramma 2027 with the frame set and only the staffing changes still ahead', () => {
    const result = copyForward(source, choices(), copyForwardIds(source, newId));
    if (!result.ok) throw new Error(result.error.key);
    const { programme, activities } = result.value;
    expect([programme.name, programme.year, programme.budget.frameCents]).toEqual([
      'Werkprogramma 2027',
      2027,
      1_650_000_000,
    ]);
    expect(programme.budget.frameSource).toBe('Ingesteld door de gebruiker');
    expect(programme.budget.costModel).toEqual(source.programme.budget.costModel);
    // Changes that took effect in 2026 are in the staffed FTE; the rest carry over.
    expect(programme.capacity.staffingChanges.every((s) => effectiveMonth(s) >= '2027-01')).toBe(
      true,
    );
    for (const t of programme.capacity.teams) {
      const old = source.programme.capacity.teams.find((x) => x.teamId === t.teamId)!;
      const inEffect = source.programme.capacity.staffingChanges
        .filter((s) => s.teamId === t.teamId && effectiveMonth(s) < '2027-01')
        .reduce((sum, s) => sum + s.fteDelta, 0);
      expect(t.staffedFte).toBeCloseTo(old.staffedFte + inEffect, 6);
    }
    expect(activities).toHaveLength(25);
    expect(activities.every((a) => a.force === null && a.programmeId === programme.id)).toBe(true);
    // Each carried activity points back at the one it continues; last year's realisation stays.
    const carried = new Set(choices().carry);
    expect(activities.map((a) => a.carriedFromId).sort()).toEqual([...carried].sort());
    expect([programme.spending, programme.reserveDraws]).toEqual([null, []]);
  });

  it('refuses a second 2027 in Dutch, naming the one there is', () => {
    const made = copyForward(source, choices(), copyForwardIds(source, newId));
    if (!made.ok) throw new Error(made.error.key);
    const twice = copyForward(
      { ...source, programmes: [...source.programmes, made.value.programme] },
      choices(),
      copyForwardIds(source, newId),
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok)
      expect(translate(twice.error.key, twice.error.params)).toBe(
        'Er is al een werkprogramma voor 2027: „Werkprogramma 2027”. Kies het in de lijst bovenin in plaats van een nieuw te maken.',
      );
  });

  it('asks for an MJP and a theme mapping beyond the MJP’s period, and drops unmapped themes', () => {
    const late = { ...source, programme: { ...source.programme, year: 2028 } };
    expect(needsMjpMapping(source)).toBe(false);
    expect(needsMjpMapping(late)).toBe(true);
    const refused = copyForward(late, choices({ cutOff: monthKey('2028-03') }), {
      programmeId: 'x',
      activities: {},
    });
    expect(refused.ok ? null : refused.error.key).toBe('copy.mjpNeeded');
    const mjps = [
      ...source.mjps,
      Mjp.parse({
        id: 'mjp-2029',
        organisationId: source.organisation.id,
        name: 'MJP 2029–2032',
        startYear: 2029,
        endYear: 2032,
      }),
    ];
    const theme = Theme.parse({ ...source.themes[0]!, id: 'nieuw-thema', mjpId: 'mjp-2029' });
    const a = source.activities[0]!;
    const withMjp = { ...late, mjps, themes: [...source.themes, theme], activities: [a] };
    const plan = copyForwardPlan(withMjp, { cutOff: monthKey('2028-03'), themeMap: {} });
    expect([plan[0]!.reason, plan[0]!.unmapped]).toEqual(['thema', true]);
    const made = copyForward(
      withMjp,
      choices({
        cutOff: monthKey('2028-03'),
        carry: [a.id],
        mjpId: 'mjp-2029',
        themeMap: { [a.primaryThemeId]: 'nieuw-thema' },
      }),
      copyForwardIds(withMjp, newId),
    );
    if (!made.ok) throw new Error(made.error.key);
    expect(made.value.programme.mjpId).toBe('mjp-2029');
    expect(made.value.activities[0]!.primaryThemeId).toBe('nieuw-thema');
    expect(made.value.activities[0]!.secondaryThemeIds).toEqual([]);
  });

  it('takes this month as the cut-off within the year, else December', () => {
    expect(defaultCutOff(2026, monthKey('2026-03'))).toBe('2026-03');
    expect(defaultCutOff(2026, monthKey('2027-02'))).toBe('2026-12');
    // Making 2028 from 2027 in November 2026: nothing of 2027 is done yet.
    expect(defaultCutOff(2027, monthKey('2026-11'))).toBe('2027-01');
  });
});
