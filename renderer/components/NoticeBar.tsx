import { useEffect } from 'react';
import { useKoers } from '../state/store';
import { t, tm } from './i18n';

/** How long an informational notice stays; errors stay until dismissed. */
const NOTICE_MS = 8000;

/** The message line at the bottom: what just happened, with an undo button where it helps. */
export function NoticeBar() {
  const notice = useKoers((s) => s.notice);
  const dismiss = useKoers((s) => s.dismissNotice);
  const undo = useKoers((s) => s.undo);
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    // A notice with links stays longer: a person needs time to read and pick one.
    const timer = window.setTimeout(dismiss, notice.groups ? NOTICE_MS * 2 : NOTICE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [notice, dismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className={`notice notice--${notice.tone}`}>
          <span>
            {tm(notice.message)}
            {notice.groups?.map((g, gi) => (
              <span key={gi} className="notice__group">
                {' '}
                {tm(g.label)}{' '}
                {g.links.map((l, li) => (
                  <span key={l.activityId}>
                    <button
                      type="button"
                      className="notice__link"
                      onClick={() => {
                        dismiss();
                        navigate('programme');
                        openActivity(l.activityId);
                      }}
                    >
                      {l.title}
                    </button>
                    {li < g.links.length - 1
                      ? ', '
                      : gi < (notice.groups?.length ?? 0) - 1
                        ? ';'
                        : '.'}
                  </span>
                ))}
              </span>
            ))}
          </span>
          {notice.undoSeq !== null ? (
            <button
              type="button"
              className="button button--inverse"
              onClick={() => {
                dismiss();
                void undo(notice.undoSeq ?? undefined);
              }}
            >
              {t('history.undo')}
            </button>
          ) : null}
          <button
            type="button"
            className="notice__close"
            aria-label={t('notice.dismiss')}
            onClick={dismiss}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
