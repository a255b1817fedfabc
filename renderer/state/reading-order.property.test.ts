import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { hours } from '../../shared/domain/units';
import { snapshotOf } from '../../shared/domain/snapshot';
import type { Activity } from '../../shared/domain/schemas';
import { selectProgrammeView } from './selectors';
import { NO_FILTERS } from './slices/ui-slice';
import type { KoersState } from './types';

const base = snapshotOf(createDemoData())!;
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** The rows' ids in the order the programme screen lists them. */
const listed = (activities: readonly Activity[]): string[] => {
  const state = {
    data: { ...base, activities },
    filters: NO_FILTERS,
    sort: { column: 'order', direction: 'asc' },
  } as unknown as KoersState;
  return selectProgrammeView(state)!.groups.flatMap((g) => g.rows.map((r) => r.activity.id));
};

/**
 * Issue 11: the list reuses the last reading order when no section or title changed. Whatever
 * edits come (hours, titles, sections, rows added or removed), the order is always the one a
 * fresh sort by theme, section and title gives.
 */
describe('the programme list order', () => {
  it('is the sorted order after every edit, reused or not', () => {
    const titles = fc.constantFrom('Aanpak', 'Beeld', 'Monitor 2', 'Monitor 10', 'Zicht');
    const edit = fc.record({
      kind: fc.constantFrom('hours', 'title', 'section', 'drop', 'copy'),
      at: fc.nat(),
      title: titles,
      section: fc.constantFrom('1.1', '1.2', '2.10', '2.9'),
      value: fc.integer({ min: 0, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        let activities = [...base.activities];
        let n = 0;
        for (const e of edits) {
          const i = e.at % activities.length;
          const a = activities[i]!;
          let next: Activity[] = activities;
          if (e.kind === 'hours' && a.allocations.length > 0)
            next = activities.map((x, k) =>
              k === i
                ? {
                    ...x,
                    allocations: x.allocations.map((al, j) =>
                      j === 0 ? { ...al, hours: hours(e.value) } : al,
                    ),
                  }
                : x,
            );
          if (e.kind === 'title')
            next = activities.map((x, k) => (k === i ? { ...x, title: e.title } : x));
          if (e.kind === 'section')
            next = activities.map((x, k) => (k === i ? { ...x, sourceRef: e.section } : x));
          if (e.kind === 'drop' && activities.length > 1)
            next = activities.filter((_, k) => k !== i);
          if (e.kind === 'copy') {
            n += 1;
            next = [...activities, { ...a, id: `${a.id}-kopie-${String(n)}` as Activity['id'] }];
          }
          activities = next;
          const got = listed(activities);
          // Within a theme, rows follow section then title (ties in any order).
          const byId = new Map(activities.map((x) => [x.id as string, x]));
          const rows = got.map((id) => byId.get(id)!);
          expect(new Set(got)).toEqual(new Set(activities.map((x) => x.id)));
          for (let k = 1; k < rows.length; k += 1) {
            const p = rows[k - 1]!;
            const q = rows[k]!;
            if (p.primaryThemeId !== q.primaryThemeId) continue;
            const c =
              collator.compare(p.sourceRef, q.sourceRef) || collator.compare(p.title, q.title);
            expect(c).toBeLessThanOrEqual(0);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
