import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT,
  readProgrammeFile,
  ProgrammeBundle,
} from './programme-file';

const FIXTURE = 'tests/fixtures/files/v002-demo.koers.json';

/** The demo as a version 2 writer wrote it: one organisation under `data`. */
function v2Demo(): string {
  const demo = createDemoData();
  const data = ProgrammeBundle.parse({
    organisation: demo.organisation,
    mjps: demo.mjps,
    themes: demo.themes,
    domains: demo.domains,
    teams: demo.teams,
    programmes: demo.programmes,
    activities: demo.activities,
  });
  const file = {
    format: FORMAT,
    formatVersion: 2,
    kind: 'back-up',
    exportedAt: '2026-03-02T08:00:00.000Z',
    appVersion: '0.1.0',
    data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

describe('programme file migrations', () => {
  it('reads a version 2 file (the demo, written by the version 2 writer) as one organisation', () => {
    // KOERS_WRITE_FIXTURE=1 npx vitest run shared/file/migrations writes the fixture once; a
    // released fixture is never rewritten (it is what a version 2 Koers wrote).
    if (process.env.KOERS_WRITE_FIXTURE === '1' && !existsSync(FIXTURE)) {
      mkdirSync('tests/fixtures/files', { recursive: true });
      writeFileSync(FIXTURE, v2Demo());
    }
    expect(
      existsSync(FIXTURE),
      `missing ${FIXTURE}: KOERS_WRITE_FIXTURE=1 npx vitest run shared/file/migrations`,
    ).toBe(true);
    const text = readFileSync(FIXTURE, 'utf8');
    const raw = JSON.parse(text) as { formatVersion: number; data: ProgrammeBundle };
    expect(raw.formatVersion).toBe(2);
    expect(CURRENT_FORMAT_VERSION).toBeGreaterThan(2);
    const read = readProgrammeFile('v002-demo.koers.json', text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toHaveLength(1);
    // Every row of the version 2 file arrives unchanged.
    expect(read.value[0]).toEqual(ProgrammeBundle.parse(raw.data));
    expect(read.value[0]!.activities.length).toBeGreaterThan(30);
  });

  it('reads a version 1 file through version 2 into version 3', () => {
    const v1 = JSON.parse(v2Demo()) as {
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
  });
});
