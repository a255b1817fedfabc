import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { Realisation } from '../domain/realisation';
import { translate } from '../i18n/translate';
import { readProgrammeFile, writeProgrammeFile, type ProgrammeBundle } from './programme-file';

const META = { kind: 'uitwisseling', exportedAt: '2026-01-15T09:00:00Z', appVersion: 't' } as const;

/** The demo with a realisation recorded on one activity, one output published and a row. */
function realisedDemo(): ProgrammeBundle {
  const demo = createDemoData();
  const programme = demo.programmes[0]!;
  const k = demo.activities.findIndex((a) => a.outputs.length > 0);
  const a = demo.activities[k]!;
  const activities = [...demo.activities];
  activities[k] = {
    ...a,
    yearEnd: { status: 'samengevoegd', reason: 'Opgegaan in het onderzoek naar de keten' },
    deviationNote: 'Minder uren: samengevoegd in april',
    outputs: a.outputs.map((o, i) =>
      i === 0
        ? {
            ...o,
            publishedOn: '2026-04-16' as typeof o.publishedOn,
            publishedTitle: 'Bijdrage Hoofdlijnen café',
          }
        : o,
    ),
  };
  return {
    ...demo,
    organisation: demo.organisation,
    programmes: [{ ...programme, deviationThreshold: { percent: 15, hours: 80 } }],
    activities,
    realisations: [
      Realisation.parse({
        id: 'r1',
        programmeId: programme.id,
        activityId: a.id,
        teamId: demo.teams[0]!.id,
        month: '2026-02',
        hours: 12.25,
        costCents: 99950,
        source: 'uren.csv',
      }),
    ],
  } as ProgrammeBundle;
}

describe('realisation fields in the programme file (issue 13)', () => {
  it('survive writing and reading: year-end status, explanation, publication, threshold, rows', () => {
    const bundle = realisedDemo();
    const read = readProgrammeFile('r.koers.json', writeProgrammeFile([bundle], META));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value[0]).toEqual(bundle);
    const a = read.value[0]!.activities.find((x) => x.yearEnd !== null)!;
    expect(a.yearEnd?.status).toBe('samengevoegd');
    expect(a.outputs[0]!.publishedOn).toBe('2026-04-16');
    expect(read.value[0]!.realisations[0]!.hours).toBe(12.25);
    expect(read.value[0]!.programmes[0]!.deviationThreshold).toEqual({ percent: 15, hours: 80 });
  });

  it('refuses a realisation field it does not know, naming where, instead of dropping it', () => {
    const file = JSON.parse(writeProgrammeFile([realisedDemo()], META)) as {
      organisations: {
        programmes: Record<string, unknown>[];
        activities: { outputs: Record<string, unknown>[] }[];
      }[];
    };
    const org = file.organisations[0]!;
    const k = org.activities.findIndex((a) => a.outputs.length > 0);
    org.activities[k]!.outputs[0]!['verschenenOp'] = '2026-04-16';
    const read = readProgrammeFile('r.koers.json', JSON.stringify(file));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const text = translate(read.error.key, read.error.params);
    expect(text).toContain('product 1');

    const file3 = JSON.parse(writeProgrammeFile([realisedDemo()], META)) as {
      organisations: { activities: { allocations: Record<string, unknown>[] }[] }[];
    };
    const j = file3.organisations[0]!.activities.findIndex((a) => a.allocations.length > 0);
    file3.organisations[0]!.activities[j]!.allocations[0]!['realisedHours'] = 12;
    const read3 = readProgrammeFile('r.koers.json', JSON.stringify(file3));
    expect(read3.ok).toBe(false);

    const file2 = JSON.parse(writeProgrammeFile([realisedDemo()], META)) as typeof file;
    file2.organisations[0]!.programmes[0]!['realisatie'] = { kader: 1 };
    const read2 = readProgrammeFile('r.koers.json', JSON.stringify(file2));
    expect(read2.ok).toBe(false);
  });

  it('refuses a realisation row with an unknown year-end status or negative hours', () => {
    const bundle = realisedDemo();
    const bad = JSON.parse(writeProgrammeFile([bundle], META)) as {
      organisations: { realisations: Record<string, unknown>[] }[];
    };
    bad.organisations[0]!.realisations[0]!['hours'] = -3;
    expect(readProgrammeFile('r.koers.json', JSON.stringify(bad)).ok).toBe(false);
  });
});
