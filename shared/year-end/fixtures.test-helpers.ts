/** Small fixtures for the year-end tests: the demo 2026 and a last year built beside it. */
import { createDemoData } from '../demo/inspectie-jenv';
import type { Realisation } from '../domain/realisation';
import type { Activity, Programme } from '../domain/schemas';
import { snapshotOf, type ProgrammeSnapshot } from '../domain/snapshot';
import type { PreviousYear } from './plan-actual';

/** The demo 2026 as a snapshot (not adopted). */
export const demoSnapshot = (): ProgrammeSnapshot => {
  const s = snapshotOf(createDemoData());
  if (!s) throw new Error('demo has no programme');
  return s;
};

/** A realisation row. */
export const realisation = (
  activityId: string,
  teamId: string | null,
  hours: number,
  costCents: number,
  month = '2026-03',
  programmeId = 'wp-2026',
): Realisation =>
  ({
    id: `r-${activityId}-${teamId ?? 'x'}-${month}-${String(hours)}`,
    programmeId,
    activityId,
    teamId,
    month,
    hours,
    costCents,
    source: 'test.csv',
  }) as Realisation;

/**
 * Last year (2025) beside the demo: three activities; the first two are continued in 2026 by
 * the first two activities of the demo (carriedFromId set on those), the third is dropped.
 */
export function withLastYear(s: ProgrammeSnapshot): {
  readonly current: ProgrammeSnapshot;
  readonly previous: PreviousYear;
} {
  const programme: Programme = {
    ...s.programme,
    id: 'wp-2025',
    year: 2025,
    name: 'WP 2025',
    adoption: null,
  } as Programme;
  const [a, b, c] = s.activities as [Activity, Activity, Activity];
  const old = (x: Activity, id: string, status: 'loopt-door' | 'vervallen' | null): Activity => ({
    ...x,
    id: id as Activity['id'],
    programmeId: programme.id,
    title: `${x.title} (2025)`,
    carriedFromId: null,
    yearEnd:
      status === null ? null : { status, reason: status === 'vervallen' ? 'Geen capaciteit' : '' },
  });
  const activities = [
    old(a, 'act-2025-a', 'loopt-door'),
    old(b, 'act-2025-b', 'loopt-door'),
    old(c, 'act-2025-c', 'vervallen'),
  ];
  const current: ProgrammeSnapshot = {
    ...s,
    programmes: [...s.programmes, programme],
    activities: s.activities.map((x) =>
      x.id === a.id
        ? { ...x, carriedFromId: 'act-2025-a' as Activity['id'] }
        : x.id === b.id
          ? { ...x, carriedFromId: 'act-2025-b' as Activity['id'] }
          : x,
    ),
  };
  const teamA = a.allocations[0]?.teamId ?? 'team-politie';
  return {
    current,
    previous: {
      programme,
      activities,
      realisations: [
        realisation('act-2025-a', teamA, 500, 5_000_000, '2025-05', 'wp-2025'),
        realisation('act-2025-a', teamA, 100, 1_000_000, '2025-06', 'wp-2025'),
        realisation('act-2025-c', null, 40, 400_000, '2025-02', 'wp-2025'),
      ],
    },
  };
}
