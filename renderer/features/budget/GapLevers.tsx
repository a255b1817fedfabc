import type { GapSuggestion, Lever } from '../../../shared/budget/gap-levers';
import {
  formatNumber,
  formatFte,
  formatMoney,
  formatMonth,
  formatPercent,
  quoted,
} from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import type { ProgrammeData } from '../../db/repositories/programme-data';
import { followLever } from '../../state/commands/calls';
import { selectGapAdvice, selectGapAdviceCurrent } from '../../state/money';
import { useKoers } from '../../state/store';
import { selectBudget } from '../../state/budget';
import { useEffect, useMemo, useState } from 'react';
import { ShowAllButton, useShowAll } from '../../components/windowed-rows';

/** How many levers of each kind are shown before "Meer maatregelen". */
const PER_KIND = 2;

/** How many of the other levers are drawn when "Meer maatregelen" opens, before "Toon alle". */
const MORE_FIRST = 50;

/** An activity's title by id (one map per loaded data, not a search per lever). */
type Titles = (id: string) => string;

/** A lever in words: which fte of which team from when, or which cost by how much. */
function describe(lever: Lever, data: ProgrammeData, title: Titles): string {
  switch (lever.kind) {
    case 'hire':
      return t('budget.lever.hire', {
        fte: formatFte(lever.fte),
        team: data.teams.find((x) => x.id === lever.teamId)?.name ?? lever.teamId,
        month: formatMonth(lever.from),
        label:
          data.programme.capacity.staffingChanges.find((c) => c.id === lever.changeId)?.label ??
          lever.changeId,
      });
    case 'external':
      return t('budget.lever.external', {
        amount: formatMoney(lever.cut),
        title: title(lever.activityId),
      });
    case 'material':
      return t('budget.lever.material', {
        amount: formatMoney(lever.cut),
        title: title(lever.activityId),
      });
    case 'fixed':
      return t('budget.lever.fixed', {
        amount: formatMoney(lever.cut),
        label:
          data.programme.budget.costModel?.fixedCosts.find((f) => f.id === lever.fixedId)?.label ??
          lever.fixedId,
      });
    case 'drop':
      return t('budget.lever.drop', { title: title(lever.activityId) });
  }
}

/** One lever with its saving, its consequence for the line and the button that follows it. */
function Suggestion(props: {
  s: GapSuggestion;
  deficit: number;
  data: ProgrammeData;
  title: Titles;
  stale: boolean;
}) {
  const dispatch = useKoers((st) => st.dispatch);
  const { s, data, title } = props;
  const what = describe(s.lever, data, title);
  return (
    <li className="lever">
      <div className="lever__text">
        <p className="strong">{what}</p>
        <p className="small">
          {t('budget.lever.saving', { amount: formatMoney(s.saving) })} ·{' '}
          {s.closes
            ? t('budget.lever.closes')
            : t('budget.lever.partly', { share: formatPercent(s.saving / props.deficit) })}
        </p>
        <p className="small">
          {s.fallsBelow.length
            ? t('budget.lever.fallsBelow', {
                titles: s.fallsBelow.map((id) => quoted(title(id))).join(', '),
              })
            : t('budget.lever.noneBelow')}
          {s.comesAbove.length
            ? ` ${t('budget.lever.comesAbove', {
                titles: s.comesAbove.map((id) => quoted(title(id))).join(', '),
              })}`
            : ''}
        </p>
      </div>
      <button
        type="button"
        className="button"
        disabled={props.stale}
        aria-label={t('budget.lever.followLabel', { what })}
        onClick={() => {
          void dispatch(
            followLever(
              data.programme.id,
              s.lever,
              t('budget.lever.reason', { amount: formatMoney(s.saving) }),
            ),
            { label: { key: 'history.followLever', params: { what } } },
          );
        }}
      >
        {t('budget.lever.follow')}
      </button>
    </li>
  );
}

/**
 * "Wat sluit het tekort?": the real levers in order, each followed in one undoable step. The
 * advice is computed in the solver worker (issue 11): "wordt berekend" while it works; an older
 * answer stays visible, marked and without its buttons, until the new one arrives.
 */
export function GapLevers(props: { data: ProgrammeData }) {
  const known = useKoers(selectGapAdvice);
  const current = useKoers(selectGapAdviceCurrent);
  const busy = useKoers((s) => s.gapAdviceBusy);
  const failed = useKoers((s) => s.gapAdviceFailed);
  const short = useKoers((s) => (selectBudget(s)?.result.result ?? 0) < 0);
  const refresh = useKoers((s) => s.refreshGapAdvice);
  useEffect(() => {
    void refresh();
  }, [props.data, refresh]);
  const titles = useMemo(
    () => new Map(props.data.activities.map((a) => [a.id as string, a.title])),
    [props.data.activities],
  );
  const title = (id: string) => titles.get(id) ?? id;
  // The other levers are drawn only while "Meer maatregelen" is open, and then the first ones:
  // at thousands of activities there are thousands of levers (issue 11, DOM ≤ 5.000).
  const [moreOpen, setMoreOpen] = useState(false);
  const advice = known?.advice ?? null;
  const stale = known !== null && !current;
  // The largest two of each kind first, in the order of the levers; the rest on request.
  const shown = new Map<string, number>();
  const first: GapSuggestion[] = [];
  const rest: GapSuggestion[] = [];
  for (const s of advice?.suggestions ?? []) {
    const n = shown.get(s.lever.kind) ?? 0;
    (n < PER_KIND ? first : rest).push(s);
    shown.set(s.lever.kind, n + 1);
  }
  const more = useShowAll(rest, MORE_FIRST);
  if (!short && (!advice || advice.deficit <= 0)) return null;
  let status = '';
  if (failed) status = t('budget.gapFailed');
  else if (busy || !advice) status = advice ? t('budget.gapRecomputing') : t('budget.gapBusy');
  return (
    <section className="card card--wide" aria-labelledby="gap-title" aria-busy={busy}>
      <h2 id="gap-title">{t('budget.gap')}</h2>
      <p className={failed ? 'warning' : 'muted small'} role="status" aria-live="polite">
        {status}
      </p>
      {advice && advice.deficit > 0 ? (
        <div className={stale ? 'solver-stale' : undefined}>
          <p className="muted small">
            {t('budget.gapDeficit', { amount: formatMoney(advice.deficit) })}
          </p>
          {advice.suggestions.length === 0 ? (
            <p className="warning">{t('budget.gapNone')}</p>
          ) : (
            <>
              <ol className="plain levers">
                {first.map((s, i) => (
                  <Suggestion
                    key={i}
                    s={s}
                    deficit={advice.deficit}
                    data={props.data}
                    title={title}
                    stale={stale}
                  />
                ))}
              </ol>
              {rest.length > 0 ? (
                <details
                  className="levers__more"
                  onToggle={(e) => {
                    setMoreOpen(e.currentTarget.open);
                  }}
                >
                  <summary>{t('budget.lever.more', { count: formatNumber(rest.length) })}</summary>
                  {moreOpen ? (
                    <>
                      <ol className="plain levers">
                        {more.shown.map((s, i) => (
                          <Suggestion
                            key={i}
                            s={s}
                            deficit={advice.deficit}
                            data={props.data}
                            title={title}
                            stale={stale}
                          />
                        ))}
                      </ol>
                      <ShowAllButton
                        shown={more.shown.length}
                        total={rest.length}
                        what={t('budget.gap')}
                        onClick={more.showAll}
                      />
                    </>
                  ) : null}
                </details>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
