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
  useEffect(() => {
    if (!notice || notice.tone === 'error') return;
    const timer = window.setTimeout(dismiss, NOTICE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [notice, dismiss]);
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className={`notice notice--${notice.tone}`}>
          <span>{tm(notice.message)}</span>
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
