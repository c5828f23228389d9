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
    // Not computed draws no bar (never a sliver that reads as a tiny value); a value outside
    // 0–100 is drawn within the axis, its label as sent.
    value: row.probability === null ? null : Math.min(100, Math.max(0, row.probability)),
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
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]} minPointSize={visibleWhenKnown}>
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

/** A real value, even 0, keeps a 2 px bar so its row never looks empty; a value not computed gets none. */
const visibleWhenKnown = (value: number | undefined | null): number => (value === null || value === undefined ? 0 : 2);
