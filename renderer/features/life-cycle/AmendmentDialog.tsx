import { useEffect, useId, useRef, useState } from 'react';
import { AuthorField } from '../../components/AuthorField';
import { readAuthor } from '../../platform/settings';
import { AMENDMENT_REASONS, type AmendmentReason } from '../../../shared/domain/versions';
import { t, tm } from '../../components/i18n';
import { useKoers } from '../../state/store';
import type { AmendmentRequest } from '../../state/types';

/**
 * Asks why an adopted programme is changed, while the change waits (`amendmentRequest`): a modal
 * dialog (the page behind it is inert, so focus stays inside) with the reason code and a required
 * explanation. *Wijziging vastleggen* lets the change be written with its amendment; *Annuleren*
 * or Escape writes nothing. Focus goes back to where it was when the question came.
 */
export function AmendmentDialog() {
  const request = useKoers((s) => s.amendmentRequest);
  if (!request) return null;
  return <AmendmentQuestion request={request} />;
}

function AmendmentQuestion({ request }: { request: AmendmentRequest }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const explanationRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const id = useId();
  // The reason given last is offered again: Enter confirms it, or the person changes it.
  const [reason, setReason] = useState<AmendmentReason | null>(request.previous?.reason ?? null);
  const [explanation, setExplanation] = useState(request.previous?.explanation ?? '');
  const [errors, setErrors] = useState<{ reason: boolean; explanation: boolean }>({
    reason: false,
    explanation: false,
  });
  // Where focus was when the question came (the field that committed, or the next one).
  const [back] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const answered = useRef(false);
  const [unsigned] = useState(() => readAuthor() === '');

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    first.current?.focus();
    return () => {
      if (back?.isConnected) back.focus();
    };
  }, [back]);

  const answer = (value: Parameters<AmendmentRequest['answer']>[0]) => {
    if (answered.current) return;
    answered.current = true;
    dialog.current?.close();
    if (back?.isConnected) back.focus();
    request.answer(value);
  };

  const confirm = () => {
    const text = explanation.trim();
    const next = { reason: reason === null, explanation: text === '' };
    setErrors(next);
    if (next.reason) {
      first.current?.focus();
      return;
    }
    if (next.explanation || reason === null) {
      explanationRef.current?.focus();
      return;
    }
    answer({ reason, explanation: text });
  };

  return (
    <dialog
      ref={dialog}
      className="amendment-dialog"
      aria-labelledby={titleId}
      aria-describedby={`${id}-what`}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        answer(null);
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          confirm();
        }}
        noValidate
      >
        <h2 id={titleId}>{t('amendment.dialog.title')}</h2>
        <p id={`${id}-what`} className="amendment-dialog__what">
          {t('amendment.dialog.what', { what: tm(request.label) })}
        </p>
        <fieldset
          className={`amendment-dialog__reasons ${errors.reason ? 'field--invalid' : ''}`}
          aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
        >
          <legend>{t('amendment.dialog.reason')}</legend>
          <div className="amendment-dialog__options">
            {AMENDMENT_REASONS.map((code, i) => (
              <label key={code} className="amendment-dialog__option">
                <input
                  ref={i === 0 ? first : undefined}
                  type="radio"
                  name={`${id}-reason`}
                  value={code}
                  checked={reason === code}
                  onChange={() => {
                    setReason(code);
                    setErrors((x) => ({ ...x, reason: false }));
                  }}
                />
                {t(`amendment.reason.${code}`)}
              </label>
            ))}
          </div>
          {errors.reason ? (
            <p className="field__error" id={`${id}-reason-error`} role="alert">
              {t('amendment.dialog.reasonRequired')}
            </p>
          ) : null}
        </fieldset>
        <div className={`field ${errors.explanation ? 'field--invalid' : ''}`}>
          <label htmlFor={`${id}-explanation`}>{t('amendment.dialog.explanation')}</label>
          <textarea
            ref={explanationRef}
            id={`${id}-explanation`}
            rows={3}
            maxLength={2000}
            value={explanation}
            aria-invalid={errors.explanation}
            aria-describedby={
              errors.explanation ? `${id}-explanation-error ${id}-hint` : `${id}-hint`
            }
            onChange={(e) => {
              setExplanation(e.target.value);
              setErrors((x) => ({ ...x, explanation: false }));
            }}
          />
          <p className="muted small" id={`${id}-hint`}>
            {t('amendment.dialog.explanationHint')}
          </p>
          {errors.explanation ? (
            <p className="field__error" id={`${id}-explanation-error`} role="alert">
              {t('amendment.dialog.explanationRequired')}
            </p>
          ) : null}
        </div>
        {/* Without a name on this computer the amendment would be unsigned: ask it here too. */}
        {unsigned ? <AuthorField /> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            {t('amendment.dialog.confirm')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              answer(null);
            }}
          >
            {t('amendment.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
