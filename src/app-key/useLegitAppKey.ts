import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { createDeferredAppKeySession } from './deferred-session';
import type { MintAppKeyOptions } from './key-request';
import type { AppKeySession, LegitAppKeyState } from './session';

export type UseLegitAppKeyOptions = MintAppKeyOptions;

export interface LegitAppKeyResult extends LegitAppKeyState {
  /**
   * Call with the key from `onInvalidCompanyKey`: the current key is renewed once, a renewed key
   * refused again ends in `KEY_REFUSED`, an older key is ignored. Call with nothing for a fresh key
   * (the retry after an error).
   */
  renew(refusedKey?: string): void;
}

/** The session for this URL and these options; a new one (and a new key) when they change. */
export function useAppKeySession(appKeyUrl: string, options: UseLegitAppKeyOptions): AppKeySession {
  const { credentials, headers, timeoutMs } = options;
  // Keyed on content: a new headers literal on every render must not mint again.
  const configKey = JSON.stringify([appKeyUrl, credentials, headers, timeoutMs]);
  const create = () => ({
    configKey,
    session: createDeferredAppKeySession(appKeyUrl, { credentials, headers, timeoutMs }),
  });
  const [current, setCurrent] = useState(create);
  let session = current.session;
  if (current.configKey !== configKey) {
    const next = create();
    setCurrent(next);
    session = next.session;
  }
  useEffect(() => session.connect(), [session]);
  return session;
}

/**
 * A short-lived Legit.Health iframe key from your server (`POST appKeyUrl`, e.g. the proxy's
 * `/company-app-keys`), for hosts that build their own frame. It is never renewed on a timer: a
 * frame in the middle of a capture keeps its key until the frame itself says it is invalid.
 */
export function useLegitAppKey(appKeyUrl: string, options: UseLegitAppKeyOptions = {}): LegitAppKeyResult {
  const session = useAppKeySession(appKeyUrl, options);
  const state = useSyncExternalStore(session.subscribe, session.getState, session.getState);
  const renew = useCallback((refusedKey?: string) => session.renew(refusedKey), [session]);
  return { ...state, renew };
}
