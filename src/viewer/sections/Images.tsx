import { useRef, useState } from 'react';
import type { Media, Observation } from '../../report/model';
import { useViewer } from '../viewer-settings';
import { formatNumber } from '../model/format';
import { ReportImage } from './ReportImage';
import { Section } from './Section';
import { CompareWithEarlier } from '../compare/CompareWithEarlier';

/** The observations with modality and quality, plus the wide macroscopic shot when present. */
export function Images({
  observations,
  macroscopic,
}: {
  observations: readonly Observation[];
  macroscopic: Media | null;
}) {
  const { labels, locale, diqaThreshold } = useViewer();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [enlarged, setEnlarged] = useState<{ url: string; alt: string } | null>(null);

  const open = (url: string | null, alt: string) => {
    if (!url) return;
    setEnlarged({ url, alt });
    // showModal traps focus, closes on Escape and returns focus to the opener.
    dialogRef.current?.showModal?.();
  };

  return (
    <Section name="images" heading={labels.imagesHeading} notAssessed={observations.length === 0 && !macroscopic}>
      <ul className="lrv-gallery">
        {observations.map((o, index) => {
          const alt = labels.imageAlt(index + 1, o.modality);
          const low = o.diqaScore !== null && o.diqaScore < diqaThreshold;
          return (
            <li key={index} className="lrv-gallery-item">
              <ReportImage
                url={o.url}
                alt={alt}
                onOpen={() => open(o.url, alt)}
                openLabel={labels.enlarge(index + 1)}
                caption={
                  <>
                    <span>{o.modality ?? o.type ?? ''}</span>
                    <span className={low ? 'lrv-quality lrv-quality-low' : 'lrv-quality'}>
                      {o.diqaScore === null
                        ? labels.notAvailable
                        : labels.quality(formatNumber(o.diqaScore, locale, 1))}
                      {low && <strong> · {labels.lowQuality}</strong>}
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
              onOpen={() => open(macroscopic.url, labels.macroscopicAlt)}
              openLabel={labels.macroscopicAlt}
              caption={labels.macroscopicAlt}
            />
          </li>
        )}
      </ul>
      <dialog ref={dialogRef} className="lrv-dialog" aria-label={enlarged?.alt} onClose={() => setEnlarged(null)}>
        {enlarged && (
          <CompareWithEarlier>
            <img className="lrv-dialog-img" src={enlarged.url} alt={enlarged.alt} referrerPolicy="no-referrer" />
          </CompareWithEarlier>
        )}
        <form method="dialog">
          <button type="submit" className="lrv-button" autoFocus>
            {labels.close}
          </button>
        </form>
      </dialog>
    </Section>
  );
}
