import { forwardRef, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSyncExternalStore } from 'react';
import { bindFrameSession } from '../app-key/frame-sessions';
import type { AppKeySession } from '../app-key/session';
import { FrameStatus } from './FrameStatus';
import type { LegitIframeWithAppKeyUrlProps } from './LegitIframe';
import { LEGIT_IFRAME_ORIGIN, parseHttpUrl } from './origins';
import { DEFAULT_LEGIT_IFRAME_TITLE, StaticLegitIframe } from './StaticLegitIframe';
import { useLegitMessages } from './useLegitMessages';

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface MintedFrameProps extends LegitIframeWithAppKeyUrlProps {
  session: AppKeySession;
}

/**
 * The body of `<LegitIframe appKeyUrl>` (loaded with the key code): a placeholder until the key
 * is minted, then the frame. When the frame refuses its key, the same element is hidden, a new key
 * minted and its `src` changed, so the frame's window (what `iframeRef` source checks compare
 * with) and the element stay the same; it is shown again once the new key's document has loaded.
 */
export const MintedFrame = forwardRef<HTMLIFrameElement, MintedFrameProps>(function MintedFrame(props, ref) {
  const {
    session,
    appKeyUrl: _appKeyUrl,
    appKeyCredentials: _appKeyCredentials,
    appKeyHeaders: _appKeyHeaders,
    allowedOrigins,
    onAppKey: _onAppKey,
    onAppKeyError: _onAppKeyError,
    onInvalidCompanyKey: _onInvalidCompanyKey,
    ...frame
  } = props;
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  // The last key given to the frame stays in its src while a new one is minted (the frame is hidden).
  const [frameKey, setFrameKey] = useState<string | null>(null);
  // A key that replaced another: the frame stays hidden until its new document has loaded. Shown while
  // that navigation is under way, a cross-origin frame can stay blank for good in Chromium.
  const [loadingKey, setLoadingKey] = useState<string | null>(null);
  if (state.appKey !== null && state.appKey !== frameKey) {
    if (frameKey !== null) setLoadingKey(state.appKey);
    setFrameKey(state.appKey);
  }
  const shownKey = state.appKey ?? frameKey;
  const loaded = useCallback(() => setLoadingKey(null), []);

  const frameRef = useRef<HTMLIFrameElement | null>(null);
  const unbind = useRef<(() => void) | null>(null);
  const attach = useCallback(
    (element: HTMLIFrameElement | null) => {
      unbind.current?.();
      unbind.current = element ? bindFrameSession(element, session) : null;
      frameRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [session, ref],
  );

  const frameOrigin = useMemo(() => parseHttpUrl(frame.baseUrl ?? LEGIT_IFRAME_ORIGIN)?.origin, [frame.baseUrl]);
  useLegitMessages({
    allowedOrigins: allowedOrigins ?? (frameOrigin === undefined ? undefined : [frameOrigin]),
    iframeRef: frameRef,
    onInvalidCompanyKey: (key) => session.renew(key),
  });

  // Callbacks are read from the latest props, so inline handlers never re-subscribe.
  const latest = useRef(props);
  useIsomorphicLayoutEffect(() => {
    latest.current = props;
  });
  useEffect(() => {
    let last = session.getState();
    return session.subscribe(() => {
      const next = session.getState();
      if (next === last) return;
      last = next;
      const on = latest.current;
      if (next.appKey !== null) on.onAppKey?.({ appKey: next.appKey, expiresAt: next.expiresAt });
      if (next.error === null) return;
      on.onAppKeyError?.(next.error);
      if (next.error.companyKey !== undefined) on.onInvalidCompanyKey?.(next.error.companyKey);
    });
  }, [session]);

  const retry = useCallback(() => session.renew(), [session]);
  const ready = state.status === 'ready' && loadingKey === null;
  return (
    <>
      {ready ? null : (
        <FrameStatus
          error={state.error}
          renewing={frameKey !== null}
          locale={frame.locale}
          title={frame.title ?? DEFAULT_LEGIT_IFRAME_TITLE}
          className={frame.className}
          style={frame.style}
          onRetry={retry}
        />
      )}
      {shownKey === null ? null : (
        <StaticLegitIframe
          {...frame}
          company={shownKey}
          ref={attach}
          onLoad={loaded}
          style={ready ? frame.style : { ...frame.style, display: 'none' }}
        />
      )}
    </>
  );
});
