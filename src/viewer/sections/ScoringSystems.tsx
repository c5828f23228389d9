import type { Observation, ScoringSystem } from '../../report/model';
import type { Labels } from '../labels/types';
import { useViewer } from '../viewer-settings';
import { useViewerId } from '../viewer-id';
import { formatNumber } from '../model/format';
import { modalityName } from '../model/modality';
import { scoringCode } from '../model/scoring-code';
import { ImageDialog, useImageDialog, type DialogFigure } from './ImageDialog';
import { ReportImage } from './ReportImage';
import { SeverityBar } from './SeverityBar';
import { Section } from './Section';
import { NumberValue, TextValue } from './Values';

export function ScoringSystems({
  systems,
  observations = [],
}: {
  systems: readonly ScoringSystem[];
  /** The images, so that an explainability map opens beside the clinical image it explains. */
  observations?: readonly Observation[];
}) {
  const { labels } = useViewer();
  const dialog = useImageDialog();
  const explained = explainedImage(observations, labels);
  return (
    <Section name="severity" heading={labels.severityHeading} notAssessed={systems.length === 0}>
      <ul className="lrv-systems">
        {systems.map((system, index) => (
          <ScoringSystemItem
            key={`${index}:${system.key}`}
            system={system}
            index={index}
            onOpenMap={(label, map) => dialog.open(label, explained ? [map, explained] : [map])}
          />
        ))}
      </ul>
      <ImageDialog shown={dialog.shown} onClose={dialog.close} />
    </Section>
  );
}

/**
 * The clinical image an explainability map explains. The report does not link the two; its
 * scores are per body-site image, so this is the first clinical image (else the first image).
 */
function explainedImage(observations: readonly Observation[], labels: Labels): DialogFigure | null {
  const withUrl = observations.map((o, index) => ({ o, index })).filter(({ o }) => o.url !== null);
  const pick = withUrl.find(({ o }) => o.modality?.trim().toLowerCase() === 'clinical') ?? withUrl[0];
  return pick ? { url: pick.o.url, alt: labels.imageAlt(pick.index + 1, modalityName(labels, pick.o.modality)) } : null;
}

function ScoringSystemItem({
  system,
  index,
  onOpenMap,
}: {
  system: ScoringSystem;
  index: number;
  onOpenMap: (label: string, map: DialogFigure) => void;
}) {
  const { labels, locale } = useViewer();
  const headingId = useViewerId(`system-${index}`);
  const map = system.explainabilityMedia;
  const mapLabel = labels.explainability(system.name);
  return (
    <li className="lrv-system">
      <div className="lrv-system-main">
        <h4 className="lrv-system-name" id={headingId}>
          {system.name}
        </h4>
        <p className="lrv-muted lrv-system-code">
          {scoringCode(system.code)}
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
      {map && (
        <div className="lrv-system-media">
          <ReportImage
            url={map.url}
            alt={mapLabel}
            caption={mapLabel}
            onOpen={() => onOpenMap(mapLabel, { url: map.url, alt: mapLabel, annotations: map.annotations })}
            openLabel={labels.enlargeExplainability(system.name)}
          />
        </div>
      )}
    </li>
  );
}
