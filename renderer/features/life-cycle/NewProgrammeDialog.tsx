import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { themesInTreeOrder } from '../../../shared/domain/programme';
import { cents, type MonthKey } from '../../../shared/domain/units';
import {
  copyForwardPlan,
  defaultCutOff,
  existingNextYear,
  mjpsForNextYear,
  needsMjpMapping,
  programmeNameFor,
  type CarryRow,
  type ThemeMap,
} from '../../../shared/edit/copy-forward';
import {
  formatFte,
  formatHours,
  formatMoney,
  formatMonth,
  formatMonthShort,
  formatNumberInput,
} from '../../../shared/format/nl';
import type { Message } from '../../../shared/i18n/translate';
import { monthOf, monthsOfYear } from '../../../shared/time/months';
import { t, tm } from '../../components/i18n';
import { parseNumber } from '../../components/parse';
import { useKoers } from '../../state/store';

/** The largest frame the field accepts (€ 10 billion: beyond it, a typing error). */
const MAX_FRAME_EUROS = 10_000_000_000;

/** This month, from the page's clock (a test fixes it). */
const thisMonth = (): MonthKey => {
  const d = new Date();
  return monthOf(d.getFullYear(), d.getMonth() + 1);
};

/** A run of months in short words: `jan – okt 2027`. */
const runText = (row: CarryRow): string =>
  row.startMonth === row.endMonth
    ? formatMonth(row.startMonth)
    : `${formatMonthShort(row.startMonth)} – ${formatMonth(row.endMonth)}`;

/**
 * *Nieuw werkprogramma*: year N+1 from the programme on screen. The person sets the new frame and
 * the cut-off ("Stand per"), maps the themes when N+1 lies in another MJP, and ticks the
 * activities that carry over (preselected as the plan says, with why others stay behind). Nothing
 * is written before *Werkprogramma N+1 maken*; a modal `<dialog>`: focus stays inside, Escape
 * cancels.
 */
export function NewProgrammeDialog(props: { onClose: () => void }) {
  const data = useKoers((s) => s.data);
  const copyForward = useKoers((s) => s.copyForward);
  const dialog = useRef<HTMLDialogElement>(null);
  const frameInput = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const introId = useId();
  const frameId = useId();
  const frameHintId = useId();
  const frameErrorId = useId();
  const cutOffId = useId();
  const mjpId = useId();
  const year = data?.programme.year ?? 0;
  const next = year + 1;
  const [frame, setFrame] = useState('');
  const [frameError, setFrameError] = useState<Message | null>(null);
  const [cutOff, setCutOff] = useState<MonthKey>(() => defaultCutOff(year, thisMonth()));
  const mapping = data ? needsMjpMapping(data) : false;
  const targets = data ? mjpsForNextYear(data) : [];
  const [target, setTarget] = useState<string | null>(targets[0]?.id ?? null);
  const targetMjp = data?.mjps.find((m) => m.id === target);
  const targetThemes = useMemo(
    () => themesInTreeOrder(data?.themes.filter((x) => x.mjpId === target) ?? []),
    [data, target],
  );
  /** Themes used by the activities of N, each mapped to the same name in the new MJP if any. */
  const oldThemes = useMemo(() => {
    if (!data || !mapping) return [];
    const used = new Set(
      data.activities.flatMap((a) => [a.primaryThemeId, ...a.secondaryThemeIds]),
    );
    return themesInTreeOrder(data.themes.filter((x) => x.mjpId === data.programme.mjpId)).filter(
      (x) => used.has(x.id),
    );
  }, [data, mapping]);
  /** The person's own choices of the mapping, over the default (the same name in the new MJP). */
  const [mapped, setMapped] = useState<ThemeMap>({});
  const themeMap = useMemo<ThemeMap>(
    () => ({
      ...Object.fromEntries(
        oldThemes.map((o) => [o.id, targetThemes.find((n) => n.name === o.name)?.id ?? null]),
      ),
      ...mapped,
    }),
    [oldThemes, targetThemes, mapped],
  );
  const plan = useMemo(
    () => (data ? copyForwardPlan(data, { cutOff, themeMap: mapping ? themeMap : null }) : []),
    [data, cutOff, themeMap, mapping],
  );
  const [ticked, setTicked] = useState<ReadonlySet<string> | null>(null);
  const carry = ticked ?? new Set(plan.filter((r) => r.byDefault).map((r) => r.activityId));
  const [refusal, setRefusal] = useState<Message | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    (frameInput.current ?? el?.querySelector<HTMLElement>('button'))?.focus();
  }, []);

  if (!data) return null;
  const exists = existingNextYear(data);
  const carried = plan.filter((r) => carry.has(r.activityId) && !r.unmapped);
  const carriedHours = carried.reduce((s, r) => s + Math.round(r.remainingHours * 100), 0) / 100;
  const norm = data.programme.capacity.productiveHoursPerFte;

  const close = () => {
    dialog.current?.close();
  };
  const readFrame = (): number | null => {
    const parsed = parseNumber(frame, { max: MAX_FRAME_EUROS });
    if (frame.trim() === '') {
      setFrameError({ key: 'validation.required' });
      return null;
    }
    if (!parsed.ok) {
      setFrameError(parsed.error);
      return null;
    }
    setFrameError(null);
    return Math.round(parsed.value * 100);
  };
  const confirm = async () => {
    const frameCents = readFrame();
    if (frameCents === null) {
      frameInput.current?.focus();
      return;
    }
    setSaving(true);
    const result = await copyForward({
      cutOff,
      frameCents: cents(frameCents),
      frameSource: t('copy.frameSource', {
        name: programmeNameFor(next),
        from: data.programme.name,
      }),
      carry: [...carry],
      mjpId: mapping ? target : null,
      themeMap: mapping ? themeMap : {},
    });
    setSaving(false);
    if (result.ok) close();
    else setRefusal(result.error);
  };
  const toggle = (id: string, on: boolean) => {
    const set = new Set(carry);
    if (on) set.add(id);
    else set.delete(id);
    setTicked(set);
  };

  return (
    <dialog
      ref={dialog}
      className="copy-dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClose={props.onClose}
    >
      <div className="copy-dialog__head">
        <p className="editor__kicker">{t('copy.kicker')}</p>
        <h2 id={titleId}>{t('copy.title', { year: next })}</h2>
        <p id={introId} className="editor__hint">
          {t('copy.intro', { name: programmeNameFor(next), from: data.programme.name })}
        </p>
      </div>
      {exists ? (
        <div className="copy-dialog__body">
          <p className="copy-dialog__refusal" role="alert">
            {t('copy.exists', { year: next, name: exists.name })}
          </p>
        </div>
      ) : (
        <div className="copy-dialog__body">
          <div className="copy-dialog__fields">
            <div className={`field copy-dialog__frame ${frameError ? 'field--invalid' : ''}`}>
              <label htmlFor={frameId}>{t('copy.frame', { year: next })}</label>
              <input
                ref={frameInput}
                id={frameId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                required
                aria-required="true"
                aria-invalid={frameError !== null}
                aria-describedby={`${frameHintId}${frameError ? ` ${frameErrorId}` : ''}`}
                value={frame}
                onChange={(e) => {
                  setFrame(e.target.value);
                }}
                onBlur={() => {
                  if (frame.trim() !== '') readFrame();
                }}
              />
              <p id={frameHintId} className="field__hint">
                {t('copy.frameHint', {
                  year,
                  frame: formatMoney(data.programme.budget.frameCents),
                })}
              </p>
              {frameError ? (
                <p id={frameErrorId} className="field__error">
                  {tm(frameError)}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={cutOffId}>{t('copy.cutOff')}</label>
              <select
                id={cutOffId}
                value={cutOff}
                aria-describedby={`${cutOffId}-hint`}
                onChange={(e) => {
                  setCutOff(e.target.value as MonthKey);
                }}
              >
                {monthsOfYear(year).map((m) => (
                  <option key={m} value={m}>
                    {formatMonth(m)}
                  </option>
                ))}
              </select>
              <p id={`${cutOffId}-hint`} className="field__hint">
                {t('copy.cutOffHint', { year: next })}
              </p>
            </div>
          </div>
          {mapping ? (
            <section className="copy-dialog__mjp" aria-labelledby={`${mjpId}-title`}>
              <h3 id={`${mjpId}-title`}>{t('copy.mjp', { year: next })}</h3>
              <p className="editor__hint">
                {t('copy.mjpIntro', {
                  year: next,
                  mjp: data.mjps.find((m) => m.id === data.programme.mjpId)?.name ?? '',
                })}
              </p>
              {targets.length === 0 ? (
                <p className="copy-dialog__refusal" role="alert">
                  {t('copy.mjpNone', { year: next })}
                </p>
              ) : (
                <>
                  <div className="field">
                    <label htmlFor={mjpId}>{t('copy.mjpChoose')}</label>
                    <select
                      id={mjpId}
                      value={target ?? ''}
                      onChange={(e) => {
                        setTarget(e.target.value);
                        setMapped({});
                      }}
                    >
                      {targets.map((m) => (
                        <option key={m.id} value={m.id}>
                          {m.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <table className="grid copy-dialog__map">
                    <caption>{t('copy.themeMap')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">
                          {t('copy.themeFrom', {
                            mjp: data.mjps.find((m) => m.id === data.programme.mjpId)?.name ?? '',
                          })}
                        </th>
                        <th scope="col">{t('copy.themeTo', { mjp: targetMjp?.name ?? '' })}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {oldThemes.map((o) => (
                        <tr key={o.id}>
                          <th scope="row" id={`${mjpId}-${o.id}`}>
                            {o.name}
                          </th>
                          <td>
                            <select
                              aria-labelledby={`${mjpId}-${o.id}`}
                              value={themeMap[o.id] ?? ''}
                              onChange={(e) => {
                                setMapped({ ...mapped, [o.id]: e.target.value || null });
                              }}
                            >
                              <option value="">{t('copy.unmapped')}</option>
                              {targetThemes.map((n) => (
                                <option key={n.id} value={n.id}>
                                  {n.name}
                                </option>
                              ))}
                            </select>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </section>
          ) : null}
          <section className="copy-dialog__activities" aria-labelledby={`${titleId}-acts`}>
            <h3 id={`${titleId}-acts`}>{t('copy.activities')}</h3>
            <p className="editor__hint">{t('copy.activitiesHint', { year: next })}</p>
            <p className="copy-dialog__summary" role="status">
              {t('copy.summary', {
                count: carried.length,
                total: plan.length,
                hours: formatHours(carriedHours),
                fte: formatFte(norm > 0 ? carriedHours / norm : 0),
                norm: formatNumberInput(norm),
              })}
            </p>
            <table className="grid copy-dialog__table">
              <caption className="sr-only">{t('copy.activities')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('copy.col.carry')}</th>
                  <th scope="col">{t('copy.col.activity')}</th>
                  <th scope="col">{t('copy.col.origin')}</th>
                  <th scope="col">{t('copy.col.status')}</th>
                  <th scope="col" className="num">
                    {t('copy.col.hours')}
                  </th>
                  <th scope="col">{t('copy.col.months', { year: next })}</th>
                  <th scope="col">{t('copy.col.why')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.map((row) => {
                  const activity = data.activities.find((a) => a.id === row.activityId);
                  const on = carry.has(row.activityId) && !row.unmapped;
                  const boxId = `${titleId}-${row.activityId}`;
                  return (
                    <tr key={row.activityId} className={on ? '' : 'copy-dialog__left'}>
                      <td>
                        <input
                          id={boxId}
                          type="checkbox"
                          checked={on}
                          disabled={row.unmapped}
                          aria-label={t('copy.carryLabel', { title: row.title, year: next })}
                          onChange={(e) => {
                            toggle(row.activityId, e.target.checked);
                          }}
                        />
                      </td>
                      <th scope="row">
                        <label htmlFor={boxId}>{row.title}</label>
                      </th>
                      <td>{activity ? t(`origin.${activity.origin}`) : ''}</td>
                      <td>{activity ? t(`status.${activity.status}`) : ''}</td>
                      <td className="num">{on ? formatHours(row.remainingHours) : '—'}</td>
                      <td>{on ? runText(row) : '—'}</td>
                      <td>
                        {row.reason !== null
                          ? t(`copy.reason.${row.reason}`, { year })
                          : on
                            ? ''
                            : t('copy.notCarried')}
                        {row.reason !== null && on ? ` · ${t('copy.chosen')}` : ''}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          {refusal ? (
            <p className="copy-dialog__refusal" role="alert">
              {tm(refusal)}
            </p>
          ) : null}
        </div>
      )}
      <div className="copy-dialog__foot">
        <button type="button" className="button" onClick={close}>
          {t('copy.cancel')}
        </button>
        {exists ? null : (
          <button
            type="button"
            className="button button--primary"
            disabled={saving || (mapping && targets.length === 0)}
            onClick={() => {
              void confirm();
            }}
          >
            {t('copy.confirm', { year: next })}
          </button>
        )}
      </div>
    </dialog>
  );
}
