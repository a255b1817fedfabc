import fc from 'fast-check';
import type { Activity } from '../../shared/domain/schemas';
import { Activity as ActivitySchema } from '../../shared/domain/schemas';
import type { Candidate } from '../../shared/planning/ranking';

/** Team ids used by the generators. */
export const TEAMS = ['t1', 't2', 't3'] as const;

/** Hours in hundredths, as Koers stores them. */
export const hoursArb = fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100);

/** A month key between 2025-01 and 2027-12. */
export const monthArb = fc
  .record({ y: fc.integer({ min: 2025, max: 2027 }), m: fc.integer({ min: 1, max: 12 }) })
  .map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

/** A schema-valid activity with random allocations, run, commitment and funding. */
export const activityArb = (id: string): fc.Arbitrary<Activity> =>
  fc
    .record({
      start: monthArb,
      end: monthArb,
      allocations: fc.array(
        fc.record({
          teamId: fc.constantFrom(...TEAMS),
          month: fc.option(monthArb, { nil: null }),
          hours: hoursArb,
        }),
        { maxLength: 4 },
      ),
      commitment: fc.constantFrom('wettelijk', 'vast', 'discretionair', 'discretionair'),
      conditional: fc.boolean(),
      confirmed: fc.boolean(),
      status: fc.constantFrom('voorstel', 'gepland', 'in-uitvoering', 'uitgesteld'),
      kans: fc.integer({ min: 1, max: 5 }),
      ernst: fc.integer({ min: 1, max: 5 }),
    })
    .map((r) =>
      ActivitySchema.parse({
        id,
        programmeId: 'p',
        title: id,
        description: '',
        sourceRef: '',
        domainId: 'd',
        primaryThemeId: 'th',
        secondaryThemeIds: [],
        kind: 'verkenning',
        pyramidLevel: 'regulier',
        commitment: r.commitment,
        legalBasis: '',
        origin: 'nieuw',
        fundingConditional: r.conditional,
        fundingConfirmed: r.confirmed,
        startMonth: r.start,
        endMonth: r.end,
        allocations: r.allocations,
        materialCents: 0,
        externalHireCents: 0,
        outputs: [],
        partners: [],
        risk: { kans: r.kans, ernst: r.ernst },
        status: r.status,
      }),
    );

/** A list of candidates for the line, with unique ids and some forced in or out. */
export const candidatesArb: fc.Arbitrary<Candidate[]> = fc
  .array(
    fc.record({
      score: fc.integer({ min: 0, max: 100 }),
      hours: fc.array(fc.tuple(fc.constantFrom(...TEAMS), fc.integer({ min: 0, max: 3000 })), {
        maxLength: 3,
      }),
      force: fc.constantFrom<'in' | 'out' | null>(null, null, null, null, 'in', 'out'),
    }),
    { maxLength: 14 },
  )
  .map((list) =>
    list.map((c, i) => ({
      id: `a${String(i).padStart(2, '0')}`,
      score: c.score,
      hours: new Map(
        c.hours.reduce<[string, number][]>((acc, [t, h]) => {
          const found = acc.find(([x]) => x === t);
          if (found) found[1] += h;
          else acc.push([t, h]);
          return acc;
        }, []),
      ),
      force: c.force,
    })),
  );

/** Discretionary space per team. */
export const spaceArb = fc
  .tuple(
    fc.integer({ min: 0, max: 8000 }),
    fc.integer({ min: 0, max: 8000 }),
    fc.integer({ min: 0, max: 8000 }),
  )
  .map(
    ([a, b, c]) =>
      new Map<string, number>([
        ['t1', a],
        ['t2', b],
        ['t3', c],
      ]),
  );
