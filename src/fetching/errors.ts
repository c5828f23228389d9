/**
 * The one error type the fetching layer hands to the viewer and to `onError`.
 * `code` is what the viewer localises; `message` is plain English for logs and
 * for hosts that show it as is.
 */
import { ERROR_MESSAGES_EN, type LegitReportErrorCode } from './error-codes';

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

/**
 * The English message for an error's facts (Legit.Health's code, the wait, else the code's). A
 * proxy answer's hint is added where the answer is read (http-answer.ts).
 */
export function describeError(init: LegitReportErrorInit): string {
  if (init.code === 'UPSTREAM' && init.upstreamErrorCode !== undefined) {
    return `Legit.Health reported an error for this report (${init.upstreamErrorCode}).`;
  }
  const wait = init.code === 'RATE_LIMITED' && init.retryAfterMs ? Math.ceil(init.retryAfterMs / 1000) : 0;
  if (wait > 0) return `Too many requests were made. Please try again in ${wait} second${wait === 1 ? '' : 's'}.`;
  return ERROR_MESSAGES_EN[init.code];
}
