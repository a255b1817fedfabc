/**
 * The pure edits of the directors' review (issue 12): a decision on an activity and a comment in
 * its thread. Rows and arguments in, the rows to insert (and the activity's new force) or a Dutch
 * refusal out; the store writes them as one undoable step.
 */
import type { Force } from '../domain/capacity';
import type { Activity } from '../domain/schemas';
import type { Comment, Decision, DecisionKind } from '../domain/review';
import { translate } from '../i18n/translate';
import { fail, ok, type Result } from '../result';

/** What a person decides: the decision row without its derived parts. */
export type DecisionInput = {
  readonly id: string;
  readonly programmeId: string;
  readonly activityId: string;
  readonly kind: DecisionKind;
  readonly reason: string;
  readonly author: string;
  /** When (ISO timestamp, UTC); made by the caller (shared/ has no clock). */
  readonly at: string;
};

/** What a decision writes: its row, and the activity with its new force where the kind forces. */
export type DecisionEdit = { readonly decision: Decision; readonly activity: Activity | null };

/** The kinds that need a reason: everything but accepting the ranking's outcome. */
export const REASON_REQUIRED: ReadonlySet<DecisionKind> = new Set([
  'aanhouden',
  'afwijzen',
  'erin',
  'eruit',
]);

/** The force a decision of this kind sets (erin zetten, eruit zetten); undefined: none. */
export function forceOf(kind: DecisionKind, reason: string): Force | undefined {
  if (kind === 'erin') return { mode: 'in', reason };
  if (kind === 'eruit') return { mode: 'out', reason };
  return undefined;
}

/**
 * A decision on an activity: refused when the activity is not one of the programme's, or when
 * the kind needs a reason and none is given. *Erin zetten* and *eruit zetten* are forces: the
 * activity gets the force in the same edit. Nothing earlier is rewritten: the new row supersedes.
 */
export function decide(activity: Activity | null, input: DecisionInput): Result<DecisionEdit> {
  if (activity?.programmeId !== input.programmeId)
    return fail({ key: 'review.unknownActivity', params: { id: input.activityId } });
  const reason = input.reason.trim();
  if (REASON_REQUIRED.has(input.kind) && reason === '')
    return fail({
      key: 'review.reasonRequired',
      params: { kind: translate(`review.kind.${input.kind}`), title: activity.title },
    });
  const force = forceOf(input.kind, reason);
  const decision = {
    id: input.id,
    programmeId: input.programmeId,
    activityId: input.activityId,
    scenarioId: null,
    kind: input.kind,
    reason,
    author: input.author.trim(),
    at: input.at,
  } as Decision;
  return ok({ decision, activity: force ? { ...activity, force } : null });
}

/**
 * A force lifted (*Vrijgeven*) recorded as a decision: the activity goes back to its place by
 * the ranking, so the decision is *accepteren* with the reason "Force opgeheven" (and the old
 * force's reason), and the activity loses its force in the same edit. Refused like `decide`, and
 * when the activity has no force to lift.
 */
export function releaseForce(
  activity: Activity | null,
  input: Omit<DecisionInput, 'kind' | 'reason'>,
): Result<DecisionEdit> {
  if (activity?.programmeId !== input.programmeId)
    return fail({ key: 'review.unknownActivity', params: { id: input.activityId } });
  if (!activity.force) return fail({ key: 'review.noForce', params: { title: activity.title } });
  const reason = translate('review.forceReleasedReason', { reason: activity.force.reason });
  const made = decide(activity, { ...input, kind: 'accepteren', reason });
  if (!made.ok) return made;
  return ok({ decision: made.value.decision, activity: { ...activity, force: null } });
}

/**
 * When a new decision is stamped: now, or just after the latest decision of the programme when
 * the clock has not moved on (two clicks in one millisecond, a fixed or a set-back clock), so the
 * log has one order: the newest decision is the last by time, on its activity and in the log.
 */
export function nextDecisionAt(decisions: readonly Decision[], now: string): string {
  let latest = '';
  for (const d of decisions) if (d.at > latest) latest = d.at;
  if (latest === '' || now > latest) return now;
  return new Date(Date.parse(latest) + 1).toISOString();
}

/** The decisions newest first (by time; a tie by id, so the order never depends on reading order). */
export function newestFirst(decisions: readonly Decision[]): Decision[] {
  return [...decisions].sort((a, b) =>
    a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );
}

/** The decision in force on an activity: its latest (null when none was made). */
/**
 * The decisions that hold where the person is: the programme's own, and inside an open scenario
 * also that scenario's (made while it was open). Another scenario's never hold here.
 */
export function decisionsIn(
  decisions: readonly Decision[],
  scenarioId: string | null,
): readonly Decision[] {
  return decisions.filter((d) => d.scenarioId === null || d.scenarioId === scenarioId);
}

/** The decision in force on an activity: the newest (of those given). */
export function currentDecision(
  decisions: readonly Decision[],
  activityId: string,
): Decision | null {
  return newestFirst(decisions.filter((d) => d.activityId === activityId))[0] ?? null;
}

/** What a person writes: the comment row without its derived parts. */
export type CommentInput = {
  readonly id: string;
  readonly programmeId: string;
  readonly activityId: string;
  readonly replyTo: string | null;
  readonly text: string;
  readonly author: string;
  readonly at: string;
};

/**
 * A comment in an activity's thread, or a reply (`replyTo`) to one of that thread: refused when
 * the text is empty, the activity is not one of the programme's, or the comment it answers is
 * not in that thread.
 */
export function addComment(
  activity: Activity | null,
  answered: Comment | null,
  input: CommentInput,
): Result<Comment> {
  if (activity?.programmeId !== input.programmeId)
    return fail({ key: 'review.unknownActivity', params: { id: input.activityId } });
  const text = input.text.trim();
  if (text === '') return fail({ key: 'review.commentEmpty', params: { title: activity.title } });
  if (input.replyTo !== null && answered?.activityId !== input.activityId)
    return fail({ key: 'review.replyUnknown', params: { title: activity.title } });
  return ok({
    id: input.id,
    programmeId: input.programmeId,
    activityId: input.activityId,
    scenarioId: null,
    replyTo: input.replyTo,
    text,
    author: input.author.trim(),
    at: input.at,
  } as Comment);
}

/** A comment with the replies to it, oldest first. */
export type Thread = { readonly comment: Comment; readonly replies: readonly Comment[] };

/**
 * The thread of an activity: its comments oldest first, each with its replies (a reply to a
 * reply is shown under the comment that started it); a reply whose comment is gone stands alone.
 */
export function threadOf(comments: readonly Comment[], activityId: string): Thread[] {
  const own = comments
    .filter((c) => c.activityId === activityId)
    .sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : 1));
  const byId = new Map(own.map((c) => [c.id as string, c]));
  const rootOf = (c: Comment): Comment => {
    let at = c;
    const seen = new Set<string>();
    while (at.replyTo !== null && !seen.has(at.id)) {
      seen.add(at.id);
      const parent = byId.get(at.replyTo);
      if (!parent) break;
      at = parent;
    }
    return at;
  };
  const replies = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const c of own) {
    const root = rootOf(c);
    if (root.id === c.id) roots.push(c);
    else replies.set(root.id, [...(replies.get(root.id) ?? []), c]);
  }
  return roots.map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}
