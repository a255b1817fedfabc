import { forceMany } from '../../state/commands/calls';
import { useId, useState } from 'react';
import type { Activity, Programme, Team, Theme } from '../../../shared/domain/schemas';
import { activityCost } from '../../../shared/budget/cost-model';
import { cents } from '../../../shared/domain/units';
import { formatHours, formatMoney, formatNumber } from '../../../shared/format/nl';
import { countsForCapacity } from '../../../shared/planning/counting';
import { displacementOf, quarterHoursOf, themeLossOf } from '../../../shared/planning/displacement';
import { planLine } from '../../../shared/planning/plan-line';
import { t } from '../../components/i18n';
import { selectBudget } from '../../state/budget';
import type { PlanningView } from '../../state/planning';
import { useKoers } from '../../state/store';
import { ReasonAction } from './ReasonForm';
import { useQuickAlso } from '../scenarios/quick';

/** Hours per team and quarter, as a table with a caption. */
function QuarterTable(props: {
  caption: string;
  hours: ReadonlyMap<string, readonly number[]>;
  teamName: (id: string) => string;
}) {
  return (
    <table className="grid">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('capacity.team')}</th>
          {[1, 2, 3, 4].map((q) => (
            <th scope="col" key={q} className="num">
              {t('quarter', { q })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...props.hours].map(([team, qs]) => (
          <tr key={team}>
            <th scope="row">{props.teamName(team)}</th>
            {qs.map((h, i) => (
              <td key={i} className="num">
                {formatNumber(Math.round(h))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Most proposals the picker draws at once; a search on the title finds the others. */
const MAX_OPTIONS = 100;

/** The first `room` activities whose title holds `needle`, and always the one picked. */
function narrowed(
  list: readonly Activity[],
  needle: string,
  pick: string,
  room: number,
): Activity[] {
  const out: Activity[] = [];
  let left = room;
  for (const a of list) {
    const hit = left > 0 && (needle === '' || a.title.toLocaleLowerCase('nl').includes(needle));
    if (hit) left -= 1;
    if (hit || a.id === pick) out.push(a);
  }
  return out;
}

/** Work *onder voorbehoud*: funding-conditional, not confirmed, and not postponed or cancelled. */
export const onCondition = (a: Activity): boolean =>
  a.fundingConditional &&
  !a.fundingConfirmed &&
  a.status !== 'vervallen' &&
  a.status !== 'uitgesteld';

/**
 * What confirming the funding of work onder voorbehoud (and forcing it in, when it is
 * discretionary) does to the line: the whole plan again, since statutory work takes its hours
 * before the ranking.
 */
export function confirmedDisplacement(
  chosen: Activity,
  programme: Programme,
  activities: readonly Activity[],
  planned: ReadonlySet<string>,
) {
  const confirmed = activities.map((a) =>
    a.id === chosen.id
      ? {
          ...a,
          fundingConfirmed: true,
          force: a.commitment === 'discretionair' ? { mode: 'in' as const, reason: '-' } : a.force,
        }
      : a,
  );
  const after = planLine(programme, confirmed);
  const displaced = [...planned].filter((x) => !after.planned.has(x));
  return {
    displaced,
    quarterHours: quarterHoursOf(displaced, activities, programme.year),
    themeHoursLost: themeLossOf(planned, after.planned, activities),
  };
}

/**
 * "If we add this, these fall below the line": for an activity below the line or *onder
 * voorbehoud*, its hours per team and quarter, its cost, what it displaces (hours, cost, MJP
 * coverage), and applying it with a reason in one undoable step (a force in, and for work onder
 * voorbehoud the funding confirmed).
 */
export function DisplacementSection(props: {
  planning: PlanningView;
  activities: readonly Activity[];
  teams: readonly Team[];
  themes: readonly Theme[];
  programme: Programme;
}) {
  const { planning, programme } = props;
  const [pick, setPick] = useState('');
  const [query, setQuery] = useState('');
  const forceWithDecisions = useKoers((s) => s.forceWithDecisions);
  const hourRate = useKoers((s) => selectBudget(s)?.result.hourRate ?? null);
  const id = useId();
  const year = programme.year;
  const below = new Set(planning.line.entries.filter((e) => !e.above).map((e) => e.id));
  const belowOptions = props.activities.filter((a) => below.has(a.id));
  const conditional = props.activities.filter(
    (a) => a.programmeId === programme.id && !countsForCapacity(a) && onCondition(a),
  );
  const chosen = [...belowOptions, ...conditional].find((a) => a.id === pick);
  // At thousands below the line the options alone were 2.000 DOM nodes: the picker draws at most
  // MAX_OPTIONS, narrowed by a search on the title, and always the one chosen.
  const needle = query.trim().toLocaleLowerCase('nl');
  const optionCount = belowOptions.length + conditional.length;
  const searchable = optionCount > MAX_OPTIONS;
  const belowShown = searchable ? narrowed(belowOptions, needle, pick, MAX_OPTIONS) : belowOptions;
  const conditionalShown = searchable
    ? narrowed(conditional, needle, pick, MAX_OPTIONS - belowShown.length)
    : conditional;
  const isConditional = chosen !== undefined && conditional.includes(chosen);
  const result = !chosen
    ? null
    : isConditional
      ? confirmedDisplacement(chosen, programme, props.activities, planning.planned)
      : displacementOf([chosen.id], planning.candidates, planning.space, props.activities, year, {
          strict: planning.settings.strict,
        });
  const byId = new Map(props.activities.map((a) => [a.id as string, a]));
  const title = (aid: string) => byId.get(aid)?.title ?? aid;
  const teamName = (tid: string) => props.teams.find((x) => x.id === tid)?.name ?? tid;
  const themeName = (thid: string) => props.themes.find((x) => x.id === thid)?.name ?? thid;
  const costOf = (ids: readonly string[]) =>
    hourRate === null
      ? null
      : cents(
          ids.reduce((s, x) => {
            const a = byId.get(x);
            return s + (a ? activityCost(a, hourRate) : 0);
          }, 0),
        );
  const own = chosen ? costOf([chosen.id]) : null;
  const freed = result ? costOf(result.displaced) : null;
  // Issue 12: the same what-if as a scenario, the programme as it is.
  const also = useQuickAlso(
    () => t('scenario.quick.whatIf', { title: chosen?.title ?? '' }),
    (reason) =>
      chosen
        ? forceMany([[chosen.id, { mode: 'in', reason }]], isConditional ? [chosen.id] : [])
        : null,
  );
  const apply = async (reason: string) => {
    if (!chosen) return;
    const done = await forceWithDecisions(
      [[chosen.id, { mode: 'in', reason }]],
      isConditional ? [chosen.id] : [],
      { key: 'history.whatIf' },
    );
    if (done.ok) setPick('');
  };
  return (
    <section className="card" aria-labelledby="displace-title">
      <h2 id="displace-title">{t('displace.title')}</h2>
      {searchable ? (
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('displace.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            aria-describedby={`${id}-search-hint`}
            onChange={(e) => {
              setQuery(e.target.value);
            }}
          />
          <p className="muted small" id={`${id}-search-hint`}>
            {t('displace.searchHint', {
              shown: formatNumber(belowShown.length + conditionalShown.length),
              total: formatNumber(optionCount),
            })}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id}>{t('displace.pick')}</label>
        <select
          id={id}
          value={pick}
          onChange={(e) => {
            setPick(e.target.value);
          }}
        >
          <option value="">{t('displace.none')}</option>
          {belowShown.length > 0 ? (
            <optgroup label={t('displace.groupBelow')}>
              {belowShown.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </optgroup>
          ) : null}
          {conditionalShown.length > 0 ? (
            <optgroup label={t('displace.groupConditional')}>
              {conditionalShown.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      {chosen && result ? (
        <div className="displace" aria-live="polite">
          {isConditional ? <p className="small">{t('displace.conditionalHint')}</p> : null}
          <dl className="whatif__facts">
            <div>
              <dt>{t('displace.ownCost')}</dt>
              <dd>{own === null ? t('displace.noCostModel') : formatMoney(own)}</dd>
            </div>
            {result.displaced.length > 0 ? (
              <div>
                <dt>{t('displace.freedCost')}</dt>
                <dd>{freed === null ? t('displace.noCostModel') : formatMoney(freed)}</dd>
              </div>
            ) : null}
          </dl>
          <QuarterTable
            caption={t('displace.ownQuarters', { title: chosen.title })}
            hours={quarterHoursOf([chosen.id], props.activities, year)}
            teamName={teamName}
          />
          <p className="strong">
            {result.displaced.length > 0
              ? t('displace.result', {
                  title: chosen.title,
                  count: formatNumber(result.displaced.length),
                })
              : t('displace.nothing', { title: chosen.title })}
          </p>
          {result.displaced.length > 0 ? (
            <>
              <ul className="plain displace__list">
                {result.displaced.map((d) => (
                  <li key={d}>{title(d)}</li>
                ))}
              </ul>
              <QuarterTable
                caption={t('displace.quarters')}
                hours={result.quarterHours}
                teamName={teamName}
              />
              <h3>{t('displace.themes')}</h3>
              <ul className="plain">
                {result.themeHoursLost.map((x) => (
                  <li key={x.themeId}>
                    <strong>{themeName(x.themeId)}</strong>:{' '}
                    {x.left > 0
                      ? t('displace.themeLeft', {
                          lost: formatHours(x.hours),
                          left: formatHours(x.left),
                        })
                      : t('displace.themeGone', { lost: formatHours(x.hours) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <ReasonAction
            key={chosen.id}
            className="whatif-form"
            open={t(isConditional ? 'displace.applyConditional' : 'displace.applyOpen')}
            label={t(isConditional ? 'displace.reasonConditional' : 'displace.reason', {
              title: chosen.title,
            })}
            confirm={t('displace.apply')}
            onSubmit={apply}
            also={also}
          />
        </div>
      ) : null}
    </section>
  );
}
