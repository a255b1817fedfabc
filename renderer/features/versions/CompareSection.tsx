import { useId, useMemo, useState } from 'react';
import {
  compareSnapshots,
  type BudgetSummary,
  type Comparison,
  type LineSummary,
} from '../../../shared/compare/compare';
import type { ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import type { Activity } from '../../../shared/domain/schemas';
import { cents, type IsoDate } from '../../../shared/domain/units';
import type { Version } from '../../../shared/domain/versions';
import { versionSnapshot } from '../../../shared/file/version-content';
import {
  compareNames,
  describeActivityChange,
  formatSignedHours,
  formatSignedMoney,
} from '../../../shared/format/compare';
import {
  formatDate,
  formatHours,
  formatMoney,
  formatNumber,
  formatPercent,
} from '../../../shared/format/nl';
import { ok, type Result } from '../../../shared/result';
import { DivergingBars, type DivergingRow } from '../../components/charts/DivergingBars';
import { t, tm } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** Comparisons kept while both snapshots live (a version's snapshot and the data are stable). */
const comparisons = new WeakMap<ProgrammeSnapshot, WeakMap<ProgrammeSnapshot, Comparison>>();

/** The comparison of two snapshots, computed once per pair. */
function comparisonOf(before: ProgrammeSnapshot, after: ProgrammeSnapshot): Comparison {
  const inner = comparisons.get(before) ?? new WeakMap<ProgrammeSnapshot, Comparison>();
  comparisons.set(before, inner);
  let value = inner.get(after);
  if (!value) {
    value = compareSnapshots(before, after);
    inner.set(after, value);
  }
  return value;
}

/** The choice that stands for the programme as it is now. */
const NOW = 'now';

/** A version's name in the pickers and the table heads, with its date and whether it is adopted. */
function versionLabel(v: Version, adoptedId: string | null): string {
  return t(v.id === adoptedId ? 'compare.versionAdopted' : 'compare.version', {
    name: v.name,
    date: formatDate(v.savedAt.slice(0, 10) as IsoDate),
  });
}

/** An activity's title; a button that opens it in the programme when it exists there now. */
function ActivityName(props: { activity: Activity; exists: boolean }) {
  const navigate = useKoers((s) => s.navigate);
  const openActivity = useKoers((s) => s.openActivity);
  if (!props.exists) return <span>{props.activity.title}</span>;
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        navigate('programme');
        openActivity(props.activity.id);
      }}
    >
      {props.activity.title}
    </button>
  );
}

/** A list of activities under a heading, each name opening the activity. */
function ActivityList(props: {
  title: string;
  activities: readonly Activity[];
  exists: (id: string) => boolean;
}) {
  const id = useId();
  return (
    <div className="compare__list">
      <h4 id={id}>{props.title}</h4>
      {props.activities.length === 0 ? (
        <p className="muted small">{t('compare.noneListed')}</p>
      ) : (
        <ul aria-labelledby={id}>
          {props.activities.map((a) => (
            <li key={a.id}>
              <ActivityName activity={a} exists={props.exists(a.id)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The line's figures in words for the table. */
const lineRows = (
  s: LineSummary,
  title: (id: string) => string,
): Record<'above' | 'committed' | 'space' | 'overloaded' | 'firstMiss', string> => ({
  above: t('compare.kpi.aboveValue', { above: s.above, total: s.candidates }),
  committed: formatNumber(s.committed),
  space: formatHours(Math.round(s.space)),
  overloaded: formatNumber(s.overloaded),
  firstMiss: s.firstMiss === null ? t('compare.row.nothingMissed') : title(s.firstMiss),
});

/** The budget's figures in words for the table. */
const budgetRows = (b: BudgetSummary): Record<'frame' | 'total' | 'result' | 'verdict', string> => {
  if (!b) {
    const none = t('compare.noBudget');
    return { frame: none, total: none, result: none, verdict: none };
  }
  return {
    frame: formatMoney(b.available),
    total: formatMoney(b.total),
    result: formatMoney(b.result),
    verdict:
      b.verdict.kind === 'fits'
        ? t('budget.fits', { left: formatMoney(b.verdict.left) })
        : t('budget.deficit', {
            short: formatMoney(b.verdict.short),
            share: formatPercent(b.verdict.share),
          }),
  };
};

/** What moved between the two sides: figures, shifted hours, the line, the budget, the activities. */
function CompareResult(props: {
  comparison: Comparison;
  before: ProgrammeSnapshot;
  after: ProgrammeSnapshot;
  now: ProgrammeSnapshot;
  leftLabel: string;
  rightLabel: string;
}) {
  const { comparison: c, before, after } = props;
  const names = compareNames(before, after);
  const nowIds = new Set(props.now.activities.map((a) => a.id as string));
  const exists = (id: string) => nowIds.has(id);
  const titleOf = (id: string) =>
    [...after.activities, ...before.activities].find((a) => a.id === id)?.title ?? id;
  const arrow = (b: string, a: string) => t('compare.arrow', { before: b, after: a });
  const money = (b: BudgetSummary) => (b ? formatMoney(b.result) : t('compare.noBudget'));
  const hoursRows: DivergingRow[] = c.hoursByTeam.map((s) => ({
    key: s.teamId,
    label: names.team(s.teamId),
    ...s,
  }));
  const themeRows: DivergingRow[] = c.hoursByTheme.map((s) => ({
    key: s.themeId,
    label: names.theme(s.themeId),
    ...s,
  }));
  const summary = (what: string, rows: readonly DivergingRow[]) =>
    t('compare.shift.summary', {
      what,
      changes: rows
        .filter((r) => r.delta !== 0)
        .map((r) => `${r.label} ${formatSignedHours(r.delta)}`)
        .join(', '),
    });
  const columns = [
    t('compare.col.name'),
    props.leftLabel,
    props.rightLabel,
    t('compare.col.delta'),
  ] as const;
  const shifted = (rows: readonly DivergingRow[], title: string) => (
    <div className="compare__chart">
      <h4>{title}</h4>
      {rows.some((r) => r.delta !== 0) ? (
        <DivergingBars
          rows={rows}
          format={(v) => formatHours(v)}
          formatDelta={formatSignedHours}
          summary={summary(title, rows)}
          tableCaption={title}
          columns={columns}
        />
      ) : (
        <p className="muted small">{t('compare.shift.none')}</p>
      )}
    </div>
  );
  const lb = lineRows(c.line.before, titleOf);
  const la = lineRows(c.line.after, titleOf);
  const bb = budgetRows(c.budget.before);
  const ba = budgetRows(c.budget.after);
  const empty = c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0;
  return (
    <>
      <dl className="kpis compare__kpis">
        <div className="kpi">
          <dt>{t('compare.kpi.activities')}</dt>
          <dd>
            {arrow(formatNumber(before.activities.length), formatNumber(after.activities.length))}
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('compare.kpi.hours')}</dt>
          <dd>{arrow(formatHours(c.hours.before), formatHours(c.hours.after))}</dd>
        </div>
        <div className="kpi">
          <dt>{t('compare.kpi.above')}</dt>
          <dd>{arrow(lb.above, la.above)}</dd>
        </div>
        <div className={`kpi ${c.budget.after && c.budget.after.result < 0 ? 'kpi--bad' : ''}`}>
          <dt>{t('compare.kpi.result')}</dt>
          <dd>{arrow(money(c.budget.before), money(c.budget.after))}</dd>
          {c.budget.before && c.budget.after ? (
            <dd className="kpi__note">
              {formatSignedMoney(cents(c.budget.after.result - c.budget.before.result))}
            </dd>
          ) : null}
        </div>
      </dl>
      {empty ? (
        <p className="muted" role="status">
          {t('compare.same')}
        </p>
      ) : null}

      <h3>{t('compare.shift.title')}</h3>
      <div className="compare__charts">
        {shifted(hoursRows, t('compare.shift.team'))}
        {shifted(themeRows, t('compare.shift.theme'))}
      </div>

      <h3 id="compare-line-title">{t('compare.lineBudget')}</h3>
      <table className="grid compare__table" aria-labelledby="compare-line-title">
        <thead>
          <tr>
            <th scope="col">{t('compare.col.figure')}</th>
            <th scope="col" className="num">
              {props.leftLabel}
            </th>
            <th scope="col" className="num">
              {props.rightLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['compare.row.above', lb.above, la.above],
              ['compare.row.committed', lb.committed, la.committed],
              ['compare.row.space', lb.space, la.space],
              ['compare.row.overloaded', lb.overloaded, la.overloaded],
              ['compare.row.firstMiss', lb.firstMiss, la.firstMiss],
              ['compare.row.frame', bb.frame, ba.frame],
              ['compare.row.total', bb.total, ba.total],
              ['compare.row.result', bb.result, ba.result],
              ['compare.row.verdict', bb.verdict, ba.verdict],
            ] as const
          ).map(([key, b, a]) => (
            <tr key={key} className={b === a ? undefined : 'compare__differs'}>
              <th scope="row">{t(key)}</th>
              <td className="num">{b}</td>
              <td className="num">{a}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {c.wentBelow.length > 0 || c.cameAbove.length > 0 ? (
        <div className="compare__lists">
          <ActivityList title={t('compare.wentBelow')} activities={c.wentBelow} exists={exists} />
          <ActivityList title={t('compare.cameAbove')} activities={c.cameAbove} exists={exists} />
        </div>
      ) : null}

      <h3>{t('compare.activities')}</h3>
      <p className="muted small">{t('compare.openHint')}</p>
      <div className="compare__lists">
        <ActivityList
          title={t('compare.added', { count: formatNumber(c.added.length) })}
          activities={c.added}
          exists={exists}
        />
        <ActivityList
          title={t('compare.removed', { count: formatNumber(c.removed.length) })}
          activities={c.removed}
          exists={exists}
        />
      </div>
      <h4 id="compare-changed-title">
        {t('compare.changed', { count: formatNumber(c.changed.length) })}
      </h4>
      {c.changed.length === 0 ? (
        <p className="muted small">{t('compare.noneListed')}</p>
      ) : (
        <ul className="compare__changed" aria-labelledby="compare-changed-title">
          {c.changed.map((x) => {
            const lines = describeActivityChange(x.before, x.after, x.fields, names);
            return (
              <li key={x.after.id}>
                <ActivityName activity={x.after} exists={exists(x.after.id)} />
                <details>
                  <summary>
                    {t('compare.details', { count: lines.length })}
                    <span className="sr-only">: {x.after.title}</span>
                  </summary>
                  <ul>
                    {lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** Two of {a version, the adopted version, the programme now} side by side. */
export function CompareSection() {
  // "Now" is the programme as stored, also while a version is looked at.
  const data = useKoers((s) => s.liveData);
  const all = useKoers((s) => s.versions);
  const programmeId = data?.programme.id ?? null;
  const versions = useMemo(
    () => all.filter((v) => v.programmeId === programmeId).reverse(),
    [all, programmeId],
  );
  const [leftChoice, setLeft] = useState<string | null>(null);
  const [rightChoice, setRight] = useState<string | null>(null);
  const leftId = useId();
  const rightId = useId();
  const adoptedId = data?.programme.adoption?.versionId ?? null;
  const list = versions;
  const known = (id: string | null) => id === NOW || list.some((v) => v.id === id);
  const defaultLeft = list.find((v) => v.id === adoptedId)?.id ?? list[0]?.id ?? NOW;
  const left = leftChoice !== null && known(leftChoice) ? leftChoice : defaultLeft;
  const right = rightChoice !== null && known(rightChoice) ? rightChoice : NOW;
  const side = (choice: string): Result<ProgrammeSnapshot> | null => {
    if (!data) return null;
    if (choice === NOW) return ok(data);
    const v = list.find((x) => x.id === choice);
    return v ? versionSnapshot(v) : null;
  };
  const a = side(left);
  const b = side(right);
  const before = a?.ok ? a.value : null;
  const after = b?.ok ? b.value : null;
  const comparison = before && after ? comparisonOf(before, after) : null;
  if (!data) return null;
  const label = (choice: string) => {
    const v = list.find((x) => x.id === choice);
    return v ? versionLabel(v, adoptedId) : t('compare.now');
  };
  const options = (
    <>
      {list.map((v) => (
        <option key={v.id} value={v.id}>
          {versionLabel(v, adoptedId)}
        </option>
      ))}
      <option value={NOW}>{t('compare.now')}</option>
    </>
  );
  return (
    <section className="card card--wide compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{t('compare.title')}</h2>
      {list.length === 0 ? (
        <p>{t('compare.noVersion')}</p>
      ) : (
        <>
          <p className="muted small">{t('compare.hint')}</p>
          <div className="compare__pickers">
            <div className="field">
              <label htmlFor={leftId}>{t('compare.left')}</label>
              <select
                id={leftId}
                value={left}
                onChange={(e) => {
                  setLeft(e.target.value);
                }}
              >
                {options}
              </select>
            </div>
            <div className="field">
              <label htmlFor={rightId}>{t('compare.right')}</label>
              <select
                id={rightId}
                value={right}
                onChange={(e) => {
                  setRight(e.target.value);
                }}
              >
                {options}
              </select>
            </div>
          </div>
          {[a, b].map((r, i) =>
            r && !r.ok ? (
              <p key={i} role="alert" className="warning">
                {tm(r.error)}
              </p>
            ) : null,
          )}
          {left === right ? <p className="muted">{t('compare.sameSide')}</p> : null}
          {comparison && before && after ? (
            <CompareResult
              comparison={comparison}
              before={before}
              after={after}
              now={data}
              leftLabel={label(left)}
              rightLabel={label(right)}
            />
          ) : null}
        </>
      )}
    </section>
  );
}
