import { APP_KEY_NETWORK_MESSAGE_EN, LegitAppKeyError } from './errors';
import { sendKeyRequest, type KeyRequest, type MintAppKeyOptions } from './key-request';
import type { AppKeySession, LegitAppKeyState } from './session';

// What reads the key's answer, renews it and draws <LegitIframe appKeyUrl>'s frame loads on
// demand: a portal that gives its frame a key of its own never downloads it.
const loadAppKeyCode = () => import('./app-key-code');
type AppKeyCode = Awaited<ReturnType<typeof loadAppKeyCode>>;

let loaded: AppKeyCode | undefined;

/** The on-demand code, once any session has loaded it. */
export const loadedAppKeyCode = (): AppKeyCode | undefined => loaded;

const MINTING: LegitAppKeyState = { status: 'minting', appKey: null, expiresAt: null, error: null };

/**
 * A key session that starts with the page's code alone: on connect it sends the first key
 * request and imports the session code together, then hands over to the real session
 * (`createAppKeySession`), which reads that request's answer instead of sending another.
 * Code that cannot be loaded is a NETWORK error; `renew()` tries again.
 */
export function createDeferredAppKeySession(url: string, options: MintAppKeyOptions): AppKeySession {
  let real: AppKeySession | null = null;
  let state = MINTING;
  let connected = false;
  let loading = false;
  let early: KeyRequest | null = null;
  let disconnectReal: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  const dropEarly = () => {
    early?.cancel();
    early = null;
  };

  const attach = (code: AppKeyCode) => {
    let first = early;
    early = null;
    const session = code.createAppKeySession((signal) => {
      const request = first ?? undefined;
      first = null;
      return code.mintAppKey(url, options, signal, request);
    });
    real = session;
    session.subscribe(emit);
    if (connected) disconnectReal = session.connect();
    // getState now reads the real session: a new snapshot.
    emit();
  };

  const begin = () => {
    loading = true;
    early = sendKeyRequest(url, options);
    loadAppKeyCode().then(
      (code) => {
        loaded = code;
        loading = false;
        if (connected) attach(code);
        else dropEarly();
      },
      (cause: unknown) => {
        loading = false;
        dropEarly();
        state = {
          ...MINTING,
          status: 'error',
          error: new LegitAppKeyError({ code: 'NETWORK', message: APP_KEY_NETWORK_MESSAGE_EN, cause }),
        };
        emit();
      },
    );
  };

  return {
    getState: () => (real ? real.getState() : state),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      connected = true;
      if (real) disconnectReal = real.connect();
      // After a microtask, like the real session: StrictMode's mount, unmount and mount asks once.
      else
        queueMicrotask(() => {
          if (connected && !real && !loading && state.status === 'minting') begin();
        });
      return () => {
        connected = false;
        disconnectReal?.();
        disconnectReal = null;
        dropEarly();
      };
    },
    renew(refusedKey, onFailure) {
      if (real) return real.renew(refusedKey, onFailure);
      // No key was given yet, so a refusal names someone else's; only a retry after an error acts.
      if (refusedKey !== undefined || state.status !== 'error') return;
      state = MINTING;
      emit();
      if (connected && !loading) begin();
    },
  };
}
