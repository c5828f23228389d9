/**
 * Why `<LegitIframe appKeyUrl>` / `useLegitAppKey` has no key to give the frame. `code` is what
 * a screen localises; `message` is plain English for logs.
 */
export type LegitAppKeyErrorCode =
  /** The key URL could not be reached (offline, DNS, CORS refused). */
  | 'NETWORK'
  /** No answer in time. */
  | 'TIMEOUT'
  /** 401: the portal session is missing or has ended. */
  | 'UNAUTHORIZED'
  /** 403: this user or page may not mint keys. */
  | 'FORBIDDEN'
  /** 429: too many keys asked for; try again shortly. */
  | 'RATE_LIMITED'
  /** Any other failed status: 5xx, or a 4xx such as 404 (a server set-up problem). */
  | 'SERVER'
  /** 2xx, but not `{ appKey, expiresAt? }` with a usable key. */
  | 'INVALID_RESPONSE'
  /** The iframe refused a freshly renewed key too: no further automatic attempt. */
  | 'KEY_REFUSED';

/** What each code means to a person, in English: the error's `message` and the frame's error text. */
export const APP_KEY_ERROR_MESSAGES_EN: Readonly<Record<LegitAppKeyErrorCode, string>> = {
  NETWORK: "The portal's server could not be reached to start Legit.Health.",
  TIMEOUT: "The portal's server took too long to start Legit.Health.",
  UNAUTHORIZED: 'Your portal session has ended. Sign in again to start Legit.Health.',
  FORBIDDEN: 'You may not start Legit.Health from this portal.',
  RATE_LIMITED: 'Too many attempts to start Legit.Health. Wait a moment and try again.',
  SERVER: "The portal's server could not start Legit.Health.",
  INVALID_RESPONSE: "The portal's server answered in a form that could not be read.",
  KEY_REFUSED: "Legit.Health refused the portal's key, and a new one too. Ask your administrator to check the set-up.",
};

export interface LegitAppKeyErrorInit {
  code: LegitAppKeyErrorCode;
  /** HTTP status of the key URL's answer, when there was one. */
  status?: number;
  /** The `code` of the proxy's JSON error body, e.g. `RATE_LIMITED`. */
  proxyCode?: string;
  /** For `KEY_REFUSED`: the key the iframe refused. */
  companyKey?: string;
  cause?: unknown;
}

export class LegitAppKeyError extends Error {
  override readonly name = 'LegitAppKeyError';
  readonly code: LegitAppKeyErrorCode;
  readonly status: number | undefined;
  readonly proxyCode: string | undefined;
  readonly companyKey: string | undefined;

  constructor(init: LegitAppKeyErrorInit) {
    super(APP_KEY_ERROR_MESSAGES_EN[init.code], init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.proxyCode = init.proxyCode;
    this.companyKey = init.companyKey;
  }
}

export function isLegitAppKeyError(value: unknown): value is LegitAppKeyError {
  return value instanceof LegitAppKeyError;
}
