import { forwardRef, useMemo } from 'react';
import type { CSSProperties, HTMLAttributeReferrerPolicy } from 'react';
import { buildLegitIframeUrl } from './iframe-url';
import type { LegitIframeParams } from './iframe-url';

export interface LegitIframeProps extends LegitIframeParams {
  /** Default `https://iframe.legit.health`; use `LEGIT_IFRAME_PREPRODUCTION_ORIGIN` for pre-production. */
  baseUrl?: string;
  /** Accessible name of the frame. Default "Legit.Health skin analysis". */
  title?: string;
  /**
   * Default `strict-origin`: Legit.Health learns which site embeds it, never the portal
   * page's path or query (which may carry patient identifiers), even when `baseUrl` points
   * at the portal's own origin (a simulator), and nothing is sent on an https→http downgrade.
   */
  referrerPolicy?: HTMLAttributeReferrerPolicy;
  className?: string;
  style?: CSSProperties;
  id?: string;
}

const DEFAULT_LEGIT_IFRAME_TITLE = 'Legit.Health skin analysis';

/**
 * The Legit.Health iframe, built from typed parameters, with camera access. Forward its
 * ref to `useLegitMessages`/`<LegitReportViewer>` as `iframeRef` so only this frame's
 * messages are accepted. Throws `LegitConfigError` during render for invalid parameters.
 */
export const LegitIframe = forwardRef<HTMLIFrameElement, LegitIframeProps>(function LegitIframe(props, ref) {
  const { baseUrl, title, referrerPolicy, className, style, id, ...params } = props;
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
    />
  );
});
