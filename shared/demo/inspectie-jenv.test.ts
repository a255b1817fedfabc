import { describe, expect, it } from 'vitest';
import { Activity, Domain, Mjp, Organisation, Programme, Team, Theme } from '../domain/schemas';
import { createDemoData } from './inspectie-jenv';

// Everything here is computed from the demo data. The only literals are the public figures of
// the seeds that the demo must reproduce: the formation 2026 of 149,55 fte (Werkprogramma 2026,
// § 3.3), the budget frame of € 16.228.000 (§ 3.2) and the publication date, 9 oktober 2025.
const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activities = demo.activities.filter((a) => a.programmeId === programme.id);
const find = (pattern: RegExp) => activities.filter((a) => pattern.test(a.title));
const plannedHours = (a: Activity) => a.allocations.reduce((s, x) => s + x.hours, 0);

describe('the Inspectie JenV demo (seeds: Werkprogramma 2026, MJP 2025–2028, Jaarbericht 2025)', () => {
  it('has the 2026 formation of 149,55 fte as the sum of its teams (§ 3.3)', () => {
    const sum = programme.capacity.teams.reduce((s, t) => s + t.formationFte, 0);
    expect(sum).toBeCloseTo(149.55, 10);
    expect(Math.round(sum * 100)).toBe(14955);
    expect(new Set(programme.capacity.teams.map((t) => t.teamId))).toEqual(
      new Set(demo.teams.map((t) => t.id)),
    );
  });

  it('staffs every team a little below its formation, hires included', () => {
    for (const t of programme.capacity.teams) {
      const hires = programme.capacity.staffingChanges
        .filter((c) => c.teamId === t.teamId)
        .reduce((s, c) => s + c.fteDelta, 0);
      expect(t.staffedFte).toBeLessThan(t.formationFte);
      expect(t.staffedFte + hires).toBeLessThanOrEqual(t.formationFte);
    }
  });

  it('has the budget frame 2026 of € 16.228.000 (§ 3.2) as a concept (the life-cycle demo adopts it)', () => {
    expect(programme.budget.frameCents).toBe(1_622_800_000);
    expect(programme.budget.frameSource).toMatch(/3\.2/);
    expect(programme.adoption).toBeNull();
    expect(programme.illustrative).toBe(true);
  });

  it('is valid against the schemas, entity by entity', () => {
    expect(() => Organisation.parse(demo.organisation)).not.toThrow();
    for (const m of demo.mjps) expect(() => Mjp.parse(m)).not.toThrow();
    for (const t of demo.themes) expect(() => Theme.parse(t)).not.toThrow();
    for (const d of demo.domains) expect(() => Domain.parse(d)).not.toThrow();
    for (const t of demo.teams) expect(() => Team.parse(t)).not.toThrow();
    for (const p of demo.programmes) expect(() => Programme.parse(p)).not.toThrow();
    for (const a of demo.activities) expect(() => Activity.parse(a)).not.toThrow();
  });

  it('has an MJP tree for the programme: foci with themes under them', () => {
    expect(demo.mjps.some((m) => m.id === programme.mjpId)).toBe(true);
    const themes = demo.themes.filter((t) => t.mjpId === programme.mjpId);
    const ids = new Set(themes.map((t) => t.id));
    const roots = themes.filter((t) => t.parentId === null);
    expect(roots.length).toBeGreaterThanOrEqual(2);
    for (const r of roots) expect(themes.some((t) => t.parentId === r.id)).toBe(true);
    for (const t of themes) if (t.parentId !== null) expect(ids.has(t.parentId)).toBe(true);
    for (const t of themes) expect(t.description.length).toBeGreaterThan(0);
  });

  it('places every activity on themes of the programme’s MJP, a known domain and known teams', () => {
    const themeIds = new Set(
      demo.themes.filter((t) => t.mjpId === programme.mjpId).map((t) => t.id),
    );
    const domainIds = new Set(demo.domains.map((d) => d.id));
    const teamIds = new Set(demo.teams.map((t) => t.id));
    for (const a of activities) {
      expect(themeIds.has(a.primaryThemeId)).toBe(true);
      for (const s of a.secondaryThemeIds) expect(themeIds.has(s)).toBe(true);
      expect(a.secondaryThemeIds).not.toContain(a.primaryThemeId);
      expect(domainIds.has(a.domainId)).toBe(true);
      expect(a.allocations.length).toBeGreaterThan(0);
      for (const x of a.allocations) expect(teamIds.has(x.teamId)).toBe(true);
    }
  });

  it('announces about thirty activities, with unique ids, each with its section in the seed', () => {
    expect(activities.length).toBeGreaterThanOrEqual(28);
    expect(new Set(demo.activities.map((a) => a.id)).size).toBe(demo.activities.length);
    for (const a of activities) expect(a.sourceRef.trim()).not.toBe('');
  });

  it('runs every activity within the programme year, start before end', () => {
    const year = String(programme.year);
    for (const a of activities) {
      expect(a.endMonth >= a.startMonth).toBe(true);
      expect(a.startMonth.startsWith(year)).toBe(true);
      expect(a.endMonth.startsWith(year)).toBe(true);
      for (const o of a.outputs)
        if (o.plannedMonth) expect(o.plannedMonth.startsWith(year)).toBe(true);
    }
  });

  it('scores every activity on every criterion of the risk scheme, within its scale', () => {
    for (const a of activities)
      for (const c of programme.riskScheme.criteria) {
        const score = a.risk[c.id];
        expect(score).toBeDefined();
        expect(score).toBeGreaterThanOrEqual(c.min);
        expect(score).toBeLessThanOrEqual(c.max);
      }
  });

  it('makes the asylum pact funding-conditional, from mid 2026 (§ 1.3.1, § 2.5)', () => {
    const pact = find(/asielpact|migratie- en asielpact/i);
    expect(pact).toHaveLength(1);
    expect(pact[0]!.fundingConditional).toBe(true);
    expect(pact[0]!.fundingConfirmed).toBe(false);
    expect(pact[0]!.startMonth >= `${programme.year}-06`).toBe(true);
    // Nothing else in the seed is "onder voorbehoud van voldoende middelen".
    expect(activities.filter((a) => a.fundingConditional)).toHaveLength(1);
  });

  it('marks the flags the seed gives: statutory tasks with their legal basis, carry-overs', () => {
    const hack = find(/hackbevoegdheid/i);
    expect(hack).toHaveLength(1);
    expect(hack[0]!.commitment).toBe('wettelijk');
    for (const a of activities.filter((x) => x.commitment !== 'discretionair'))
      expect(a.legalBasis.trim()).not.toBe('');
    for (const a of activities.filter((x) => x.commitment === 'discretionair'))
      expect(a.legalBasis).toBe('');
    for (const a of find(/enkelband|c2000|dv&o/i)) expect(a.origin).toBe('loopt-door');
    expect(activities.filter((a) => a.origin === 'loopt-door').length).toBeGreaterThanOrEqual(4);
  });

  it('plans between 55% and 75% of the gross hours of the formation', () => {
    const formation = programme.capacity.teams.reduce((s, t) => s + t.formationFte, 0);
    const gross = formation * programme.capacity.productiveHoursPerFte;
    const planned = activities.reduce((s, a) => s + plannedHours(a), 0);
    expect(planned / gross).toBeGreaterThanOrEqual(0.55);
    expect(planned / gross).toBeLessThanOrEqual(0.75);
  });

  it('is the same every time (no clock, no randomness)', () => {
    expect(createDemoData()).toEqual(demo);
    expect(JSON.stringify(createDemoData())).toBe(JSON.stringify(demo));
  });
});
