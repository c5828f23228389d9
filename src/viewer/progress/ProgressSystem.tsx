import { Suspense } from 'react';
import { LazyProgressChart } from '../chunks/progress-chart';
import { useViewer } from '../viewer-settings';
import { useViewerId } from '../viewer-id';
import { formatDay, formatSignedNumber, formatSignedPercent } from './format-change';
import { ProgressTable } from './ProgressTable';
import type { ProgressChange, ProgressSeries } from './timeline';

const CHART_HEIGHT = 220;

/** One scoring system across visits: the change in words, the chart, and the same figures as a table. */
export function ProgressSystem({ series, index }: { series: ProgressSeries; index: number }) {
  const { labels, locale, timeZone } = useViewer();
  const headingId = useViewerId(`progress-${index}`);
  const chartTitleId = useViewerId(`progress-${index}-chart`);
  const chartDescriptionId = useViewerId(`progress-${index}-chart-description`);
  const direction =
    series.direction === 'higherIsBetter'
      ? labels.higherIsBetter
      : series.direction === 'higherIsWorse'
        ? labels.higherIsWorse
        : labels.directionUnknown;
  const dayOf = (time: number) => formatDay(new Date(time).toISOString(), locale, timeZone);
  const dated = series.points.filter((p) => p.score !== null && p.time !== null).length;
  return (
    <li className="lrv-system lrv-progress-system">
      <h4 className="lrv-system-name" id={headingId}>
        {series.name}
      </h4>
      <p className="lrv-muted lrv-system-code">
        {series.code}
        {series.unit && ` · ${series.unit}`} · {direction}
      </p>
      <dl className="lrv-facts">
        {series.sincePrevious && <Change term={labels.sincePrevious} change={series.sincePrevious} />}
        {series.sinceFirst && <Change term={labels.sinceFirst} change={series.sinceFirst} />}
      </dl>
      <figure className="lrv-chart" aria-labelledby={chartTitleId} aria-describedby={chartDescriptionId}>
        <figcaption>
          <span id={chartTitleId} className="lrv-chart-title">
            {labels.progressChartTitle(series.name)}
          </span>
          <span id={chartDescriptionId} className="lrv-visually-hidden">
            {labels.progressChartDescription(series.name, dated)}
          </span>
        </figcaption>
        <Suspense fallback={<div className="lrv-chart-placeholder" style={{ height: CHART_HEIGHT }} />}>
          <LazyProgressChart series={series} height={CHART_HEIGHT} dayOf={dayOf} />
        </Suspense>
      </figure>
      <ProgressTable series={series} />
    </li>
  );
}

function Change({ term, change }: { term: (date: string) => string; change: ProgressChange }) {
  const { labels, locale, timeZone } = useViewer();
  const date = change.from.issuedAt ? formatDay(change.from.issuedAt, locale, timeZone) : labels.notAvailable;
  const percent = change.percent === null ? null : formatSignedPercent(change.percent, locale);
  return (
    <div className={`lrv-trend-${change.trend}`}>
      <dt>{term(date)}</dt>
      <dd>
        <strong className="lrv-trend">{labels.trends[change.trend]}</strong>{' '}
        <span className="lrv-nowrap">{labels.scoreChange(formatSignedNumber(change.delta, locale), percent)}</span>
      </dd>
    </div>
  );
}
