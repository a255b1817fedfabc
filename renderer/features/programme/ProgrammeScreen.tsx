import {
  formatFte,
  formatFteNumber,
  formatHours,
  formatNumber,
  formatScore,
} from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { selectProgrammeView, type ActivityRow } from '../../state/selectors';
import { useKoers } from '../../state/store';
import { selectLinePlaces, type LinePlace } from './line-places';
import type { SortColumn } from '../../state/types';
import { ActivityEditor } from './ActivityEditor';
import { FilterBar } from './FilterBar';
import type { MessageKey } from '../../../shared/i18n/messages.nl';

/** A column header that sorts on click and tells screen readers how it is sorted. */
function SortHeader(props: { column: SortColumn; label: MessageKey; className?: string }) {
  const sort = useKoers((s) => s.sort);
  const sortBy = useKoers((s) => s.sortBy);
  const active = sort.column === props.column;
  return (
    <th
      scope="col"
      className={props.className}
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => {
          sortBy(props.column);
        }}
      >
        {t(props.label)}
        <span aria-hidden="true" className="sort-button__arrow">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The badges of an activity: statutory or committed, carry-over, funding condition. */
function Flags({ row }: { row: ActivityRow }) {
  const a = row.activity;
  const flags: { key: MessageKey; tone: string }[] = [];
  if (a.commitment === 'wettelijk') flags.push({ key: 'flag.wettelijk', tone: 'statutory' });
  if (a.commitment === 'vast') flags.push({ key: 'flag.vast', tone: 'committed' });
  if (a.origin === 'loopt-door') flags.push({ key: 'flag.loopt-door', tone: 'carry' });
  if (a.fundingConditional)
    flags.push(
      a.fundingConfirmed
        ? { key: 'flag.confirmed', tone: 'confirmed' }
        : { key: 'flag.conditional', tone: 'conditional' },
    );
  return (
    <ul className="flags">
      {flags.map((f) => (
        <li key={f.key} className={`flag flag--${f.tone}`}>
          {t(f.key)}
        </li>
      ))}
    </ul>
  );
}

/** The risk score as a number and a small bar; the bar is decoration, the number is the fact. */
function Score({ row }: { row: ActivityRow }) {
  const score = formatScore(row.risk.score);
  const width = Math.max(0, Math.min(100, row.risk.score));
  return (
    <span className="score" title={t('score.title', { score })}>
      <span className="score__value">{score}</span>
      <span className="score__bar" aria-hidden="true">
        <span style={{ width: `${width}%` }} />
      </span>
    </span>
  );
}

/** Where an activity stands against the line: its rank above or below, or why it has none. */
function Place({ place }: { place: LinePlace | undefined }) {
  if (!place) return null;
  if (place.kind === 'committed')
    return <span className="place place--committed">{t('programme.line.committed')}</span>;
  if (place.kind === 'not-counted')
    return <span className="place muted">{t('programme.line.notCounted')}</span>;
  return (
    <span className={`place place--${place.kind}`}>
      {t(
        place.kind === 'above'
          ? 'programme.line.above'
          : place.kind === 'below'
            ? 'programme.line.below'
            : place.kind === 'forced-in'
              ? 'programme.line.forcedIn'
              : 'programme.line.forcedOut',
        { rank: place.rank },
      )}
    </span>
  );
}

/** The programme screen: every activity grouped under its MJP focus and theme. */
export function ProgrammeScreen() {
  const view = useKoers(selectProgrammeView);
  const year = useKoers((s) => s.data?.programme.year);
  const openActivity = useKoers((s) => s.openActivity);
  const openId = useKoers((s) => s.openActivityId);
  const addActivity = useKoers((s) => s.addActivity);
  const filters = useKoers((s) => s.filters);
  const places = useKoers(selectLinePlaces);
  if (!view || year === undefined) return null;
  return (
    <section className="screen" aria-labelledby="programme-title">
      <div className="screen__head">
        <div>
          <h1 id="programme-title">{t('programme.title', { year })}</h1>
          <p className="screen__summary" role="status">
            {t('programme.summary', {
              shown: view.shown,
              total: view.total,
              hours: formatHours(view.shownHours),
              fte: formatFte(view.shownFte),
            })}
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            // Start from the filters that are on, so the new activity shows in this list.
            void addActivity({
              domainId: filters.domainId,
              primaryThemeId: filters.themeId,
              kind: filters.kind,
              status: filters.status,
            }).then((id) => {
              if (id !== null) openActivity(id);
            });
          }}
        >
          {t('programme.add')}
        </button>
      </div>
      <FilterBar themes={view.mjpThemes} />
      <div className="table-wrap">
        <table className="activities" aria-label={t('programme.tableLabel')}>
          <thead>
            <tr>
              <SortHeader column="title" label="column.title" className="col-title" />
              <th scope="col" className="col-source">
                {t('column.source')}
              </th>
              <SortHeader column="domain" label="column.domain" className="col-domain" />
              <SortHeader column="kind" label="column.kind" className="col-kind" />
              <SortHeader column="status" label="column.status" className="col-status" />
              <th scope="col" className="col-flags">
                {t('column.flags')}
              </th>
              <SortHeader column="hours" label="column.hours" className="num col-hours" />
              <th scope="col" className="num col-fte">
                {t('column.fte')}
              </th>
              <SortHeader column="score" label="column.score" className="num col-score" />
              <th scope="col" className="col-line">
                {t('column.line')}
              </th>
            </tr>
          </thead>
          {view.groups.map((group) => (
            <tbody key={group.theme.id}>
              <tr className={`group group--depth-${group.path.length}`}>
                <th scope="rowgroup" colSpan={10}>
                  <span className="group__path">
                    {group.path.map((p, i) => (
                      <span
                        key={p.id}
                        className={i === group.path.length - 1 ? 'group__leaf' : 'group__parent'}
                      >
                        {p.name}
                      </span>
                    ))}
                  </span>
                  <span className="group__meta">
                    {t('programme.groupHours', {
                      count: group.rows.length,
                      hours: formatHours(group.hours),
                    })}
                  </span>
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr
                  key={row.activity.id}
                  data-activity-id={row.activity.id}
                  className={openId === row.activity.id ? 'row--open' : undefined}
                >
                  <td className="col-title">
                    <button
                      type="button"
                      className="link-button"
                      title={row.activity.title}
                      onClick={() => {
                        openActivity(row.activity.id);
                      }}
                    >
                      {row.activity.title}
                    </button>
                  </td>
                  <td className="col-source muted">{row.activity.sourceRef}</td>
                  <td className="col-domain">{row.domain?.name}</td>
                  <td className="col-kind">{t(`kind.${row.activity.kind}`)}</td>
                  <td className="col-status">
                    <span className={`status status--${row.activity.status}`}>
                      {t(`status.${row.activity.status}`)}
                    </span>
                  </td>
                  <td className="col-flags">
                    <Flags row={row} />
                  </td>
                  <td className="num col-hours">{formatNumber(Math.round(row.hours))}</td>
                  <td className="num col-fte">{formatFteNumber(row.fte)}</td>
                  <td className="num col-score">
                    <Score row={row} />
                  </td>
                  <td className="col-line">
                    <Place place={places?.get(row.activity.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        {view.shown === 0 ? <p className="empty">{t('programme.empty')}</p> : null}
      </div>
      {openId !== null ? <ActivityEditor key={openId} /> : null}
    </section>
  );
}
