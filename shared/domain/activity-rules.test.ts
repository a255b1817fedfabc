import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { checkActivity, MAX_ACTIVITY_HOURS, type ActivityContext } from './activity-rules';
import type { Activity } from './schemas';
import { hours, monthKey } from './units';
import { translate } from '../i18n/translate';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activity = demo.activities.find(
  (a) => a.programmeId === programme.id && a.allocations.length > 0,
)!;
const ctx: ActivityContext = {
  programme,
  themes: demo.themes,
  domainIds: new Set(demo.domains.map((d) => d.id)),
  teamIds: new Set(demo.teams.map((t) => t.id)),
  mjpName: (id) => demo.mjps.find((m) => m.id === id)?.name ?? id,
};
const fields = (a: Activity) => checkActivity(a, ctx).map((e) => e.field);

describe('checkActivity', () => {
  it('accepts every demo activity as it is', () => {
    for (const a of demo.activities.filter((x) => x.programmeId === programme.id))
      expect(checkActivity(a, ctx)).toEqual([]);
  });

  it('refuses an empty title', () => {
    expect(fields({ ...activity, title: '   ' })).toContain('title');
  });

  it('says in words what the schema refuses: a text over its limit, a control character', () => {
    const say = (a: Activity, field: string) =>
      checkActivity(a, ctx)
        .filter((e) => e.field === field)
        .map((e) => translate(e.message.key, e.message.params));
    // The editor showed "Deze waarde heeft niet de juiste vorm (description)." here.
    expect(say({ ...activity, description: 'a'.repeat(10_001) }, 'description')).toEqual([
      'Deze tekst is te lang: ten hoogste 10.000 tekens.',
    ]);
    expect(say({ ...activity, sourceRef: 'x'.repeat(101) }, 'sourceRef')).toEqual([
      'Deze tekst is te lang: ten hoogste 100 tekens.',
    ]);
    const control = say({ ...activity, legalBasis: 'Wet\u000bpolitie' }, 'legalBasis');
    expect(control).toHaveLength(1);
    expect(control[0]).toMatch(/^Deze waarde bevat een stuurteken/);
    for (const m of control) expect(m).not.toMatch(/legalBasis|\[/);
  });

  it('refuses an end month before the start month', () => {
    expect(
      fields({ ...activity, startMonth: monthKey('2026-06'), endMonth: monthKey('2026-05') }),
    ).toContain('endMonth');
  });

  it('refuses a theme of another MJP and names both', () => {
    const foreign = demo.themes.find((t) => t.mjpId !== programme.mjpId);
    if (!foreign) return;
    const errors = checkActivity({ ...activity, primaryThemeId: foreign.id }, ctx);
    expect(errors.map((e) => e.field)).toContain('primaryThemeId');
    expect(errors[0]?.message).toMatchObject({
      key: 'validation.themeOtherMjp',
      params: { theme: foreign.name },
    });
  });

  it('refuses unknown domains and teams, negative and absurd hours, out-of-scale scores', () => {
    expect(fields({ ...activity, domainId: 'nope' as Activity['domainId'] })).toContain('domainId');
    const alloc = activity.allocations[0]!;
    expect(
      fields({ ...activity, allocations: [{ ...alloc, teamId: 'nope' as typeof alloc.teamId }] }),
    ).toContain('allocations');
    expect(fields({ ...activity, allocations: [{ ...alloc, hours: hours(-1) }] })).toContain(
      'allocations',
    );
    expect(
      fields({ ...activity, allocations: [{ ...alloc, hours: hours(MAX_ACTIVITY_HOURS + 1) }] }),
    ).toContain('allocations');
    const c = programme.riskScheme.criteria[0]!;
    expect(fields({ ...activity, risk: { ...activity.risk, [c.id]: c.max + 1 } })).toContain(
      'risk',
    );
  });

  it('accepts any hours within bounds and any in-scale scores', () => {
    const c = programme.riskScheme.criteria[0]!;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_ACTIVITY_HOURS }),
        fc.integer({ min: c.min, max: c.max }),
        (h, v) => {
          const a = {
            ...activity,
            allocations: [{ ...activity.allocations[0]!, hours: hours(h) }],
            risk: { ...activity.risk, [c.id]: v },
          };
          expect(checkActivity(a, ctx)).toEqual([]);
        },
      ),
    );
  });
});
