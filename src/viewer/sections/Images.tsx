import type { AnnotatedMedia, Observation } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatNumber } from '../model/format';
import { modalityName } from '../model/modality';
import { ImageDialog, useImageDialog } from './ImageDialog';
import { ReportImage } from './ReportImage';
import { Section } from './Section';

/** The observations with modality and quality, plus the wide macroscopic shot when present. */
export function Images({
  observations,
  macroscopic,
}: {
  observations: readonly Observation[];
  macroscopic: AnnotatedMedia | null;
}) {
  const { labels, locale, diqaThreshold } = useViewer();
  const dialog = useImageDialog();

  return (
    <Section name="images" heading={labels.imagesHeading} notAssessed={observations.length === 0 && !macroscopic}>
      <ul className="lrv-gallery">
        {observations.map((o, index) => {
          const modality = modalityName(labels, o.modality);
          const alt = labels.imageAlt(index + 1, modality);
          const low = o.diqaScore !== null && o.diqaScore < diqaThreshold;
          return (
            <li key={index} className="lrv-gallery-item">
              <ReportImage
                url={o.url}
                alt={alt}
                onOpen={() => dialog.open(alt, [{ url: o.url, alt }])}
                openLabel={labels.enlarge(index + 1)}
                caption={
                  <>
                    <span>{modality ?? o.type ?? ''}</span>
                    <span className={low ? 'lrv-quality lrv-quality-low' : 'lrv-quality'}>
                      {/* The exact value the flag compared: 59.96 stays 59.96. */}
                      {o.diqaScore === null
                        ? labels.qualityNotAvailable
                        : labels.quality(formatNumber(o.diqaScore, locale))}
                      {low && (
                        <strong>
                          {' · '}
                          {labels.lowQuality} ({labels.portalThreshold(formatNumber(diqaThreshold, locale))})
                        </strong>
                      )}
                    </span>
                  </>
                }
              />
            </li>
          );
        })}
        {macroscopic && (
          <li className="lrv-gallery-item">
            <ReportImage
              url={macroscopic.url}
              alt={labels.macroscopicAlt}
              onOpen={() =>
                dialog.open(labels.macroscopicAlt, [
                  { url: macroscopic.url, alt: labels.macroscopicAlt, annotations: macroscopic.annotations },
                ])
              }
              openLabel={labels.macroscopicAlt}
              caption={labels.macroscopicAlt}
            />
          </li>
        )}
      </ul>
      <ImageDialog shown={dialog.shown} onClose={dialog.close} />
    </Section>
  );
}
