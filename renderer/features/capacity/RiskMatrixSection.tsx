import type { Activity } from '../../../shared/domain/schemas';
import type { RiskScheme } from '../../../shared/domain/schemas';
import { activityHours } from '../../../shared/domain/programme';
import { formatNumber, formatHours } from '../../../shared/format/nl';
import { t } from '../../components/i18n';

/** Kans × ernst cells (1–5 each, as the default scheme's scales) with the activities in each. */
export function RiskMatrixSection({
  activities,
  scheme,
}: {
  activities: readonly Activity[];
  scheme: RiskScheme;
}) {
  const kans = scheme.criteria.find((c) => c.id === 'kans') ?? scheme.criteria[0];
  const ernst = scheme.criteria.find((c) => c.id === 'ernst') ?? scheme.criteria[1] ?? kans;
  if (!kans || !ernst) return null;
  const xs = Array.from({ length: kans.max - kans.min + 1 }, (_, i) => kans.min + i);
  const ys = Array.from({ length: ernst.max - ernst.min + 1 }, (_, i) => ernst.max - i);
  const cell = (x: number, y: number) =>
    activities.filter((a) => a.risk[kans.id] === x && a.risk[ernst.id] === y);
  const maxHours = Math.max(
    1,
    ...xs.flatMap((x) => ys.map((y) => cell(x, y).reduce((s, a) => s + activityHours(a), 0))),
  );
  const size = 56;
  const left = 70;
  const top = 10;
  const w = left + xs.length * size + 10;
  const h = top + ys.length * size + 50;
  const zone = (x: number, y: number) => {
    const r =
      ((x - kans.min) / Math.max(1, kans.max - kans.min)) *
      ((y - ernst.min) / Math.max(1, ernst.max - ernst.min));
    return r >= 0.5 ? 'zone--high' : r >= 0.2 ? 'zone--mid' : 'zone--low';
  };
  const scored = activities.filter(
    (a) => a.risk[kans.id] !== undefined && a.risk[ernst.id] !== undefined,
  );
  return (
    <section className="card" aria-labelledby="risk-title">
      <h2 id="risk-title">{t('risk.matrix')}</h2>
      <p className="muted small">{t('risk.matrixHint')}</p>
      <figure className="chart">
        <svg
          viewBox={`0 0 ${w} ${h}`}
          className="risk-matrix"
          role="img"
          aria-label={t('risk.matrixSummary', { count: formatNumber(scored.length) })}
        >
          {ys.map((y, row) =>
            xs.map((x, col) => {
              const list = cell(x, y);
              const hours = list.reduce((s, a) => s + activityHours(a), 0);
              // Never smaller than its count: a white label wider than its bubble is unreadable.
              const label = formatNumber(list.length);
              const fit = 4 + 3.6 * label.length;
              const r = list.length === 0 ? 0 : Math.max(fit, 6 + 22 * Math.sqrt(hours / maxHours));
              return (
                <g key={`${x}-${y}`}>
                  <rect
                    x={left + col * size}
                    y={top + row * size}
                    width={size}
                    height={size}
                    className={`zone ${zone(x, y)}`}
                  />
                  {r > 0 ? (
                    <>
                      <circle
                        cx={left + col * size + size / 2}
                        cy={top + row * size + size / 2}
                        r={r}
                        className="bubble"
                      />
                      <text
                        x={left + col * size + size / 2}
                        y={top + row * size + size / 2 + 4}
                        textAnchor="middle"
                        className="bubble__label"
                      >
                        {label}
                      </text>
                    </>
                  ) : null}
                </g>
              );
            }),
          )}
          {xs.map((x, col) => (
            <text
              key={x}
              x={left + col * size + size / 2}
              y={top + ys.length * size + 16}
              textAnchor="middle"
              className="axis"
            >
              {x}
            </text>
          ))}
          {ys.map((y, row) => (
            <text
              key={y}
              x={left - 8}
              y={top + row * size + size / 2 + 4}
              textAnchor="end"
              className="axis"
            >
              {y}
            </text>
          ))}
          <text
            x={left + (xs.length * size) / 2}
            y={h - 8}
            textAnchor="middle"
            className="axis axis--title"
          >
            {kans.name}
          </text>
          <text
            x={14}
            y={top + (ys.length * size) / 2}
            textAnchor="middle"
            className="axis axis--title"
            transform={`rotate(-90 14 ${top + (ys.length * size) / 2})`}
          >
            {ernst.name}
          </text>
        </svg>
        <details className="chart__table">
          <summary>{t('capacity.showTable')}</summary>
          <table className="grid">
            <caption className="sr-only">{t('risk.matrix')}</caption>
            <thead>
              <tr>
                <th scope="col">{ernst.name}</th>
                {xs.map((x) => (
                  <th scope="col" key={x}>
                    {kans.name} {x}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ys.map((y) => (
                <tr key={y}>
                  <th scope="row">
                    {ernst.name} {y}
                  </th>
                  {xs.map((x) => {
                    const list = cell(x, y);
                    return (
                      <td key={x}>
                        {list.length > 0
                          ? t('risk.cellCount', {
                              count: formatNumber(list.length),
                              hours: formatHours(list.reduce((s, a) => s + activityHours(a), 0)),
                            })
                          : '–'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figure>
    </section>
  );
}
