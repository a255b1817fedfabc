import { effectiveMonth } from '../planning/capacity-bridge';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activityArb, TEAMS } from '../../tests/arbitraries/planning';
import { checkActivity } from '../domain/activity-rules';
import { activityMonthHours } from '../planning/allocation';
import { createDemoData } from '../demo/inspectie-jenv';
import {
  Activity as ActivitySchema,
  Mjp,
  Programme as ProgrammeSchema,
  Theme,
  type Activity,
  type Origin,
  type ActivityStatus,
} from '../domain/schemas';
import { monthKey, cents } from '../domain/units';
import {
  copyForward,
  copyForwardIds,
  copyForwardPlan,
  needsMjpMapping,
  type CopySource,
} from './copy-forward';

const demo = createDemoData();
const base = demo.programmes[0]!;
const ORG = base.organisationId;

/** Two MJPs: the old one (th1, th2) ends in 2026 or covers 2027; the new one (nt1, nt2) 2027–2030. */
const mjps = (oldEnd: number) => [
  Mjp.parse({
    id: 'm-old',
    organisationId: ORG,
    name: 'MJP oud',
    startYear: 2023,
    endYear: oldEnd,
  }),
  Mjp.parse({
    id: 'm-new',
    organisationId: ORG,
    name: 'MJP nieuw',
    startYear: 2027,
    endYear: 2030,
  }),
];
const theme = (id: string, mjpId: string, order: number) =>
  Theme.parse({ id, mjpId, parentId: null, name: id, description: '', order });
const themes = [
  theme('th1', 'm-old', 1),
  theme('th2', 'm-old', 2),
  theme('nt1', 'm-new', 1),
  theme('nt2', 'm-new', 2),
];

const programme = ProgrammeSchema.parse({
  ...base,
  id: 'p',
  mjpId: 'm-old',
  capacity: {
    ...base.capacity,
    teams: TEAMS.map((teamId) => ({ teamId, formationFte: 10, staffedFte: 9 })),
    deductions: [],
    staffingChanges: [
      { id: 's1', teamId: 't1', label: 'voor', fteDelta: 1, month: '2026-06', leadTimeMonths: 3 },
      { id: 's2', teamId: 't2', label: 'na', fteDelta: -1, month: '2027-02', leadTimeMonths: 0 },
    ],
  },
  budget: { ...base.budget, costModel: null },
});

const ORIGINS: Origin[] = ['nieuw', 'loopt-door', 'doorlopend'];
const STATUSES: ActivityStatus[] = [
  'voorstel',
  'gepland',
  'in-uitvoering',
  'afgerond',
  'uitgesteld',
  'vervallen',
];

/** An activity of the programme with a random origin, status, themes, outputs and whole or any hours. */
const programmeActivityArb = (id: string): fc.Arbitrary<Activity> =>
  fc
    .record({
      a: activityArb(id),
      origin: fc.constantFrom(...ORIGINS),
      status: fc.constantFrom(...STATUSES),
      primary: fc.constantFrom('th1', 'th2'),
      secondary: fc.subarray(['th1', 'th2']),
      whole: fc.boolean(),
      outputMonths: fc.array(fc.option(fc.integer({ min: 2025, max: 2028 }), { nil: null }), {
        maxLength: 3,
      }),
      funding: fc.option(fc.integer({ min: 0, max: 35 }), { nil: null }),
      material: fc.integer({ min: 0, max: 10_000_000 }),
    })
    .map((r) =>
      ActivitySchema.parse({
        ...r.a,
        programmeId: 'p',
        origin: r.origin,
        status: r.status,
        primaryThemeId: r.primary,
        secondaryThemeIds: r.secondary,
        domainId: 'd',
        allocations: r.a.allocations.map((x) => ({
          ...x,
          hours: r.whole ? Math.round(x.hours) : x.hours,
        })),
        outputs: r.outputMonths.map((y, i) => ({
          id: `o${String(i)}`,
          kind: 'rapport',
          title: 'Rapport',
          plannedMonth: y === null ? null : `${String(y)}-06`,
        })),
        fundingStartMonth:
          r.funding === null
            ? null
            : `${String(2025 + Math.floor(r.funding / 12))}-${String((r.funding % 12) + 1).padStart(2, '0')}`,
        materialCents: r.material,
      }),
    );

const sourceArb: fc.Arbitrary<{
  source: CopySource;
  carry: string[];
  themeMap: Record<string, string | null>;
  cutOff: number;
}> = fc
  .record({
    oldEnd: fc.constantFrom(2026, 2028),
    activities: fc.array(fc.nat(), { maxLength: 8 }),
    carryMask: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    th1: fc.constantFrom<string | null>('nt1', 'nt2', null),
    th2: fc.constantFrom<string | null>('nt1', 'nt2', null),
    cutOff: fc.integer({ min: 1, max: 12 }),
  })
  .chain((r) =>
    fc
      .tuple(...r.activities.map((_, i) => programmeActivityArb(`a${String(i)}`)))
      .map((activities) => ({
        source: {
          programme,
          programmes: [programme],
          activities,
          mjps: mjps(r.oldEnd),
          themes,
        },
        carry: activities.filter((_, i) => r.carryMask[i]).map((a) => a.id),
        themeMap: { th1: r.th1, th2: r.th2 },
        cutOff: r.cutOff,
      })),
  );

const cutOffOf = (m: number) => monthKey(`2026-${String(m).padStart(2, '0')}`);
const hundredths = (h: number) => Math.round(h * 100);
let n = 0;
const newId = () => `id-${String((n += 1))}`;

/** Runs a copy with the ticked activities, mapping to the new MJP when the old one ends in 2026. */
function run(input: {
  source: CopySource;
  carry: string[];
  themeMap: Record<string, string | null>;
  cutOff: number;
}) {
  const { source, carry, themeMap } = input;
  const cutOff = cutOffOf(input.cutOff);
  const mapping = needsMjpMapping(source);
  const choices = {
    cutOff,
    frameCents: cents(1_000_000_00),
    frameSource: 'Ingesteld door de gebruiker',
    carry,
    mjpId: mapping ? 'm-new' : null,
    themeMap,
  };
  const plan = copyForwardPlan(source, { cutOff, themeMap });
  const ids = copyForwardIds(source, newId);
  const result = copyForward(source, choices, ids);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { plan, mapping, ids, ...result.value };
}

describe('copy-forward', () => {
  it('conserves the remaining hours of every carried activity, per team (whole hours stay whole)', () => {
    fc.assert(
      fc.property(sourceArb, (input) => {
        const { plan, activities, ids } = run(input);
        for (const oldId of input.source.activities) {
          const a = activities.find((x) => x.id === ids.activities[oldId.id]);
          if (!a) continue;
          const row = plan.find((p) => p.activityId === oldId.id)!;
          expect(row.unmapped).toBe(false);
          expect([a.startMonth, a.endMonth]).toEqual([row.startMonth, row.endMonth]);
          const carried = new Map<string, number>();
          for (const x of a.allocations)
            carried.set(x.teamId, (carried.get(x.teamId) ?? 0) + hundredths(x.hours));
          const remaining = new Map(row.remaining.map((r) => [r.teamId, hundredths(r.hours)]));
          expect(carried).toEqual(remaining);
          const total = [...carried.values()].reduce((s, h) => s + h, 0);
          expect(total).toBe(hundredths(row.remainingHours));
          if (oldId.allocations.every((x) => Number.isInteger(x.hours)))
            for (const h of carried.values()) expect(h % 100).toBe(0);
          // Independently: the hours the planning shows from the cut-off on (any amounts).
          if (
            oldId.origin !== 'doorlopend' &&
            !oldId.allocations.every((x) => Number.isInteger(x.hours))
          ) {
            const shown = new Map<string, number>();
            for (const [team, months] of activityMonthHours(oldId))
              for (const [m, h] of months)
                if (m >= cutOffOf(input.cutOff))
                  shown.set(team, (shown.get(team) ?? 0) + hundredths(h));
            for (const [team, h] of shown) if (h === 0) shown.delete(team);
            expect(remaining).toEqual(shown);
          }
          if (oldId.origin === 'doorlopend')
            expect(total).toBe(oldId.allocations.reduce((s, x) => s + hundredths(x.hours), 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('carries every ticked activity, and only those, unless its theme is not mapped', () => {
    fc.assert(
      fc.property(sourceArb, (input) => {
        const { activities, mapping } = run(input);
        const expected = input.source.activities.filter(
          (a) =>
            input.carry.includes(a.id) && (!mapping || input.themeMap[a.primaryThemeId] !== null),
        );
        expect(activities.map((a) => a.title)).toEqual(expected.map((a) => a.title));
      }),
      { numRuns: 300 },
    );
  });

  it('puts every carried month in the new year or later', () => {
    fc.assert(
      fc.property(sourceArb, (input) => {
        const { activities, programme: next } = run(input);
        const first = '2027-01';
        for (const a of activities) {
          const months = [
            a.startMonth,
            a.endMonth,
            ...a.allocations.map((x) => x.month),
            ...a.outputs.map((o) => o.plannedMonth),
            a.fundingStartMonth,
          ].filter((m) => m !== null);
          for (const m of months) expect(m >= first, `${a.id} ${m}`).toBe(true);
          expect(a.endMonth >= a.startMonth).toBe(true);
        }
        for (const s of next.capacity.staffingChanges)
          expect(effectiveMonth(s) >= first).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('makes a programme and activities that pass their schemas and the activity rules', () => {
    fc.assert(
      fc.property(sourceArb, (input) => {
        const { programme: next, activities, mapping } = run(input);
        expect(ProgrammeSchema.safeParse(next).success).toBe(true);
        expect([next.year, next.name, next.adoption, next.closedOn]).toEqual([
          2027,
          'Werkprogramma 2027',
          null,
          null,
        ]);
        expect(next.mjpId).toBe(mapping ? 'm-new' : 'm-old');
        const ctx = {
          programme: next,
          themes,
          domainIds: new Set(['d']),
          teamIds: new Set<string>(TEAMS),
          mjpName: (id: string) => id,
        };
        for (const a of activities) {
          expect(ActivitySchema.safeParse(a).success).toBe(true);
          expect(checkActivity(a, ctx)).toEqual([]);
          expect(a.programmeId).toBe(next.id);
          expect(a.force).toBeNull();
          expect(['gepland', 'in-uitvoering']).toContain(a.status);
          expect(['loopt-door', 'doorlopend']).toContain(a.origin);
        }
      }),
      { numRuns: 300 },
    );
  });
});
