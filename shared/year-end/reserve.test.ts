import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ReserveDraw } from '../domain/realisation';
import { createDemoData } from '../demo/inspectie-jenv';
import { hours, isoDate, type MonthKey } from '../domain/units';
import { programmeBridge } from '../planning/capacity-bridge';
import { drawProblems, postponementLog, reserveLedger, reserveOfTeams } from './reserve';

const team = (id: string) => id as ReserveDraw['teamId'];
type ActivityId = ReserveDraw['displaced'][number]['activityId'];

const draw = (over: Partial<ReserveDraw> = {}): ReserveDraw => ({
  id: 'd1',
  on: isoDate('2026-03-10'),
  title: 'Incident PI Vught',
  activityId: null,
  teamId: team('t1'),
  hours: hours(120),
  displaced: [],
  reason: 'Ernstig incident',
  ...over,
});

describe('the reserve per team', () => {
  it('takes the incidentreserve deductions of the capacity bridge', () => {
    const demo = createDemoData();
    const programme = demo.programmes[0]!;
    const bridge = programmeBridge(programme, demo.activities);
    const reserve = reserveOfTeams(bridge);
    expect(reserve.size).toBe(bridge.teams.length);
    const total = [...reserve.values()].reduce((s, h) => s + h, 0);
    const step = bridge.steps.find((s) => s.key === 'incidentreserve')?.hours ?? 0;
    expect(total).toBeCloseTo(step, 6);
    expect(total).toBeGreaterThan(0);
  });

  it('counts drawn, left and over-drawn per team, a team without reserve included', () => {
    const ledger = reserveLedger(
      new Map([
        ['t1', 100],
        ['t2', 50],
      ]),
      [
        draw({ hours: hours(80) }),
        draw({ id: 'd2', hours: hours(40) }),
        draw({ id: 'd3', teamId: team('t9'), hours: hours(5) }),
      ],
    );
    expect(ledger.teams).toEqual([
      { teamId: 't1', reserve: 100, drawn: 120, left: -20, overdrawn: 20, draws: 2 },
      { teamId: 't2', reserve: 50, drawn: 0, left: 50, overdrawn: 0, draws: 0 },
      { teamId: 't9', reserve: 0, drawn: 5, left: -5, overdrawn: 5, draws: 1 },
    ]);
    expect(ledger.total).toEqual({ reserve: 150, drawn: 125, left: 25, overdrawn: 25, draws: 3 });
  });
});

const teamArb = fc.constantFrom('t1', 't2', 't3').map(team);
const actArb = fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5').map((a) => a as ActivityId);
const dateArb = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => isoDate(`2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const drawArb = fc.record({
  on: dateArb,
  title: fc.string({ minLength: 1, maxLength: 10 }),
  teamId: teamArb,
  hours: fc.integer({ min: 0, max: 100_000 }).map((h) => hours(h / 100)),
  displaced: fc.array(
    fc.record({
      activityId: actArb,
      effect: fc.constantFrom('uitgesteld' as const, 'verkleind' as const, 'vervallen' as const),
      hours: fc.integer({ min: 0, max: 10_000 }).map((h) => hours(h / 100)),
      toMonth: fc.constant(null as MonthKey | null),
    }),
    { maxLength: 4 },
  ),
  reason: fc.string({ maxLength: 10 }),
});
const drawsArb = fc
  .array(drawArb, { maxLength: 12 })
  .map((ds) => ds.map((d, i): ReserveDraw => ({ ...d, id: `d${i}`, activityId: null })));

describe('properties of the reserve and the postponement log', () => {
  it('drawn + left = reserve for every team, and the drawn add up to all draws', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          teamArb,
          fc.integer({ min: 0, max: 1_000_000 }).map((h) => h / 100),
        ),
        drawsArb,
        (reserveObj, draws) => {
          const reserve = new Map(Object.entries(reserveObj));
          const ledger = reserveLedger(reserve, draws);
          for (const t of ledger.teams) {
            expect(t.drawn + t.left).toBeCloseTo(t.reserve, 6);
            expect(t.overdrawn).toBeCloseTo(Math.max(0, -t.left), 6);
            const own = draws.filter((d) => d.teamId === t.teamId);
            expect(t.drawn).toBeCloseTo(
              own.reduce((s, d) => s + d.hours, 0),
              6,
            );
            expect(t.draws).toBe(own.length);
          }
          // Every team with a reserve or a draw has its line, once.
          const ids = ledger.teams.map((t) => t.teamId);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...reserve.keys(), ...draws.map((d) => d.teamId)]));
        },
      ),
    );
  });

  it('lists exactly the displaced entries, one line each, ordered by date', () => {
    fc.assert(
      fc.property(drawsArb, (draws) => {
        const log = postponementLog(draws, [{ id: 'a1', title: 'Toezicht A' }]);
        const expected = draws.flatMap((d) =>
          d.displaced.map((x) => `${d.id}|${x.activityId}|${x.effect}|${x.hours}`),
        );
        expect(log.map((l) => `${l.drawId}|${l.activityId}|${l.effect}|${l.hours}`).sort()).toEqual(
          expected.sort(),
        );
        for (let i = 1; i < log.length; i++)
          expect((log[i - 1]?.on ?? '') <= (log[i]?.on ?? '')).toBe(true);
        for (const l of log) {
          const d = draws.find((x) => x.id === l.drawId);
          expect(l.on).toBe(d?.on);
          expect(l.drawTitle).toBe(d?.title);
          expect(l.activityTitle).toBe(l.activityId === 'a1' ? 'Toezicht A' : null);
        }
      }),
    );
  });
});

describe('checking a draw', () => {
  const ctx = { year: 2026, teamIds: new Set(['t1']), activityIds: new Set(['a1', 'a2']) };
  const fields = (d: ReserveDraw) => drawProblems(d, ctx).map((p) => p.field);

  it('accepts a good draw', () => {
    expect(
      drawProblems(
        draw({
          displaced: [
            {
              activityId: 'a1' as ActivityId,
              effect: 'uitgesteld',
              hours: hours(40),
              toMonth: '2026-09' as MonthKey,
            },
          ],
        }),
        ctx,
      ),
    ).toEqual([]);
  });

  it('names the field of each problem', () => {
    expect(fields(draw({ on: isoDate('2025-12-31') }))).toEqual(['on']);
    expect(drawProblems(draw({ on: isoDate('2025-12-31') }), ctx)[0]?.message).toEqual({
      key: 'reserve.error.dateOutsideYear',
      params: { year: '2026' },
    });
    expect(fields(draw({ title: '  ' }))).toEqual(['title']);
    expect(fields(draw({ teamId: team('tx') }))).toEqual(['teamId']);
    expect(fields(draw({ hours: hours(0) }))).toEqual(['hours']);
    expect(fields(draw({ activityId: 'zz' as never }))).toEqual(['activityId']);
  });

  it('refuses an activity displaced twice, by its own draw, or moved outside the year or back', () => {
    const x = (activityId: string, toMonth: string | null = null) => ({
      activityId: activityId as never,
      effect: 'uitgesteld' as const,
      hours: hours(8),
      toMonth: toMonth as MonthKey | null,
    });
    const problems = drawProblems(
      draw({
        activityId: 'a2' as never,
        displaced: [x('a1'), x('a1'), x('a2'), x('a1', '2027-01'), x('zz'), x('a1', '2026-02')],
      }),
      ctx,
    );
    expect(problems.map((p) => [p.field, p.message.key])).toEqual([
      [{ displaced: 1, field: 'activityId' }, 'reserve.error.displacedTwice'],
      [{ displaced: 2, field: 'activityId' }, 'reserve.error.displacesItself'],
      [{ displaced: 3, field: 'activityId' }, 'reserve.error.displacedTwice'],
      [{ displaced: 3, field: 'toMonth' }, 'reserve.error.monthOutsideYear'],
      [{ displaced: 4, field: 'activityId' }, 'reserve.error.activity'],
      [{ displaced: 5, field: 'activityId' }, 'reserve.error.displacedTwice'],
      [{ displaced: 5, field: 'toMonth' }, 'reserve.error.monthBeforeDraw'],
    ]);
  });
});
