import type { ComponentProps } from 'react';
import { useAfterFirstPaint } from '../../react/useAfterFirstPaint';
import type { ConclusionsChart } from '../sections/ConclusionsChart';
import { loadConclusionsChart } from './chart-loader';
import { retryableLazy } from './retryable-lazy';

// Kept apart from report-chunks.ts, so the report body (which shows the chart) imports nothing
// that imports the body back.
const RetryableChart = retryableLazy(loadConclusionsChart);

type ChartProps = ComponentProps<typeof ConclusionsChart>;

/**
 * The chart, drawn once the table beside it is painted (recharts takes longer than the whole
 * first screen); until then its place, at its height, so nothing moves when it comes.
 */
export function LazyConclusionsChart(props: ChartProps) {
  const painted = useAfterFirstPaint();
  return painted ? (
    <RetryableChart {...props} />
  ) : (
    <div className="lrv-chart-placeholder" style={{ height: props.height }} />
  );
}
