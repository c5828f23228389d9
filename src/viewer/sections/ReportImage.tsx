import { useEffect, useState } from 'react';
import { useImageRenewalRequest } from '../ReportContexts';
import { useViewer } from '../viewer-settings';

/**
 * A report image that never shows a broken icon. Signed URLs expire after about 30 minutes:
 * the first failure asks the frame to renew the report's URLs (see useImageRenewal); a
 * failure after that, or a missing URL, reads "Image unavailable".
 */
export function ReportImage({
  url,
  alt,
  caption,
  onOpen,
  openLabel,
}: {
  url: string | null;
  alt: string;
  caption?: React.ReactNode;
  onOpen?: () => void;
  openLabel?: string;
}) {
  const { labels } = useViewer();
  const { requested, request } = useImageRenewalRequest();
  // Failure is remembered per URL, so a renewed URL gets a fresh chance to load.
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const failed = url === null || failedUrl === url;
  const refreshing = failed && url !== null && !requested;
  useEffect(() => {
    if (refreshing) request();
  }, [refreshing, request]);

  const image = !failed ? (
    <img
      className="lrv-img"
      src={url}
      alt={alt}
      // Intrinsic 4:3 (the gallery's box, see images.css): the space is kept before the image arrives, with or without the stylesheet.
      width={400}
      height={300}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailedUrl(url)}
    />
  ) : (
    <div
      className="lrv-img-fallback"
      role="img"
      aria-label={`${alt}: ${refreshing ? labels.imageRefreshing : labels.imageUnavailable}`}
    >
      <span aria-hidden="true">{refreshing ? labels.imageRefreshing : labels.imageUnavailable}</span>
    </div>
  );

  return (
    <figure className="lrv-figure">
      {onOpen && !failed ? (
        <button type="button" className="lrv-img-button" onClick={onOpen} aria-label={openLabel}>
          {image}
        </button>
      ) : (
        image
      )}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
