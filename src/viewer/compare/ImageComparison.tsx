import { useState, type ReactNode } from 'react';
import type { DiagnosticReport } from '../../report/model';
import { formatDay } from '../progress/format-change';
import { loadedReports, WithEarlierReports } from '../progress/earlier-reports';
import type { ReportHistory } from '../progress/history-context';
import { useViewer } from '../viewer-settings';
import { useViewerId } from '../viewer-id';
import { earlierImages, type EarlierImage } from './earlier-images';

/**
 * The enlarged image, and a choice of an earlier visit of the same body site to show before it.
 * The choice is a group of radio buttons: arrow keys move through the visits.
 */
export function ImageComparison({ history, children }: { history: ReportHistory; children: ReactNode }) {
  return (
    <WithEarlierReports source={history.source}>
      {(state) => (
        <Comparison current={history.current} candidates={earlierImages(history.current, loadedReports(state))}>
          {children}
        </Comparison>
      )}
    </WithEarlierReports>
  );
}

function Comparison({
  current,
  candidates,
  children,
}: {
  current: DiagnosticReport;
  candidates: EarlierImage[];
  children: ReactNode;
}) {
  const { labels, locale, timeZone } = useViewer();
  const name = useViewerId('compare');
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (candidates.length === 0) return children;
  const chosen = candidates.find((c) => c.reportId === chosenId) ?? null;
  const dateOf = (image: EarlierImage) =>
    image.issuedAt ? formatDay(image.issuedAt, locale, timeZone) : labels.notAvailable;
  return (
    <div>
      {/* Before and after, left to right: the earlier visit first. */}
      <div className={chosen ? 'lrv-compare-pair' : undefined}>
        {chosen && (
          <figure className="lrv-figure">
            <EarlierPicture key={chosen.url} url={chosen.url} alt={labels.earlierImageAlt(dateOf(chosen))} />
            <figcaption>{labels.earlierVisit(dateOf(chosen), chosen.visitIdentifier)}</figcaption>
          </figure>
        )}
        <figure className="lrv-figure">
          {children}
          {chosen && (
            <figcaption>
              {labels.currentVisit}
              {current.issuedAt && `, ${formatDay(current.issuedAt, locale, timeZone)}`}
            </figcaption>
          )}
        </figure>
      </div>
      <fieldset className="lrv-compare-pick">
        <legend>{labels.compareWith}</legend>
        {[null, ...candidates].map((candidate) => (
          <label key={candidate?.reportId ?? ''}>
            <input
              type="radio"
              name={name}
              checked={(candidate?.reportId ?? null) === (chosen?.reportId ?? null)}
              onChange={() => setChosenId(candidate?.reportId ?? null)}
            />{' '}
            {candidate ? labels.earlierVisit(dateOf(candidate), candidate.visitIdentifier) : labels.compareNone}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** An earlier visit's image; its signed link may have expired, which reads as unavailable. */
function EarlierPicture({ url, alt }: { url: string; alt: string }) {
  const { labels } = useViewer();
  const [failed, setFailed] = useState(false);
  if (failed)
    return (
      <div className="lrv-img-fallback" role="img" aria-label={`${alt}: ${labels.imageUnavailable}`}>
        <span aria-hidden="true">{labels.imageUnavailable}</span>
      </div>
    );
  return (
    <img
      className="lrv-dialog-img"
      src={url}
      alt={alt}
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
