import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  checkActivity,
  MAX_ACTIVITY_HOURS,
  type ActivityContext,
  type ActivityField,
} from '../../../shared/domain/activity-rules';
import type { Activity } from '../../../shared/domain/schemas';
import {
  formatFte,
  formatHours,
  formatMonth,
  formatNumber,
  formatNumberInput,
  formatScore,
} from '../../../shared/format/nl';
import type { Message } from '../../../shared/i18n/translate';
import { monthsBetween, monthOf } from '../../../shared/time/months';
import { CheckField, ParsedField, SelectField, TextField } from '../../components/fields';
import { patchRow, setField, type CommandCall } from '../../state/commands/calls';
import { t } from '../../components/i18n';
import { selectOpenRow } from '../../state/selectors';
import { useKoers } from '../../state/store';
import {
  commitmentOptions,
  kindOptions,
  originOptions,
  outputOptions,
  pyramidOptions,
  statusOptions,
} from './options';
import { parseEuros, parseHours, parseRequired } from '../../components/parse';
import { MonthGrid } from './MonthGrid';
import { RealisationSection } from './RealisationSection';
import { hasMonthProfile } from '../../../shared/planning/allocation';
import { HistoryButtons } from '../../components/HistoryButtons';
import { themesInTreeOrder, themePath } from '../../../shared/domain/programme';
import { ReviewPanel } from '../decisions/ReviewPanel';

/** Largest amount of money one field takes, in euros (a typing error beyond this). */
const MAX_EUROS = 100_000_000;

/** The activity editor: every field, each saved as soon as it is valid. */
export function ActivityEditor() {
  const row = useKoers(selectOpenRow);
  const data = useKoers((s) => s.data);
  const openActivity = useKoers((s) => s.openActivity);
  const dispatch = useKoers((s) => s.dispatch);
  const newId = useKoers((s) => s.newId);
  const remove = useKoers((s) => s.deleteActivity);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();

  // Remember who opened the editor, and give focus back on close: to the activity's own row
  // when it is in the list (a new activity's row, so the person sees where it went), else to
  // the element that opened it.
  const openedId = useKoers((s) => s.openActivityId);
  useEffect(() => {
    returnFocus.current = document.activeElement;
    return () => {
      const own =
        openedId === null
          ? null
          : document.querySelector<HTMLElement>(
              `[data-activity-id="${CSS.escape(openedId)}"] button`,
            );
      const back = own ?? returnFocus.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the id this editor was opened for
  }, []);

  // Open as a modal as soon as the dialog is drawn: a new activity is drawn only once the
  // database has echoed it, one render after mounting, so this runs on `hasRow`, not on mount.
  const hasRow = row !== null;
  useEffect(() => {
    const el = dialog.current;
    if (!hasRow || !el || el.open) return;
    el.showModal();
    // Start in the first field (the title), not on the close button.
    el.querySelector<HTMLElement>('.editor__body input, .editor__body textarea')?.focus();
  }, [hasRow]);

  const ctx = useMemo((): ActivityContext | null => {
    if (!data) return null;
    return {
      programme: data.programme,
      themes: data.themes,
      domainIds: new Set(data.domains.map((d) => d.id)),
      teamIds: new Set(data.teams.map((x) => x.id)),
      mjpName: (id) => data.mjps.find((m) => m.id === id)?.name ?? id,
    };
  }, [data]);

  // The activity is gone (deleted here or in another window): close. A new one may not be
  // loaded yet, so only an activity that was seen can be gone.
  const seen = useRef(false);
  useEffect(() => {
    if (row) seen.current = true;
    else if (data && seen.current) openActivity(null);
  }, [data, row, openActivity]);

  if (!row || !data || !ctx) return null;
  const activity = row.activity;
  const close = () => {
    dialog.current?.close();
    openActivity(null);
  };

  /** The activity's rules for a field, as the activity would be with the value. */
  const rule =
    <T,>(field: ActivityField, patch: (value: T) => Partial<Activity>) =>
    (value: T): Message | null => {
      const broken = checkActivity({ ...activity, ...patch(value) }, ctx);
      return (broken.find((e) => e.field === field) ?? broken[0])?.message ?? null;
    };
  /** Stores one top-level field of the activity, read anew when the command runs. */
  const set =
    <K extends keyof Activity>(key: K) =>
    (value: Activity[K]): CommandCall =>
      setField('activities', activity.id, [key], value);
  const check = <K extends keyof Activity>(key: K & ActivityField) =>
    rule(key, (value: Activity[K]) => ({ [key]: value }));

  const year = data.programme.year;
  const months = monthsBetween(monthOf(year - 1, 1), monthOf(year + 1, 12));
  const monthOptions = months.map((m) => ({ value: m, label: formatMonth(m) }));
  const ownThemes = themesInTreeOrder(data.themes.filter((x) => x.mjpId === data.programme.mjpId));
  const themeLabel = (id: string) =>
    themePath(id, data.themes)
      .map((x) => x.name)
      .join(' › ');
  const otherMjps = data.mjps.filter((m) => m.id !== data.programme.mjpId);
  const teamHours = (teamId: string): number =>
    activity.allocations.filter((a) => a.teamId === teamId).reduce((s, a) => s + a.hours, 0);
  return (
    <dialog
      ref={dialog}
      className="editor"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={() => {
        // Closed by any other way (a form, the browser): the store follows, so a click on the
        // row opens it again.
        if (openedId === activity.id) openActivity(null);
      }}
    >
      <div className="editor__head">
        <div>
          <p className="editor__kicker">{t('editor.title')}</p>
          <h2 id={titleId}>{activity.title}</h2>
          <p className="editor__hint">{t('editor.savedHint')}</p>
        </div>
        <div className="editor__actions">
          <HistoryButtons />
          <button type="button" className="button" onClick={close}>
            {t('editor.close')}
          </button>
        </div>
      </div>

      <div className="editor__body">
        <fieldset className="section">
          <legend>{t('editor.section.general')}</legend>
          <TextField
            label={t('field.title')}
            value={activity.title}
            parse={parseRequired}
            save={set('title')}
            check={check('title')}
            className="span-2"
          />
          <TextField
            label={t('field.description')}
            value={activity.description}
            multiline
            save={set('description')}
            check={check('description')}
            className="span-2"
          />
          <TextField
            label={t('field.sourceRef')}
            value={activity.sourceRef}
            save={set('sourceRef')}
            check={check('sourceRef')}
          />
          <SelectField
            label={t('field.status')}
            value={activity.status}
            options={statusOptions()}
            save={set('status')}
            check={check('status')}
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('editor.section.classification')}</legend>
          <SelectField
            label={t('field.domainId')}
            value={activity.domainId}
            options={data.domains.map((d) => ({ value: d.id, label: d.name }))}
            save={set('domainId')}
            check={check('domainId')}
          />
          <SelectField
            label={t('field.primaryThemeId')}
            value={activity.primaryThemeId}
            options={ownThemes.map((x) => ({ value: x.id, label: themeLabel(x.id) }))}
            groups={otherMjps.map((m) => ({
              label: m.name,
              options: themesInTreeOrder(data.themes.filter((x) => x.mjpId === m.id)).map((x) => ({
                value: x.id,
                label: themeLabel(x.id),
              })),
            }))}
            save={set('primaryThemeId')}
            check={check('primaryThemeId')}
            className="span-2"
          />
          <fieldset className="checks span-2">
            <legend>{t('field.secondaryThemeIds')}</legend>
            {ownThemes
              .filter((x) => x.id !== activity.primaryThemeId)
              .map((x) => (
                <CheckField
                  key={x.id}
                  label={themeLabel(x.id)}
                  checked={activity.secondaryThemeIds.includes(x.id)}
                  save={(on) => ({
                    name: 'activity/secondary-theme',
                    args: [activity.id, x.id, on],
                  })}
                />
              ))}
          </fieldset>
          <SelectField
            label={t('field.kind')}
            value={activity.kind}
            options={kindOptions()}
            save={set('kind')}
            check={check('kind')}
          />
          <SelectField
            label={t('field.pyramidLevel')}
            value={activity.pyramidLevel}
            options={pyramidOptions()}
            save={set('pyramidLevel')}
            check={check('pyramidLevel')}
          />
          <SelectField
            label={t('field.commitment')}
            value={activity.commitment}
            options={commitmentOptions()}
            save={set('commitment')}
            check={check('commitment')}
          />
          <SelectField
            label={t('field.origin')}
            value={activity.origin}
            options={originOptions()}
            save={set('origin')}
            check={check('origin')}
          />
          <TextField
            label={t('field.legalBasis')}
            value={activity.legalBasis}
            save={set('legalBasis')}
            check={check('legalBasis')}
            className="span-2"
          />
          <CheckField
            label={t('field.fundingConditional')}
            checked={activity.fundingConditional}
            save={(fundingConditional) =>
              patchRow('activities', activity.id, {
                fundingConditional,
                ...(fundingConditional ? {} : { fundingConfirmed: false }),
              })
            }
          />
          <CheckField
            label={t('field.fundingConfirmed')}
            checked={activity.fundingConfirmed}
            disabled={!activity.fundingConditional}
            save={set('fundingConfirmed')}
          />
          {activity.fundingConditional ? (
            <ParsedField
              label={t('field.fundingCents')}
              value={activity.fundingCents}
              format={(v) => (v === 0 ? '' : formatNumberInput(v / 100))}
              parse={(text) => parseEuros(text, MAX_EUROS)}
              save={set('fundingCents')}
            />
          ) : null}
        </fieldset>

        <fieldset className="section">
          <legend>{t('editor.section.planning')}</legend>
          <SelectField
            label={t('field.startMonth')}
            value={activity.startMonth}
            options={monthOptions}
            save={set('startMonth')}
            check={check('startMonth')}
          />
          <SelectField
            label={t('field.endMonth')}
            value={activity.endMonth}
            options={monthOptions}
            save={set('endMonth')}
            check={check('endMonth')}
          />
          {data.teams.map((team) => (
            <ParsedField
              key={team.id}
              label={t('field.hoursFor', { team: team.name })}
              value={teamHours(team.id)}
              format={(v) => (v === 0 ? '' : formatNumberInput(v))}
              parse={(text) => parseHours(text, MAX_ACTIVITY_HOURS)}
              save={(h) => ({ name: 'activity/team-hours', args: [activity.id, team.id, h] })}
              {...(hasMonthProfile(activity, team.id) ? { hint: t('field.hoursScaleHint') } : {})}
            />
          ))}
          <p className="section__total span-2" aria-live="polite">
            {t('field.totalHours', { hours: formatHours(row.hours), fte: formatFte(row.fte) })}
          </p>
          <MonthGrid activity={activity} teams={data.teams} activityId={activity.id} />
        </fieldset>

        <fieldset className="section">
          <legend>{t('editor.section.risk')}</legend>
          {data.programme.riskScheme.criteria.map((c) => (
            <SelectField
              key={c.id}
              label={c.name}
              // A select's value, read back with Number(), never shown.
              // eslint-disable-next-line no-restricted-syntax
              value={activity.risk[c.id] === undefined ? '' : String(activity.risk[c.id])}
              options={[
                { value: '', label: t('risk.notScored') },
                ...Array.from({ length: c.max - c.min + 1 }, (_, i) => {
                  const v = c.min + i;
                  const label = c.labels[i];
                  const shown = formatNumber(v);
                  // The option's value, read back with Number(); its label is formatted.
                  // eslint-disable-next-line no-restricted-syntax
                  return { value: String(v), label: label ? `${shown} – ${label}` : shown };
                }),
              ]}
              save={(v) =>
                setField(
                  'activities',
                  activity.id,
                  ['risk', c.id],
                  v === '' ? undefined : Number(v),
                )
              }
            />
          ))}
          <div className="explain span-2">
            <p className="explain__title">
              {t('risk.explain', { score: formatScore(row.risk.score) })}
            </p>
            <ul className="explain__list">
              {row.risk.contributions.map((c) => (
                <li key={c.criterion.id}>
                  <span className="explain__name">{c.criterion.name}</span>
                  <span className="explain__bar" aria-hidden="true">
                    <span style={{ width: `${c.points}%` }} />
                  </span>
                  <span className="explain__points">
                    {t('risk.contribution', {
                      points: formatScore(c.points),
                    })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="muted small">
              {t('risk.source', { source: data.programme.riskScheme.source })}
            </p>
          </div>
        </fieldset>

        <fieldset className="section">
          <legend>{t('editor.section.costs')}</legend>
          <ParsedField
            label={t('field.materialCents')}
            value={activity.materialCents}
            format={(v) => (v === 0 ? '' : formatNumberInput(v / 100))}
            parse={(text) => parseEuros(text, MAX_EUROS)}
            save={set('materialCents')}
            check={check('materialCents')}
          />
          <ParsedField
            label={t('field.externalHireCents')}
            value={activity.externalHireCents}
            format={(v) => (v === 0 ? '' : formatNumberInput(v / 100))}
            parse={(text) => parseEuros(text, MAX_EUROS)}
            save={set('externalHireCents')}
            check={check('externalHireCents')}
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('editor.section.outputs')}</legend>
          <div className="outputs span-2">
            <p className="outputs__title">{t('field.outputs')}</p>
            {activity.outputs.map((o) => (
              <div className="outputs__row" key={o.id}>
                <SelectField
                  label={t('field.outputKind')}
                  value={o.kind}
                  options={outputOptions()}
                  save={(kind) => ({
                    name: 'activity/output-set',
                    args: [activity.id, o.id, 'kind', kind],
                  })}
                />
                <TextField
                  label={t('field.outputTitle')}
                  value={o.title}
                  save={(title) => ({
                    name: 'activity/output-set',
                    args: [activity.id, o.id, 'title', title],
                  })}
                />
                <SelectField
                  label={t('field.outputMonth')}
                  value={o.plannedMonth ?? ''}
                  options={[{ value: '', label: t('field.noMonth') }, ...monthOptions]}
                  save={(m) => ({
                    name: 'activity/output-set',
                    args: [activity.id, o.id, 'plannedMonth', m === '' ? null : m],
                  })}
                />
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => {
                    void dispatch({ name: 'activity/output-remove', args: [activity.id, o.id] });
                  }}
                >
                  {t('field.outputRemove')}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button"
              onClick={() => {
                void dispatch({ name: 'activity/output-add', args: [activity.id, newId()] });
              }}
            >
              {t('field.outputAdd')}
            </button>
          </div>
          <TextField
            label={t('field.partners')}
            value={activity.partners.join('\n')}
            multiline
            save={(text) =>
              set('partners')(
                text
                  .split('\n')
                  .map((p) => p.trim())
                  .filter((p) => p !== ''),
              )
            }
            className="span-2"
          />
        </fieldset>

        <fieldset className="section">
          <legend>{t('review.panel')}</legend>
          <div className="span-2">
            <ReviewPanel activityId={activity.id} title={activity.title} />
          </div>
        </fieldset>
        <RealisationSection activity={activity} programme={data.programme} />
      </div>

      <div className="editor__foot">
        {confirming ? (
          <div className="confirm" role="alertdialog" aria-labelledby={`${titleId}-confirm`}>
            <p id={`${titleId}-confirm`}>{t('editor.deleteConfirm', { title: activity.title })}</p>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                void remove(activity.id).then(() => {
                  close();
                });
              }}
            >
              {t('editor.deleteYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('editor.deleteNo')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger-quiet"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('editor.delete')}
          </button>
        )}
      </div>
    </dialog>
  );
}
