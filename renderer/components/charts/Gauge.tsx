/**
 * A half-circle gauge for a share against a norm (e.g. the Roemernorm), with the norm marked.
 * The label says the same in words, for screen readers.
 */
export function Gauge(props: {
  value: number;
  norm: number;
  max: number;
  label: string;
  valueText: string;
}) {
  const clamp = (v: number) => Math.max(0, Math.min(1, v / props.max));
  const angle = (v: number) => Math.PI * (1 - clamp(v));
  const r = 80;
  const cx = 100;
  const cy = 95;
  const point = (v: number, radius = r) =>
    [cx + radius * Math.cos(angle(v)), cy - radius * Math.sin(angle(v))] as const;
  const arc = (from: number, to: number) => {
    const [x1, y1] = point(from);
    const [x2, y2] = point(to);
    return `M ${x1} ${y1} A ${r} ${r} 0 0 1 ${x2} ${y2}`;
  };
  const over = props.value > props.norm;
  const [nx1, ny1] = point(props.norm, r - 14);
  const [nx2, ny2] = point(props.norm, r + 14);
  const [vx, vy] = point(props.value, r - 22);
  return (
    <svg viewBox="0 0 200 120" className="gauge" role="img" aria-label={props.label}>
      <path d={arc(0, props.norm)} className="gauge__ok" />
      <path d={arc(props.norm, props.max)} className="gauge__over" />
      <line x1={nx1} y1={ny1} x2={nx2} y2={ny2} className="gauge__norm" />
      <line
        x1={cx}
        y1={cy}
        x2={vx}
        y2={vy}
        className={`gauge__needle ${over ? 'gauge__needle--over' : ''}`}
      />
      <circle cx={cx} cy={cy} r={5} className="gauge__hub" />
      <text
        x={cx}
        y={cy + 22}
        textAnchor="middle"
        className={`gauge__value ${over ? 'gauge__value--over' : ''}`}
      >
        {props.valueText}
      </text>
    </svg>
  );
}
