import { describe, expect, it } from 'vitest';
import { createDemoData } from './inspectie-jenv';
import { createDemoLifeCycle, DEMO_ADOPTED_VERSION } from './life-cycle';
import { readProgrammeFile, writeProgrammeFile } from '../file/programme-file';
import { versionSnapshot } from '../file/version-content';
import { applyFields } from '../delta/delta';
import type { Activity } from '../domain/schemas';
import { withCarryOvers } from './year-2025';

const demo = createDemoLifeCycle();
// The 2026 programme as written from the seeds, its carry-overs pointing back to 2025 (the life
// cycle holds 2025 too: shared/demo/year-2025.ts).
const concept = createDemoData();
const base = { ...concept, activities: withCarryOvers(concept.activities) };
const p2026 = demo.programmes.find((p) => p.year === 2026)!;
// The 2026 amendment log (2025 has its own: the incident investigations added that year).
const amendments2026 = demo.amendments.filter((a) => a.programmeId === p2026.id);

describe('the demo through its life cycle', () => {
  it('holds 2026 adopted on 9 oktober 2025, with the version as the programme then was', () => {
    expect(p2026.adoption).toEqual({ versionId: DEMO_ADOPTED_VERSION, on: '2025-10-09' });
    const version = demo.versions.find((v) => v.id === DEMO_ADOPTED_VERSION)!;
    const read = versionSnapshot(version);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const byId = (a: Activity, b: Activity) => (a.id < b.id ? -1 : 1);
    expect([...read.value.activities].sort(byId)).toEqual([...base.activities].sort(byId));
  });

  it('has a short amendment log whose changes lead from the version to the programme now', () => {
    expect(amendments2026.length).toBeGreaterThanOrEqual(3);
    const reasons = new Set(amendments2026.map((a) => a.reason));
    expect(reasons.size).toBe(amendments2026.length);
    // Replaying the log on the adopted activities gives the activities of now.
    let rows = new Map(base.activities.map((a) => [a.id as string, a as unknown]));
    for (const amendment of [...amendments2026].sort((a, b) => (a.at < b.at ? -1 : 1))) {
      expect(amendment.versionId).toBe(DEMO_ADOPTED_VERSION);
      for (const c of amendment.changes) {
        const now = rows.get(c.key) ?? null;
        if (c.op === 'update') rows.set(c.key, applyFields(now, c.fields));
        else if (c.op === 'delete') rows.delete(c.key);
        else
          rows.set(
            c.key,
            demo.activities.find((a) => a.id === c.key),
          );
      }
    }
    rows = new Map([...rows].filter(([, v]) => v !== undefined));
    const now = new Map(
      demo.activities.filter((a) => a.programmeId === p2026.id).map((a) => [a.id as string, a]),
    );
    expect(new Map([...rows].sort())).toEqual(new Map([...now].sort()));
  });

  it('holds a concept 2027 made from 2026 by the copy-forward, illustrative', () => {
    const p2027 = demo.programmes.find((p) => p.year === 2027)!;
    expect(p2027.adoption).toBeNull();
    expect(p2027.illustrative).toBe(true);
    const carried = demo.activities.filter((a) => a.programmeId === p2027.id);
    expect(carried.length).toBeGreaterThan(10);
    for (const a of carried) expect(a.startMonth >= '2027-01').toBe(true);
    // The activity postponed and the one cancelled after adoption stay behind.
    const titles = new Set(carried.map((a) => a.title));
    const left = (id: string) => demo.activities.find((a) => a.id === id)!.title;
    expect(titles.has(left('act-2026-defensie-beschikbaarheid'))).toBe(false);
  });

  it('is a valid programme file, read back unchanged', () => {
    const text = writeProgrammeFile([demo], {
      kind: 'back-up',
      exportedAt: '2026-11-24T10:00:00.000Z',
      appVersion: 'test',
    });
    const read = readProgrammeFile('demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value[0]!.amendments).toEqual(demo.amendments);
    expect(read.value[0]!.versions).toEqual(demo.versions);
  });
});
