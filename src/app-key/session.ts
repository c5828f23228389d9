import { LegitAppKeyError } from './errors';
import { appKeyError } from './errors-en';
import type { LegitAppKey } from './mint';

export type LegitAppKeyStatus = 'minting' | 'ready' | 'error';

export interface LegitAppKeyState {
  /** `minting` while a key is being asked for (first or renewal), `ready` with a key, `error` with `error`. */
  readonly status: LegitAppKeyStatus;
  /** The key to give the iframe as `company`; set only while `ready`. */
  readonly appKey: string | null;
  readonly expiresAt: string | null;
  readonly error: LegitAppKeyError | null;
}

export interface AppKeySession {
  getState(): LegitAppKeyState;
  subscribe(listener: () => void): () => void;
  /** Starts the pending mint, if any; the returned function aborts it (unmount). */
  connect(): () => void;
  /**
   * Without a key: a fresh key now (a retry, or on demand), unless one is on its way.
   * With the key an iframe refused (`invalid_company_key`): renews it once; if that renewed key
   * is refused too, stops with `KEY_REFUSED`. A key other than the current one (an older frame's)
   * is ignored. `onFailure` runs if this refusal ends in an error (now, or when its renewal fails).
   */
  renew(refusedKey?: string, onFailure?: () => void): void;
}

const MINTING: LegitAppKeyState = { status: 'minting', appKey: null, expiresAt: null, error: null };
const failed = (error: LegitAppKeyError): LegitAppKeyState => ({ ...MINTING, status: 'error', error });

/**
 * One iframe's key, framework-free: mints when connected, renews once when the iframe refuses
 * the key it was given, and never on a timer. React binds to it with useSyncExternalStore.
 */
export function createAppKeySession(mint: (signal: AbortSignal) => Promise<LegitAppKey>): AppKeySession {
  let state = MINTING;
  const listeners = new Set<() => void>();
  let inFlight: AbortController | null = null;
  let connected = false;
  // While renewing: the refused key, and who wants to hear if the renewal fails.
  let renewal: { from: string; onFailure: Array<() => void> } | null = null;
  // The current key replaced a refused one: a refusal of it too is final.
  let renewed = false;

  const set = (next: LegitAppKeyState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  const run = () => {
    const controller = new AbortController();
    inFlight = controller;
    const settle = (next: LegitAppKeyState, ok: boolean) => {
      if (inFlight !== controller) return; // aborted, or replaced by a newer request
      inFlight = null;
      const done = renewal;
      renewal = null;
      renewed = ok && done !== null;
      set(next);
      if (!ok) for (const notify of done?.onFailure ?? []) notify();
    };
    mint(controller.signal).then(
      (key) => settle({ status: 'ready', appKey: key.appKey, expiresAt: key.expiresAt, error: null }, true),
      (error: unknown) =>
        settle(
          failed(error instanceof LegitAppKeyError ? error : appKeyError({ code: 'NETWORK', cause: error })),
          false,
        ),
    );
  };

  const start = () => {
    inFlight?.abort();
    inFlight = null;
    set(MINTING);
    if (connected) run();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connect() {
      connected = true;
      // After a microtask: StrictMode's synchronous mount, unmount and mount again then asks only once.
      queueMicrotask(() => {
        if (connected && state.status === 'minting' && inFlight === null) run();
      });
      return () => {
        connected = false;
        inFlight?.abort();
        inFlight = null;
      };
    },
    renew(refusedKey, onFailure) {
      const { status, appKey, error } = state;
      if (refusedKey === undefined) {
        if (status === 'minting') return;
        renewal = null;
        renewed = false;
        start();
      } else if (status === 'minting' && renewal?.from === refusedKey) {
        if (onFailure) renewal.onFailure.push(onFailure);
      } else if (status === 'error' && error?.companyKey === refusedKey) {
        onFailure?.();
      } else if (status === 'ready' && appKey === refusedKey) {
        if (renewed) {
          set(failed(appKeyError({ code: 'KEY_REFUSED', companyKey: appKey })));
          onFailure?.();
        } else {
          renewal = { from: refusedKey, onFailure: onFailure ? [onFailure] : [] };
          start();
        }
      }
    },
  };
}
