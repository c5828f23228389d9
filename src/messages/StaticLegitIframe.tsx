import { forwardRef, useMemo } from 'react';
import { buildLegitIframeUrl } from './iframe-url';
import type { LegitIframeWithCompanyKeyProps } from './legit-iframe-props';

export const DEFAULT_LEGIT_IFRAME_TITLE = 'Legit.Health skin analysis';

interface StaticLegitIframeProps extends LegitIframeWithCompanyKeyProps {
  /** Each time a document has loaded in the frame (the key code waits for it after a renewal). */
  onLoad?: () => void;
}

/** The frame for a known key: its URL is rebuilt only when a parameter's content changes. */
export const StaticLegitIframe = forwardRef<HTMLIFrameElement, StaticLegitIframeProps>(
  function StaticLegitIframe(props, ref) {
    const { baseUrl, title, referrerPolicy, className, style, id, onLoad, ...params } = props;
    // Keyed on the serialised parameters so a new array literal does not rebuild the URL.
    const paramsKey = JSON.stringify(params);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, not identity
    const src = useMemo(() => buildLegitIframeUrl({ ...params, baseUrl }), [paramsKey, baseUrl]);
    return (
      <iframe
        ref={ref}
        src={src}
        title={title ?? DEFAULT_LEGIT_IFRAME_TITLE}
        allow="camera"
        referrerPolicy={referrerPolicy ?? 'strict-origin'}
        className={className}
        style={style}
        id={id}
        onLoad={onLoad}
      />
    );
  },
);
