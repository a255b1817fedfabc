import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Scenario, ScenarioBase } from '../../../shared/domain/review';
import type { Path } from '../../../shared/delta/delta';
import type { VersionId } from '../../../shared/domain/ids';
import { formatDate, formatNumber } from '../../../shared/format/nl';
import { nl } from '../../../shared/i18n/messages.nl';
import type { MessageKey } from '../../../shared/i18n/messages.nl';
import type { ScenarioConflict } from '../../../shared/scenario/apply';
import { conflictKey, promoteRows, type ConflictChoice } from '../../../shared/scenario/edit';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';
import { ComparePicker } from './ComparePicker';
import { baseLabel, madeOn } from './labels';

/** A field's path in words: "titel", "bezetting (fte) › team-migratie". */
function fieldLabel(path: Path, teamName: (id: string) => string): string {
  if (path.length === 0) return t('scenario.conflict.wholeRow');
  return path
    .map((step) => {
      if (typeof step !== 'string') return step.by === 'teamId' ? teamName(step.id) : step.id;
      const key = `place.f.${step}`;
      return key in nl ? t(key as MessageKey) : step;
    })
    .join(' › ');
}

/** A value of a conflict in words (a number in Dutch digits, yes/no, empty). */
function valueText(value: unknown): string {
  if (value === undefined) return t('scenario.conflict.gone');
  if (value === null || value === '') return t('scenario.conflict.empty');
  if (typeof value === 'boolean')
    return t(value ? 'scenario.conflict.yes' : 'scenario.conflict.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'title' in value && typeof value.title === 'string')
    return value.title;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** *Nieuw scenario*: a name and a base (the programme now, the adopted version, a saved version). */
function NewScenario() {
  const live = useKoers((s) => s.liveData);
  const versions = useKoers((s) => s.versions);
  const createScenario = useKoers((s) => s.createScenario);
  const showNotice = useKoers((s) => s.showNotice);
  const [name, setName] = useState('');
  const [base, setBase] = useState('programme');
  const [error, setError] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const id = useId();
  if (!live) return null;
  const adoption = live.programme.adoption;
  const own = versions.filter((v) => v.programmeId === live.programme.id);
  const adopted = own.find((v) => v.id === adoption?.versionId);
  const baseOf = (value: string): ScenarioBase =>
    value === 'programme' || value === 'adopted'
      ? { kind: value }
      : { kind: 'version', versionId: value.slice('version:'.length) as VersionId };
  const submit = async () => {
    if (name.trim() === '') {
      setError(true);
      nameInput.current?.focus();
      return;
    }
    const made = await createScenario(name.trim(), baseOf(base));
    if (made !== null) {
      showNotice({ key: 'scenario.created', params: { name: name.trim() } });
      setName('');
    }
  };
  return (
    <section className="card scenario-new" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('scenario.new')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className={`field ${error ? 'field--invalid' : ''}`}>
          <label htmlFor={`${id}-name`}>{t('scenario.name')}</label>
          <input
            id={`${id}-name`}
            ref={nameInput}
            type="text"
            value={name}
            maxLength={200}
            aria-invalid={error}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(false);
            }}
          />
          {error ? (
            <p className="field__error" id={`${id}-error`} role="alert">
              {t('scenario.nameRequired')}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-base`}>{t('scenario.base')}</label>
          <select
            id={`${id}-base`}
            value={base}
            onChange={(e) => {
              setBase(e.target.value);
            }}
          >
            <option value="programme">{t('scenario.base.programme')}</option>
            {adopted ? (
              <option value="adopted">
                {t('scenario.base.adoptedNamed', { name: adopted.name })}
              </option>
            ) : null}
            {own
              .filter((v) => v.id !== adopted?.id)
              .reverse()
              .map((v) => (
                <option key={v.id} value={`version:${v.id}`}>
                  {t('scenario.base.versionDated', {
                    name: v.name,
                    date: formatDate(v.savedAt.slice(0, 10) as never),
                  })}
                </option>
              ))}
          </select>
        </div>
        <p>
          <button type="submit" className="button button--primary">
            {t('scenario.create')}
          </button>
        </p>
      </form>
    </section>
  );
}

/** The inline form that renames a scenario; Escape or *Annuleren* closes it without a change. */
function RenameForm(props: { scenario: Scenario; onDone: () => void }) {
  const renameScenario = useKoers((s) => s.renameScenario);
  const [name, setName] = useState(props.scenario.name);
  const [error, setError] = useState(false);
  const id = useId();
  const submit = async () => {
    if (name.trim() === '') {
      setError(true);
      return;
    }
    const done = await renameScenario(props.scenario.id, name.trim());
    if (done.ok) props.onDone();
  };
  return (
    <form
      className="scenario-rename"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={id}>{t('scenario.renameLabel', { name: props.scenario.name })}</label>
      <input
        id={id}
        type="text"
        value={name}
        maxLength={200}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        // Focus moves into the form the person just opened.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus
        onChange={(e) => {
          setName(e.target.value);
          setError(false);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          props.onDone();
        }}
      />
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t('scenario.nameRequired')}
        </p>
      ) : null}
      <span className="button-row">
        <button type="submit" className="button button--primary">
          {t('scenario.renameSave')}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {t('scenario.cancel')}
        </button>
      </span>
    </form>
  );
}

/** One scenario in the list: name, base, changes, author, date, and what can be done with it. */
function ScenarioRow(props: {
  scenario: Scenario;
  onPromote: (id: string) => void;
  /** After the row went (deleted): focus goes somewhere that stays. */
  onGone: () => void;
}) {
  const { scenario } = props;
  const versions = useKoers((s) => s.versions);
  const isOpen = useKoers((s) => s.openScenarioId === scenario.id);
  const openScenario = useKoers((s) => s.openScenario);
  const deleteScenario = useKoers((s) => s.deleteScenario);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const name = scenario.name;
  return (
    <tr className={isOpen ? 'scenario-row--open' : undefined}>
      <th scope="row">
        {renaming ? (
          <RenameForm
            scenario={scenario}
            onDone={() => {
              setRenaming(false);
            }}
          />
        ) : (
          <>
            {name}
            {isOpen ? <span className="scenario-row__open"> ({t('scenario.isOpen')})</span> : null}
          </>
        )}
      </th>
      <td>{baseLabel(scenario, versions)}</td>
      <td className="num">
        {t('scenario.changes', { count: formatNumber(scenario.changes.length) })}
      </td>
      <td>{scenario.author === '' ? t('scenario.noAuthor') : scenario.author}</td>
      <td>{madeOn(scenario)}</td>
      <td>
        <span className="button-row scenario-row__actions">
          {isOpen ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                openScenario(null);
              }}
            >
              {t('scenario.close')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              aria-label={t('scenario.openNamed', { name })}
              onClick={() => {
                openScenario(scenario.id);
              }}
            >
              {t('scenario.open')}
            </button>
          )}
          <button
            type="button"
            className="button"
            ref={renameButton}
            aria-label={t('scenario.renameNamed', { name })}
            onClick={() => {
              setRenaming(true);
            }}
          >
            {t('scenario.rename')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('scenario.promoteNamed', { name })}
            onClick={() => {
              props.onPromote(scenario.id);
            }}
          >
            {t('scenario.promote')}
          </button>
          <button
            type="button"
            className="button button--danger"
            aria-label={t('scenario.deleteNamed', { name })}
            onClick={() => {
              void deleteScenario(scenario.id).then((done) => {
                if (done.ok) props.onGone();
              });
            }}
          >
            {t('scenario.delete')}
          </button>
        </span>
      </td>
    </tr>
  );
}

/** The conflicts of a promotion: per field, the programme's value now, the scenario's, a choice. */
function ConflictTable(props: {
  conflicts: readonly ScenarioConflict[];
  choices: ReadonlyMap<string, ConflictChoice>;
  onChoose: (key: string, choice: ConflictChoice) => void;
}) {
  const data = useKoers((s) => s.liveData);
  const id = useId();
  const teamName = (x: string) => data?.teams.find((team) => team.id === x)?.name ?? x;
  const rowName = (c: ScenarioConflict) =>
    c.table === 'programmes'
      ? (data?.programme.name ?? c.key)
      : (data?.activities.find((a) => a.id === c.key)?.title ?? valueText(c.after));
  return (
    <table className="grid scenario-conflicts">
      <caption>{t('scenario.conflict.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scenario.conflict.row')}</th>
          <th scope="col">{t('scenario.conflict.field')}</th>
          <th scope="col">{t('scenario.conflict.now')}</th>
          <th scope="col">{t('scenario.conflict.scenario')}</th>
          <th scope="col">{t('scenario.conflict.choice')}</th>
        </tr>
      </thead>
      <tbody>
        {props.conflicts.map((c, i) => {
          const key = conflictKey(c);
          const choice = props.choices.get(key) ?? 'programme';
          const field = fieldLabel(c.path, teamName);
          return (
            <tr key={key}>
              <th scope="row">{rowName(c)}</th>
              <td>{field}</td>
              <td>{valueText(c.now)}</td>
              <td>{valueText(c.after)}</td>
              <td>
                <fieldset className="scenario-choice">
                  <legend className="sr-only">
                    {t('scenario.conflict.choiceFor', { field, row: rowName(c) })}
                  </legend>
                  {(['programme', 'scenario'] as const).map((option) => (
                    <label key={option}>
                      <input
                        type="radio"
                        // eslint-disable-next-line no-restricted-syntax -- a radio group's name, read by no one
                        name={`${id}-${String(i)}`}
                        value={option}
                        checked={choice === option}
                        onChange={() => {
                          props.onChoose(key, option);
                        }}
                      />{' '}
                      {t(
                        option === 'programme'
                          ? 'scenario.conflict.keep'
                          : 'scenario.conflict.take',
                      )}
                    </label>
                  ))}
                </fieldset>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * *Overnemen*: what taking the scenario over changes in the programme now, the fields changed on
 * both sides with a choice for each, and the one undoable step (with the amendment reason when
 * the programme is adopted: the question every change asks).
 */
function PromotePanel(props: { scenarioId: string; onDone: () => void }) {
  const scenario = useKoers((s) => s.scenarios.find((x) => x.id === props.scenarioId));
  const live = useKoers((s) => s.liveData);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  // Computed here (not in a selector): a new object on every call would render without end.
  // With the choices made so far, so the count says what Overnemen will change.
  const preview = useMemo(
    () => (scenario && live ? promoteRows(live, scenario.changes, choices) : null),
    [scenario, live, choices],
  );
  const adopted = useKoers((s) => s.liveData?.programme.adoption != null);
  const promoteScenario = useKoers((s) => s.promoteScenario);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    heading.current?.focus();
  }, [props.scenarioId]);
  if (!preview || !scenario) return null;
  const rows = preview.rows.length;
  const conflicts = preview.conflicts;
  return (
    <section className="card card--wide scenario-promote" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('scenario.promoteTitle', { name: scenario.name })}
      </h2>
      <p>
        {rows > 0
          ? t('scenario.promoteRows', { count: formatNumber(rows) })
          : conflicts.length > 0
            ? t('scenario.promoteOnlyChoices')
            : t('scenario.promoteNothing')}
      </p>
      {adopted ? <p className="muted small">{t('scenario.promoteAdopted')}</p> : null}
      {conflicts.length > 0 ? (
        <>
          <p className="strong">
            {t('scenario.promoteConflicts', { count: formatNumber(conflicts.length) })}
          </p>
          <ConflictTable
            conflicts={conflicts}
            choices={choices}
            onChoose={(key, choice) => {
              setChoices((now) => new Map([...now, [key, choice]]));
            }}
          />
        </>
      ) : null}
      <div className="button-row">
        {rows > 0 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void promoteScenario(scenario.id, choices).then((done) => {
                if (done.ok) props.onDone();
              });
            }}
          >
            {t('scenario.promoteConfirm')}
          </button>
        ) : null}
        <button type="button" className="button" onClick={props.onDone}>
          {t('scenario.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The Scenario's screen (issue 12): the programme's scenarios, a new one, taking one over, comparing. */
export function ScenariosScreen() {
  const live = useKoers((s) => s.liveData);
  const scenarios = useKoers((s) => s.scenarios);
  const [promoting, setPromoting] = useState<string | null>(null);
  const listId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const toList = () => {
    listHeading.current?.focus();
  };
  if (!live) return null;
  const promoted = scenarios.some((x) => x.id === promoting) ? promoting : null;
  return (
    <section className="screen" aria-labelledby="scenarios-title">
      <div className="screen__head">
        <h1 id="scenarios-title">{t('scenario.title')}</h1>
      </div>
      <p className="scenario-intro">{t('scenario.intro')}</p>
      <div className="cards">
        <section className="card card--wide" aria-labelledby={listId}>
          <h2 id={listId} ref={listHeading} tabIndex={-1}>
            {t('scenario.list', { programme: live.programme.name })}
          </h2>
          {scenarios.length === 0 ? (
            <p>{t('scenario.empty')}</p>
          ) : (
            <div className="scenario-table-wrap">
              <table className="grid scenario-table">
                <thead>
                  <tr>
                    <th scope="col">{t('scenario.col.name')}</th>
                    <th scope="col">{t('scenario.col.base')}</th>
                    <th scope="col" className="num">
                      {t('scenario.col.changes')}
                    </th>
                    <th scope="col">{t('scenario.col.author')}</th>
                    <th scope="col">{t('scenario.col.date')}</th>
                    <th scope="col">{t('scenario.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {scenarios.map((x) => (
                    <ScenarioRow key={x.id} scenario={x} onPromote={setPromoting} onGone={toList} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        {promoted !== null ? (
          <PromotePanel
            key={promoted}
            scenarioId={promoted}
            onDone={() => {
              setPromoting(null);
              toList();
            }}
          />
        ) : null}
        <NewScenario />
        <ComparePicker />
      </div>
    </section>
  );
}
