import {
  formatFte,
  formatFteNumber,
  formatHours,
  formatNumber,
  formatScore,
} from '../../../shared/format/nl';
import { t } from '../../components/i18n';
import { memo, useCallback, useMemo, type ReactNode } from 'react';
import { GapRow, useRowWindow, useScrollIntoView } from '../../components/windowed-rows';
import {
  selectProgrammeView,
  type ActivityRow,
  type ProgrammeView,
  type ThemeGroup,
} from '../../state/selectors';
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
        { rank: formatNumber(place.rank) },
      )}
    </span>
  );
}

/** One line of the list as drawn: a theme's header or an activity under it. */
type ListItem =
  | { readonly kind: 'group'; readonly group: ThemeGroup }
  | { readonly kind: 'row'; readonly row: ActivityRow; readonly group: ThemeGroup };

/**
 * The activity row: title (opens the editor), source, domain, kind, status, flags, figures.
 * Drawn again only when its props change: an edit redraws its own row, not every row in view
 * (list rows and line places keep their objects while unchanged, issue 11).
 */
const ActivityTableRow = memo(function ActivityTableRow(props: {
  row: ActivityRow;
  open: boolean;
  place: LinePlace | undefined;
  index: number;
  measure: (el: Element | null) => void;
}) {
  const { row, open, place, index, measure } = props;
  const openActivity = useKoers((s) => s.openActivity);
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      data-activity-id={row.activity.id}
      className={open ? 'row--open' : undefined}
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
        <Place place={place} />
      </td>
    </tr>
  );
});

/** A theme's header row: its path in the MJP and the count and hours under it. */
function GroupRow(props: {
  group: ThemeGroup;
  index: number;
  measure: (el: Element | null) => void;
}) {
  const { group, index, measure } = props;
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={`group group--depth-${group.path.length}`}
    >
      <th scope="rowgroup" colSpan={COLUMNS}>
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
            count: formatNumber(group.rows.length),
            hours: formatHours(group.hours),
          })}
        </span>
      </th>
    </tr>
  );
}

const COLUMNS = 10;

/**
 * The list itself, windowed (issue 11): at thousands of activities only the rows in view are
 * drawn, in a scroll box of its own under a sticky header; aria-rowcount and aria-rowindex give
 * screen readers the real count and place, the focused and the open row stay drawn, and the
 * open row is scrolled into view. The filter bar searches the whole list, not the drawn rows.
 */
function ActivityTable({ view }: { view: ProgrammeView }) {
  const openId = useKoers((s) => s.openActivityId);
  const places = useKoers(selectLinePlaces);
  const items = useMemo(() => {
    const out: ListItem[] = [];
    for (const group of view.groups) {
      out.push({ kind: 'group', group });
      for (const row of group.rows) out.push({ kind: 'row', row, group });
    }
    return out;
  }, [view.groups]);
  const openIndex = useMemo(
    () =>
      openId === null
        ? undefined
        : items.findIndex((it) => it.kind === 'row' && it.row.activity.id === openId),
    [items, openId],
  );
  // The same functions while the items are the same: the virtualiser works out every row's place
  // again whenever its key function changes (thousands of rows, on every redraw).
  const estimateSize = useCallback((i: number) => (items[i]?.kind === 'group' ? 44 : 58), [items]);
  const getKey = useCallback(
    (i: number) => {
      const it = items[i];
      return it === undefined
        ? `i-${i}`
        : it.kind === 'group'
          ? `g-${it.group.theme.id}`
          : it.row.activity.id;
    },
    [items],
  );
  const { parts, windowed, scrollRef, measure, scrollToIndex } = useRowWindow({
    count: items.length,
    estimateSize,
    keep: openIndex,
    getKey,
  });
  useScrollIntoView(scrollToIndex, openIndex);
  // The drawn rows in runs under their theme, one <tbody> per run, so each theme stays a row group.
  const bodies: ReactNode[] = [];
  let runGroup: ThemeGroup | null = null;
  let runRows: ReactNode[] = [];
  let runKey = '';
  const runsOf = new Map<ThemeGroup, number>();
  const flush = () => {
    if (runRows.length > 0) bodies.push(<tbody key={runKey}>{runRows}</tbody>);
    runGroup = null;
    runRows = [];
  };
  for (const part of parts) {
    if (part.kind === 'gap') {
      flush();
      bodies.push(
        <tbody key={part.key} aria-hidden="true">
          <GapRow height={part.height} columns={COLUMNS} />
        </tbody>,
      );
      continue;
    }
    const it = items[part.item.index];
    if (!it) continue;
    if (runGroup !== it.group) {
      flush();
      runGroup = it.group;
      // Keyed by theme (and which run of it), not by its first row, so a run that loses its first
      // row keeps its <tbody> and the row holding focus is not drawn anew (focus would be lost).
      const n = (runsOf.get(it.group) ?? 0) + 1;
      runsOf.set(it.group, n);
      runKey = `b-${it.group.theme.id}-${n}`;
    }
    runRows.push(
      it.kind === 'group' ? (
        <GroupRow key={part.item.key} group={it.group} index={part.item.index} measure={measure} />
      ) : (
        <ActivityTableRow
          key={part.item.key}
          row={it.row}
          open={openId === it.row.activity.id}
          place={places?.get(it.row.activity.id)}
          index={part.item.index}
          measure={measure}
        />
      ),
    );
  }
  flush();
  return (
    <div
      className={`table-wrap window-scroll${windowed ? ' window-scroll--long' : ''}`}
      ref={scrollRef}
    >
      <table
        className="activities"
        aria-label={t('programme.tableLabel')}
        aria-rowcount={items.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
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
        {bodies}
      </table>
      {view.shown === 0 ? <p className="empty">{t('programme.empty')}</p> : null}
    </div>
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
  if (!view || year === undefined) return null;
  return (
    <section className="screen" aria-labelledby="programme-title">
      <div className="screen__head">
        <div>
          <h1 id="programme-title">{t('programme.title', { year })}</h1>
          <p className="screen__summary" role="status">
            {t('programme.summary', {
              shown: formatNumber(view.shown),
              total: formatNumber(view.total),
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
      <ActivityTable view={view} />
      {openId !== null ? <ActivityEditor key={openId} /> : null}
    </section>
  );
}
