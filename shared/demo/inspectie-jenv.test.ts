import { describe, expect, it } from 'vitest';
import { formationFte } from '../domain/programme';
import { createDemoData } from './inspectie-jenv';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const byTitle = (part: string) => activities.find((a) => a.title.toLowerCase().includes(part))!;

describe('the Inspectie JenV demo (seeds: Werkprogramma 2026, MJP 2025–2028)', () => {
  it('has the 2026 formation of 149,55 fte as the sum of its teams (§ 3.3)', () => {
    expect(Math.round(formationFte(programme) * 100)).toBe(14955);
  });

  it('has the budget frame 2026 of € 16.228.000 (§ 3.2) and the publication date 9 oktober 2025', () => {
    expect(programme.budget.frameCents).toBe(1_622_800_000);
    expect(programme.publishedOn).toBe('2025-10-09');
    expect(programme.illustrative).toBe(true);
  });

  it('places every activity on a theme of the programme’s MJP, a known domain and known teams', () => {
    const themeIds = new Set(
      demo.themes.filter((t) => t.mjpId === programme.mjpId).map((t) => t.id),
    );
    const domainIds = new Set(demo.domains.map((d) => d.id));
    const teamIds = new Set(demo.teams.map((t) => t.id));
    for (const a of activities) {
      expect(themeIds.has(a.primaryThemeId)).toBe(true);
      for (const s of a.secondaryThemeIds) expect(themeIds.has(s)).toBe(true);
      expect(domainIds.has(a.domainId)).toBe(true);
      for (const x of a.allocations) expect(teamIds.has(x.teamId)).toBe(true);
      expect(a.sourceRef).not.toBe('');
      expect(a.endMonth >= a.startMonth).toBe(true);
    }
  });

  it('announces about thirty activities, with unique ids', () => {
    expect(activities.length).toBeGreaterThanOrEqual(28);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it('marks the flags the seed gives: statutory, carry-over, funding condition', () => {
    expect(byTitle('hackbevoegdheid').commitment).toBe('wettelijk');
    expect(byTitle('asielgrensprocedure').fundingConditional).toBe(true);
    expect(byTitle('asielgrensprocedure').startMonth).toBe('2026-06');
    expect(byTitle('enkelband').origin).toBe('loopt-door');
    expect(byTitle('c2000').origin).toBe('loopt-door');
    expect(activities.filter((a) => a.origin === 'loopt-door').length).toBeGreaterThanOrEqual(4);
    for (const a of activities.filter((x) => x.commitment !== 'discretionair'))
      expect(a.legalBasis).not.toBe('');
  });

  it('has an MJP tree: foci with themes under them', () => {
    const roots = demo.themes.filter((t) => t.parentId === null);
    expect(roots.length).toBeGreaterThanOrEqual(2);
    for (const r of roots) expect(demo.themes.some((t) => t.parentId === r.id)).toBe(true);
  });

  it('is the same every time (no clock, no randomness)', () => {
    expect(createDemoData()).toEqual(demo);
  });
});
