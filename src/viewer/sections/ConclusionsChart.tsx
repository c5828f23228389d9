import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useViewer } from '../viewer-settings';
import { formatPercent } from '../model/format';
import type { ConclusionRow } from '../model/conclusion-rows';

/**
 * The ranked probabilities as horizontal bars. Decorative for assistive technology: the
 * table beside it carries the same figures, so the chart is hidden from the a11y tree.
 */
export function ConclusionsChart({ rows, height }: { rows: ConclusionRow[]; height: number }) {
  const { labels, locale } = useViewer();
  const data = rows.map((row) => ({
    key: row.key,
    name: row.grouped ? labels.otherConditions(row.grouped.count) : row.name,
    value: row.probability ?? 0,
    label: row.probability === null ? labels.notAvailable : formatPercent(row.probability, locale),
    grouped: Boolean(row.grouped),
  }));
  return (
    <div aria-hidden="true" className="lrv-chart-body" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 64, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <XAxis type="number" domain={[0, 100]} hide />
          <YAxis
            type="category"
            dataKey="name"
            width={150}
            tickLine={false}
            axisLine={false}
            tick={{ fill: 'var(--lrv-text)', fontSize: 12 }}
            interval={0}
          />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]} minPointSize={2}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.grouped ? 'var(--lrv-bar-muted)' : 'var(--lrv-bar)'} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fill: 'var(--lrv-text)', fontSize: 12 }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
