import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { format } from 'date-fns';
import type { Version } from '../../../shared/domain/versions';
import type { IsoDate } from '../../../shared/domain/units';
import { versionTextProblem } from '../../../shared/edit/version';
import { formatDateInput, parseDutchDate } from '../../../shared/format/dates';
import { formatDate } from '../../../shared/format/nl';
import type { Message } from '../../../shared/i18n/translate';
import { AuthorField } from '../../components/AuthorField';
import { t, tm } from '../../components/i18n';
import { adoptVersion } from '../../state/commands/calls';
import { useCommands, useKoers } from '../../state/store';
import { readAuthor } from '../../platform/settings';
import { VersionPackageButton } from '../review-package/ReviewPackageButton';

/** When a version was saved, in Dutch: `9 oktober 2025` and `10:15` (this computer's time). */
function savedWhen(version: Version): { date: string; time: string } {
  const at = new Date(version.savedAt);
  return { date: formatDate(format(at, 'yyyy-MM-dd') as IsoDate), time: format(at, 'HH:mm') };
}

/** A modal dialog that takes focus, closes on Escape or *Annuleren*, and gives focus back. */
function VersionDialog(props: {
  title: string;
  children: ReactNode;
  onSubmit: () => void;
  confirm: string | null;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    el?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="version-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        dialog.current?.close();
      }}
      onClose={props.onClose}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <div className="version-dialog__buttons">
          {props.confirm !== null ? (
            <button type="submit" className="button button--primary">
              {props.confirm}
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => {
              dialog.current?.close();
            }}
          >
            {t('versions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** A form field of a dialog: label, control, hint and its Dutch error, tied together. */
function DialogField(props: {
  label: string;
  error: Message | null;
  hint?: string;
  children: (a: { id: string; describedBy: string | undefined }) => ReactNode;
}) {
  const id = useId();
  const describedBy =
    [props.error ? `${id}-error` : null, props.hint ? `${id}-hint` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <div className={`field ${props.error ? 'field--invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({ id, describedBy })}
      {props.hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {tm(props.error)}
        </p>
      ) : null}
    </div>
  );
}

/** *Versie opslaan*: a name (required) and a note; one undoable step. */
function SaveDialog(props: { onClose: () => void }) {
  const { saveVersion, showNotice } = useCommands();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ name: Message | null; note: Message | null }>({
    name: null,
    note: null,
  });
  const [refused, setRefused] = useState<Message | null>(null);
  const author = readAuthor();
  const submit = () => {
    const problems = versionTextProblem(name, note);
    const next = {
      name: problems.name.ok ? null : problems.name.error,
      note: problems.note.ok ? null : problems.note.error,
    };
    setErrors(next);
    if (next.name || next.note) return;
    void saveVersion(name, note).then((result) => {
      if (!result.ok) {
        setRefused(result.error);
        return;
      }
      showNotice({ key: 'versions.saved', params: { name: name.trim() } }, 'info', result.seq);
      props.onClose();
    });
  };
  return (
    <VersionDialog
      title={t('versions.save')}
      confirm={t('versions.saveDialog.confirm')}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <p>{t('versions.saveDialog.intro')}</p>
      <DialogField label={t('versions.field.name')} error={errors.name}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="text"
            value={name}
            maxLength={200}
            aria-invalid={errors.name !== null}
            aria-describedby={describedBy}
            onChange={(e) => {
              setName(e.target.value);
              setErrors((x) => ({ ...x, name: null }));
            }}
          />
        )}
      </DialogField>
      <DialogField label={t('versions.field.note')} error={errors.note}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            value={note}
            rows={3}
            maxLength={5000}
            aria-invalid={errors.note !== null}
            aria-describedby={describedBy}
            onChange={(e) => {
              setNote(e.target.value);
              setErrors((x) => ({ ...x, note: null }));
            }}
          />
        )}
      </DialogField>
      <p className="version-dialog__author">
        {author === ''
          ? t('versions.saveDialog.noAuthor')
          : t('versions.saveDialog.author', { author })}
      </p>
      {refused ? (
        <p className="field__error" role="alert">
          {tm(refused)}
        </p>
      ) : null}
    </VersionDialog>
  );
}

/** *Vaststellen*: which version (the newest by default) and the date (today by default). */
function AdoptDialog(props: {
  programmeId: string;
  versions: readonly Version[];
  onClose: () => void;
}) {
  const { dispatch, showNotice } = useCommands();
  const [versionId, setVersionId] = useState(props.versions[0]?.id ?? '');
  const [date, setDate] = useState(() => formatDateInput(format(new Date(), 'yyyy-MM-dd')));
  const [dateError, setDateError] = useState<Message | null>(null);
  const [refused, setRefused] = useState<Message | null>(null);
  const check = (text: string): Message | null => {
    const parsed = parseDutchDate(text);
    return parsed.ok ? null : parsed.error;
  };
  const submit = () => {
    const parsed = parseDutchDate(date);
    if (!parsed.ok) {
      setDateError(parsed.error);
      return;
    }
    const version = props.versions.find((v) => v.id === versionId);
    if (!version) return;
    void dispatch(adoptVersion(props.programmeId, version.id, parsed.value), {
      label: { key: 'history.adoptVersion' },
      quiet: true,
    }).then((result) => {
      if (!result.ok) {
        setRefused(result.error);
        return;
      }
      showNotice(
        { key: 'versions.adopted', params: { date: formatDate(parsed.value), name: version.name } },
        'info',
        result.seq,
      );
      props.onClose();
    });
  };
  const none = props.versions.length === 0;
  return (
    <VersionDialog
      title={t('versions.adoptDialog.title')}
      confirm={none ? null : t('versions.adoptDialog.confirm')}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <p>{t('versions.adoptDialog.intro')}</p>
      {none ? (
        <p role="alert">{t('versions.adoptDialog.needVersion')}</p>
      ) : (
        <>
          <DialogField label={t('versions.field.version')} error={null}>
            {({ id, describedBy }) => (
              <select
                id={id}
                value={versionId}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setVersionId(e.target.value);
                }}
              >
                {props.versions.map((v) => {
                  const when = savedWhen(v);
                  return (
                    <option key={v.id} value={v.id}>
                      {t('versions.option', { name: v.name, date: `${when.date} ${when.time}` })}
                    </option>
                  );
                })}
              </select>
            )}
          </DialogField>
          <DialogField
            label={t('versions.field.adoptedOn')}
            error={dateError}
            hint={t('versions.field.dateHint')}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                type="text"
                value={date}
                aria-invalid={dateError !== null}
                aria-describedby={describedBy}
                onChange={(e) => {
                  setDate(e.target.value);
                  setDateError(check(e.target.value));
                }}
              />
            )}
          </DialogField>
        </>
      )}
      <p className="version-dialog__after">{t('versions.adoptDialog.after')}</p>
      {refused ? (
        <p className="field__error" role="alert">
          {tm(refused)}
        </p>
      ) : null}
    </VersionDialog>
  );
}

/** One saved version in the list: name, note, when and by whom, its adoption, *Bekijken*. */
function VersionItem(props: {
  version: Version;
  adoptedOn: IsoDate | null;
  viewing: boolean;
  onView: () => void;
}) {
  const { version } = props;
  const when = savedWhen(version);
  return (
    <li className={`versions__item ${props.viewing ? 'versions__item--viewing' : ''}`}>
      <div className="versions__text">
        <h3>{version.name}</h3>
        {props.adoptedOn ? (
          <p className="versions__adopted">
            {t('versions.adoptedOn', { date: formatDate(props.adoptedOn) })}
          </p>
        ) : null}
        <p className="versions__meta">
          {t('versions.savedAt', when)}{' '}
          {version.author === ''
            ? t('versions.noAuthor')
            : t('versions.by', { author: version.author })}
        </p>
        {version.note !== '' ? <p className="versions__note">{version.note}</p> : null}
      </div>
      <div className="review-package__version-actions">
        {props.viewing ? (
          <p className="versions__viewing">{t('versions.viewingNow')}</p>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={t('versions.viewLabel', { name: version.name })}
            onClick={props.onView}
          >
            {t('versions.view')}
          </button>
        )}
        <VersionPackageButton versionId={version.id} name={version.name} />
      </div>
    </li>
  );
}

/** The programme's saved versions: save one, adopt one, look at one. */
export function VersionsSection() {
  const live = useKoers((s) => s.liveData);
  const all = useKoers((s) => s.versions);
  const viewingId = useKoers((s) => s.viewingVersionId);
  const viewVersion = useKoers((s) => s.viewVersion);
  const [dialog, setDialog] = useState<'save' | 'adopt' | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const adoptButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // Once a dialog is gone (closed, or done), focus goes back to the button that opened it, or to
  // *Versie opslaan* when that button went (*Vaststellen* after adoption).
  const hadDialog = useRef(false);
  useEffect(() => {
    if (hadDialog.current && dialog === null) {
      const target = opener.current?.isConnected ? opener.current : saveButton.current;
      target?.focus();
    }
    hadDialog.current = dialog !== null;
  }, [dialog]);
  if (!live) return null;
  const programme = live.programme;
  // Newest first: the one most likely looked at or adopted.
  const versions = all.filter((v) => v.programmeId === programme.id).reverse();
  const adoption = programme.adoption;
  const adopted = versions.find((v) => v.id === adoption?.versionId);
  const close = () => {
    setDialog(null);
  };
  return (
    <section className="card card--wide versions" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('versions.list.title')}</h2>
      <p className="versions__intro">{t('versions.list.intro')}</p>
      <p className={`versions__state ${adoption ? 'versions__state--adopted' : ''}`}>
        {adoption
          ? t('versions.state.adopted', {
              date: formatDate(adoption.on),
              name: adopted?.name ?? '',
            })
          : t('versions.state.concept')}
      </p>
      {viewingId !== null ? (
        <p className="versions__while">{t('versions.whileViewing')}</p>
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="button button--primary"
            ref={saveButton}
            onClick={() => {
              opener.current = saveButton.current;
              setDialog('save');
            }}
          >
            {t('versions.save')}
          </button>
          {adoption ? null : (
            <button
              type="button"
              className="button"
              ref={adoptButton}
              onClick={() => {
                opener.current = adoptButton.current;
                setDialog('adopt');
              }}
            >
              {t('versions.adopt')}
            </button>
          )}
        </div>
      )}
      {versions.length === 0 ? (
        <p className="versions__none">{t('versions.none')}</p>
      ) : (
        <ol className="versions__list">
          {versions.map((v) => (
            <VersionItem
              key={v.id}
              version={v}
              adoptedOn={adoption?.versionId === v.id ? adoption.on : null}
              viewing={viewingId === v.id}
              onView={() => {
                viewVersion(v.id);
              }}
            />
          ))}
        </ol>
      )}
      <AuthorField className="versions__author" />
      {dialog === 'save' ? <SaveDialog onClose={close} /> : null}
      {dialog === 'adopt' ? (
        <AdoptDialog programmeId={programme.id} versions={versions} onClose={close} />
      ) : null}
    </section>
  );
}
