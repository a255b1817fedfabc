import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import type { Realisation } from '../domain/realisation';
import { translate } from '../i18n/translate';
import { parseCsv } from './csv-read';
import {
  applyFieldMappings,
  guessMapping,
  mappingProblem,
  parsePeriod,
  readRealisationRows,
  realisationRows,
  restoreMapping,
  savedMapping,
  sourceKey,
  splitHeader,
  type FieldMapping,
} from './realisation-mapping';

const demo = createDemoData();
const programme = demo.programmes[0]!;
const context = { year: programme.year, activities: demo.activities, teams: demo.teams };
const [a1, a2] = demo.activities;
const [t1, t2] = demo.teams;

/** Reads a CSV text through the whole mapping step with the mapping guessed (or given). */
function run(text: string, mapping?: FieldMapping) {
  const read = parseCsv(text);
  if (!read.ok) throw new Error('not CSV');
  const { headers, data } = splitHeader(read.value.rows);
  const used = mapping ?? guessMapping(headers);
  return readRealisationRows(applyFieldMappings(data, used), used, headers, context);
}

describe('the realisation mapping step (issue 13)', () => {
  it('guesses the columns of a time registration from their headers', () => {
    expect(
      guessMapping([
        'Projectcode',
        'Omschrijving',
        'Afdeling',
        'Boekperiode',
        'Aantal uren',
        'Bedrag (€)',
      ]),
    ).toEqual({ activity: 0, team: 2, period: 3, hours: 4, cost: 5 });
    expect(guessMapping(['Activiteit', 'Team', 'Maand', 'Uren'])).toEqual({
      activity: 0,
      team: 1,
      period: 2,
      hours: 3,
      cost: null,
    });
  });

  it('remembers a mapping per source by header, so moved columns are still found', () => {
    const headers = ['Activiteit', 'Team', 'Maand', 'Uren'];
    const saved = savedMapping(headers, { activity: 0, team: 1, period: 2, hours: 3, cost: null });
    const moved = ['Uren', 'Maand', 'Activiteit', 'Team'];
    expect(restoreMapping(moved, JSON.parse(JSON.stringify(saved)))).toEqual({
      activity: 2,
      team: 3,
      period: 1,
      hours: 0,
      cost: null,
    });
    expect(restoreMapping(['Activiteit', 'Uren'], saved)).toBeNull();
    expect(restoreMapping(headers, 'rommel')).toBeNull();
    expect(sourceKey(['Activiteit ', 'UREN'])).toBe(sourceKey(['activiteit', 'uren']));
    expect(sourceKey(['a', 'b'])).not.toBe(sourceKey(['a', 'c']));
  });

  it('refuses a mapping without activity, period or any amount, or a column used twice', () => {
    const full = { activity: 0, team: null, period: 1, hours: 2, cost: null };
    expect(mappingProblem(full)).toBeNull();
    expect(mappingProblem({ ...full, activity: null })?.key).toBe('realisation.needActivity');
    expect(mappingProblem({ ...full, period: null })?.key).toBe('realisation.needPeriod');
    expect(mappingProblem({ ...full, hours: null })?.key).toBe('realisation.needAmount');
    expect(mappingProblem({ ...full, cost: 2 })?.key).toBe('realisation.columnTwice');
  });

  it('reads the periods people write', () => {
    const cases: [string, string | null][] = [
      ['2026-03', '2026-03'],
      ['2026/3', '2026-03'],
      ['03-2026', '2026-03'],
      ['3/2026', '2026-03'],
      ['15-03-2026', '2026-03'],
      ['2026-03-15', '2026-03'],
      ['2026-03-15T00:00:00.000Z', '2026-03'],
      ['maart 2026', '2026-03'],
      ['Mrt 2026', '2026-03'],
      ['okt', '2026-10'],
      ['P03', '2026-03'],
      ['periode 12', '2026-12'],
      ['7', '2026-07'],
      ['13', null],
      ['2026-13', null],
      ['morgen', null],
    ];
    for (const [cell, month] of cases) expect(parsePeriod(cell, 2026), cell).toBe(month);
  });

  it('matches activities by code, title or id and teams by name, summing per activity, team and month', () => {
    const text = [
      'Activiteit;Team;Periode;Uren;Kosten',
      `${a1!.title.toUpperCase()};${t1!.name};2026-03;1.234,5;€ 1.000,00`,
      `${a1!.id};${t1!.name};maart 2026;0,5;`,
      `${a2!.title};;2026-04;8;12,34`,
    ].join('\r\n');
    const { drafts, problems } = run(text);
    expect(problems).toEqual([]);
    expect(drafts).toEqual([
      { activityId: a1!.id, teamId: t1!.id, month: '2026-03', hours: 1235, costCents: 100000 },
      { activityId: a2!.id, teamId: null, month: '2026-04', hours: 8, costCents: 1234 },
    ]);
  });

  it('lists every row that cannot be read or matched, with row number, column and reason, and reads nothing', () => {
    const text = [
      'Activiteit;Team;Periode;Uren',
      `${a1!.title};${t1!.name};2026-03;8`,
      '',
      `Bestaat niet;${t1!.name};2026-03;8`,
      `${a1!.title};Team Onbekend;2025-12;acht`,
      `${a1!.title};${t2!.name};2026-05;-3`,
    ].join('\r\n');
    const { drafts, problems } = run(text);
    expect(drafts).toEqual([]);
    const said = problems.map(
      (p) => `${p.row} ${p.column}: ${translate(p.reason.key, p.reason.params)}`,
    );
    expect(said).toEqual([
      '4 Activiteit: „Bestaat niet” is geen activiteit van dit programma (code of titel)',
      '5 Team: „Team Onbekend” is geen team van deze organisatie',
      '5 Periode: „2025-12” valt buiten het programmajaar 2026',
      '5 Uren: „acht” is geen getal (bijvoorbeeld 1.234,5)',
      '6 Uren: „-3”: uren kunnen niet negatief zijn',
    ]);
  });

  it('writes each place once: a row already there keeps its id and takes the new figures', () => {
    const existing = [
      {
        id: 'r-old',
        programmeId: programme.id,
        activityId: a1!.id,
        teamId: t1!.id,
        month: '2026-03',
        hours: 4,
        costCents: 0,
        source: 'oud.csv',
      },
    ] as unknown as Realisation[];
    let n = 0;
    const rows = realisationRows(
      existing,
      [
        {
          activityId: a1!.id,
          teamId: t1!.id,
          month: '2026-03' as never,
          hours: 7.1 + 0.2,
          costCents: 5,
        },
        { activityId: a2!.id, teamId: null, month: '2026-04' as never, hours: 8, costCents: 0 },
      ],
      programme.id,
      'uren.csv',
      () => `r-new-${++n}`,
    );
    expect(rows.map((r) => [r.before?.id ?? null, r.after.id, r.after.hours])).toEqual([
      ['r-old', 'r-old', 7.3],
      [null, 'r-new-1', 8],
    ]);
    expect(rows[0]!.after.source).toBe('uren.csv');
  });
});
