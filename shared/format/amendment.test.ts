import { describe, expect, it } from 'vitest';
import type { Theme } from '../domain/schemas';
import type { AmendedRow, Amendment } from '../domain/versions';
import { amendmentsTable } from '../export/amendments-table';
import { toCsv } from '../export/csv';
import {
  amendmentsInReportOrder,
  describeAmendment,
  describeRow,
  groupHeading,
  type AmendmentNames,
} from './amendment';

const NAMES: AmendmentNames = {
  team: (id) => ({ 'team-politie': 'Team Politie', 'team-jeugd': 'Team Jeugd' })[id] ?? null,
  theme: (id) => ({ 'th-digi': 'Digitalisering' })[id] ?? null,
  domain: (id) => ({ 'dom-politie': 'Politie' })[id] ?? null,
};

const update = (fields: AmendedRow['fields']): AmendedRow => ({
  table: 'activities',
  key: 'a1',
  op: 'update',
  fields,
});

/** An amendment with the given parts (the rest fixed). */
function amendment(part: Partial<Record<keyof Amendment, unknown>>): Amendment {
  return {
    id: 'am-1',
    programmeId: 'p-2026',
    versionId: 'v-1',
    on: '2026-03-03',
    at: '2026-03-03T09:30:00.000Z',
    author: 'Anna de Vries',
    reason: 'capaciteitstekort',
    explanation: 'Minder mensen.',
    label: { key: 'history.field', params: { field: 'Uren Team Politie' } },
    activityId: 'a1',
    subject: 'Politie',
    changes: [],
    ...part,
  } as Amendment;
}

describe('an amendment in Dutch words', () => {
  it('says the hours a team lost, whatever shape the allocation change has', () => {
    // One team's hours field.
    expect(
      describeRow(
        update([
          {
            path: ['allocations', { by: 'teamId', id: 'team-politie' }, 'hours'],
            before: 800,
            after: 600,
          },
        ]),
        NAMES,
      ),
    ).toEqual(['Uren Team Politie: 800 → 600']);
    // The whole list (allocations per month): totals per team, unchanged teams left out.
    expect(
      describeRow(
        update([
          {
            path: ['allocations'],
            before: [
              { teamId: 'team-politie', month: '2026-01', hours: 500 },
              { teamId: 'team-politie', month: '2026-02', hours: 500 },
              { teamId: 'team-jeugd', month: null, hours: 100 },
            ],
            after: [
              { teamId: 'team-politie', month: '2026-01', hours: 1200 },
              { teamId: 'team-jeugd', month: null, hours: 100 },
            ],
          },
        ]),
        NAMES,
      ),
    ).toEqual(['Uren Team Politie: 1.000 → 1.200']);
    // A team added.
    expect(
      describeRow(
        update([
          {
            path: ['allocations', { by: 'teamId', id: 'team-jeugd', at: 1 }],
            before: undefined,
            after: { teamId: 'team-jeugd', month: null, hours: 250 },
          },
        ]),
        NAMES,
      ),
    ).toEqual(['Uren Team Jeugd: 0 → 250']);
  });

  it('names fields with the form’s labels and values in Dutch', () => {
    expect(
      describeRow(
        update([
          { path: ['title'], before: 'Oud', after: 'Nieuw' },
          { path: ['status'], before: 'gepland', after: 'uitgesteld' },
          { path: ['externalHireCents'], before: 0, after: 5_000_000 },
          { path: ['endMonth'], before: '2026-06', after: '2026-12' },
          { path: ['domainId'], before: 'dom-politie', after: 'dom-x' },
          { path: ['fundingConfirmed'], before: false, after: true },
        ]),
        NAMES,
      ),
    ).toEqual([
      'Titel: „Oud” → „Nieuw”',
      'Status: Gepland → Uitgesteld',
      'Externe inhuur (€): € 0 → € 50.000',
      'Eindmaand: juni 2026 → december 2026',
      'Toezichtdomein: Politie → dom-x',
      'Middelen zijn toegezegd: nee → ja',
    ]);
  });

  it('says what was added and removed', () => {
    expect(
      describeRow({ table: 'activities', key: 'a9', op: 'insert', fields: [] }, NAMES),
    ).toEqual(['activiteit toegevoegd']);
    expect(
      describeRow({ table: 'activities', key: 'a9', op: 'delete', fields: [] }, NAMES),
    ).toEqual(['activiteit verwijderd']);
    expect(
      describeRow(
        update([
          {
            path: ['outputs', { by: 'id', id: 'o1', at: 0 }],
            before: undefined,
            after: { id: 'o1', kind: 'rapport', title: 'Eindrapport', plannedMonth: null },
          },
        ]),
        NAMES,
      ),
    ).toEqual(['Geplande producten: „Eindrapport” toegevoegd']);
  });

  it('names a field once, leads with any other step’s label, and a programme field by its own name', () => {
    expect(
      describeAmendment(
        amendment({
          label: { key: 'history.field', params: { field: 'Budgettair kader' } },
          activityId: null,
          changes: [
            {
              table: 'programmes',
              key: 'p-2026',
              op: 'update',
              fields: [
                { path: ['budget', 'frameCents'], before: 1_622_800_000, after: 1_600_000_000 },
              ],
            },
          ],
        }),
        NAMES,
      ),
    ).toBe('Budgettair kader (€): € 16.228.000 → € 16.000.000');
    // Another step's label leads: an import names itself before what it changed.
    expect(
      describeAmendment(
        amendment({
          label: { key: 'history.import' },
          changes: [update([{ path: ['title'], before: 'Oud', after: 'Nieuw' }])],
        }),
        NAMES,
      ),
    ).toBe('Programmabestand inlezen: Titel: „Oud” → „Nieuw”');
    expect(
      describeAmendment(
        amendment({
          label: { key: 'history.addActivity' },
          changes: [{ table: 'activities', key: 'a9', op: 'insert', fields: [] }],
        }),
        NAMES,
      ),
    ).toBe('Activiteit toegevoegd');
  });
});

describe('the order of the annual report', () => {
  const themes = [
    { id: 'focus', mjpId: 'm', parentId: null, name: 'Focus', order: 1 },
    { id: 'th-b', mjpId: 'm', parentId: 'focus', name: 'B-thema', order: 2 },
    { id: 'th-a', mjpId: 'm', parentId: 'focus', name: 'A-thema', order: 1 },
  ] as unknown as Theme[];
  const themeOf = (id: string) => ({ x: 'th-b', y: 'th-a', z: 'th-a' })[id] ?? null;
  const list = [
    amendment({ id: 'late-y', activityId: 'y', subject: 'Y', at: '2026-05-01T00:00:00.000Z' }),
    amendment({ id: 'x', activityId: 'x', subject: 'X' }),
    amendment({ id: 'prog', activityId: null, subject: 'Werkprogramma 2026' }),
    amendment({ id: 'gone', activityId: 'weg', subject: 'Weg' }),
    amendment({ id: 'z', activityId: 'z', subject: 'Aa eerst' }),
    amendment({ id: 'early-y', activityId: 'y', subject: 'Y', at: '2026-02-01T00:00:00.000Z' }),
  ] as Amendment[];

  it('puts the programme first, then themes in tree order, activities, time; the unknown last', () => {
    const groups = amendmentsInReportOrder(list, themes, themeOf);
    expect(groups.map(groupHeading)).toEqual([
      'Het programma zelf',
      'A-thema',
      'B-thema',
      'Activiteiten zonder bekend thema',
    ]);
    expect(groups.flatMap((g) => g.amendments.map((a) => a.id))).toEqual([
      'prog',
      'z',
      'early-y',
      'late-y',
      'x',
      'gone',
    ]);
  });

  it('exports the same order as CSV for Dutch Excel, with the theme in a column', () => {
    const csv = toCsv(amendmentsTable('Werkprogramma 2026', list, themes, themeOf, NAMES));
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Datum;MJP-thema;Activiteit of onderwerp;Wat is gewijzigd;Reden;Toelichting;Auteur',
    );
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(
      '3 maart 2026;Het programma zelf;Werkprogramma 2026;Uren Team Politie gewijzigd;Capaciteitstekort;Minder mensen.;Anna de Vries',
    );
    expect(lines[2]!.split(';')[1]).toBe('A-thema');
  });
});
