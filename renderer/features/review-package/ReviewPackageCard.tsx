import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { format } from 'date-fns';
import { formatDate, formatNumber } from '../../../shared/format/nl';
import { nl, type MessageKey } from '../../../shared/i18n/messages.nl';
import type { IsoDate } from '../../../shared/domain/units';
import { canonicalJson } from '../../../shared/review-package/checksum';
import type { MergeChoices, MergeConflict } from '../../../shared/review-package/merge';
import { t } from '../../components/i18n';
import { readRememberedPackage } from '../../platform/review-package-memory';
import { bringsPhrase, type ReviewPreview } from '../../state/commands/review-package';
import { useCommands, useKoers } from '../../state/store';

/** A value of a conflicting field in a few Dutch words. */
function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return t('review.empty');
  if (typeof value === 'boolean') return value ? t('review.yes') : t('review.no');
  if (typeof value === 'number') return formatNumber(value);
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The Dutch name of a field (the activity editor's label where there is one). */
function fieldName(field: string): string {
  if (field === '*') return t('review.wholeRow');
  const key = `field.${field}`;
  return key in nl ? t(key as MessageKey) : field;
}

/** One conflict: the draft's value or the package's, as two radio buttons. */
function ConflictChoice(props: {
  conflict: MergeConflict;
  choice: 'draft' | 'package';
  onChoose: (choice: 'draft' | 'package') => void;
}) {
  const { conflict } = props;
  const name = useId();
  const whole = conflict.field === '*';
  return (
    <fieldset className="review-package__conflict">
      <legend>
        {t('review.conflictLegend', { label: conflict.label, field: fieldName(conflict.field) })}
      </legend>
      <label>
        <input
          type="radio"
          name={name}
          checked={props.choice === 'draft'}
          onChange={() => {
            props.onChoose('draft');
          }}
        />{' '}
        {t('review.keepDraft', { value: whole ? t('review.deleted') : shown(conflict.draft) })}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={props.choice === 'package'}
          onChange={() => {
            props.onChoose('package');
          }}
        />{' '}
        {t('review.takePackage', { value: whole ? conflict.label : shown(conflict.package) })}
      </label>
    </fieldset>
  );
}

/** The decisions and comments a package adds, each with its activity and author. */
function Brought(props: { preview: ReviewPreview }) {
  const { plan, pkg } = props.preview;
  const titles = new Map<string, string>(pkg.rows.activities.map((a) => [a.id, a.title]));
  const titleOf = (id: string | null) =>
    id === null ? t('review.onProgramme') : (titles.get(id) ?? id);
  const who = (author: string) => (author === '' ? t('review.anonymous') : author);
  const added = plan.changes.filter((c) => c.before === null);
  const decisions = added.flatMap((c) => (c.table === 'decisions' && c.after ? [c.after] : []));
  const comments = added.flatMap((c) => (c.table === 'comments' && c.after ? [c.after] : []));
  return (
    <>
      {decisions.length > 0 ? (
        <>
          <h4>{t('review.newDecisions')}</h4>
          <ul className="review-package__list">
            {decisions.map((d) => (
              <li key={d.id}>
                {t('review.decisionItem', {
                  activity: titleOf(d.activityId),
                  kind: t(`review.kind.${d.kind}`),
                  author: who(d.author),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {comments.length > 0 ? (
        <>
          <h4>{t('review.newComments')}</h4>
          <ul className="review-package__list">
            {comments.map((x) => (
              <li key={x.id}>
                {t('review.commentItem', {
                  activity: titleOf(x.activityId),
                  text: x.text.length > 120 ? `${x.text.slice(0, 119)}…` : x.text,
                  author: who(x.author),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** What a package brings, its conflicts to resolve, and *Pakket inlezen* / *Annuleren*. */
function PreviewPanel(props: { preview: ReviewPreview; onDone: () => void }) {
  const { applyReviewPackage } = useCommands();
  const { preview } = props;
  const { manifest } = preview.pkg;
  const [choices, setChoices] = useState<Record<string, 'draft' | 'package'>>({});
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const all = (choice: 'draft' | 'package') => {
    setChoices(Object.fromEntries(preview.plan.conflicts.map((c) => [c.key, choice])));
  };
  return (
    <section className="review-package__preview" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {t('review.previewTitle', { file: preview.pkg.fileName })}
      </h3>
      <p>
        {t(
          manifest.subject.kind === 'version'
            ? 'review.previewFromVersion'
            : 'review.previewFromScenario',
          {
            name: manifest.subject.name,
            programme: manifest.programme.name,
            year: manifest.programme.year,
            by: manifest.exportedBy === '' ? t('review.anonymous') : manifest.exportedBy,
            date: formatDate(format(new Date(manifest.exportedAt), 'yyyy-MM-dd') as IsoDate),
          },
        )}
      </p>
      <p className="review-package__brings">{bringsPhrase(preview.plan)}</p>
      <p className="small">
        {t('review.bringsRows', {
          changed: formatNumber(preview.plan.counts.changed),
          added: formatNumber(preview.plan.counts.added),
        })}
      </p>
      {preview.newProgramme ? <p className="small">{t('review.newProgramme')}</p> : null}
      <Brought preview={preview} />
      {preview.plan.conflicts.length > 0 ? (
        <div className="review-package__conflicts">
          <h4>{t('review.conflictsTitle')}</h4>
          <p className="small">{t('review.conflictsHint')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                all('package');
              }}
            >
              {t('review.takeAll')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                all('draft');
              }}
            >
              {t('review.keepAll')}
            </button>
          </div>
          {preview.plan.conflicts.map((c) => (
            <ConflictChoice
              key={c.key}
              conflict={c}
              choice={choices[c.key] ?? 'draft'}
              onChoose={(choice) => {
                setChoices((now) => ({ ...now, [c.key]: choice }));
              }}
            />
          ))}
        </div>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            const chosen: MergeChoices = choices;
            void applyReviewPackage(preview, chosen).then(props.onDone);
          }}
        >
          {t('review.apply')}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {t('review.cancel')}
        </button>
      </div>
    </section>
  );
}

/**
 * The Data screen's card for review packages (issue 12): *Reviewpakket inlezen* with what the
 * package brings and its conflicts, and *Reviewpakket met mijn besluiten* once one was read.
 */
export function ReviewPackageCard() {
  const { previewReviewPackage, exportPackageBack } = useCommands();
  const programmeId = useKoers((s) => s.liveData?.programme.id ?? null);
  const programmeName = useKoers((s) => s.liveData?.programme.name ?? '');
  const [preview, setPreview] = useState<ReviewPreview | null>(null);
  const [read, setRead] = useState(0);
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // Read anew from this computer's memory after a package is read (`read` counts them).
  const last = useMemo(
    () => (programmeId === null || read < 0 ? null : readRememberedPackage(programmeId)),
    [programmeId, read],
  );
  return (
    <section className="card review-package" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('review.title')}</h2>
      <p className="muted small">{t('review.hint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          ref={opener}
          onClick={() => void previewReviewPackage().then(setPreview)}
        >
          {t('review.import')}
        </button>
        {last ? (
          <button type="button" className="button" onClick={() => void exportPackageBack()}>
            {t('review.exportBack')}
          </button>
        ) : null}
      </div>
      {last ? (
        <p className="small">
          {t('review.lastRead', {
            subject:
              last.subject.kind === 'version'
                ? t('review.subjectVersion', { name: last.subject.name })
                : t('review.subjectScenario', { name: last.subject.name }),
            programme: programmeName,
          })}
        </p>
      ) : (
        <p className="muted small">{t('review.noneRead')}</p>
      )}
      {preview ? (
        <PreviewPanel
          key={preview.pkg.manifest.checksum}
          preview={preview}
          onDone={() => {
            setPreview(null);
            setRead((n) => n + 1);
            opener.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
