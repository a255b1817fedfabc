import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleV3ToV4, bundleV4ToV5, bundleV5ToV6 } from './migrations';
import { CURRENT_FORMAT_VERSION, readProgrammeFile, ProgrammeBundle } from './programme-file';
import { versionSnapshot } from './version-content';

/** Files as released Koers versions wrote them (the demo); never rewritten. */
const FIXTURES = {
  2: 'tests/fixtures/files/v002-demo.koers.json',
  3: 'tests/fixtures/files/v003-demo.koers.json',
  4: 'tests/fixtures/files/v004-demo.koers.json',
  5: 'tests/fixtures/files/v005-demo.koers.json',
} as const;

const fixture = (version: keyof typeof FIXTURES): string => {
  expect(existsSync(FIXTURES[version]), `missing ${FIXTURES[version]}`).toBe(true);
  return readFileSync(FIXTURES[version], 'utf8');
};

/** A version 3 bundle as today's format holds it: the documented steps, then the schema. */
const asV4 = (bundle: unknown): ProgrammeBundle =>
  ProgrammeBundle.parse(
    bundleV5ToV6(bundleV4ToV5(bundleV3ToV4(bundle as Record<string, unknown>))),
  );

describe('programme file migrations', () => {
  it('has a fixture of every released format before the current one', () => {
    expect(CURRENT_FORMAT_VERSION).toBe(6);
    for (const v of [2, 3, 4, 5] as const)
      expect((JSON.parse(fixture(v)) as { formatVersion: number }).formatVersion).toBe(v);
  });

  it('reads a version 2 file (one organisation under `data`) as a list of one', () => {
    const text = fixture(2);
    const raw = JSON.parse(text) as { data: unknown };
    const read = readProgrammeFile('v002-demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toHaveLength(1);
    // Every row of the version 2 file arrives, changed only as the version 4 step says.
    expect(read.value[0]).toEqual(asV4(raw.data));
    expect(read.value[0]!.activities.length).toBeGreaterThan(30);
  });

  it('reads a version 3 file: outputs get ids, a publication date becomes an adopted version', () => {
    const text = fixture(3);
    const raw = JSON.parse(text) as {
      organisations: { programmes: { id: string; publishedOn: string | null }[] }[];
    };
    const read = readProgrammeFile('v003-demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const bundle = read.value[0]!;
    expect(bundle).toEqual(asV4(raw.organisations[0]));
    const old = raw.organisations[0]!.programmes[0]!;
    const programme = bundle.programmes.find((p) => p.id === old.id)!;
    expect(programme.adoption?.on).toBe(old.publishedOn);
    const version = bundle.versions.find((v) => v.id === programme.adoption?.versionId)!;
    // The adopted version reads back as the programme the file held.
    const snapshot = versionSnapshot(version);
    expect(snapshot.ok).toBe(true);
    if (!snapshot.ok) return;
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect([...snapshot.value.activities].sort(byId)).toEqual(
      bundle.activities.filter((a) => a.programmeId === programme.id).sort(byId),
    );
    for (const a of bundle.activities)
      expect(a.outputs.map((o) => o.id)).toEqual(a.outputs.map((_, i) => `o${i + 1}`));
  });

  it('reads a version 1 file through versions 2 and 3 into version 4', () => {
    const v1 = JSON.parse(fixture(2)) as {
      formatVersion: number;
      data: { programmes: Record<string, unknown>[]; activities: Record<string, unknown>[] };
    };
    v1.formatVersion = 1;
    for (const p of v1.data.programmes) {
      delete (p.budget as Record<string, unknown>).costModel;
      delete (p.capacity as Record<string, unknown>).deductions;
      delete (p.capacity as Record<string, unknown>).staffingChanges;
    }
    for (const a of v1.data.activities) {
      delete a.force;
      delete a.fundingCents;
    }
    const read = readProgrammeFile('v1.koers.json', JSON.stringify(v1));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toHaveLength(1);
    expect(read.value[0]!.programmes[0]!.budget.costModel).toBeNull();
    expect(read.value[0]!.programmes[0]!.capacity.deductions).toEqual([]);
    expect(read.value[0]!.versions).toHaveLength(1);
  });

  it('reads a version 4 file: every row as it was, with no scenarios, decisions, comments or realisations', () => {
    const text = fixture(4);
    const raw = JSON.parse(text) as { organisations: Record<string, unknown>[] };
    const read = readProgrammeFile('v004-demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const bundle = read.value[0]!;
    expect(bundle).toEqual(
      ProgrammeBundle.parse({
        ...raw.organisations[0],
        scenarios: [],
        decisions: [],
        comments: [],
        realisations: [],
      }),
    );
    expect(bundle.versions.length).toBeGreaterThan(0);
    expect(bundle.amendments.length).toBeGreaterThan(0);
    expect([bundle.scenarios, bundle.decisions, bundle.comments]).toEqual([[], [], []]);
    expect(bundle.realisations).toEqual([]);
    // The realisation fields read as not yet recorded.
    expect(bundle.activities.every((a) => a.yearEnd === null && a.deviationNote === '')).toBe(true);
    expect(bundle.activities.flatMap((a) => a.outputs).every((o) => o.publishedOn === null)).toBe(
      true,
    );
    expect(bundle.programmes[0]!.deviationThreshold).toEqual({ percent: 10, hours: 40 });
  });

  it('reads a version 5 file: its realisation as it was, no spending, no draws, no carry-over links', () => {
    const text = fixture(5);
    const raw = JSON.parse(text) as { organisations: Record<string, unknown>[] };
    const read = readProgrammeFile('v005-demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const bundle = read.value[0]!;
    expect(bundle).toEqual(ProgrammeBundle.parse(raw.organisations[0]));
    expect(bundle.realisations).toHaveLength(1);
    expect(bundle.activities.some((a) => a.yearEnd?.status === 'afgerond')).toBe(true);
    expect(bundle.activities.some((a) => a.outputs.some((o) => o.publishedOn !== null))).toBe(true);
    expect(bundle.programmes.every((p) => p.spending === null && p.reserveDraws.length === 0)).toBe(
      true,
    );
    expect(bundle.activities.every((a) => a.carriedFromId === null)).toBe(true);
  });
});
