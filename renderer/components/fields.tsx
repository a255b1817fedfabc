import {
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Message } from '../../shared/i18n/translate';
import { StoreContext } from '../state/store';
import type { CommandCall } from '../state/commands/calls';
import type { DispatchResult } from '../state/types';
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

/** The field being edited now, so Ctrl+Z can first withdraw its unsaved text (see App's keys). */
export type ActiveField = {
  /** True while the field holds text that is not the stored value. */
  readonly dirty: () => boolean;
  /** Withdraws the text: the field shows the stored value again. */
  readonly revert: () => void;
};

let active: ActiveField | null = null;

/** The field with focus, if it is one of Koers's fields. */
export function activeField(): ActiveField | null {
  return active;
}

let visits = 0;

/**
 * One visit to a field, from focus to leaving it: what the person types stays in the field and is
 * never replaced by the database while they edit; it is stored only whole and valid (by the same
 * rules the file reader applies, checked again when the command runs), when they leave the field
 * or press Enter, as one undo step named after the field. Invalid text stays, marked, with its
 * message; Escape (or Ctrl+Z) gives the stored value back. While typing, the valid value is kept
 * in the journal, so a reload or a crash loses nothing (state/journal.ts).
 */
export function useFieldEdit<T>(options: {
  stored: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  save: (value: T) => CommandCall | null;
  label: string;
  check?: (value: T) => Message | null;
  equal?: (a: T, b: T) => boolean;
}) {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext ontbreekt');
  const uid = useId();
  const slot = `field:${uid}`;
  const [draft, setDraft] = useState<{ text: string; error: Message | null } | null>(null);
  const visit = useRef<string | null>(null);
  const latest = useRef({ options, draft });
  // Handlers read the latest props and text; events come after React has committed a render.
  useLayoutEffect(() => {
    latest.current = { options, draft };
  });
  const equal = options.equal ?? Object.is;
  const label: Message = { key: 'history.field', params: { field: options.label } };

  const evaluate = (text: string): Parsed<T> => {
    const parsed = latest.current.options.parse(text);
    if (!parsed.ok) return parsed;
    const broken = latest.current.options.check?.(parsed.value) ?? null;
    return broken ? { ok: false, error: broken } : parsed;
  };

  const journal = () => store.getState().journal;
  const sending = useRef<string | null>(null);

  /**
   * The field after its write of `text`: the stored value, or the text with its refusal. A change
   * to an adopted programme the person gave no reason for shows the stored value again (the
   * notice says nothing was changed).
   */
  const settle = (result: DispatchResult, text: string): void => {
    const declined = !result.ok && result.error.key === 'amendment.cancelled';
    if (declined) store.getState().showNotice(result.error);
    setDraft((d) => {
      if (d === null || d.text !== text) return d;
      return result.ok || declined ? null : { text, error: result.error };
    });
  };

  const revert = (): void => {
    setDraft(null);
    journal().remove(slot);
    store.getState().setEditing(slot, null);
  };

  const commit = (): void => {
    const current = latest.current.draft;
    if (current === null) return;
    // A refusal of a version shown holds no typing of its own: nothing to store, ever.
    if (current.error?.key === 'version.immutable') {
      setDraft(null);
      return;
    }
    const parsed = evaluate(current.text);
    if (!parsed.ok) return;
    journal().remove(slot);
    store.getState().setEditing(slot, null);
    if (equal(parsed.value, latest.current.options.stored)) {
      setDraft(null);
      return;
    }
    const call = latest.current.options.save(parsed.value);
    if (call === null) return;
    const text = current.text;
    // The same text already on its way (Enter, then the blur an amendment question causes).
    if (sending.current === text) return;
    sending.current = text;
    visit.current ??= `${uid}:${++visits}`;
    void store
      .getState()
      .dispatch(call, { label, visit: visit.current, quiet: true })
      .then((result) => {
        sending.current = null;
        // Only text the person has not changed since is replaced by the stored value.
        settle(result, text);
      });
  };

  /** While a saved version is shown nothing is typed into it: the field says why (issue 10). */
  const refusedByVersion = (): boolean => {
    if (store.getState().viewingVersionId === null) return false;
    const { stored, format } = latest.current.options;
    setDraft({ text: format(stored), error: { key: 'version.immutable' } });
    journal().remove(slot);
    store.getState().setEditing(slot, null);
    return true;
  };

  const change = (text: string): void => {
    if (refusedByVersion()) return;
    const { stored, format, save } = latest.current.options;
    if (text === format(stored)) {
      revert();
      return;
    }
    const parsed = evaluate(text);
    setDraft({ text, error: parsed.ok ? null : parsed.error });
    store.getState().setEditing(slot, { label: latest.current.options.label, valid: parsed.ok });
    const call = parsed.ok && !equal(parsed.value, stored) ? save(parsed.value) : null;
    if (call)
      journal().put(slot, {
        call,
        label,
        visit: visit.current,
        scenarioId: store.getState().openScenarioId,
      });
    else journal().remove(slot);
  };

  const handle: ActiveField = {
    dirty: () => latest.current.draft !== null,
    revert,
  };

  // A field that goes away while holding valid text (a dialog closed by code) still stores it.
  useEffect(
    () => () => {
      commit();
      store.getState().setEditing(slot, null);
      if (active?.revert === handle.revert) active = null;
    },
    // commit and handle read the latest values through refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  return {
    text: draft?.text ?? options.format(options.stored),
    error: draft?.error ?? null,
    onFocus: () => {
      visit.current = `${uid}:${++visits}`;
      active = handle;
    },
    onBlur: () => {
      commit();
      if (active === handle) active = null;
    },
    /** Leaving a control that stores on choice (a select): nothing to store, only let go. */
    release: () => {
      if (active === handle) active = null;
    },
    onChange: change,
    onKeyDown: (e: React.KeyboardEvent, multiline: boolean) => {
      const draft = latest.current.draft;
      if (e.key === 'Escape' && draft !== null && draft.error !== null) {
        // Escape gives the stored value back for text that cannot be stored; valid text is kept
        // (a dialog closing on Escape stores it), so Escape never throws away good typing.
        e.preventDefault();
        e.stopPropagation();
        revert();
      } else if (e.key === 'Enter' && !multiline) {
        commit();
      }
    },
    /** Stores a choice at once (selects, checkboxes): one step per choice. */
    choose: (value: T) => {
      if (refusedByVersion()) return;
      const call = latest.current.options.save(value);
      if (call === null) return;
      visit.current = `${uid}:${++visits}`;
      const text = latest.current.options.format(value);
      setDraft({ text, error: null });
      void store
        .getState()
        .dispatch(call, { label, visit: visit.current, quiet: true })
        .then((result) => {
          settle(result, text);
        });
    },
  };
}

/** Props every text-like field takes. */
type TextLikeProps<T> = {
  label: string;
  value: T;
  /** The command that stores a valid value (null: nothing to store). */
  save: (value: T) => CommandCall | null;
  /** Rules beyond the text's form (e.g. the activity's rules); a message refuses the value. */
  check?: (value: T) => Message | null;
  error?: Message | null;
  hint?: string;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
};

/** A one-line (or multi-line) text box, stored when the person leaves it. */
export function TextField(
  props: TextLikeProps<string> & {
    parse?: (text: string) => Parsed<string>;
    multiline?: boolean;
  },
) {
  const edit = useFieldEdit({
    stored: props.value,
    format: (v) => v,
    parse: props.parse ?? ((text) => ({ ok: true, value: props.multiline ? text : text.trim() })),
    save: props.save,
    label: props.label,
    ...(props.check ? { check: props.check } : {}),
  });
  const error = edit.error ?? props.error ?? null;
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
            value={edit.text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            rows={4}
            onFocus={edit.onFocus}
            onBlur={edit.onBlur}
            onKeyDown={(e) => {
              edit.onKeyDown(e, true);
            }}
            onChange={(e) => {
              edit.onChange(e.target.value);
            }}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={edit.text}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            inputMode={props.inputMode}
            onFocus={edit.onFocus}
            onBlur={edit.onBlur}
            onKeyDown={(e) => {
              edit.onKeyDown(e, false);
            }}
            onChange={(e) => {
              edit.onChange(e.target.value);
            }}
          />
        )
      }
    </Field>
  );
}

/** A typed field whose text is parsed (numbers with a Dutch comma, money, dates). */
export function ParsedField<T>(
  props: TextLikeProps<T> & {
    format: (value: T) => string;
    parse: (text: string) => Parsed<T>;
  },
) {
  const edit = useFieldEdit({
    stored: props.value,
    format: props.format,
    parse: props.parse,
    save: props.save,
    label: props.label,
    ...(props.check ? { check: props.check } : {}),
  });
  const error = edit.error ?? props.error ?? null;
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
          value={edit.text}
          inputMode={props.inputMode ?? 'decimal'}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onFocus={edit.onFocus}
          onBlur={edit.onBlur}
          onKeyDown={(e) => {
            edit.onKeyDown(e, false);
          }}
          onChange={(e) => {
            edit.onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}

/** A choice from a list, stored at once; a choice the rules refuse stays shown with its message. */
export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  groups?: readonly { label: string; options: readonly { value: T; label: string }[] }[];
  save: (value: T) => CommandCall | null;
  check?: (value: T) => Message | null;
  error?: Message | null;
  className?: string;
}) {
  const edit = useFieldEdit<T>({
    stored: props.value,
    format: (v) => v,
    parse: (text) => ({ ok: true, value: text as T }),
    save: props.save,
    label: props.label,
    ...(props.check ? { check: props.check } : {}),
  });
  return (
    <Field
      label={props.label}
      error={edit.error ?? props.error ?? null}
      className={props.className}
    >
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={edit.text}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onFocus={edit.onFocus}
          onBlur={edit.release}
          onKeyDown={(e) => {
            edit.onKeyDown(e, true);
          }}
          onChange={(e) => {
            const value = e.target.value as T;
            const broken = props.check?.(value) ?? null;
            if (broken) edit.onChange(value);
            else edit.choose(value);
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

/** A checkbox stored on change; it shows the new state at once, and follows the stored one. */
export function CheckField(props: {
  label: string;
  checked: boolean;
  save: (value: boolean) => CommandCall | null;
  disabled?: boolean;
}) {
  const id = useId();
  const edit = useFieldEdit<boolean>({
    stored: props.checked,
    format: (v) => (v ? '1' : ''),
    parse: (text) => ({ ok: true, value: text === '1' }),
    save: props.save,
    label: props.label,
  });
  // A refused choice shows the stored state again, with the reason beside it.
  const refused = edit.error;
  return (
    <div className={`field field--check ${refused ? 'field--invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={refused ? props.checked : edit.text === '1'}
        disabled={props.disabled}
        aria-invalid={refused !== null}
        aria-describedby={refused ? `${id}-error` : undefined}
        onChange={(e) => {
          edit.choose(e.target.checked);
        }}
      />
      <label htmlFor={id}>{props.label}</label>
      {refused ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {tm(refused)}
        </p>
      ) : null}
    </div>
  );
}
