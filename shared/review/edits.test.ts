import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDemoData } from '../demo/inspectie-jenv';
import { translate } from '../i18n/translate';
import type { Comment, Decision, DecisionKind } from '../domain/review';
import { Decision as DecisionSchema, Comment as CommentSchema } from '../domain/review';
import {
  addComment,
  currentDecision,
  decide,
  newestFirst,
  nextDecisionAt,
  releaseForce,
  threadOf,
  type DecisionInput,
} from './edits';

const demo = createDemoData();
const programme = demo.programmes.find((p) => p.year === 2026)!;
const activity = demo.activities.find((a) => a.programmeId === programme.id && !a.force)!;
const input = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  id: 'd1',
  programmeId: programme.id,
  activityId: activity.id,
  kind: 'afwijzen',
  reason: 'Geen capaciteit',
  author: 'Jet',
  at: '2025-10-09T10:00:00.000Z',
  ...over,
});

describe('decide', () => {
  it('refuses in Dutch a kind that needs a reason without one, naming the activity', () => {
    for (const kind of ['aanhouden', 'afwijzen', 'erin', 'eruit'] as const) {
      const r = decide(activity, input({ kind, reason: '  ' }));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      const text = translate(r.error.key, r.error.params);
      expect(text).toContain(activity.title);
      expect(text).toContain('Geef een reden');
    }
    // Accepting the ranking's outcome needs no reason.
    expect(decide(activity, input({ kind: 'accepteren', reason: '' })).ok).toBe(true);
  });

  it('refuses an unknown activity, and one of another programme', () => {
    const r = decide(null, input({ activityId: 'weg' }));
    expect(r.ok ? null : translate(r.error.key, r.error.params)).toMatch(/niet \(meer\).*weg/);
    expect(decide(activity, input({ programmeId: 'ander' })).ok).toBe(false);
  });

  it('makes a valid decision row; erin/eruit force the activity in the same edit, others not', () => {
    const kinds: DecisionKind[] = ['accepteren', 'aanhouden', 'afwijzen', 'erin', 'eruit'];
    for (const kind of kinds) {
      const r = decide(activity, input({ kind, reason: ' Past in het MJP ' }));
      if (!r.ok) throw new Error(r.error.key);
      expect(DecisionSchema.strict().safeParse(r.value.decision).success).toBe(true);
      expect(r.value.decision).toMatchObject({ kind, reason: 'Past in het MJP', author: 'Jet' });
      const force = r.value.activity?.force ?? null;
      if (kind === 'erin') expect(force).toEqual({ mode: 'in', reason: 'Past in het MJP' });
      else if (kind === 'eruit') expect(force).toEqual({ mode: 'out', reason: 'Past in het MJP' });
      else expect(r.value.activity).toBeNull();
    }
  });

  it('records lifting a force as accepteren with the old reason, and the force gone', () => {
    expect(releaseForce(activity, input()).ok).toBe(false);
    const forced = { ...activity, force: { mode: 'in' as const, reason: 'Kamerbrief' } };
    const r = releaseForce(forced, input());
    if (!r.ok) throw new Error(r.error.key);
    expect(r.value.decision.kind).toBe('accepteren');
    expect(r.value.decision.reason).toBe('Force opgeheven (was: Kamerbrief)');
    expect(r.value.activity?.force).toBeNull();
  });
});

describe('supersede order', () => {
  const row = (id: string, at: string, activityId: string = activity.id): Decision =>
    ({ ...input({ id, at, activityId }), scenarioId: null }) as Decision;

  it('the latest decision is the current one; none is rewritten', () => {
    const log = [row('a', '2025-10-09T10:00:00.000Z'), row('b', '2025-10-10T09:00:00.000Z')];
    expect(currentDecision(log, activity.id)?.id).toBe('b');
    expect(currentDecision(log, 'ander')).toBeNull();
    expect(newestFirst(log).map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('a new decision is stamped after every earlier one, whatever the clock says', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 10_000 }),
        (earlier, now) => {
          const base = Date.parse('2025-10-09T10:00:00.000Z');
          const log = earlier.map((ms, i) =>
            row(`x${String(i)}`, new Date(base + ms).toISOString(), i % 2 ? 'ander' : activity.id),
          );
          const at = nextDecisionAt(log, new Date(base + now).toISOString());
          const next = [...log, row('nieuw', at)];
          // The new decision is the one in force and heads the log; nothing before it changed.
          expect(currentDecision(next, activity.id)?.id).toBe('nieuw');
          expect(newestFirst(next)[0]?.id).toBe('nieuw');
          expect(next.slice(0, log.length)).toEqual(log);
        },
      ),
    );
  });
});

describe('comments', () => {
  const c = (over: Partial<Parameters<typeof addComment>[2]> = {}) => ({
    id: 'c1',
    programmeId: programme.id,
    activityId: activity.id,
    replyTo: null,
    text: 'Waarom nu?',
    author: 'Jet',
    at: '2025-10-09T10:00:00.000Z',
    ...over,
  });

  it('refuses an empty comment and a reply to a comment not in the thread, in Dutch', () => {
    const empty = addComment(activity, null, c({ text: ' ' }));
    expect(empty.ok ? null : translate(empty.error.key, empty.error.params)).toContain(
      activity.title,
    );
    expect(addComment(activity, null, c({ replyTo: 'weg' })).ok).toBe(false);
    expect(addComment(null, null, c()).ok).toBe(false);
  });

  it('makes a valid row; a reply hangs under the comment that started the thread', () => {
    const first = addComment(activity, null, c());
    if (!first.ok) throw new Error(first.error.key);
    expect(CommentSchema.strict().safeParse(first.value).success).toBe(true);
    const reply = addComment(
      activity,
      first.value,
      c({ id: 'c2', replyTo: 'c1', text: 'Kamervragen', at: '2025-10-09T11:00:00.000Z' }),
    );
    if (!reply.ok) throw new Error(reply.error.key);
    const deeper = {
      ...reply.value,
      id: 'c3',
      replyTo: 'c2',
      at: '2025-10-09T12:00:00.000Z',
    } as unknown as Comment;
    const threads = threadOf([deeper, reply.value, first.value], activity.id);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ['c1', ['c2', 'c3']],
    ]);
  });
});
