import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf } from '../domain/snapshot';
import type { Activity } from '../domain/schemas';
import { diffValues } from '../delta/delta';
import {
  compareNames,
  describeActivityChange,
  formatSignedHours,
  formatSignedMoney,
} from './compare';
import type { Cents } from '../domain/units';

const demo = snapshotOf(createDemoData())!;
const names = compareNames(demo, demo);
const base = demo.activities.find((a) => a.id === 'act-2026-algoritmen')!;
const kans = (a: Activity): number => (a.risk as Record<string, number>).kans ?? 0;
const describe1 = (after: Activity, before: Activity = base) =>
  describeActivityChange(before, after, diffValues(before, after), names);

describe('describeActivityChange', () => {
  it('writes each changed field in Dutch words with before → after', () => {
    const theme = demo.themes.find((t) => t.id !== base.primaryThemeId && t.parentId !== null)!;
    expect(
      describe1({
        ...base,
        title: 'Algoritmen 2.0',
        startMonth: '2026-04' as Activity['startMonth'],
        materialCents: (base.materialCents + 1_200_000) as Cents,
        primaryThemeId: theme.id,
        kind: 'monitor',
        fundingConditional: !base.fundingConditional,
      }),
    ).toEqual([
      `Titel: „${base.title}” → „Algoritmen 2.0”`,
      expect.stringMatching(/^MJP-thema: .+ → .+$/),
      'Soort activiteit: Thematisch onderzoek → Monitor',
      'Onder voorbehoud van voldoende middelen: nee → ja',
      expect.stringMatching(/^Startmaand: \w+ 2026 → april 2026$/),
      expect.stringMatching(/^Materiële kosten: € [\d.]+ → € [\d.]+$/),
    ]);
  });

  it('names outputs added and removed by kind and title, and a changed one by its field', () => {
    const [first, ...rest] = base.outputs;
    expect(first).toBeDefined();
    const lines = describe1({
      ...base,
      outputs: [
        { ...first!, plannedMonth: '2026-11' as Activity['startMonth'] },
        {
          id: 'o9' as Activity['outputs'][number]['id'],
          kind: 'brief',
          title: 'Kamerbrief',
          plannedMonth: null,
          publishedOn: null,
          publishedTitle: '',
        },
      ],
    });
    expect(lines).toContain('Product toegevoegd: Brief „Kamerbrief”');
    for (const o of rest)
      expect(lines.some((l) => l.startsWith('Product verwijderd:') && l.includes(o.title))).toBe(
        true,
      );
    if (first!.plannedMonth !== '2026-11')
      expect(lines.some((l) => l.includes('Geplande maand') && l.endsWith('november 2026'))).toBe(
        true,
      );
  });

  it('writes risk scores per criterion, neventhema’s and partners by name, and a force', () => {
    const theme = demo.themes.find((t) => !base.secondaryThemeIds.includes(t.id))!;
    const lines = describe1({
      ...base,
      risk: { ...base.risk, kans: kans(base) + 1 } as Activity['risk'],
      secondaryThemeIds: [...base.secondaryThemeIds, theme.id],
      partners: [...base.partners, 'Rijksinspectie Digitale Infrastructuur'],
      force: { mode: 'out', reason: 'Geen capaciteit' },
    });
    expect(lines).toContain(`Risicoscore Kans: ${kans(base)} → ${kans(base) + 1}`);
    expect(lines).toContain(`Neventhema toegevoegd: ${theme.name}`);
    expect(lines).toContain('Partner toegevoegd: Rijksinspectie Digitale Infrastructuur');
    expect(lines).toContain(
      'Erin of eruit gezet: niet erin of eruit gezet → Eruit gezet: Geen capaciteit',
    );
  });

  it('says the spread over the months changed when the team totals stay', () => {
    const before = {
      ...base,
      allocations: [{ teamId: base.allocations[0]!.teamId, month: null, hours: 100 }],
    } as Activity;
    const after = {
      ...base,
      allocations: [
        { teamId: base.allocations[0]!.teamId, month: '2026-01', hours: 50 },
        { teamId: base.allocations[0]!.teamId, month: '2026-02', hours: 50 },
      ],
    } as Activity;
    expect(describe1(after, before)).toEqual(['Verdeling van de uren over de maanden gewijzigd']);
  });

  it('signs shifted hours and money', () => {
    expect(formatSignedHours(200)).toBe('+ 200');
    expect(formatSignedHours(-1363.5)).toBe('− 1.363,5');
    expect(formatSignedHours(0)).toBe('0');
    expect(formatSignedMoney(1_200_000 as Cents)).toBe('+ € 12.000');
    expect(formatSignedMoney(-37_867_500 as Cents)).toBe('− € 378.675');
  });
});
