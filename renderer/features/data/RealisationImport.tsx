import { useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatNumber } from '../../../shared/format/nl';
import type { SheetRow } from '../../../shared/import/csv-read';
import {
  REALISATION_FIELDS,
  applyFieldMappings,
  guessMapping,
  mappingProblem,
  readRealisationRows,
  restoreMapping,
  savedMapping,
  sourceKey,
  splitHeader,
  type FieldMapping,
  type ImportProblem,
  type RealisationField,
} from '../../../shared/import/realisation-mapping';
import type { Message } from '../../../shared/i18n/translate';
import { t } from '../../components/i18n';
import { ParsedField } from '../../components/fields';
import { parseHours, parseNumber } from '../../components/parse';
import { setField } from '../../state/commands/calls';
import { pickFile, readSheet } from '../../import/read-sheet';
import { readSavedMapping, writeSavedMapping } from '../../platform/realisation-mappings';
import { useCommands, useKoers } from '../../state/store';

/** Rows shown in the mapping step's preview. */
const PREVIEW_ROWS = 5;
/** Problems listed; the rest are counted. */
const SHOWN_PROBLEMS = 100;

/** Where the import stands: nothing, a file read and its columns to check, or what went wrong. */
type Step =
  | { readonly at: 'idle' }
  | { readonly at: 'reading' }
  | {
      readonly at: 'mapping';
      readonly file: string;
      readonly headers: readonly string[];
      readonly data: readonly SheetRow[];
      readonly mapping: FieldMapping;
      readonly refusal: Message | null;
    }
  | { readonly at: 'failed'; readonly message: Message }
  | {
      readonly at: 'problems';
      readonly file: string;
      readonly problems: readonly ImportProblem[];
    };

/** A column's name in the choices: its header, or its number when the header is empty. */
const columnName = (headers: readonly string[], i: number): string =>
  headers[i] !== undefined && headers[i] !== ''
    ? headers[i]
    : t('realisation.column', { n: formatNumber(i + 1) });

/**
 * "Realisatie inlezen" (issue 13): a time registration or finance export chosen, read as bytes
 * in the page; the columns guessed (or as remembered for files with the same headers) and shown
 * with a preview for the person to correct; then every row read and matched, all or nothing:
 * a list of the rows that cannot be read (row, column, reason) and nothing changed, or one
 * undoable step and a notice of how many rows were read.
 */
export function RealisationImport() {
  const data = useKoers((s) => s.data);
  const { importRealisations } = useCommands();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const titleId = useId();
  const mappingId = useId();
  const problemsId = useId();
  const thresholdId = useId();
  // Where focus goes when a step ends (the form it was in is gone): back to the button that
  // starts an import, or to the list of rows that could not be read.
  const importRef = useRef<HTMLButtonElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  const showThen = (next: Step, focus: { current: HTMLElement | null }) => {
    flushSync(() => {
      setStep(next);
    });
    focus.current?.focus();
  };

  const choose = async () => {
    const file = await pickFile('.csv,.txt,.xlsx,text/csv');
    if (!file) return;
    setStep({ at: 'reading' });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setStep({ at: 'failed', message: { key: 'error.fileRead', params: { file: file.name } } });
      return;
    }
    const sheet = await readSheet(file.name, bytes);
    if (!sheet.ok) {
      setStep({
        at: 'failed',
        message: {
          key: 'realisation.fileProblem',
          params: { file: file.name, problem: t(sheet.error.key, sheet.error.params) },
        },
      });
      return;
    }
    const { headers, data: rows } = splitHeader(sheet.value.rows);
    if (rows.length === 0) {
      setStep({ at: 'failed', message: { key: 'realisation.empty', params: { file: file.name } } });
      return;
    }
    const remembered = restoreMapping(headers, readSavedMapping(sourceKey(headers)));
    setStep({
      at: 'mapping',
      file: file.name,
      headers,
      data: rows,
      mapping: remembered ?? guessMapping(headers),
      refusal: null,
    });
  };

  const read = async () => {
    if (step.at !== 'mapping' || !data) return;
    const refusal = mappingProblem(step.mapping);
    if (refusal) {
      setStep({ ...step, refusal });
      return;
    }
    writeSavedMapping(sourceKey(step.headers), savedMapping(step.headers, step.mapping));
    const { drafts, problems } = readRealisationRows(
      applyFieldMappings(step.data, step.mapping),
      step.mapping,
      step.headers,
      { year: data.programme.year, activities: data.activities, teams: data.teams },
    );
    if (problems.length > 0) {
      showThen({ at: 'problems', file: step.file, problems }, problemsRef);
      return;
    }
    const done = await importRealisations(step.file, drafts, step.data.length);
    if (done) showThen({ at: 'idle' }, importRef);
  };

  const setColumn = (field: RealisationField, value: string) => {
    if (step.at !== 'mapping') return;
    setStep({
      ...step,
      refusal: null,
      mapping: { ...step.mapping, [field]: value === '' ? null : Number(value) },
    });
  };

  return (
    <section className="card realisation-import" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('realisation.title')}</h2>
      <p className="muted small">{t('realisation.hint')}</p>
      {data ? (
        <div className="realisation-import__threshold" role="group" aria-labelledby={thresholdId}>
          <p id={thresholdId} className="small">
            {t('realisation.threshold')}
          </p>
          <ParsedField
            label={t('realisation.thresholdPercent')}
            value={data.programme.deviationThreshold.percent}
            format={(v) => formatNumber(v)}
            parse={(text) => parseNumber(text, { max: 1000 })}
            save={(v) =>
              setField('programmes', data.programme.id, ['deviationThreshold', 'percent'], v)
            }
            inputMode="decimal"
          />
          <ParsedField
            label={t('realisation.thresholdHours')}
            value={data.programme.deviationThreshold.hours}
            format={(v) => formatNumber(v)}
            parse={(text) => parseHours(text, 100_000)}
            save={(v) =>
              setField('programmes', data.programme.id, ['deviationThreshold', 'hours'], v)
            }
            inputMode="decimal"
          />
        </div>
      ) : null}
      <div className="button-row">
        <button
          ref={importRef}
          type="button"
          className="button button--primary"
          disabled={step.at === 'reading'}
          onClick={() => void choose()}
        >
          {t('realisation.import')}
        </button>
      </div>
      {step.at === 'reading' ? (
        <p role="status" className="small">
          {t('realisation.reading')}
        </p>
      ) : null}
      {step.at === 'failed' ? (
        <p role="alert" className="realisation-import__error">
          {t(step.message.key, step.message.params)}
        </p>
      ) : null}
      {step.at === 'mapping' ? (
        <div className="realisation-import__mapping" role="group" aria-labelledby={mappingId}>
          <h3 id={mappingId}>{t('realisation.mappingTitle', { file: step.file })}</h3>
          <p className="small">{t('realisation.mappingHint')}</p>
          <p className="muted small">
            {t('realisation.rows', { n: formatNumber(step.data.length) })}
          </p>
          <div className="realisation-import__fields">
            {REALISATION_FIELDS.map((field) => (
              <ColumnChoice
                key={field}
                field={field}
                headers={step.headers}
                value={step.mapping[field]}
                onChange={(value) => {
                  setColumn(field, value);
                }}
              />
            ))}
          </div>
          <Preview headers={step.headers} data={step.data} mapping={step.mapping} />
          {step.refusal ? (
            <p role="alert" className="realisation-import__error">
              {t(step.refusal.key, step.refusal.params)}
            </p>
          ) : null}
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void read()}>
              {t('realisation.read')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                showThen({ at: 'idle' }, importRef);
              }}
            >
              {t('realisation.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {step.at === 'problems' ? (
        <div ref={problemsRef} tabIndex={-1} className="realisation-import__focus">
          <Problems id={problemsId} file={step.file} problems={step.problems} />
        </div>
      ) : null}
    </section>
  );
}

/** One field's column, chosen from the file's headers. */
function ColumnChoice(props: {
  field: RealisationField;
  headers: readonly string[];
  value: number | null;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t(`realisation.field.${props.field}`)}</label>
      <select
        id={id}
        // A column's index as the select's value: a key nobody reads.
        // eslint-disable-next-line no-restricted-syntax
        value={props.value === null ? '' : String(props.value)}
        onChange={(e) => {
          props.onChange(e.target.value);
        }}
      >
        <option value="">{t('realisation.noColumn')}</option>
        {props.headers.map((_, i) => (
          // A column's index as the option's value: a key nobody reads.
          // eslint-disable-next-line no-restricted-syntax
          <option key={i} value={String(i)}>
            {columnName(props.headers, i)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The first rows as the mapping reads them, so a wrong column shows before anything is read. */
function Preview(props: {
  headers: readonly string[];
  data: readonly SheetRow[];
  mapping: FieldMapping;
}) {
  const id = useId();
  const rows = applyFieldMappings(props.data.slice(0, PREVIEW_ROWS), props.mapping);
  return (
    <div className="realisation-import__preview">
      <table className="grid" aria-labelledby={id}>
        <caption id={id}>
          {t('realisation.preview', { n: formatNumber(Math.min(PREVIEW_ROWS, props.data.length)) })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('realisation.row')}
            </th>
            {REALISATION_FIELDS.map((f) => (
              <th scope="col" key={f}>
                {t(`realisation.field.${f}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row}>
              <th scope="row" className="num">
                {formatNumber(r.row)}
              </th>
              {REALISATION_FIELDS.map((f) => (
                <td key={f} className={f === 'hours' || f === 'cost' ? 'num' : undefined}>
                  {r[f]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rows that cannot be read: row number, column and reason; nothing was changed. */
function Problems(props: { id: string; file: string; problems: readonly ImportProblem[] }) {
  const rows = new Set(props.problems.map((p) => p.row)).size;
  const shown = props.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div className="realisation-import__problems" role="alert" aria-labelledby={props.id}>
      <h3 id={props.id}>
        {rows === 1
          ? t('realisation.problemsTitleOne', { file: props.file })
          : t('realisation.problemsTitle', { n: formatNumber(rows), file: props.file })}
      </h3>
      <p className="small">{t('realisation.problemsHint')}</p>
      <table className="grid" aria-labelledby={props.id}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('realisation.row')}
            </th>
            <th scope="col">{t('realisation.problemColumn')}</th>
            <th scope="col">{t('realisation.problemReason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p, i) => (
            <tr key={i}>
              <td className="num">{formatNumber(p.row)}</td>
              <td>{p.column}</td>
              <td>{t(p.reason.key, p.reason.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.problems.length > shown.length ? (
        <p className="small">
          {t('realisation.problemsMore', {
            n: formatNumber(props.problems.length - shown.length),
          })}
        </p>
      ) : null}
    </div>
  );
}
