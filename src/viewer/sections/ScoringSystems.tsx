import type { ScoringSystem } from '../../report/model';
import { useViewer } from '../context';
import { formatNumber } from '../format';
import { ReportImage } from './ReportImage';
import { SeverityBar } from './SeverityBar';
import { NotAssessed, NumberValue, SectionHeading, TextValue } from './Value';

export function ScoringSystems({ systems }: { systems: readonly ScoringSystem[] }) {
  const { labels } = useViewer();
  return (
    <section className="lrv-section" aria-labelledby="lrv-severity-heading">
      <SectionHeading id="lrv-severity-heading">{labels.severityHeading}</SectionHeading>
      {systems.length === 0 ? (
        <NotAssessed />
      ) : (
        <ul className="lrv-systems">
          {systems.map((system, index) => (
            <ScoringSystemItem key={`${index}:${system.key}`} system={system} headingId={`lrv-system-${index}`} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ScoringSystemItem({ system, headingId }: { system: ScoringSystem; headingId: string }) {
  const { labels, locale } = useViewer();
  return (
    <li className="lrv-system">
      <div className="lrv-system-main">
        <h4 className="lrv-system-name" id={headingId}>
          {system.name}
        </h4>
        <p className="lrv-muted lrv-system-code">
          {system.code}
          {system.unit && ` · ${system.unit}`}
          {system.reduction !== null && (
            <>
              {' · '}
              {labels.reduction}:{' '}
              {typeof system.reduction === 'number' ? formatNumber(system.reduction, locale) : system.reduction}
            </>
          )}
        </p>
        <SeverityBar system={system} headingId={headingId} />
        {system.facets.length > 0 && (
          <table className="lrv-table lrv-facets">
            <thead>
              <tr>
                <th scope="col">{labels.facets}</th>
                <th scope="col">{labels.facetValue}</th>
                <th scope="col" className="lrv-num">
                  {labels.rawValue}
                </th>
              </tr>
            </thead>
            <tbody>
              {system.facets.map((facet, index) => (
                <tr key={index}>
                  <th scope="row">
                    {facet.description ? (
                      <details className="lrv-facet-details">
                        <summary>{facet.label}</summary>
                        <p>{facet.description}</p>
                      </details>
                    ) : (
                      facet.label
                    )}
                  </th>
                  <td>
                    <TextValue value={facet.text} />
                  </td>
                  <td className="lrv-num">
                    <NumberValue value={facet.value} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {system.explainabilityMedia && (
        <div className="lrv-system-media">
          <ReportImage
            url={system.explainabilityMedia.url}
            alt={labels.explainability(system.name)}
            caption={labels.explainability(system.name)}
          />
        </div>
      )}
    </li>
  );
}
