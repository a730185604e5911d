// Hand-made server-rendered SVG charts (no JavaScript): horizontal bars for categories and
// grouped columns for a monthly series. Every chart is decorative next to its data table (the
// table carries the numbers and the links); the SVG gets a text alternative all the same.

export type Bar = { label: string; value: number; href?: string };

const COLORS = ["#0b5540", "#b45309", "#1d4ed8", "#7c3aed", "#be123c"];

/** Horizontal bars, one per category, value written at the end of the bar. */
export function BarChart({ title, bars, color = COLORS[0] }: { title: string; bars: Bar[]; color?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 26;
  const labelWidth = 180;
  const width = 400;
  const barSpace = width - labelWidth - 40;
  const height = bars.length * row + 4;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`} className="max-w-md">
      {bars.map((b, i) => {
        const y = i * row + 2;
        const w = Math.round((b.value / max) * barSpace);
        return (
          <g key={b.label}>
            <text x={labelWidth - 6} y={y + 16} textAnchor="end" fontSize="10.5" fill="#1e293b">{b.label.length > 24 ? `${b.label.slice(0, 23)}…` : b.label}</text>
            <rect x={labelWidth} y={y + 3} width={Math.max(w, b.value > 0 ? 2 : 0)} height={row - 8} fill={color} rx="2" />
            <text x={labelWidth + w + 4} y={y + 16} fontSize="11" fill="#1e293b">{b.value}</text>
          </g>
        );
      })}
    </svg>
  );
}

export type Series = { name: string; values: number[] };

/** Grouped columns per period (e.g. months), with a legend. */
export function ColumnChart({ title, labels, series }: { title: string; labels: string[]; series: Series[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const width = 600;
  const height = 220;
  const top = 24;
  const bottom = 24;
  const left = 28;
  const plot = height - top - bottom;
  const group = (width - left) / labels.length;
  const bar = Math.max(4, (group - 6) / series.length);
  const ticks = [0, Math.ceil(max / 2), max];
  const description = labels.map((l, i) => `${l}: ${series.map((s) => `${s.name} ${s.values[i]}`).join(", ")}`).join("; ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}. ${description}`} className="max-w-2xl">
      {series.map((s, k) => (
        <g key={s.name}>
          <rect x={left + k * 150} y={4} width={12} height={12} fill={COLORS[k % COLORS.length]} />
          <text x={left + k * 150 + 16} y={14} fontSize="12" fill="#1e293b">{s.name}</text>
        </g>
      ))}
      {ticks.map((t) => {
        const y = top + plot - (t / max) * plot;
        return (
          <g key={t}>
            <line x1={left} x2={width} y1={y} y2={y} stroke="#cbd5e1" strokeWidth="1" />
            <text x={left - 4} y={y + 4} fontSize="10" textAnchor="end" fill="#334155">{t}</text>
          </g>
        );
      })}
      {labels.map((label, i) => (
        <g key={label}>
          {series.map((s, k) => {
            const h = (s.values[i] / max) * plot;
            return <rect key={s.name} x={left + i * group + 3 + k * bar} y={top + plot - h} width={bar - 1} height={h} fill={COLORS[k % COLORS.length]} />;
          })}
          <text x={left + i * group + group / 2} y={height - 8} fontSize="11" textAnchor="middle" fill="#1e293b">{label}</text>
        </g>
      ))}
    </svg>
  );
}
