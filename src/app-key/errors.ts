/**
 * Why `<LegitIframe appKeyUrl>` / `useLegitAppKey` has no key to give the frame. `code` is what
 * a screen localises; `message` is plain English for logs (see errors-en.ts).
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

/** NETWORK in English: with the page, for when the key code itself cannot be loaded (the rest is in errors-en.ts). */
export const APP_KEY_NETWORK_MESSAGE_EN = "The portal's server could not be reached to start Legit.Health.";

export interface LegitAppKeyErrorInit {
  code: LegitAppKeyErrorCode;
  /** Plain English for logs and screens; the widget's own errors carry a sentence for their code. */
  message?: string;
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
    super(
      init.message ?? `Legit.Health key: ${init.code}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = init.code;
    this.status = init.status;
    this.proxyCode = init.proxyCode;
    this.companyKey = init.companyKey;
  }
}

export function isLegitAppKeyError(value: unknown): value is LegitAppKeyError {
  return value instanceof LegitAppKeyError;
}
