import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, candidatesArb, monthArb, spaceArb } from '../../tests/arbitraries/planning';
import { scaledDemo } from '../demo/scaled';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import type { Activity, Programme } from '../domain/schemas';
import { fte, hours, monthKey, type MonthKey } from '../domain/units';
import { activityMonthHours, cellsWithin, monthRun, teamOfNumber } from './allocation';
import { isCommitted } from './counting';
import { plan } from './plan';
import { coverage } from './coverage';
import { planLine } from './plan-line';
import { candidatesOf, liftAll, liftNeed, rankedFill, type Candidate } from './ranking';
import {
  referenceCandidates,
  referenceCoverage,
  referenceFill,
  referenceMonthHours,
  referenceMonthsBetween,
  referencePlan,
  referencePlanLine,
} from './reference';
import { monthIndex, monthsBetween, monthsOfYear } from '../time/months';

// Issue 11 made the derivation linear: these properties hold the fast functions to the ones they
// replace (kept verbatim in ./reference), on random programmes. Sums are added in the same order
// as before, so the answers are compared exactly, Map and Set order included.

/** Maps and Sets as arrays of their entries, recursively: so toEqual also checks their order. */
function ordered(x: unknown): unknown {
  if (x instanceof Map) return ['Map', [...x].map(([k, v]) => [ordered(k), ordered(v)])];
  if (x instanceof Set) return ['Set', [...x].map(ordered)];
  if (Array.isArray(x)) return x.map(ordered);
  if (x !== null && typeof x === 'object')
    return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, ordered(v)]));
  return x;
}

describe('months on integers', () => {
  it('monthsBetween gives the same run as by dates, for any two months', () => {
    fc.assert(
      fc.property(monthArb, monthArb, (a, b) => {
        expect(monthsBetween(monthKey(a), monthKey(b))).toEqual(
          referenceMonthsBetween(monthKey(a), monthKey(b)),
        );
      }),
    );
  });

  it('a key that is not a well-formed month is left to the dates, as before', () => {
    for (const [a, b] of [
      ['2026-13', '2027-02'],
      ['2026-1', '2026-03'],
      ['x', '2026-03'],
      ['2026-02', '2026-00'],
    ] as const) {
      expect(monthIndex(a) === null || monthIndex(b) === null).toBe(true);
      expect(monthsBetween(monthKey(a), monthKey(b))).toEqual(
        referenceMonthsBetween(monthKey(a), monthKey(b)),
      );
    }
  });

  it('activityMonthHours is the same table as by dates, and its cells within a year add up to it', () => {
    fc.assert(
      fc.property(activityArb('a1'), fc.integer({ min: 2025, max: 2027 }), (a, year) => {
        const table = activityMonthHours(a);
        expect(ordered(table)).toEqual(ordered(referenceMonthHours(a)));
        const run = monthRun(monthsOfYear(year));
        const cells = cellsWithin(a, run);
        // Read the flat cells back: team, count, then (position, hours) pairs.
        const back: [string, [MonthKey, number][]][] = [];
        for (let j = 0; j < cells.length;) {
          const count = cells[j + 1]!;
          const pairs: [MonthKey, number][] = [];
          for (let k = 0; k < count; k += 1)
            pairs.push([run.months[cells[j + 2 + 2 * k]!]!, cells[j + 3 + 2 * k]!]);
          back.push([teamOfNumber(cells[j]!), pairs]);
          j += 2 + 2 * count;
        }
        expect(back).toEqual(
          [...table].map(([teamId, row]) => [
            teamId,
            [...row].filter(([m]) => m.startsWith(`${String(year)}-`)),
          ]),
        );
        // Asked again, the row's cells come from the cache and are the same.
        expect(cellsWithin(a, monthRun(monthsOfYear(year)))).toBe(cells);
      }),
    );
  });
});

/** Candidates whose ids may repeat (the old lookups take the first or the last: so must the new). */
const repeatingArb: fc.Arbitrary<Candidate[]> = candidatesArb.chain((list) =>
  fc
    .array(fc.integer({ min: 0, max: 3 }), { minLength: list.length, maxLength: list.length })
    .map((ids) => list.map((c, i) => ({ ...c, id: `r${String(ids[i])}` }))),
);

describe('the line in one pass', () => {
  it('rankedFill puts every activity where the old fill did, with the same shortfalls and use', () => {
    fc.assert(
      fc.property(
        fc.oneof(candidatesArb, repeatingArb),
        spaceArb,
        fc.boolean(),
        (candidates, space, strict) => {
          expect(ordered(rankedFill(candidates, space, { strict }))).toEqual(
            ordered(referenceFill(candidates, space, { strict })),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rankedFill gives the old order whatever order the fills before it left (its sort starts there)', () => {
    fc.assert(
      fc.property(
        candidatesArb,
        spaceArb,
        fc.array(fc.nat(), { maxLength: 14 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 14 }),
        (candidates, space, swaps, rescored) => {
          expect(ordered(rankedFill(candidates, space))).toEqual(
            ordered(referenceFill(candidates, space)),
          );
          // The same candidate objects in another order, some rescored (new objects, as edits make).
          const next = [...candidates];
          swaps.forEach((n, k) => {
            if (next.length < 2) return;
            const i = n % next.length;
            const j = (n + k + 1) % next.length;
            [next[i], next[j]] = [next[j]!, next[i]!];
          });
          rescored.forEach((score, k) => {
            if (k < next.length) next[k] = { ...next[k]!, score };
          });
          expect(ordered(rankedFill(next, space))).toEqual(ordered(referenceFill(next, space)));
          expect(ordered(rankedFill(candidates, space))).toEqual(
            ordered(referenceFill(candidates, space)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('liftAll gives, for every activity below the line, what liftNeed gives it', () => {
    fc.assert(
      fc.property(
        fc.oneof(candidatesArb, repeatingArb),
        spaceArb,
        fc.boolean(),
        (candidates, space, strict) => {
          const line = rankedFill(candidates, space, { strict });
          const all = liftAll(candidates, line);
          const expected = new Map<string, unknown>();
          for (const e of line.entries) {
            if (e.above) continue;
            const need = liftNeed(candidates, line, e.id);
            if (need) expected.set(e.id, need);
          }
          expect(ordered(all)).toEqual(ordered(expected));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('liftAll finds the same first blocker as the walk when many activities compete for one team', () => {
    // Long lines of small activities on one team: the binary search has many steps to get wrong.
    const longArb = fc
      .array(
        fc.record({
          score: fc.integer({ min: 0, max: 5 }),
          h1: fc.integer({ min: 0, max: 400 }),
          h2: fc.integer({ min: 0, max: 400 }),
          force: fc.constantFrom<'in' | 'out' | null>(null, null, null, null, null, 'in', 'out'),
        }),
        { minLength: 20, maxLength: 80 },
      )
      .map((list) =>
        list.map((c, i): Candidate => ({
          id: `l${String(i).padStart(3, '0')}`,
          score: c.score,
          hours: new Map([
            ['t1', c.h1 / 4],
            ...(c.h2 > 200 ? [['t2', c.h2 / 4] as [string, number]] : []),
          ]),
          force: c.force,
        })),
      );
    fc.assert(
      fc.property(longArb, spaceArb, fc.boolean(), (candidates, space, strict) => {
        const line = rankedFill(candidates, space, { strict });
        const all = liftAll(candidates, line);
        for (const e of line.entries.filter((x) => !x.above))
          expect(ordered(all.get(e.id) ?? null)).toEqual(ordered(liftNeed(candidates, line, e.id)));
      }),
      { numRuns: 200 },
    );
  });
});

/** Random edits of a scaled demo: hours, run, months, commitment, status, funding and forces. */
const editArb = fc.record({
  scale: fc.integer({ min: 0, max: 300 }),
  start: fc.integer({ min: 0, max: 14 }),
  length: fc.integer({ min: -2, max: 8 }),
  monthOf: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
  commitment: fc.constantFrom(null, 'wettelijk' as const, 'discretionair' as const),
  status: fc.constantFrom(null, 'uitgesteld' as const, 'vervallen' as const, 'gepland' as const),
  funding: fc.constantFrom(null, 'open' as const, 'confirmed' as const),
  force: fc.constantFrom(null, null, 'in' as const, 'out' as const),
  kans: fc.integer({ min: 1, max: 5 }),
});

/** A month of 2025-11 … 2027-01 (so some hours fall outside the programme year 2026). */
const monthAt = (i: number): MonthKey =>
  monthKey(
    i === 0
      ? '2025-12'
      : i <= 12
        ? `2026-${String(i).padStart(2, '0')}`
        : `2027-0${String(i - 12)}`,
  );

/** An activity after one random edit (a new row object, as an edit makes). */
function edited(a: Activity, e: EditValue): Activity {
  const startMonth = monthAt(e.start);
  const endMonth = monthAt(Math.max(0, Math.min(14, e.start + e.length)));
  const commitment = e.commitment ?? a.commitment;
  return {
    ...a,
    startMonth,
    endMonth,
    commitment,
    status: e.status ?? a.status,
    fundingConditional: e.funding === null ? a.fundingConditional : true,
    fundingConfirmed: e.funding === null ? a.fundingConfirmed : e.funding === 'confirmed',
    allocations: a.allocations.map((x, k) => ({
      ...x,
      hours: hours(Math.round(x.hours * e.scale) / 100),
      month: k === 0 && e.monthOf !== null ? monthAt(e.monthOf) : x.month,
    })),
    risk: { ...a.risk, kans: e.kans } as Activity['risk'],
    force:
      e.force !== null && commitment === 'discretionair' ? { mode: e.force, reason: 'test' } : null,
  };
}
type EditValue = {
  scale: number;
  start: number;
  length: number;
  monthOf: number | null;
  commitment: 'wettelijk' | 'discretionair' | null;
  status: 'uitgesteld' | 'vervallen' | 'gepland' | null;
  funding: 'open' | 'confirmed' | null;
  force: 'in' | 'out' | null;
  kans: number;
};

const base = new Map<number, ProgrammeSnapshot>();
/** The snapshot of the demo scaled to `size` (made once per size). */
function scaled(size: number): ProgrammeSnapshot {
  let s = base.get(size);
  if (!s) {
    s = snapshotOf(scaledDemo(size))!;
    base.set(size, s);
  }
  return s;
}

/** A programme with another line and, sometimes, another weight on its first criterion. */
function withSettings(
  p: Programme,
  basis: 'quarter' | 'year' | 'month',
  strict: boolean,
  weight: number | null,
  withoutHires = false,
): Programme {
  const [first, ...rest] = p.riskScheme.criteria;
  return {
    ...p,
    // Without the planned hires, funded people come after the default lead time (a new frame).
    capacity: withoutHires ? { ...p.capacity, staffingChanges: [] } : p.capacity,
    line: { basis, strict },
    riskScheme:
      weight === null || !first
        ? p.riskScheme
        : { ...p.riskScheme, criteria: [{ ...first, weight }, ...rest] },
  };
}

const settingsArb = fc.record({
  basis: fc.constantFrom('quarter' as const, 'year' as const, 'month' as const),
  strict: fc.boolean(),
  weight: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  withoutHires: fc.boolean(),
});

describe('plan() as before, on random programmes and edits', () => {
  it('gives exactly the figures of the old derivation, edit after edit (the row caches never go stale)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 140 }),
        fc.array(
          fc.record({
            at: fc.array(fc.nat(), { maxLength: 12 }),
            edits: fc.array(editArb, { minLength: 12, maxLength: 12 }),
            settings: settingsArb,
          }),
          { minLength: 1, maxLength: 3 },
        ),
        (size, steps) => {
          const start = scaled(size);
          let snapshot: ProgrammeSnapshot = start;
          // The answer before: parts of it are given again when unchanged, and never altered.
          let before: { answer: unknown; seen: unknown } | null = null;
          for (const step of steps) {
            // Each step replaces a few rows (new objects) and keeps the others as they are.
            const activities = [...snapshot.activities];
            step.at.forEach((n, k) => {
              const i = n % activities.length;
              activities[i] = edited(activities[i]!, step.edits[k]!);
            });
            const s = step.settings;
            snapshot = {
              ...snapshot,
              programme: withSettings(start.programme, s.basis, s.strict, s.weight, s.withoutHires),
              activities,
            };
            const answer = plan(snapshot);
            expect(ordered(answer)).toEqual(ordered(referencePlan(snapshot)));
            if (before) expect(ordered(before.answer)).toEqual(before.seen);
            before = { answer, seen: ordered(answer) };
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the line without lifts (budget levers) and the candidates agree with the old ones too', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 100 }), settingsArb, (size, s) => {
        const snapshot = scaled(size);
        const programme = withSettings(snapshot.programme, s.basis, s.strict, s.weight);
        const rows = snapshot.activities.map((a, i) =>
          i % 5 === 0 && !isCommitted(a)
            ? { ...a, force: { mode: 'in' as const, reason: 't' } }
            : a,
        );
        expect(ordered(planLine(programme, rows, { lift: false }))).toEqual(
          ordered(referencePlanLine(programme, rows, { lift: false })),
        );
        const months = new Set(monthsOfYear(programme.year));
        expect(ordered(candidatesOf(rows, programme.riskScheme, months, s.basis))).toEqual(
          ordered(referenceCandidates(rows, programme.riskScheme, months, s.basis)),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('plan() on random activities', () => {
  it('matches the old derivation on schema-valid random rows (months inside and outside the year)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.nat(), { minLength: 1, maxLength: 25 })
          .chain((xs) => fc.tuple(...xs.map((_, i) => activityArb(`x${String(i)}`)))),
        settingsArb,
        (rows, s) => {
          const snapshot = scaled(20);
          const programme = withSettings(snapshot.programme, s.basis, s.strict, s.weight);
          const activities = rows.map((a) => ({ ...a, programmeId: programme.id }));
          const data = { ...snapshot, programme, activities };
          expect(ordered(plan(data))).toEqual(ordered(referencePlan(data)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('row caches follow the programme parts they depend on', () => {
  it('funded people follow a changed hiring lead time: the cache is per capacity frame', () => {
    const start = scaled(40);
    const hire = start.programme.capacity.staffingChanges.find((c) => c.fteDelta > 0)!;
    const funded: Activity[] = start.activities.map((a, i) =>
      i === 0
        ? {
            ...a,
            fundingConditional: true,
            fundingConfirmed: true,
            fundingFte: fte(2),
            fundingStartMonth: null,
            allocations: [{ teamId: hire.teamId, month: null, hours: hours(400) }],
          }
        : a,
    );
    for (const leadTimeMonths of [hire.leadTimeMonths, hire.leadTimeMonths + 2, 0]) {
      const programme: Programme = {
        ...start.programme,
        capacity: {
          ...start.programme.capacity,
          staffingChanges: start.programme.capacity.staffingChanges.map((c) =>
            c.id === hire.id ? { ...c, leadTimeMonths } : c,
          ),
        },
      };
      const data = { ...start, programme, activities: funded };
      const now = plan(data);
      expect(ordered(now)).toEqual(ordered(referencePlan(data)));
      const team = now.planning.bridge.teams.find((t) => t.teamId === hire.teamId)!;
      expect(team.formationHours).toBe(
        referencePlan(data).planning.bridge.teams.find((t) => t.teamId === hire.teamId)!
          .formationHours,
      );
    }
  });
});

describe('coverage in typed arrays', () => {
  it('gives the old coverage over several programmes (one year twice), themes and domains', () => {
    const start = scaled(20);
    const { programme } = start;
    const programmes: Programme[] = [
      programme,
      { ...programme, id: 'p-2025' as Programme['id'], year: 2025 },
      { ...programme, id: 'p-2027' as Programme['id'], year: 2027 },
      { ...programme, id: 'p-2027b' as Programme['id'], year: 2027 },
      { ...programme, id: 'p-other' as Programme['id'], mjpId: 'other' as Programme['mjpId'] },
    ];
    const themeIds = [...start.themes.map((t) => t.id), 'no-such-theme'];
    const domainIds = [...start.domains.map((d) => d.id), 'no-such-domain'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: fc.nat(),
            programme: fc.nat(),
            theme: fc.nat(),
            domain: fc.nat(),
            counts: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (picks) => {
          const rows = picks.map((p, i) => {
            const a = start.activities[p.row % start.activities.length]!;
            return {
              ...a,
              id: `c${String(i)}` as Activity['id'],
              programmeId: programmes[p.programme % programmes.length]!.id,
              primaryThemeId: themeIds[p.theme % themeIds.length] as Activity['primaryThemeId'],
              domainId: domainIds[p.domain % domainIds.length] as Activity['domainId'],
            };
          });
          const counted = new Set(rows.filter((_, i) => picks[i]!.counts).map((a) => a.id));
          const counts = (a: Activity) => counted.has(a.id);
          const args = [programme.mjpId, start.themes, start.domains, programmes, rows] as const;
          expect(ordered(coverage(...args, counts))).toEqual(
            ordered(referenceCoverage(...args, counts)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
