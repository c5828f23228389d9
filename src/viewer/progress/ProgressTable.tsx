import { formatPercent } from '../model/format';
import { formatDay } from './format-change';
import { NumberValue, TextValue } from '../sections/Values';
import { useViewer } from '../viewer-settings';
import type { ProgressPoint, ProgressSeries } from './timeline';

/** The chart's figures for screen readers and print: each report's date, score, word and top condition. */
export function ProgressTable({ series }: { series: ProgressSeries }) {
  const { labels } = useViewer();
  return (
    <table className="lrv-table lrv-progress-table">
      <caption>{labels.progressTableCaption(series.name)}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.reportDate}</th>
          <th scope="col" className="lrv-num">
            {labels.score}
          </th>
          <th scope="col">{labels.interpretation}</th>
          <th scope="col">{labels.topCondition}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((point) => (
          <Row key={point.reportId} point={point} />
        ))}
      </tbody>
    </table>
  );
}

function Row({ point }: { point: ProgressPoint }) {
  const { labels, locale, timeZone } = useViewer();
  const top = point.topCondition;
  return (
    <tr aria-current={point.current || undefined}>
      <th scope="row">
        {point.issuedAt ? (
          <time dateTime={point.issuedAt}>{formatDay(point.issuedAt, locale, timeZone)}</time>
        ) : (
          <TextValue value={null} />
        )}
        {point.current && <span className="lrv-muted"> · {labels.thisReport}</span>}
      </th>
      <td className="lrv-num">
        <NumberValue value={point.score} />
      </td>
      <td>
        <TextValue value={point.word} />
      </td>
      <td>
        {top ? (
          <>
            {top.name}{' '}
            <span className="lrv-muted lrv-nowrap">
              {top.probability === null ? labels.notAvailable : formatPercent(top.probability, locale)}
            </span>
          </>
        ) : (
          <TextValue value={null} />
        )}
      </td>
    </tr>
  );
}
