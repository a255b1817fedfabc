import { useRef } from 'react';
import { formatDate } from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/**
 * While the adopted programme is on screen: says that changes are recorded as amendments, with the reason
 * this window gives them now; *Andere reden* forgets it, so the next change asks again.
 */
export function AmendmentBar() {
  const adoption = useKoers((s) => s.data?.programme.adoption ?? null);
  const reason = useKoers((s) => s.amendReason);
  const setAmendReason = useKoers((s) => s.setAmendReason);
  // A saved version on screen cannot be changed: its own banner says so, not this bar.
  // Nor a scenario (issue 12): its edits never change the adopted programme, so need no reason.
  const viewing = useKoers((s) => s.viewingVersionId !== null || s.openScenarioId !== null);
  const text = useRef<HTMLParagraphElement>(null);
  if (adoption === null || viewing) return null;
  const date = formatDate(adoption.on);
  return (
    <div className="banner amendment-bar">
      <p ref={text} tabIndex={-1}>
        {reason
          ? t('amendmentBar.current', {
              date,
              reason: t(`amendment.reason.${reason.reason}`),
              explanation: reason.explanation,
            })
          : t('amendmentBar.none', { date })}
      </p>
      {reason ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            setAmendReason(null);
            // The button goes; focus stays in the bar, on its new text.
            text.current?.focus();
          }}
        >
          {t('amendmentBar.other')}
        </button>
      ) : null}
    </div>
  );
}
