import { useDecisionsHere } from './decisions-here';
import { useId, useMemo, useRef, useState, type Ref } from 'react';
import { DECISION_KINDS, type Decision, type DecisionKind } from '../../../shared/domain/review';
import { decisionDate } from '../../../shared/review/decision-log';
import { currentDecision, newestFirst, threadOf } from '../../../shared/review/edits';
import type { Message } from '../../../shared/i18n/translate';
import { formatNumber } from '../../../shared/format/nl';
import { t, tm } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** "Erin gezet door Anna de Vries op 9 oktober 2025". */
export function decisionSummary(d: Decision): string {
  const kind = t(`review.done.${d.kind}`);
  const date = decisionDate(d.at);
  return d.author === ''
    ? t('review.currentNoAuthor', { kind, date })
    : t('review.currentValue', { kind, author: d.author, date });
}

/** The decision in force on an activity, in words, with its reason (or "Nog geen besluit."). */
export function CurrentDecision(props: { activityId: string; className?: string }) {
  const decisions = useDecisionsHere();
  const d = currentDecision(decisions, props.activityId);
  return (
    <p className={props.className ?? 'review__current'}>
      {d ? (
        <>
          <strong>{decisionSummary(d)}</strong>
          {d.reason !== '' ? (
            <span className="review__reason">
              {' '}
              {t('review.currentReason', { reason: d.reason })}
            </span>
          ) : null}
        </>
      ) : (
        <span className="muted">{t('review.none')}</span>
      )}
    </p>
  );
}

/** The decision buttons' keys in the review mode: 1 to 5, in the order of DECISION_KINDS. */
export const DECISION_KEYS: Readonly<Record<string, DecisionKind>> = Object.fromEntries(
  // A key of the keyboard (event.key), never shown.
  // eslint-disable-next-line no-restricted-syntax
  DECISION_KINDS.map((k, i) => [String(i + 1), k]),
);

/**
 * What a director does with one activity (issue 12): the decision in force, the five decisions
 * with a reason, earlier decisions, and the comment thread with replies. Each decision and each
 * comment is one undoable step; a refusal is shown beside the reason or the comment, in Dutch.
 */
export function ReviewPanel(props: {
  activityId: string;
  title: string;
  /** The heading level of the panel's own headings (the panel sits under an h2 or an h3). */
  level?: 3 | 4;
  /** The review mode's number keys decide (1–5); said on the buttons only where they work. */
  keys?: boolean;
  reasonBox?: Ref<HTMLTextAreaElement>;
  commentBox?: Ref<HTMLTextAreaElement>;
}) {
  const { activityId, title, reasonBox, commentBox } = props;
  const decide = useKoers((s) => s.decide);
  const addComment = useKoers((s) => s.addComment);
  const decisions = useDecisionsHere();
  const comments = useKoers((s) => s.comments);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [status, setStatus] = useState('');
  const [text, setText] = useState('');
  const [commentError, setCommentError] = useState<Message | null>(null);
  const [replying, setReplying] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [replyError, setReplyError] = useState<Message | null>(null);
  const replyBox = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const H = props.level === 4 ? 'h4' : 'h3';
  const earlier = useMemo(
    () => newestFirst(decisions.filter((d) => d.activityId === activityId)).slice(1),
    [decisions, activityId],
  );
  const threads = useMemo(() => threadOf(comments, activityId), [comments, activityId]);

  const onDecide = async (kind: DecisionKind) => {
    const done = await decide(activityId, kind, reason);
    if (!done.ok) {
      setError(done.error);
      setStatus('');
      return;
    }
    setError(null);
    setReason('');
    setStatus(t('review.decided', { kind: t(`review.done.${kind}`), title }));
  };
  const onComment = async () => {
    const done = await addComment(activityId, text, null);
    if (!done.ok) {
      setCommentError(done.error);
      return;
    }
    setCommentError(null);
    setText('');
  };
  const onReply = async (to: string) => {
    const done = await addComment(activityId, reply, to);
    if (!done.ok) {
      setReplyError(done.error);
      return;
    }
    setReplyError(null);
    setReply('');
    setReplying(null);
  };
  const by = (author: string, at: string) =>
    author === ''
      ? t('review.commentByNoAuthor', { date: decisionDate(at) })
      : t('review.commentBy', { author, date: decisionDate(at) });

  return (
    <div className="review" data-review-activity={activityId}>
      <H className="review__heading">{t('review.current')}</H>
      <CurrentDecision activityId={activityId} />
      {earlier.length > 0 ? (
        <details className="review__earlier">
          <summary>{t('review.earlier', { count: formatNumber(earlier.length) })}</summary>
          <ul className="plain">
            {earlier.map((d) => (
              <li key={d.id}>
                {decisionSummary(d)}
                {d.reason !== '' ? ` — ${d.reason}` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className={`field ${error ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-reason`}>{t('review.reason')}</label>
        <textarea
          id={`${id}-reason`}
          ref={reasonBox}
          rows={2}
          maxLength={2000}
          value={reason}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-reason-error ${id}-reason-hint` : `${id}-reason-hint`}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
        />
        <p className="field__hint" id={`${id}-reason-hint`}>
          {t('review.reasonHint')}
        </p>
        {error ? (
          <p className="field__error" id={`${id}-reason-error`} role="alert">
            {tm(error)}
          </p>
        ) : null}
      </div>
      <div className="review__buttons" role="group" aria-label={t('review.panel')}>
        {DECISION_KINDS.map((kind, i) => (
          <button
            key={kind}
            type="button"
            className={`button button--small review__decide review__decide--${kind}`}
            aria-keyshortcuts={props.keys ? formatNumber(i + 1) : undefined}
            onClick={() => void onDecide(kind)}
          >
            {capitalise(t(`review.kind.${kind}`))}
          </button>
        ))}
      </div>
      <p className="sr-only" role="status">
        {status}
      </p>

      <H className="review__heading">{t('review.comments')}</H>
      {threads.length === 0 ? (
        <p className="muted small">{t('review.noComments')}</p>
      ) : (
        <ul className="review__thread plain">
          {threads.map(({ comment, replies }) => (
            <li key={comment.id} className="review__comment">
              <p className="review__by small muted">{by(comment.author, comment.at)}</p>
              <p className="review__text">{comment.text}</p>
              {replies.length > 0 ? (
                <ul className="review__replies plain">
                  {replies.map((r) => (
                    <li key={r.id} className="review__comment review__comment--reply">
                      <p className="review__by small muted">{by(r.author, r.at)}</p>
                      <p className="review__text">{r.text}</p>
                    </li>
                  ))}
                </ul>
              ) : null}
              {replying === comment.id ? (
                <div className={`field review__reply ${replyError ? 'field--invalid' : ''}`}>
                  <label htmlFor={`${id}-reply`}>
                    {comment.author === ''
                      ? t('review.replyToAnon')
                      : t('review.replyTo', { author: comment.author })}
                  </label>
                  <textarea
                    id={`${id}-reply`}
                    ref={replyBox}
                    rows={2}
                    maxLength={5000}
                    value={reply}
                    aria-invalid={replyError !== null}
                    aria-describedby={replyError ? `${id}-reply-error` : undefined}
                    // Focus moves into the reply box the person just opened.
                    // eslint-disable-next-line jsx-a11y/no-autofocus
                    autoFocus
                    onChange={(e) => {
                      setReply(e.target.value);
                      setReplyError(null);
                    }}
                  />
                  {replyError ? (
                    <p className="field__error" id={`${id}-reply-error`} role="alert">
                      {tm(replyError)}
                    </p>
                  ) : null}
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button--small button--primary"
                      onClick={() => void onReply(comment.id)}
                    >
                      {t('review.replyAdd')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        setReplying(null);
                        setReply('');
                        setReplyError(null);
                      }}
                    >
                      {t('review.replyCancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={`${t('review.reply')}: ${by(comment.author, comment.at)}`}
                  onClick={() => {
                    setReplying(comment.id);
                    setReply('');
                  }}
                >
                  {t('review.reply')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={`field ${commentError ? 'field--invalid' : ''}`}>
        <label htmlFor={`${id}-comment`}>{t('review.commentNew')}</label>
        <textarea
          id={`${id}-comment`}
          ref={commentBox}
          rows={2}
          maxLength={5000}
          value={text}
          aria-invalid={commentError !== null}
          aria-describedby={commentError ? `${id}-comment-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setCommentError(null);
          }}
        />
        {commentError ? (
          <p className="field__error" id={`${id}-comment-error`} role="alert">
            {tm(commentError)}
          </p>
        ) : null}
      </div>
      <p>
        <button type="button" className="button button--small" onClick={() => void onComment()}>
          {t('review.commentAdd')}
        </button>
      </p>
    </div>
  );
}

/** The first letter in capitals: "Erin zetten". */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
