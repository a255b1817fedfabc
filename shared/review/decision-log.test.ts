import { describe, expect, it } from 'vitest';
import type { Decision } from '../domain/review';
import { decisionLines, decisionsTable, searchDecisions } from './decision-log';
import { decisionsIn } from './edits';

const d = (id: string, activityId: string, kind: Decision['kind'], reason: string, at: string) =>
  ({
    id,
    programmeId: 'p',
    activityId,
    scenarioId: null,
    kind,
    reason,
    author: 'Jet Bakker',
    at,
  }) as Decision;

const log = [
  d('1', 'a', 'erin', 'Kamerbrief', '2025-10-09T10:00:00.000Z'),
  d('2', 'b', 'afwijzen', 'Past niet in het MJP-thema', '2025-10-10T10:00:00.000Z'),
  d('3', 'a', 'accepteren', 'Force opgeheven (was: Kamerbrief)', '2025-10-11T10:00:00.000Z'),
  d('4', 'weg', 'aanhouden', 'Eerst de evaluatie', '2025-10-08T10:00:00.000Z'),
];
const titles: Record<string, string> = { a: 'Toezicht op de jeugdzorg', b: 'Ketensamenwerking' };
const lines = decisionLines(log, (id) => titles[id] ?? null);

describe('the decision log', () => {
  it('lists newest first, says which decision still holds and names a deleted activity', () => {
    expect(lines.map((l) => [l.decision.id, l.current])).toEqual([
      ['3', true],
      ['2', true],
      ['1', false],
      ['4', true],
    ]);
    expect(lines[0]!.date).toBe('11 oktober 2025');
    expect(lines[3]!.activity).toBe('(verwijderde activiteit)');
    expect(lines[2]!.kind).toBe('erin zetten');
  });

  it('searches every word in activity, kind, reason, author and date, ignoring case and accents', () => {
    expect(searchDecisions(lines, 'JEUGDZORG kamerbrief').map((l) => l.decision.id)).toEqual([
      '3',
      '1',
    ]);
    expect(searchDecisions(lines, '10 oktober').map((l) => l.decision.id)).toEqual(['2']);
    expect(searchDecisions(lines, 'thema afwijzen').map((l) => l.decision.id)).toEqual(['2']);
    expect(searchDecisions(lines, '  ')).toHaveLength(4);
    expect(searchDecisions(lines, 'niets')).toEqual([]);
  });

  it('is one table for CSV and XLSX with Dutch headers, a row per decision', () => {
    const table = decisionsTable('Werkprogramma 2026', lines);
    expect(table.columns).toEqual(['Datum', 'Door', 'Activiteit', 'Besluit', 'Reden', 'Geldt nu']);
    expect(table.rows[2]).toEqual([
      '9 oktober 2025',
      'Jet Bakker',
      'Toezicht op de jeugdzorg',
      'erin zetten',
      'Kamerbrief',
      'vervangen',
    ]);
    expect(table.rows).toHaveLength(4);
  });

  it('marks a decision made inside a scenario and never counts it as holding on the programme', () => {
    const inScenario = {
      ...d('5', 'b', 'erin', 'Alleen proberen', '2025-10-12T10:00:00.000Z'),
      scenarioId: 's1',
    } as Decision;
    const withScenario = decisionLines([...log, inScenario], (id) => titles[id] ?? null);
    const line = withScenario.find((l) => l.decision.id === '5')!;
    expect(line.current).toBe(false);
    expect(line.kind).toBe('erin zetten (in een scenario, niet in het programma)');
    // The programme's own decision on that activity still holds.
    expect(withScenario.find((l) => l.decision.id === '2')!.current).toBe(true);
    // Where the person is: the programme's decisions, plus the open scenario's only.
    expect(decisionsIn([...log, inScenario], null).map((x) => x.id)).not.toContain('5');
    expect(decisionsIn([...log, inScenario], 's1').map((x) => x.id)).toContain('5');
    expect(decisionsIn([...log, inScenario], 's2').map((x) => x.id)).not.toContain('5');
  });
});
