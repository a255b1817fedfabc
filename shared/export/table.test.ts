import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { themesInTreeOrder } from '../domain/programme';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import type { Activity } from '../domain/schemas';
import { tableProblems } from '../report/document';
import { reportTableCsv } from './csv';
import { activitiesTable, inProgrammeOrder, type ExportLinePlace } from './table';

const demo = snapshotOf(createDemoData()) as ProgrammeSnapshot;
const { programme, themes } = demo;
const header = (name: string, table: ReturnType<typeof activitiesTable>) =>
  table.columns.findIndex((c) => c.header === name);

describe('the activities export (issue 13, Out)', () => {
  it('follows the programme’s order: theme in the MJP tree, then source section (numeric), then title', () => {
    // Shuffled on purpose: the export must not follow the stored order.
    const shuffled = [...demo.activities].reverse();
    const ordered = inProgrammeOrder(programme, shuffled, themes);
    const tree = themesInTreeOrder(themes.filter((t) => t.mjpId === programme.mjpId)).map(
      (t) => t.id as string,
    );
    const keys = ordered.map((a) => tree.indexOf(a.primaryThemeId));
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const a = { ...demo.activities[0]!, sourceRef: '§ 1.10', title: 'B' };
    const b = { ...a, id: 'b' as Activity['id'], sourceRef: '§ 1.9', title: 'A' };
    const c = { ...a, id: 'c' as Activity['id'], sourceRef: '§ 1.9', title: 'a2' };
    expect(
      inProgrammeOrder(programme, [a, c, b], themes).map((x) => x.sourceRef + x.title),
    ).toEqual(['§ 1.9A', '§ 1.9a2', '§ 1.10B']);
    const table = activitiesTable({ ...demo, activities: shuffled }, new Map());
    expect(table.rows.map((r) => r[0])).toEqual(ordered.map((x) => x.title));
  });

  it('carries the place against the line with its rank, a force with its reason, the pyramid level and hours per team', () => {
    const [first, second, third] = demo.activities;
    const forced = {
      ...second!,
      force: { mode: 'out' as const, reason: 'Geen capaciteit bij politie' },
    };
    const places = new Map<string, ExportLinePlace>([
      [first!.id, { kind: 'above', rank: 3 }],
      [forced.id, { kind: 'forced-out', rank: 7 }],
      [third!.id, { kind: 'committed' }],
    ]);
    const table = activitiesTable({ ...demo, activities: [first!, forced, third!] }, places);
    expect(tableProblems(table)).toEqual([]);
    const row = (id: string) => {
      const title = [first!, forced, third!].find((x) => x.id === id)!.title;
      return table.rows.find((r) => r[0] === title)!;
    };
    const place = header('Plaats ten opzichte van de lijn', table);
    const rank = header('Rang', table);
    expect(table.columns[rank]!.kind).toBe('count');
    expect([row(first!.id)[place], row(first!.id)[rank]]).toEqual(['Boven de lijn', 3]);
    expect([row(forced.id)[place], row(forced.id)[rank]]).toEqual(['Eruit gezet', 7]);
    expect(row(forced.id)[header('Erin of eruit gezet', table)]).toBe('Eruit gezet');
    expect(row(forced.id)[header('Reden', table)]).toBe('Geen capaciteit bij politie');
    expect([row(third!.id)[place], row(third!.id)[rank]]).toEqual([
      'Wettelijk of vast (gaat vóór)',
      null,
    ]);
    expect(row(first!.id)[header('Niveau toezichtpiramide', table)]).toMatch(
      /^(Regulier|Verdiepend|Intensief) \(/,
    );
    // One column per team, in the organisation's order; the row's team hours add up to its hours.
    const teamColumns = [...demo.teams]
      .sort((x, y) => x.order - y.order)
      .map((t) => header(`Uren ${t.name}`, table));
    expect(teamColumns).toEqual([...teamColumns].sort((x, y) => x - y));
    expect(teamColumns.every((j) => j > 0 && table.columns[j]!.kind === 'hours')).toBe(true);
    const hours = header('Uren', table);
    for (const r of table.rows) {
      const sum = teamColumns.reduce((s, j) => s + (r[j] as number), 0);
      expect(sum).toBeCloseTo(r[hours] as number, 6);
    }
    expect(teamColumns.some((j) => (row(first!.id)[j] as number) > 0)).toBe(true);
  });

  it('writes months as months, which the CSV gives Excel as a real date (the first of the month), never as 2026-03', () => {
    const table = activitiesTable({ ...demo, activities: demo.activities.slice(0, 1) }, new Map());
    const start = header('Startmaand', table);
    expect(table.columns[start]!.kind).toBe('month');
    const a = demo.activities[0]!;
    const csv = reportTableCsv(table, 'nl');
    const cells = csv.split('\r\n')[1]!.split(';');
    const [y, m] = a.startMonth.split('-');
    expect(cells).toContain(`01-${m}-${y}`);
    expect(csv).not.toContain(`;${a.startMonth};`);
  });
});
