import {
  LabelList,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts';
import { bandScale } from '../model/band-geometry';
import { formatNumber } from '../model/format';
import { useViewer } from '../viewer-settings';
import type { ProgressSeries } from './timeline';

const BAND_FILL = {
  0: 'var(--lrv-sev-unknown)',
  1: 'var(--lrv-sev-low)',
  2: 'var(--lrv-sev-moderate)',
  3: 'var(--lrv-sev-high)',
} as const;

interface ChartPoint {
  time: number;
  score: number;
  label: string;
  current: boolean;
}

/**
 * A scoring system's score by report date over the report's own bands, each band shaded and
 * named at the right. Decorative for assistive technology: the table beside it carries the
 * same figures and words, so the chart is hidden from the a11y tree.
 */
export function ProgressChart({
  series,
  height,
  dayOf,
}: {
  series: ProgressSeries;
  height: number;
  /** A report's day as the section writes it (the tick under its point). */
  dayOf: (time: number) => string;
}) {
  const { locale } = useViewer();
  const data: ChartPoint[] = series.points.flatMap((p) =>
    p.score === null || p.time === null
      ? []
      : [{ time: p.time, score: p.score, label: formatNumber(p.score, locale), current: p.current }],
  );
  const scale = bandScale(series.bands, null) ?? { min: 0, max: 0 };
  const min = Math.min(scale.min, ...data.map((d) => d.score));
  const max = Math.max(scale.max, ...data.map((d) => d.score));
  const bands = series.bands.filter((band) => band.max > band.min);
  // The bands are named in the right margin, clear of the points (the latest is at the right).
  const labelRoom = Math.min(130, 12 + 6.2 * Math.max(0, ...bands.map((band) => band.label.length)));
  return (
    <div aria-hidden="true" className="lrv-chart-body" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 22, right: labelRoom, bottom: 4, left: 0 }} accessibilityLayer={false}>
          {bands.map((band, index) => (
            <ReferenceArea
              key={index}
              y1={band.min}
              y2={band.max}
              ifOverflow="hidden"
              fill={BAND_FILL[band.severity ?? 0]}
              fillOpacity={0.22}
              stroke="none"
              label={{ value: band.label, position: 'right', fill: 'var(--lrv-muted)', fontSize: 11 }}
            />
          ))}
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={timeDomain(data)}
            ticks={data.map((d) => d.time)}
            tickFormatter={dayOf}
            tick={{ fill: 'var(--lrv-text)', fontSize: 12 }}
            interval={0}
          />
          <YAxis
            type="number"
            domain={[min, max]}
            allowDataOverflow
            width={40}
            tick={{ fill: 'var(--lrv-muted)', fontSize: 11 }}
            tickFormatter={(value: number) => formatNumber(value, locale, 1)}
          />
          <Line
            dataKey="score"
            type="linear"
            stroke="var(--lrv-bar)"
            strokeWidth={2}
            isAnimationActive={false}
            dot={ScoreDot}
            activeDot={false}
          >
            <LabelList
              dataKey="label"
              position="top"
              offset={14}
              style={{ fill: 'var(--lrv-text)', fontSize: 12, fontWeight: 700 }}
            />
          </Line>
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Each report a dot; the report on screen a larger ringed one, so it reads apart without colour. */
function ScoreDot({ cx, cy, payload, index }: DotItemDotProps) {
  if (typeof cx !== 'number' || typeof cy !== 'number') return null;
  const current = (payload as ChartPoint | undefined)?.current === true;
  return (
    <g key={index}>
      {current && <circle cx={cx} cy={cy} r={9} fill="none" stroke="var(--lrv-marker)" strokeWidth={2} />}
      <circle
        cx={cx}
        cy={cy}
        r={current ? 5 : 4}
        fill={current ? 'var(--lrv-marker)' : 'var(--lrv-bar)'}
        stroke="var(--lrv-bg)"
        strokeWidth={1.5}
      />
    </g>
  );
}

/** The reports' dates with a margin either side, so the bands run under the first and last points. */
function timeDomain(data: readonly ChartPoint[]): [number, number] {
  const times = data.map((d) => d.time);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const margin = Math.max((last - first) * 0.07, 86_400_000);
  return [first - margin, last + margin];
}
