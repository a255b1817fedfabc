import { useEffect, useRef, useState } from 'react';
import { DisplacementEffect, type ReserveDraw } from '../../../shared/domain/realisation';
import type { Activity, Team } from '../../../shared/domain/schemas';
import { hours, isoDate, type MonthKey } from '../../../shared/domain/units';
import { formatMonth, formatNumberInput } from '../../../shared/format/nl';
import type { Message } from '../../../shared/i18n/translate';
import { monthsOfYear } from '../../../shared/time/months';
import { drawProblems, type DrawField } from '../../../shared/year-end/reserve';
import { Field } from '../../components/fields';
import { t, tm } from '../../components/i18n';
import { parseHours } from '../../components/parse';
import { useKoers } from '../../state/store';

/** Most hours one draw or displacement takes. */
const MAX_HOURS = 100_000;

/** One displaced activity as typed. */
type DisplacedDraft = {
  activityId: string;
  effect: DisplacementEffect;
  hours: string;
  toMonth: string;
};

/** The form as typed: text until it is saved. */
type Draft = {
  on: string;
  title: string;
  teamId: string;
  hours: string;
  activityId: string;
  reason: string;
  displaced: DisplacedDraft[];
};

/** The key of a field in the error map. */
const keyOf = (f: DrawField): string =>
  typeof f === 'string' ? f : `displaced.${f.displaced}.${f.field}`;

/** The form's text of a stored draw, or of a new one. */
function draftOf(draw: ReserveDraw | null, year: number, teamId: string): Draft {
  if (!draw)
    return {
      on: `${year}-01-01`,
      title: '',
      teamId,
      hours: '',
      activityId: '',
      reason: '',
      displaced: [],
    };
  return {
    on: draw.on,
    title: draw.title,
    teamId: draw.teamId,
    hours: formatNumberInput(draw.hours),
    activityId: draw.activityId ?? '',
    reason: draw.reason,
    displaced: draw.displaced.map((x) => ({
      activityId: x.activityId,
      effect: x.effect,
      hours: formatNumberInput(x.hours),
      toMonth: x.toMonth ?? '',
    })),
  };
}

/**
 * *Onttrekking vastleggen* / *bewerken*: date, investigation, team, hours, the investigation as an
 * activity when it is one, the activities it displaced (effect, hours, month moved to) and the
 * reason. Nothing is stored until every field reads; each problem is said in Dutch under its
 * field and listed above the buttons, naming the field.
 */
export function ReserveDrawForm(props: {
  draw: ReserveDraw | null;
  year: number;
  teams: readonly Team[];
  activities: readonly Activity[];
  onDone: () => void;
}) {
  const save = useKoers((s) => s.saveReserveDraw);
  const newId = useKoers((s) => s.newId);
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(props.draw, props.year, props.teams[0]?.id ?? ''),
  );
  const [errors, setErrors] = useState<Map<string, Message>>(new Map());
  const [summary, setSummary] = useState<string[]>([]);
  // The form takes focus when it opens (its first field), and its list of problems when a save
  // is refused, so a keyboard user is where the work is.
  const firstRef = useRef<HTMLInputElement>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  useEffect(() => {
    if (summary.length > 0) problemsRef.current?.focus();
  }, [summary]);
  const months = monthsOfYear(props.year);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setDisplaced = (i: number, patch: Partial<DisplacedDraft>) => {
    setDraft((d) => ({
      ...d,
      displaced: d.displaced.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    }));
  };
  const labelOf = (key: string): string => {
    const m = /^displaced\.(\d+)\.(\w+)$/.exec(key);
    if (m) {
      const n = Number(m[1]) + 1;
      if (m[2] === 'hours') return t('reserve.displacedHours', { n });
      if (m[2] === 'toMonth') return t('reserve.displacedTo', { n });
      return t('reserve.displacedActivity', { n });
    }
    const labels: Record<string, string> = {
      on: t('reserve.on'),
      title: t('reserve.drawTitle'),
      teamId: t('reserve.team'),
      hours: t('reserve.hours'),
      activityId: t('reserve.activity'),
      reason: t('reserve.reason'),
    };
    return labels[key] ?? key;
  };
  const err = (key: string): Message | null => errors.get(key) ?? null;

  const submit = async () => {
    const found = new Map<string, Message>();
    const hoursRead = parseHours(draft.hours, MAX_HOURS);
    if (!hoursRead.ok) found.set('hours', hoursRead.error);
    const displaced = draft.displaced.map((x, i) => {
      const h = parseHours(x.hours, MAX_HOURS);
      if (!h.ok) found.set(`displaced.${i}.hours`, h.error);
      return {
        activityId: x.activityId as Activity['id'],
        effect: x.effect,
        hours: h.ok ? h.value : hours(0),
        toMonth: x.toMonth === '' ? null : (x.toMonth as MonthKey),
      };
    });
    const draw: ReserveDraw = {
      id: props.draw?.id ?? newId(),
      on: isoDate(draft.on),
      title: draft.title.trim(),
      activityId: draft.activityId === '' ? null : (draft.activityId as Activity['id']),
      teamId: draft.teamId as ReserveDraw['teamId'],
      hours: hoursRead.ok ? hoursRead.value : hours(0),
      displaced,
      reason: draft.reason,
    };
    for (const p of drawProblems(draw, {
      year: props.year,
      teamIds: new Set(props.teams.map((tm) => tm.id)),
      activityIds: new Set(props.activities.map((a) => a.id)),
    })) {
      const key = keyOf(p.field);
      if (!found.has(key)) found.set(key, p.message);
    }
    const named = new Map(
      [...found].map(([key, m]): [string, Message] => [
        key,
        { key: 'reserve.fieldError', params: { field: labelOf(key), message: tm(m) } },
      ]),
    );
    setErrors(named);
    setSummary([...named.values()].map(tm));
    if (named.size > 0) return;
    const done = await save(draw);
    if (done.ok) props.onDone();
    else setSummary([tm(done.error)]);
  };

  const activityOptions = props.activities.map((a) => (
    <option key={a.id} value={a.id}>
      {a.title}
    </option>
  ));
  return (
    <form
      className="reserve-form"
      aria-labelledby="reserve-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="reserve-form-title">{props.draw ? t('reserve.editTitle') : t('reserve.add')}</h3>
      <div className="reserve-form__grid">
        <Field label={t('reserve.on')} error={err('on')}>
          {({ id, describedBy, invalid }) => (
            <input
              ref={firstRef}
              id={id}
              type="date"
              value={draft.on}
              min={`${props.year}-01-01`}
              max={`${props.year}-12-31`}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => {
                set({ on: e.target.value });
              }}
            />
          )}
        </Field>
        <Field label={t('reserve.drawTitle')} error={err('title')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              value={draft.title}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => {
                set({ title: e.target.value });
              }}
            />
          )}
        </Field>
        <Field label={t('reserve.team')} error={err('teamId')}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={draft.teamId}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => {
                set({ teamId: e.target.value });
              }}
            >
              {props.teams.map((tm) => (
                <option key={tm.id} value={tm.id}>
                  {tm.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('reserve.hours')} error={err('hours')}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="text"
              inputMode="decimal"
              value={draft.hours}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => {
                set({ hours: e.target.value });
              }}
            />
          )}
        </Field>
        <Field
          label={t('reserve.activity')}
          error={err('activityId')}
          className="reserve-form__wide"
        >
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              value={draft.activityId}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => {
                set({ activityId: e.target.value });
              }}
            >
              <option value="">{t('reserve.activityNone')}</option>
              {activityOptions}
            </select>
          )}
        </Field>
      </div>
      <fieldset className="reserve-form__displaced">
        <legend>{t('reserve.displaced')}</legend>
        {draft.displaced.map((x, i) => {
          const n = i + 1;
          return (
            <div key={i} className="reserve-form__row">
              <Field
                label={t('reserve.displacedActivity', { n })}
                error={err(`displaced.${i}.activityId`)}
              >
                {({ id, describedBy, invalid }) => (
                  <select
                    id={id}
                    value={x.activityId}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(e) => {
                      setDisplaced(i, { activityId: e.target.value });
                    }}
                  >
                    <option value="">{t('reserve.chooseActivity')}</option>
                    {activityOptions}
                  </select>
                )}
              </Field>
              <Field label={t('reserve.displacedEffect', { n })} error={null}>
                {({ id }) => (
                  <select
                    id={id}
                    value={x.effect}
                    onChange={(e) => {
                      setDisplaced(i, { effect: e.target.value as DisplacementEffect });
                    }}
                  >
                    {DisplacementEffect.options.map((effect) => (
                      <option key={effect} value={effect}>
                        {t(`reserve.effect.${effect}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('reserve.displacedHours', { n })} error={err(`displaced.${i}.hours`)}>
                {({ id, describedBy, invalid }) => (
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    value={x.hours}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(e) => {
                      setDisplaced(i, { hours: e.target.value });
                    }}
                  />
                )}
              </Field>
              <Field label={t('reserve.displacedTo', { n })} error={err(`displaced.${i}.toMonth`)}>
                {({ id, describedBy, invalid }) => (
                  <select
                    id={id}
                    value={x.toMonth}
                    aria-invalid={invalid}
                    aria-describedby={describedBy}
                    onChange={(e) => {
                      setDisplaced(i, { toMonth: e.target.value });
                    }}
                  >
                    <option value="">{t('reserve.toNone')}</option>
                    {months.map((m) => (
                      <option key={m} value={m}>
                        {formatMonth(m)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="button button--small"
                aria-label={t('reserve.removeDisplaced', { n })}
                onClick={() => {
                  setDraft((d) => ({ ...d, displaced: d.displaced.filter((_, j) => j !== i) }));
                  setErrors(new Map());
                }}
              >
                ×
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button"
          onClick={() => {
            set({
              displaced: [
                ...draft.displaced,
                { activityId: '', effect: 'uitgesteld', hours: '', toMonth: '' },
              ],
            });
          }}
        >
          {t('reserve.addDisplaced')}
        </button>
      </fieldset>
      <Field label={t('reserve.reason')} error={err('reason')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            rows={2}
            value={draft.reason}
            aria-describedby={describedBy}
            onChange={(e) => {
              set({ reason: e.target.value });
            }}
          />
        )}
      </Field>
      {summary.length > 0 ? (
        <div className="reserve-form__problems" role="alert" ref={problemsRef} tabIndex={-1}>
          <p>{t('reserve.problems')}</p>
          <ul>
            {summary.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="reserve-form__buttons">
        <button type="submit" className="button button--primary">
          {t('reserve.save')}
        </button>
        <button type="button" className="button" onClick={props.onDone}>
          {t('reserve.cancel')}
        </button>
      </div>
    </form>
  );
}
