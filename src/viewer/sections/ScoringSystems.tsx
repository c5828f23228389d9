import type { ScoringSystem } from '../../report/model';
import { useViewer, useViewerId } from '../viewer-settings';
import { formatNumber } from '../model/format';
import { ReportImage } from './ReportImage';
import { SeverityBar } from './SeverityBar';
import { Section } from './Section';
import { NumberValue, TextValue } from './Values';

export function ScoringSystems({ systems }: { systems: readonly ScoringSystem[] }) {
  const { labels } = useViewer();
  return (
    <Section name="severity" heading={labels.severityHeading} notAssessed={systems.length === 0}>
      <ul className="lrv-systems">
        {systems.map((system, index) => (
          <ScoringSystemItem key={`${index}:${system.key}`} system={system} index={index} />
        ))}
      </ul>
    </Section>
  );
}

function ScoringSystemItem({ system, index }: { system: ScoringSystem; index: number }) {
  const { labels, locale } = useViewer();
  const headingId = useViewerId(`system-${index}`);
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
