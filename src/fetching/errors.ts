/**
 * The one error type the fetching layer hands to the viewer and to `onError`.
 * `code` is what the viewer localises; `message` is plain English for logs and
 * for hosts that show it as is.
 */
import { ERROR_MESSAGES_EN } from './error-messages';

export type LegitReportErrorCode =
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UPSTREAM'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'INVALID_RESPONSE'
  /** A part of the widget's own code (a lazily loaded chunk) could not be fetched: a deploy or the network. */
  | 'CHUNK_LOAD_FAILED';

export const LEGIT_REPORT_ERROR_CODES: readonly LegitReportErrorCode[] = [
  'NOT_FOUND',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'UPSTREAM',
  'NETWORK',
  'TIMEOUT',
  'INVALID_RESPONSE',
  'CHUNK_LOAD_FAILED',
];

export interface LegitReportErrorInit {
  code: LegitReportErrorCode;
  /** Overrides the default English message for the code. */
  message?: string;
  /** HTTP status of the proxy's answer, when there was one. */
  status?: number;
  /** How long the server asked us to wait (429 `Retry-After`), in milliseconds. */
  retryAfterMs?: number;
  /** Legit.Health's own `errorCode` from a `success: false` envelope. */
  upstreamErrorCode?: string;
  /** The `code` of the proxy's JSON error body, e.g. `UPSTREAM_TOKEN_REFUSED`. */
  proxyCode?: string;
  cause?: unknown;
}

export class LegitReportError extends Error {
  override readonly name = 'LegitReportError';
  readonly code: LegitReportErrorCode;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  readonly upstreamErrorCode: string | undefined;
  readonly proxyCode: string | undefined;

  constructor(init: LegitReportErrorInit) {
    super(init.message ?? describeError(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.retryAfterMs = init.retryAfterMs;
    this.upstreamErrorCode = init.upstreamErrorCode;
    this.proxyCode = init.proxyCode;
  }
}

export function isLegitReportError(value: unknown): value is LegitReportError {
  return value instanceof LegitReportError;
}

// Hints for the proxy answers whose code alone would mislead (a 404 that is the wrong
// proxy URL, not a missing report; a refused server token, not an ended session).
const PROXY_HINTS: Readonly<Record<string, string>> = {
  ROUTE_NOT_FOUND: "The report server has no report route here: check the viewer's proxy URL.",
  UPSTREAM_TOKEN_REFUSED: "Legit.Health refused the portal server's credentials: a server setup problem.",
};

/** The English message for an error's facts (a proxy hint, Legit.Health's code, the wait, else the code's). */
export function describeError(init: LegitReportErrorInit): string {
  const hint =
    init.proxyCode !== undefined && Object.hasOwn(PROXY_HINTS, init.proxyCode)
      ? PROXY_HINTS[init.proxyCode]
      : undefined;
  if (hint !== undefined) return hint;
  if (init.code === 'UPSTREAM' && init.upstreamErrorCode !== undefined) {
    return `Legit.Health reported an error for this report (${init.upstreamErrorCode}).`;
  }
  const wait = init.code === 'RATE_LIMITED' && init.retryAfterMs ? Math.ceil(init.retryAfterMs / 1000) : 0;
  if (wait > 0) return `Too many requests were made. Please try again in ${wait} second${wait === 1 ? '' : 's'}.`;
  return ERROR_MESSAGES_EN[init.code];
}
