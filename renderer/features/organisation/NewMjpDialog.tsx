import { useEffect, useId, useRef, useState } from 'react';
import type { Mjp } from '../../../shared/domain/schemas';
import { MJP_YEARS, formatYear, isMjpYear, type MjpStructure } from '../../../shared/edit/mjp';
import type { MessageKey } from '../../../shared/i18n/messages.nl';
import type { Message } from '../../../shared/i18n/translate';
import { t, tm } from '../../components/i18n';
import { useCommands } from '../../state/store';

/** Which part of the form a refusal is about, so its message stands beside that field. */
type Place = 'name' | 'years' | 'lines';

/** The field a refusal belongs to, by its message key. */
function placeOf(key: MessageKey): Place {
  if (key.startsWith('mjp.lines.')) return 'lines';
  if (key === 'mjp.yearRange' || key === 'mjp.endBeforeStart') return 'years';
  return 'name';
}

/** Reads a year as typed ("2029"); NaN for anything else (refused by the year check). */
const readYear = (text: string): number => (/^\s*\d{4}\s*$/.test(text) ? Number(text) : NaN);

/**
 * *MJP toevoegen*: name, period, structure (focuses with themes, or a flat list of goals) and
 * optionally the first entries, one a line (a line starting with "-" is a theme under the focus
 * above it). A modal dialog that takes focus, closes on Escape or *Annuleren* without a change,
 * and adds everything in one undoable step; a refusal stands beside its field, nothing written.
 */
export function NewMjpDialog(props: {
  organisationId: string;
  mjps: readonly Mjp[];
  /** Called when the dialog is closed; with the new MJP when one was added. */
  onClose: (added: { readonly id: string; readonly name: string } | null) => void;
}) {
  const c = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const nextStart = props.mjps.reduce((y, m) => Math.max(y, m.endYear + 1), 0) || 2025;
  const [name, setName] = useState('');
  const [start, setStart] = useState(formatYear(nextStart));
  const [end, setEnd] = useState(formatYear(nextStart + 3));
  const [structure, setStructure] = useState<MjpStructure>('tree');
  const [lines, setLines] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const added = useRef<{ id: string; name: string } | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    el?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);

  const close = () => {
    dialog.current?.close();
  };

  const submit = async () => {
    const startYear = readYear(start);
    const endYear = readYear(end);
    if (!isMjpYear(startYear) || !isMjpYear(endYear)) {
      setError({ key: 'mjp.yearRange', params: { ...MJP_YEARS } });
      return;
    }
    setBusy(true);
    const result = await c.createMjp({
      organisationId: props.organisationId,
      name,
      startYear,
      endYear,
      structure,
      lines,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    added.current = { id: result.id, name: name.trim() };
    close();
  };

  const place = error ? placeOf(error.key) : null;
  const errorId = `${id}-error`;
  const errorText = (at: Place) =>
    error && place === at ? (
      <p className="field__error" id={errorId} role="alert">
        {tm(error)}
      </p>
    ) : null;
  const invalid = (at: Place) =>
    place === at ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const change = (set: (v: string) => void) => (e: { target: { value: string } }) => {
    set(e.target.value);
    setError(null);
  };
  const hintId = `${id}-lines-hint`;

  return (
    <dialog
      ref={dialog}
      className="editor mjp-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={() => {
        props.onClose(added.current);
      }}
    >
      <form
        className="mjp-dialog__form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="editor__head">
          <div>
            <p className="editor__kicker">{t('mjp.dialog.kicker')}</p>
            <h2 id={`${id}-title`}>{t('mjp.add')}</h2>
          </div>
        </div>
        <div className="editor__body mjp-dialog__body">
          <div className={`field ${place === 'name' ? 'field--invalid' : ''}`}>
            <label htmlFor={`${id}-name`}>{t('mjp.name')}</label>
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={200}
              onChange={change(setName)}
              {...invalid('name')}
            />
            {errorText('name')}
          </div>
          <div className={`mjp-dialog__years ${place === 'years' ? 'field--invalid' : ''}`}>
            <div className="field">
              <label htmlFor={`${id}-start`}>{t('mjp.startYear')}</label>
              <input
                id={`${id}-start`}
                type="text"
                inputMode="numeric"
                value={start}
                onChange={change(setStart)}
                {...invalid('years')}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>{t('mjp.endYear')}</label>
              <input
                id={`${id}-end`}
                type="text"
                inputMode="numeric"
                value={end}
                onChange={change(setEnd)}
                {...invalid('years')}
              />
            </div>
            {errorText('years')}
          </div>
          <fieldset className="mjp-dialog__structure">
            <legend>{t('mjp.structure')}</legend>
            {(['tree', 'flat'] as const).map((s) => (
              <div className="field--check" key={s}>
                <input
                  id={`${id}-${s}`}
                  type="radio"
                  name={`${id}-structure`}
                  value={s}
                  checked={structure === s}
                  onChange={() => {
                    setStructure(s);
                    setError(null);
                  }}
                />
                <label htmlFor={`${id}-${s}`}>{t(`mjp.structure.${s}`)}</label>
              </div>
            ))}
          </fieldset>
          <div className={`field ${place === 'lines' ? 'field--invalid' : ''}`}>
            <label htmlFor={`${id}-lines`}>
              {t(structure === 'tree' ? 'mjp.lines.tree' : 'mjp.lines.flat')}
            </label>
            <textarea
              id={`${id}-lines`}
              rows={8}
              value={lines}
              onChange={change(setLines)}
              aria-invalid={place === 'lines'}
              aria-describedby={place === 'lines' ? `${errorId} ${hintId}` : hintId}
            />
            <p className="field__hint" id={hintId}>
              {t(structure === 'tree' ? 'mjp.lines.hintTree' : 'mjp.lines.hintFlat')}
            </p>
            {errorText('lines')}
          </div>
        </div>
        <div className="editor__foot mjp-dialog__foot">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('mjp.add')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('mjp.dialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
