import { forwardRef } from 'react';
import { LegitConfigError } from './errors';
import type { LegitIframeProps } from './legit-iframe-props';
import { MintedLegitIframe } from './MintedLegitIframe';
import { StaticLegitIframe } from './StaticLegitIframe';

export type {
  LegitIframeProps,
  LegitIframeWithAppKeyUrlProps,
  LegitIframeWithCompanyKeyProps,
} from './legit-iframe-props';

export { DEFAULT_LEGIT_IFRAME_TITLE } from './StaticLegitIframe';

/**
 * The Legit.Health iframe, built from typed parameters, with camera access. Forward its
 * ref to `useLegitMessages`/`<LegitReportViewer>` as `iframeRef` so only this frame's
 * messages are accepted. With `appKeyUrl` it mints its own short-lived key (see
 * `useLegitAppKey`); the element, and so the ref, stays the same across renewals.
 * Throws `LegitConfigError` during render for invalid parameters.
 */
export const LegitIframe = forwardRef<HTMLIFrameElement, LegitIframeProps>(function LegitIframe(props, ref) {
  if (props.appKeyUrl === undefined) return <StaticLegitIframe {...props} ref={ref} />;
  if (props.company !== undefined)
    throw new LegitConfigError('appKeyUrl', 'give either company or appKeyUrl, not both');
  return <MintedLegitIframe {...props} ref={ref} />;
});
