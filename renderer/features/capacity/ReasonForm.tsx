import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { t } from '../../components/i18n';

/** A second button of the reason form: its label and what it does with the reason. */
export type QuickAlso = {
  readonly label: string;
  readonly onSubmit: (reason: string) => Promise<unknown>;
};

/**
 * A small inline form that asks for the reason of a decision (a force, a what-if, adopting the
 * best selection) before it is written; Escape or *Annuleren* closes it without a change.
 */
export function ReasonForm(props: {
  label: string;
  confirm: string;
  className?: string;
  onSubmit: (reason: string) => Promise<unknown>;
  onDone: () => void;
  /** A second way to use the reason (issue 12: *Als scenario*, the programme stays as it is). */
  also?: QuickAlso | undefined;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const id = useId();
  const form = useRef<HTMLDivElement>(null);
  // Escape closes the form wherever focus is inside it (the field or either button).
  const onDone = props.onDone;
  useEffect(() => {
    const el = form.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      onDone();
    };
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
    };
  }, [onDone]);
  const submit = (how: (reason: string) => Promise<unknown> = props.onSubmit) => {
    if (reason.trim() === '') {
      setError(true);
      return;
    }
    void how(reason.trim()).then(props.onDone);
  };
  return (
    <div className={props.className ?? 'force-form'} ref={form}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        value={reason}
        maxLength={500}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        // Focus moves into the form the user just opened.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(e) => {
          setReason(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t('force.reasonRequired')}
        </p>
      ) : null}
      <div className="force-form__buttons">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            submit();
          }}
        >
          {props.confirm}
        </button>
        {props.also ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (props.also) submit(props.also.onSubmit);
            }}
          >
            {props.also.label}
          </button>
        ) : null}
        <button type="button" className="button" onClick={props.onDone}>
          {t('force.cancel')}
        </button>
      </div>
    </div>
  );
}

/**
 * A button that opens the reason form in its place; the form closes on submit, Escape or
 * *Annuleren*, and focus goes back to the button (the what-if and adopting the best selection).
 */
export function ReasonAction(props: {
  open: string;
  label: string;
  confirm: string;
  className: string;
  onSubmit: (reason: string) => Promise<unknown>;
  also?: QuickAlso | undefined;
}) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setAsking(false);
  }, []);
  // Back on the button once the form is gone.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return asking ? (
    <ReasonForm
      className={props.className}
      label={props.label}
      confirm={props.confirm}
      onSubmit={props.onSubmit}
      onDone={close}
      also={props.also}
    />
  ) : (
    <p>
      <button
        type="button"
        className="button button--primary"
        ref={opener}
        onClick={() => {
          setAsking(true);
        }}
      >
        {props.open}
      </button>
    </p>
  );
}
