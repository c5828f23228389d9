import { forwardRef, useSyncExternalStore } from 'react';
import { loadedAppKeyCode } from '../app-key/deferred-session';
import { useAppKeySession } from '../app-key/useLegitAppKey';
import { LegitConfigError } from './errors';
import { FramePlaceholder } from './FramePlaceholder';
import type { LegitIframeWithAppKeyUrlProps } from './legit-iframe-props';
import { DEFAULT_LEGIT_IFRAME_TITLE } from './StaticLegitIframe';

/**
 * `<LegitIframe appKeyUrl>`: its session sends the key request and loads the key code together;
 * until that code is here, the placeholder (or why it could not be loaded, with a retry).
 */
export const MintedLegitIframe = forwardRef<HTMLIFrameElement, LegitIframeWithAppKeyUrlProps>(
  function MintedLegitIframe(props, ref) {
    const { appKeyUrl, appKeyCredentials, appKeyHeaders } = props;
    if (typeof appKeyUrl !== 'string' || appKeyUrl.trim() === '')
      throw new LegitConfigError('appKeyUrl', 'must be the URL of your key route');
    const session = useAppKeySession(appKeyUrl, { credentials: appKeyCredentials, headers: appKeyHeaders });
    const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
    // Read at render: the session's state changes when the code arrives, which renders this again.
    const MintedFrame = loadedAppKeyCode()?.MintedFrame;
    if (MintedFrame) return <MintedFrame {...props} session={session} ref={ref} />;
    return (
      <FramePlaceholder
        error={state.error}
        locale={props.locale}
        title={props.title ?? DEFAULT_LEGIT_IFRAME_TITLE}
        className={props.className}
        style={props.style}
        onRetry={() => session.renew()}
      />
    );
  },
);
