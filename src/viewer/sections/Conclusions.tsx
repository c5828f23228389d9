import { Suspense } from 'react';
import type { Conclusion } from '../../report/model';
import { LazyConclusionsChart } from '../chunks/chart';
import { useViewer } from '../viewer-settings';
import { useViewerId } from '../viewer-id';
import { formatPercent } from '../model/format';
import { conclusionRows } from '../model/conclusion-rows';
import { Section } from './Section';
import { Codes, Percent } from './Values';

export function Conclusions({ conclusions }: { conclusions: readonly Conclusion[] }) {
  const { labels, locale, maxConclusions } = useViewer();
  const rows = conclusionRows(conclusions, maxConclusions);
  const top = conclusions[0];
  const chartTitleId = useViewerId('chart-title');
  const chartDescriptionId = useViewerId('chart-description');
  return (
    <Section name="conclusions" heading={labels.conclusionsHeading} notAssessed={rows.length === 0}>
      <table className="lrv-table lrv-conclusions">
        <thead>
          <tr>
            <th scope="col">{labels.condition}</th>
            <th scope="col" className="lrv-code-cell">
              {labels.icd11}
            </th>
            <th scope="col" className="lrv-num">
              {labels.probability}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={row.grouped ? 'lrv-grouped' : undefined}>
              <th scope="row">{row.grouped ? labels.otherConditions(row.grouped.count) : row.name}</th>
              <td className="lrv-code-cell">{!row.grouped && <Codes codes={row.icd11} />}</td>
              <td className="lrv-num">
                <Percent value={row.probability} />
                {row.grouped && row.probability !== null && <span className="lrv-muted"> {labels.combined}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <figure className="lrv-chart" aria-labelledby={chartTitleId} aria-describedby={chartDescriptionId}>
        <figcaption>
          <span id={chartTitleId} className="lrv-chart-title">
            {labels.conclusionsChartTitle}
          </span>
          <span id={chartDescriptionId} className="lrv-visually-hidden">
            {labels.conclusionsChartDescription(
              top ? `${top.name}${top.probability !== null ? ` (${formatPercent(top.probability, locale)})` : ''}` : '',
            )}
          </span>
        </figcaption>
        <Suspense fallback={<div className="lrv-chart-placeholder" style={{ height: chartHeight(rows.length) }} />}>
          <LazyConclusionsChart rows={rows} height={chartHeight(rows.length)} />
        </Suspense>
      </figure>
    </Section>
  );
}

const chartHeight = (rows: number): number => 24 + rows * 30;
