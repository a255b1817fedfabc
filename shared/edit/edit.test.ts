import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { newActivity, withForce, withSecondaryTheme } from './activity';
import { deleteRefusal, newTheme, withTeamLine, withoutTeamLine } from './organisation';
import { withMixShare, withSchemeRatio, withTeamCapacity } from './programme';
import { defaultCostModel } from '../budget/defaults';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const context = { programme, themes: demo.themes, domains: demo.domains };
const own = demo.themes.filter((t) => t.mjpId === programme.mjpId);

describe('activity edits', () => {
  it('starts a new activity from the filters it is given, in the programme and its year', () => {
    const theme = own.at(-1)!;
    const domain = demo.domains.at(-1)!;
    const a = newActivity(context, 'nieuw', {
      primaryThemeId: theme.id,
      domainId: domain.id,
      kind: 'incidentonderzoek',
      status: 'gepland',
    })!;
    expect([a.id, a.programmeId, a.primaryThemeId, a.domainId]).toEqual([
      'nieuw',
      programme.id,
      theme.id,
      domain.id,
    ]);
    expect([a.kind, a.status, a.startMonth, a.endMonth]).toEqual([
      'incidentonderzoek',
      'gepland',
      `${String(programme.year)}-01`,
      `${String(programme.year)}-12`,
    ]);
  });

  it('ignores ids that do not exist, and makes nothing without a theme or a domain', () => {
    const a = newActivity(context, 'nieuw', { primaryThemeId: 'weg', domainId: 'weg' })!;
    expect([a.primaryThemeId, a.domainId]).toEqual([own[0]!.id, demo.domains[0]!.id]);
    expect(newActivity({ ...context, domains: [] }, 'nieuw')).toBeNull();
    expect(newActivity({ ...context, themes: [] }, 'nieuw')).toBeNull();
  });

  it('ticks a secondary theme once and unticks it; a force leaves funding unless confirmed', () => {
    const a = demo.activities[0]!;
    const theme = own[1]!.id;
    const on = withSecondaryTheme(withSecondaryTheme(a, theme, true), theme, true);
    expect(on.secondaryThemeIds.filter((x) => x === theme)).toHaveLength(1);
    expect(withSecondaryTheme(on, theme, false).secondaryThemeIds).not.toContain(theme);
    const forced = withForce({ ...a, fundingConfirmed: false }, { mode: 'in', reason: 'r' }, false);
    expect([forced.force, forced.fundingConfirmed]).toEqual([{ mode: 'in', reason: 'r' }, false]);
    expect(withForce(forced, undefined, true)).toMatchObject({
      force: forced.force,
      fundingConfirmed: true,
    });
  });
});

describe('organisation edits', () => {
  it('refuses to delete a team still in use, in Dutch, unless only ignored sites hold it', () => {
    const team = demo.teams[0]!;
    expect(deleteRefusal(demo, 'team', team.id, team.name)?.key).toBe('validation.inUseWhere');
    expect(deleteRefusal(demo, 'team', 'niet-gebruikt', 'Los team')).toBeNull();
    const linesOnly = {
      ...demo,
      activities: [],
      programmes: demo.programmes.map((p) => ({
        ...p,
        capacity: { ...p.capacity, deductions: [], staffingChanges: [] },
        budget: { ...p.budget, costModel: null },
      })),
    };
    expect(
      deleteRefusal(linesOnly, 'team', team.id, team.name, (s) => s === 'capacity'),
    ).toBeNull();
  });

  it('adds and removes a team line; a new theme goes after its siblings', () => {
    const added = withTeamLine(programme, 'nieuw-team');
    expect(added.capacity.teams.at(-1)).toEqual({
      teamId: 'nieuw-team',
      formationFte: 0,
      staffedFte: 0,
    });
    expect(withoutTeamLine(added, 'nieuw-team')).toEqual(programme);
    const focus = own.find((t) => t.parentId === null)!;
    const siblings = own.filter((t) => t.parentId === focus.id);
    const theme = newTheme(programme.mjpId, demo.themes, focus.id, 't');
    expect(theme.order).toBe(Math.max(0, ...siblings.map((s) => s.order)) + 1);
    expect(theme.name).toBe('Nieuw thema');
  });
});

describe('programme edits', () => {
  it('sets a team capacity, a ratio in either order, and a scale share (0 removes it)', () => {
    const team = programme.capacity.teams[0]!.teamId;
    const p = withTeamCapacity(programme, team, 'staffedFte', 3.5);
    expect(p.capacity.teams.find((t) => t.teamId === team)?.staffedFte).toBe(3.5);
    expect(withTeamCapacity(programme, 'x', 'formationFte', 2).capacity.teams.at(-1)).toEqual({
      teamId: 'x',
      formationFte: 2,
      staffedFte: 0,
    });
    const r1 = withSchemeRatio(programme, 'a', 'b', 3);
    const r2 = withSchemeRatio(r1, 'b', 'a', 2);
    expect(r2.riskScheme.comparisons.filter((c) => [c.a, c.b].sort().join() === 'a,b')).toEqual([
      { a: 'b', b: 'a', ratio: 2 },
    ]);
    const withModel = {
      ...programme,
      budget: { ...programme.budget, costModel: defaultCostModel() },
    };
    const set = withMixShare(withModel, team, 11, 0.5);
    expect(set.budget.costModel?.teamMix.find((m) => m.teamId === team)?.mix).toContainEqual({
      scale: 11,
      share: 0.5,
    });
    const gone = withMixShare(set, team, 11, 0);
    expect(
      gone.budget.costModel?.teamMix
        .find((m) => m.teamId === team)
        ?.mix.some((m) => m.scale === 11),
    ).not.toBe(true);
    expect(
      withMixShare({ ...programme, budget: { ...programme.budget, costModel: null } }, team, 11, 1),
    ).toEqual({
      ...programme,
      budget: { ...programme.budget, costModel: null },
    });
  });
});
