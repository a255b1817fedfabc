import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { createDemoLifeCycle, DEMO_ADOPTED_VERSION } from '../demo/life-cycle';
import type { Comment, Decision } from '../domain/review';
import type { Activity } from '../domain/schemas';
import { rowsOfBundles, type TableRows } from '../domain/tables';
import { canonicalJson } from './checksum';
import {
  applyRowChanges,
  planReviewMerge,
  type MergeBase,
  type MergeChoices,
  type MergePlan,
} from './merge';

const demo = createDemoData();
const programme = demo.programmes[0]!;
/** A few activities of the programme: the base the package and the draft both start from. */
const baseActivities = demo.activities.filter((a) => a.programmeId === programme.id).slice(0, 6);
const base: MergeBase = { programme, activities: baseActivities };
const N = baseActivities.length;

/** What an edit may do to one activity (few values, so both sides often pick the same). */
const edit = fc.oneof(
  { arbitrary: fc.constant({ kind: 'keep' as const }), weight: 3 },
  fc.record({ kind: fc.constant('title' as const), suffix: fc.constantFrom(' (A)', ' (B)') }),
  fc.record({ kind: fc.constant('funded' as const), confirmed: fc.boolean() }),
  fc.record({ kind: fc.constant('force' as const), mode: fc.constantFrom('in', 'out') }),
  fc.constant({ kind: 'delete' as const }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

/** The activities after one edit each (a deleted one is left out). */
function edited(edits: readonly Edit[]): Activity[] {
  return baseActivities.flatMap((a, i): Activity[] => {
    const e = edits[i] ?? { kind: 'keep' as const };
    if (e.kind === 'delete') return [];
    if (e.kind === 'title') return [{ ...a, title: `${a.title}${e.suffix}` }];
    if (e.kind === 'funded') return [{ ...a, fundingConfirmed: e.confirmed }];
    if (e.kind === 'force') return [{ ...a, force: { mode: e.mode, reason: 'Besluit' } }];
    return [a];
  });
}

const edits = fc.array(edit, { minLength: N, maxLength: N });

/** A pool of comments and decisions with stable ids (one content per id, as the app makes them). */
const comments: Comment[] = Array.from(
  { length: 6 },
  (_, i) =>
    ({
      id: `c-${i}`,
      programmeId: programme.id,
      activityId: baseActivities[i % N]!.id,
      scenarioId: null,
      replyTo: i > 2 ? `c-${i - 3}` : null,
      text: `Opmerking ${i}`,
      author: i % 2 === 0 ? 'Directeur A' : 'Directeur B',
      at: `2026-03-0${i + 1}T10:00:00.000Z`,
    }) as Comment,
);
const decisions: Decision[] = Array.from(
  { length: 4 },
  (_, i) =>
    ({
      id: `d-${i}`,
      programmeId: programme.id,
      activityId: baseActivities[i % N]!.id,
      scenarioId: null,
      kind: i % 2 === 0 ? 'accepteren' : 'afwijzen',
      reason: `Reden ${i}`,
      author: 'Directeur A',
      at: `2026-03-0${i + 1}T11:00:00.000Z`,
    }) as Decision,
);
const someOf = <T>(pool: readonly T[]) => fc.subarray([...pool]);

/** The rows here: the demo with the draft's edits to the base activities. */
function current(draftEdits: readonly Edit[], own: { c: Comment[]; d: Decision[] }): TableRows {
  const rows = rowsOfBundles([demo]);
  const baseIds = new Set<string>(baseActivities.map((a) => a.id));
  return {
    ...rows,
    activities: [...rows.activities.filter((a) => !baseIds.has(a.id)), ...edited(draftEdits)],
    comments: own.c,
    decisions: own.d,
  };
}

/** The package's rows: the programme with the package's edits, and its comments and decisions. */
function packageRows(pkgEdits: readonly Edit[], c: Comment[], d: Decision[]): TableRows {
  return {
    ...rowsOfBundles([{ ...demo, activities: edited(pkgEdits) }]),
    programmes: [programme],
    comments: c,
    decisions: d,
  };
}

/** A choice per activity, applied to every conflict of that activity. */
const choicesFor = (picks: readonly boolean[], plan: MergePlan): MergeChoices =>
  Object.fromEntries(
    plan.conflicts.map((c) => {
      const i = baseActivities.findIndex((a) => a.id === c.id);
      return [c.key, picks[i] === true ? 'package' : 'draft'];
    }),
  );

const sorted = (rows: readonly { id: string }[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => canonicalJson(r));

describe('merging a review package (property)', () => {
  it('is idempotent: reading the same package twice changes nothing the second time', () => {
    fc.assert(
      fc.property(
        edits,
        edits,
        fc.array(fc.boolean(), { minLength: N, maxLength: N }),
        someOf(comments),
        someOf(decisions),
        fc.boolean(),
        (draftEdits, pkgEdits, picks, c, d, knowBase) => {
          const here = current(draftEdits, { c: [], d: [] });
          const pkg = packageRows(pkgEdits, c, d);
          const b = knowBase ? base : null;
          const first = planReviewMerge(here, pkg, programme.id, b);
          const choices = choicesFor(picks, first);
          const once = applyRowChanges(
            here,
            planReviewMerge(here, pkg, programme.id, b, choices).changes,
          );
          const second = planReviewMerge(once, pkg, programme.id, b, choices);
          expect(second.changes).toEqual([]);
          expect(second.counts.decisions + second.counts.comments).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('merges comments and decisions the same in any order, never duplicating one', () => {
    fc.assert(
      fc.property(
        someOf(comments),
        someOf(comments),
        someOf(decisions),
        someOf(decisions),
        someOf(comments),
        (c1, c2, d1, d2, own) => {
          const here = current([], { c: own, d: [] });
          const p1 = packageRows([], c1, d1);
          const p2 = packageRows([], c2, d2);
          const read = (rows: TableRows, p: TableRows) =>
            applyRowChanges(rows, planReviewMerge(rows, p, programme.id, base).changes);
          const ab = read(read(here, p1), p2);
          const ba = read(read(here, p2), p1);
          expect(sorted(ab.comments)).toEqual(sorted(ba.comments));
          expect(sorted(ab.decisions)).toEqual(sorted(ba.decisions));
          const ids = ab.comments.map((x) => x.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...own, ...c1, ...c2].map((x) => x.id)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never overwrites a field the draft changed since the base, unless the person chooses', () => {
    fc.assert(
      fc.property(edits, edits, fc.boolean(), (draftEdits, pkgEdits, knowBase) => {
        const here = current(draftEdits, { c: [], d: [] });
        const draft = new Map(edited(draftEdits).map((a) => [a.id as string, a]));
        const plan = planReviewMerge(
          here,
          packageRows(pkgEdits, [], []),
          programme.id,
          knowBase ? base : null,
        );
        const after = new Map(
          applyRowChanges(here, plan.changes).activities.map((a) => [a.id as string, a]),
        );
        for (const a of baseActivities) {
          const d = draft.get(a.id);
          const now = after.get(a.id);
          if (!d) {
            // Deleted in the draft: it stays deleted unless the package added it anew without a base.
            if (knowBase) expect(now).toBeUndefined();
            continue;
          }
          for (const field of Object.keys(a) as (keyof Activity)[]) {
            const changedHere = canonicalJson(d[field]) !== canonicalJson(a[field]);
            if (changedHere || !knowBase)
              expect(canonicalJson(now?.[field])).toBe(canonicalJson(d[field]));
          }
        }
        // A field only the package changed is taken (with a base known).
        if (knowBase) {
          const pkg = new Map(edited(pkgEdits).map((a) => [a.id as string, a]));
          for (const a of baseActivities) {
            const p = pkg.get(a.id);
            const d = draft.get(a.id);
            if (!p || !d) continue;
            for (const field of ['title', 'fundingConfirmed', 'force'] as const)
              if (
                canonicalJson(d[field]) === canonicalJson(a[field]) &&
                canonicalJson(p[field]) !== canonicalJson(a[field])
              )
                expect(canonicalJson(after.get(a.id)?.[field])).toBe(canonicalJson(p[field]));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never changes an adopted version or the adoption, whatever the package says and the person picks', () => {
    const life = createDemoLifeCycle();
    const here = rowsOfBundles([life]);
    const adopted = here.programmes.find((p) => p.adoption?.versionId === DEMO_ADOPTED_VERSION)!;
    fc.assert(
      fc.property(
        fc.string({ maxLength: 20 }),
        fc.constantFrom(null, '2026-01-01'),
        fc.boolean(),
        (name, on, knowBase) => {
          const pkg: TableRows = {
            ...here,
            programmes: [
              {
                ...adopted,
                name: `${adopted.name}${name}`,
                adoption: on === null ? null : { versionId: DEMO_ADOPTED_VERSION, on },
              } as typeof adopted,
            ],
            versions: here.versions.map((v) => ({ ...v, name: `${v.name}${name}`, content: {} })),
            activities: here.activities.filter((a) => a.programmeId === adopted.id),
          };
          const first = planReviewMerge(here, pkg, adopted.id, knowBase ? base : null);
          const all = Object.fromEntries(first.conflicts.map((c) => [c.key, 'package' as const]));
          const after = applyRowChanges(
            here,
            planReviewMerge(here, pkg, adopted.id, knowBase ? base : null, all).changes,
          );
          expect(after.versions).toEqual(here.versions);
          const now = after.programmes.find((p) => p.id === adopted.id)!;
          expect(now.adoption).toEqual(adopted.adoption);
          expect(now.closedOn).toEqual(adopted.closedOn);
        },
      ),
      { numRuns: 100 },
    );
  });
});
