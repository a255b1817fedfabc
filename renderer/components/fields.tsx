import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Message } from '../../shared/i18n/translate';
import { tm } from './i18n';

/** The outcome of reading what the user typed. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: Message };

/** Label, control and the Dutch error message next to it, tied together for screen readers. */
export function Field(props: {
  label: string;
  error: Message | null;
  hint?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
  className?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [props.error ? errorId : null, props.hint ? hintId : null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`field ${props.className ?? ''} ${props.error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, describedBy, invalid: props.error !== null })}
      {props.hint ? (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field__error" id={errorId} role="alert">
          {tm(props.error)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Keeps what the user types next to the stored value: every valid change is saved at once;
 * an invalid one stays in the box with its message and is not saved. When the stored value
 * changes from elsewhere (undo, another window) and the box is not being edited, it follows.
 */
export function useDraft<T>(
  stored: T,
  format: (value: T) => string,
  parse: (text: string) => Parsed<T>,
  save: (value: T) => void,
  equal: (a: T, b: T) => boolean = Object.is,
) {
  const [text, setText] = useState(() => format(stored));
  const [error, setError] = useState<Message | null>(null);
  const lastSaved = useRef(stored);
  useEffect(() => {
    // Our own save coming back from the database changes nothing; anything else replaces the box.
    if (!equal(stored, lastSaved.current)) {
      lastSaved.current = stored;
      setText(format(stored));
      setError(null);
    }
    // format and equal are fixed per field kind; only a new stored value matters here
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);
  return {
    text,
    error,
    onChange: (next: string) => {
      setText(next);
      const parsed = parse(next);
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      setError(null);
      if (!equal(parsed.value, lastSaved.current)) {
        lastSaved.current = parsed.value;
        save(parsed.value);
      }
    },
  };
}

/** A one-line text box saved as you type. */
export function TextField(props: {
  label: string;
  value: string;
  onSave: (value: string) => void;
  parse?: (text: string) => Parsed<string>;
  error?: Message | null;
  hint?: string;
  multiline?: boolean;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}) {
  const draft = useDraft(
    props.value,
    (v) => v,
    props.parse ?? ((text) => ({ ok: true, value: text.trim() })),
    props.onSave,
  );
  const error = draft.error ?? props.error ?? null;
  return (
    <Field
      label={props.label}
      error={error}
      className={props.className}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      {({ id, describedBy, invalid }) =>
        props.multiline ? (
          <textarea
            id={id}
            value={draft.text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            rows={4}
            onChange={(e) => {
              draft.onChange(e.target.value);
            }}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={draft.text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            inputMode={props.inputMode}
            onChange={(e) => {
              draft.onChange(e.target.value);
            }}
          />
        )
      }
    </Field>
  );
}

/** A typed field whose text is parsed (numbers with a Dutch comma, money, months). */
export function ParsedField<T>(props: {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onSave: (value: T) => void;
  error?: Message | null;
  hint?: string;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
}) {
  const draft = useDraft(props.value, props.format, props.parse, props.onSave);
  const error = draft.error ?? props.error ?? null;
  return (
    <Field
      label={props.label}
      error={error}
      className={props.className}
      {...(props.hint ? { hint: props.hint } : {})}
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          value={draft.text}
          inputMode={props.inputMode ?? 'decimal'}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => {
            draft.onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** A choice from a list, saved on change; a choice the rules refuse stays shown with its message. */
export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  groups?: readonly { label: string; options: readonly { value: T; label: string }[] }[];
  onSave: (value: T) => void;
  error?: Message | null;
  className?: string;
}) {
  const draft = useDraft<T>(
    props.value,
    (v) => v,
    (text) => ({ ok: true, value: text as T }),
    props.onSave,
  );
  return (
    <Field label={props.label} error={props.error ?? null} className={props.className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={draft.text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => {
            draft.onChange(e.target.value);
          }}
        >
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {(props.groups ?? []).map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox saved on change; it shows the new state at once, and follows the stored one. */
export function CheckField(props: {
  label: string;
  checked: boolean;
  onSave: (value: boolean) => void;
  disabled?: boolean;
}) {
  const id = useId();
  const [checked, setChecked] = useState(props.checked);
  // Follow the stored value when it changes elsewhere (undo, another window).
  const [stored, setStored] = useState(props.checked);
  if (stored !== props.checked) {
    setStored(props.checked);
    setChecked(props.checked);
  }
  return (
    <div className="field field--check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={props.disabled}
        onChange={(e) => {
          setChecked(e.target.checked);
          props.onSave(e.target.checked);
        }}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}
